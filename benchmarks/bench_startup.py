"""Benchmark: the desktop app's cold start to its first painted window, offscreen."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_S = 1.5
RUNS = 5

# The child: the real run_app on a temporary database; an application-wide event filter
# reports the first paint of a top-level window, then quits the event loop.
CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                and obj.window().isVisible() and obj.window().inherits("QMainWindow"):
            self.done = True
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
from pathlib import Path
from minutes_app.ui.app import run_app
code = run_app(Path(sys.argv[1]), [sys.argv[0]])
sys.exit(0 if watcher.done else 3)
"""


def one_start(db: Path, home: Path) -> float:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=str(REPO),
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    painted = time.perf_counter() - start
    _, err = proc.communicate(timeout=60)
    if line.strip() != "PAINTED":
        raise RuntimeError(f"the app did not paint (exit {proc.returncode}): {err[-2000:]}")
    return painted


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        home = Path(tmp)
        db = home / "minutes.sqlite"
        one_start(db, home)  # creates the database and the settings; not counted
        times = [one_start(db, home) for _ in range(RUNS)]
    median = statistics.median(times)
    verdict = "OK" if median < TARGET_S else "MISSED"
    rows = [
        (
            f"cold start to first painted window (median of {RUNS})",
            f"{median:.2f} s",
            f"target < {TARGET_S} s: {verdict}",
        ),
        ("  slowest", f"{max(times):.2f} s", ""),
    ]
    width = max(len(r[0]) for r in rows)
    print("Start-up benchmark (bench_startup.py)")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(7)}  {note}".rstrip())
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
