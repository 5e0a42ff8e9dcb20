"""The chair reviews in Word: write a review copy, read back comments and changes, accept or reject them.

A review copy is the DOCX as it prints, marked as a draft, each part bookmarked with its field
path and the copy's identity in its custom properties. What comes back becomes review comments
and proposed changes, kept apart by file and by author; the minutes change only when the
secretary accepts a proposal, and only where its old text still stands.
"""

from __future__ import annotations

import copy as copying
import hashlib
import json
import re
import secrets
import unicodedata
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError
from minutes_app.domain.files import FileReadError, read_limited, write_file
from minutes_app.domain.model import Meeting
from minutes_app.domain.validation import Problem
from minutes_app.services.review_docx import (
    MAX_FILE_BYTES,
    PLACEHOLDER,
    ReturnedCopy,
    ReviewFileError,
    WordComment,
    read_returned_copy,
)
from minutes_app.store import word_review as records
from minutes_app.store.records import MeetingRecord
from minutes_app.store.word_review import NewComment, NewProposal, Proposal, ReviewCopy

if TYPE_CHECKING:
    from minutes_app.store import Database

PROP_MEETING = "MinutesApp.MeetingId"
PROP_VERSION = "MinutesApp.Version"
PROP_TEXT_SHA256 = "MinutesApp.TextSHA256"
PROP_COPY = "MinutesApp.ReviewCopy"
PROP_TITLE = "MinutesApp.MeetingTitle"

#: Parts whose text is one field: a change to them can be applied. Other parts (an attendee's
#: line, a vote, a task, a whole statement) are edited by hand when their own wording changes.
_LEAF = re.compile(
    r"^(location|conclusion|agenda\[\d+\]\.(title|conclusion|statements\[\d+\]\.content)"
    r"|votes\[\d+\]\.subject|tasks\[\d+\]\.(description|owner)"
    r"|attendees\[\d+\]\.(position|organization|reason|group))$"
)
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


class ReviewRefused(BilingualError):
    """A returned file this meeting cannot take (another meeting's, unknown, already imported)."""


def _supported(db: Database) -> None:
    """Refuse a store that keeps no Word review copies (the office database, for now)."""
    if not db.supports_word_review:
        raise ReviewRefused(
            "bản góp ý qua Word chưa dùng được với cơ sở dữ liệu văn phòng (PostgreSQL): ở văn "
            "phòng, chủ trì góp ý ngay trong ứng dụng (trang «Duyệt»)",
            "Word review copies are not available on the office database (PostgreSQL) yet: in "
            "the office the chair comments in the app itself (the «Duyệt» page)",
        )


class ProposalConflict(BilingualError):
    """A proposal whose old text no longer stands anywhere in the minutes: never applied blindly."""

    def __init__(self, proposal: Proposal) -> None:
        self.proposal = proposal
        super().__init__(
            f"đề xuất số {proposal.id} ({proposal.path}) xung đột: văn bản cũ không còn trong "
            "biên bản, không áp dụng",
            f"proposal {proposal.id} ({proposal.path}) conflicts: its old text is no longer in "
            "the minutes; not applied",
        )


@dataclass(frozen=True)
class CopyResult:
    """A review copy written."""

    path: Path
    copy: ReviewCopy
    parts: int
    warnings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    """What a returned file brought: its record, comments and proposals, and parts it lost."""

    file: records.ReviewFile
    comments: list[int]
    proposals: list[int]
    missing_parts: list[str]
    cut_comments: int
    changed_since_copy: bool


@dataclass(frozen=True)
class ProposalView:
    """A proposal with where it would apply now (None: a conflict, or a part edited by hand)."""

    proposal: Proposal
    applies_to: str | None
    manual: bool

    @property
    def conflict(self) -> bool:
        """Return True for an open proposal whose old text no longer stands."""
        return self.proposal.state == "open" and not self.manual and self.applies_to is None


@dataclass(frozen=True)
class Decision:
    """What accepting or rejecting a proposal did."""

    proposal_id: int
    state: str  # accepted | rejected | conflict
    applied_to: str | None = None
    record: MeetingRecord | None = None
    manual: bool = False


# -- text ------------------------------------------------------------------------------------


def plain(text: str) -> str:
    """Return text as compared: NFC, no-break spaces as spaces, trimmed."""
    return unicodedata.normalize("NFC", text).translate(_SPACES).strip()


def text_sha256(meeting: Meeting, profile: str | None = None) -> str:
    """Return the SHA-256 of the minutes' printed text (every paragraph, in reading order)."""
    from minutes_app.render import build_document

    texts = build_document(meeting, profile).texts()
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def is_leaf(path: str) -> bool:
    """Return True when a part's text is one field a proposal can be applied to."""
    return _LEAF.match(path) is not None


def _shape(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def part_texts(meeting: Meeting, profile: str | None = None) -> dict[str, tuple[str, str]]:
    """Return each part's printed text and own text, as a review copy of ``meeting`` shows it."""
    from minutes_app.render.api import render_review_docx_bytes

    data = render_review_docx_bytes(meeting, profile)
    return _texts(read_returned_copy(data, "(bản góp ý / review copy)"))


def _texts(returned: ReturnedCopy) -> dict[str, tuple[str, str]]:
    return {path: (part.base, part.own_base) for path, part in returned.parts.items()}


# -- out -------------------------------------------------------------------------------------


def write_review_copy(
    db: Database, meeting_id: int, target: str | Path, *, by: str, profile: str | None = None
) -> CopyResult:
    """Write the review copy of a stored meeting to ``target`` and record it."""
    _supported(db)
    from minutes_app.render import check_meeting
    from minutes_app.render.api import render_review_docx_bytes
    from minutes_app.services.export import protected_files

    path = Path(target).expanduser()
    guard = protected_files(db.path)
    guard.check(path)
    record = db.get(meeting_id)
    meeting = record.meeting
    token = secrets.token_hex(16)
    digest = text_sha256(meeting, profile)
    metadata = {
        PROP_MEETING: str(meeting_id),
        PROP_VERSION: str(record.version),
        PROP_TEXT_SHA256: digest,
        PROP_COPY: token,
        PROP_TITLE: meeting.title[:200],
    }
    data = render_review_docx_bytes(meeting, profile, metadata=metadata)
    parts = _texts(read_returned_copy(data, path.name))
    saved = records.record_copy(
        db.tables,
        meeting_id,
        token,
        record.version,
        digest,
        json.dumps(parts, ensure_ascii=False, sort_keys=True),
        by,
    )
    write_file(path, data, protected=guard)
    warnings = [p for p in check_meeting(meeting, profile) if not p.is_error]
    return CopyResult(path, saved, len(parts), warnings)


# -- back in ---------------------------------------------------------------------------------


def _refuse_other_meeting(db: Database, meeting_id: int, other: str, title: str) -> ReviewRefused:
    shown = f" «{title}»" if title else ""
    return ReviewRefused(
        f"tệp này là bản góp ý của biên bản số {other}{shown}, không phải của biên bản số "
        f"{meeting_id}; không nhập gì",
        f"this file is the review copy of meeting {other}{shown}, not of meeting {meeting_id}; "
        "nothing was imported",
    )


def import_review_copy(
    db: Database,
    meeting_id: int,
    source: str | Path,
    *,
    by: str,
    reviewer: str | None = None,
    name: str | None = None,
) -> ImportResult:
    """Read a returned review copy and store its comments and proposed changes (nothing in the
    minutes changes). ``reviewer`` names who sent it (default: the file's last author)."""
    _supported(db)
    label = name or Path(source).name
    try:
        data = read_limited(source, MAX_FILE_BYTES, label)
    except FileReadError as exc:
        raise ReviewFileError(label, exc.message_vi, exc.message_en) from None
    returned = read_returned_copy(data, label)
    props = returned.properties
    token = props.get(PROP_COPY, "")
    other = props.get(PROP_MEETING, "")
    if not token or not other:
        raise ReviewRefused(
            f"{label}: không phải bản góp ý do ứng dụng này tạo (thiếu thuộc tính của bản góp ý)",
            f"{label}: not a review copy made by this application (its properties are missing)",
        )
    if other != str(meeting_id):
        raise _refuse_other_meeting(db, meeting_id, other, props.get(PROP_TITLE, ""))
    db.get(meeting_id)  # MeetingNotFound first
    copy = records.copy_by_token(db.tables, token)
    if copy is None:
        raise ReviewRefused(
            f"{label}: bản góp ý này không được tạo từ cơ sở dữ liệu này; không nhập gì",
            f"{label}: this review copy was not made from this database; nothing was imported",
        )
    if copy.meeting_id != meeting_id:
        raise _refuse_other_meeting(db, meeting_id, str(copy.meeting_id), "")
    if props.get(PROP_TEXT_SHA256) != copy.text_sha256 or props.get(PROP_VERSION) != str(
        copy.version
    ):
        raise ReviewRefused(
            f"{label}: thuộc tính của bản góp ý đã bị sửa (phiên bản hoặc mã văn bản không khớp "
            "bản đã gửi); không nhập gì",
            f"{label}: the review copy's properties were altered (its version or text hash "
            "does not match the copy sent); nothing was imported",
        )
    digest = hashlib.sha256(data).hexdigest()
    earlier = records.file_by_sha256(db.tables, meeting_id, digest)
    if earlier is not None:
        raise ReviewRefused(
            f"{label}: tệp này đã được nhập lúc {earlier.imported_at} (tệp {earlier.name}); "
            "không nhập lại",
            f"{label}: this file was already imported at {earlier.imported_at} "
            f"(as {earlier.name}); not imported again",
        )
    sender = (reviewer or "").strip()
    if not sender:
        last = returned.last_modified_by
        sender = last if last and last != "minutes-app" else "Người góp ý (chưa rõ tên)"
    proposals, missing = _proposals(json.loads(copy.parts), returned, sender)
    comments = _comments(returned)
    file, comment_ids, proposal_ids = records.record_import(
        db.tables, meeting_id, copy, label, digest, sender, by, comments, proposals
    )
    current = db.get(meeting_id)
    return ImportResult(
        file,
        comment_ids,
        proposal_ids,
        missing,
        sum(1 for c in returned.comments if c.cut),
        current.version != copy.version,
    )


def _proposals(
    copy_parts: dict[str, Any], returned: ReturnedCopy, sender: str
) -> tuple[list[NewProposal], list[str]]:
    out: list[NewProposal] = []
    missing: list[str] = []
    for path, (copy_text, copy_own) in copy_parts.items():
        part = returned.parts.get(path)
        if part is None:
            missing.append(path)
            continue
        if plain(part.own_base) != plain(str(copy_own)):
            out.append(NewProposal(path, "untracked", str(copy_text), part.base, sender, ""))
        for author, own in part.own_final.items():
            if plain(own) != plain(part.own_base):
                out.append(
                    NewProposal(
                        path,
                        "tracked",
                        part.base,
                        part.final[author],
                        author or sender,
                        part.dates.get(author, ""),
                    )
                )
    return out, missing


def _comments(returned: ReturnedCopy) -> list[NewComment]:
    """Return the file's comments, each reply after what it answers and on the same part."""
    by_id = {c.id: c for c in returned.comments}
    ordered: list[WordComment] = []
    placed: set[str] = set()

    def place(c: WordComment, depth: int = 0) -> None:
        if c.id in placed:
            return
        parent = by_id.get(c.parent) if c.parent is not None else None
        if parent is not None and depth < 50:
            place(parent, depth + 1)
        placed.add(c.id)
        ordered.append(c)

    for c in returned.comments:
        place(c)
    index = {c.id: i for i, c in enumerate(ordered)}
    out: list[NewComment] = []
    for i, c in enumerate(ordered):
        parent = index.get(c.parent) if c.parent is not None else None
        if parent is not None and parent >= i:
            parent = None  # a loop of replies: kept as comments of their own
        path = out[parent].path if parent is not None else c.path
        text = c.text + ("\n[…] (ý kiến quá dài, đã cắt / too long, cut)" if c.cut else "")
        out.append(NewComment(c.author, c.date, text, path, c.anchored, parent))
    return out


# -- deciding --------------------------------------------------------------------------------


def _locate(parts: dict[str, tuple[str, str]], proposal: Proposal) -> str | None:
    """Return where the proposal's old text stands now: its own part, or the one part of the
    same kind holding exactly that text (the minutes changed since the copy)."""
    old = plain(proposal.old_text)
    here = parts.get(proposal.path)
    if here is not None and plain(here[0]) == old:
        return proposal.path
    shape = _shape(proposal.path)
    found = [p for p, (text, _own) in parts.items() if _shape(p) == shape and plain(text) == old]
    return found[0] if len(found) == 1 else None


def _already(parts: dict[str, tuple[str, str]], proposal: Proposal) -> bool:
    here = parts.get(proposal.path)
    return here is not None and plain(here[0]) == plain(proposal.new_text)


def field_value(new_text: str, current: str) -> str:
    """Return the field value that prints ``new_text``, paragraphs separated as ``current``'s."""
    lines = [plain(line) for line in new_text.replace(PLACEHOLDER, "").split("\n")]
    separator = "\n\n" if "\n\n" in current else "\n"
    return separator.join(line for line in lines if line)


def get_field(meeting: Meeting, path: str) -> Any:
    """Return the value of the field at ``path`` (``agenda[0].conclusion``)."""
    target: Any = meeting
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        assert match is not None
        target = getattr(target, match.group(1))
        if match.group(2) is not None:
            target = target[int(match.group(2))]
    return target


def set_field(meeting: Meeting, path: str, new_text: str) -> Meeting:
    """Return a copy of ``meeting`` with the text field at ``path`` printing ``new_text``."""
    changed = copying.deepcopy(meeting)
    steps = [_STEP.fullmatch(step) for step in path.split(".")]
    target: Any = changed
    for match in steps[:-1]:
        assert match is not None
        target = getattr(target, match.group(1))
        if match.group(2) is not None:
            target = target[int(match.group(2))]
    last = steps[-1]
    assert last is not None and last.group(2) is None
    current = getattr(target, last.group(1)) or ""
    setattr(target, last.group(1), field_value(new_text, str(current)))
    return changed


def review_changes(db: Database, meeting_id: int, profile: str | None = None) -> list[ProposalView]:
    """Return the proposals of a meeting, each with where it would apply now."""
    _supported(db)
    found = records.proposals(db.tables, meeting_id)
    parts = part_texts(db.get(meeting_id).meeting, profile) if found else {}
    out = []
    for p in found:
        manual = not is_leaf(p.path)
        where = None if manual or p.state != "open" else _locate(parts, p)
        out.append(ProposalView(p, p.applied_to if p.state != "open" else where, manual))
    return out


def returned_files(db: Database, meeting_id: int) -> list[tuple[records.ReviewFile, int, int]]:
    """Return the returned files imported for a meeting, each with how many comments and
    proposals it brought (the history of who sent what, by file name and hash)."""
    _supported(db)
    found = records.files(db.tables, meeting_id)
    comments = records.file_comments(db.tables, meeting_id)
    proposals = records.proposals(db.tables, meeting_id)
    return [
        (
            f,
            sum(1 for c in comments if c[1] == f.id),
            sum(1 for p in proposals if p.file_id == f.id),
        )
        for f in found
    ]


def _proposal(db: Database, meeting_id: int, proposal_id: int) -> Proposal:
    for p in records.proposals(db.tables, meeting_id):
        if p.id == proposal_id:
            return p
    raise records.not_found(db.tables, meeting_id, proposal_id)


def reject(db: Database, meeting_id: int, proposal_id: int, *, by: str) -> Decision:
    """Reject a proposal (kept in the history, the minutes unchanged)."""
    _supported(db)
    records.reject(db.tables, meeting_id, proposal_id, by)
    return Decision(proposal_id, "rejected")


@dataclass(frozen=True)
class Plan:
    """How accepting a proposal changes a meeting: the field, its value now and after.

    ``target`` is None for a part edited by hand; ``value == old`` when the text is already
    there (nothing to change).
    """

    proposal: Proposal
    target: str | None
    old: str
    value: str


def plan_accept(
    db: Database,
    meeting_id: int,
    proposal_id: int,
    meeting: Meeting,
    profile: str | None = None,
) -> Plan:
    """Return how accepting a proposal would change ``meeting`` (the stored one, or the one
    being edited in the window); ``ProposalConflict`` when its old text stands nowhere."""
    _supported(db)
    proposal = _proposal(db, meeting_id, proposal_id)
    if proposal.state != "open":
        records.reject(db.tables, meeting_id, proposal_id, "-")  # raises: already decided
    if not is_leaf(proposal.path):
        return Plan(proposal, None, "", "")
    parts = part_texts(meeting, profile)
    target = _locate(parts, proposal)
    if target is None:
        if _already(parts, proposal):
            current = str(get_field(meeting, proposal.path) or "")
            return Plan(proposal, proposal.path, current, current)
        raise ProposalConflict(proposal)
    current = str(get_field(meeting, target) or "")
    return Plan(proposal, target, current, field_value(proposal.new_text, current))


def accept(
    db: Database, meeting_id: int, proposal_id: int, *, by: str, profile: str | None = None
) -> Decision:
    """Accept a proposal: apply it where its old text stands now (one saved version), or
    raise ``ProposalConflict`` when it stands nowhere; a part edited by hand is only marked."""
    _supported(db)
    record = db.get(meeting_id)
    plan = plan_accept(db, meeting_id, proposal_id, record.meeting, profile)
    if plan.target is None or plan.value == plan.old:
        records.accept(db.tables, meeting_id, proposal_id, None, plan.target, record.version, by)
        return Decision(proposal_id, "accepted", plan.target, manual=plan.target is None)
    changed = set_field(record.meeting, plan.target, plan.proposal.new_text)
    saved = records.accept(
        db.tables, meeting_id, proposal_id, changed, plan.target, record.version, by
    )
    return Decision(proposal_id, "accepted", plan.target, saved)


def mark_accepted(db: Database, meeting_id: int, plan: Plan, *, by: str) -> None:
    """Record a proposal accepted in the window's editor (the editor saves the text itself)."""
    record = db.get(meeting_id)
    records.accept(db.tables, meeting_id, plan.proposal.id, None, plan.target, record.version, by)


def undo_accepted(db: Database, meeting_id: int, proposal_id: int) -> None:
    """Open a proposal again whose acceptance in the window's editor was undone."""
    records.reopen(db.tables, meeting_id, proposal_id)


def accept_all(
    db: Database, meeting_id: int, *, by: str, profile: str | None = None
) -> list[Decision]:
    """Accept every open proposal in order; those whose old text no longer stands are left
    open and returned as conflicts."""
    _supported(db)
    out: list[Decision] = []
    for p in records.proposals(db.tables, meeting_id):
        if p.state != "open":
            continue
        try:
            out.append(accept(db, meeting_id, p.id, by=by, profile=profile))
        except ProposalConflict:
            out.append(Decision(p.id, "conflict"))
    return out
