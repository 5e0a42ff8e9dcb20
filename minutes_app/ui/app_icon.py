"""The application icon, shared by the application object and the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon


def icon_path() -> Path | None:
    """Return the application icon file, if bundled."""
    try:
        from minutes_app.paths import resource

        path = resource("icons", "minutes-app.svg")
    except FileNotFoundError:
        return None
    return path if path.exists() else None


def app_icon() -> QIcon:
    """Return the application icon (empty when the file is missing)."""
    path = icon_path()
    return QIcon(str(path)) if path else QIcon()
