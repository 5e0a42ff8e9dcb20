"""Tables that do not fight the user: Escape, Enter, choice cells, Delete, the name column."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from minutes_app.domain.model import Attendance
from tests.ui.editor.conftest import focus, press, type_text

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _attendees(qtbot, open_editor, record):  # noqa: ANN001, ANN202
    editor = open_editor(record)
    editor.show_section(1)
    section = editor.sections[1]
    return editor, section, section.model, section.table


def test_escape_keeps_a_new_row_that_has_a_name_typed(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor, _section, model, table = _attendees(qtbot, open_editor, seed_record)
    before = len(editor.meeting().attendees)
    table.setCurrentIndex(model.index(before - 1, 0))
    table.setFocus()
    press(K.Key_Return)  # a new row, typing its name
    assert model.rowCount() == before + 1
    type_text("Zương Khắc Quý")
    popup = focus().completer().popup() if focus().completer() else None
    assert popup is None or not popup.isVisible()
    press(K.Key_Escape)
    attendees = editor.meeting().attendees
    assert len(attendees) == before + 1
    assert attendees[-1].name == "Zương Khắc Quý"
    # an untouched new row still goes with Escape
    press(K.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == before + 2)
    press(K.Key_Escape)
    assert len(editor.meeting().attendees) == before + 1


def test_enter_on_a_choice_in_the_last_row_adds_no_member(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor, section, model, table = _attendees(qtbot, open_editor, seed_record)
    last = model.rowCount() - 1
    editor.session.move("attendees", 0, last)  # a person (not a group) in the last row
    table.setCurrentIndex(model.index(last, type(model).ATTENDANCE))
    table.setFocus()
    press(K.Key_F2)
    combo = focus()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)  # Đến muộn
    press(K.Key_Return)
    QApplication.processEvents()
    assert editor.meeting().attendees[last].attendance is Attendance.LATE
    assert len(editor.meeting().attendees) == last + 1
    assert "Triệu tập" in section.counts_label.text()


def test_a_blank_row_enter_added_goes_when_the_focus_leaves(
    qtbot, open_editor, seed_record
) -> None:  # noqa: ANN001
    editor, section, model, table = _attendees(qtbot, open_editor, seed_record)
    before = model.rowCount()
    table.setCurrentIndex(model.index(before - 1, 0))
    table.setFocus()
    press(K.Key_F2)
    press(K.Key_Return)  # commits the last name; Enter adds the next row
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)
    section.add_group_button.setFocus()  # the secretary moves on
    qtbot.waitUntil(lambda: model.rowCount() == before)
    assert len(editor.meeting().attendees) == before
    assert editor.meeting().attendees == seed_record.meeting.attendees


def test_a_choice_cell_opens_with_alt_down_f2_or_typing_and_says_so(
    qtbot,
    open_editor,
    seed_record,  # noqa: ANN001
) -> None:
    editor, _section, model, table = _attendees(qtbot, open_editor, seed_record)
    column = type(model).ATTENDANCE
    index = model.index(1, column)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "F2" in tip and "Alt+↓" in tip
    labels = [a.label for a in editor.meeting().attendees]
    table.setCurrentIndex(index)
    table.setFocus()
    press(K.Key_Down, ALT)
    combo = next(c for c in table.findChildren(QComboBox) if c.isVisible())
    assert combo.view().isVisible()  # the list is open
    assert [a.label for a in editor.meeting().attendees] == labels  # no row moved
    combo.hidePopup()
    press(K.Key_Escape)
    table.setFocus()
    press(K.Key_F2)
    assert isinstance(focus(), QComboBox)
    press(K.Key_Escape)
    table.setFocus()
    type_text("V")  # the first choice starting with V
    assert isinstance(focus(), QComboBox)
    press(K.Key_Return)
    assert editor.meeting().attendees[1].attendance is Attendance.ABSENT_EXCUSED
    # Alt+Down elsewhere still moves the row
    table.setCurrentIndex(model.index(0, 0))
    press(K.Key_Down, ALT)
    assert [a.label for a in editor.meeting().attendees][:2] == [labels[1], labels[0]]


def test_delete_removes_the_agenda_item_and_offers_undo(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.show_section(2)
    content = editor.sections[2]
    titles = [item.title for item in seed_record.meeting.agenda]
    content.agenda_view.setCurrentIndex(content.agenda_model.index(0))
    content.agenda_view.setFocus()
    press(K.Key_Delete)
    assert [i.title for i in editor.meeting().agenda] == titles[1:]
    assert content.undo_notice.isVisible()
    assert titles[0] in content.undo_notice.label.text()
    assert "Ctrl+Z" in content.undo_notice.undo_button.text()
    content.undo_notice.undo_button.click()
    assert [i.title for i in editor.meeting().agenda] == titles
    assert not content.undo_notice.isVisible()


def test_the_name_column_stays_in_view_when_later_columns_scroll(
    qtbot,
    open_editor,
    seed_record,  # noqa: ANN001
) -> None:
    editor, _section, model, table = _attendees(qtbot, open_editor, seed_record)
    editor.resize(700, 600)
    QApplication.processEvents()
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0, "the table must be wider than its view for this test"
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    frozen = table.frozen
    assert frozen.isVisible()
    assert frozen.geometry().left() == table.viewport().geometry().left()
    assert frozen.width() == table.columnWidth(0)
    # it shows the names, row for row with the table
    row = model.rowCount() - 1
    y = frozen.visualRect(frozen.model().index(row, 0)).center().y()
    found = frozen.indexAt(QPoint(5, y))
    assert found.column() == 0 and found.row() == row
    assert found.data() == model.index(row, 0).data()
    # a click on a name makes it the table's current cell and scrolls the table back
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert table.currentIndex() == model.index(row, 0)
    QApplication.processEvents()
    bar.setValue(0)
    QApplication.processEvents()
    assert not frozen.isVisible()
