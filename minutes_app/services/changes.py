"""What a verb changed: the one descriptor every verb returns, so callers refresh only that.

In the manner of Anki's ``OpChanges``: a verb (create, save, a workflow step, a comment, an
export, a backup …) returns a ``Changes`` naming the records it wrote, the ids it removed and
the files it made. The window refreshes the list row, the open tab or the review page the
descriptor names, and re-reads nothing; the command line prints from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.dataclass import dataclass

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem
    from minutes_app.store import MeetingRecord, ReviewComment, Revision, WorkflowEvent


@dataclass(frozen=True)
class WrittenFile:
    """One file a verb wrote: where (None: standard output), in which format, how big."""

    path: Path | None
    fmt: str
    size: int
    #: Document properties written into it (the approval metadata of approved minutes).
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """What one verb changed.

    ``record`` is the meeting as the verb left it in the database (saved, created, stepped);
    ``created`` every meeting that is new (create, duplicate, import: all of them);
    ``deleted`` the ids removed; ``event``, ``revision``, ``number_assigned`` and ``comment``
    what a review verb wrote; ``files`` what was written outside the database; ``warnings``
    what the checks met on the way (they did not stop the verb), and ``file_warnings`` the
    same per input file (an import). ``database_replaced`` means the whole database changed
    under the caller (a restore): every view reloads.
    """

    meeting_id: int | None = None
    record: MeetingRecord | None = None
    created: tuple[MeetingRecord, ...] = ()
    deleted: tuple[int, ...] = ()
    event: WorkflowEvent | None = None
    revision: Revision | None = None
    number_assigned: str | None = None
    comment: ReviewComment | None = None
    files: tuple[WrittenFile, ...] = ()
    warnings: list[Problem] = field(default_factory=list)
    file_warnings: Mapping[str, list[Problem]] = field(default_factory=dict)
    database_replaced: bool = False

    # -- what a view refreshes ---------------------------------------------------------------

    @property
    def status_changed(self) -> bool:
        """Return True when the meeting's workflow status (and so its row) changed."""
        return self.event is not None

    @property
    def stored(self) -> tuple[MeetingRecord, ...]:
        """Return every meeting written, as stored: the list rows to add or refresh."""
        created = {r.id for r in self.created}
        extra = (self.record,) if self.record is not None and self.record.id not in created else ()
        return self.created + extra

    @property
    def review_changed(self) -> bool:
        """Return True when the review page of ``meeting_id`` has something new to show."""
        return any(x is not None for x in (self.event, self.revision, self.comment, self.record))

    def touches(self, meeting_id: int) -> bool:
        """Return True when this change concerns the meeting ``meeting_id``."""
        return (
            self.database_replaced
            or meeting_id == self.meeting_id
            or meeting_id in self.deleted
            or any(r.id == meeting_id for r in self.stored)
        )

    def record_of(self, meeting_id: int) -> MeetingRecord | None:
        """Return the stored record of ``meeting_id`` this change carries, if any."""
        return next((r for r in self.stored if r.id == meeting_id), None)

    @property
    def file(self) -> WrittenFile:
        """Return the one file an export wrote (``ValueError`` when it wrote none or many)."""
        if len(self.files) != 1:
            raise ValueError(f"{len(self.files)} files written, not one")
        return self.files[0]
