"""Store errors, each with a clear bilingual message that names the file or the meeting."""

from __future__ import annotations

from minutes_app.domain.errors import BilingualError


class StoreError(BilingualError):
    """A database problem the user must be told about (message in Vietnamese, then English)."""

    def __init__(self, message_vi: str, message_en: str, path: str = "") -> None:
        super().__init__(message_vi, message_en, path)
        self.path = path


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


class DuplicateNumber(StoreError):
    """The meeting's number is already used in the register for that body and period."""


class InvalidNumber(StoreError):
    """A number that cannot go into the register ("12a", "00"), or one far above the next."""


class NumberJump(InvalidNumber):
    """A number given by hand far above the register's next one: confirm it to go ahead."""


class CommentNotFound(StoreError):
    """No review comment has the given id."""


class InvalidPart(StoreError):
    """A comment names a part of the minutes that does not exist."""


class InvalidText(StoreError):
    """A name, comment or reason holds characters that are refused (controls, bidi overrides)."""


class TermConflict(StoreError):
    """A term start would put numbers already issued into a second series of the same term."""


class RestoreWouldLoseApprovals(StoreError):
    """Restoring this backup would take back approvals and register numbers issued since.

    ``approvals`` counts the approved revisions lost, ``numbers`` lists the register numbers
    lost and ``documents`` the derived documents lost (``Thông báo kết luận 02 (…, năm 2026)``,
    ``Trích biên bản d7``), as shown to the user; restore again with ``force=True`` to go ahead.
    """

    def __init__(
        self,
        message_vi: str,
        message_en: str,
        path: str,
        approvals: int,
        numbers: list[str],
        documents: list[str] | None = None,
    ) -> None:
        super().__init__(message_vi, message_en, path)
        self.approvals = approvals
        self.numbers = numbers
        self.documents = documents or []


class ServerUnreachable(DatabaseUnavailable):
    """The office database server cannot be reached (down, no network): nothing was written.

    The caller keeps what the user typed and tries again later (``services.office.retry``).
    """


class AuthenticationFailed(DatabaseUnavailable):
    """The office database refused the login: no password, or a wrong one."""


class PermissionDenied(StoreError):
    """The login's office role does not allow this step (enforced by the database itself).

    ``roles`` names the office roles that would allow it (``secretary``, ``chair`` …).
    """

    def __init__(
        self, message_vi: str, message_en: str, path: str = "", roles: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message_vi, message_en, path)
        self.roles = roles


class ByRefused(StoreError):
    """A name was given for who acts (``--by``) on an office database, where the login acts."""
