"""Review comments on parts of the minutes: written, answered and resolved, never deleted."""

from __future__ import annotations

from minutes_app.domain.fields import WHOLE_MINUTES, comment_part_exists, comment_part_forms
from minutes_app.domain.model import Meeting
from minutes_app.store.actors import check_name, check_note
from minutes_app.store.errors import CommentNotFound, InvalidPart, StoreError
from minutes_app.store.records import ReviewComment, Rows
from minutes_app.store.tables import Tables, now_utc, valid_id

_COLUMNS = "id, meeting_id, parent_id, part, author, body, created_at, resolved_by, resolved_at"


def check_part(meeting: Meeting, part: str, where: str) -> str:
    """Return ``part`` when it names a part of ``meeting``; raise ``InvalidPart`` otherwise."""
    text = part.strip() or WHOLE_MINUTES
    if not comment_part_exists(meeting, text):
        *forms, last = [WHOLE_MINUTES, *comment_part_forms()]
        raise InvalidPart(
            f"phần «{text}» không có trong biên bản (dùng {', '.join(forms)} hoặc {last}, "
            "đếm từ 0)",
            f"the part {text!r} is not in the minutes (use {', '.join(forms)} or {last}, "
            "counting from 0)",
            where,
        )
    return text


def _not_found(tables: Tables, comment_id: int, meeting_id: int | None = None) -> CommentNotFound:
    where = f" của biên bản số {meeting_id}" if meeting_id is not None else ""
    where_en = f" on meeting {meeting_id}" if meeting_id is not None else ""
    return CommentNotFound(
        f"không có ý kiến số {comment_id}{where}",
        f"there is no comment {comment_id}{where_en}",
        tables.where,
    )


def _author(tables: Tables, by: str) -> str:
    name = check_name(by, "tên người góp ý (--by)", "the commenter's name (--by)", tables.where)
    if not name:
        raise StoreError(
            "chưa có tên người góp ý (đặt tên trong Tùy chọn, hoặc --by)",
            "who is commenting is not known (set your name in the preferences, or --by)",
            tables.where,
        )
    return name


def add_comment(
    tables: Tables,
    meeting_id: int,
    text: str,
    by: str,
    *,
    part: str = "meeting",
    reply_to: int | None = None,
) -> ReviewComment:
    """Attach a comment to a part of the minutes (or answer a comment) and return it."""
    body = check_note(text, "ý kiến", "the comment", tables.where)
    if not body:
        raise StoreError("ý kiến trống", "the comment is empty", tables.where)
    author = _author(tables, by)
    at = now_utc()
    with tables.write() as conn:
        row = tables.row(conn, meeting_id)
        if reply_to is not None:
            parent = (
                conn.execute(
                    "SELECT part FROM review_comments WHERE id = ? AND meeting_id = ?",
                    (reply_to, meeting_id),
                ).fetchone()
                if valid_id(reply_to)
                else None
            )
            if parent is None:
                raise _not_found(tables, reply_to, meeting_id)
            part = parent[0]
        else:
            part = check_part(tables.load(row.document, meeting_id), part, tables.where)
        cursor = conn.execute(
            "INSERT INTO review_comments (meeting_id, parent_id, part, author, body, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (meeting_id, reply_to, part, author, body, at),
        )
        comment_id = int(cursor.lastrowid or 0)
    return ReviewComment(comment_id, meeting_id, reply_to, part, author, body, at)


def resolve_comment(tables: Tables, comment_id: int, by: str) -> ReviewComment:
    """Mark a comment (and its replies) resolved; it stays in the history."""
    name = check_name(by, "tên người thực hiện (--by)", "the name of who acts (--by)", tables.where)
    if not name:
        raise StoreError(
            "chưa có tên người thực hiện", "who is doing this is not known", tables.where
        )
    if not valid_id(comment_id):
        raise _not_found(tables, comment_id)
    at = now_utc()
    with tables.write() as conn:
        conn.execute(
            "UPDATE review_comments SET resolved_by = ?, resolved_at = ? "
            "WHERE (id = ? OR parent_id = ?) AND resolved_at IS NULL",
            (name, at, comment_id, comment_id),
        )
        if (
            conn.execute("SELECT 1 FROM review_comments WHERE id = ?", (comment_id,)).fetchone()
            is None
        ):
            raise _not_found(tables, comment_id)
    return comment(tables, comment_id)


def comment(tables: Tables, comment_id: int) -> ReviewComment:
    """Return one comment."""
    rows = (
        tables.query(f"SELECT {_COLUMNS} FROM review_comments WHERE id = ?", (comment_id,))
        if valid_id(comment_id)
        else []
    )
    if not rows:
        raise _not_found(tables, comment_id)
    return ReviewComment(*rows[0])


def comments(
    tables: Tables, meeting_id: int, *, include_resolved: bool = True
) -> Rows[ReviewComment]:
    """Return the comments of a meeting in the order they were written (replies included)."""
    tables.exists(meeting_id)
    sql = f"SELECT {_COLUMNS} FROM review_comments WHERE meeting_id = ?"
    if not include_resolved:
        sql += " AND resolved_at IS NULL"
    return Rows(ReviewComment(*r) for r in tables.query(sql + " ORDER BY id", (meeting_id,)))
