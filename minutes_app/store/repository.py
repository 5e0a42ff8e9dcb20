"""The meeting repository: one SQLite connection mapping rows to domain meetings and back."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from minutes_app.domain import interchange
from minutes_app.domain.diff import diff_meetings
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action
from minutes_app.store.actors import check_name, default_user
from minutes_app.store.api import SQLITE, ChangeFeed, Identity
from minutes_app.store.audit import write_audit
from minutes_app.store.connection import check_path, connect, foreign_schema
from minutes_app.store.errors import StoreError
from minutes_app.store.index import MAX_QUERY_WORDS, fts_query, like_escape, search_words
from minutes_app.store.records import MeetingRecord, MeetingSummary, PersonEntry, Rows
from minutes_app.store.review import ReviewService
from minutes_app.store.schema import Migration, latest_version, migrate, schema_differences
from minutes_app.store.signatures import SqliteSignatureBook
from minutes_app.store.tables import Tables, fold_key, now_utc, prepare, valid_id
from minutes_app.store.workflow import approve_in

_SUMMARY_COLUMNS = (
    "id",
    "date",
    "title",
    "issuer",
    "status",
    "number",
    "symbol",
    "updated_at",
    "version",
)
# The reviewer's comment when the meeting's latest workflow step returned it (else NULL).
_RETURNED_NOTE = (
    "(SELECT CASE WHEN e.action = 'return' THEN e.note END FROM workflow_events AS e "
    "WHERE e.meeting_id = {table}.id ORDER BY e.id DESC LIMIT 1)"
)


def _summary_select(table: str = "meetings", prefix: str = "") -> str:
    columns = [prefix + c for c in _SUMMARY_COLUMNS]
    return ", ".join([*columns, _RETURNED_NOTE.format(table=table)])


#: The most rows one list or search returns at once.
MAX_LIMIT = 1_000_000


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
        returned_note=row[9] if len(row) > 9 and row[9] else "",
    )


def _damaged_row(row: tuple[Any, ...], exc: Exception) -> str:
    return (
        f"biên bản số {row[0]} trong cơ sở dữ liệu bị hỏng ({exc}), đã bỏ qua; hãy chạy verify "
        f"hoặc khôi phục bản sao lưu / meeting {row[0]} in the database is damaged ({exc}); "
        "skipped; run verify or restore a backup"
    )


def _summaries(rows: Sequence[tuple[Any, ...]], notes: Sequence[str] = ()) -> Rows[MeetingSummary]:
    found: list[MeetingSummary] = []
    damaged: list[str] = []
    for row in rows:
        try:
            found.append(_summary(row))
        except (TypeError, ValueError) as exc:
            damaged.append(_damaged_row(row, exc))
    return Rows(found, damaged, notes)


class Database:
    """One minutes-app SQLite file and one connection to it (open another per thread).

    The SQLite implementation of ``store.api.Store``.
    """

    backend = SQLITE

    def __init__(self, path: Path, conn: sqlite3.Connection, backup: Path | None = None) -> None:
        self.path = path
        self.target = str(path)
        self._conn = conn
        #: The one owner of the meeting rows and of the write transaction.
        self.tables = Tables(path, conn)
        #: The backup copy made before the last migration, if one was needed.
        self.backup_path = backup
        #: Who the audit log names for changes made through this connection (the UI sets the
        #: user's name from the preferences; the command line passes --by).
        self.user_name = default_user()
        self.review = ReviewService(self.tables)
        self.signature_book = SqliteSignatureBook(self.tables)
        # A database opened with fewer migrations (tests, fixtures) lacks the review records.
        self._reviewed = self.schema_version >= 4

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
        bilingual message; a file that is refused (its schema included: every table, index,
        trigger and view must be what the migrations make) is never modified.
        """
        db_path = Path(path).expanduser()
        latest = latest_version(migrations)
        check_path(db_path, create=create, latest=latest)
        conn = connect(db_path, latest, migrations)
        try:
            backup = migrate(conn, db_path, migrations)
            differences = schema_differences(
                conn, int(conn.execute("PRAGMA user_version").fetchone()[0]), migrations
            )
            if differences:
                raise foreign_schema(str(db_path), differences)
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

    @property
    def where(self) -> str:
        """Return the file's path as messages name it."""
        return str(self.path)

    def reopen(self) -> Database:
        """Open another connection to the same file (for another thread)."""
        return Database.open(self.path, create=False)

    def identity(self) -> Identity | None:
        """Return None: a local file has no logins (the audit log names ``by``)."""
        return None

    def full_names(self) -> dict[str, str]:
        """Return no names: a local file records the names people typed."""
        return {}

    def changes(self) -> ChangeFeed | None:
        """Return None: one SQLite file announces nothing (the office database does)."""
        return None

    # -- kept for tools and tests that reach below the facade ----------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self.tables.write() as conn:
            yield conn

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return self.tables.query(sql, params)

    # -- settings of this database ----------------------------------------------------------

    def setting(self, key: str) -> str | None:
        """Return a database setting (``settings`` table), or None when it is not set."""
        rows = self.tables.query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str) -> None:
        """Store a database setting (it belongs to the file, not to one user)."""
        with self.tables.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- writing ---------------------------------------------------------------

    def _who(self, by: str | None) -> str:
        return check_name(
            self.user_name if by is None else by,
            "tên người thực hiện (--by)",
            "the name of who acts (--by)",
            str(self.path),
        )

    def create(
        self,
        meeting: Meeting,
        *,
        by: str | None = None,
        action: str = "create",
        allow_number_jump: bool = False,
    ) -> MeetingRecord:
        """Store a new meeting and return it as stored (see ``create_many``)."""
        return self.create_many(
            [meeting], by=by, action=action, allow_number_jump=allow_number_jump
        )[0]

    def create_many(
        self,
        meetings: Sequence[Meeting],
        *,
        by: str | None = None,
        action: str = "create",
        allow_number_jump: bool = False,
    ) -> list[MeetingRecord]:
        """Store new meetings in one transaction: all of them, or none when one is refused.

        ``by`` (default ``user_name``) is recorded in the audit log. A meeting starts as a
        draft. One that arrives approved (imported from another system) goes through the
        register (its number is checked, or the next one given; a duplicate is refused) and
        gets its first revision frozen with an "imported as approved" step naming ``by``. One
        that arrives "in review" is stored as a draft: its review belongs to the file it came
        from.
        """
        who = self._who(by)
        now = now_utc()
        records: list[MeetingRecord] = []
        with self.tables.write() as conn:
            for given in meetings:
                # A shallow copy: only the status differs, and prepare() builds new objects.
                draft = dataclasses.replace(given, status=Status.DRAFT)
                draft, document = prepare(draft)
                meeting_id = self.tables.insert(conn, draft, document, now)
                if not self._reviewed:
                    records.append(MeetingRecord(meeting_id, 1, now, now, draft))
                    continue
                write_audit(conn, meeting_id, who, action, 1, (), now)
                if given.status is not Status.APPROVED:
                    records.append(MeetingRecord(meeting_id, 1, now, now, draft))
                    continue
                done = approve_in(
                    self.tables,
                    conn,
                    meeting_id,
                    draft,
                    2,
                    Action.IMPORT,
                    who,
                    now,
                    allow_number_jump=allow_number_jump,
                )
                records.append(MeetingRecord(meeting_id, 2, now, now, done.meeting))
        return records

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
        Approved minutes and minutes in review are refused with ``ReadOnlyMeeting`` (the
        reviewer must return them first). The status is the workflow's: the stored one is kept
        whatever ``meeting.status`` says. The changed fields are written to the audit log under
        ``by`` (default ``user_name``).
        """
        who = self._who(by)
        now = now_utc()
        with self.tables.write() as conn:
            row = self.tables.row(conn, meeting_id)
            old = self.tables.load(row.document, meeting_id)
            if row.status is Status.APPROVED:
                raise self.tables.read_only(meeting_id, old.title)
            if row.status is Status.IN_REVIEW:
                raise self.tables.in_review(meeting_id, old.title)
            if expected_version is not None and row.version != expected_version:
                raise self.tables.stale(meeting_id, row.version, expected_version)
            meeting, document = prepare(dataclasses.replace(meeting, status=row.status))
            self.tables.update(conn, meeting_id, meeting, document, now)
            if document != row.document and self._reviewed:
                write_audit(
                    conn, meeting_id, who, action, row.version + 1, diff_meetings(old, meeting), now
                )
        return MeetingRecord(meeting_id, row.version + 1, row.created_at, now, meeting)

    def delete(self, meeting_id: int, *, by: str | None = None) -> None:
        """Delete a meeting, its index entries and its people rows; an approved one is refused.

        Its workflow steps, audit log and approved revisions (of a reopened meeting) are kept,
        as is its register number.
        """
        who = self._who(by)
        with self.tables.write() as conn:
            row = self.tables.row(conn, meeting_id)
            if row.status is Status.APPROVED:
                raise self.tables.read_only(
                    meeting_id, self.tables.load(row.document, meeting_id).title
                )
            if self._reviewed:
                write_audit(conn, meeting_id, who, "delete", row.version, (), now_utc())
            if not self.tables.delete(conn, meeting_id):
                raise self.tables.not_found(meeting_id)

    # -- reading ---------------------------------------------------------------

    def _load(self, document: str, meeting_id: int) -> Meeting:
        return self.tables.load(document, meeting_id)

    def _record(self, row: tuple[Any, ...]) -> MeetingRecord:
        meeting_id, version, created_at, updated_at, document = row
        return MeetingRecord(
            meeting_id, version, created_at, updated_at, self.tables.load(document, meeting_id)
        )

    def get(self, meeting_id: int) -> MeetingRecord:
        """Return a stored meeting; ``MeetingNotFound`` when there is none with that id."""
        if not valid_id(meeting_id):
            raise self.tables.not_found(meeting_id)
        rows = self.tables.query(
            "SELECT id, version, created_at, updated_at, document FROM meetings WHERE id = ?",
            (meeting_id,),
        )
        if not rows:
            raise self.tables.not_found(meeting_id)
        return self._record(rows[0])

    def summary(self, meeting_id: int) -> MeetingSummary:
        """Return the list row of one meeting; ``MeetingNotFound`` when there is none."""
        if not valid_id(meeting_id):
            raise self.tables.not_found(meeting_id)
        rows = self.tables.query(
            f"SELECT {_summary_select()} FROM meetings WHERE id = ?", (meeting_id,)
        )
        if not rows:
            raise self.tables.not_found(meeting_id)
        return _summary(rows[0])

    def _limit(self, limit: int | None) -> int:
        if limit is None:
            return -1
        if limit < 0:
            raise StoreError(
                f"số dòng tối đa phải từ 0 trở lên (nhận {limit})",
                f"the row limit must be 0 or more (got {limit})",
                str(self.path),
            )
        return min(limit, MAX_LIMIT)

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        status: Status | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> Rows[MeetingSummary]:
        """Return meeting rows, newest date first, optionally filtered.

        A row whose stored values cannot be read is left out and named in ``damaged``.
        """
        where: builtins.list[str] = []
        params: builtins.list[Any] = []
        if status is not None:
            where.append("status = ?")
            params.append(Status(status).value)
        if date_from is not None:
            where.append("date >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            where.append("date <= ?")
            params.append(date_to.isoformat())
        sql = f"SELECT {_summary_select()} FROM meetings"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
        params += [self._limit(limit), max(0, min(offset, MAX_LIMIT))]
        return _summaries(self.tables.query(sql, tuple(params)))

    def count(self) -> int:
        """Return how many meetings are stored."""
        return int(self.tables.query("SELECT count(*) FROM meetings")[0][0])

    def search(self, query: str, *, limit: int = 200) -> Rows[MeetingSummary]:
        """Return the meetings holding every word of ``query`` (folded), best match first.

        Repeated words count once and at most ``MAX_QUERY_WORDS`` are used; ``notes`` says so
        when words were left out.
        """
        match = fts_query(query)
        if not match:
            return Rows()
        notes: builtins.list[str] = []
        if search_words(query)[1]:
            notes.append(
                f"câu tìm kiếm quá dài: chỉ dùng {MAX_QUERY_WORDS} từ khác nhau đầu tiên (và từ "
                f"cuối) / the query is too long: only its first {MAX_QUERY_WORDS} distinct words "
                "(and its last word) were used"
            )
        rows = self.tables.query(
            f"SELECT {_summary_select('m', 'm.')} "
            "FROM meeting_text JOIN meetings AS m ON m.id = meeting_text.rowid "
            "WHERE meeting_text MATCH ? "
            "ORDER BY bm25(meeting_text, 10.0, 4.0, 2.0, 1.0), m.date DESC, m.id DESC LIMIT ?",
            (match, self._limit(limit)),
        )
        return _summaries(rows, notes)

    def people(
        self, prefix: str = "", *, limit: int = 50, exclude_meeting: int | None = None
    ) -> builtins.list[PersonEntry]:
        """Return people with a name word starting with ``prefix`` (folded), most recent first.

        ``exclude_meeting`` leaves out one meeting's people: the one being edited, whose stored
        names may be fragments autosaved mid-word (the editor offers its live names itself).
        """
        key = fold_key(prefix)
        sql = (
            "SELECT p.name, p.position, p.organization FROM people AS p "
            "JOIN meetings AS m ON m.id = p.meeting_id "
        )
        params: builtins.list[Any] = []
        if key:
            pattern = like_escape(key)
            sql += "WHERE (p.name_key LIKE ? ESCAPE '\\' OR p.name_key LIKE ? ESCAPE '\\') "
            params += [pattern + "%", "% " + pattern + "%"]
        if exclude_meeting is not None:
            sql += ("AND " if key else "WHERE ") + "p.meeting_id <> ? "
            params.append(exclude_meeting)
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
            raise self.tables.unavailable(exc) from None
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
        params: builtins.list[Any] = [fold_key(issuer_name)]
        if before is not None:
            sql += " AND date < ?"
            params.append(before.isoformat())
        sql += " ORDER BY date DESC, id DESC LIMIT 1"
        rows = self.tables.query(sql, tuple(params))
        return self._record(rows[0]) if rows else None

    def export_json(self, meeting_id: int) -> str:
        """Return the interchange document of a stored meeting (pretty JSON)."""
        return interchange.dumps(self.get(meeting_id).meeting)

    def stored_document(self, meeting_id: int) -> dict[str, Any]:
        """Return the canonical JSON stored for a meeting, as data (for tests and tools)."""
        if not valid_id(meeting_id):
            raise self.tables.not_found(meeting_id)
        rows = self.tables.query("SELECT document FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise self.tables.not_found(meeting_id)
        data: dict[str, Any] = json.loads(rows[0][0])
        return data
