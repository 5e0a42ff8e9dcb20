"""The meeting model, its rules and the JSON interchange format. Standard library only."""

from minutes_app.domain.errors import InterchangeError, MinutesError
from minutes_app.domain.facts import (
    AttendanceCounts,
    VoteResult,
    attendance_counts,
    default_eligible,
    eligible_for,
    vote_result,
)
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Profile,
    Role,
    Signature,
    Speaker,
    Statement,
    Status,
    Task,
    Vote,
)
from minutes_app.domain.validation import Problem, Purpose, Severity, errors_of, validate

__all__ = [
    "AgendaItem",
    "Attendance",
    "AttendanceCounts",
    "Attendee",
    "InterchangeError",
    "Issuer",
    "Meeting",
    "MinutesError",
    "Person",
    "Problem",
    "Profile",
    "Purpose",
    "Role",
    "Severity",
    "Signature",
    "Speaker",
    "Statement",
    "Status",
    "Task",
    "Vote",
    "VoteResult",
    "attendance_counts",
    "default_eligible",
    "eligible_for",
    "errors_of",
    "validate",
    "vote_result",
]
