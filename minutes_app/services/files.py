"""The user's data folder and whole-or-nothing file writes, for the verbs that keep files."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from minutes_app import appinfo
from minutes_app.domain.files import FileWriteError, write_error, write_file

__all__ = ["FileWriteError", "user_data_dir", "write_atomic"]


def user_data_dir() -> Path:
    """Return the user's data folder of the app (the database, own templates, own words)."""
    return platformdirs.user_data_path(appinfo.APP_NAME, appinfo.ORGANIZATION)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (``domain.files.write_file``).

    The folder is created when missing. On failure the old file (if any) is left as it was
    and ``FileWriteError`` names ``path``.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(path, exc) from None
    write_file(path, data)
