"""The meeting row and the write transaction: the one module that loads, prepares and writes meetings.

Everything above it (the repository, the workflow, the register, comments and audit) reads and
writes the ``meetings`` table through ``Tables``: one INSERT, one UPDATE, one index refresh.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from minutes_app.domain import interchange
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.fields import FieldPathError, normalised
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.snapshot import copied
from minutes_app.domain.text import fold
from minutes_app.domain.text import fold_key as fold_key  # the store's modules import it from here
from minutes_app.domain.validation import text_fields
from minutes_app.store.errors import (
    DatabaseUnavailable,
    InvalidMeeting,
    MeetingNotFound,
    NotADatabase,
    ReadOnlyMeeting,
    StaleVersion,
    StoreError,
)
from minutes_app.store.index import folded_text, named_people

#: The largest id SQLite can store; a larger one cannot name a stored row.
MAX_ID = 2**63 - 1

#: The indexed columns of a meeting row, in the order ``Tables.columns`` returns them.
COLUMNS = ("date", "title", "issuer", "issuer_key", "status", "number", "symbol", "profile")


def now_utc() -> str:
    """Return the current time as stored: ISO 8601, UTC, microseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def register_key(name: str, abbreviation: str) -> str:
    """Return the register's key of an issuing body: folded name and folded abbreviation."""
    return f"{fold_key(name)}|{fold_key(abbreviation)}"


def valid_id(value: int) -> bool:
    """Return True when ``value`` can be a stored row id (1 … 2**63 - 1)."""
    return 1 <= value <= MAX_ID


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def _refuse_surrogates(meeting: Meeting) -> None:
    """Raise ``InvalidMeeting`` naming the fields of ``meeting`` that hold a lone surrogate."""
    bad = [path for path, text in text_fields(meeting) if _has_surrogate(text)]
    if bad:
        fields = ", ".join(bad)
        raise InvalidMeeting(
            f"không lưu được: trường {fields} chứa ký tự không hợp lệ (surrogate lẻ)",
            f"cannot save: the field {fields} holds an invalid character (lone surrogate)",
        )


def prepare(meeting: Meeting) -> tuple[Meeting, str]:
    """Return ``meeting`` in its stored form and its canonical JSON, serialised once.

    The stored form (``domain.fields.normalised``: NFC text, ``\\n`` line ends, moments to the
    minute) is what reading the JSON back would give, without reading it back. Text that
    cannot be stored (lone surrogates) is refused, naming the field, and so is anything the
    reader would refuse when loading it again (a list or a number beyond the format's limits).
    """
    try:
        stored = normalised(meeting)
    except FieldPathError as exc:
        _refuse_surrogates(meeting)  # that refusal names the field first, as it always did
        raise InvalidMeeting(
            f"không lưu được biên bản: {exc.message_vi}",
            f"cannot save the meeting: {exc.message_en}",
        ) from None
    problems = interchange.limit_problems(stored)
    document = interchange.canonical_text(stored)
    # Every typed text is in the document: one scan of it (in pieces) instead of one per
    # field; only a meeting that holds a lone surrogate walks its fields to name them.
    if any(
        _SURROGATE.search(document, start, start + _PIECE)
        for start in range(0, len(document), _PIECE)
    ):
        _refuse_surrogates(meeting)
    problems += interchange.container_problems(document)
    if problems:
        refused = InterchangeError(problems)
        raise InvalidMeeting(
            f"không lưu được biên bản: {refused}", f"cannot save the meeting: {refused}"
        )
    return stored, document


@dataclass(frozen=True)
class MeetingRow:
    """The stored state of one meeting row as a write transaction sees it."""

    id: int
    status: Status
    document: str
    version: int
    created_at: str


@dataclass(frozen=True)
class StoredRow:
    """A meeting row read for a change: its document as the UTF-8 bytes SQLite holds.

    Bytes, not text: SQLite hands them over in one copy, where making a ``str`` of a
    megabyte decodes it in one long call that holds the interpreter (the window waits).
    """

    id: int
    status: Status
    raw: bytes
    version: int
    created_at: str


#: Pieces (characters or bytes) in which a long document is encoded or decoded: each call
#: holds the interpreter, a megabyte at once for several milliseconds.
_PIECE = 1 << 16
#: How many meetings of a database file are remembered as last written or read
#: (``Tables.remember``).
_REMEMBERED = 4
#: Those meetings, by database file, shared by the process's connections to it: the window
#: reads a meeting on one connection and its saves write on another.
_MEMORY: dict[str, dict[int, _Written]] = {}
_MEMORY_LOCK = threading.Lock()


def utf8(text: str) -> bytes:
    """Return ``text`` encoded as UTF-8, a piece at a time."""
    if len(text) <= _PIECE:
        return text.encode("utf-8")
    return b"".join(text[i : i + _PIECE].encode("utf-8") for i in range(0, len(text), _PIECE))


def from_utf8(raw: bytes) -> str:
    """Return UTF-8 ``raw`` decoded, a piece at a time (each cut moved back to a character's start)."""
    if len(raw) <= _PIECE:
        return raw.decode("utf-8")
    parts: list[str] = []
    start = 0
    while start < len(raw):
        end = min(start + _PIECE, len(raw))
        while end < len(raw) and raw[end] & 0xC0 == 0x80:  # a continuation byte: not a start
            end -= 1
        parts.append(raw[start:end].decode("utf-8"))
        start = end
    return "".join(parts)


@dataclass(frozen=True)
class _Written:
    """A meeting as it was last written or read: the stored bytes and a private copy."""

    raw: bytes
    meeting: Meeting


class Tables:
    """One connection's access to the meeting rows and the write transaction."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        # What this process last wrote or read of a few meetings of this file, so that the
        # next change diffs against it instead of parsing the stored row again; used only
        # while the row's bytes are still those (``previous``).
        with _MEMORY_LOCK:
            self._written: dict[int, _Written] = _MEMORY.setdefault(str(path), {})
        # Each meeting's texts as last indexed here, folded: a save folds only what changed.
        self._folds: dict[int, dict[str, str]] = {}

    @property
    def where(self) -> str:
        """Return the database path as messages name it."""
        return str(self.path)

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one write transaction; a database error becomes a clear ``StoreError``."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.unavailable(exc) from None
        try:
            yield self.conn
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.rollback()
            if isinstance(exc, sqlite3.Error):
                raise self.unavailable(exc) from None
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise self.unavailable(exc) from None

    def unavailable(self, exc: sqlite3.Error) -> StoreError:
        """Return the error a failed database call is reported as."""
        message = str(exc)
        code = getattr(exc, "sqlite_errorname", "") or ""
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or (
            not code and ("locked" in message or "busy" in message)
        ):
            return DatabaseUnavailable(
                "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại",
                "the database is busy (another program is writing); try again",
                self.where,
            )
        if code.startswith("SQLITE_READONLY") or (not code and "readonly" in message):
            return DatabaseUnavailable(
                "cơ sở dữ liệu chỉ cho phép đọc; không lưu được",
                "the database is read-only; nothing was saved",
                self.where,
            )
        if code.startswith("SQLITE_FULL"):
            return DatabaseUnavailable(
                "ổ đĩa đã đầy; không lưu được (cơ sở dữ liệu giữ nguyên)",
                "the disk is full; nothing was saved (the database is unchanged)",
                self.where,
            )
        if code == "SQLITE_CONSTRAINT_TRIGGER":
            return StoreError(
                f"cơ sở dữ liệu từ chối thay đổi này ({message}); không có gì thay đổi",
                f"the database refused this change ({message}); nothing was changed",
                self.where,
            )
        return DatabaseUnavailable(
            f"lỗi cơ sở dữ liệu ({message})", f"database error ({message})", self.where
        )

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """Return all rows of a read; a database error becomes a clear ``StoreError``."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self.unavailable(exc) from None

    # -- errors naming a meeting ---------------------------------------------------------------

    def not_found(self, meeting_id: int) -> MeetingNotFound:
        """Return the error for an id that names no meeting."""
        return MeetingNotFound(
            f"không có biên bản số {meeting_id}",
            f"there is no meeting with id {meeting_id}",
            self.where,
        )

    def stale(self, meeting_id: int, version: int, expected: int | None) -> StaleVersion:
        """Return the error for a change based on an outdated version."""
        return StaleVersion(
            f"biên bản số {meeting_id} đã được người khác lưu (phiên bản {version}, "
            f"bạn đang sửa từ phiên bản {expected}); hãy tải lại rồi sửa tiếp",
            f"meeting {meeting_id} was saved by someone else (version {version}, "
            f"your edit started from version {expected}); reload it first",
            self.where,
        )

    def damaged(self, meeting_id: int, what: str) -> NotADatabase:
        """Return the error for a meeting row whose stored value cannot be read."""
        return NotADatabase(
            f"biên bản số {meeting_id} trong cơ sở dữ liệu bị hỏng: {what}",
            f"meeting {meeting_id} in the database is damaged: {what}",
            self.where,
        )

    def read_only(self, meeting_id: int, title: str) -> ReadOnlyMeeting:
        """Return the error for a change to an approved meeting, naming it."""
        name = f" «{title}»" if title.strip() else ""
        return ReadOnlyMeeting(
            f"biên bản số {meeting_id}{name} đã được duyệt nên không thể sửa, thay thế hoặc xóa; "
            "người chủ trì cần «Mở lại» biên bản (ghi lý do) trước",
            f"meeting {meeting_id}{name} is approved and cannot be changed, replaced or deleted; "
            "the chair must reopen it (with a reason) first",
            self.where,
        )

    def in_review(self, meeting_id: int, title: str) -> ReadOnlyMeeting:
        """Return the error for a change to minutes waiting for the reviewer."""
        name = f" «{title}»" if title.strip() else ""
        return ReadOnlyMeeting(
            f"biên bản số {meeting_id}{name} đang chờ duyệt nên chỉ đọc; người duyệt cần "
            "«Trả lại» (kèm ý kiến) trước khi sửa hoặc thay thế",
            f"meeting {meeting_id}{name} is waiting for review and is read-only; the reviewer "
            "must return it (with a comment) before it is changed or replaced",
            self.where,
        )

    # -- the meeting row -----------------------------------------------------------------------

    def load(self, document: str, meeting_id: int) -> Meeting:
        """Return the meeting of a stored canonical document; a damaged one is reported."""
        try:
            return interchange.parse(document, f"meeting {meeting_id}", check=False).meeting
        except InterchangeError as exc:
            raise self.damaged(meeting_id, str(exc)) from None

    def row(self, conn: sqlite3.Connection, meeting_id: int) -> MeetingRow:
        """Return the stored state of a meeting inside a transaction; ``MeetingNotFound`` if none."""
        status, document, version, created_at = self._state(conn, meeting_id, "document")
        return MeetingRow(meeting_id, status, document, version, created_at)

    def stored(self, conn: sqlite3.Connection, meeting_id: int) -> StoredRow:
        """Return the stored state of a meeting with its document as bytes (``StoredRow``)."""
        status, raw, version, created_at = self._state(conn, meeting_id, "CAST(document AS BLOB)")
        return StoredRow(meeting_id, status, bytes(raw), version, created_at)

    def _state(
        self, conn: sqlite3.Connection, meeting_id: int, document: str
    ) -> tuple[Status, Any, int, str]:
        """Return a meeting's status, its ``document`` column expression, version and creation."""
        if not valid_id(meeting_id):
            raise self.not_found(meeting_id)
        found = conn.execute(
            f"SELECT status, {document}, version, created_at FROM meetings WHERE id = ?",
            (meeting_id,),
        ).fetchone()
        if found is None:
            raise self.not_found(meeting_id)
        try:
            status = Status(found[0])
        except ValueError:
            raise self.damaged(meeting_id, f"status {found[0]!r}") from None
        return status, found[1], int(found[2]), found[3]

    def previous(self, row: StoredRow) -> Meeting:
        """Return the meeting ``row`` holds, for reading only (a diff, a title).

        When this process wrote or read these very bytes it returns its own copy of that
        meeting (no parsing); anything else stored there (another program's write, a restore,
        a stale copy) is read from the row.
        """
        written = self._written.get(row.id)
        if written is not None and written.raw == row.raw:
            return written.meeting
        return self.load(from_utf8(row.raw), row.id)

    def remember(self, meeting_id: int, raw: bytes, meeting: Meeting) -> None:
        """Note that ``meeting`` (stored form) is what the committed row ``raw`` holds."""
        written = _Written(raw, copied(meeting))
        with _MEMORY_LOCK:
            self._written.pop(meeting_id, None)
            while len(self._written) >= _REMEMBERED:
                del self._written[next(iter(self._written))]
            self._written[meeting_id] = written

    def remember_read(self, meeting_id: int, document: str, meeting: Meeting) -> None:
        """Note a meeting just read (``document`` as stored, ``meeting`` parsed from it): the
        first save after opening a meeting then diffs against it instead of parsing the row
        again on the saving thread, in one call that holds the interpreter (the window waits)."""
        self.remember(meeting_id, utf8(document), meeting)

    def exists(self, meeting_id: int) -> None:
        """Raise ``MeetingNotFound`` unless a meeting has this id."""
        if not valid_id(meeting_id) or not self.query(
            "SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)
        ):
            raise self.not_found(meeting_id)

    @staticmethod
    def columns(meeting: Meeting) -> tuple[Any, ...]:
        """Return the indexed column values of ``meeting`` (see ``COLUMNS``)."""
        return (
            meeting.date.isoformat(),
            meeting.title,
            meeting.issuer.name,
            fold_key(meeting.issuer.name),
            meeting.status.value,
            meeting.number,
            meeting.symbol,
            meeting.profile.value,
        )

    def insert(self, conn: sqlite3.Connection, meeting: Meeting, document: str, at: str) -> int:
        """Insert a new meeting row (version 1) with its index entries; return its id."""
        cursor = conn.execute(
            "INSERT INTO meetings (date, title, issuer, issuer_key, status, number, symbol, "
            "profile, document, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (*self.columns(meeting), document, at, at),
        )
        meeting_id = int(cursor.lastrowid or 0)
        self.index(conn, meeting_id, meeting)
        return meeting_id

    def update(
        self,
        conn: sqlite3.Connection,
        meeting_id: int,
        meeting: Meeting,
        document: str | bytes,
        at: str,
    ) -> None:
        """Write a meeting's row (the one UPDATE of the store), bump its version, re-index it.

        ``document`` is the canonical JSON, as text or as its UTF-8 bytes (stored as text all
        the same: SQLite reads the bytes as UTF-8, with no long encoding call in Python).
        """
        self._written.pop(meeting_id, None)
        raw = document if isinstance(document, bytes) else utf8(document)
        conn.execute(
            "UPDATE meetings SET date = ?, title = ?, issuer = ?, issuer_key = ?, status = ?, "
            "number = ?, symbol = ?, profile = ?, document = CAST(? AS TEXT), "
            "version = version + 1, updated_at = ? WHERE id = ?",
            (*self.columns(meeting), raw, at, meeting_id),
        )
        self.index(conn, meeting_id, meeting)

    def delete(self, conn: sqlite3.Connection, meeting_id: int) -> bool:
        """Delete a meeting row and its index entries; return False when there was none."""
        self._written.pop(meeting_id, None)
        self._folds.pop(meeting_id, None)
        conn.execute("DELETE FROM meeting_text WHERE rowid = ?", (meeting_id,))
        return conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,)).rowcount == 1

    def index(self, conn: sqlite3.Connection, meeting_id: int, meeting: Meeting) -> None:
        """Refresh the full-text and people entries of one meeting.

        The texts this connection indexed for the meeting last time are not folded again
        (folding is a pure function of the text: the entries are those of a full rebuild).
        """
        conn.execute("DELETE FROM meeting_text WHERE rowid = ?", (meeting_id,))
        folds = self._folds.pop(meeting_id, {})
        while len(self._folds) >= _REMEMBERED:
            del self._folds[next(iter(self._folds))]
        text = folded_text(meeting, folds)
        self._folds[meeting_id] = folds
        # The body (most of a long meeting's text) goes over as UTF-8 bytes read as text.
        conn.execute(
            "INSERT INTO meeting_text (rowid, title, issuer, people, body) "
            "VALUES (?, ?, ?, ?, CAST(? AS TEXT))",
            (meeting_id, text.title, text.issuer, text.people, utf8(text.body)),
        )
        conn.execute("DELETE FROM people WHERE meeting_id = ?", (meeting_id,))
        day = meeting.date.isoformat()
        conn.executemany(
            "INSERT INTO people (meeting_id, name, name_key, position, organization, "
            "meeting_date, seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (meeting_id, p.name, fold(p.name), p.position, p.organization, day, seq)
                for seq, p in enumerate(named_people(meeting))
            ],
        )
