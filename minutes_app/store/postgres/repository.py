"""The office store: ``store.api.Store`` over one PostgreSQL connection, the login as who acts.

Reads are plain SELECTs (the review records are read and verified by the very code that reads
them from SQLite: ``PgTables`` answers its queries). Every change calls one of the database's
functions (migrations/0004), which checks the login's office role, records the login, takes the
server's clock and computes the hash chains; the application computes only what needs the
domain (the canonical JSON of a save, its field-level changes, the folded search words).
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import psycopg

from minutes_app.domain.diff import diff_meetings
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.text import fold
from minutes_app.domain.workflow import Action, WorkflowError, apply
from minutes_app.store.actors import check_note
from minutes_app.store.api import POSTGRESQL, ChangeFeed, Identity
from minutes_app.store.comments import _not_found as comment_not_found
from minutes_app.store.comments import check_part
from minutes_app.store.errors import StaleVersion, StoreError
from minutes_app.store.index import (
    SearchTerms,
    named_people,
    search_terms,
    ts_query,
)
from minutes_app.store.postgres import errors as pg_errors
from minutes_app.store.postgres.connection import PasswordPrompt, connect
from minutes_app.store.postgres.errors import Context
from minutes_app.store.postgres.schema import check_version, latest_version, migrate, not_set_up
from minutes_app.store.postgres.target import OfficeTarget, parse_target
from minutes_app.store.reading import MeetingReads, summary_select
from minutes_app.store.records import (
    MeetingRecord,
    RegisterEntry,
    ReviewComment,
    Revision,
    TermChange,
    TransitionResult,
    WorkflowEvent,
)
from minutes_app.store.review import ReviewService
from minutes_app.store.signatures import (
    SOURCES,
    NewSignature,
    SignatureReads,
    SignatureRecord,
    SignedDocument,
    TrustedRoot,
    root_prefix,
    signature_record,
)
from minutes_app.store.tables import Tables, fold_key, prepare, register_key, valid_id

#: The four office roles, as ``office add-user --role`` names them.
ROLES = ("secretary", "chair", "clerk", "admin")

Connection = psycopg.Connection[tuple[Any, ...]]
Cursor = psycopg.Cursor[tuple[Any, ...]]


def placeholders(sql: str) -> str:
    """Return SQL written with SQLite's ``?`` placeholders in psycopg's style (``%s``)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PgSession:
    """One connection to the office database, opened again when it broke (server restarted)."""

    def __init__(
        self,
        target: OfficeTarget,
        conn: Connection,
        password: str | None,
        prompt: PasswordPrompt | None,
    ) -> None:
        self.target = target
        self._conn = conn
        self._password = password
        self._prompt = prompt

    @property
    def conn(self) -> Connection:
        """Return the connection, reconnecting once when the last one broke."""
        if self._conn.closed or self._conn.broken:
            self._conn.close()
            self._conn, self._password = connect(
                self.target, password=self._password, prompt=self._prompt
            )
        return self._conn

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()


class PgTables(Tables):
    """The read side of ``store.tables.Tables`` over PostgreSQL (for the shared read and verify code)."""

    def __init__(self, session: PgSession, context: Any) -> None:
        super().__init__(Path(session.target.display), None)  # type: ignore[arg-type]
        self.session = session
        self._context = context

    @property
    def where(self) -> str:
        """Return the URI as messages show it."""
        return self.session.target.display

    def remember_read(self, meeting_id: int, document: str, meeting: Meeting) -> None:
        """Nothing to note: the office store's changes are database functions that diff there."""

    @contextmanager
    def write(self) -> Iterator[Any]:  # pragma: no cover - every change is a database function
        """Refuse: the office store changes nothing by direct SQL."""
        raise NotImplementedError("the office store writes through its database functions")
        yield

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """Return all rows of a read written for SQLite (``?`` placeholders)."""
        try:
            return self.session.conn.execute(placeholders(sql), params).fetchall()
        except psycopg.Error as exc:
            raise pg_errors.translate(exc, self._context()) from None


class PgReview(ReviewService):
    """Review and approval in the office: reads shared with SQLite, steps through the database."""

    def __init__(self, db: PgDatabase) -> None:
        super().__init__(db.tables)
        self.db = db

    def transition(
        self,
        meeting_id: int,
        action: Action | str,
        by: str,
        text: str = "",
        *,
        expected_version: int | None = None,
        allow_number_jump: bool = False,
    ) -> TransitionResult:
        """Take one workflow step as the login (``by`` is not used: the login acts)."""
        try:
            step = Action(action)
        except ValueError:
            raise WorkflowError(
                f"«{action}» không phải một bước duyệt", f"{action!r} is not a workflow step"
            ) from None
        if step is Action.IMPORT:
            raise WorkflowError(
                "«import» không phải một bước duyệt", "'import' is not a workflow step"
            )
        note = check_note(text, "ghi chú", "the note", self.tables.where) if text else ""
        row = self.db._row(meeting_id)
        old = self.tables.load(row[2], meeting_id)
        with self.db._acting(by) as (cur, login):
            if expected_version is not None and row[1] != expected_version:
                raise self.tables.stale(meeting_id, row[1], expected_version)
            apply(Status(row[0]), step, login, note)
            ctx = self.db._context(
                login,
                meeting_id=meeting_id,
                expected_version=expected_version,
                meeting=old,
                step=step,
                note=note,
            )
            found = self.db._call(
                cur,
                ctx,
                "SELECT * FROM minutes.transition(%s, %s, %s, %s, %s, %s)",
                (
                    meeting_id,
                    step.value,
                    note,
                    expected_version,
                    register_key(old.issuer.name, old.issuer.abbreviation),
                    allow_number_jump,
                ),
            )
        (
            version,
            created_at,
            at,
            document,
            event_id,
            event_hash,
            source,
            target,
            event_rev,
            revision,
            sha,
            chain,
            assigned,
        ) = found
        meeting = self.tables.load(document, meeting_id)
        record = MeetingRecord(meeting_id, version, created_at, at, meeting)
        event = WorkflowEvent(
            event_id,
            meeting_id,
            step,
            Status(source),
            Status(target),
            login,
            at,
            note,
            event_rev,
            event_hash,
        )
        frozen = (
            Revision(meeting_id, revision, document, sha, login, at, event_hash, chain)
            if revision is not None
            else None
        )
        return TransitionResult(record, event, frozen, assigned)

    def set_term(
        self, issuer: str, start: dt.date, by: str = "", *, refile: bool = False
    ) -> TermChange:
        """Record that a term of a Party body starts (a clerk's step; see ``store.register``)."""
        match = fold_key(issuer)
        if not match:
            raise StoreError(
                "cần tên hoặc tên viết tắt của cơ quan",
                "the body's name or abbreviation is needed",
                self.tables.where,
            )
        with self.db._acting(by or None) as (cur, login):
            ctx = self.db._context(login, start=start, issuer=issuer)
            try:
                rows = cur.execute(
                    "SELECT * FROM minutes.set_term(%s, %s, %s)", (match, start.isoformat(), refile)
                ).fetchall()
            except psycopg.Error as exc:
                raise pg_errors.translate(exc, ctx) from None
        refiled = [
            RegisterEntry(
                r[0],
                r[1],
                r[2],
                int(r[3]),
                r[4],
                dt.date.fromisoformat(r[5]),
                r[6],
                Status(r[7]) if r[7] else None,
            )
            for r in rows
        ]
        return TermChange(issuer, start, refiled)

    def add_comment(
        self,
        meeting_id: int,
        text: str,
        by: str,
        *,
        part: str = "meeting",
        reply_to: int | None = None,
    ) -> ReviewComment:
        """Attach a comment to a part of the minutes (or answer one), written by the login."""
        body = check_note(text, "ý kiến", "the comment", self.tables.where)
        if not body:
            raise StoreError("ý kiến trống", "the comment is empty", self.tables.where)
        if reply_to is None:
            row = self.db._row(meeting_id)
            part = check_part(self.tables.load(row[2], meeting_id), part, self.tables.where)
        elif not valid_id(reply_to):
            raise comment_not_found(self.tables, reply_to, meeting_id)
        with self.db._acting(by) as (cur, login):
            ctx = self.db._context(login, meeting_id=meeting_id)
            comment_id, part, at = self.db._call(
                cur,
                ctx,
                "SELECT * FROM minutes.add_comment(%s, %s, %s, %s)",
                (meeting_id, body, part, reply_to),
            )
        return ReviewComment(comment_id, meeting_id, reply_to, part, login, body, at)

    def resolve_comment(self, comment_id: int, by: str) -> ReviewComment:
        """Mark a comment (and its replies) resolved by the login; it stays in the history."""
        if not valid_id(comment_id):
            raise comment_not_found(self.tables, comment_id)
        with self.db._acting(by) as (cur, login):
            self.db._call(
                cur, self.db._context(login), "SELECT minutes.resolve_comment(%s)", (comment_id,)
            )
        return self.comment(comment_id)


class PgSignatureBook(SignatureReads):
    """The signature records of the office database (recorded by a chair or a clerk)."""

    def __init__(self, db: PgDatabase) -> None:
        self.db = db
        self.tables = db.tables

    def record(
        self,
        meeting_id: int,
        revision: int,
        new: list[NewSignature],
        *,
        source: str,
        by: str,
        document: tuple[str, bytes, str] | None = None,
    ) -> tuple[SignedDocument | None, list[SignatureRecord]]:
        """Record signatures of one meeting revision, filing ``document`` with them."""
        if source not in SOURCES:
            raise ValueError(source)
        name, data, sha = document if document is not None else ("", None, "")
        signatures = [[s.role, s.signer, s.certificate, s.signed_at, s.level] for s in new]
        with self.db._acting(None) as (cur, login):
            ctx = self.db._context(login, meeting_id=meeting_id)
            document_id, at, ids = self.db._call(
                cur,
                ctx,
                "SELECT * FROM minutes.record_signatures(%s, %s, %s, %s, %s, %s, %s)",
                (meeting_id, revision, json.dumps(signatures), source, name, data, sha),
            )
        filed = (
            SignedDocument(document_id, meeting_id, revision, sha, name, len(data), at, login)
            if data is not None
            else None
        )
        rows = [
            signature_record(sid, meeting_id, revision, document_id, s, source, at, login)
            for sid, s in zip(ids, new, strict=True)
        ]
        return filed, rows

    def add_root(self, sha256: str, subject: str, pem: str, by: str) -> TrustedRoot:
        """Trust a root certificate (an admin's step)."""
        with self.db._acting(None) as (cur, login):
            self.db._call(
                cur,
                self.db._context(login),
                "SELECT minutes.add_root(%s, %s, %s)",
                (sha256, subject, pem),
            )
        return next(r for r in self.roots() if r.sha256 == sha256)

    def remove_root(self, sha256_prefix: str) -> list[TrustedRoot]:
        """Stop trusting the roots whose fingerprint starts with ``sha256_prefix``."""
        prefix = root_prefix(sha256_prefix, self.db.where)
        gone = [r for r in self.roots() if r.sha256.startswith(prefix)]
        with self.db._acting(None) as (cur, login):
            for root in gone:
                self.db._call(
                    cur, self.db._context(login), "SELECT minutes.remove_root(%s)", (root.sha256,)
                )
        return gone


class PgDatabase(MeetingReads):
    """The office database through one connection (open another per thread): ``store.api.Store``.

    Who acts is always the login: the ``by`` of a call is not used (the command line refuses
    ``--by`` in the office, and the database records ``session_user`` whatever a caller says).
    """

    backend = POSTGRESQL
    #: Derived documents and Word review copies are kept in a local file only (for now).
    supports_derived_documents = False
    supports_word_review = False

    def __init__(self, target: OfficeTarget, session: PgSession) -> None:
        self.office = target
        self.target = target.display
        self.session = session
        self.tables = PgTables(session, lambda: self._context(""))
        self.review = PgReview(self)
        self.signature_book = PgSignatureBook(self)
        self._identity: Identity | None = None
        #: Not used for who acts (the login does); kept for the interface.
        self.user_name = target.user

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        uri: str,
        *,
        password_prompt: PasswordPrompt | None = None,
        upgrade: bool = True,
    ) -> PgDatabase:
        """Connect to the office database at ``uri`` and check its schema.

        A database older than the application is upgraded when the login owns the schema
        (otherwise the administrator runs ``office init``); one nobody set up is refused.
        """
        target = parse_target(uri)
        conn, password = connect(target, prompt=password_prompt)
        try:
            version = check_version(conn, target.display)
            if version < latest_version():
                owner = conn.execute(
                    "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
                    "WHERE nspname = 'minutes'"
                ).fetchone()
                if not (upgrade and owner and owner[0]):
                    raise StoreError(
                        f"cơ sở dữ liệu ở phiên bản {version}, ứng dụng cần phiên bản "
                        f"{latest_version()}; người quản trị cần chạy «office init» để nâng cấp",
                        f"the database is schema version {version}, the application needs "
                        f"{latest_version()}; an administrator runs 'office init' to upgrade it",
                        target.display,
                    )
                migrate(conn, target.display)
        except BaseException:
            conn.close()
            raise
        return cls(target, PgSession(target, conn, password, password_prompt))

    @classmethod
    def initialise(
        cls, uri: str, *, password_prompt: PasswordPrompt | None = None
    ) -> tuple[PgDatabase, list[int]]:
        """Create or upgrade the schema and the group roles (``office init``); return the steps taken."""
        target = parse_target(uri)
        conn, password = connect(target, prompt=password_prompt)
        try:
            applied = migrate(conn, target.display)
            check_version(conn, target.display)
        except BaseException:
            conn.close()
            raise
        return cls(target, PgSession(target, conn, password, password_prompt)), applied

    def close(self) -> None:
        """Close the connection."""
        self.session.close()

    def __enter__(self) -> PgDatabase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def where(self) -> str:
        """Return the URI as messages show it (it never holds a password)."""
        return self.target

    @property
    def schema_version(self) -> int:
        """Return the schema version of the office database."""
        rows = self.tables.query("SELECT value FROM minutes.meta WHERE key = 'schema_version'")
        if not rows:
            raise not_set_up(self.where)
        return int(rows[0][0])

    # -- who acts ------------------------------------------------------------------------------------

    def reopen(self) -> PgDatabase:
        """Open another connection as the same login (for another thread), asking nothing again."""
        conn, password = connect(self.office, password=self.session._password, prompt=None)
        return type(self)(self.office, PgSession(self.office, conn, password, None))

    def identity(self) -> Identity:
        """Return the login, its full name (``office add-user``) and its office roles."""
        if self._identity is None:
            rows = self.tables.query(
                "SELECT session_user::text, coalesce((SELECT full_name FROM minutes.office_users "
                "WHERE login = session_user::text), ''), "
                + ", ".join(f"pg_has_role(session_user, 'minutes_{r}', 'MEMBER')" for r in ROLES)
            )
            login, full_name, *held = rows[0]
            roles = tuple(r for r, has in zip(ROLES, held, strict=True) if has)
            self._identity = Identity(login, full_name, roles)
        return self._identity

    def full_names(self) -> dict[str, str]:
        """Return the full name of each office login."""
        return {
            str(k): str(v)
            for k, v in self.tables.query("SELECT login, full_name FROM minutes.office_users")
        }

    def _context(self, login: str, **kw: Any) -> Context:
        return Context(self.tables, self.office, login, **kw)

    @contextmanager
    def _acting(self, by: str | None) -> Iterator[tuple[Cursor, str]]:
        """Run a block as one transaction of the login; yield its cursor and the login.

        ``by`` is not used: in the office the login acts. (The test suite's subclass maps
        ``by`` to a login of its own to run the shared store tests.)
        """
        login = self.identity().login
        try:
            with self.session.conn.transaction():
                with self.session.conn.cursor() as cur:
                    yield cur, login
        except psycopg.Error as exc:
            raise pg_errors.translate(exc, self._context(login)) from None

    def _call(
        self, cur: Cursor, ctx: Context, sql: str, params: tuple[Any, ...]
    ) -> tuple[Any, ...]:
        try:
            row = cur.execute(sql, params).fetchone()
        except psycopg.Error as exc:
            raise pg_errors.translate(exc, ctx) from None
        assert row is not None
        return tuple(row)

    def _row(self, meeting_id: int) -> tuple[str, int, str, str]:
        """Return (status, version, document, created_at) of a meeting; ``MeetingNotFound`` if none."""
        if not valid_id(meeting_id):
            raise self.tables.not_found(meeting_id)
        rows = self.tables.query(
            "SELECT status, version, document, created_at FROM meetings WHERE id = ?", (meeting_id,)
        )
        if not rows:
            raise self.tables.not_found(meeting_id)
        return rows[0][0], int(rows[0][1]), rows[0][2], rows[0][3]

    def changes(self) -> ChangeFeed:
        """Return a feed of the changes other PCs make (its own connection, LISTEN minutes_app)."""
        from minutes_app.store.postgres.notify import PgChangeFeed

        return PgChangeFeed.open(self.session)

    # -- settings ------------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        """Return a database setting, or None when it is not set."""
        rows = self.tables.query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str) -> None:
        """Store a database setting (an admin's step)."""
        with self._acting(None) as (cur, login):
            self._call(
                cur, self._context(login), "SELECT minutes.set_setting(%s, %s)", (key, value)
            )

    # -- writing -------------------------------------------------------------------------------------

    @staticmethod
    def _index(meeting: Meeting) -> tuple[str, SearchTerms, str]:
        people = [[p.name, fold(p.name), p.position, p.organization] for p in named_people(meeting)]
        return (
            fold_key(meeting.issuer.name),
            search_terms(meeting),
            json.dumps(people, ensure_ascii=False),
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
    ) -> builtins.list[MeetingRecord]:
        """Store new meetings in one transaction: all of them, or none when one is refused.

        A meeting that arrives approved goes through the register with an "imported as
        approved" step; in the office only a chair may import approved minutes.
        """
        records: builtins.list[MeetingRecord] = []
        with self._acting(by) as (cur, login):
            for given in meetings:
                draft, document = prepare(dataclasses.replace(given, status=Status.DRAFT))
                issuer_key, terms, people = self._index(draft)
                ctx = self._context(login, meeting=draft)
                meeting_id, at = self._call(
                    cur,
                    ctx,
                    "SELECT * FROM minutes.create_meeting(%s, %s, %s::tsvector, %s::tsvector, "
                    "%s::jsonb, %s)",
                    (document, issuer_key, terms.heading, terms.terms, people, action),
                )
                if given.status is not Status.APPROVED:
                    records.append(MeetingRecord(meeting_id, 1, at, at, draft))
                    continue
                ctx.meeting_id = meeting_id
                done = self._call(
                    cur,
                    ctx,
                    "SELECT * FROM minutes.import_approved(%s, %s, %s)",
                    (
                        meeting_id,
                        register_key(draft.issuer.name, draft.issuer.abbreviation),
                        allow_number_jump,
                    ),
                )
                approved = self.tables.load(done[0], meeting_id)
                records.append(MeetingRecord(meeting_id, done[7], at, at, approved))
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
        """Replace a stored draft and bump its version (see ``store.repository.Database.update``)."""
        for _attempt in range(5):
            status, version, stored, _created = self._row(meeting_id)
            old = self.tables.load(stored, meeting_id)
            if status == Status.APPROVED.value:
                raise self.tables.read_only(meeting_id, old.title)
            if status == Status.IN_REVIEW.value:
                raise self.tables.in_review(meeting_id, old.title)
            if expected_version is not None and version != expected_version:
                raise self.tables.stale(meeting_id, version, expected_version)
            new, document = prepare(dataclasses.replace(meeting, status=Status(status)))
            changes = [[c.path, c.old, c.new] for c in diff_meetings(old, new)]
            issuer_key, terms, people = self._index(new)
            try:
                with self._acting(by) as (cur, login):
                    ctx = self._context(
                        login, meeting_id=meeting_id, expected_version=version, meeting=new
                    )
                    found = self._call(
                        cur,
                        ctx,
                        "SELECT * FROM minutes.save_meeting(%s, %s, %s, %s, %s::tsvector, "
                        "%s::tsvector, %s::jsonb, %s::jsonb, %s)",
                        (
                            meeting_id,
                            version,
                            document,
                            issuer_key,
                            terms.heading,
                            terms.terms,
                            people,
                            json.dumps(changes, ensure_ascii=False),
                            action,
                        ),
                    )
            except StaleVersion:
                if expected_version is None:
                    continue  # saved meanwhile: diff against that version and save again
                raise
            return MeetingRecord(meeting_id, found[0], found[1], found[2], new)
        raise self.tables.stale(meeting_id, self._row(meeting_id)[1], expected_version)

    def delete(self, meeting_id: int, *, by: str | None = None) -> None:
        """Delete a draft (its history, approved revisions and register number are kept)."""
        if not valid_id(meeting_id):
            raise self.tables.not_found(meeting_id)
        with self._acting(by) as (cur, login):
            self._call(
                cur,
                self._context(login, meeting_id=meeting_id),
                "SELECT minutes.delete_meeting(%s)",
                (meeting_id,),
            )

    # -- reading -------------------------------------------------------------------------------------

    # -- the reads' PostgreSQL pieces (the reads themselves: ``store.reading.MeetingReads``) ----

    UNLIMITED = None

    # Rank inside meeting_text (small rows: heading words and the date), join the rest
    # only for the rows returned. The heading holds the title and issuer words only: with
    # the names too, search p95 at 10,000 meetings grew by a fifth (past the 50 ms goal), so
    # a match in a name ranks as one in the body does (newest first), unlike SQLite's bm25.
    SEARCH_SQL = (
        f"SELECT {summary_select('m', 'm.')} FROM ("
        "SELECT t.meeting_id, t.date, ts_rank('{0.1, 0.2, 0.4, 1.0}', t.heading, query.q) AS r "
        "FROM (SELECT ?::tsquery AS q) AS query JOIN meeting_text AS t ON t.terms @@ query.q "
        "ORDER BY r DESC, t.date DESC, t.meeting_id DESC LIMIT ?) AS best "
        "JOIN meetings AS m ON m.id = best.meeting_id "
        "ORDER BY best.r DESC, best.date DESC, best.meeting_id DESC"
    )

    def _match(self, query: str) -> str:
        """Return the tsquery text of ``query`` ("" when it has no word)."""
        return ts_query(query)

    @contextmanager
    def _stream(self, sql: str, params: tuple[Any, ...]) -> Iterator[Iterable[tuple[Any, ...]]]:
        """Yield the rows of a read through a server-side cursor, 500 rows at a time."""
        conn = self.session.conn
        try:
            with conn.transaction(), conn.cursor(name="people") as cursor:
                cursor.itersize = 500
                cursor.execute(placeholders(sql), params)
                yield cursor
        except psycopg.Error as exc:
            raise pg_errors.translate(exc, self._context("")) from None


__all__ = ["ROLES", "PgDatabase"]
