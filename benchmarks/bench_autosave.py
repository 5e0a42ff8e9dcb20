"""Benchmark: how long the editor's autosave write takes (on the verb lane, off the UI thread), by size.

The time is the whole save as ``MeetingEditor.save`` waits for it: copy, verb, answer.
bench_ui_stall.py measures what of it the UI thread feels.
"""

from __future__ import annotations

import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.model import Meeting, Speaker, Statement  # noqa: E402
from minutes_app.store import Database  # noqa: E402
from minutes_app.ui.context import AppContext  # noqa: E402
from minutes_app.ui.editor import MeetingEditor  # noqa: E402
from minutes_app.ui.interaction import Interaction  # noqa: E402
from minutes_app.ui.refguard import make_singletons_immortal  # noqa: E402
from minutes_app.ui.settings import Settings  # noqa: E402
from minutes_app.ui.tasks import TaskRunner  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SENTENCE = "Đồng chí đề nghị các phòng, ban rà soát lại tiến độ các nhiệm vụ trọng tâm. "


def seed() -> Meeting:
    shared = REPO.parent / "shared" / "examples" / "seed-meeting.json"
    path = shared if shared.exists() else REPO / "tests" / "fixtures" / "seed-meeting.json"
    return interchange.parse(path.read_bytes()).meeting


def with_text(meeting: Meeting, megabytes: float) -> Meeting:
    """Return ``meeting`` with statements adding about ``megabytes`` of UTF-8 text."""
    big = copy.deepcopy(meeting)
    statement = SENTENCE * 16
    count = int(megabytes * 1_048_576 / len(statement.encode()))
    for i in range(count):
        big.agenda[i % len(big.agenda)].statements.append(
            Statement(Speaker(name="Mai Văn Thanh"), statement)
        )
    return big


def save_ms(context: AppContext, meeting: Meeting, runs: int) -> list[float]:
    """Store ``meeting``, open it in the editor, then time ``runs`` saves of a one-key edit."""
    record = context.db.create(meeting)
    editor = MeetingEditor(context, record)
    editor.autosave.enabled = False  # the saves are called here, one at a time
    times = []
    for i in range(runs):
        editor.session.set("title", f"{meeting.title} {i}")
        started = time.perf_counter()
        assert editor.save() and editor.is_saved()
        times.append((time.perf_counter() - started) * 1000)
    editor.deleteLater()
    context.tasks.wait()
    return times


def main() -> int:
    make_singletons_immortal()  # as run_app does: PySide6 6.12 drops references to None
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-autosave-") as tmp:
        path = Path(tmp) / "minutes.sqlite"
        db = Database.open(path)
        context = AppContext(
            db=db,
            db_path=path,
            settings=Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)),
            interaction=Interaction(),
            tasks=TaskRunner(lambda label, failure: None),
            user_name="Nguyễn Thị Lan",
        )
        base = seed()
        small = statistics.median(save_ms(context, base, 15))
        sizes = [
            (0.25, statistics.median(save_ms(context, with_text(base, 0.25), 5))),
            (1.0, statistics.median(save_ms(context, with_text(base, 1.0), 5))),
        ]
        db.close()
    app.quit()
    rows = [("one save of the seed (median of 15)", f"{small:.1f} ms", "")]
    for megabytes, ms in sizes:
        rows.append(
            (
                f"one save with {megabytes:g} MB of text (median of 5)",
                f"{ms:.0f} ms",
                f"{ms / megabytes:.0f} ms per MB",
            )
        )
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Autosave benchmark (bench_autosave.py): the write after the 1.5-2 s wait")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
