"""Files kept in the user's cache folder so that a command does not redo the same work.

The renderer keeps reportlab's reading of the bundled fonts there (``render/font_cache.py``),
the store the database schema its migrations make (``store/schema.py``). Each file is named
after what it was made from, so a changed font, migration or library gives another name, and
carries the CRC-32 of its contents: a file that does not match, or cannot be read, is as good as
missing and the work is done again. Writing is atomic, and removes the other files of the same
kind in that folder (older versions). A folder that cannot be written changes nothing.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from minutes_app.domain.files import FileWriteError, write_file

_CHECK = 4  # the CRC-32 in front of the contents

#: The folder; None until first asked. Tests point it elsewhere.
root: Path | None = None


def folder(*parts: str) -> Path:
    """Return ``<user cache>/minutes-app/<parts…>`` (not created here)."""
    global root
    if root is None:
        import platformdirs

        from minutes_app import appinfo

        root = platformdirs.user_cache_path(appinfo.APP_NAME, appinfo.ORGANIZATION)
    return root.joinpath(*parts)


def read(path: Path) -> bytes | None:
    """Return the contents written to ``path``, or None when it is missing, unreadable or damaged."""
    try:
        stored = path.read_bytes()
    except OSError:
        return None
    check, payload = stored[:_CHECK], stored[_CHECK:]
    if len(check) != _CHECK or zlib.crc32(payload) != int.from_bytes(check, "big"):
        return None
    return payload


def write(path: Path, contents: bytes) -> None:
    """Write ``contents`` to ``path`` atomically (``domain.files.write_file``) and remove the
    other ``*<suffix>`` files of its folder; do nothing when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, zlib.crc32(contents).to_bytes(_CHECK, "big") + contents)
        for old in path.parent.glob(f"*{path.suffix}"):
            if old.name != path.name:
                old.unlink(missing_ok=True)
    except (OSError, FileWriteError):
        pass
