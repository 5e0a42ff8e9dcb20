"""Domain errors that carry the problems found, each naming its field."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem


class MinutesError(Exception):
    """Base of the errors the application reports to the user as a message, not a traceback."""


class InterchangeError(MinutesError):
    """A JSON document that cannot be imported; ``problems`` lists every error and warning."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        errors = [p for p in problems if p.is_error]
        where = f"{source}: " if source else ""
        lines = "; ".join(p.text("en") for p in errors[:5])
        more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{where}{lines}{more}")

    @property
    def errors(self) -> list[Problem]:
        """Return only the errors."""
        return [p for p in self.problems if p.is_error]
