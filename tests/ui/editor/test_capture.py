"""Done-criterion of issue 4: record the seed meeting from scratch with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import Meeting, Profile
from tests.ui.editor.conftest import focus, press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def close_suggestions() -> None:
    """Close the completion list if one is showing (Escape would otherwise cancel the cell)."""
    if QApplication.activePopupWidget() is not None:
        press(K.Key_Escape)


def tab(times: int = 1) -> None:
    for _ in range(times):
        press(K.Key_Tab)


def type_paragraphs(text: str) -> None:
    """Type text with line breaks, pressing Enter for each new line."""
    for i, line in enumerate(text.split("\n")):
        if i:
            press(K.Key_Return)
        type_text(line)


def click_mnemonic(qtbot, key: Qt.Key) -> None:  # noqa: ANN001
    """Press Alt+letter of a button; buttons click 100 ms later (animateClick)."""
    press(key, ALT)
    qtbot.wait(200)


def settle(qtbot) -> None:  # noqa: ANN001
    qtbot.wait(5)
    QApplication.processEvents()


def test_record_the_seed_meeting_with_the_keyboard(
    qtbot,
    open_editor,
    blank_record,  # noqa: ANN001
    seed_meeting: Meeting,
) -> None:
    seed = seed_meeting
    editor = open_editor(blank_record)

    # -- 1. Thông tin chung ----------------------------------------------------------------
    press(K.Key_1, CTRL)
    general = editor.sections[0]
    assert focus() is general.parent_edit
    type_text(seed.issuer.parent)
    tab()
    type_text(seed.issuer.name)
    tab()
    type_text(seed.issuer.abbreviation)
    tab()
    assert focus() is general.profile_choice
    press(K.Key_Down)  # Nhà nước -> Đảng
    tab(2)  # number stays empty
    assert focus() is general.symbol_edit
    assert general.symbol_edit.placeholderText() == "BB/HU"  # derived from profile + abbreviation
    type_text(seed.symbol)
    tab()
    type_text(seed.place)
    tab()
    assert focus() is general.date_edit
    press(K.Key_A, CTRL)
    type_text("25/2/2020")
    tab(2)  # the place/date line choice keeps "theo thể thức"
    assert focus() is general.title_edit
    type_text(seed.title)
    tab()
    type_text(seed.kind)
    press(K.Key_Escape)  # close the kind suggestions
    tab()
    assert focus() is general.start_edit
    type_text("07:30")
    tab()
    type_text("11h15")
    tab()
    type_text(seed.location)
    tab()
    for person in (seed.chair, seed.secretary):
        type_text(person.name)
        tab()
        type_text(person.position)
        tab()
    settle(qtbot)
    m = editor.meeting()
    assert (m.profile, m.issuer, m.date, m.start, m.end) == (
        Profile.PARTY,
        seed.issuer,
        seed.date,
        seed.start,
        seed.end,
    )
    assert (m.chair, m.secretary, m.title, m.location) == (
        seed.chair,
        seed.secretary,
        seed.title,
        seed.location,
    )

    # -- 2. Thành phần ----------------------------------------------------------------------
    press(K.Key_2, CTRL)
    attendees = editor.sections[1]
    assert focus() is attendees.table
    press(K.Key_Return)  # the first row, ready for typing
    type_text(seed.attendees[0].name)  # the chair: the position comes by itself
    tab()
    press(K.Key_Return)  # keep the filled position; Enter in the last row adds the next
    settle(qtbot)
    type_text(seed.attendees[1].name)
    tab()
    type_text(seed.attendees[1].position)
    press(K.Key_Return)
    settle(qtbot)
    groups = [a for a in seed.attendees if a.is_group]
    for group in groups:
        click_mnemonic(qtbot, K.Key_N)  # "Thêm nhóm": the blank row becomes a group
        type_text(group.group or "")
        if group.count is not None:
            tab()
            type_text(str(group.count))
            tab()
        else:
            press(K.Key_Return)
            settle(qtbot)
    settle(qtbot)
    assert editor.meeting().attendees == seed.attendees
    assert attendees.counts_label.text().startswith("Triệu tập 27 · Có mặt 27 · Vắng 0")

    # -- 3. Nội dung --------------------------------------------------------------------------
    press(K.Key_3, CTRL)
    content = editor.sections[2]
    for item in seed.agenda:
        click_mnemonic(qtbot, K.Key_N)  # "Thêm nội dung"
        assert focus() is content.title_edit
        type_text(item.title)
        tab()
        assert item.presenter is not None
        type_text(item.presenter.name)  # the position is filled from the attendees
        close_suggestions()
        tab()
        assert focus() is content.presenter_position_edit
        for statement in item.statements:
            press(K.Key_Return, CTRL)  # a new statement; the focus goes to its speaker
            assert focus() is content.speaker_edit
            type_text(statement.speaker.label)
            close_suggestions()
            tab()  # a known person fills the position; a known voice becomes a group
            while focus() is not content.content_edit:
                tab()
            type_paragraphs(statement.content)
        tab()
        assert focus() is content.item_conclusion_edit
        type_text(item.conclusion)
    settle(qtbot)
    assert editor.meeting().agenda == seed.agenda

    # -- 4. Kết luận và biểu quyết -------------------------------------------------------------
    press(K.Key_4, CTRL)
    assert focus() is editor.sections[3].conclusion_edit
    type_paragraphs(seed.conclusion)

    # -- 5. Nhiệm vụ ----------------------------------------------------------------------------
    press(K.Key_5, CTRL)
    assert focus() is editor.sections[4].table
    for task in seed.tasks:
        press(K.Key_Return)
        settle(qtbot)
        type_text(task.description)
        tab()
        type_text(task.owner)
        close_suggestions()
        tab()
        if task.due is not None:
            type_text(f"{task.due.day}/{task.due.month}/{task.due.year}")
        press(K.Key_Return)
        settle(qtbot)
        press(K.Key_Escape)  # the blank row Enter added goes away again
        settle(qtbot)
    assert editor.meeting().tasks == seed.tasks

    # -- 6. Ký và nơi nhận -----------------------------------------------------------------------
    press(K.Key_6, CTRL)
    signing = editor.sections[5]
    assert focus() is signing.secretary_label_edit
    tab(4)
    assert focus() is signing.recipients_edit
    type_paragraphs("\n".join(seed.recipients))
    tab()
    assert focus() is signing.copies_edit
    type_text(str(seed.copies))
    tab()
    settle(qtbot)

    assert editor.meeting() == seed
    assert editor.flush()
    assert editor.is_saved()
