"""The read side of ``store.api.Store``, written once for both backends.

``MeetingReads`` holds every read of the meeting rows (get, summary, list, count, search,
people, previous_meeting, export_json, stored_document) as SQL with ``?`` placeholders, run
through the store's ``Tables.query`` (the office's ``PgTables`` turns the placeholders into
psycopg's). What differs between SQLite and PostgreSQL is kept in a few small overridable
pieces: the full-text query and its SQL, the value of "no limit", and how the people
suggestions are streamed.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

from minutes_app.domain import interchange
from minutes_app.domain.model import Status
from minutes_app.store.errors import StoreError
from minutes_app.store.index import MAX_QUERY_WORDS, fts_query, like_escape, search_words
from minutes_app.store.records import MeetingRecord, MeetingSummary, PersonEntry, Rows
from minutes_app.store.tables import Tables, fold_key, valid_id

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

#: The most rows one list or search returns at once.
MAX_LIMIT = 1_000_000

_RECORD_COLUMNS = "id, version, created_at, updated_at, document"


def summary_select(table: str = "meetings", prefix: str = "") -> str:
    """Return the columns of a list row (``MeetingSummary``), read from ``table``."""
    columns = [prefix + c for c in _SUMMARY_COLUMNS]
    return ", ".join([*columns, _RETURNED_NOTE.format(table=table)])


def summary_row(row: sqlite3.Row | tuple[Any, ...]) -> MeetingSummary:
    """Return the list row read by ``summary_select``."""
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


def summary_rows(
    rows: Sequence[tuple[Any, ...]], notes: Sequence[str] = ()
) -> Rows[MeetingSummary]:
    """Return the list rows read; a row that cannot be read is named in ``damaged``."""
    found: list[MeetingSummary] = []
    damaged: list[str] = []
    for row in rows:
        try:
            found.append(summary_row(row))
        except (TypeError, ValueError) as exc:
            damaged.append(_damaged_row(row, exc))
    return Rows(found, damaged, notes)


def _too_long_note() -> str:
    return (
        f"câu tìm kiếm quá dài: chỉ dùng {MAX_QUERY_WORDS} từ khác nhau đầu tiên (và từ "
        f"cuối) / the query is too long: only its first {MAX_QUERY_WORDS} distinct words "
        "(and its last word) were used"
    )


class MeetingReads:
    """The reads of the meeting rows, over ``self.tables`` (SQLite's here; see the class doc)."""

    tables: Tables

    #: The LIMIT value that means "no limit" (SQLite: -1; PostgreSQL: NULL).
    UNLIMITED: ClassVar[int | None] = -1

    #: The search: one placeholder for the match expression, one for the limit; the rows are
    #: ``summary_select('m', 'm.')``, best match first.
    SEARCH_SQL: ClassVar[str] = (
        f"SELECT {summary_select('m', 'm.')} "
        "FROM meeting_text JOIN meetings AS m ON m.id = meeting_text.rowid "
        "WHERE meeting_text MATCH ? "
        "ORDER BY bm25(meeting_text, 10.0, 4.0, 2.0, 1.0), m.date DESC, m.id DESC LIMIT ?"
    )

    # -- the dialect's pieces --------------------------------------------------------------------

    def _match(self, query: str) -> str:
        """Return the full-text match expression of ``query`` ("" when it has no word)."""
        return fts_query(query)

    @contextmanager
    def _stream(self, sql: str, params: tuple[Any, ...]) -> Iterator[Iterable[tuple[Any, ...]]]:
        """Yield the rows of a read one at a time (the caller may stop early)."""
        try:
            yield self.tables.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self.tables.unavailable(exc) from None

    # -- the reads -------------------------------------------------------------------------------

    def _record(self, row: tuple[Any, ...]) -> MeetingRecord:
        meeting_id, version, created_at, updated_at, document = row
        meeting = self.tables.load(document, meeting_id)
        self.tables.remember_read(meeting_id, document, meeting)
        return MeetingRecord(meeting_id, version, created_at, updated_at, meeting)

    def _one(self, sql: str, meeting_id: int) -> tuple[Any, ...]:
        """Return the one row ``sql`` reads for a meeting id; ``MeetingNotFound`` if none."""
        if not valid_id(meeting_id):
            raise self.tables.not_found(meeting_id)
        rows = self.tables.query(sql, (meeting_id,))
        if not rows:
            raise self.tables.not_found(meeting_id)
        return tuple(rows[0])

    def get(self, meeting_id: int) -> MeetingRecord:
        """Return a stored meeting; ``MeetingNotFound`` when there is none with that id."""
        return self._record(
            self._one(f"SELECT {_RECORD_COLUMNS} FROM meetings WHERE id = ?", meeting_id)
        )

    def summary(self, meeting_id: int) -> MeetingSummary:
        """Return the list row of one meeting; ``MeetingNotFound`` when there is none."""
        return summary_row(
            self._one(f"SELECT {summary_select()} FROM meetings WHERE id = ?", meeting_id)
        )

    def _limit(self, limit: int | None) -> int | None:
        if limit is None:
            return self.UNLIMITED
        if limit < 0:
            raise StoreError(
                f"số dòng tối đa phải từ 0 trở lên (nhận {limit})",
                f"the row limit must be 0 or more (got {limit})",
                self.tables.where,
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
        sql = f"SELECT {summary_select()} FROM meetings"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
        params += [self._limit(limit), max(0, min(offset, MAX_LIMIT))]
        return summary_rows(self.tables.query(sql, tuple(params)))

    def count(self) -> int:
        """Return how many meetings are stored."""
        return int(self.tables.query("SELECT count(*) FROM meetings")[0][0])

    def search(self, query: str, *, limit: int = 200) -> Rows[MeetingSummary]:
        """Return the meetings holding every word of ``query`` (folded), best match first.

        Repeated words count once and at most ``MAX_QUERY_WORDS`` are used; ``notes`` says so
        when words were left out.
        """
        match = self._match(query)
        if not match:
            return Rows()
        notes = [_too_long_note()] if search_words(query)[1] else []
        rows = self.tables.query(self.SEARCH_SQL, (match, self._limit(limit)))
        return summary_rows(rows, notes)

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
        with self._stream(sql, tuple(params)) as rows:
            for name, position, organization in rows:
                if name not in entries:
                    if len(entries) >= limit:
                        break
                    entries[name] = ([], [])
                positions, organizations = entries[name]
                if position and position not in positions:
                    positions.append(position)
                if organization and organization not in organizations:
                    organizations.append(organization)
        return [
            PersonEntry(name, positions, organizations[0] if organizations else "")
            for name, (positions, organizations) in entries.items()
        ]

    def previous_meeting(
        self, issuer_name: str, *, before: dt.date | None = None
    ) -> MeetingRecord | None:
        """Return the latest meeting of the same issuer (folded name) before ``before``, if any."""
        sql = f"SELECT {_RECORD_COLUMNS} FROM meetings WHERE issuer_key = ?"
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
        row = self._one("SELECT document FROM meetings WHERE id = ?", meeting_id)
        data: dict[str, Any] = json.loads(row[0])
        return data
