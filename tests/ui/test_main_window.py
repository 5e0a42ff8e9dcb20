"""The main window, real widgets, stubbed dialogs: list, search, new, duplicate, delete, JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand

from minutes_app.domain import interchange
from minutes_app.domain.model import Issuer, Meeting, Profile, Status, Task
from minutes_app.services.templates import REVIEW_TITLE
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_list_model import COL_TITLE
from minutes_app.ui.meeting_tab import MeetingTab
from tests.ui.placeholder_editor import PlaceholderEditor

TODAY = dt.date(2026, 4, 2)


class FakeEditor(PlaceholderEditor):
    """The placeholder with a controllable saved state and flush result."""

    flush_result = True
    instances: list[FakeEditor] = []

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.saved = True
        self.flushes = 0
        self.sections: list[int] = []
        FakeEditor.instances.append(self)

    def is_saved(self) -> bool:
        return self.saved

    def flush(self) -> bool:
        self.flushes += 1
        if FakeEditor.flush_result:
            self.saved = True
        return FakeEditor.flush_result

    def show_section(self, index: int) -> None:
        self.sections.append(index)


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    FakeEditor.flush_result = True
    FakeEditor.instances = []
    win = MainWindow(app_context, editor_factory=FakeEditor, today=lambda: TODAY)
    win.act.preview.setChecked(False)  # the preview has its own tests
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _titles(win: MainWindow) -> list[str]:
    return [
        win.list_page.proxy.index(r, COL_TITLE).data()
        for r in range(win.list_page.proxy.rowCount())
    ]


def test_empty_database_shows_a_hint(window) -> None:
    assert window.list_page.proxy.rowCount() == 0
    assert (
        window.list_page.empty_label.isVisible() and "Ctrl+N" in window.list_page.empty_label.text()
    )


def test_list_shows_the_stored_meetings(window, seed_record) -> None:
    window.refresh_list()
    assert not window.list_page.empty_label.isVisible()
    assert _titles(window) == [seed_record.meeting.title]
    assert "1" in window.list_page.count_label.text()
    # the window is named after the body whose minutes these are, never the file
    issuer = seed_record.meeting.issuer.name
    assert window.windowTitle() == f"{issuer} — Biên bản cuộc họp[*]"
    assert "minutes.sqlite" not in window.windowTitle()


def test_the_window_title_names_the_meeting_being_edited(qtbot, window, seed_record) -> None:  # noqa: ANN001
    window.refresh_list()
    window.open_meeting(seed_record.id)
    title, issuer = seed_record.meeting.title, seed_record.meeting.issuer.name
    assert window.windowTitle() == f"{title} — {issuer} — Biên bản cuộc họp[*]"
    window.close_tab(window.current_tab())
    assert window.windowTitle() == f"{issuer} — Biên bản cuộc họp[*]"


def test_search_filters_as_you_type_without_diacritics(qtbot, window, db, seed_record) -> None:
    db.create(
        Meeting(issuer=Issuer("UBND XÃ", "UBND"), title="Họp bàn kế hoạch phòng chống lụt bão")
    )
    window.refresh_list()
    assert window.list_page.proxy.rowCount() == 2
    qtbot.keyClicks(window.list_page.search_box, "lut bao")
    qtbot.waitUntil(lambda: window.list_page.proxy.rowCount() == 1)
    assert _titles(window) == ["Họp bàn kế hoạch phòng chống lụt bão"]
    window.list_page.search_box.clear()
    qtbot.waitUntil(lambda: window.list_page.proxy.rowCount() == 2)
    window.list_page.search_box.insert("không có cuộc họp này")  # keyClicks cannot type non-ASCII
    qtbot.waitUntil(lambda: window.list_page.proxy.rowCount() == 0)
    assert "0" in window.list_page.count_label.text()


def test_ctrl_f_focuses_the_search_box(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.list_page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.list_page.search_box.hasFocus)


def test_new_meeting_from_a_template(window, db, fake_interaction) -> None:
    fake_interaction.item_answers = [2]  # 0 blank, 1 giao ban, 2 họp chi bộ
    tab = window.commands.new_meeting()
    assert isinstance(tab, MeetingTab)
    assert db.count() == 1
    stored = db.get(tab.meeting_id()).meeting
    assert stored.kind == "họp chi bộ" and stored.profile is Profile.PARTY
    assert stored.date == TODAY and stored.agenda
    assert window.tabs.currentWidget() is tab
    assert tab.editor.sections == [0]
    assert window.list_page.proxy.rowCount() == 1
    assert "Biên bản trống" in fake_interaction.asked[0][2]


def test_new_blank_meeting_takes_the_body_of_the_latest(
    window, db, fake_interaction, seed_record
) -> None:
    fake_interaction.item_answers = [0]
    tab = window.commands.new_meeting()
    stored = db.get(tab.meeting_id()).meeting
    assert stored.issuer == seed_record.meeting.issuer
    assert stored.agenda == [] and stored.title == ""
    fake_interaction.item_answers = [None]
    assert window.commands.new_meeting() is None
    assert db.count() == 2


def test_new_from_the_previous_meeting_of_the_same_body(window, db, seed_record) -> None:
    window.refresh_list()
    assert window.select_meeting(seed_record.id)
    tab = window.commands.new_from_previous()
    stored = db.get(tab.meeting_id()).meeting
    assert stored.issuer == seed_record.meeting.issuer
    assert stored.recipients == seed_record.meeting.recipients
    assert [a.label for a in stored.attendees] == [a.label for a in seed_record.meeting.attendees]
    assert stored.date == TODAY and stored.status is Status.DRAFT
    if seed_record.meeting.tasks:
        assert stored.agenda[0].title == REVIEW_TITLE
        assert seed_record.meeting.tasks[0].description in stored.agenda[0].statements[0].content


def test_new_from_previous_asks_which_earlier_meeting_and_moves_the_title_on(
    window, db, fake_interaction
) -> None:
    chi_bo = db.create(
        Meeting(
            issuer=Issuer("Chi bộ Văn phòng", "CB"),
            date=dt.date(2020, 2, 20),
            title="Sinh hoạt chi bộ tháng 2 năm 2020",
            tasks=[Task("Nộp đảng phí", "Đồng chí Hà")],
        )
    )
    db.create(
        Meeting(
            issuer=Issuer("UBND XÃ", "UBND"),
            date=dt.date(2020, 12, 28),
            title="Giao ban tháng 12 năm 2020",
        )
    )
    window.refresh_list()
    window.list_page.table.clearSelection()
    fake_interaction.item_answers = [None]
    assert window.commands.new_from_previous() is None
    lines = next(a for a in fake_interaction.asked if a[0] == "choose_item")[2].split("\n")
    assert lines == [
        "28/12/2020 — Giao ban tháng 12 năm 2020 — UBND XÃ",
        "20/02/2020 — Sinh hoạt chi bộ tháng 2 năm 2020 — Chi bộ Văn phòng",
    ]
    fake_interaction.item_answers = [1]
    tab = window.commands.new_from_previous()
    stored = db.get(tab.meeting_id()).meeting
    assert stored.issuer.name == "Chi bộ Văn phòng"
    assert stored.title == "Sinh hoạt chi bộ tháng 3 năm 2020"
    assert "Nộp đảng phí (Đồng chí Hà)" in stored.agenda[0].statements[0].content
    # With a meeting of the Chi bộ open, its body's newest meeting is offered first.
    window.select_meeting(chi_bo.id)
    fake_interaction.item_answers = []  # the fake answers with the suggested line
    tab = window.commands.new_from_previous()
    assert db.get(tab.meeting_id()).meeting.issuer.name == "Chi bộ Văn phòng"
    assert db.get(tab.meeting_id()).meeting.title == "Sinh hoạt chi bộ tháng 4 năm 2020"
    titles = [s.title for s in db.list()]  # the chooser's lines, newest first
    fake_interaction.item_answers = [titles.index("Giao ban tháng 12 năm 2020")]
    tab = window.commands.new_from_previous()
    assert db.get(tab.meeting_id()).meeting.title == "Giao ban tháng 01 năm 2021"


def test_open_duplicate_and_delete(qtbot, window, db, fake_interaction, seed_record) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    window.act.open.trigger()
    assert isinstance(window.current_tab(), MeetingTab)
    assert window.current_tab().meeting_id() == seed_record.id
    window.act.open.trigger()  # opening again switches to the same tab
    assert len(window.tabs.meeting_tabs()) == 1

    copy_tab = window.commands.duplicate_current()
    assert db.count() == 2
    copy = db.get(copy_tab.meeting_id()).meeting
    assert copy.title == seed_record.meeting.title + " (bản sao)"
    assert copy.number == "" and copy.status is Status.DRAFT
    assert copy.attendees == seed_record.meeting.attendees
    assert window.list_page.proxy.rowCount() == 2

    fake_interaction.confirm_answers = [False]
    assert not window.commands.delete_current()
    assert db.count() == 2
    fake_interaction.confirm_answers = [True]
    assert window.commands.delete_current()
    assert db.count() == 1 and window.list_page.proxy.rowCount() == 1
    assert window.tabs.tab_of(copy_tab.meeting_id()) is None
    assert "bản sao" not in _titles(window)[0]


def test_delete_key_in_the_list_asks_first(
    qtbot, window, db, fake_interaction, seed_record
) -> None:
    window.refresh_list()
    window.activateWindow()
    window.select_meeting(seed_record.id)
    window.list_page.table.setFocus()
    qtbot.waitUntil(window.list_page.table.hasFocus)
    fake_interaction.confirm_answers = [True]
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: db.count() == 0)
    assert fake_interaction.asked[-1][0] == "confirm"


def test_import_json_is_all_or_nothing_with_field_paths(
    window, db, fake_interaction, seed_path, tmp_path: Path
) -> None:
    bad = json.loads(seed_path.read_text("utf-8"))
    bad["agenda"][0]["statements"][0]["speaker"] = {"name": ""}
    bad["date"] = "2026-13-01"
    bad_file = tmp_path / "hong.json"
    bad_file.write_text(json.dumps(bad, ensure_ascii=False), "utf-8")
    fake_interaction.open_many = [[seed_path, bad_file]]
    assert window.commands.import_json() == []
    assert db.count() == 0
    kind, _title, text, _ = fake_interaction.errors()[-1]
    assert "hong.json" in text and "agenda[0].statements[0].speaker.name" in text and "date" in text

    fake_interaction.open_many = [[seed_path]]
    records = window.commands.import_json()
    assert len(records) == 1 and db.count() == 1
    assert window.list_page.proxy.rowCount() == 1
    assert window.list_page.selected_summary().id == records[0].id
    assert records[0].meeting == interchange.parse(seed_path.read_bytes()).meeting


def test_export_json_round_trips(window, db, fake_interaction, seed_record, tmp_path: Path) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    fake_interaction.save_paths = [tmp_path / "ban-sao"]
    written = window.commands.export_json()
    assert written == tmp_path / "ban-sao.json"
    assert interchange.parse(written.read_bytes()).meeting == seed_record.meeting
    assert window.context.settings.last_dir("json") == str(tmp_path)
    suggested = fake_interaction.asked[-1][2]
    assert suggested.endswith(".json") and "2020-02-25" in suggested


def test_saved_state_shows_in_title_and_status_bar(window, seed_record) -> None:
    window.refresh_list()
    tab = window.open_meeting(seed_record.id)
    assert not window.isWindowModified()
    assert window.window_state.saved_label.text() == "Đã lưu mọi thay đổi"
    tab.editor.saved = False
    tab.editor.save_state_changed.emit(False)
    assert window.isWindowModified()
    assert window.window_state.saved_label.text() == "Có thay đổi chưa lưu…"
    assert window.tabs.tabText(window.tabs.indexOf(tab)).endswith("*")


def test_closing_flushes_and_asks_when_a_save_fails(
    qtbot, window, fake_interaction, seed_record
) -> None:
    window.refresh_list()
    tab = window.open_meeting(seed_record.id)
    tab.editor.saved = False
    FakeEditor.flush_result = False
    fake_interaction.confirm_answers = [False]  # keep the window open
    assert not window.close()
    assert window.isVisible()
    assert tab.editor.flushes == 1
    assert "Chưa lưu được" in fake_interaction.asked[-1][1]
    FakeEditor.flush_result = True
    assert window.close()
    assert tab.editor.flushes == 2


def test_a_saved_meeting_refreshes_only_its_row_from_the_changes_without_reading_back(
    qtbot, window, db, seed_record, monkeypatch
) -> None:
    from minutes_app.services import meetings

    other = db.create(
        Meeting(issuer=Issuer("UBND", "UBND"), title="Khác", date=dt.date(2019, 1, 1))
    )
    window.refresh_list()
    tab = window.open_meeting(seed_record.id)
    meeting = db.get(seed_record.id).meeting
    meeting.title = "Tên mới sau khi sửa"
    resets: list[bool] = []
    window.list_page.model.modelReset.connect(lambda: resets.append(True))
    reads: list[int] = []
    real_get = db.get
    monkeypatch.setattr(db, "get", lambda i: reads.append(i) or real_get(i))
    with qtbot.waitSignal(window.list_page.model.dataChanged):
        changes = window.commands.run_verb(
            lambda lane_db: meetings.save(lane_db, seed_record.id, meeting, expected_version=1),
            "saving",
            "failed",
        )
    assert changes is not None and changes.record is not None
    assert "Tên mới sau khi sửa" in _titles(window)
    assert real_get(seed_record.id).version == 2  # written, by the worker lane's connection
    assert not resets and not reads  # one row redrawn from the Changes, nothing read back
    assert window.list_page.model.row_of(other.id) >= 0
    assert tab.editor.meeting_id() == seed_record.id


def test_section_shortcuts_and_undo_actions_follow_the_current_editor(
    qtbot, window, seed_record
) -> None:
    window.refresh_list()
    tab = window.open_meeting(seed_record.id)
    window.act.sections[2].trigger()
    assert tab.editor.sections[-1] == 2
    stack = tab.editor.undo_stack()
    stack.push(QUndoCommand("sửa tên"))
    assert window.act.undo.isEnabled()
    window.tabs.setCurrentIndex(0)
    assert not window.act.undo.isEnabled()


def test_open_another_database_and_recent_files(window, fake_interaction, tmp_path: Path) -> None:
    other = tmp_path / "khac.sqlite"
    fake_interaction.save_paths = [other]
    assert window.databases.create_database()
    assert window.context.db_path == other and other.exists()
    assert window.list_page.proxy.rowCount() == 0
    assert other.resolve() in window.context.settings.recent_db_files()
    not_db = tmp_path / "not-a-db.sqlite"
    not_db.write_text("xin chào", "utf-8")
    fake_interaction.open_paths = [not_db]
    assert not window.databases.open_other_database()
    assert window.context.db_path == other  # still on the working one
    assert fake_interaction.errors()
    assert not_db.read_text("utf-8") == "xin chào"


def test_meetings_open_at_exit_are_reopened(qtbot, app_context, db, seed_record) -> None:
    other = db.create(Meeting(issuer=Issuer("UBND", "UBND"), title="Khác"))
    first = MainWindow(app_context, editor_factory=FakeEditor)
    qtbot.addWidget(first)
    first.open_meeting(other.id)
    first.open_meeting(seed_record.id)
    first.close_tab(first.tabs.tab_of(other.id))
    assert first.close()
    again = MainWindow(app_context, editor_factory=FakeEditor)
    qtbot.addWidget(again)
    assert [t.meeting_id() for t in again.tabs.meeting_tabs()] == [seed_record.id]
    db.delete(seed_record.id)
    third = MainWindow(app_context, editor_factory=FakeEditor)  # a deleted meeting is skipped
    qtbot.addWidget(third)
    assert third.tabs.meeting_tabs() == []


def test_restore_from_a_backup_reopens_the_database(window, db, db_path, fake_interaction) -> None:
    db.create(Meeting(issuer=Issuer("UBND", "UBND"), title="Trong bản sao lưu"))
    backup = db_path.with_name(db_path.name + ".bak-v1-20260101T000000Z")
    import sqlite3

    source, target = sqlite3.connect(db_path), sqlite3.connect(backup)
    source.backup(target)
    source.close()
    target.close()
    window.context.db.create(Meeting(issuer=Issuer("UBND", "UBND"), title="Sau sao lưu"))
    window.refresh_list()
    assert window.list_page.proxy.rowCount() == 2
    fake_interaction.item_answers = [0]
    assert window.databases.restore_backup()
    assert window.context.db is not db
    assert _titles(window) == ["Trong bản sao lưu"]
    window.context.db.close()
