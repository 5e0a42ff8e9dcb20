"""What the store returns: stored meetings with their identity and version, list rows, people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minutes_app.domain.model import Meeting, Status


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


@dataclass(frozen=True)
class PersonEntry:
    """A person of the people directory, with the positions used for them, most recent first."""

    name: str
    positions: list[str] = field(default_factory=list)
    organization: str = ""
