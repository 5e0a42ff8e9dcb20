"""Errors of rendering and exporting, with Vietnamese and English messages naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.errors import MinutesError

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem


class ExportError(MinutesError):
    """An export that could not be written; no partial file is left behind."""

    def __init__(self, message_vi: str, message_en: str, path: str | Path | None = None) -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        self.path = Path(path) if path is not None else None
        super().__init__(f"{message_vi} / {message_en}")


class LayoutCheckFailed(ExportError):
    """The layout check found errors; ``problems`` lists every error and warning."""

    def __init__(self, problems: list[Problem], path: str | Path | None = None) -> None:
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        vi = "; ".join(p.text("vi") for p in errors[:5])
        en = "; ".join(p.text("en") for p in errors[:5])
        more_vi = f" (và {len(errors) - 5} lỗi khác)" if len(errors) > 5 else ""
        more_en = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(
            f"Chưa xuất được biên bản vì còn lỗi: {vi}{more_vi}",
            f"the minutes cannot be exported yet: {en}{more_en}",
            path,
        )

    @property
    def errors(self) -> list[Problem]:
        """Return only the errors."""
        return [p for p in self.problems if p.is_error]


class ProfileError(ExportError):
    """A layout profile file that is missing or malformed; ``path`` is the profile file."""
