"""The review facade of one ``Database``: workflow, register, comments and audit in one place.

It only forwards to ``store.workflow``, ``store.register``, ``store.comments`` and
``store.audit``, which all work on ``store.tables``; callers keep writing ``db.review.approve``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from minutes_app.domain.diff import FieldChange
from minutes_app.domain.workflow import Action
from minutes_app.store import audit as _audit
from minutes_app.store import comments as _comments
from minutes_app.store import register as _register
from minutes_app.store import workflow as _workflow
from minutes_app.store.actors import default_user
from minutes_app.store.audit import META_APPROVED_AT, META_APPROVED_BY, META_REVISION, META_SHA256
from minutes_app.store.chain import sha256_text
from minutes_app.store.errors import CommentNotFound, DuplicateNumber, InvalidPart
from minutes_app.store.records import (
    AuditEntry,
    RegisterEntry,
    RegisterSeries,
    ReviewComment,
    Revision,
    Rows,
    TermChange,
    TransitionResult,
    Verification,
    WorkflowEvent,
)
from minutes_app.store.tables import Tables

__all__ = [
    "META_APPROVED_AT",
    "META_APPROVED_BY",
    "META_REVISION",
    "META_SHA256",
    "AuditEntry",
    "CommentNotFound",
    "DuplicateNumber",
    "InvalidPart",
    "RegisterEntry",
    "RegisterSeries",
    "ReviewComment",
    "ReviewService",
    "Revision",
    "TransitionResult",
    "Verification",
    "WorkflowEvent",
    "default_user",
    "sha256_text",
]


class ReviewService:
    """Review and approval over one database connection: every write is one transaction."""

    def __init__(self, tables: Tables, *, derived_documents: bool = False) -> None:
        self.tables = tables
        #: Whether the database keeps derived documents (``verify`` checks them too).
        self.derived_documents = derived_documents

    # -- workflow ------------------------------------------------------------------------------

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
        """Take one workflow step (see ``store.workflow.transition``)."""
        return _workflow.transition(
            self.tables,
            meeting_id,
            action,
            by,
            text,
            expected_version=expected_version,
            allow_number_jump=allow_number_jump,
        )

    def submit(self, meeting_id: int, by: str, **kw: Any) -> TransitionResult:
        """Send a draft for review."""
        return self.transition(meeting_id, Action.SUBMIT, by, **kw)

    def return_(self, meeting_id: int, by: str, comment: str, **kw: Any) -> TransitionResult:
        """Return minutes in review to the secretary, with a comment."""
        return self.transition(meeting_id, Action.RETURN, by, comment, **kw)

    def approve(self, meeting_id: int, by: str, **kw: Any) -> TransitionResult:
        """Approve minutes in review: number them if needed and freeze a revision."""
        return self.transition(meeting_id, Action.APPROVE, by, **kw)

    def reopen(self, meeting_id: int, by: str, reason: str, **kw: Any) -> TransitionResult:
        """Reopen approved minutes as a draft, with a reason, starting a new revision."""
        return self.transition(meeting_id, Action.REOPEN, by, reason, **kw)

    def history(self, meeting_id: int) -> Rows[WorkflowEvent]:
        """Return the workflow steps of a meeting, oldest first."""
        return _workflow.history(self.tables, meeting_id)

    def revisions(self, meeting_id: int) -> Rows[Revision]:
        """Return the frozen revisions of a meeting, oldest first."""
        return _workflow.revisions(self.tables, meeting_id)

    def revision(self, meeting_id: int, number: int) -> Revision:
        """Return one frozen revision."""
        return _workflow.revision(self.tables, meeting_id, number)

    def diff(
        self, meeting_id: int, old: int | str, new: int | str = "current"
    ) -> list[FieldChange]:
        """Return the field changes from revision ``old`` to ``new`` (a number or ``"current"``)."""
        return _workflow.diff(self.tables, meeting_id, old, new)

    # -- the register --------------------------------------------------------------------------

    def register(
        self, *, year: int | None = None, issuer: str | None = None
    ) -> Rows[RegisterSeries]:
        """Return the register, one series per body and period, with its gaps."""
        return _register.series(self.tables, year=year, issuer=issuer)

    def set_term(
        self, issuer: str, start: dt.date, by: str = "", *, refile: bool = False
    ) -> TermChange:
        """Record that a term of a Party body starts (see ``store.register.set_term``)."""
        return _register.set_term(self.tables, issuer, start, by, refile=refile)

    def terms(self, issuer: str | None = None) -> Rows[tuple[str, dt.date]]:
        """Return the configured term starts: (folded body, start), by body then date."""
        return _register.terms(self.tables, issuer)

    # -- comments ------------------------------------------------------------------------------

    def add_comment(
        self,
        meeting_id: int,
        text: str,
        by: str,
        *,
        part: str = "meeting",
        reply_to: int | None = None,
    ) -> ReviewComment:
        """Attach a comment to a part of the minutes (or answer a comment) and return it."""
        return _comments.add_comment(
            self.tables, meeting_id, text, by, part=part, reply_to=reply_to
        )

    def resolve_comment(self, comment_id: int, by: str) -> ReviewComment:
        """Mark a comment (and its replies) resolved; it stays in the history."""
        return _comments.resolve_comment(self.tables, comment_id, by)

    def comment(self, comment_id: int) -> ReviewComment:
        """Return one comment."""
        return _comments.comment(self.tables, comment_id)

    def comments(self, meeting_id: int, *, include_resolved: bool = True) -> Rows[ReviewComment]:
        """Return the comments of a meeting in the order they were written."""
        return _comments.comments(self.tables, meeting_id, include_resolved=include_resolved)

    # -- audit and integrity -------------------------------------------------------------------

    def audit(self, meeting_id: int) -> Rows[AuditEntry]:
        """Return every recorded change of a meeting, oldest first (kept after a deletion)."""
        return _audit.audit(self.tables, meeting_id)

    def verify(self, meeting_id: int) -> Verification:
        """Check a meeting's chains, history, revisions and approved content, and the documents
        derived from it."""
        return _audit.verify(self.tables, meeting_id, derived=self.derived_documents)

    def export_metadata(self, meeting_id: int) -> dict[str, str]:
        """Return the document properties of an approved meeting's export (empty otherwise)."""
        return _audit.export_metadata(self.tables, meeting_id)
