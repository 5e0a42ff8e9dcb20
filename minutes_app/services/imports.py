"""Import interchange JSON files into the database: all of them in one transaction, or none."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain import interchange
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import InterchangeError, MinutesError
from minutes_app.domain.files import FileReadError, read_limited
from minutes_app.domain.model import Meeting
from minutes_app.domain.validation import Problem, collapse
from minutes_app.services.changes import Changes

if TYPE_CHECKING:
    from minutes_app.store import Store

MAX_FILE_BYTES = interchange.MAX_FILE_BYTES


@dataclass
class FileProblems:
    """The problems found in one file."""

    path: Path
    problems: list[Problem]

    def text(self, language: str = "vi") -> str:
        """Return the file name and one problem per line."""
        lines = [f"  {p.text(language)}" for p in collapse(self.problems)]
        return "\n".join([f"{self.path.name}:", *lines])


class ImportFailed(MinutesError):
    """Nothing was imported; ``files`` lists the errors of each bad file, with field paths."""

    def __init__(self, files: list[FileProblems]) -> None:
        self.files = files
        super().__init__("; ".join(f"{f.path.name}: {len(f.problems)}" for f in files))

    def text(self, language: str = "vi") -> str:
        """Return every file's errors, one per line."""
        return "\n".join(f.text(language) for f in self.files)


def _error(path: Path, vi: str, en: str) -> FileProblems:
    return FileProblems(path, [Problem("", vi, en)])


def read_meeting(path: Path) -> tuple[Meeting, list[Problem]]:
    """Return the meeting of one JSON file and its warnings; ``ImportFailed`` names the file."""
    try:
        # At most the cap, read in pieces: a FIFO or /dev/zero ends at once, with a message.
        data = read_limited(path, MAX_FILE_BYTES, path.name)
    except FileReadError as exc:
        raise ImportFailed([_error(path, exc.message_vi, exc.message_en)]) from None
    try:
        parsed = interchange.parse(data, path.name)
    except InterchangeError as exc:
        raise ImportFailed([FileProblems(path, exc.errors or exc.problems)]) from None
    return parsed.meeting, parsed.warnings


def import_files(db: Store, paths: list[Path], *, by: str | None = None) -> Changes:
    """Create one meeting per file in one transaction, or none at all when any file has an error.

    ``ImportFailed`` lists every bad file's errors (nothing was written). The ``Changes`` names
    the meetings created and, in ``file_warnings``, each file's warnings (unknown keys …).
    """
    meetings: list[Meeting] = []
    failures: list[FileProblems] = []
    warnings: dict[str, list[Problem]] = {}
    for path in paths:
        try:
            meeting, found = read_meeting(path)
        except ImportFailed as exc:
            failures.extend(exc.files)
            continue
        meetings.append(meeting)
        if found:
            warnings[path.name] = found
    if failures:
        raise ImportFailed(failures)
    # All or nothing: one transaction creates every meeting, or none when one is refused
    # (a duplicate register number of an approved import, a busy database …).
    records = tuple(db.create_many(meetings, by=by, action="import"))
    return Changes(
        meeting_id=records[-1].id if records else None,
        created=records,
        file_warnings=warnings,
    )
