"""Ctrl+F / Ctrl+H / F3 inside the open minutes: every field, shown in place and in the preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from minutes_app.domain.model import Status
from minutes_app.services.find_replace import find_all
from minutes_app.ui.find_bar import widget_offset
from minutes_app.ui.main_window import MainWindow
from tests.ui.editor.conftest import press, type_text

QUERY = "tháng 3 năm 2020"


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, today=lambda: dt.date(2026, 4, 2))
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _selected(widget) -> str:  # noqa: ANN001
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    assert isinstance(widget, QPlainTextEdit)
    return widget.textCursor().selectedText()


def _open(window, record):  # noqa: ANN001
    tab = window.open_meeting(record.id)
    tab.editor.show_section(0)
    QApplication.processEvents()
    return tab


def test_ctrl_f_finds_in_every_section_and_shows_each_match_in_place(
    qtbot,
    window,
    seed_record,  # noqa: ANN001
) -> None:
    tab = _open(window, seed_record)
    editor = tab.editor
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = tab.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    assert not bar.replace_edit.isVisible()
    type_text(QUERY)
    expected = find_all(seed_record.meeting, QUERY)
    assert [m.path for m in expected][:4] == [
        "title",
        "agenda[1].title",
        "agenda[1].statements[0].content",
        "agenda[1].conclusion",
    ]
    seen = []
    for match in expected:
        assert bar.current == match
        section = next(i for i, s in enumerate(editor.sections) if s.owns(match.path))
        assert editor.current_section() == section
        widget = next(
            w
            for w in (*editor.findChildren(QLineEdit), *editor.findChildren(QPlainTextEdit))
            if getattr(w, "path", None) == match.path and w.isVisibleTo(editor)
        )
        assert _selected(widget).lower() == QUERY
        seen.append(match.path)
        press(Qt.Key.Key_F3)  # F3 goes on from the field of the last match
    assert bar.current == expected[0]  # wrapped round
    assert f"1/{len(expected)} — Tên cuộc họp" == bar.status_label.text()
    press(Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == expected[-1]


def test_ctrl_f_on_the_list_page_searches_the_meetings(window) -> None:
    window.tabs.setCurrentIndex(0)
    window.act.find.trigger()
    assert window.list_page.search_box.hasFocus()


def test_replace_one_is_one_undo_step(qtbot, window, seed_record, db) -> None:  # noqa: ANN001
    tab = _open(window, seed_record)
    editor = tab.editor
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = tab.find_bar
    assert bar.replace_edit.isVisible()
    type_text(QUERY)
    bar.replace_edit.setText("tháng 4 năm 2020")
    assert bar.current.path == "title"
    steps = editor.undo_stack().count()
    assert bar.replace_current()
    title = editor.session.value("title")
    assert title.endswith("tháng 4 năm 2020") and QUERY not in title
    assert editor.undo_stack().count() == steps + 1
    assert editor.undo_stack().undoText() == "Thay “tháng 3 năm 2020” bằng “tháng 4 năm 2020”"
    assert bar.current.path == "agenda[1].title"  # and on to the next one
    assert editor.sections[2].title_edit.selectedText() == QUERY
    editor.undo_stack().undo()
    assert editor.session.value("title") == seed_record.meeting.title
    assert editor.sections[0].title_edit.text() == seed_record.meeting.title


def test_replace_all_is_one_undo_step_across_sections(window, seed_record, db) -> None:  # noqa: ANN001
    tab = _open(window, seed_record)
    editor = tab.editor
    window.act.replace.trigger()
    bar = tab.find_bar
    bar.find_edit.setText(QUERY)
    bar.replace_edit.setText("tháng 4 năm 2020")
    count = len(find_all(seed_record.meeting, QUERY))
    assert bar.replace_everything() == count
    assert bar.status_label.text() == f"Đã thay {count} chỗ"
    meeting = editor.session.meeting
    assert find_all(meeting, QUERY) == []
    assert len(find_all(meeting, "tháng 4 năm 2020")) == count
    assert (
        editor.undo_stack().undoText() == "Thay tất cả “tháng 3 năm 2020” bằng “tháng 4 năm 2020”"
    )
    assert editor.flush()
    assert find_all(db.get(seed_record.id).meeting, QUERY) == []
    editor.undo_stack().undo()  # one step brings every field back
    assert editor.session.meeting == seed_record.meeting


def test_replace_in_a_recipient_line_and_a_table_cell(window, seed_record) -> None:  # noqa: ANN001
    tab = _open(window, seed_record)
    editor = tab.editor
    bar = tab.ensure_find_bar()
    bar.open(replace=True)
    bar.find_edit.setText("Lưu Văn phòng")
    assert bar.current.path == "recipients[3]"
    assert editor.current_section() == 5
    assert editor.sections[5].recipients_edit.textCursor().selectedText() == "Lưu Văn phòng"
    bar.replace_edit.setText("Lưu VP")
    bar.replace_current()
    assert editor.session.value("recipients")[3] == "Lưu VP Huyện ủy"
    bar.find_edit.setText("Đảng ủy các xã phấn")
    assert bar.current.path == "tasks[2].owner"
    assert editor.current_section() == 4
    table = editor.sections[4].table
    assert table.currentIndex().row() == 2


def test_read_only_meeting_can_be_searched_not_replaced(window, db, seed_meeting) -> None:  # noqa: ANN001
    seed_meeting.status = Status.APPROVED
    record = db.create(seed_meeting)
    tab = _open(window, record)
    window.act.replace.trigger()
    bar = tab.find_bar
    bar.find_edit.setText(QUERY)
    assert bar.current is not None
    assert not bar.replace_button.isEnabled() and not bar.replace_all_button.isEnabled()
    assert bar.replace_everything() == 0


def test_nothing_found_says_so(window, seed_record) -> None:  # noqa: ANN001
    tab = _open(window, seed_record)
    window.act.find.trigger()
    tab.find_bar.find_edit.setText("không có chữ này")
    assert tab.find_bar.current is None
    assert tab.find_bar.status_label.text() == "Không tìm thấy"


def test_the_match_is_highlighted_in_the_preview(qtbot, window, seed_record) -> None:  # noqa: ANN001
    window.act.preview.setChecked(True)
    tab = _open(window, seed_record)
    preview = tab.preview
    with qtbot.waitSignal(preview.refreshed, timeout=20000):
        preview.refresh_now()
    window.act.find.trigger()
    bar = tab.find_bar
    bar.find_edit.setText("Thượng Kiệm")
    qtbot.waitUntil(lambda: preview.search_result_count() > 0, timeout=10000)
    assert preview.search_model.searchString() == "Thượng Kiệm"
    qtbot.waitUntil(lambda: preview.view.currentSearchResultIndex() == 0, timeout=5000)
    link = preview.search_model.resultAtIndex(0)
    assert link.isValid() and link.rectangles()
    bar.close_bar()
    assert preview.search_model.searchString() == ""


def test_widget_offset_maps_decomposed_text() -> None:
    import unicodedata

    typed = unicodedata.normalize("NFD", "Nghị quyết")
    start = widget_offset(typed, 5)
    assert unicodedata.normalize("NFC", typed[start:]) == "quyết"
    assert widget_offset("abc", 2) == 2
