"""The JSON interchange format, version 1: lossless dump and all-or-nothing parse."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    FormOfAddress,
    Issuer,
    Meeting,
    Membership,
    Person,
    Profile,
    Role,
    Signature,
    Speaker,
    Statement,
    Status,
    Task,
    Vote,
    VotePurpose,
)
from minutes_app.domain.text import clean, count_vi
from minutes_app.domain.validation import Problem, errors_of, validate, warning

FORMAT = "minutes-app.meeting"
VERSION = 1

#: The largest interchange file read (the command line, the window and stdin alike).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The longest list of each kind a meeting may hold: far beyond any real minutes, small enough
#: that a hostile file cannot make the reader build millions of objects.
MAX_ITEMS = {
    "attendees": 100_000,
    "agenda": 10_000,
    "statements": 10_000,
    "votes": 1_000,
    "tasks": 10_000,
    "recipients": 1_000,
}
#: Integers in the file have at most this many digits (counts, copies, the version).
MAX_INT_DIGITS = 15
#: At most this many ``{`` and ``[`` in a file (strings included): every object costs memory
#: and time before any list can be checked, and no meeting needs a million of them.
MAX_CONTAINERS = 1_000_000

_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")


class _Object(dict[str, Any]):
    """A JSON object as read, remembering the keys that appeared more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        for key, _ in pairs:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        obj.duplicates = tuple(repeated)
    return obj


def _shown(value: Any, limit: int = 60) -> str:
    """Return ``repr(value)``, cut for a message (a hostile value may be megabytes long)."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} ký tự / characters)"


class _HugeInteger(str):
    """An integer literal with more digits than any count needs (kept as its text)."""


def _integer(text: str) -> int | _HugeInteger:
    digits = text.lstrip("-")
    return _HugeInteger(text) if len(digits) > MAX_INT_DIGITS else int(text)


_TOP_KEYS = {
    "format", "version", "profile", "issuer", "number", "symbol", "place", "date", "title",
    "kind", "start", "end", "location", "chair", "secretary", "attendees", "agenda",
    "conclusion", "votes", "tasks", "closing", "recipients", "copies", "status",
    "signature", "show_place_date", "form_of_address", "show_statement_times",
}  # fmt: skip


@dataclass
class ParseResult:
    """A parsed meeting and the warnings met on the way (unknown keys, incomplete fields)."""

    meeting: Meeting
    warnings: list[Problem] = field(default_factory=list)


class _Reader:
    """Collects problems while reading a JSON object tree into domain objects."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def err(self, path: str, vi: str, en: str) -> None:
        self.problems.append(Problem(path, vi, en))

    def unknown(self, obj: dict[str, Any], known: set[str], path: str) -> None:
        for key in obj:
            if key not in known:
                where = f"{path}.{key}" if path else key
                self.problems.append(
                    warning(
                        where,
                        "khoá không xác định, đã bỏ qua",
                        "unknown key, ignored",
                    )
                )

    def obj(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.err(path, "phải là một đối tượng JSON", "must be a JSON object")
            return None
        for key in getattr(value, "duplicates", ()):
            where = f"{path}.{key}" if path else key
            self.err(
                where,
                "khoá xuất hiện nhiều lần; không biết giá trị nào đúng",
                "the key appears more than once; which value is meant is unclear",
            )
        return value

    def text(self, obj: dict[str, Any], key: str, path: str, required: bool = False) -> str:
        where = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                self.err(where, "thiếu trường bắt buộc", "required field is missing")
            return ""
        value = obj[key]
        if not isinstance(value, str) or isinstance(value, _HugeInteger):
            self.err(where, "phải là chuỗi ký tự", "must be a string")
            return ""
        return clean(value)

    def integer(self, obj: dict[str, Any], key: str, path: str) -> int | None:
        where = f"{path}.{key}" if path else key
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, _HugeInteger):
            self.err(
                where,
                f"số quá lớn ({count_vi(len(value.lstrip('-')))} chữ số, tối đa {MAX_INT_DIGITS})",
                f"the number is too large ({len(value.lstrip('-')):,} digits, at most "
                f"{MAX_INT_DIGITS})",
            )
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(where, "phải là số nguyên", "must be an integer")
            return None
        return value

    def date(
        self, obj: dict[str, Any], key: str, path: str, required: bool = False
    ) -> dt.date | None:
        where = f"{path}.{key}" if path else key
        raw = obj.get(key)
        if raw is None or raw == "":
            if required:
                self.err(where, "thiếu ngày (YYYY-MM-DD)", "the date is missing (YYYY-MM-DD)")
            return None
        if not isinstance(raw, str):
            self.err(where, "ngày phải là chuỗi YYYY-MM-DD", "the date must be a YYYY-MM-DD string")
            return None
        try:
            if not _DATE_FORM.fullmatch(raw):
                raise ValueError(raw)
            return dt.date.fromisoformat(raw)
        except ValueError:
            self.err(
                where,
                f"ngày không hợp lệ: {_shown(raw)} (cần YYYY-MM-DD)",
                f"not a valid date: {_shown(raw)} (expected YYYY-MM-DD)",
            )
            return None

    def moment(self, obj: dict[str, Any], key: str, path: str) -> dt.datetime | None:
        where = f"{path}.{key}" if path else key
        raw = obj.get(key)
        if raw is None:
            return None
        if not isinstance(raw, str):
            self.err(
                where,
                "thời gian phải là chuỗi YYYY-MM-DDTHH:MM",
                "the time must be a YYYY-MM-DDTHH:MM string",
            )
            return None
        try:
            # Exactly YYYY-MM-DDTHH:MM: no time zone (which made times incomparable), no
            # week dates, no fractions.
            if not _MOMENT_FORM.fullmatch(raw):
                raise ValueError(raw)
            return dt.datetime.fromisoformat(raw)
        except ValueError:
            self.err(
                where,
                f"thời gian không hợp lệ: {_shown(raw)} (cần YYYY-MM-DDTHH:MM, không múi giờ)",
                f"not a valid time: {_shown(raw)} (expected YYYY-MM-DDTHH:MM, no time zone)",
            )
            return None

    def choice(
        self, obj: dict[str, Any], key: str, path: str, enum: type[Any], default: Any
    ) -> Any:
        where = f"{path}.{key}" if path else key
        raw = obj.get(key)
        if raw is None:
            return default
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(f'"{m.value}"' for m in enum)
            self.err(
                where,
                f"giá trị {_shown(raw)} không hợp lệ; cho phép: {allowed}",
                f"invalid value {_shown(raw)}; allowed: {allowed}",
            )
            return default

    def array(self, obj: dict[str, Any], key: str, path: str, required: bool = False) -> list[Any]:
        where = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                self.err(where, "thiếu danh sách bắt buộc", "required list is missing")
            return []
        value = obj[key]
        if not isinstance(value, list):
            self.err(where, "phải là một danh sách (mảng JSON)", "must be a JSON array")
            return []
        limit = MAX_ITEMS.get(key)
        if limit is not None and len(value) > limit:
            self.err(
                where,
                f"danh sách quá dài ({count_vi(len(value))} mục, tối đa {count_vi(limit)}); "
                "không đọc danh sách này",
                f"the list is too long ({len(value):,} entries, at most {limit:,}); it was not read",
            )
            return []
        return value

    def person(self, value: Any, path: str) -> Person:
        obj = self.obj(value, path)
        if obj is None:
            return Person()
        self.unknown(obj, {"name", "position"}, path)
        return Person(self.text(obj, "name", path, required=True), self.text(obj, "position", path))

    def attendee(self, value: Any, path: str) -> Attendee:
        obj = self.obj(value, path)
        if obj is None:
            return Attendee()
        role = self.choice(obj, "role", path, Role, Role.MEMBER)
        if "group" in obj:
            self.unknown(obj, {"group", "count", "role"}, path)
            return Attendee(
                group=self.text(obj, "group", path, required=True),
                count=self.integer(obj, "count", path),
                role=role,
            )
        self.unknown(
            obj,
            {
                "name", "position", "organization", "role", "attendance", "reason",
                "membership", "arrived",
            },
            path,
        )
        return Attendee(
            name=self.text(obj, "name", path, required=True),
            position=self.text(obj, "position", path),
            organization=self.text(obj, "organization", path),
            role=role,
            attendance=self.choice(obj, "attendance", path, Attendance, Attendance.PRESENT),
            reason=self.text(obj, "reason", path),
            membership=self.choice(obj, "membership", path, Membership, None),
            arrived=self.moment(obj, "arrived", path),
        )

    def speaker(self, value: Any, path: str) -> Speaker:
        obj = self.obj(value, path)
        if obj is None:
            return Speaker()
        if "group" in obj:
            self.unknown(obj, {"group"}, path)
            return Speaker(group=self.text(obj, "group", path, required=True))
        self.unknown(obj, {"name", "position"}, path)
        return Speaker(
            self.text(obj, "name", path, required=True), self.text(obj, "position", path)
        )

    def agenda_item(self, value: Any, path: str) -> AgendaItem:
        obj = self.obj(value, path)
        if obj is None:
            return AgendaItem()
        self.unknown(obj, {"title", "presenter", "statements", "conclusion", "scratch"}, path)
        presenter = None
        if obj.get("presenter") is not None:
            presenter = self.person(obj["presenter"], f"{path}.presenter")
        statements = []
        for j, raw in enumerate(self.array(obj, "statements", path)):
            spath = f"{path}.statements[{j}]"
            sobj = self.obj(raw, spath)
            if sobj is None:
                continue
            self.unknown(sobj, {"speaker", "content", "time"}, spath)
            if "speaker" not in sobj:
                self.err(f"{spath}.speaker", "thiếu người phát biểu", "the speaker is missing")
            speaker = self.speaker(sobj.get("speaker", {}), f"{spath}.speaker")
            statements.append(
                Statement(
                    speaker, self.text(sobj, "content", spath), self.moment(sobj, "time", spath)
                )
            )
        return AgendaItem(
            title=self.text(obj, "title", path, required=True),
            presenter=presenter,
            statements=statements,
            conclusion=self.text(obj, "conclusion", path),
            scratch=self.text(obj, "scratch", path),
        )

    def vote(self, value: Any, path: str) -> Vote:
        obj = self.obj(value, path)
        if obj is None:
            return Vote()
        self.unknown(
            obj, {"subject", "in_favour", "against", "abstain", "eligible", "purpose"}, path
        )
        return Vote(
            subject=self.text(obj, "subject", path),
            in_favour=self.integer(obj, "in_favour", path) or 0,
            against=self.integer(obj, "against", path) or 0,
            abstain=self.integer(obj, "abstain", path) or 0,
            eligible=self.integer(obj, "eligible", path),
            purpose=self.choice(obj, "purpose", path, VotePurpose, VotePurpose.ORDINARY),
        )

    def task(self, value: Any, path: str) -> Task:
        obj = self.obj(value, path)
        if obj is None:
            return Task()
        self.unknown(obj, {"description", "owner", "due"}, path)
        return Task(
            description=self.text(obj, "description", path, required=True),
            owner=self.text(obj, "owner", path),
            due=self.date(obj, "due", path),
        )


def parse(
    data: str | bytes | dict[str, Any], source: str = "", *, check: bool = True
) -> ParseResult:
    """Return the meeting of an interchange document, or raise ``InterchangeError`` listing every error.

    ``check=False`` skips the meeting rules (``validate``) and keeps only the format's own
    errors: the store uses it to load drafts it saved, which may still break a rule.
    """
    if isinstance(data, (str, bytes)):
        try:
            if isinstance(data, bytes):
                data = data.decode("utf-8")
            containers = data.count("{") + data.count("[")
            if containers > MAX_CONTAINERS:
                raise InterchangeError(
                    [
                        Problem(
                            "",
                            f"tệp có quá nhiều đối tượng và mảng JSON ({count_vi(containers)}, "
                            f"tối đa {count_vi(MAX_CONTAINERS)}); không đọc tệp này",
                            f"the file holds too many JSON objects and arrays ({containers:,}, at "
                            f"most {MAX_CONTAINERS:,}); it was not read",
                        )
                    ],
                    source,
                )
            # Notepad and some Windows tools start UTF-8 files with a byte order mark.
            loaded = json.loads(
                data.removeprefix("\ufeff"), object_pairs_hook=_object, parse_int=_integer
            )
        except UnicodeDecodeError as exc:
            raise InterchangeError(
                [
                    Problem(
                        "",
                        f"tệp không phải UTF-8 ({exc.reason} tại byte {exc.start})",
                        f"the file is not UTF-8 ({exc.reason} at byte {exc.start})",
                    )
                ],
                source,
            ) from None
        except json.JSONDecodeError as exc:
            raise InterchangeError(
                [
                    Problem(
                        "",
                        f"JSON không hợp lệ: dòng {exc.lineno}, cột {exc.colno}: {exc.msg}",
                        f"invalid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}",
                    )
                ],
                source,
            ) from None
        except RecursionError:
            raise InterchangeError(
                [
                    Problem(
                        "",
                        "JSON không hợp lệ: lồng nhau quá sâu (mảng hoặc đối tượng trong nhau)",
                        "invalid JSON: nested too deeply (arrays or objects inside each other)",
                    )
                ],
                source,
            ) from None
        except ValueError as exc:  # e.g. a float literal beyond every limit
            raise InterchangeError(
                [Problem("", f"JSON không hợp lệ: {exc}", f"invalid JSON: {exc}")], source
            ) from None
    else:
        loaded = data
    reader = _Reader()
    top = reader.obj(loaded, "")
    if top is None:
        raise InterchangeError(reader.problems, source)
    if top.get("format") != FORMAT:
        reader.err("format", f'phải là "{FORMAT}"', f'must be "{FORMAT}"')
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        reader.err("version", "phải là số nguyên (1)", "must be an integer (1)")
    elif version > VERSION:
        raise InterchangeError(
            [
                Problem(
                    "version",
                    f"tệp ở phiên bản định dạng {version}, mới hơn phiên bản ứng dụng hỗ trợ "
                    f"({VERSION}); hãy cập nhật ứng dụng",
                    f"the file is format version {version}, newer than this application supports "
                    f"({VERSION}); update the application",
                )
            ],
            source,
        )
    elif version < 1:
        reader.err("version", "phiên bản không hợp lệ", "invalid version")
    reader.unknown(top, _TOP_KEYS, "")

    profile = reader.choice(top, "profile", "", Profile, Profile.STATE)
    if "profile" not in top:
        reader.err("profile", "thiếu trường bắt buộc", "required field is missing")
    issuer_obj = reader.obj(top.get("issuer"), "issuer") if "issuer" in top else None
    if "issuer" not in top:
        reader.err("issuer", "thiếu trường bắt buộc", "required field is missing")
    issuer = Issuer()
    if issuer_obj is not None:
        reader.unknown(issuer_obj, {"parent", "name", "abbreviation"}, "issuer")
        issuer = Issuer(
            name=reader.text(issuer_obj, "name", "issuer", required=True),
            abbreviation=reader.text(issuer_obj, "abbreviation", "issuer", required=True),
            parent=reader.text(issuer_obj, "parent", "issuer"),
        )
    number = top.get("number")
    if isinstance(number, (int, _HugeInteger)) and not isinstance(number, bool):
        top = {**top, "number": str(number)}
    date = reader.date(top, "date", "", required=True)
    if "start" not in top:
        reader.err("start", "thiếu trường bắt buộc", "required field is missing")
    for key in ("chair", "secretary"):
        if key not in top:
            reader.err(key, "thiếu trường bắt buộc", "required field is missing")
    signature = Signature()
    if top.get("signature") is not None:
        sig = reader.obj(top["signature"], "signature")
        if sig is not None:
            reader.unknown(
                sig, {"secretary_label", "chair_label", "chair_prefix", "chair_title"}, "signature"
            )
            signature = Signature(
                *(
                    reader.text(sig, k, "signature")
                    for k in ("secretary_label", "chair_label", "chair_prefix", "chair_title")
                )
            )
    show_place_date = top.get("show_place_date")
    if show_place_date is not None and not isinstance(show_place_date, bool):
        reader.err("show_place_date", "phải là true hoặc false", "must be true or false")
        show_place_date = None
    show_statement_times = top.get("show_statement_times", False)
    if not isinstance(show_statement_times, bool):
        reader.err("show_statement_times", "phải là true hoặc false", "must be true or false")
        show_statement_times = False
    recipients = []
    for i, raw in enumerate(reader.array(top, "recipients", "")):
        if isinstance(raw, str) and not isinstance(raw, _HugeInteger):
            recipients.append(clean(raw))
        else:
            reader.err(f"recipients[{i}]", "phải là chuỗi ký tự", "must be a string")

    meeting = Meeting(
        profile=profile,
        issuer=issuer,
        number=reader.text(top, "number", ""),
        symbol=reader.text(top, "symbol", ""),
        place=reader.text(top, "place", "", required=True),
        date=date or dt.date(1970, 1, 1),
        title=reader.text(top, "title", "", required=True),
        kind=reader.text(top, "kind", ""),
        start=reader.moment(top, "start", ""),
        end=reader.moment(top, "end", ""),
        location=reader.text(top, "location", "", required=True),
        chair=reader.person(top.get("chair", {}), "chair"),
        secretary=reader.person(top.get("secretary", {}), "secretary"),
        attendees=[
            reader.attendee(a, f"attendees[{i}]")
            for i, a in enumerate(reader.array(top, "attendees", "", required=True))
        ],
        agenda=[
            reader.agenda_item(a, f"agenda[{i}]")
            for i, a in enumerate(reader.array(top, "agenda", "", required=True))
        ],
        conclusion=reader.text(top, "conclusion", ""),
        votes=[reader.vote(v, f"votes[{i}]") for i, v in enumerate(reader.array(top, "votes", ""))],
        tasks=[reader.task(t, f"tasks[{i}]") for i, t in enumerate(reader.array(top, "tasks", ""))],
        closing=reader.text(top, "closing", ""),
        recipients=recipients,
        copies=reader.integer(top, "copies", ""),
        status=reader.choice(top, "status", "", Status, Status.DRAFT),
        signature=signature,
        show_place_date=show_place_date,
        form_of_address=reader.choice(top, "form_of_address", "", FormOfAddress, None),
        show_statement_times=show_statement_times,
    )
    problems = reader.problems + (validate(meeting) if check else [])
    if errors_of(problems):
        raise InterchangeError(problems, source)
    return ParseResult(meeting, [p for p in problems if not p.is_error])


def _person(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"name": person.name}
    if person.position:
        out["position"] = person.position
    return out


def _attendee(attendee: Attendee) -> dict[str, Any]:
    if attendee.is_group:
        out: dict[str, Any] = {"group": attendee.group}
        if attendee.count is not None:
            out["count"] = attendee.count
        if attendee.role is not Role.MEMBER:
            out["role"] = attendee.role.value
        return out
    out = {"name": attendee.name}
    if attendee.position:
        out["position"] = attendee.position
    if attendee.organization:
        out["organization"] = attendee.organization
    out["role"] = attendee.role.value
    out["attendance"] = attendee.attendance.value
    if attendee.reason:
        out["reason"] = attendee.reason
    if attendee.membership is not None:
        out["membership"] = attendee.membership.value
    if attendee.arrived is not None:
        out["arrived"] = _moment(attendee.arrived)
    return out


def _moment(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _statement(statement: Statement) -> dict[str, Any]:
    out: dict[str, Any] = {"speaker": _speaker(statement.speaker), "content": statement.content}
    if statement.time is not None:
        out["time"] = _moment(statement.time)
    return out


def _speaker(speaker: Speaker) -> dict[str, Any]:
    if speaker.is_group:
        return {"group": speaker.group}
    return _person(Person(speaker.name, speaker.position))


def _moment_text(moment: dt.datetime) -> str:
    # Not strftime("%Y"): it writes the year 999 as "999", which the reader then refuses.
    return f"{moment.date().isoformat()}T{moment.hour:02d}:{moment.minute:02d}"


def to_dict(meeting: Meeting) -> dict[str, Any]:
    """Return the interchange document of ``meeting`` as plain JSON data."""
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "profile": meeting.profile.value,
        "issuer": {
            **({"parent": meeting.issuer.parent} if meeting.issuer.parent else {}),
            "name": meeting.issuer.name,
            "abbreviation": meeting.issuer.abbreviation,
        },
        "number": meeting.number,
    }
    if meeting.symbol:
        out["symbol"] = meeting.symbol
    out["place"] = meeting.place
    out["date"] = meeting.date.isoformat()
    out["title"] = meeting.title
    if meeting.kind:
        out["kind"] = meeting.kind
    out["start"] = _moment_text(meeting.start) if meeting.start else None
    if meeting.end is not None:
        out["end"] = _moment_text(meeting.end)
    out["location"] = meeting.location
    out["chair"] = _person(meeting.chair)
    out["secretary"] = _person(meeting.secretary)
    out["attendees"] = [_attendee(a) for a in meeting.attendees]
    agenda = []
    for item in meeting.agenda:
        entry: dict[str, Any] = {"title": item.title}
        if item.presenter is not None:
            entry["presenter"] = _person(item.presenter)
        entry["statements"] = [_statement(s) for s in item.statements]
        if item.conclusion:
            entry["conclusion"] = item.conclusion
        if item.scratch:
            entry["scratch"] = item.scratch
        agenda.append(entry)
    out["agenda"] = agenda
    if meeting.conclusion:
        out["conclusion"] = meeting.conclusion
    votes = []
    for vote in meeting.votes:
        ventry: dict[str, Any] = {
            "subject": vote.subject,
            "in_favour": vote.in_favour,
            "against": vote.against,
            "abstain": vote.abstain,
        }
        if vote.eligible is not None:
            ventry["eligible"] = vote.eligible
        if vote.purpose is not VotePurpose.ORDINARY:
            ventry["purpose"] = vote.purpose.value
        votes.append(ventry)
    out["votes"] = votes
    tasks = []
    for task in meeting.tasks:
        tentry: dict[str, Any] = {"description": task.description, "owner": task.owner}
        if task.due is not None:
            tentry["due"] = task.due.isoformat()
        tasks.append(tentry)
    out["tasks"] = tasks
    if meeting.closing:
        out["closing"] = meeting.closing
    out["recipients"] = list(meeting.recipients)
    if meeting.copies is not None:
        out["copies"] = meeting.copies
    out["status"] = meeting.status.value
    sig = meeting.signature
    if any((sig.secretary_label, sig.chair_label, sig.chair_prefix, sig.chair_title)):
        out["signature"] = {
            k: v
            for k, v in (
                ("secretary_label", sig.secretary_label),
                ("chair_label", sig.chair_label),
                ("chair_prefix", sig.chair_prefix),
                ("chair_title", sig.chair_title),
            )
            if v
        }
    if meeting.show_place_date is not None:
        out["show_place_date"] = meeting.show_place_date
    if meeting.form_of_address is not None:
        out["form_of_address"] = meeting.form_of_address.value
    if meeting.show_statement_times:
        out["show_statement_times"] = True
    return out


def dumps(meeting: Meeting) -> str:
    """Return the interchange document of ``meeting`` as pretty UTF-8 JSON text."""
    return json.dumps(to_dict(meeting), ensure_ascii=False, indent=2) + "\n"


def canonical_bytes(meeting: Meeting) -> bytes:
    """Return the canonical JSON of ``meeting`` (sorted keys, no spaces): the basis of content hashes."""
    return json.dumps(
        to_dict(meeting), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
