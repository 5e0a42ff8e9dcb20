"""A process that saves a draft, makes one lone edit, then idles until killed (test_kill_lone_edit).

Usage: ``lone_edit.py DB SETTINGS KIND``.  The editor opens meeting 1, makes an edit and saves
it (``SAVED``), makes one more edit of the given kind with real key presses and clicks
(``EDITED``), then does nothing.  Every line carries the editor's status text after a tab;
``AUTOSAVED`` is printed each time the editor writes the meeting on its own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.domain.model import Attendance
from minutes_app.store import Database
from minutes_app.ui.context import AppContext
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.interaction import Interaction
from minutes_app.ui.refguard import make_singletons_immortal
from minutes_app.ui.settings import Settings
from minutes_app.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
PASTED = "dán"


def _focus(editor: MeetingEditor, section: int, widget: QWidget) -> None:
    editor.show_section(section)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    elif isinstance(widget, QPlainTextEdit):
        widget.moveCursor(widget.textCursor().MoveOperation.End)


def _press(widget: QWidget, sequence: QKeySequence.StandardKey) -> None:
    """Press the first key binding of a standard shortcut (Ctrl+Z, Ctrl+Shift+Z …)."""
    combination = QKeySequence.keyBindings(sequence)[0][0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _type_location(editor: MeetingEditor) -> None:
    location = editor.sections[0].location_edit
    _focus(editor, 0, location)
    QTest.keyClicks(location, "abc")


def _type_location_then_undo_and_save(editor: MeetingEditor) -> None:
    _type_location(editor)
    assert editor.flush()
    _press(editor.sections[0].location_edit, QKeySequence.StandardKey.Undo)


def _mark_first_absent(editor: MeetingEditor) -> None:
    editor.session.set("attendees[0].attendance", Attendance.ABSENT_EXCUSED)


def _type_in_line(editor: MeetingEditor) -> None:
    title = editor.sections[0].title_edit
    _focus(editor, 0, title)
    QTest.keyClick(title, "x")


def _type_in_text(editor: MeetingEditor) -> None:
    conclusion = editor.sections[3].conclusion_edit
    _focus(editor, 3, conclusion)
    QTest.keyClick(conclusion, "x")


def _pick_combo(editor: MeetingEditor) -> None:
    choice = editor.sections[0].place_date_choice
    _focus(editor, 0, choice)
    QTest.keyClick(choice, Qt.Key.Key_Down)


def _paste(editor: MeetingEditor) -> None:
    QApplication.clipboard().setText(PASTED)
    title = editor.sections[0].title_edit
    _focus(editor, 0, title)
    QTest.keyClick(title, Qt.Key.Key_V, CTRL)


def _retype(editor: MeetingEditor, field: QLineEdit, text: str) -> None:
    _focus(editor, 0, field)
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)  # dates and times are read when typing ends


def _change_date(editor: MeetingEditor) -> None:
    _retype(editor, editor.sections[0].date_edit, "26/02/2020")


def _change_time(editor: MeetingEditor) -> None:
    _retype(editor, editor.sections[0].start_edit, "08:15")


def _type_date_and_stay(editor: MeetingEditor) -> None:
    field = editor.sections[0].date_edit
    _focus(editor, 0, field)
    field.selectAll()
    QTest.keyClicks(field, "26/02/2020")  # no Enter, no Tab: the cursor stays in the field


def _type_in_cell_and_stay(editor: MeetingEditor) -> None:
    table = editor.sections[1].table
    _focus(editor, 1, table)
    table.setCurrentIndex(table.model().index(1, 0))  # a name: the key replaces it
    QTest.keyClick(table, "L")  # opens the cell editor with the key, which stays open
    QApplication.processEvents()
    assert table.state() is table.State.EditingState


def _delete_row(editor: MeetingEditor) -> None:
    table = editor.sections[1].table
    _focus(editor, 1, table)
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Delete, CTRL)


def _add_row(editor: MeetingEditor) -> None:
    editor.show_section(1)
    QTest.mouseClick(editor.sections[1].add_person_button, Qt.MouseButton.LeftButton)


def _undo(editor: MeetingEditor) -> None:
    location = editor.sections[0].location_edit
    _focus(editor, 0, location)
    _press(location, QKeySequence.StandardKey.Undo)


def _redo(editor: MeetingEditor) -> None:
    location = editor.sections[0].location_edit
    _focus(editor, 0, location)
    _press(location, QKeySequence.StandardKey.Redo)


def _mark_all_present(editor: MeetingEditor) -> None:
    editor.show_section(1)
    QTest.mouseClick(editor.sections[1].all_present_button, Qt.MouseButton.LeftButton)


Step = Callable[[MeetingEditor], None]

#: kind -> (the edit saved first, the lone edit)
EDITS: dict[str, tuple[Step, Step]] = {
    "line": (_type_location, _type_in_line),
    "text": (_type_location, _type_in_text),
    "combo": (_type_location, _pick_combo),
    "paste": (_type_location, _paste),
    "date": (_type_location, _change_date),
    "time": (_type_location, _change_time),
    "typed_date": (_type_location, _type_date_and_stay),
    "cell": (_type_location, _type_in_cell_and_stay),
    "delete_row": (_type_location, _delete_row),
    "add_row": (_type_location, _add_row),
    "undo": (_type_location, _undo),
    "redo": (_type_location_then_undo_and_save, _redo),
    "macro": (_mark_first_absent, _mark_all_present),
}


def report(word: str, editor: MeetingEditor) -> None:
    """Tell the test what happened, with the status the user sees."""
    print(f"{word}\t{editor.status_label.text()}", flush=True)


def main(db_path: str, settings_path: str, kind: str) -> None:
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
    editor.resize(1300, 850)
    editor.show()
    editor.activateWindow()
    app.processEvents()
    prepare, edit = EDITS[kind]
    prepare(editor)
    app.processEvents()
    assert editor.flush(), "the first save failed"
    report("SAVED", editor)
    editor.meeting_saved.connect(lambda _id: report("AUTOSAVED", editor))
    edit(editor)
    app.processEvents()
    report("EDITED", editor)
    app.exec()  # idle: only timers run from here on, until the test kills this process


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
