"""The SQLite store: connection, migrations and the meeting repository. Knows the domain only."""

from minutes_app.store.connection import default_db_path
from minutes_app.store.errors import (
    DatabaseTooNew,
    DatabaseUnavailable,
    InvalidMeeting,
    MeetingNotFound,
    NotADatabase,
    ReadOnlyMeeting,
    StaleVersion,
    StoreError,
)
from minutes_app.store.records import MeetingRecord, MeetingSummary, PersonEntry
from minutes_app.store.repository import Database
from minutes_app.store.review import (
    AuditEntry,
    CommentNotFound,
    DuplicateNumber,
    InvalidPart,
    RegisterEntry,
    RegisterSeries,
    ReviewComment,
    ReviewService,
    Revision,
    TransitionResult,
    Verification,
    WorkflowEvent,
    default_user,
)
from minutes_app.store.schema import APPLICATION_ID, latest_version

__all__ = [
    "APPLICATION_ID", "Database", "DatabaseTooNew", "DatabaseUnavailable", "InvalidMeeting",
    "MeetingNotFound", "MeetingRecord", "MeetingSummary", "NotADatabase", "PersonEntry",
    "ReadOnlyMeeting", "StaleVersion", "StoreError", "default_db_path", "latest_version",
    "AuditEntry", "CommentNotFound", "DuplicateNumber", "InvalidPart", "RegisterEntry",
    "RegisterSeries", "ReviewComment", "ReviewService", "Revision", "TransitionResult",
    "Verification", "WorkflowEvent", "default_user",
]  # fmt: skip
