"""The store: one interface (``api.Store``), the SQLite file and the office's PostgreSQL behind it. Knows the domain only."""

from minutes_app.store.actors import default_user
from minutes_app.store.api import (
    POSTGRESQL,
    SQLITE,
    ChangeFeed,
    Identity,
    MeetingChange,
    ReviewStore,
    Store,
)
from minutes_app.store.connection import default_db_path
from minutes_app.store.errors import (
    AuthenticationFailed,
    ByRefused,
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
    PermissionDenied,
    ReadOnlyMeeting,
    RestoreWouldLoseApprovals,
    ServerUnreachable,
    StaleVersion,
    StoreError,
    TermConflict,
)
from minutes_app.store.opening import is_office, open_store
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
    "POSTGRESQL", "SQLITE", "AuthenticationFailed", "ByRefused", "ChangeFeed", "Identity",
    "MeetingChange", "PermissionDenied", "ReviewStore", "ServerUnreachable", "Store", "is_office",
    "open_store",
    "APPLICATION_ID", "AuditEntry", "CommentNotFound", "Database", "DatabaseTooNew",
    "DatabaseUnavailable", "DuplicateNumber", "InvalidMeeting", "InvalidNumber", "InvalidPart",
    "InvalidText", "MeetingNotFound", "MeetingRecord", "MeetingSummary", "NotADatabase", "NumberJump",
    "PersonEntry", "ReadOnlyMeeting", "RegisterEntry", "RegisterSeries", "RestoreWouldLoseApprovals",
    "ReviewComment", "ReviewService", "Revision", "Rows", "StaleVersion", "StoreError",
    "TermChange", "TermConflict", "TransitionResult", "Verification", "WorkflowEvent",
    "default_db_path", "default_user", "latest_version",
]  # fmt: skip
