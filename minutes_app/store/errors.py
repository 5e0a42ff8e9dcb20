"""Store errors, each with a clear bilingual message that names the file or the meeting."""

from __future__ import annotations

from minutes_app.domain.errors import MinutesError


class StoreError(MinutesError):
    """A database problem the user must be told about (message in Vietnamese, then English)."""

    def __init__(self, message_vi: str, message_en: str, path: str = "") -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{message_vi} / {message_en}")


class NotADatabase(StoreError):
    """The file is not a minutes-app database (not SQLite, truncated, another program's file)."""


class DatabaseTooNew(StoreError):
    """The file was written by a newer version of the application."""


class DatabaseUnavailable(StoreError):
    """The file cannot be opened or written: a folder, read-only, missing folder, locked."""


class MeetingNotFound(StoreError):
    """No meeting has the given id."""


class StaleVersion(StoreError):
    """A save was based on an outdated version: someone else saved the meeting meanwhile."""


class ReadOnlyMeeting(StoreError):
    """The meeting is approved and cannot be changed without reopening it."""


class InvalidMeeting(StoreError):
    """The meeting holds something that cannot be stored (e.g. a lone surrogate character)."""
