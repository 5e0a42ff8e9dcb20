"""The one store interface the services, the command line and the window use, whatever the backend.

Two implementations: ``store.repository.Database`` (one SQLite file, the default for a single PC)
and ``store.postgres.repository.PgDatabase`` (the office's PostgreSQL database, where the
person who acts is the login and the rules are enforced by the database itself).
``store.opening.open_store`` chooses one from a path or a ``postgresql://`` URI.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import field
from types import TracebackType
from typing import Any, Protocol, Self

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.diff import FieldChange
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action
from minutes_app.store.records import (
    AuditEntry,
    MeetingRecord,
    MeetingSummary,
    PersonEntry,
    RegisterSeries,
    ReviewComment,
    Revision,
    Rows,
    TermChange,
    TransitionResult,
    Verification,
    WorkflowEvent,
)
from minutes_app.store.signatures import SignatureBook

#: The backends, as ``Store.backend`` names them.
SQLITE = "sqlite"
POSTGRESQL = "postgresql"


@dataclass(frozen=True)
class Identity:
    """Who is connected to an office database: the login, the full name and the office roles."""

    login: str
    full_name: str
    roles: tuple[str, ...] = ()

    def has(self, role: str) -> bool:
        """Return True when the login holds ``role`` (``secretary``, ``chair``, ``clerk``, ``admin``)."""
        return role in self.roles


@dataclass(frozen=True)
class MeetingChange:
    """One change another connection made to a meeting, as the database announced it."""

    meeting_id: int
    operation: str  # "insert", "update", "delete", "comment"
    status: Status | None = None
    version: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class ChangeFeed(Protocol):
    """A way to wait for changes made by other connections (PostgreSQL LISTEN/NOTIFY)."""

    def wait(self, timeout: float) -> list[MeetingChange]:
        """Return the changes announced within ``timeout`` seconds (none: an empty list)."""
        ...

    def close(self) -> None:
        """Stop listening and close the feed's own connection."""
        ...


class ReviewStore(Protocol):
    """Review and approval of one store: workflow, register, comments, audit and integrity."""

    def transition(
        self,
        meeting_id: int,
        action: Action | str,
        by: str,
        text: str = "",
        *,
        expected_version: int | None = None,
        allow_number_jump: bool = False,
    ) -> TransitionResult: ...

    def submit(self, meeting_id: int, by: str, **kw: Any) -> TransitionResult: ...

    def return_(self, meeting_id: int, by: str, comment: str, **kw: Any) -> TransitionResult: ...

    def approve(self, meeting_id: int, by: str, **kw: Any) -> TransitionResult: ...

    def reopen(self, meeting_id: int, by: str, reason: str, **kw: Any) -> TransitionResult: ...

    def history(self, meeting_id: int) -> Rows[WorkflowEvent]: ...

    def revisions(self, meeting_id: int) -> Rows[Revision]: ...

    def revision(self, meeting_id: int, number: int) -> Revision: ...

    def diff(
        self, meeting_id: int, old: int | str, new: int | str = "current"
    ) -> list[FieldChange]: ...

    def register(
        self, *, year: int | None = None, issuer: str | None = None
    ) -> Rows[RegisterSeries]: ...

    def set_term(
        self, issuer: str, start: dt.date, by: str = "", *, refile: bool = False
    ) -> TermChange: ...

    def terms(self, issuer: str | None = None) -> Rows[tuple[str, dt.date]]: ...

    def add_comment(
        self,
        meeting_id: int,
        text: str,
        by: str,
        *,
        part: str = "meeting",
        reply_to: int | None = None,
    ) -> ReviewComment: ...

    def resolve_comment(self, comment_id: int, by: str) -> ReviewComment: ...

    def comment(self, comment_id: int) -> ReviewComment: ...

    def comments(
        self, meeting_id: int, *, include_resolved: bool = True
    ) -> Rows[ReviewComment]: ...

    def audit(self, meeting_id: int) -> Rows[AuditEntry]: ...

    def verify(self, meeting_id: int) -> Verification: ...

    def export_metadata(self, meeting_id: int) -> dict[str, str]: ...


class Store(Protocol):
    """One open minutes database (one connection: open another per thread)."""

    #: ``SQLITE`` or ``POSTGRESQL``.
    backend: str
    #: What opens this database again (a file path, or a URI without password) for another thread.
    target: str
    #: Who the audit log names when a call passes no ``by`` (SQLite only: the office uses the login).
    user_name: str
    #: Whether derived documents (``store.derived``: conclusions, extracts, resolutions and the
    #: outgoing register) are kept here: a local file does, the office database not yet.
    supports_derived_documents: bool
    #: Whether Word review copies (``store.word_review``) are kept here: a local file does, the
    #: office database not yet (there the chair comments in the app itself).
    supports_word_review: bool

    @property
    def review(self) -> ReviewStore:
        """Return the review side: workflow, register, comments, audit and integrity."""
        ...

    @property
    def signature_book(self) -> SignatureBook:
        """Return the digital-signature records (``store.signatures`` forwards to it)."""
        ...

    @property
    def where(self) -> str:
        """Return the database as messages name it (a path, or a URI without password)."""
        ...

    @property
    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def reopen(self) -> Store:
        """Open another connection to the same database (one per thread), asking nothing again."""
        ...

    def identity(self) -> Identity | None:
        """Return who is connected to an office database; None for a local file."""
        ...

    def full_names(self) -> dict[str, str]:
        """Return the full name of each office login (empty for a local file)."""
        ...

    def changes(self) -> ChangeFeed | None:
        """Return a feed of changes other connections make; None when the backend has none."""
        ...

    def setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...

    def create(
        self,
        meeting: Meeting,
        *,
        by: str | None = None,
        action: str = "create",
        allow_number_jump: bool = False,
    ) -> MeetingRecord: ...

    def create_many(
        self,
        meetings: Sequence[Meeting],
        *,
        by: str | None = None,
        action: str = "create",
        allow_number_jump: bool = False,
    ) -> builtins.list[MeetingRecord]: ...

    def update(
        self,
        meeting_id: int,
        meeting: Meeting,
        *,
        expected_version: int | None = None,
        by: str | None = None,
        action: str = "update",
    ) -> MeetingRecord: ...

    def delete(self, meeting_id: int, *, by: str | None = None) -> None: ...

    def get(self, meeting_id: int) -> MeetingRecord: ...

    def summary(self, meeting_id: int) -> MeetingSummary: ...

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        status: Status | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> Rows[MeetingSummary]: ...

    def count(self) -> int: ...

    def search(self, query: str, *, limit: int = 200) -> Rows[MeetingSummary]: ...

    def people(
        self, prefix: str = "", *, limit: int = 50, exclude_meeting: int | None = None
    ) -> builtins.list[PersonEntry]: ...

    def previous_meeting(
        self, issuer_name: str, *, before: dt.date | None = None
    ) -> MeetingRecord | None: ...

    def export_json(self, meeting_id: int) -> str: ...

    def stored_document(self, meeting_id: int) -> dict[str, Any]: ...
