"""Editing every section through its widgets; undo and redo restore the widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import Attendance, Speaker, Statement, Vote
from tests.ui.editor.conftest import focus, press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_undo_and_redo_restore_the_widgets(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    general = editor.sections[0]
    general.location_edit.setFocus()
    press(K.Key_End)
    type_text(" tầng 2")
    general.place_edit.setFocus()  # ends the burst
    type_text("!")
    assert editor.undo_stack().count() == 2
    editor.undo_stack().undo()
    assert general.place_edit.text() == "Kim Sơn"
    editor.undo_stack().undo()
    assert general.location_edit.text() == "Hội trường Huyện ủy Kim Sơn"
    assert editor.meeting() == seed_record.meeting
    editor.undo_stack().redo()
    assert general.location_edit.text().endswith("tầng 2")
    assert editor.undo_stack().undoText().startswith("Sửa Địa điểm")


def test_ctrl_z_in_a_field_undoes_the_meeting_not_only_the_field(
    qtbot,
    open_editor,  # noqa: ANN001
    seed_record,
) -> None:
    editor = open_editor(seed_record)
    content = editor.sections[2]
    editor.show_section(2)
    content.content_edit.setFocus()
    type_text("Thêm câu.")
    press(K.Key_Z, CTRL)
    assert content.content_edit.toPlainText() == seed_record.meeting.agenda[0].statements[0].content
    press(K.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert content.content_edit.toPlainText().endswith("Thêm câu.")


def test_attendance_combo_reason_and_mark_all_present(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    section = editor.sections[1]
    model, table = section.model, section.table
    A = type(model)
    table.setCurrentIndex(model.index(1, A.ATTENDANCE))
    table.setFocus()
    press(K.Key_F2)
    combo = focus()
    combo.setCurrentIndex(2)  # Vắng có lý do
    press(K.Key_Tab)  # commits and goes on to the reason
    assert editor.meeting().attendees[1].attendance is Attendance.ABSENT_EXCUSED
    type_text("Đi công tác")
    press(K.Key_Return)
    assert editor.meeting().attendees[1].reason == "Đi công tác"
    assert "Vắng 1 (1 có lý do)" in section.counts_label.text()
    section.all_present_button.click()
    assert editor.meeting().attendees[1].attendance is Attendance.PRESENT
    assert "Vắng 0" in section.counts_label.text()
    editor.undo_stack().undo()
    assert editor.meeting().attendees[1].reason == "Đi công tác"


def test_attendee_rows_move_with_alt_arrows_and_go_with_ctrl_delete(
    qtbot,
    open_editor,  # noqa: ANN001
    seed_record,
) -> None:
    editor = open_editor(seed_record)
    section = editor.sections[1]
    section.table.setCurrentIndex(section.model.index(0, 0))
    section.table.setFocus()
    press(K.Key_Down, ALT)
    assert [a.label for a in editor.meeting().attendees][:2] == ["Hoàng Văn Thắng", "Mai Văn Thanh"]
    assert section.table.currentIndex().row() == 1
    press(K.Key_Delete, CTRL)
    assert len(editor.meeting().attendees) == 4
    editor.undo_stack().undo()
    editor.undo_stack().undo()
    assert editor.meeting().attendees == seed_record.meeting.attendees


def test_agenda_reorders_by_keyboard_and_by_drop(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.show_section(2)
    content = editor.sections[2]
    titles = [item.title for item in seed_record.meeting.agenda]
    content.agenda_view.setCurrentIndex(content.agenda_model.index(0))
    content.agenda_view.setFocus()
    press(K.Key_Down, ALT)
    assert [i.title for i in editor.meeting().agenda] == titles[::-1]
    assert content.title_edit.text() == titles[0]  # still the moved item on the right
    # drag item 2 (now the first title) onto the top half of row 0
    view = content.agenda_view
    rect = view.visualRect(content.agenda_model.index(0))
    assert view.drop_row(1, QPoint(rect.center().x(), rect.top() + 2))
    assert [i.title for i in editor.meeting().agenda] == titles
    assert view.currentIndex().row() == 0
    # a drop from elsewhere is refused
    drop = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    assert not drop.isAccepted()
    assert [i.title for i in editor.meeting().agenda] == titles


def test_statements_group_voice_completion_and_reorder(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.show_section(2)
    content = editor.sections[2]
    content.statement_view.setCurrentIndex(content.statement_model.index(2, 0))
    content.content_edit.setFocus()
    press(K.Key_Return, CTRL)  # a new statement after the current one
    assert focus() is content.speaker_edit
    statements = editor.meeting().agenda[0].statements
    assert len(statements) == 4 and statements[3] == Statement()
    # picking a suggestion: a person fills the position ...
    type_text("Hoàng")
    content.speaker_completer.activated[str].emit("Hoàng Văn Thắng")
    assert editor.meeting().agenda[0].statements[3].speaker == Speaker(
        "Hoàng Văn Thắng", "Phó Bí thư Huyện ủy"
    )
    assert content.speaker_position_edit.text() == "Phó Bí thư Huyện ủy"
    # ... and the checkbox turns the speaker into a collective voice
    content.group_check.setChecked(True)
    assert editor.meeting().agenda[0].statements[3].speaker == Speaker(group="Hoàng Văn Thắng")
    assert not content.speaker_position_edit.isEnabled()
    content.group_check.setChecked(False)
    content.statement_view.setFocus()
    press(K.Key_Up, ALT)
    assert editor.meeting().agenda[0].statements[2].speaker.name == "Hoàng Văn Thắng"
    assert editor.meeting().agenda[0].statements[3].speaker.name == "Hoàng Văn Thắng"
    content.remove_statement_button.click()
    assert len(editor.meeting().agenda[0].statements) == 3


def test_votes_live_percentages_and_warning(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    press(K.Key_4, CTRL)
    section = editor.sections[3]
    section.table.setFocus()
    press(K.Key_Return)  # a first vote row, typing its subject
    type_text("Thông qua báo cáo")
    for count in ("20", "3", "4"):
        press(K.Key_Tab)
        type_text(count)
    press(K.Key_Tab)  # eligible: blank = the members present (27)
    press(K.Key_Tab)
    V = type(section.model)
    assert editor.meeting().votes == [Vote("Thông qua báo cáo", 20, 3, 4)]
    result = section.model.data(section.model.index(0, V.RESULT))
    assert "74,07%" in result and "/ 27" in result
    assert not section.warning_label.isVisibleTo(section)
    section.model.setData(section.model.index(0, V.ELIGIBLE), "25")
    assert section.warning_label.isVisibleTo(section)
    assert "vượt số người có quyền biểu quyết (25)" in section.warning_label.text()
    editor.validate_now()
    assert any(p.path == "votes[0]" and p.is_error for p in editor.problems())


def test_tasks_and_signing_sections(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    tasks = editor.sections[4]
    tasks.model.setData(tasks.model.index(2, 2), "30/4/2020")
    assert editor.meeting().tasks[2].due == dt.date(2020, 4, 30)
    press(K.Key_6, CTRL)
    signing = editor.sections[5]
    assert signing.chair_label_edit.placeholderText() == "CHỦ TRÌ HỘI NGHỊ"
    assert signing.secretary_label_edit.placeholderText() == "NGƯỜI GHI BIÊN BẢN"
    signing.chair_prefix_edit.setFocus()
    type_text("T/M BAN THƯỜNG VỤ")
    signing.copies_edit.setFocus()
    press(K.Key_A, CTRL)
    type_text("5")
    signing.closing_edit.setFocus()
    type_text("Hội nghị kết thúc lúc 11 giờ 15 phút.")
    m = editor.meeting()
    assert (m.signature.chair_prefix, m.copies) == ("T/M BAN THƯỜNG VỤ", 5)
    assert m.closing == "Hội nghị kết thúc lúc 11 giờ 15 phút."
    editor.sections[0].profile_choice.setFocus()
    press(K.Key_Up)  # back to the state profile: the hints follow
    assert signing.chair_label_edit.placeholderText() == "CHỦ TỌA"
    assert editor.sections[0].symbol_edit.placeholderText() == "BB-HU"


def test_dates_are_checked_when_leaving_the_field(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    general = editor.sections[0]
    general.start_edit.setFocus()
    press(K.Key_A, CTRL)
    type_text("hôm qua")
    press(K.Key_Tab)
    assert general.start_edit.property("problem") == "error"
    assert editor.meeting().start == seed_record.meeting.start
    general.start_edit.setFocus()
    press(K.Key_A, CTRL)
    press(K.Key_Delete)
    press(K.Key_Tab)
    assert editor.meeting().start is None  # "not set" is allowed while drafting
    editor.validate_now()
    assert general.start_edit.property("problem") == "warning"


def test_section_shortcuts_and_first_fields(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.sections[0].title_edit.setFocus()
    for n in range(6, 0, -1):
        press(getattr(K, f"Key_{n}"), CTRL)
        assert editor.current_section() == n - 1
        assert editor.sections[n - 1].isAncestorOf(QApplication.focusWidget())


def test_party_membership_column_and_form_of_address(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    from minutes_app.domain.model import FormOfAddress, Membership, Profile

    editor = open_editor(seed_record)  # the seed: a Party meeting
    section = editor.sections[1]
    model, table = section.model, section.table
    A = type(model)
    assert not table.isColumnHidden(A.MEMBERSHIP)
    table.setCurrentIndex(model.index(0, A.MEMBERSHIP))
    table.setFocus()
    press(K.Key_F2)
    combo = focus()
    combo.setCurrentIndex(1)  # Chính thức
    press(K.Key_Return)
    assert editor.meeting().attendees[0].membership is Membership.OFFICIAL
    assert "Đảng viên 1 (chính thức 1, dự bị 0)" in section.counts_label.text()
    # A state meeting has no membership column.
    general = editor.sections[0]
    general.profile_choice.setCurrentIndex(0)
    general.profile_choice.activated.emit(0)
    assert editor.meeting().profile is Profile.STATE
    assert table.isColumnHidden(A.MEMBERSHIP)
    editor.undo_stack().undo()
    assert not table.isColumnHidden(A.MEMBERSHIP)
    # The form of address is chosen per meeting in the general section.
    choice = general.address_choice
    assert choice.currentIndex() == 0  # the profile's
    choice.setCurrentIndex(2)
    choice.activated.emit(2)
    assert editor.meeting().form_of_address is FormOfAddress.MR_MS
    assert editor.undo_stack().undoText() == "Sửa Cách gọi người dự"
