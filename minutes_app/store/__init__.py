"""The SQLite store: connection, migrations, the meeting tables and the review records. Knows the domain only."""

from minutes_app.store.actors import default_user
from minutes_app.store.connection import default_db_path
from minutes_app.store.errors import (
    CommentNotFound,
    DatabaseTooNew,
    DatabaseUnavailable,
    DuplicateNumber,
    InvalidMeeting,
    InvalidNumber,
    InvalidPart,
    InvalidText,
    MeetingNotFound,
    NotADatabase,
    NumberJump,
    ReadOnlyMeeting,
    RestoreWouldLoseApprovals,
    StaleVersion,
    StoreError,
    TermConflict,
)
from minutes_app.store.records import (
    AuditEntry,
    MeetingRecord,
    MeetingSummary,
    PersonEntry,
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
from minutes_app.store.repository import Database
from minutes_app.store.review import ReviewService
from minutes_app.store.schema import APPLICATION_ID, latest_version

__all__ = [
    "APPLICATION_ID", "AuditEntry", "CommentNotFound", "Database", "DatabaseTooNew",
    "DatabaseUnavailable", "DuplicateNumber", "InvalidMeeting", "InvalidNumber", "InvalidPart",
    "InvalidText", "MeetingNotFound", "MeetingRecord", "MeetingSummary", "NotADatabase", "NumberJump",
    "PersonEntry", "ReadOnlyMeeting", "RegisterEntry", "RegisterSeries", "RestoreWouldLoseApprovals",
    "ReviewComment", "ReviewService", "Revision", "Rows", "StaleVersion", "StoreError",
    "TermChange", "TermConflict", "TransitionResult", "Verification", "WorkflowEvent",
    "default_db_path", "default_user", "latest_version",
]  # fmt: skip
