"""Where PostgreSQL cannot run, the SQLite half of the shared store tests still runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_sqlite_tests_run_and_the_office_ones_are_skipped_with_the_reason() -> None:
    env = {**os.environ, "MINUTES_PG_BIN": "/nonexistent", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "tests/store/test_search.py",
            "-k",
            "every_word_is_required",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed, 1 skipped" in done.stdout, done.stdout
    assert "PostgreSQL (initdb, pg_ctl) is not installed" in done.stdout
