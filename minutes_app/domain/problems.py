"""Problems: what a check found wrong with one field, with its path and a bilingual message."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from minutes_app.domain.dataclass import dataclass


class Severity(StrEnum):
    """How serious a problem is: errors block import and export, warnings only inform."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem with a field of a meeting (or of an imported file)."""

    path: str
    message_vi: str
    message_en: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        """Return True for an error."""
        return self.severity is Severity.ERROR

    def text(self, language: str = "vi", name: Callable[[str, str], str] | None = None) -> str:
        """Return ``path: message`` in the given language (``vi`` or ``en``); with ``name``,
        the field is called ``name(path, language)`` instead of by its path."""
        message = self.message_en if language == "en" else self.message_vi
        label = "lỗi" if language != "en" else "error"
        if not self.is_error:
            label = "cảnh báo" if language != "en" else "warning"
        field = name(self.path, language) if name is not None and self.path else self.path
        where = f"{field}: " if field else ""
        return f"{label}: {where}{message}"

    def __str__(self) -> str:
        return f"{self.text('vi')} / {self.message_en}"


def error(path: str, vi: str, en: str) -> Problem:
    """Return an error problem."""
    return Problem(path, vi, en, Severity.ERROR)


def warning(path: str, vi: str, en: str) -> Problem:
    """Return a warning problem."""
    return Problem(path, vi, en, Severity.WARNING)
