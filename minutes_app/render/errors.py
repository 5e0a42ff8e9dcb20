"""Errors of rendering and exporting, with Vietnamese and English messages naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.errors import BilingualError, problem_summary
from minutes_app.domain.fields import editor_label

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem


class ExportError(BilingualError):
    """An export that could not be written; no partial file is left behind."""

    def __init__(self, message_vi: str, message_en: str, path: str | Path | None = None) -> None:
        super().__init__(message_vi, message_en)
        self.path = Path(path) if path is not None else None


class LayoutCheckFailed(ExportError):
    """The layout check found errors; ``problems`` lists every error and warning.

    The message names the fields as the window does (``Thành phần, dòng 2: Họ tên``); a derived
    document passes its own names (``document``, ``label``: ``domain.derived.field_label``).
    """

    def __init__(
        self,
        problems: list[Problem],
        path: str | Path | None = None,
        *,
        document: tuple[str, str] = ("biên bản", "the minutes"),
        label: Callable[[str, str], str] = editor_label,
    ) -> None:
        self.problems = problems
        vi, en = problem_summary(problems, label=label)
        super().__init__(
            f"Chưa xuất được {document[0]} vì còn lỗi: {vi}",
            f"{document[1]} cannot be exported yet: {en}",
            path,
        )

    @property
    def errors(self) -> list[Problem]:
        """Return only the errors."""
        return [p for p in self.problems if p.is_error]


class ProfileError(ExportError):
    """A layout profile file that is missing or malformed; ``path`` is the profile file."""
