"""The Word review records: copies written, files returned, their comments and proposed changes.

Proposals are history: once accepted or rejected they never change, and accepting one writes
the meeting, its audit rows and the decision in one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.diff import diff_meetings
from minutes_app.domain.model import Meeting, Status
from minutes_app.store.actors import check_name, check_note
from minutes_app.store.audit import write_audit
from minutes_app.store.errors import StoreError
from minutes_app.store.records import MeetingRecord
from minutes_app.store.tables import Tables, now_utc, prepare, valid_id

#: The audit action of a change accepted from a review copy.
ACCEPT_ACTION = "review-accept"

_COMMENT_PART = re.compile(
    r"^(agenda\[[0-9]+\](?:\.statements\[[0-9]+\])?|votes\[[0-9]+\]|tasks\[[0-9]+\])"
)


@dataclass(frozen=True)
class ReviewCopy:
    """A review copy written: which meeting, which version, each part's printed text."""

    id: int
    meeting_id: int
    token: str
    version: int
    text_sha256: str
    parts: str  # JSON {path: [text, own text]}
    made_by: str
    made_at: str


@dataclass(frozen=True)
class ReviewFile:
    """A returned file imported."""

    id: int
    meeting_id: int
    copy_id: int
    name: str
    sha256: str
    reviewer: str
    imported_by: str
    imported_at: str


@dataclass(frozen=True)
class Proposal:
    """A proposed change to one part of the minutes, and what became of it."""

    id: int
    meeting_id: int
    file_id: int
    path: str
    kind: str  # tracked | untracked
    old_text: str
    new_text: str
    author: str
    made_at: str
    state: str  # open | accepted | rejected
    decided_by: str | None
    decided_at: str | None
    applied_to: str | None
    version: int | None
    file_name: str = ""
    file_sha256: str = ""


@dataclass(frozen=True)
class NewComment:
    """A Word comment to store (``parent``: the index of the comment it answers)."""

    author: str
    date: str
    text: str
    path: str
    anchored: str
    parent: int | None


@dataclass(frozen=True)
class NewProposal:
    """A proposed change to store."""

    path: str
    kind: str
    old_text: str
    new_text: str
    author: str
    made_at: str


_PROPOSAL_COLUMNS = (
    "p.id, p.meeting_id, p.file_id, p.path, p.kind, p.old_text, p.new_text, p.author, "
    "p.made_at, p.state, p.decided_by, p.decided_at, p.applied_to, p.version, f.name, f.sha256"
)


def comment_part(path: str) -> str:
    """Return the review-comment part a field path belongs to (``meeting`` when none)."""
    match = _COMMENT_PART.match(path)
    return match.group(1) if match else "meeting"


def _who(tables: Tables, by: str) -> str:
    name = check_name(by, "tên người thực hiện (--by)", "the name of who acts (--by)", tables.where)
    if not name:
        raise StoreError(
            "chưa có tên người thực hiện", "who is doing this is not known", tables.where
        )
    return name


def record_copy(
    tables: Tables, meeting_id: int, token: str, version: int, text_sha256: str, parts: str, by: str
) -> ReviewCopy:
    """Record a review copy just written and return it."""
    who = _who(tables, by)
    at = now_utc()
    with tables.write() as conn:
        tables.row(conn, meeting_id)
        cursor = conn.execute(
            "INSERT INTO review_copies (meeting_id, token, version, text_sha256, parts, made_by, "
            "made_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (meeting_id, token, version, text_sha256, parts, who, at),
        )
    return ReviewCopy(
        int(cursor.lastrowid or 0), meeting_id, token, version, text_sha256, parts, who, at
    )


def copy_by_token(tables: Tables, token: str) -> ReviewCopy | None:
    """Return the review copy with this token, or None when this database made none."""
    rows = tables.query(
        "SELECT id, meeting_id, token, version, text_sha256, parts, made_by, made_at "
        "FROM review_copies WHERE token = ?",
        (token,),
    )
    return ReviewCopy(*rows[0]) if rows else None


def file_by_sha256(tables: Tables, meeting_id: int, sha256: str) -> ReviewFile | None:
    """Return the returned file already imported with this hash, if any."""
    rows = tables.query(
        "SELECT id, meeting_id, copy_id, name, sha256, reviewer, imported_by, imported_at "
        "FROM review_files WHERE meeting_id = ? AND sha256 = ?",
        (meeting_id, sha256),
    )
    return ReviewFile(*rows[0]) if rows else None


def _word_date(value: str) -> str:
    """Return a Word date as the store's UTC ISO text ("" when it is not a date)."""
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def record_import(
    tables: Tables,
    meeting_id: int,
    copy: ReviewCopy,
    name: str,
    sha256: str,
    reviewer: str,
    by: str,
    comments: list[NewComment],
    proposals: list[NewProposal],
) -> tuple[ReviewFile, list[int], list[int]]:
    """Store a returned file with its comments and proposals in one transaction; return the
    file and the ids of the comments and proposals made."""
    who = _who(tables, by)
    sender = check_name(reviewer, "người góp ý (--by)", "the reviewer (--by)", tables.where)
    at = now_utc()
    comment_ids: list[int] = []
    proposal_ids: list[int] = []
    with tables.write() as conn:
        tables.row(conn, meeting_id)
        cursor = conn.execute(
            "INSERT INTO review_files (meeting_id, copy_id, name, sha256, reviewer, imported_by, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (meeting_id, copy.id, name, sha256, sender, who, at),
        )
        file_id = int(cursor.lastrowid or 0)
        for comment in comments:
            author = _author(comment.author, sender, tables)
            body = (
                check_note(comment.text, "ý kiến trong tệp Word", "a Word comment", tables.where)
                or "(trống / empty)"
            )
            parent = comment_ids[comment.parent] if comment.parent is not None else None
            created = _word_date(comment.date) or at
            cursor = conn.execute(
                "INSERT INTO review_comments (meeting_id, parent_id, part, author, body, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (meeting_id, parent, comment_part(comment.path), author, body, created),
            )
            comment_id = int(cursor.lastrowid or 0)
            conn.execute(
                "INSERT INTO review_file_comments (comment_id, file_id, path, anchored, word_date)"
                " VALUES (?, ?, ?, ?, ?)",
                (comment_id, file_id, comment.path, comment.anchored, comment.date),
            )
            comment_ids.append(comment_id)
        for proposal in proposals:
            cursor = conn.execute(
                "INSERT INTO review_proposals (meeting_id, file_id, path, kind, old_text, "
                "new_text, author, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    meeting_id,
                    file_id,
                    proposal.path,
                    proposal.kind,
                    proposal.old_text,
                    proposal.new_text,
                    _author(proposal.author, sender, tables),
                    _word_date(proposal.made_at),
                ),
            )
            proposal_ids.append(int(cursor.lastrowid or 0))
    record = ReviewFile(file_id, meeting_id, copy.id, name, sha256, sender, who, at)
    return record, comment_ids, proposal_ids


def _author(name: str, fallback: str, tables: Tables) -> str:
    """Return a Word author's name, or the reviewer's when it is empty or not a clean name."""
    try:
        checked = check_name(name[:200], "tác giả", "author", tables.where)
    except StoreError:
        checked = ""
    return checked or fallback


def proposals(tables: Tables, meeting_id: int) -> list[Proposal]:
    """Return the proposals of a meeting, oldest first, with the file each came from."""
    tables.exists(meeting_id)
    rows = tables.query(
        f"SELECT {_PROPOSAL_COLUMNS} FROM review_proposals p JOIN review_files f "
        "ON f.id = p.file_id WHERE p.meeting_id = ? ORDER BY p.id",
        (meeting_id,),
    )
    return [Proposal(*r) for r in rows]


def files(tables: Tables, meeting_id: int) -> list[ReviewFile]:
    """Return the returned files imported for a meeting, oldest first."""
    rows = tables.query(
        "SELECT id, meeting_id, copy_id, name, sha256, reviewer, imported_by, imported_at "
        "FROM review_files WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    )
    return [ReviewFile(*r) for r in rows]


def file_comments(tables: Tables, meeting_id: int) -> list[tuple[int, int, str, str]]:
    """Return ``(comment id, file id, field path, anchored text)`` of a meeting's Word comments."""
    rows = tables.query(
        "SELECT c.comment_id, c.file_id, c.path, c.anchored FROM review_file_comments c "
        "JOIN review_files f ON f.id = c.file_id WHERE f.meeting_id = ? ORDER BY c.comment_id",
        (meeting_id,),
    )
    return [(int(a), int(b), str(c), str(d)) for a, b, c, d in rows]


def not_found(tables: Tables, meeting_id: int, proposal_id: int) -> StoreError:
    """Return the error for a proposal that is not one of this meeting's."""
    return StoreError(
        f"không có đề xuất số {proposal_id} của biên bản số {meeting_id}",
        f"there is no proposal {proposal_id} on meeting {meeting_id}",
        tables.where,
    )


def _open_proposal(
    tables: Tables, conn: sqlite3.Connection, meeting_id: int, proposal_id: int
) -> None:
    row = (
        conn.execute(
            "SELECT state FROM review_proposals WHERE id = ? AND meeting_id = ?",
            (proposal_id, meeting_id),
        ).fetchone()
        if valid_id(proposal_id)
        else None
    )
    if row is None:
        raise not_found(tables, meeting_id, proposal_id)
    if row[0] != "open":
        done = "đã được chấp nhận" if row[0] == "accepted" else "đã bị từ chối"
        raise StoreError(
            f"đề xuất số {proposal_id} {done}",
            f"proposal {proposal_id} was already {row[0]}",
            tables.where,
        )


def reject(tables: Tables, meeting_id: int, proposal_id: int, by: str) -> None:
    """Reject an open proposal (it stays in the history)."""
    who = _who(tables, by)
    with tables.write() as conn:
        _open_proposal(tables, conn, meeting_id, proposal_id)
        conn.execute(
            "UPDATE review_proposals SET state = 'rejected', decided_by = ?, decided_at = ? "
            "WHERE id = ?",
            (who, now_utc(), proposal_id),
        )


def reopen(tables: Tables, meeting_id: int, proposal_id: int) -> None:
    """Take back an acceptance made in the window's editor (undone before it was tied to a
    saved version): the proposal is open again."""
    with tables.write() as conn:
        row = conn.execute(
            "SELECT state, version FROM review_proposals WHERE id = ? AND meeting_id = ?",
            (proposal_id, meeting_id),
        ).fetchone()
        if row is None:
            raise not_found(tables, meeting_id, proposal_id)
        if row[0] == "accepted" and row[1] is None:
            conn.execute(
                "UPDATE review_proposals SET state = 'open', decided_by = NULL, "
                "decided_at = NULL, applied_to = NULL WHERE id = ?",
                (proposal_id,),
            )


def accept(
    tables: Tables,
    meeting_id: int,
    proposal_id: int,
    meeting: Meeting | None,
    target: str | None,
    expected_version: int,
    by: str,
) -> MeetingRecord | None:
    """Accept an open proposal: write ``meeting`` (the minutes with the change applied at
    ``target``; None for a part that is edited by hand) and record the decision, in one
    transaction. The stored meeting must still be at ``expected_version`` and be a draft."""
    who = _who(tables, by)
    at = now_utc()
    with tables.write() as conn:
        _open_proposal(tables, conn, meeting_id, proposal_id)
        row = tables.row(conn, meeting_id)
        old = tables.load(row.document, meeting_id)
        record: MeetingRecord | None = None
        version = row.version
        if meeting is not None:
            if row.status is Status.APPROVED:
                raise tables.read_only(meeting_id, old.title)
            if row.status is Status.IN_REVIEW:
                raise tables.in_review(meeting_id, old.title)
            if row.version != expected_version:
                raise tables.stale(meeting_id, row.version, expected_version)
            new, document = prepare(dataclasses.replace(meeting, status=row.status))
            tables.update(conn, meeting_id, new, document, at)
            version = row.version + 1
            write_audit(conn, meeting_id, who, ACCEPT_ACTION, version, diff_meetings(old, new), at)
            record = MeetingRecord(meeting_id, version, row.created_at, at, new)
        conn.execute(
            "UPDATE review_proposals SET state = 'accepted', decided_by = ?, decided_at = ?, "
            "applied_to = ?, version = ? WHERE id = ?",
            (who, at, target, version if meeting is not None else None, proposal_id),
        )
    return record
