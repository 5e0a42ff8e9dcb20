"""What the store returns: stored meetings, list rows, people, review records. Data only, no labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import field
from typing import Any, TypeVar

from minutes_app.domain import interchange
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action

_T = TypeVar("_T")


class Rows(list[_T]):
    """A list of rows read from the database, with what could not be read.

    ``damaged`` holds one bilingual line ("vi / en") per row that was skipped because a
    stored value is not valid (the rest are returned); ``notes`` holds other things worth
    telling, such as a search query that was shortened.
    """

    def __init__(
        self, rows: Iterable[_T] = (), damaged: Iterable[str] = (), notes: Iterable[str] = ()
    ) -> None:
        super().__init__(rows)
        self.damaged: list[str] = list(damaged)
        self.notes: list[str] = list(notes)


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting as stored: its id, its version (for optimistic concurrency) and timestamps."""

    id: int
    version: int
    created_at: str  # ISO 8601, UTC
    updated_at: str  # ISO 8601, UTC
    meeting: Meeting


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meeting list: enough to show and sort without loading the whole meeting."""

    id: int
    date: dt.date
    title: str
    issuer_name: str
    status: Status
    number: str
    symbol: str
    updated_at: str
    version: int
    #: The reviewer's comment when the latest review step returned the minutes ("Bị trả lại").
    returned_note: str = ""


@dataclass(frozen=True)
class PersonEntry:
    """A person of the people directory, with the positions used for them, most recent first."""

    name: str
    positions: list[str] = field(default_factory=list)
    organization: str = ""


@dataclass(frozen=True)
class WorkflowEvent:
    """One workflow step: who did what, when, and why (the comment or the reason)."""

    id: int
    meeting_id: int
    action: Action
    source: Status
    target: Status
    by: str
    at: str
    note: str
    revision: int | None
    hash: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Return the step as JSON-ready data (``history --json``)."""
        return {
            "action": self.action.value,
            "by": self.by,
            "at": self.at,
            "from": self.source.value,
            "to": self.target.value,
            "comment": self.note if self.action is Action.RETURN else "",
            "reason": self.note if self.action is Action.REOPEN else "",
            "revision": self.revision,
        }


@dataclass(frozen=True)
class Revision:
    """A frozen approved revision: its canonical JSON, hash, approver and chain hash."""

    meeting_id: int
    revision: int
    document: str
    sha256: str
    approved_by: str
    approved_at: str
    event_hash: str = ""
    chain: str = ""

    def meeting(self) -> Meeting:
        """Return the meeting as it was approved."""
        return interchange.parse(self.document, f"revision {self.revision}", check=False).meeting


@dataclass(frozen=True)
class ReviewComment:
    """A review comment on one part of the minutes (a reply has a ``parent_id``)."""

    id: int
    meeting_id: int
    parent_id: int | None
    part: str
    author: str
    text: str
    created_at: str
    resolved_by: str | None = None
    resolved_at: str | None = None

    @property
    def resolved(self) -> bool:
        """Return True once someone resolved the comment."""
        return self.resolved_at is not None


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log: a changed field (its path), or a whole-meeting step."""

    id: int
    meeting_id: int
    at: str
    by: str
    action: str
    version: int | None
    path: str
    old: str | None
    new: str | None

    def as_dict(self) -> dict[str, Any]:
        """Return the entry as JSON-ready data (``audit --json`` adds the label shown)."""
        return {
            "at": self.at,
            "by": self.by,
            "action": self.action,
            "version": self.version,
            "field": self.path,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True)
class RegisterEntry:
    """One number of the register; ``status`` None means the meeting was deleted since."""

    issuer: str
    abbreviation: str
    period: str
    number: int
    meeting_id: int | None
    date: dt.date
    title: str
    status: Status | None

    def as_dict(self) -> dict[str, Any]:
        """Return the entry as JSON-ready data (``register --json``)."""
        return {
            "issuer": self.issuer,
            "abbreviation": self.abbreviation,
            "period": self.period,
            "number": self.number,
            "id": self.meeting_id,
            "date": self.date.isoformat(),
            "title": self.title,
            "status": self.status.value if self.status else "deleted",
        }


@dataclass(frozen=True)
class RegisterSeries:
    """The numbers of one issuing body in one period, in order, with the runs of missing ones."""

    issuer: str
    abbreviation: str
    period: str
    entries: list[RegisterEntry]
    gaps: list[tuple[int, int]]  # (first, last) of each run of missing numbers


@dataclass(frozen=True)
class Verification:
    """The result of checking a meeting's review records and approved content."""

    meeting_id: int
    intact: bool
    revision: int | None
    sha256: str
    messages: list[str] = field(default_factory=list)  # "vi / en" lines
    chain: str = ""  # the latest revision's chain hash (compare it with the one printed)


@dataclass(frozen=True)
class TransitionResult:
    """What a workflow step did: the meeting after it, the step, and what approval froze."""

    record: MeetingRecord
    event: WorkflowEvent
    revision: Revision | None = None
    number_assigned: str | None = None


@dataclass(frozen=True)
class TermChange:
    """What setting a term start did: the register numbers moved into the new term, if any."""

    issuer: str
    start: dt.date
    refiled: list[RegisterEntry] = field(default_factory=list)
