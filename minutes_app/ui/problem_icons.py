"""The marks of errors and warnings drawn from bundled icons (no font has to carry "⛔")."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from minutes_app.paths import resource


@cache
def problem_icon(is_error: bool) -> QIcon:
    """Return the red stop mark of an error or the amber triangle of a warning."""
    return QIcon(str(resource("icons", "status", "error.svg" if is_error else "warning.svg")))


def no_icon() -> QIcon:
    """Return an empty icon (a section without problems)."""
    return QIcon()
