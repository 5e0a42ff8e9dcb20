"""A process that types into the real editor until it is killed (used by test_kill_while_typing)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from minutes_app.store import Database
from minutes_app.ui.context import AppContext
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.interaction import Interaction
from minutes_app.ui.refguard import make_singletons_immortal
from minutes_app.ui.settings import Settings
from minutes_app.ui.tasks import TaskRunner

TEXT = "Kết luận hội nghị thống nhất các nhiệm vụ trọng tâm tháng ba " * 20


def main(db_path: str, settings_path: str) -> None:
    make_singletons_immortal()  # as run_app does: PySide6 6.12 drops references to None
    app = QApplication([])
    db = Database.open(Path(db_path))
    context = AppContext(
        db=db,
        db_path=Path(db_path),
        settings=Settings(QSettings(settings_path, QSettings.Format.IniFormat)),
        interaction=Interaction(),
        tasks=TaskRunner(lambda label, failure: None),
        user_name="Nguyễn Thị Lan",
    )
    editor = MeetingEditor(context, db.get(1))
    editor.resize(1200, 800)
    editor.show()
    app.processEvents()
    assert editor.focus_problem("title"), "the title field cannot take the focus"
    field = app.focusWidget()
    field.selectAll()  # type: ignore[union-attr]
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed >= len(TEXT):
            return
        ch = TEXT[typed]
        if ch.isascii():
            QTest.keyClick(field, ch)
        else:
            field.insert(ch)  # type: ignore[union-attr]  # as an input method commits it
        typed += 1
        print(f"{typed} {time.monotonic():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(40)  # 25 characters a second: a fast typist
    print("READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
