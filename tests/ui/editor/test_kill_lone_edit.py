"""One edit after a save, then nothing: the autosave still writes it, and SIGKILL loses nothing."""

from __future__ import annotations

import datetime as dt
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.domain.model import Attendance, Meeting
from minutes_app.store import Database
from minutes_app.ui.editor.autosave import MAX_LATENCY_MS
from tests.ui.editor.lone_edit import EDITS, PASTED

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
STARTUP_S = 60.0  # a cold Qt start on a machine shared with other test runs
SLACK_S = 10.0  # how much later than MAX_LATENCY_MS a busy machine may deliver the save

Check = Callable[[Meeting, Meeting], bool]  # (seed, stored) -> the lone edit is there

#: What the database must hold after the kill, per kind of lone edit (see lone_edit.EDITS).
STORED: dict[str, Check] = {
    "line": lambda seed, m: m.title == seed.title + "x",
    "text": lambda seed, m: m.conclusion == seed.conclusion + "x",
    "combo": lambda seed, m: seed.show_place_date is None and m.show_place_date is True,
    "paste": lambda seed, m: m.title == seed.title + PASTED,
    "date": lambda seed, m: m.date == dt.date(2020, 2, 26),
    "time": lambda seed, m: m.start == dt.datetime(2020, 2, 25, 8, 15),
    "typed_date": lambda seed, m: m.date == dt.date(2020, 2, 26),
    "cell": lambda seed, m: m.attendees[1].name == "L" and m.attendees[2:] == seed.attendees[2:],
    "delete_row": lambda seed, m: m.attendees == seed.attendees[1:],
    "add_row": lambda seed, m: len(m.attendees) == len(seed.attendees) + 1,
    "undo": lambda seed, m: m.location == seed.location,
    "redo": lambda seed, m: m.location == seed.location + "abc",
    "macro": lambda seed, m: m.attendees[0].attendance is Attendance.PRESENT,
}


def test_every_kind_of_lone_edit_is_checked() -> None:
    assert set(STORED) == set(EDITS)


def _lines(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """Return a queue of the child's output lines (None once it has stopped)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _next(lines: queue.Queue[str | None], timeout: float) -> tuple[str, str] | None:
    """Return the next (word, status) line, or None when the child is silent that long."""
    try:
        line = lines.get(timeout=timeout)
    except queue.Empty:
        return None
    if line is None:
        return ("STOPPED", "")
    word, _, status = line.partition("\t")
    return word, status


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_lone_edit_after_a_save_survives_sigkill(kind: str, tmp_path: Path, seed_meeting) -> None:  # noqa: ANN001
    db_path = tmp_path / "m.sqlite"
    with Database.open(db_path) as db:
        db.create(seed_meeting)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:
        proc = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "lone_edit.py"),
                str(db_path),
                str(tmp_path / "s.ini"),
                kind,
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
            cwd=REPO,
        )
    try:
        lines = _lines(proc)
        assert _next(lines, STARTUP_S) == ("SAVED", "Đã lưu"), errors.read_text()
        assert _next(lines, STARTUP_S) == ("EDITED", "Đang chờ lưu…"), errors.read_text()
        # Leave it alone: nothing but its timers runs now.  Kill it once it says it saved,
        # or when the save is long overdue.
        seen = _next(lines, MAX_LATENCY_MS / 1000 + SLACK_S)
        status = seen[1] if seen else "(nothing after the edit)"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL, errors.read_text()
    with Database.open(db_path) as db:
        stored = db.get(1).meeting
    assert STORED[kind](seed_meeting, stored), f"the lone {kind} edit was lost (status: {status})"
    assert seen == ("AUTOSAVED", "Đã lưu")
