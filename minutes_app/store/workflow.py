"""Workflow steps in the store: submit, return, approve, reopen and import, with frozen revisions."""

from __future__ import annotations

import dataclasses
import sqlite3

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.diff import FieldChange, diff_meetings
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action, WorkflowError, apply
from minutes_app.store import register
from minutes_app.store.actors import check_name, check_note
from minutes_app.store.audit import write_audit
from minutes_app.store.chain import event_hash, revision_chain, sha256_text
from minutes_app.store.errors import MeetingNotFound, StoreError
from minutes_app.store.records import (
    MeetingRecord,
    Revision,
    Rows,
    TransitionResult,
    WorkflowEvent,
)
from minutes_app.store.tables import Tables, fold_key, now_utc, prepare, valid_id

#: Database setting (``settings`` table): "1" lets the one who submitted minutes approve them.
SELF_APPROVAL_SETTING = "review.allow_self_approval"

_EVENT_COLUMNS = "id, meeting_id, action, source, target, actor, at, note, revision, hash"
_NOTE_FIELDS = {
    Action.RETURN: ("ý kiến trả lại (--comment)", "the return comment (--comment)"),
    Action.REOPEN: ("lý do mở lại (--reason)", "the reopen reason (--reason)"),
}


def check_actor(tables: Tables, by: str) -> str:
    """Return who acts, tidied; refuse control characters and bidi overrides in the name."""
    return check_name(by, "tên người thực hiện (--by)", "the name of who acts (--by)", tables.where)


def self_approval_allowed(conn: sqlite3.Connection) -> bool:
    """Return True when this database lets the one who submitted minutes approve them."""
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SELF_APPROVAL_SETTING,)
        ).fetchone()
    except sqlite3.Error:
        return False
    return row is not None and str(row[0]).strip() == "1"


def record_event(
    conn: sqlite3.Connection,
    meeting_id: int,
    action: Action,
    source: Status,
    target: Status,
    by: str,
    at: str,
    note: str,
    revision: int | None,
    audit_head: str,
) -> WorkflowEvent:
    """Append one workflow step, chained to the meeting's previous step and its audit log."""
    found = conn.execute(
        "SELECT hash FROM workflow_events WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
        (meeting_id,),
    ).fetchone()
    prev = str(found[0]) if found is not None else ""
    (found_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM workflow_events").fetchone()
    event_id = int(found_id)
    # The stored columns, in the order the hash takes them (the hash itself goes last).
    row = (
        event_id,
        meeting_id,
        action.value,
        source.value,
        target.value,
        by,
        at,
        note,
        revision,
        audit_head,
    )
    value = event_hash(prev, *row)
    conn.execute(
        "INSERT INTO workflow_events (id, meeting_id, action, source, target, actor, at, note, "
        "revision, audit_head, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*row, value),
    )
    return WorkflowEvent(
        event_id, meeting_id, action, source, target, by, at, note, revision, value
    )


def _last_revision(conn: sqlite3.Connection, meeting_id: int) -> tuple[int, str]:
    found = conn.execute(
        "SELECT revision, chain FROM revisions WHERE meeting_id = ? ORDER BY revision DESC LIMIT 1",
        (meeting_id,),
    ).fetchone()
    return (int(found[0]), str(found[1])) if found is not None else (0, "")


def freeze_revision(
    conn: sqlite3.Connection, meeting_id: int, document: str, by: str, at: str, approving: str
) -> Revision:
    """Store the next revision: the approved canonical JSON, its SHA-256 and its chain hash."""
    last, prev = _last_revision(conn, meeting_id)
    number = last + 1
    digest = sha256_text(document)
    chain = revision_chain(prev, meeting_id, number, digest, by, at, approving)
    conn.execute(
        "INSERT INTO revisions (meeting_id, revision, document, sha256, approved_by, approved_at, "
        "event_hash, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (meeting_id, number, document, digest, by, at, approving, chain),
    )
    return Revision(meeting_id, number, document, digest, by, at, approving, chain)


def _refuse_self_approval(
    conn: sqlite3.Connection, tables: Tables, meeting_id: int, by: str
) -> None:
    found = conn.execute(
        "SELECT actor FROM workflow_events WHERE meeting_id = ? AND action = 'submit' "
        "ORDER BY id DESC LIMIT 1",
        (meeting_id,),
    ).fetchone()
    if found is None or fold_key(str(found[0])) != fold_key(by):
        return
    if self_approval_allowed(conn):
        return
    raise self_approval_refused(by)


def self_approval_refused(by: str) -> WorkflowError:
    """Return the refusal of approving minutes one submitted oneself."""
    return WorkflowError(
        f"{by} đã trình duyệt biên bản này nên không thể tự duyệt; người duyệt phải là người "
        "khác (cơ sở dữ liệu có thể cho phép tự duyệt: settings --allow-self-approval yes)",
        f"{by} submitted these minutes and cannot approve them too; the approver must be "
        "someone else (the database may allow it: settings --allow-self-approval yes)",
    )


@dataclass(frozen=True)
class Approval:
    """What approving (or importing as approved) wrote besides the meeting row."""

    meeting: Meeting
    document: str
    event: WorkflowEvent
    revision: Revision
    number_assigned: str | None


def approve_in(
    tables: Tables,
    conn: sqlite3.Connection,
    meeting_id: int,
    old: Meeting,
    version: int,
    action: Action,
    by: str,
    at: str,
    *,
    allow_number_jump: bool = False,
) -> Approval:
    """Number, freeze and approve ``old`` inside the caller's transaction (approve or import).

    Writes the audit rows, the step (chained), the revision (chained to the step) and then the
    meeting row, in the order the file's triggers require.
    """
    meeting = dataclasses.replace(old, status=Status.APPROVED)  # assign() sets its number
    # An import keeps the number it arrived with (checked and registered); approval numbers.
    assigned = register.assign(
        tables,
        conn,
        meeting_id,
        meeting,
        by,
        at,
        allow_jump=allow_number_jump,
        give_next=action is Action.APPROVE,
    )
    meeting, document = prepare(meeting)
    head = write_audit(conn, meeting_id, by, action.value, version, diff_meetings(old, meeting), at)
    number = _last_revision(conn, meeting_id)[0] + 1
    event = record_event(
        conn, meeting_id, action, old.status, Status.APPROVED, by, at, "", number, head
    )
    revision = freeze_revision(conn, meeting_id, document, by, at, event.hash)
    tables.update(conn, meeting_id, meeting, document, at)
    return Approval(meeting, document, event, revision, assigned)


def transition(
    tables: Tables,
    meeting_id: int,
    action: Action | str,
    by: str,
    text: str = "",
    *,
    expected_version: int | None = None,
    allow_number_jump: bool = False,
) -> TransitionResult:
    """Take one workflow step; raise ``WorkflowError`` when it is not allowed or lacks a text.

    ``expected_version`` is the version the one acting saw: when the meeting changed since,
    nothing is done and ``StaleVersion`` is raised. Approval refuses the one who submitted
    (unless the database allows it), assigns the next register number when the meeting has
    none (or registers its own, refusing a duplicate or a far jump) and freezes a revision, all
    in one transaction.
    """
    try:
        step = Action(action)
    except ValueError:
        raise WorkflowError(
            f"«{action}» không phải một bước duyệt", f"{action!r} is not a workflow step"
        ) from None
    who = check_actor(tables, by)
    field_vi, field_en = _NOTE_FIELDS.get(step, ("ghi chú", "the note"))
    note = check_note(text, field_vi, field_en, tables.where) if text else ""
    at = now_utc()
    with tables.write() as conn:
        row = tables.row(conn, meeting_id)
        if expected_version is not None and row.version != expected_version:
            raise tables.stale(meeting_id, row.version, expected_version)
        target = apply(row.status, step, who, note)
        old = tables.load(row.document, meeting_id)
        version = row.version + 1
        if step is Action.APPROVE:
            _refuse_self_approval(conn, tables, meeting_id, who)
            done = approve_in(
                tables,
                conn,
                meeting_id,
                old,
                version,
                step,
                who,
                at,
                allow_number_jump=allow_number_jump,
            )
            record = MeetingRecord(meeting_id, version, row.created_at, at, done.meeting)
            return TransitionResult(record, done.event, done.revision, done.number_assigned)
        meeting, document = prepare(dataclasses.replace(old, status=target))
        head = write_audit(
            conn, meeting_id, who, step.value, version, diff_meetings(old, meeting), at
        )
        number = _last_revision(conn, meeting_id)[0] if step is Action.REOPEN else None
        event = record_event(
            conn, meeting_id, step, row.status, target, who, at, note, number or None, head
        )
        tables.update(conn, meeting_id, meeting, document, at)
    return TransitionResult(MeetingRecord(meeting_id, version, row.created_at, at, meeting), event)


def history(tables: Tables, meeting_id: int) -> Rows[WorkflowEvent]:
    """Return the workflow steps of a meeting, oldest first; a damaged step is reported, skipped."""
    if not valid_id(meeting_id):
        raise tables.not_found(meeting_id)
    rows = tables.query(
        f"SELECT {_EVENT_COLUMNS} FROM workflow_events WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    )
    if not rows:
        tables.exists(meeting_id)
    steps: list[WorkflowEvent] = []
    damaged: list[str] = []
    for r in rows:
        try:
            steps.append(
                WorkflowEvent(
                    r[0],
                    r[1],
                    Action(r[2]),
                    Status(r[3]),
                    Status(r[4]),
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                )
            )
        except ValueError:
            damaged.append(
                f"lịch sử duyệt của biên bản số {meeting_id}: bước {r[0]} bị hỏng ({r[2]}: "
                f"{r[3]} → {r[4]}), đã bỏ qua / the workflow history of meeting {meeting_id}: "
                f"step {r[0]} is damaged ({r[2]}: {r[3]} -> {r[4]}); skipped"
            )
    return Rows(steps, damaged)


def revisions(tables: Tables, meeting_id: int) -> Rows[Revision]:
    """Return the frozen revisions of a meeting, oldest first."""
    if not valid_id(meeting_id):
        raise tables.not_found(meeting_id)
    rows = tables.query(
        "SELECT meeting_id, revision, document, sha256, approved_by, approved_at, event_hash, "
        "chain FROM revisions WHERE meeting_id = ? ORDER BY revision",
        (meeting_id,),
    )
    if not rows:
        tables.exists(meeting_id)
    return Rows(Revision(*r) for r in rows)


def revision(tables: Tables, meeting_id: int, number: int) -> Revision:
    """Return one frozen revision; a clear error when there is no such revision."""
    for found in revisions(tables, meeting_id):
        if found.revision == number:
            return found
    raise MeetingNotFound(
        f"biên bản số {meeting_id} không có phiên bản đã duyệt số {number}",
        f"meeting {meeting_id} has no approved revision {number}",
        tables.where,
    )


def _version_meeting(tables: Tables, meeting_id: int, which: int | str) -> Meeting:
    if which == "current":
        if not valid_id(meeting_id):
            raise tables.not_found(meeting_id)
        rows = tables.query("SELECT document FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise tables.not_found(meeting_id)
        return tables.load(rows[0][0], meeting_id)
    try:
        return revision(tables, meeting_id, int(which)).meeting()
    except InterchangeError as exc:
        raise StoreError(
            f"phiên bản {which} của biên bản số {meeting_id} bị hỏng: {exc}",
            f"revision {which} of meeting {meeting_id} is damaged: {exc}",
            tables.where,
        ) from None


def diff(
    tables: Tables, meeting_id: int, old: int | str, new: int | str = "current"
) -> list[FieldChange]:
    """Return the field changes from revision ``old`` to ``new`` (a number or ``"current"``)."""
    return diff_meetings(
        _version_meeting(tables, meeting_id, old), _version_meeting(tables, meeting_id, new)
    )
