"""Ctrl+S saves the meeting being edited at once and says so; "Lưu" is in the File menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.store import Database
from minutes_app.ui.main_window import MainWindow
from tests.ui.editor.conftest import press, type_text


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, today=lambda: dt.date(2026, 4, 2))
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_file_menu_has_save_with_ctrl_s(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Lưu" in texts
    assert window.act.save.shortcut().toString() == "Ctrl+S"


def test_ctrl_s_writes_now_and_the_status_bar_says_so(
    qtbot,
    window,
    seed_record,
    db_path,  # noqa: ANN001
) -> None:
    tab = window.open_meeting(seed_record.id)
    editor = tab.editor
    editor.sections[0].title_edit.setFocus()
    editor.sections[0].title_edit.selectAll()
    type_text("Họp giao ban tháng 3")
    assert not editor.is_saved()
    # Straight away, long before the autosave pause: another connection sees it on disk.
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    other = Database.open(db_path)
    try:
        assert other.get(seed_record.id).meeting.title == "Họp giao ban tháng 3"
    finally:
        other.close()
    assert editor.is_saved()
    message = window.statusBar().currentMessage()
    assert message.startswith("Đã lưu biên bản “Họp giao ban tháng 3” lúc ")
    assert window.window_state.saved_label.text() == "Đã lưu mọi thay đổi"


def test_ctrl_s_without_an_open_meeting_says_there_is_nothing(window) -> None:
    assert not window.act.save.isEnabled()
    assert window.commands.save_current() is False
    assert window.statusBar().currentMessage() == "Chưa mở biên bản nào để lưu."


def test_ctrl_s_on_the_list_page_saves_every_open_meeting(window, seed_record, db) -> None:
    tab = window.open_meeting(seed_record.id)
    tab.editor.session.set("title", "Tên mới")
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert window.act.save.isEnabled()
    assert window.commands.save_current() is True
    assert db.get(seed_record.id).meeting.title == "Tên mới"
    assert window.statusBar().currentMessage() == "Đã lưu mọi biên bản đang mở."
