"""Review and approval in the store: workflow steps, comments, frozen revisions, register, audit."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from minutes_app.domain import interchange
from minutes_app.domain.diff import FieldChange, diff_meetings
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.register import gaps, next_number, parse_number, period_key, period_label
from minutes_app.domain.text import fold
from minutes_app.domain.workflow import STATUS_LABELS_VI, TRANSITIONS, Action, apply
from minutes_app.store.errors import MeetingNotFound, ReadOnlyMeeting, StoreError
from minutes_app.store.records import MeetingRecord

if TYPE_CHECKING:
    from minutes_app.store.repository import Database

#: Keys the export of an approved meeting puts into the PDF/DOCX document properties.
META_REVISION = "minutes_app_revision"
META_SHA256 = "minutes_app_sha256"
META_APPROVED_BY = "minutes_app_approved_by"
META_APPROVED_AT = "minutes_app_approved_at"

# The parts of the minutes a comment can be attached to.
_PART = re.compile(
    # ASCII digits only (agenda[٠] is not agenda[0]), and few enough for int().
    r"^(meeting|agenda\[([0-9]{1,9})\](\.statements\[([0-9]{1,9})\])?|votes\[([0-9]{1,9})\]"
    r"|tasks\[([0-9]{1,9})\])$"
)

# Actions of the audit log besides the workflow steps.
AUDIT_ACTION_LABELS_VI = {
    "create": "Tạo",
    "import": "Nhập từ tệp",
    "update": "Sửa",
    "delete": "Xoá",
    **{a.value: t.label_vi for a, t in TRANSITIONS.items()},
}


def default_user() -> str:
    """Return who is acting when nobody said: ``MINUTES_APP_USER``, else the OS user name."""
    name = os.environ.get("MINUTES_APP_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def sha256_text(document: str) -> str:
    """Return the SHA-256 (hex) of a stored canonical document's UTF-8 bytes."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def now_utc() -> str:
    """Return the current time as stored: ISO 8601, UTC, microseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def issuer_key(name: str, abbreviation: str) -> str:
    """Return the register's key of an issuing body: folded name and folded abbreviation."""
    return f"{' '.join(fold(name).split())}|{' '.join(fold(abbreviation).split())}"


# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkflowEvent:
    """One workflow step: who did what, when, and why (the comment or the reason)."""

    id: int
    meeting_id: int
    action: Action
    source: Status
    target: Status
    by: str
    at: str
    note: str
    revision: int | None

    def as_dict(self) -> dict[str, Any]:
        """Return the step as JSON-ready data (``history --json``)."""
        return {
            "action": self.action.value,
            "by": self.by,
            "at": self.at,
            "from": self.source.value,
            "to": self.target.value,
            "comment": self.note if self.action is Action.RETURN else "",
            "reason": self.note if self.action is Action.REOPEN else "",
            "revision": self.revision,
        }


@dataclass(frozen=True)
class Revision:
    """A frozen approved revision: its canonical JSON, hash and approver."""

    meeting_id: int
    revision: int
    document: str
    sha256: str
    approved_by: str
    approved_at: str

    def meeting(self) -> Meeting:
        """Return the meeting as it was approved."""
        return interchange.parse(self.document, f"revision {self.revision}", check=False).meeting


@dataclass(frozen=True)
class ReviewComment:
    """A review comment on one part of the minutes (a reply has a ``parent_id``)."""

    id: int
    meeting_id: int
    parent_id: int | None
    part: str
    author: str
    text: str
    created_at: str
    resolved_by: str | None = None
    resolved_at: str | None = None

    @property
    def resolved(self) -> bool:
        """Return True once someone resolved the comment."""
        return self.resolved_at is not None


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log: a changed field, or a whole-meeting step without a field."""

    id: int
    meeting_id: int
    at: str
    by: str
    action: str
    version: int | None
    path: str
    label: str
    old: str | None
    new: str | None

    def as_dict(self) -> dict[str, Any]:
        """Return the entry as JSON-ready data (``audit --json``)."""
        return {
            "at": self.at,
            "by": self.by,
            "action": self.action,
            "version": self.version,
            "field": self.path,
            "label": self.label,
            "old": self.old,
            "new": self.new,
        }

    def text(self) -> str:
        """Return a readable Vietnamese line of the change."""
        action = AUDIT_ACTION_LABELS_VI.get(self.action, self.action)
        if not self.path:
            return action
        if self.old is None:
            return f"{self.label}: thêm «{self.new}»"
        if self.new is None:
            return f"{self.label}: xoá «{self.old}»"
        return f"{self.label}: «{self.old}» → «{self.new}»"


@dataclass(frozen=True)
class RegisterEntry:
    """One number of the register; ``status`` None means the meeting was deleted since."""

    issuer: str
    abbreviation: str
    period: str
    number: int
    meeting_id: int | None
    date: dt.date
    title: str
    status: Status | None

    def as_dict(self) -> dict[str, Any]:
        """Return the entry as JSON-ready data (``register --json``)."""
        return {
            "issuer": self.issuer,
            "abbreviation": self.abbreviation,
            "period": self.period,
            "number": self.number,
            "id": self.meeting_id,
            "date": self.date.isoformat(),
            "title": self.title,
            "status": self.status.value if self.status else "deleted",
        }


@dataclass(frozen=True)
class RegisterSeries:
    """The numbers of one issuing body in one period, in order, with the missing numbers."""

    issuer: str
    abbreviation: str
    period: str
    entries: list[RegisterEntry]
    gaps: list[int]

    @property
    def label(self) -> str:
        """Return e.g. ``UBND XÃ A (UBND), năm 2026``."""
        abbr = f" ({self.abbreviation})" if self.abbreviation else ""
        return f"{self.issuer}{abbr}, {period_label(self.period)}"


@dataclass(frozen=True)
class Verification:
    """The result of checking a meeting against its frozen revision."""

    meeting_id: int
    intact: bool
    revision: int | None
    sha256: str
    messages: list[str] = field(default_factory=list)  # "vi / en" lines


@dataclass(frozen=True)
class TransitionResult:
    """What a workflow step did: the meeting after it, the step, and what approval froze."""

    record: MeetingRecord
    event: WorkflowEvent
    revision: Revision | None = None
    number_assigned: str | None = None


class DuplicateNumber(StoreError):
    """The meeting's number is already used in the register for that body and period."""


class CommentNotFound(StoreError):
    """No review comment has the given id."""


class InvalidPart(StoreError):
    """A comment names a part of the minutes that does not exist."""


# -- helpers used inside the repository's write transactions ------------------------------


def read_only_error(meeting_id: int, title: str, path: str = "") -> ReadOnlyMeeting:
    """Return the error for a change to an approved meeting, naming it."""
    name = f" «{title}»" if title.strip() else ""
    return ReadOnlyMeeting(
        f"biên bản số {meeting_id}{name} đã được duyệt nên không thể sửa, thay thế hoặc xoá; "
        "người chủ trì cần «Mở lại» biên bản (ghi lý do) trước",
        f"meeting {meeting_id}{name} is approved and cannot be changed, replaced or deleted; "
        "the chair must reopen it (with a reason) first",
        path,
    )


def write_audit(
    conn: sqlite3.Connection,
    meeting_id: int,
    by: str,
    action: str,
    version: int | None,
    changes: Iterable[FieldChange] = (),
    at: str | None = None,
) -> int:
    """Record ``changes`` (one row each; one row without a field when there are none)."""
    when = at or now_utc()
    rows = [
        (meeting_id, when, by, action, version, c.path, c.label_vi, c.old, c.new) for c in changes
    ]
    if not rows:
        if action == "update":
            return 0  # a save that changed nothing leaves no trace
        rows = [(meeting_id, when, by, action, version, "", "", None, None)]
    conn.executemany(
        "INSERT INTO audit_log (meeting_id, at, actor, action, version, path, label, "
        "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def freeze_revision(
    conn: sqlite3.Connection, meeting_id: int, document: str, by: str, at: str
) -> Revision:
    """Store the next revision of a meeting: the approved canonical JSON and its SHA-256."""
    (last,) = conn.execute(
        "SELECT coalesce(max(revision), 0) FROM revisions WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    revision = Revision(meeting_id, int(last) + 1, document, sha256_text(document), by, at)
    conn.execute(
        "INSERT INTO revisions (meeting_id, revision, document, sha256, approved_by, approved_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (meeting_id, revision.revision, document, revision.sha256, by, at),
    )
    return revision


def _event(row: tuple[Any, ...]) -> WorkflowEvent:
    return WorkflowEvent(
        row[0],
        row[1],
        Action(row[2]),
        Status(row[3]),
        Status(row[4]),
        row[5],
        row[6],
        row[7],
        row[8],
    )


def _check_part(meeting: Meeting, part: str, path: str) -> str:
    text = part.strip() or "meeting"
    match = _PART.match(text)
    ok = False
    if match:
        if text == "meeting":
            ok = True
        elif match.group(2) is not None:
            i = int(match.group(2))
            ok = i < len(meeting.agenda)
            if ok and match.group(4) is not None:
                ok = int(match.group(4)) < len(meeting.agenda[i].statements)
        elif match.group(5) is not None:
            ok = int(match.group(5)) < len(meeting.votes)
        elif match.group(6) is not None:
            ok = int(match.group(6)) < len(meeting.tasks)
    if not ok:
        raise InvalidPart(
            f"phần «{text}» không có trong biên bản (dùng meeting, agenda[i], "
            "agenda[i].statements[j], votes[i] hoặc tasks[i], đếm từ 0)",
            f"the part {text!r} is not in the minutes (use meeting, agenda[i], "
            "agenda[i].statements[j], votes[i] or tasks[i], counting from 0)",
            path,
        )
    return text


def part_label(part: str) -> str:
    """Return a Vietnamese label of a comment's part: ``Nội dung 1 › Ý kiến 2``."""
    match = _PART.match(part)
    if not match or part == "meeting":
        return "Toàn bộ biên bản"
    if match.group(2) is not None:
        label = f"Nội dung {int(match.group(2)) + 1}"
        if match.group(4) is not None:
            label += f" › Ý kiến {int(match.group(4)) + 1}"
        return label
    if match.group(5) is not None:
        return f"Biểu quyết {int(match.group(5)) + 1}"
    return f"Nhiệm vụ {int(match.group(6) or 0) + 1}"


# -- the service -----------------------------------------------------------------------------


class ReviewService:
    """The review workflow over one ``Database``: every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def _where(self) -> str:
        return str(self.db.path)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with self.db._write() as conn:
                yield conn
        except sqlite3.Error as exc:
            raise self.db._unavailable(exc) from None

    def _row(self, conn: sqlite3.Connection, meeting_id: int) -> tuple[str, str, int, str]:
        row = conn.execute(
            "SELECT status, document, version, created_at FROM meetings WHERE id = ?",
            (meeting_id,),
        ).fetchone()
        if row is None:
            raise self.db._not_found(meeting_id)
        return row[0], row[1], int(row[2]), row[3]

    def _exists(self, meeting_id: int) -> None:
        if not self.db._query("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)):
            raise self.db._not_found(meeting_id)

    # -- workflow --------------------------------------------------------------------------

    def transition(
        self,
        meeting_id: int,
        action: Action | str,
        by: str,
        text: str = "",
        *,
        expected_version: int | None = None,
    ) -> TransitionResult:
        """Take one workflow step; raise ``WorkflowError`` when it is not allowed or lacks a text.

        Approval assigns the next register number when the meeting has none (or registers the
        number it has, refusing a duplicate) and freezes a revision, all in one transaction.
        """
        action = Action(action)
        by = by.strip()
        text = text.strip()
        at = now_utc()
        with self._write() as conn:
            status_text, document, version, created_at = self._row(conn, meeting_id)
            if expected_version is not None and version != expected_version:
                raise self.db._stale(meeting_id, version, expected_version)
            source = Status(status_text)
            target = apply(source, action, by, text)
            old = self.db._load(document, meeting_id)
            meeting = self.db._load(document, meeting_id)
            meeting.status = target
            assigned: str | None = None
            if action is Action.APPROVE:
                assigned = self._register(conn, meeting_id, meeting, by, at)
            meeting, new_document = self.db._prepare_meeting(meeting)
            conn.execute(
                "UPDATE meetings SET date = ?, title = ?, issuer = ?, issuer_key = ?, status = ?, "
                "number = ?, symbol = ?, profile = ?, document = ?, version = version + 1, "
                "updated_at = ? WHERE id = ?",
                (*self.db._columns(meeting), new_document, at, meeting_id),
            )
            self.db._index(conn, meeting_id, meeting)
            revision: Revision | None = None
            number: int | None
            if action is Action.APPROVE:
                revision = freeze_revision(conn, meeting_id, new_document, by, at)
                number = revision.revision
            else:
                (last,) = conn.execute(
                    "SELECT max(revision) FROM revisions WHERE meeting_id = ?", (meeting_id,)
                ).fetchone()
                number = int(last) if last is not None and action is Action.REOPEN else None
            cursor = conn.execute(
                "INSERT INTO workflow_events (meeting_id, action, source, target, actor, at, "
                "note, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (meeting_id, action.value, source.value, target.value, by, at, text, number),
            )
            event = WorkflowEvent(
                int(cursor.lastrowid or 0), meeting_id, action, source, target, by, at, text, number
            )
            write_audit(
                conn, meeting_id, by, action.value, version + 1, diff_meetings(old, meeting), at
            )
        record = MeetingRecord(meeting_id, version + 1, created_at, at, meeting)
        return TransitionResult(record, event, revision, assigned)

    def submit(self, meeting_id: int, by: str, **kw: Any) -> TransitionResult:
        """Send a draft for review."""
        return self.transition(meeting_id, Action.SUBMIT, by, **kw)

    def return_(self, meeting_id: int, by: str, comment: str, **kw: Any) -> TransitionResult:
        """Return minutes in review to the secretary, with a comment."""
        return self.transition(meeting_id, Action.RETURN, by, comment, **kw)

    def approve(self, meeting_id: int, by: str, **kw: Any) -> TransitionResult:
        """Approve minutes in review: number them if needed and freeze a revision."""
        return self.transition(meeting_id, Action.APPROVE, by, **kw)

    def reopen(self, meeting_id: int, by: str, reason: str, **kw: Any) -> TransitionResult:
        """Reopen approved minutes as a draft, with a reason, starting a new revision."""
        return self.transition(meeting_id, Action.REOPEN, by, reason, **kw)

    def history(self, meeting_id: int) -> list[WorkflowEvent]:
        """Return the workflow steps of a meeting, oldest first."""
        self._exists(meeting_id)
        rows = self.db._query(
            "SELECT id, meeting_id, action, source, target, actor, at, note, revision "
            "FROM workflow_events WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
        )
        return [_event(r) for r in rows]

    # -- the register ----------------------------------------------------------------------

    def _term_starts(self, conn: sqlite3.Connection, meeting: Meeting) -> list[dt.date]:
        keys = {
            " ".join(fold(meeting.issuer.name).split()),
            " ".join(fold(meeting.issuer.abbreviation).split()),
        } - {""}
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        rows = conn.execute(
            f"SELECT DISTINCT start FROM issuer_terms WHERE issuer_match IN ({marks})", tuple(keys)
        ).fetchall()
        return [dt.date.fromisoformat(r[0]) for r in rows]

    def _register(
        self, conn: sqlite3.Connection, meeting_id: int, meeting: Meeting, by: str, at: str
    ) -> str | None:
        """Number ``meeting`` in the register (the next, or its own checked); return a new one."""
        key = issuer_key(meeting.issuer.name, meeting.issuer.abbreviation)
        period = period_key(meeting.profile, meeting.date, self._term_starts(conn, meeting))
        assigned: str | None = None
        if meeting.number.strip():
            number = parse_number(meeting.number)
            if number is None or number < 1:
                # A number that is not an integer (e.g. "12a") is kept but cannot be registered.
                conn.execute("DELETE FROM register WHERE meeting_id = ?", (meeting_id,))
                return None
        else:
            used = [
                r[0]
                for r in conn.execute(
                    "SELECT number FROM register WHERE issuer_key = ? AND period = ?", (key, period)
                )
            ]
            number = next_number(used)
            meeting.number = f"{number:02d}"
            assigned = meeting.number
        holder = conn.execute(
            "SELECT meeting_id, title, date FROM register "
            "WHERE issuer_key = ? AND period = ? AND number = ?",
            (key, period, number),
        ).fetchone()
        if holder is not None and holder[0] == meeting_id:
            conn.execute(
                "UPDATE register SET issuer = ?, abbreviation = ?, date = ?, title = ? "
                "WHERE meeting_id = ?",
                (
                    meeting.issuer.name,
                    meeting.issuer.abbreviation,
                    meeting.date.isoformat(),
                    meeting.title,
                    meeting_id,
                ),
            )
            return assigned
        if holder is not None:
            other = f"biên bản số {holder[0]}" if holder[0] is not None else "một biên bản đã xoá"
            other_en = f"meeting {holder[0]}" if holder[0] is not None else "a deleted meeting"
            raise DuplicateNumber(
                f"số {meeting.number} của {meeting.issuer.name or meeting.issuer.abbreviation} "
                f"({period_label(period)}) đã được cấp cho {other} «{holder[1]}» ngày {holder[2]}; "
                "hãy xoá số để ứng dụng cấp số tiếp theo, hoặc sửa số",
                f"number {meeting.number} of {meeting.issuer.name or meeting.issuer.abbreviation} "
                f"({period}) is already given to {other_en} ({holder[2]}); clear the number to get "
                "the next one, or change it",
                self._where,
            )
        conn.execute("DELETE FROM register WHERE meeting_id = ?", (meeting_id,))
        try:
            conn.execute(
                "INSERT INTO register (issuer_key, period, number, meeting_id, issuer, "
                "abbreviation, date, title, registered_by, registered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    period,
                    number,
                    meeting_id,
                    meeting.issuer.name,
                    meeting.issuer.abbreviation,
                    meeting.date.isoformat(),
                    meeting.title,
                    by,
                    at,
                ),
            )
        except sqlite3.IntegrityError:
            raise DuplicateNumber(
                f"số {meeting.number} đã có trong sổ biên bản ({period_label(period)})",
                f"number {meeting.number} is already in the register ({period})",
                self._where,
            ) from None
        return assigned

    def register(
        self, *, year: int | None = None, issuer: str | None = None
    ) -> list[RegisterSeries]:
        """Return the register, one series per body and period, with the gaps of each.

        ``year`` keeps the series with a number dated that year (a Party term is shown whole);
        ``issuer`` keeps the bodies whose folded name or abbreviation is ``issuer``.
        """
        rows = self.db._query(
            "SELECT r.issuer_key, r.issuer, r.abbreviation, r.period, r.number, r.meeting_id, "
            "r.date, r.title, m.status FROM register AS r "
            "LEFT JOIN meetings AS m ON m.id = r.meeting_id "
            "ORDER BY r.issuer_key, r.period, r.number"
        )
        wanted = " ".join(fold(issuer).split()) if issuer else ""
        series: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for row in rows:
            name_key, abbr_key = row[0].split("|", 1)
            if wanted and wanted not in (name_key, abbr_key):
                continue
            series.setdefault((row[0], row[3]), []).append(row)
        out: list[RegisterSeries] = []
        for (_key, period), group in series.items():
            if year is not None and not (
                period == str(year) or any(r[6].startswith(f"{year:04d}-") for r in group)
            ):
                continue
            entries = [
                RegisterEntry(
                    r[1],
                    r[2],
                    r[3],
                    int(r[4]),
                    r[5],
                    dt.date.fromisoformat(r[6]),
                    r[7],
                    Status(r[8]) if r[8] else None,
                )
                for r in group
            ]
            last = entries[-1]
            out.append(
                RegisterSeries(
                    last.issuer, last.abbreviation, period, entries, gaps(e.number for e in entries)
                )
            )
        out.sort(key=lambda s: (s.issuer, s.abbreviation, s.entries[0].date))
        return out

    def set_term(self, issuer: str, start: dt.date, by: str = "") -> None:
        """Record that a term of the Party body ``issuer`` (name or abbreviation) starts."""
        match = " ".join(fold(issuer).split())
        if not match:
            raise StoreError(
                "cần tên hoặc tên viết tắt của cơ quan",
                "the body's name or abbreviation is needed",
                self._where,
            )
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO issuer_terms (issuer_match, start, set_by, set_at) "
                "VALUES (?, ?, ?, ?)",
                (match, start.isoformat(), by, now_utc()),
            )

    def terms(self, issuer: str | None = None) -> list[tuple[str, dt.date]]:
        """Return the configured term starts: (folded body, start), by body then date."""
        sql = "SELECT issuer_match, start FROM issuer_terms"
        params: tuple[Any, ...] = ()
        if issuer:
            sql += " WHERE issuer_match = ?"
            params = (" ".join(fold(issuer).split()),)
        rows = self.db._query(sql + " ORDER BY issuer_match, start", params)
        return [(r[0], dt.date.fromisoformat(r[1])) for r in rows]

    # -- revisions and differences ---------------------------------------------------------

    def revisions(self, meeting_id: int) -> list[Revision]:
        """Return the frozen revisions of a meeting, oldest first."""
        self._exists(meeting_id)
        rows = self.db._query(
            "SELECT meeting_id, revision, document, sha256, approved_by, approved_at "
            "FROM revisions WHERE meeting_id = ? ORDER BY revision",
            (meeting_id,),
        )
        return [Revision(*r) for r in rows]

    def revision(self, meeting_id: int, number: int) -> Revision:
        """Return one frozen revision; a clear error when there is no such revision."""
        for revision in self.revisions(meeting_id):
            if revision.revision == number:
                return revision
        raise MeetingNotFound(
            f"biên bản số {meeting_id} không có phiên bản đã duyệt số {number}",
            f"meeting {meeting_id} has no approved revision {number}",
            self._where,
        )

    def _version_meeting(self, meeting_id: int, which: int | str) -> Meeting:
        if which == "current":
            return self.db.get(meeting_id).meeting
        try:
            return self.revision(meeting_id, int(which)).meeting()
        except InterchangeError as exc:
            raise StoreError(
                f"phiên bản {which} của biên bản số {meeting_id} bị hỏng: {exc}",
                f"revision {which} of meeting {meeting_id} is damaged: {exc}",
                self._where,
            ) from None

    def diff(
        self, meeting_id: int, old: int | str, new: int | str = "current"
    ) -> list[FieldChange]:
        """Return the field changes from revision ``old`` to ``new`` (a number or ``"current"``)."""
        return diff_meetings(
            self._version_meeting(meeting_id, old), self._version_meeting(meeting_id, new)
        )

    # -- comments --------------------------------------------------------------------------

    def add_comment(
        self,
        meeting_id: int,
        text: str,
        by: str,
        *,
        part: str = "meeting",
        reply_to: int | None = None,
    ) -> ReviewComment:
        """Attach a comment to a part of the minutes (or answer a comment) and return it."""
        body = text.strip()
        if not body:
            raise StoreError("ý kiến trống", "the comment is empty", self._where)
        if not by.strip():
            raise StoreError(
                "chưa có tên người góp ý (đặt tên trong Tùy chọn, hoặc --by)",
                "who is commenting is not known (set your name in the preferences, or --by)",
                self._where,
            )
        at = now_utc()
        with self._write() as conn:
            _status, document, _v, _c = self._row(conn, meeting_id)
            if reply_to is not None:
                parent = conn.execute(
                    "SELECT part FROM review_comments WHERE id = ? AND meeting_id = ?",
                    (reply_to, meeting_id),
                ).fetchone()
                if parent is None:
                    raise self._comment_not_found(reply_to, meeting_id)
                part = parent[0]
            else:
                part = _check_part(self.db._load(document, meeting_id), part, self._where)
            cursor = conn.execute(
                "INSERT INTO review_comments (meeting_id, parent_id, part, author, body, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (meeting_id, reply_to, part, by.strip(), body, at),
            )
            comment_id = int(cursor.lastrowid or 0)
        return ReviewComment(comment_id, meeting_id, reply_to, part, by.strip(), body, at)

    def _comment_not_found(self, comment_id: int, meeting_id: int | None = None) -> CommentNotFound:
        where = f" của biên bản số {meeting_id}" if meeting_id is not None else ""
        where_en = f" on meeting {meeting_id}" if meeting_id is not None else ""
        return CommentNotFound(
            f"không có ý kiến số {comment_id}{where}",
            f"there is no comment {comment_id}{where_en}",
            self._where,
        )

    def resolve_comment(self, comment_id: int, by: str) -> ReviewComment:
        """Mark a comment (and its replies) resolved; it stays in the history."""
        if not by.strip():
            raise StoreError(
                "chưa có tên người thực hiện", "who is doing this is not known", self._where
            )
        at = now_utc()
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE review_comments SET resolved_by = ?, resolved_at = ? "
                "WHERE (id = ? OR parent_id = ?) AND resolved_at IS NULL",
                (by.strip(), at, comment_id, comment_id),
            )
            exists = conn.execute(
                "SELECT 1 FROM review_comments WHERE id = ?", (comment_id,)
            ).fetchone()
            if exists is None:
                raise self._comment_not_found(comment_id)
            del cursor
        return self.comment(comment_id)

    def comment(self, comment_id: int) -> ReviewComment:
        """Return one comment."""
        rows = self.db._query(
            "SELECT id, meeting_id, parent_id, part, author, body, created_at, resolved_by, "
            "resolved_at FROM review_comments WHERE id = ?",
            (comment_id,),
        )
        if not rows:
            raise self._comment_not_found(comment_id)
        return ReviewComment(*rows[0])

    def comments(self, meeting_id: int, *, include_resolved: bool = True) -> list[ReviewComment]:
        """Return the comments of a meeting in the order they were written (replies included)."""
        self._exists(meeting_id)
        sql = (
            "SELECT id, meeting_id, parent_id, part, author, body, created_at, resolved_by, "
            "resolved_at FROM review_comments WHERE meeting_id = ?"
        )
        if not include_resolved:
            sql += " AND resolved_at IS NULL"
        return [ReviewComment(*r) for r in self.db._query(sql + " ORDER BY id", (meeting_id,))]

    # -- audit and integrity ---------------------------------------------------------------

    def audit(self, meeting_id: int) -> list[AuditEntry]:
        """Return every recorded change of a meeting, oldest first (kept after a deletion)."""
        rows = self.db._query(
            "SELECT id, meeting_id, at, actor, action, version, path, label, old_value, "
            "new_value FROM audit_log WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
        )
        if not rows:
            self._exists(meeting_id)
        return [AuditEntry(*r) for r in rows]

    def verify(self, meeting_id: int) -> Verification:
        """Recompute the hashes of a meeting's revisions and compare an approved meeting with its
        latest revision: any change made behind the application's back is reported."""
        rows = self.db._query(
            "SELECT status, document, date, title, issuer, issuer_key, number, symbol, profile "
            "FROM meetings WHERE id = ?",
            (meeting_id,),
        )
        if not rows:
            raise self.db._not_found(meeting_id)
        status, document, *columns = rows[0]
        revisions = self.db._query(
            "SELECT meeting_id, revision, document, sha256, approved_by, approved_at "
            "FROM revisions WHERE meeting_id = ? ORDER BY revision",
            (meeting_id,),
        )
        messages: list[str] = []
        for row in revisions:
            rev = Revision(*row)
            if sha256_text(rev.document) != rev.sha256:
                messages.append(
                    f"phiên bản {rev.revision} đã bị sửa sau khi duyệt (mã băm không khớp) / "
                    f"revision {rev.revision} was changed after approval (hash mismatch)"
                )
        latest = Revision(*revisions[-1]) if revisions else None
        if status == Status.APPROVED.value:
            if latest is None:
                messages.append(
                    "biên bản ở trạng thái đã duyệt nhưng không có phiên bản đã duyệt nào / "
                    "the meeting is marked approved but has no approved revision"
                )
            else:
                current_hash = sha256_text(document)
                if current_hash != latest.sha256 or document != latest.document:
                    messages.append(
                        f"nội dung biên bản khác phiên bản đã duyệt {latest.revision} "
                        f"(mã băm hiện tại {current_hash[:12]}…, "
                        f"khi duyệt {latest.sha256[:12]}…) / "
                        f"the stored minutes differ from approved revision {latest.revision}"
                    )
                messages += self._column_problems(meeting_id, document, status, columns)
        ok = not messages
        if ok:
            if latest is None:
                messages.append(
                    "chưa có phiên bản nào được duyệt; không có gì để đối chiếu / "
                    "no approved revision yet; nothing to check"
                )
            elif status == Status.APPROVED.value:
                messages.append(
                    f"nguyên vẹn: khớp phiên bản đã duyệt {latest.revision} "
                    f"(SHA-256 {latest.sha256}) / intact: matches approved revision "
                    f"{latest.revision}"
                )
            else:
                messages.append(
                    f"các phiên bản đã duyệt (1–{latest.revision}) nguyên vẹn; biên bản đang "
                    f"«{STATUS_LABELS_VI[Status(status)]}» / the approved revisions are intact"
                )
        return Verification(
            meeting_id,
            ok,
            latest.revision if latest else None,
            latest.sha256 if latest else "",
            messages,
        )

    def _column_problems(
        self, meeting_id: int, document: str, status: str, columns: list[Any]
    ) -> list[str]:
        try:
            meeting = interchange.parse(document, f"meeting {meeting_id}", check=False).meeting
        except InterchangeError as exc:
            return [f"nội dung lưu trữ bị hỏng ({exc}) / the stored document is damaged"]
        expected = self.db._columns(meeting)
        # _columns: date, title, issuer, issuer_key, status, number, symbol, profile
        names = ["date", "title", "issuer", "issuer_key", "status", "number", "symbol", "profile"]
        stored = dict(
            zip(
                ["date", "title", "issuer", "issuer_key", "number", "symbol", "profile"],
                columns,
                strict=True,
            )
        )
        stored["status"] = status
        wrong = [n for n, value in zip(names, expected, strict=True) if stored[n] != value]
        if not wrong:
            return []
        return [
            f"các cột {', '.join(wrong)} khác nội dung đã duyệt (bị sửa ngoài ứng dụng) / "
            f"the columns {', '.join(wrong)} differ from the approved content (changed outside "
            "the application)"
        ]

    def export_metadata(self, meeting_id: int) -> dict[str, str]:
        """Return the document properties of an approved meeting's export (empty otherwise).

        Refuses (``ReadOnlyMeeting`` is not right here: a plain ``StoreError``) when the stored
        minutes no longer match their approved revision, so a hash is never put on other content.
        """
        status = self.db._query("SELECT status FROM meetings WHERE id = ?", (meeting_id,))[0][0]
        if status != Status.APPROVED.value:
            return {}  # drafts carry no approval: no need to rehash every revision
        check = self.verify(meeting_id)
        if not check.intact:
            raise StoreError(
                "không xuất biên bản đã duyệt vì nội dung không khớp phiên bản đã duyệt: "
                + "; ".join(m.split(" / ")[0] for m in check.messages),
                "the approved minutes are not exported because they do not match the approved "
                "revision; run verify",
                self._where,
            )
        revision = self.revision(meeting_id, check.revision or 0)
        return {
            META_REVISION: str(revision.revision),
            META_SHA256: revision.sha256,
            META_APPROVED_BY: revision.approved_by,
            META_APPROVED_AT: revision.approved_at,
        }
