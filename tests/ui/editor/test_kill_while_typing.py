"""Killing the app while a secretary types loses at most the last two seconds of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from minutes_app.store import Database
from tests.ui.editor.kill_typist import TEXT

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def test_sigkill_mid_typing_keeps_all_but_the_last_two_seconds(
    tmp_path: Path, seed_meeting
) -> None:  # noqa: ANN001
    db_path = tmp_path / "m.sqlite"
    with Database.open(db_path) as db:
        db.create(seed_meeting)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "kill_typist.py"), str(db_path), str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert proc.stdout is not None
    stamps: list[tuple[int, float]] = []
    try:
        assert proc.stdout.readline().strip() == "READY", proc.stderr.read() if proc.stderr else ""
        while True:
            line = proc.stdout.readline()
            assert line, "the typist stopped: " + (proc.stderr.read() if proc.stderr else "")
            count, moment = line.split()
            stamps.append((int(count), float(moment)))
            if stamps[-1][1] - stamps[0][1] >= 5.0:  # five seconds of steady typing
                break
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
    finally:
        proc.kill()
        proc.wait(10)
    # Everything typed more than 2 s before the kill (plus a little for a busy machine
    # to deliver the last output line) must be in the database.
    must_have = max((n for n, t in stamps if t <= killed_at - 2.3), default=0)
    assert must_have > 10
    with Database.open(db_path) as db:
        title = db.get(1).meeting.title
    assert TEXT.startswith(title)
    assert len(title) >= must_have, f"saved {len(title)} characters, typed {must_have} by then"
