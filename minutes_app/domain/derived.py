"""Documents that follow approved minutes: thông báo kết luận, trích sao, trích biên bản, nghị quyết.

Each is a document of its own: its kind, the meeting and approved revision it comes from, its own
number (from the register of its kind), date, signer, title and the text an office may rewrite.
``derive`` drafts one from the approved minutes; the wording it uses comes from the layout
profile (passed in as a mapping, so this module stays free of the render layer).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import field
from enum import StrEnum
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError
from minutes_app.domain.facts import party_counts, vote_result
from minutes_app.domain.model import (
    Attendance,
    Issuer,
    Meeting,
    Profile,
    Role,
    Status,
    Task,
    VotePurpose,
)
from minutes_app.domain.text import clean, date_phrase, pad2, split_honorific, upper_vi


class DerivedKind(StrEnum):
    """What a derived document is (the command line names them so)."""

    THONG_BAO = "thong-bao"  # thông báo kết luận (Decree 30 Mẫu 1.4; Party TB)
    TRICH_SAO = "trich-sao"  # trích sao (Decree 30 Điều 25, Mẫu 3.1)
    TRICH_BIEN_BAN = "trich-bien-ban"  # trích biên bản: chosen agenda items of the minutes
    NGHI_QUYET = "nghi-quyet"  # nghị quyết of a chi bộ (Party NQ)


#: The Vietnamese name of each kind, as lists and registers print it.
KIND_LABELS = {
    DerivedKind.THONG_BAO: "Thông báo kết luận",
    DerivedKind.TRICH_SAO: "Trích sao",
    DerivedKind.TRICH_BIEN_BAN: "Trích biên bản",
    DerivedKind.NGHI_QUYET: "Nghị quyết",
}
KIND_LABELS_EN = {
    DerivedKind.THONG_BAO: "conclusion notice",
    DerivedKind.TRICH_SAO: "extract copy",
    DerivedKind.TRICH_BIEN_BAN: "minutes extract",
    DerivedKind.NGHI_QUYET: "resolution",
}
#: Kinds that take a number of their own; a trích biên bản prints the number of its minutes.
NUMBERED = (DerivedKind.THONG_BAO, DerivedKind.TRICH_SAO, DerivedKind.NGHI_QUYET)
#: Kinds made of chosen agenda items.
EXTRACTS = (DerivedKind.TRICH_SAO, DerivedKind.TRICH_BIEN_BAN)


class DeriveError(BilingualError):
    """A derived document that cannot be made (a draft, a wrong item, a kind of the other regime)."""


@dataclass
class Signer:
    """Who signs: an authority prefix (TM., TL., KT., T/M), the label, the title and the name."""

    prefix: str = ""
    label: str = ""
    title: str = ""
    name: str = ""


@dataclass
class DerivedDocument:
    """One derived document, exactly what is stored (the number lives in the register too)."""

    kind: DerivedKind
    meeting_id: int
    revision: int
    profile: Profile
    issuer: Issuer
    number: str = ""
    symbol: str = ""
    place: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    title: str = ""
    signer: Signer = field(default_factory=Signer)
    items: list[int] = field(default_factory=list)  # chosen agenda items, from 1
    intro: str = ""
    points: list[str] = field(default_factory=list)  # numbered conclusions or resolutions
    tasks: list[Task] = field(default_factory=list)
    closing: str = ""
    recipients: list[str] = field(default_factory=list)

    def effective_symbol(self, code: str) -> str:
        """Return the symbol as given, or ``TB-UBND`` / ``TB/HU`` from the kind's code."""
        if self.symbol.strip():
            return self.symbol.strip()
        abbreviation = self.issuer.abbreviation.strip()
        if not abbreviation:
            return code
        sep = "/" if self.profile is Profile.PARTY else "-"
        return f"{code}{sep}{abbreviation}"


def to_dict(doc: DerivedDocument) -> dict[str, Any]:
    """Return the JSON data of a derived document (what the store keeps)."""
    return {
        "kind": doc.kind.value,
        "meeting_id": doc.meeting_id,
        "revision": doc.revision,
        "profile": doc.profile.value,
        "issuer": {
            "name": doc.issuer.name,
            "abbreviation": doc.issuer.abbreviation,
            "parent": doc.issuer.parent,
        },
        "number": doc.number,
        "symbol": doc.symbol,
        "place": doc.place,
        "date": doc.date.isoformat(),
        "title": doc.title,
        "signer": {
            "prefix": doc.signer.prefix,
            "label": doc.signer.label,
            "title": doc.signer.title,
            "name": doc.signer.name,
        },
        "items": list(doc.items),
        "intro": doc.intro,
        "points": list(doc.points),
        "tasks": [
            {
                "description": t.description,
                "owner": t.owner,
                "due": t.due.isoformat() if t.due else None,
            }
            for t in doc.tasks
        ],
        "closing": doc.closing,
        "recipients": list(doc.recipients),
    }


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return clean(value)


def _texts(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of strings")
    return [clean(v) for v in value]


def from_dict(data: Mapping[str, Any]) -> DerivedDocument:
    """Return the derived document of stored JSON data; ``ValueError`` names a bad field."""
    issuer = data.get("issuer") or {}
    signer = data.get("signer") or {}
    if not isinstance(issuer, dict) or not isinstance(signer, dict):
        raise ValueError("issuer and signer must be objects")
    items = data.get("items", [])
    if not isinstance(items, list) or not all(
        isinstance(i, int) and not isinstance(i, bool) for i in items
    ):
        raise ValueError("items must be a list of whole numbers")
    tasks: list[Task] = []
    for raw in data.get("tasks", []):
        if not isinstance(raw, dict):
            raise ValueError("tasks must be objects")
        due = raw.get("due")
        tasks.append(
            Task(
                _text(raw, "description"),
                _text(raw, "owner"),
                dt.date.fromisoformat(due) if due else None,
            )
        )
    return DerivedDocument(
        kind=DerivedKind(data["kind"]),
        meeting_id=int(data["meeting_id"]),
        revision=int(data["revision"]),
        profile=Profile(data["profile"]),
        issuer=Issuer(
            _text(issuer, "name"), _text(issuer, "abbreviation"), _text(issuer, "parent")
        ),
        number=_text(data, "number"),
        symbol=_text(data, "symbol"),
        place=_text(data, "place"),
        date=dt.date.fromisoformat(str(data["date"])),
        title=_text(data, "title"),
        signer=Signer(
            _text(signer, "prefix"),
            _text(signer, "label"),
            _text(signer, "title"),
            _text(signer, "name"),
        ),
        items=list(items),
        intro=_text(data, "intro"),
        points=_texts(data, "points"),
        tasks=tasks,
        closing=_text(data, "closing"),
        recipients=_texts(data, "recipients"),
    )


def text_fields(doc: DerivedDocument) -> list[tuple[str, str]]:
    """Return every user text of the document with its path (for checks and search)."""
    out = [
        ("issuer.name", doc.issuer.name),
        ("issuer.abbreviation", doc.issuer.abbreviation),
        ("issuer.parent", doc.issuer.parent),
        ("number", doc.number),
        ("symbol", doc.symbol),
        ("place", doc.place),
        ("title", doc.title),
        ("signer.prefix", doc.signer.prefix),
        ("signer.label", doc.signer.label),
        ("signer.title", doc.signer.title),
        ("signer.name", doc.signer.name),
        ("intro", doc.intro),
        ("closing", doc.closing),
    ]
    out += [(f"points[{i}]", p) for i, p in enumerate(doc.points)]
    for i, t in enumerate(doc.tasks):
        out += [(f"tasks[{i}].description", t.description), (f"tasks[{i}].owner", t.owner)]
    out += [(f"recipients[{i}]", r) for i, r in enumerate(doc.recipients)]
    return out


#: The name of each field of a derived document, as the clerk reads it (Vietnamese, English).
_LABELS: dict[str, tuple[str, str]] = {
    "issuer.name": ("Cơ quan ban hành", "Issuing body"),
    "issuer.abbreviation": ("Tên viết tắt của cơ quan", "Issuing body's abbreviation"),
    "issuer.parent": ("Cơ quan cấp trên", "Parent body"),
    "number": ("Số", "Number"),
    "symbol": ("Ký hiệu", "Symbol"),
    "place": ("Địa danh", "Place"),
    "title": ("Trích yếu", "Title"),
    "signer.prefix": ("Người ký, thẩm quyền ký", "Signer, signing authority"),
    "signer.label": ("Người ký, tập thể", "Signer, on behalf of"),
    "signer.title": ("Người ký, chức vụ", "Signer, position"),
    "signer.name": ("Người ký, họ tên", "Signer, name"),
    "intro": ("Phần mở đầu", "Introduction"),
    "closing": ("Câu kết", "Closing"),
    "points": ("Nội dung", "Points"),
    "items": ("Nội dung trích", "Extracted items"),
    "tasks": ("Phân công", "Tasks"),
    "recipients": ("Nơi nhận", "Recipients"),
}
#: One entry of a list: its list's name and its 1-based number.
_ENTRIES: dict[str, tuple[str, str]] = {
    "points": ("Nội dung, mục {n}", "Point {n}"),
    "recipients": ("Nơi nhận, dòng {n}", "Recipients, line {n}"),
    "tasks": ("Phân công, dòng {n}", "Tasks, row {n}"),
}
_TASK_PARTS: dict[str, tuple[str, str]] = {
    "description": ("nội dung", "description"),
    "owner": ("người thực hiện", "owner"),
}
_ENTRY = re.compile(r"^(points|recipients|tasks)\[(\d{1,9})\](?:\.(description|owner))?$")


def field_label(path: str, language: str = "vi") -> str:
    """Return the name of a derived document's field (``signer.name``, ``points[2]``) in
    ``language`` (``vi`` or ``en``); a path this table does not know is returned as written."""
    column = 1 if language == "en" else 0
    if path in _LABELS:
        return _LABELS[path][column]
    match = _ENTRY.match(path)
    if match is None:
        return path
    label = _ENTRIES[match[1]][column].format(n=int(match[2]) + 1)
    if match[3]:
        label += ": " + _TASK_PARTS[match[3]][column]
    return label


# -- drafting a derived document from approved minutes -----------------------------------------


def _sentence(value: str) -> str:
    stripped = " ".join(clean(value).split())
    if not stripped:
        return ""
    stripped = stripped[:1].upper() + stripped[1:]
    return stripped if stripped[-1] in ".!?…:;" else stripped + "."


def _bare(value: str) -> str:
    return " ".join(clean(value).split()).rstrip(".;,: ")


def _lower_first(value: str) -> str:
    return value[:1].lower() + value[1:] if value else value


def _person(name: str, position: str, title: str) -> str:
    bare = split_honorific(clean(name).strip())[1]
    if not bare:
        return ""
    shown = f"{title} {bare}" if title else bare
    return f"{shown}, {position.strip()}" if position.strip() else shown


def check_source(meeting: Meeting, meeting_id: int, kind: DerivedKind) -> None:
    """Refuse minutes a document cannot be derived from: a draft, or the wrong regime."""
    if meeting.status is not Status.APPROVED:
        raise DeriveError(
            f"biên bản số {meeting_id} chưa được duyệt (trạng thái: {meeting.status.value}); "
            f"chỉ lập {KIND_LABELS[kind].lower()} từ biên bản đã duyệt",
            f"meeting {meeting_id} is not approved (status: {meeting.status.value}); a "
            f"{KIND_LABELS_EN[kind]} is made only from approved minutes",
        )
    if kind is DerivedKind.NGHI_QUYET and meeting.profile is not Profile.PARTY:
        raise DeriveError(
            f"nghị quyết của chi bộ chỉ lập từ biên bản theo mẫu Đảng; biên bản số {meeting_id} "
            "theo mẫu nhà nước",
            f"a chi bộ resolution is made only from Party minutes; meeting {meeting_id} uses "
            "the state layout",
        )


def check_items(meeting: Meeting, items: Sequence[int]) -> list[int]:
    """Return the chosen agenda items in order, refusing numbers the minutes do not have."""
    count = len(meeting.agenda)
    bad = [i for i in items if not 1 <= i <= count]
    if bad:
        shown = ", ".join(str(i) for i in bad)
        raise DeriveError(
            f"biên bản không có nội dung số {shown} (có {count} nội dung, đánh số từ 1)",
            f"the minutes have no agenda item {shown} ({count} items, numbered from 1)",
        )
    return sorted(set(items))


def meeting_phrase(title: str, noun: str) -> str:
    """Return the meeting named inside a sentence: "cuộc họp Ủy ban …" of "Họp Ủy ban …",
    "hội nghị …" as typed, "buổi sinh hoạt chi bộ …", or the noun before any other title."""
    bare = _lower_first(_bare(title))
    if not bare:
        return noun
    lowered = bare.casefold()
    if lowered.startswith("họp "):
        return f"cuộc {bare}"
    if lowered.startswith("sinh hoạt"):
        return f"buổi {bare}"
    if lowered.startswith(("hội nghị", "cuộc họp", "buổi ", "phiên ", "kỳ họp", noun.casefold())):
        return bare
    return f"{noun} {bare}"


def _attendance_phrase(meeting: Meeting, wording: Mapping[str, str]) -> str:
    party = party_counts(meeting.attendees)
    if party is not None:
        lead = wording["attending_members"]
        counted = f"{pad2(party.present)}/{pad2(party.total)} {wording['member_unit']}"
        return f"{lead} {counted}" if lead else counted
    names = [
        _person(a.name, a.position, "")
        for a in meeting.attendees
        if not a.is_group
        and a.attendance in (Attendance.PRESENT, Attendance.LATE)
        and a.role is Role.MEMBER
    ]
    groups = [clean(a.group or "") for a in meeting.attendees if a.is_group]
    phrases = [n for n in names if n] + [g for g in groups if g]
    return "; ".join(phrases)


def _intro(meeting: Meeting, wording: Mapping[str, str]) -> str:
    when = date_phrase(meeting.start.date() if meeting.start else meeting.date)
    chair = _person(meeting.chair.name, meeting.chair.position, wording["person_title"])
    noun = wording["meeting_noun"]
    title = _bare(meeting.title)
    sentence = f"{when[:1].upper()}{when[1:]}"
    if _bare(meeting.location):
        sentence += f", tại {_bare(meeting.location)}"
    sentence += f", {chair or '........'} chủ trì {meeting_phrase(title, noun)}"
    attending = _attendance_phrase(meeting, wording)
    out = sentence + "."
    if attending:
        out += f" {wording['attended_by'].format(noun=noun)} {attending}."
    return out


def _conclusions(meeting: Meeting) -> list[str]:
    points: list[str] = []
    for item in meeting.agenda:
        conclusion = " ".join(clean(item.conclusion).split())
        if conclusion:
            title = _bare(item.title)
            points.append(_sentence(f"{title}: {conclusion}" if title else conclusion))
    for paragraph in clean(meeting.conclusion).split("\n"):
        if paragraph.strip():
            points.append(_sentence(paragraph))
    return points


def _resolutions(meeting: Meeting, wording: Mapping[str, str]) -> list[str]:
    points: list[str] = []
    for vote in meeting.votes:
        result = vote_result(vote, meeting)
        subject = _bare(vote.subject)
        if vote.purpose is VotePurpose.ADMISSION:
            unit = wording["official_unit"]
            asked = (
                subject
                if subject.casefold().startswith("đề nghị")
                else wording["admission"].format(subject=_lower_first(subject))
            )
            points.append(
                _sentence(
                    f"{asked} ({pad2(result.in_favour)}/{pad2(result.eligible)} {unit} tán "
                    f"thành, đạt {result.in_favour_percent})"
                )
            )
        elif subject:
            points.append(
                _sentence(
                    f"{subject} ({pad2(result.in_favour)}/{pad2(result.eligible)} "
                    f"{wording['member_unit']} tán thành, đạt {result.in_favour_percent})"
                )
            )
    return points + _conclusions(meeting)


def _signer(meeting: Meeting, defaults: Mapping[str, str]) -> Signer:
    name = split_honorific(clean(meeting.chair.name).strip())[1]
    position = upper_vi(clean(meeting.chair.position).split(",")[0].strip())
    return Signer(
        prefix=defaults.get("signer_prefix", ""),
        label=defaults.get("signer_label", ""),
        title=defaults.get("signer_title", "") or position,
        name=name if defaults.get("signer_is_chair", "1") else "",
    )


def derive(
    meeting: Meeting,
    meeting_id: int,
    revision: int,
    kind: DerivedKind,
    *,
    wording: Mapping[str, str],
    defaults: Mapping[str, str],
    items: Sequence[int] = (),
    today: dt.date | None = None,
) -> DerivedDocument:
    """Return a new derived document drafted from approved minutes (not yet numbered).

    ``wording`` holds the profile's phrases (meeting noun, "kết luận như sau", …) and
    ``defaults`` the kind's defaults (signer prefix and label, recipients, closing formula).
    Drafts are refused (``DeriveError``), as are agenda items the minutes do not have.
    """
    check_source(meeting, meeting_id, kind)
    chosen = check_items(meeting, items)
    if kind in EXTRACTS and not meeting.agenda:
        raise DeriveError(
            f"biên bản số {meeting_id} không có nội dung nào để trích",
            f"meeting {meeting_id} has no agenda item to extract",
        )
    if kind in EXTRACTS and not chosen:
        chosen = list(range(1, len(meeting.agenda) + 1))
    title = _bare(meeting.title)
    doc = DerivedDocument(
        kind=kind,
        meeting_id=meeting_id,
        revision=revision,
        profile=meeting.profile,
        issuer=Issuer(meeting.issuer.name, meeting.issuer.abbreviation, meeting.issuer.parent),
        place=meeting.place,
        date=today or dt.date.today(),
        signer=_signer(meeting, defaults),
        items=chosen,
        recipients=[r for r in defaults.get("recipients", "").split("\n") if r.strip()],
        closing=defaults.get("closing", "").format(
            chair=_person(meeting.chair.name, meeting.chair.position, wording["person_title"])
            or "chủ trì"
        ),
    )
    noun = wording["meeting_noun"]
    about = meeting_phrase(title, noun)
    chair_role = _bare(meeting.chair.position.split(",")[0]) or "chủ trì"
    chair = _person(meeting.chair.name, meeting.chair.position, wording["person_title"])
    if kind is DerivedKind.THONG_BAO:
        doc.title = wording["notice_title"].format(chair=chair_role, meeting=about)
        doc.intro = (
            _intro(meeting, wording)
            + "\n"
            + wording["conclusions_lead"].format(chair=chair or chair_role)
        )
        doc.points = _conclusions(meeting)
        doc.tasks = [Task(t.description, t.owner, t.due) for t in meeting.tasks]
    elif kind is DerivedKind.NGHI_QUYET:
        admission = [v for v in meeting.votes if v.purpose is VotePurpose.ADMISSION]
        if admission:
            doc.title = wording["admission_title"]
        else:
            doc.title = wording["resolution_title"].format(meeting=about)
        doc.intro = wording["resolution_basis"] + "\n" + _intro(meeting, wording)
        doc.points = _resolutions(meeting, wording)
        doc.tasks = [Task(t.description, t.owner, t.due) for t in meeting.tasks]
    else:  # the extracts print the minutes' own text
        doc.title = title
        if kind is DerivedKind.TRICH_BIEN_BAN:
            doc.number, doc.symbol = meeting.number, meeting.effective_symbol()
            doc.date, doc.place = meeting.date, meeting.place
    return doc


def extract(meeting: Meeting, items: Sequence[int]) -> Meeting:
    """Return a copy of the minutes keeping only the chosen agenda items (numbered from 1)."""
    import copy

    kept = copy.deepcopy(meeting)
    wanted = set(items)
    kept.agenda = [item for i, item in enumerate(kept.agenda, start=1) if i in wanted]
    if len(kept.agenda) < len(meeting.agenda):
        # Part of the minutes: the chosen items with their conclusions and the votes; the
        # chair's closing conclusion and the task list belong to the whole meeting.
        kept.conclusion = ""
        kept.tasks = []
    return kept
