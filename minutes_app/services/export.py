"""Export one meeting to JSON, DOCX or PDF: the single verb the command line and the window call.

For a stored meeting it loads the minutes, runs the layout check, and for approved minutes
adds the approval metadata (revision, SHA-256, approved by and at) after checking that the
stored text still matches its approved revision. It refuses to write over the database, its
``-wal``/``-shm`` or its backups, writes a pipe or a device in place, and replaces a regular
file atomically. It returns what it wrote (``Changes.files``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain import interchange
from minutes_app.domain.files import Protected, write_file, write_stream
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import printable
from minutes_app.domain.validation import Problem
from minutes_app.services.changes import Changes, WrittenFile

if TYPE_CHECKING:
    from minutes_app.store import Store

FORMATS = ("json", "docx", "pdf")
#: The target meaning standard output (``--out -``).
STDOUT = "-"

#: Renders a checked meeting to bytes: ``(meeting, fmt, profile, metadata) -> bytes``.
Renderer = Callable[[Meeting, str, "str | None", "Mapping[str, str] | None"], bytes]


def protected_files(db_path: str | Path) -> Protected:
    """Return the files of the database at ``db_path`` that no export may replace."""
    from minutes_app.store.backup import backup_folder, list_backups

    path = Path(db_path)
    names: list[tuple[Path, str, str]] = []
    for base in dict.fromkeys([path, path.expanduser().resolve()]):
        names += [
            (base, "cơ sở dữ liệu đang mở", "the open database"),
            (Path(f"{base}-wal"), "tệp -wal của cơ sở dữ liệu", "the database's -wal file"),
            (Path(f"{base}-shm"), "tệp -shm của cơ sở dữ liệu", "the database's -shm file"),
            (Path(f"{base}-journal"), "tệp nhật ký của cơ sở dữ liệu", "the database's journal"),
        ]
    backup = ("một bản sao lưu của cơ sở dữ liệu", "a backup of the database")
    names += [(b.path, *backup) for b in list_backups(path)]
    return Protected(files=tuple(names), folders=((backup_folder(path), *backup),))


def render_bytes(
    meeting: Meeting, fmt: str, profile: str | None, metadata: Mapping[str, str] | None
) -> bytes:
    """Return the DOCX or PDF bytes of a checked meeting (the default renderer)."""
    from minutes_app.render.api import render_bytes as render

    return render(meeting, fmt, profile, metadata)


def export_meeting(
    source: int | Meeting,
    fmt: str,
    target: str | Path,
    *,
    db: Store | None = None,
    profile: str | None = None,
    renderer: Renderer | None = None,
) -> Changes:
    """Export a stored meeting (by id, from ``db``) or a meeting object to ``target``.

    ``target`` is a file, a pipe or device (written in place), or ``"-"`` for standard
    output. DOCX and PDF go through the layout check first (``LayoutCheckFailed`` lists the
    errors; nothing is written). A stored approved meeting carries its approval metadata, and
    is refused (``StoreError``) when its text no longer matches the approved revision. With
    ``db``, a target that is the database or one of its files is refused (``FileWriteError``).
    JSON is the lossless interchange form: no check, no metadata.
    """
    from minutes_app.render.errors import ExportError

    if fmt not in FORMATS:
        raise ExportError(
            f"Định dạng “{fmt}” không được hỗ trợ (json, docx hoặc pdf)",
            f"unsupported format {fmt!r} (json, docx or pdf)",
            None if target == STDOUT else target,
        )
    to_stdout = isinstance(target, str) and target == STDOUT
    path = None if to_stdout else Path(target).expanduser()
    # A local file guards itself and its backups; the office database has no file here.
    local = getattr(db, "path", None) if db is not None else None
    guard = protected_files(local) if local is not None else None
    if path is not None and guard is not None:
        guard.check(path)  # say so before any rendering
    meeting_id: int | None = None
    if isinstance(source, Meeting):
        meeting = source
    else:
        if db is None:
            raise ValueError("a stored meeting needs its database")
        meeting_id = source
        meeting = db.get(source).meeting
    warnings: list[Problem] = []
    metadata: dict[str, str] = {}
    if fmt == "json":
        data = interchange.dumps(meeting).encode("utf-8")
    else:
        from minutes_app.render import LayoutCheckFailed, check_meeting

        if meeting_id is not None and db is not None:
            # Approved minutes carry their revision and hash; refused if tampered with.
            metadata = approval_metadata(db, meeting_id)
        problems = check_meeting(meeting, profile)
        if any(p.is_error for p in problems):
            raise LayoutCheckFailed(problems, path)
        warnings = [p for p in problems if not p.is_error]
        data = (renderer or render_bytes)(meeting, fmt, profile, metadata or None)
    if path is None:
        write_stream(sys.stdout.buffer, data, STDOUT)
    else:
        write_file(path, data, protected=guard)
    written = WrittenFile(path, fmt, len(data), metadata)
    return Changes(meeting_id=meeting_id, files=(written,), warnings=warnings)


def approval_metadata(db: Store, meeting_id: int) -> dict[str, str]:
    """Return the document properties of an approved meeting (empty for other statuses).

    Values are made printable: a control character in a stored name (written before names
    were checked) must not make the DOCX's ``docProps/custom.xml`` invalid XML.
    """
    metadata = db.review.export_metadata(meeting_id)
    return {key: printable(value) for key, value in metadata.items()}
