"""The live mode ("Đang họp"): a whole meeting taken with the keyboard, then the usual editor."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import Attendance, Meeting, Speaker, Statement, Vote
from minutes_app.render import build_document
from minutes_app.ui.main_window import MainWindow
from tests.ui.editor.conftest import focus, press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DAY = dt.date(2020, 2, 25)


class Clock:
    """A wall clock the test sets: ``clock.at(7, 30)``."""

    def __init__(self) -> None:
        self.now = dt.datetime(2020, 2, 25, 7, 20, 12)

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, hour: int, minute: int) -> None:
        self.now = dt.datetime(2020, 2, 25, hour, minute, 37)


def type_paragraphs(text: str) -> None:
    """Type text with line breaks, pressing Enter for each new line."""
    for i, line in enumerate(text.split("\n")):
        if i:
            press(K.Key_Return)
        type_text(line)


def prepared(seed: Meeting) -> Meeting:
    """Return the seed as it stands before the meeting: invited, agenda set, nothing said."""
    meeting = copy.deepcopy(seed)
    meeting.start = meeting.end = None
    meeting.conclusion = ""
    for item in meeting.agenda:
        item.statements = []
        item.conclusion = ""
    return meeting


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2020, 2, 25, hour, minute)


@pytest.fixture
def live_window(qtbot, app_context, db, seed_meeting):  # noqa: ANN001
    record = db.create(prepared(seed_meeting))
    window = MainWindow(app_context)
    window.act.preview.setChecked(False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    tab = window.open_meeting(record.id)
    assert tab is not None
    clock = Clock()
    tab.editor.clock = clock
    QApplication.processEvents()
    return window, tab.editor, clock, record


def test_a_whole_meeting_taken_with_the_keyboard(qtbot, live_window, seed_meeting, db) -> None:  # noqa: ANN001
    window, editor, clock, record = live_window
    seed = seed_meeting
    press(K.Key_M, CTRL)  # "Đang họp"
    assert editor.is_live_mode() and window.act.live.isChecked()
    page = editor.live
    assert page.title_label.text() == seed.agenda[0].title
    assert "Tiếp theo: 2. " + seed.agenda[1].title in page.next_label.text()

    # -- before the start: Hoàng Văn Thắng is not there yet -------------------------------------
    press(K.Key_D, ALT)
    assert focus() is page.roll_call.list
    press(K.Key_Down)
    press(K.Key_Space)
    assert editor.meeting().attendees[1].attendance is Attendance.ABSENT
    assert page.roll_call.counts_label.text().startswith("Có mặt 26/27")
    clock.at(7, 30)
    press(K.Key_B, CTRL)  # "Bắt đầu họp"
    assert editor.meeting().start == at(7, 30)
    assert page.phase_label.text().startswith("Đang họp từ 07:30")

    # -- item 1: the chair, the delegates, a late arrival, then Thắng --------------------------
    item = seed.agenda[0]
    clock.at(7, 32)
    press(K.Key_1, ALT)  # the chair is the first of the speaker bar
    assert focus() is page.content_edit
    type_paragraphs(item.statements[0].content)
    clock.at(7, 41)
    press(K.Key_Return, CTRL)
    assert focus() is page.finder
    type_text("cac dai")
    assert page.bar.selected().label == "Các đại biểu dự hội nghị"
    press(K.Key_Return)
    assert focus() is page.content_edit
    type_paragraphs(item.statements[1].content)
    clock.at(7, 45)
    press(K.Key_D, ALT)
    press(K.Key_Space)  # Thắng comes in: late, at 07:45
    assert "đến muộn 07:45" in page.roll_call.list.item(1).text()
    clock.at(7, 50)
    press(K.Key_Return, CTRL)
    type_text("thang")
    press(K.Key_Return)
    type_paragraphs(item.statements[2].content)
    # the conclusion is noted first, then moved from the scratch note
    press(K.Key_N, ALT)
    assert focus() is page.scratch_edit
    type_text(item.conclusion)
    press(K.Key_L, CTRL | SHIFT)
    assert editor.meeting().agenda[0].scratch == ""
    assert editor.meeting().agenda[0].conclusion == item.conclusion

    # -- item 2, a vote, a scratch note left behind ---------------------------------------------
    press(K.Key_PageDown, CTRL)
    assert page.title_label.text() == seed.agenda[1].title
    assert page.next_label.text() == "Tiếp theo: Kết luận cuộc họp"
    assert focus() is page.finder  # nothing said yet on this item
    item = seed.agenda[1]
    clock.at(8, 30)
    press(K.Key_1, ALT)
    type_paragraphs(item.statements[0].content)
    press(K.Key_L, ALT)
    type_text(item.conclusion)
    clock.at(9, 10)
    press(K.Key_B, ALT)  # a vote of the 27 present: all in favour to begin with
    assert focus() is page.votes.subject_edit
    type_text("Thông qua nhiệm vụ trọng tâm tháng 3")
    press(K.Key_Tab)
    press(K.Key_Tab)
    assert focus() is page.votes.counts["against"]
    type_text("2")  # two against: 25 in favour
    assert page.votes.counts["in_favour"].text() == "25"
    assert "92,59%" in page.votes.result_label.text()
    press(K.Key_N, ALT)
    type_text("nhắc Văn phòng gửi dự thảo")

    # -- the conclusion, the end -----------------------------------------------------------------
    press(K.Key_PageDown, CTRL)
    assert page.is_conclusion_page() and focus() is page.meeting_conclusion_edit
    type_paragraphs(seed.conclusion)
    clock.at(11, 15)
    press(K.Key_K, CTRL | SHIFT)  # "Kết thúc"
    assert page.phase_label.text() == "Đã kết thúc lúc 11:15 · họp 3 giờ 45 phút"

    expected = copy.deepcopy(seed)
    expected.start, expected.end = at(7, 30), at(11, 15)
    expected.attendees[1].attendance = Attendance.LATE
    expected.attendees[1].arrived = at(7, 45)
    for statement, time in zip(
        [*expected.agenda[0].statements, *expected.agenda[1].statements],
        [at(7, 32), at(7, 41), at(7, 50), at(8, 30)],
        strict=True,
    ):
        statement.time = time
    expected.agenda[1].scratch = "nhắc Văn phòng gửi dự thảo"
    expected.votes = [Vote("Thông qua nhiệm vụ trọng tâm tháng 3", 25, 2, 0, eligible=27)]
    assert editor.meeting() == expected

    # -- after the meeting: the same minutes in the editor, times and attendance right -------------
    press(K.Key_M, CTRL)
    assert not editor.is_live_mode() and not window.act.live.isChecked()
    general = editor.sections[0]
    assert (general.start_edit.text(), general.end_edit.text()) == (
        "25/02/2020 07:30",
        "25/02/2020 11:15",
    )
    attendees = editor.sections[1]
    assert attendees.counts_label.text().startswith("Triệu tập 27 · Có mặt 27 (1 đến muộn)")
    editor.validate_now()
    scratch = [p for p in editor.problems() if p.path == "agenda[1].scratch"]
    assert scratch and not scratch[0].is_error
    assert editor.flush()
    assert db.get(record.id).meeting == expected
    # numbers and their units are glued by no-break spaces in print
    printed = "\n".join(build_document(expected).texts()).replace("\u00a0", " ")
    assert "đến lúc 07 giờ 45 phút" in printed
    assert "nhắc Văn phòng" not in printed and "07 giờ 32 phút" not in printed

    # every step was one undoable edit: Ctrl+Z takes back "Kết thúc", Ctrl+Y brings it again
    stack = editor.undo_stack()
    assert stack.undoText() == "Kết thúc họp"
    stack.undo()
    assert editor.meeting().end is None
    stack.redo()
    assert editor.meeting().end == at(11, 15)


def test_a_leftover_scratch_note_opens_in_the_live_mode(qtbot, live_window) -> None:  # noqa: ANN001
    window, editor, clock, record = live_window
    editor.session.set("agenda[1].scratch", "xem lại")
    editor.validate_now()
    editor.show_section(2)
    problems = editor.sections[2].problems_list
    row = next(
        i
        for i in range(problems.count())
        if problems.item(i).data(Qt.ItemDataRole.UserRole + 1) == "agenda[1].scratch"
    )
    assert "Ghi chú nháp" in problems.item(row).text()
    problems.itemActivated.emit(problems.item(row))
    assert editor.is_live_mode() and window.act.live.isChecked()
    assert editor.live.item == 1 and focus() is editor.live.scratch_edit
    press(K.Key_3, CTRL)  # a section key goes back to the editor
    assert not editor.is_live_mode() and editor.current_section() == 2


def test_a_slip_of_the_speaker_is_corrected_not_left_empty(qtbot, live_window) -> None:  # noqa: ANN001
    window, editor, clock, record = live_window
    editor.set_live_mode(True)
    page = editor.live
    clock.at(7, 30)
    press(K.Key_B, CTRL)
    press(K.Key_2, ALT)  # Hoàng Văn Thắng by mistake
    press(K.Key_Return, CTRL)
    type_text("mvt")  # initials
    press(K.Key_Return)
    statements = editor.meeting().agenda[0].statements
    assert statements == [
        Statement(Speaker("Mai Văn Thanh", "Phó Bí thư Thường trực Huyện ủy"), "", at(7, 30))
    ]
    assert page.statement_label.text().startswith("Ý kiến 1 · 07:30: Mai Văn Thanh")
    press(K.Key_Escape)  # nothing in the name box: stays in the statement
    assert focus() is page.content_edit


def test_an_approved_meeting_cannot_be_changed_from_the_live_mode(
    qtbot, app_context, db, seed_meeting
) -> None:  # noqa: ANN001
    from minutes_app.domain.model import Status
    from minutes_app.ui.editor import MeetingEditor

    meeting = copy.deepcopy(seed_meeting)
    meeting.status = Status.APPROVED
    editor = MeetingEditor(app_context, db.create(meeting))
    qtbot.addWidget(editor)
    editor.set_live_mode(True)
    page = editor.live
    assert not page.start_button.isEnabled() and not page.votes.new_button.isEnabled()
    page.pick(page.bar.choices[0])
    page.roll_call.toggle(0)
    page.votes.new_vote()
    assert editor.meeting() == meeting and editor.undo_stack().count() == 0


def test_no_key_of_the_live_mode_is_taken_by_the_window(qtbot, live_window) -> None:  # noqa: ANN001
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    window, editor, clock, record = live_window
    editor.set_live_mode(True)
    window_keys = {
        s.toString()
        for action in window.findChildren(QAction)
        for s in action.shortcuts()
        if not s.isEmpty()
    }
    page_keys = [s.key().toString() for s in editor.live.findChildren(QShortcut)]
    assert {"Ctrl+B", "Ctrl+Shift+K", "Alt+1", "Ctrl+PgDown"} <= set(page_keys)
    assert sorted(set(page_keys) & window_keys) == []
    # nor by the menu bar's own keys (Alt+letter of each menu), in Vietnamese and in English
    import xml.etree.ElementTree as ET

    from minutes_app.ui.i18n import translations_dir

    root = ET.parse(translations_dir() / "minutes_app_en.ts").getroot()
    english = {
        m.findtext("source"): m.findtext("translation")
        for m in root.iter("message")
        if m.findtext("translation")
    }
    titles = [a.text() for a in window.menuBar().actions()]
    assert all(english.get(t) for t in titles)
    mnemonics = {QKeySequence.mnemonic(t).toString() for t in titles + [english[t] for t in titles]}
    assert "Alt+V" in mnemonics  # "&View"
    assert sorted(set(page_keys) & mnemonics) == []
    assert window.act.live.shortcut().toString() == "Ctrl+M"


def test_every_text_of_the_live_mode_has_its_english(tmp_path) -> None:  # noqa: ANN001
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from minutes_app.ui.i18n import translations_dir

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    repo = Path(__file__).resolve().parents[3]
    fresh = tmp_path / "live.ts"
    files = [repo / "minutes_app/ui/editor/live.py", repo / "minutes_app/ui/editor/live_parts.py"]
    subprocess.run([lupdate, *map(str, files), "-ts", str(fresh)], check=True, capture_output=True)

    def messages(path: Path) -> dict[tuple[str, str], str]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or ""): m.findtext("translation") or ""
            for c in root.iter("context")
            for m in c.iter("message")
        }

    found = messages(fresh)
    assert len(found) > 50
    shipped = messages(translations_dir() / "minutes_app_en.ts")
    missing = sorted(key for key in found if not shipped.get(key, "").strip())
    assert missing == []


def test_the_attendee_table_shows_the_stamped_arrival(qapp) -> None:  # noqa: ANN001
    from minutes_app.domain.model import Attendee
    from minutes_app.ui.editor.session import EditSession
    from minutes_app.ui.editor.table_models import AttendeeTableModel

    meeting = Meeting(
        attendees=[
            Attendee("Hoàng Văn Thắng", attendance=Attendance.LATE, arrived=at(7, 45)),
            Attendee("Trần Thị Hoa", attendance=Attendance.LATE),
        ]
    )
    model = AttendeeTableModel(EditSession(meeting))
    column = AttendeeTableModel.ATTENDANCE
    assert model.data(model.index(0, column)) == "Đến muộn 07:45"
    assert model.data(model.index(1, column)) == "Đến muộn"
    assert model.data(model.index(0, column), Qt.ItemDataRole.EditRole) is Attendance.LATE


def test_vietnamese_input_methods_work_in_every_field_of_the_live_mode(qtbot, live_window) -> None:  # noqa: ANN001
    from tests.ui.editor.test_input_method import commit, compose

    window, editor, clock, record = live_window
    editor.set_live_mode(True)
    page = editor.live
    stack = editor.undo_stack()
    # the name box: a word being composed does not filter the bar; the committed word does
    page.focus_finder()
    before = [c.label for c in page.bar.choices]
    compose(page.finder, "thă")
    assert [c.label for c in page.bar.choices] == before
    commit(page.finder, "thắng")
    assert page.bar.selected().label == "Hoàng Văn Thắng"
    press(K.Key_Return)
    assert focus() is page.content_edit
    # the statement, the scratch note, the conclusions and the vote's subject: nothing is
    # written (no undo step, no save) until the word is committed
    press(K.Key_B, ALT)
    fields = [
        (page.content_edit, "agenda[0].statements[0].content"),
        (page.scratch_edit, "agenda[0].scratch"),
        (page.item_conclusion_edit, "agenda[0].conclusion"),
        (page.votes.subject_edit, "votes[0].subject"),
    ]
    for widget, path in fields:
        widget.setFocus()
        steps = stack.count()
        compose(widget, "nghi")
        compose(widget, "nghị")
        assert editor.session.value(path) == "" and stack.count() == steps
        commit(widget, "nghị")
        assert editor.session.value(path) == "nghị"
    page.show_item(len(editor.meeting().agenda))
    compose(page.meeting_conclusion_edit, "kết")
    assert editor.meeting().conclusion == ""
    commit(page.meeting_conclusion_edit, "kết")
    assert editor.meeting().conclusion == "kết"


def test_what_the_live_mode_records_is_autosaved(qtbot, live_window, db) -> None:  # noqa: ANN001
    window, editor, clock, record = live_window
    editor.set_live_mode(True)
    page = editor.live
    clock.at(7, 30)
    press(K.Key_B, CTRL)
    press(K.Key_N, ALT)
    type_text("ghi chú nháp")
    qtbot.waitUntil(lambda: db.get(record.id).meeting.agenda[0].scratch == "ghi chú nháp")
    stored = db.get(record.id).meeting
    assert stored.start == at(7, 30)
    # The row is committed on the verb lane a moment before the editor hears of it.
    qtbot.waitUntil(editor.is_saved)
    assert page.isVisible() and editor.is_saved()


def test_ctrl_m_in_the_list_opens_the_selected_meeting_in_the_live_mode(
    qtbot, db, seed_record, real_window
) -> None:  # noqa: ANN001
    window = real_window
    assert window.select_meeting(seed_record.id)
    window.list_page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_page.table)
    press(K.Key_M, CTRL)
    tab = window.current_tab()
    assert tab is not None and tab.meeting_id() == seed_record.id
    assert tab.editor.is_live_mode() and window.act.live.isChecked()
    assert tab.editor.live.timer.isActive()
    window.tabs.setCurrentIndex(0)  # the list: the action follows the current tab
    assert not window.act.live.isChecked()
    assert not tab.editor.live.timer.isActive()  # the clock ticks only while seen
    window.tabs.setCurrentWidget(tab)
    assert window.act.live.isChecked()


def test_with_no_agenda_the_first_statement_adds_the_first_item(qtbot, app_context, db) -> None:  # noqa: ANN001
    from minutes_app.domain.model import Attendee, Person
    from minutes_app.ui.editor import MeetingEditor

    meeting = Meeting(
        date=DAY, chair=Person("Mai Văn Thanh", "Chủ tịch"), attendees=[Attendee("Lê Văn An")]
    )
    editor = MeetingEditor(app_context, db.create(meeting))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.clock = lambda: dt.datetime(2020, 2, 25, 14, 0)
    editor.set_live_mode(True)
    page = editor.live
    assert not page.is_conclusion_page() and page.position_label.text() == "Nội dung 1/1"
    assert not page.scratch_edit.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.finder)
    press(K.Key_2, ALT)
    assert editor.meeting().agenda[0].statements == [
        Statement(Speaker("Lê Văn An"), "", dt.datetime(2020, 2, 25, 14, 0))
    ]
    assert focus() is page.content_edit and page.scratch_edit.isEnabled()
    type_text("Ý kiến")
    assert editor.meeting().agenda[0].statements[0].content == "Ý kiến"
    # a vote: the counts are undone with the meeting's undo, not the box's own
    press(K.Key_B, ALT)
    press(K.Key_Tab)
    press(K.Key_Tab)
    type_text("1")
    assert (editor.meeting().votes[0].in_favour, editor.meeting().votes[0].against) == (0, 1)
    press(K.Key_Z, CTRL)
    assert (editor.meeting().votes[0].in_favour, editor.meeting().votes[0].against) == (1, 0)
    assert page.votes.counts["against"].text() == "0"
    press(K.Key_PageDown, CTRL)
    assert page.is_conclusion_page() and focus() is page.meeting_conclusion_edit
