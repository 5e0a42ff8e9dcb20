"""The meeting repository: one SQLite connection mapping rows to domain meetings and back."""

from __future__ import annotations

import builtins
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from minutes_app.domain import interchange
from minutes_app.domain.diff import diff_meetings
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.text import fold
from minutes_app.domain.validation import text_fields
from minutes_app.store.connection import check_path, connect
from minutes_app.store.errors import (
    DatabaseUnavailable,
    InvalidMeeting,
    MeetingNotFound,
    NotADatabase,
    StaleVersion,
    StoreError,
)
from minutes_app.store.index import folded_text, fts_query, like_escape, named_people
from minutes_app.store.records import MeetingRecord, MeetingSummary, PersonEntry
from minutes_app.store.review import (
    ReviewService,
    default_user,
    freeze_revision,
    read_only_error,
    sha256_text,
    write_audit,
)
from minutes_app.store.schema import Migration, latest_version, migrate

_SUMMARY_COLUMNS = "id, date, title, issuer, status, number, symbol, updated_at, version"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _summary(row: sqlite3.Row | tuple[Any, ...]) -> MeetingSummary:
    return MeetingSummary(
        id=row[0],
        date=dt.date.fromisoformat(row[1]),
        title=row[2],
        issuer_name=row[3],
        status=Status(row[4]),
        number=row[5],
        symbol=row[6],
        updated_at=row[7],
        version=row[8],
    )


def _issuer_key(name: str) -> str:
    return " ".join(fold(name).split())


def _prepare(meeting: Meeting) -> tuple[Meeting, str]:
    """Return ``meeting`` normalised (NFC, ``\\n`` line ends) and its canonical JSON.

    Text that cannot be stored (lone surrogates) is refused, naming the field.
    """
    bad = [path for path, text in text_fields(meeting) if _has_surrogate(text)]
    if bad:
        fields = ", ".join(bad)
        raise InvalidMeeting(
            f"không lưu được: trường {fields} chứa ký tự không hợp lệ (surrogate lẻ)",
            f"cannot save: the field {fields} holds an invalid character (lone surrogate)",
        )
    raw = interchange.canonical_bytes(meeting).decode("utf-8")
    # Reading our own output back applies the same normalisation as every other way in.
    try:
        normalised = interchange.parse(raw, check=False).meeting
    except InterchangeError as exc:
        raise InvalidMeeting(
            f"không lưu được biên bản: {exc}", f"cannot save the meeting: {exc}"
        ) from None
    return normalised, interchange.canonical_bytes(normalised).decode("utf-8")


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


class Database:
    """One minutes-app SQLite file and one connection to it (open another per thread)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, backup: Path | None = None) -> None:
        self.path = path
        self._conn = conn
        #: The backup copy made before the last migration, if one was needed.
        self.backup_path = backup
        #: Who the audit log names for changes made through this connection (the UI sets the
        #: user's name from the preferences; the command line passes --by).
        self.user_name = default_user()
        self.review = ReviewService(self)
        # A database opened with fewer migrations (tests, fixtures) has no review tables.
        self._reviewed = self.schema_version >= 2

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        migrations: list[Migration] | None = None,
    ) -> Database:
        """Open (or create) the database at ``path``, migrating it to the current schema.

        Raises ``NotADatabase``, ``DatabaseTooNew`` or ``DatabaseUnavailable`` with a clear
        bilingual message; a file that is refused is never modified.
        """
        db_path = Path(path).expanduser()
        latest = latest_version(migrations)
        check_path(db_path, create=create, latest=latest)
        conn = connect(db_path, latest)
        try:
            # Used by migration 2 to freeze meetings approved before revisions existed.
            conn.create_function("minutes_sha256", 1, sha256_text, deterministic=True)
            backup = migrate(conn, db_path, migrations)
        except BaseException:
            conn.close()
            raise
        return cls(db_path, conn, backup)

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL into the file)."""
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """Return the schema version of the file (``PRAGMA user_version``)."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # -- transactions ----------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one write transaction; a lock held too long becomes a clear error."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._unavailable(exc) from None
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:
                self._conn.rollback()
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.rollback()
            raise self._unavailable(exc) from None

    def _unavailable(self, exc: sqlite3.Error) -> StoreError:
        message = str(exc)
        if "locked" in message or "busy" in message:
            return DatabaseUnavailable(
                "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại",
                "the database is busy (another program is writing); try again",
                str(self.path),
            )
        if "readonly" in message or "read-only" in message:
            return DatabaseUnavailable(
                "cơ sở dữ liệu chỉ cho phép đọc; không lưu được",
                "the database is read-only; nothing was saved",
                str(self.path),
            )
        return DatabaseUnavailable(
            f"lỗi cơ sở dữ liệu ({message})", f"database error ({message})", str(self.path)
        )

    # -- writing ---------------------------------------------------------------

    def _index(self, conn: sqlite3.Connection, meeting_id: int, meeting: Meeting) -> None:
        conn.execute("DELETE FROM meeting_text WHERE rowid = ?", (meeting_id,))
        text = folded_text(meeting)
        conn.execute(
            "INSERT INTO meeting_text (rowid, title, issuer, people, body) VALUES (?, ?, ?, ?, ?)",
            (meeting_id, text.title, text.issuer, text.people, text.body),
        )
        conn.execute("DELETE FROM people WHERE meeting_id = ?", (meeting_id,))
        conn.executemany(
            "INSERT INTO people (meeting_id, name, name_key, position, organization, "
            "meeting_date, seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (meeting_id, p.name, fold(p.name), p.position, p.organization,
                 meeting.date.isoformat(), seq)
                for seq, p in enumerate(named_people(meeting))
            ],
        )  # fmt: skip

    @staticmethod
    def _columns(meeting: Meeting) -> tuple[Any, ...]:
        return (
            meeting.date.isoformat(),
            meeting.title,
            meeting.issuer.name,
            _issuer_key(meeting.issuer.name),
            meeting.status.value,
            meeting.number,
            meeting.symbol,
            meeting.profile.value,
        )

    def _prepare_meeting(self, meeting: Meeting) -> tuple[Meeting, str]:
        return _prepare(meeting)

    def _stale(self, meeting_id: int, version: int, expected: int | None) -> StaleVersion:
        return StaleVersion(
            f"biên bản số {meeting_id} đã được người khác lưu (phiên bản {version}, "
            f"bạn đang sửa từ phiên bản {expected}); hãy tải lại rồi sửa tiếp",
            f"meeting {meeting_id} was saved by someone else (version {version}, "
            f"your edit started from version {expected}); reload it first",
            str(self.path),
        )

    def create(
        self, meeting: Meeting, *, by: str | None = None, action: str = "create"
    ) -> MeetingRecord:
        """Store a new meeting (version 1) and return it as stored.

        ``by`` (default ``user_name``) is recorded in the audit log. A meeting that arrives
        already approved (imported from another system) gets its first revision frozen as is.
        """
        meeting, document = _prepare(meeting)
        now = _now()
        who = self.user_name if by is None else by
        try:
            with self._write() as conn:
                cursor = conn.execute(
                    "INSERT INTO meetings (date, title, issuer, issuer_key, status, number, "
                    "symbol, profile, document, version, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    (*self._columns(meeting), document, now, now),
                )
                meeting_id = int(cursor.lastrowid or 0)
                self._index(conn, meeting_id, meeting)
                if self._reviewed:
                    write_audit(conn, meeting_id, who, action, 1, (), now)
                    if meeting.status is Status.APPROVED:
                        freeze_revision(conn, meeting_id, document, who, now)
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        return MeetingRecord(meeting_id, 1, now, now, self._load(document, meeting_id))

    def update(
        self,
        meeting_id: int,
        meeting: Meeting,
        *,
        expected_version: int | None = None,
        by: str | None = None,
        action: str = "update",
    ) -> MeetingRecord:
        """Replace a stored meeting and bump its version.

        ``expected_version`` is the version the caller's edit started from: when the row has
        moved on (someone else saved meanwhile) nothing is written and ``StaleVersion`` is raised.
        An approved meeting is refused with ``ReadOnlyMeeting``. The status is the workflow's:
        the stored one is kept whatever ``meeting.status`` says. The changed fields are written
        to the audit log under ``by`` (default ``user_name``).
        """
        meeting, document = _prepare(meeting)
        now = _now()
        who = self.user_name if by is None else by
        try:
            with self._write() as conn:
                row = conn.execute(
                    "SELECT status, document, version FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()
                if row is None:
                    raise self._not_found(meeting_id)
                stored_status, old_document, old_version = row
                old = self._load(old_document, meeting_id)
                if stored_status == Status.APPROVED.value:
                    raise read_only_error(meeting_id, old.title, str(self.path))
                if expected_version is not None and old_version != expected_version:
                    raise self._stale(meeting_id, old_version, expected_version)
                if meeting.status.value != stored_status:
                    meeting.status = Status(stored_status)
                    meeting, document = _prepare(meeting)
                conn.execute(
                    "UPDATE meetings SET date = ?, title = ?, issuer = ?, issuer_key = ?, "
                    "status = ?, number = ?, symbol = ?, profile = ?, document = ?, "
                    "version = version + 1, updated_at = ? WHERE id = ?",
                    (*self._columns(meeting), document, now, meeting_id),
                )
                self._index(conn, meeting_id, meeting)
                if document != old_document and self._reviewed:
                    write_audit(conn, meeting_id, who, action, old_version + 1,
                                diff_meetings(old, meeting), now)  # fmt: skip
                version, created_at = conn.execute(
                    "SELECT version, created_at FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        return MeetingRecord(meeting_id, version, created_at, now, self._load(document, meeting_id))

    def delete(self, meeting_id: int, *, by: str | None = None) -> None:
        """Delete a meeting, its index entries and its people rows; an approved one is refused."""
        try:
            with self._write() as conn:
                row = conn.execute(
                    "SELECT status, title, version FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()
                if row is not None and row[0] == Status.APPROVED.value:
                    raise read_only_error(meeting_id, row[1], str(self.path))
                if row is not None and self._reviewed:
                    who = self.user_name if by is None else by
                    write_audit(conn, meeting_id, who, "delete", row[2], (), _now())
                conn.execute("DELETE FROM meeting_text WHERE rowid = ?", (meeting_id,))
                cursor = conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
                if cursor.rowcount != 1:
                    raise self._not_found(meeting_id)
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None

    # -- reading ---------------------------------------------------------------

    def _not_found(self, meeting_id: int) -> MeetingNotFound:
        return MeetingNotFound(
            f"không có biên bản số {meeting_id}",
            f"there is no meeting with id {meeting_id}",
            str(self.path),
        )

    def _load(self, document: str, meeting_id: int) -> Meeting:
        try:
            return interchange.parse(document, f"meeting {meeting_id}", check=False).meeting
        except InterchangeError as exc:
            raise NotADatabase(
                f"biên bản số {meeting_id} trong cơ sở dữ liệu bị hỏng: {exc}",
                f"meeting {meeting_id} in the database is damaged: {exc}",
                str(self.path),
            ) from None

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None

    def _record(self, row: tuple[Any, ...]) -> MeetingRecord:
        meeting_id, version, created_at, updated_at, document = row
        return MeetingRecord(meeting_id, version, created_at, updated_at,
                             self._load(document, meeting_id))  # fmt: skip

    def get(self, meeting_id: int) -> MeetingRecord:
        """Return a stored meeting; ``MeetingNotFound`` when there is none with that id."""
        rows = self._query(
            "SELECT id, version, created_at, updated_at, document FROM meetings WHERE id = ?",
            (meeting_id,),
        )
        if not rows:
            raise self._not_found(meeting_id)
        return self._record(rows[0])

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        status: Status | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[MeetingSummary]:
        """Return meeting rows, newest date first, optionally filtered."""
        where: list[str] = []
        params: list[Any] = []
        if status is not None:
            where.append("status = ?")
            params.append(Status(status).value)
        if date_from is not None:
            where.append("date >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            where.append("date <= ?")
            params.append(date_to.isoformat())
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM meetings"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
        return [_summary(row) for row in self._query(sql, tuple(params))]

    def count(self) -> int:
        """Return how many meetings are stored."""
        return int(self._query("SELECT count(*) FROM meetings")[0][0])

    def search(self, query: str, *, limit: int = 200) -> builtins.list[MeetingSummary]:
        """Return the meetings holding every word of ``query`` (folded), best match first."""
        match = fts_query(query)
        if not match:
            return []
        rows = self._query(
            f"SELECT {', '.join('m.' + c.strip() for c in _SUMMARY_COLUMNS.split(','))} "
            "FROM meeting_text JOIN meetings AS m ON m.id = meeting_text.rowid "
            "WHERE meeting_text MATCH ? "
            "ORDER BY bm25(meeting_text, 10.0, 4.0, 2.0, 1.0), m.date DESC, m.id DESC LIMIT ?",
            (match, limit),
        )
        return [_summary(row) for row in rows]

    def people(self, prefix: str = "", *, limit: int = 50) -> builtins.list[PersonEntry]:
        """Return people with a name word starting with ``prefix`` (folded), most recent first."""
        key = " ".join(fold(prefix).split())
        sql = (
            "SELECT p.name, p.position, p.organization FROM people AS p "
            "JOIN meetings AS m ON m.id = p.meeting_id "
        )
        params: list[Any] = []
        if key:
            pattern = like_escape(key)
            sql += "WHERE p.name_key LIKE ? ESCAPE '\\' OR p.name_key LIKE ? ESCAPE '\\' "
            params += [pattern + "%", "% " + pattern + "%"]
        sql += "ORDER BY p.meeting_date DESC, m.updated_at DESC, p.meeting_id DESC, p.seq"
        entries: dict[str, tuple[builtins.list[str], builtins.list[str]]] = {}
        try:
            cursor = self._conn.execute(sql, tuple(params))
            for name, position, organization in cursor:
                if name not in entries:
                    if len(entries) >= limit:
                        break
                    entries[name] = ([], [])
                positions, organizations = entries[name]
                if position and position not in positions:
                    positions.append(position)
                if organization and organization not in organizations:
                    organizations.append(organization)
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        return [
            PersonEntry(name, positions, organizations[0] if organizations else "")
            for name, (positions, organizations) in entries.items()
        ]

    def previous_meeting(
        self, issuer_name: str, *, before: dt.date | None = None
    ) -> MeetingRecord | None:
        """Return the latest meeting of the same issuer (folded name) before ``before``, if any."""
        sql = (
            "SELECT id, version, created_at, updated_at, document FROM meetings "
            "WHERE issuer_key = ?"
        )
        params: list[Any] = [_issuer_key(issuer_name)]
        if before is not None:
            sql += " AND date < ?"
            params.append(before.isoformat())
        sql += " ORDER BY date DESC, id DESC LIMIT 1"
        rows = self._query(sql, tuple(params))
        return self._record(rows[0]) if rows else None

    def export_json(self, meeting_id: int) -> str:
        """Return the interchange document of a stored meeting (pretty JSON)."""
        return interchange.dumps(self.get(meeting_id).meeting)

    def stored_document(self, meeting_id: int) -> dict[str, Any]:
        """Return the canonical JSON stored for a meeting, as data (for tests and tools)."""
        rows = self._query("SELECT document FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise self._not_found(meeting_id)
        data: dict[str, Any] = json.loads(rows[0][0])
        return data
