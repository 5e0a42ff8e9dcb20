"""The meeting repository: one SQLite connection mapping rows to domain meetings and back."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from minutes_app.domain.diff import diff_meetings
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action
from minutes_app.store.actors import check_name, default_user
from minutes_app.store.api import SQLITE, ChangeFeed, Identity
from minutes_app.store.audit import write_audit
from minutes_app.store.connection import check_path, connect, foreign_schema
from minutes_app.store.reading import MeetingReads
from minutes_app.store.records import MeetingRecord
from minutes_app.store.review import ReviewService
from minutes_app.store.schema import Migration, latest_version, migrate, schema_differences
from minutes_app.store.signatures import SqliteSignatureBook
from minutes_app.store.tables import Tables, now_utc, prepare, utf8
from minutes_app.store.workflow import approve_in


class Database(MeetingReads):
    """One minutes-app SQLite file and one connection to it (open another per thread).

    The SQLite implementation of ``store.api.Store``.
    """

    backend = SQLITE
    supports_derived_documents = True
    supports_word_review = True

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
        version = self.schema_version
        # A database opened with fewer migrations (tests, fixtures) lacks the review records
        # (4) or the derived documents (6).
        self._reviewed = version >= 4
        self.review = ReviewService(self.tables, derived_documents=version >= 6)
        self.signature_book = SqliteSignatureBook(self.tables)

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
            # The row's bytes, and the meeting they hold as this connection wrote it when
            # they are still those (an editor's autosaves parse nothing of the last one).
            row = self.tables.stored(conn, meeting_id)
            old = self.tables.previous(row)
            if row.status is Status.APPROVED:
                raise self.tables.read_only(meeting_id, old.title)
            if row.status is Status.IN_REVIEW:
                raise self.tables.in_review(meeting_id, old.title)
            if expected_version is not None and row.version != expected_version:
                raise self.tables.stale(meeting_id, row.version, expected_version)
            meeting, document = prepare(dataclasses.replace(meeting, status=row.status))
            raw = utf8(document)
            self.tables.update(conn, meeting_id, meeting, raw, now)
            if raw != row.raw and self._reviewed:
                write_audit(
                    conn, meeting_id, who, action, row.version + 1, diff_meetings(old, meeting), now
                )
        self.tables.remember(meeting_id, raw, meeting)
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
