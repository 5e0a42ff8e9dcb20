"""The user's data folder and whole-or-nothing file writes, for the verbs that keep files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

from minutes_app import appinfo
from minutes_app.domain.errors import MinutesError


class FileWriteError(MinutesError):
    """A file the app keeps for the user could not be written; the message names the file."""

    def __init__(self, message_vi: str, message_en: str, path: Path) -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        self.path = path
        super().__init__(f"{path}: {message_vi} / {message_en}")


def user_data_dir() -> Path:
    """Return the user's data folder of the app (the database, own templates, own words)."""
    return platformdirs.user_data_path(appinfo.APP_NAME, appinfo.ORGANIZATION)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temp file beside it, fsync, rename.

    The folder is created when missing. On failure the old file (if any) is left as it was
    and ``FileWriteError`` names ``path``.
    """
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FileWriteError(
            f"không ghi được tệp ({reason})", f"the file cannot be written ({reason})", path
        ) from None
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
