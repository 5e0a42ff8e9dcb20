"""Nothing is lost: autosave within two seconds, reopen after a kill, flush, save conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from minutes_app.domain.model import Attendee, Status
from minutes_app.store import Database
from minutes_app.ui.editor.autosave import MAX_LATENCY_MS
from tests.ui.editor.conftest import press, type_text


def test_autosave_after_a_pause_then_reopen_shows_everything(
    qtbot,
    open_editor,  # noqa: ANN001
    blank_record,
    db_path,
) -> None:
    editor = open_editor(blank_record)
    saved = []
    editor.meeting_saved.connect(saved.append)
    editor.sections[0].title_edit.setFocus()
    type_text("Họp giao ban")
    assert not editor.is_saved()
    qtbot.waitUntil(lambda: saved == [blank_record.id], timeout=3000)
    assert editor.is_saved()
    # "kill": no flush, no close; another connection reads what is on disk
    other = Database.open(db_path)
    try:
        assert other.get(blank_record.id).meeting.title == "Họp giao ban"
    finally:
        other.close()


def test_continuous_typing_is_saved_at_least_every_two_seconds(
    qtbot,
    open_editor,  # noqa: ANN001
    blank_record,
    db,
) -> None:
    editor = open_editor(blank_record)
    saved = []
    editor.meeting_saved.connect(saved.append)
    editor.sections[0].title_edit.setFocus()
    # type a key every 300 ms, so that the 1.5 s pause never comes
    for ch in "abcdefghijkl":
        type_text(ch)
        qtbot.wait(300)
        if saved:
            break
    assert saved, f"nothing saved within {MAX_LATENCY_MS} ms of continuous typing"
    assert db.get(blank_record.id).meeting.title.startswith("abc")


def test_save_state_signal_and_flush(qtbot, open_editor, blank_record, db) -> None:  # noqa: ANN001
    editor = open_editor(blank_record)
    states = []
    editor.save_state_changed.connect(states.append)
    editor.sections[0].location_edit.setFocus()
    type_text("Hội trường")
    assert states[-1] is False
    assert editor.flush()
    assert states[-1] is True and editor.is_saved()
    assert db.get(blank_record.id).meeting.location == "Hội trường"
    assert not editor.autosave.is_pending()


def test_undo_back_to_the_saved_state_is_saved(qtbot, open_editor, blank_record) -> None:  # noqa: ANN001
    editor = open_editor(blank_record)
    editor.sections[0].title_edit.setFocus()
    type_text("abc")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.meeting().title == ""
    assert editor.is_saved()


def test_stale_version_keep_mine_as_a_copy(
    qtbot,
    open_editor,
    blank_record,
    db_path,  # noqa: ANN001
    db,
    fake_interaction,
) -> None:
    editor = open_editor(blank_record)
    other = Database.open(db_path)
    try:
        theirs = other.get(blank_record.id).meeting
        theirs.title = "Bản của người khác"
        other.update(blank_record.id, theirs)
    finally:
        other.close()
    editor.sections[0].title_edit.setFocus()
    type_text("Bản của tôi")
    fake_interaction.choose_answers = [0]  # keep mine as a copy, reload theirs
    copies = []
    editor.copy_created.connect(copies.append)
    assert editor.flush()
    assert editor.meeting().title == "Bản của người khác"
    assert editor.is_saved()
    assert len(copies) == 1 and db.get(copies[0]).meeting.title == "Bản của tôi"
    assert any(kind == "information" for kind, *_ in fake_interaction.messages)
    # the editor goes on from the version it reloaded: the next save succeeds
    editor.sections[0].location_edit.setFocus()
    type_text("Phòng họp")
    assert editor.flush()
    assert db.get(blank_record.id).meeting.location == "Phòng họp"


def test_stale_version_discard_mine_or_cancel(
    qtbot,
    open_editor,
    blank_record,
    db_path,  # noqa: ANN001
    db,
    fake_interaction,
) -> None:
    editor = open_editor(blank_record)
    other = Database.open(db_path)
    try:
        theirs = other.get(blank_record.id).meeting
        theirs.title = "Của họ"
        other.update(blank_record.id, theirs)
    finally:
        other.close()
    editor.sections[0].title_edit.setFocus()
    type_text("Của tôi")
    fake_interaction.choose_answers = [None]  # cancel: nothing is lost, nothing is saved
    assert not editor.flush()
    assert not editor.is_saved() and editor.meeting().title == "Của tôi"
    assert db.get(blank_record.id).meeting.title == "Của họ"
    fake_interaction.choose_answers = [1]  # now: discard mine, reload theirs
    assert editor.flush()
    assert editor.meeting().title == "Của họ" and editor.is_saved()
    assert db.count() == 1


def test_database_failure_is_reported_once_and_retried(
    qtbot,
    open_editor,
    blank_record,  # noqa: ANN001
    db,
    fake_interaction,
) -> None:
    editor = open_editor(blank_record)
    db.delete(blank_record.id)  # every save now fails (MeetingNotFound)
    editor.sections[0].title_edit.setFocus()
    type_text("x")
    assert not editor.flush()
    assert len(fake_interaction.errors()) == 1
    assert not editor.is_saved()
    editor.save()  # an autosave retry does not show the error again
    assert len(fake_interaction.errors()) == 1


def test_approved_meeting_opens_read_only(qtbot, open_editor, db, seed_meeting) -> None:  # noqa: ANN001
    seed_meeting.status = Status.APPROVED
    record = db.create(seed_meeting)
    editor = open_editor(record)
    assert editor.is_read_only() and editor.banner.isVisible()
    assert "đã được duyệt" in editor.banner.text()
    title = editor.sections[0].title_edit
    assert title.isReadOnly()
    title.setFocus()
    type_text("x")
    assert editor.meeting() == seed_meeting and editor.undo_stack().count() == 0
    assert not editor.sections[1].add_person_button.isEnabled()
    assert not editor.sections[1].model.setData(editor.sections[1].model.index(0, 0), "Ai")
    assert editor.flush()


def test_reload_replaces_the_meeting_and_history(qtbot, open_editor, seed_record, db) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.sections[1].model.insert_row(item=Attendee(name="Người mới"))
    assert editor.undo_stack().count() == 1
    editor.reload(db.get(seed_record.id))
    assert editor.undo_stack().count() == 0
    assert editor.meeting() == seed_record.meeting
    assert editor.sections[1].model.rowCount() == len(seed_record.meeting.attendees)


@pytest.fixture
def window(real_window):  # noqa: ANN001
    return real_window


def _type_into_title(qtbot, editor) -> None:  # noqa: ANN001
    title = editor.sections[0].title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    type_text("x")


def _type_a_date(qtbot, editor) -> None:  # noqa: ANN001
    date = editor.sections[0].date_edit
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    type_text("26/02/2020")  # no Enter, no Tab: still in the field


def _type_into_a_cell(qtbot, editor) -> None:  # noqa: ANN001
    editor.show_section(1)
    table = editor.sections[1].table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(1, 0))  # a name: typing replaces it
    type_text("Lan")  # the cell editor opens with the first key and stays open
    assert table.state() is table.State.EditingState


def _pick_in_a_cell(qtbot, editor) -> None:  # noqa: ANN001
    editor.show_section(1)
    table, model = editor.sections[1].table, editor.sections[1].model
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    index = model.index(1, model.ATTENDANCE)
    table.setCurrentIndex(index)
    table.edit(index)  # the choice opens as a combo box in the cell
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    press(Qt.Key.Key_Down)  # present -> the next choice, the cell stays open
    assert table.state() is table.State.EditingState


LONE_EDITS = {
    "cell_choice": (
        _pick_in_a_cell,
        lambda seed, m: m.attendees[1].attendance is not seed.attendees[1].attendance,
    ),
    "title": (_type_into_title, lambda seed, m: m.title == seed.title + "x"),
    "date": (_type_a_date, lambda seed, m: m.date == dt.date(2020, 2, 26)),
    "cell": (_type_into_a_cell, lambda seed, m: m.attendees[1].name == "Lan"),
}


@pytest.mark.parametrize("kind", sorted(LONE_EDITS))
def test_a_lone_edit_goes_from_unsaved_back_to_saved(qtbot, window, seed_record, db, kind) -> None:  # noqa: ANN001
    editor = window.open_meeting(seed_record.id).editor
    assert window.window_state.saved_label.text() == "Đã lưu mọi thay đổi"
    assert editor.status_label.text() == "Đã lưu"
    edit, stored = LONE_EDITS[kind]
    edit(qtbot, editor)  # then nothing
    assert window.window_state.saved_label.text() == "Có thay đổi chưa lưu…"
    assert editor.status_label.text() == "Đang chờ lưu…"
    qtbot.waitUntil(
        lambda: window.window_state.saved_label.text() == "Đã lưu mọi thay đổi", timeout=10_000
    )
    assert editor.status_label.text() == "Đã lưu" and not window.isWindowModified()
    assert stored(seed_record.meeting, db.get(seed_record.id).meeting)


@pytest.mark.parametrize("close", ["tab", "window"])
@pytest.mark.parametrize("kind", ["date", "cell"])
def test_closing_keeps_what_is_being_typed(qtbot, window, seed_record, db, kind, close) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    edit, stored = LONE_EDITS[kind]
    edit(qtbot, tab.editor)
    tab.editor.autosave.cancel()  # closing comes before the autosave
    if close == "tab":
        window.close_tab(tab)
    else:
        assert window.close()
    assert stored(seed_record.meeting, db.get(seed_record.id).meeting)


def _saved_then(qtbot, editor, edit) -> None:  # noqa: ANN001
    """Make ``edit`` alone on a saved editor; the autosave must bring it back to saved."""
    assert editor.flush() and editor.is_saved()
    edit()
    assert not editor.is_saved()
    qtbot.waitUntil(editor.is_saved, timeout=10_000)
    assert editor.status_label.text() == "Đã lưu"


def test_undo_redo_and_macros_after_a_save_are_autosaved(  # noqa: ANN001
    qtbot, open_editor, seed_record, db
) -> None:
    editor = open_editor(seed_record)
    session, stack = editor.session, editor.undo_stack()
    stored = lambda: db.get(seed_record.id).meeting  # noqa: E731
    original = seed_record.meeting.location
    session.set("location", original + " A")
    _saved_then(qtbot, editor, stack.undo)  # undo to the index before the clean one
    assert stored().location == original
    _saved_then(qtbot, editor, stack.redo)  # redo away from the clean index
    assert stored().location == original + " A"
    with session.macro("hai việc"):
        session.set("title", "T")
        session.set("kind", "K")
    _saved_then(qtbot, editor, stack.undo)  # undo of a macro
    assert (stored().title, stored().kind) == (seed_record.meeting.title, seed_record.meeting.kind)
    _saved_then(qtbot, editor, stack.redo)  # redo of a macro
    assert (stored().title, stored().kind) == ("T", "K")

    def macro() -> None:
        with session.macro("một việc"):
            session.set("place", "Ninh Bình")

    _saved_then(qtbot, editor, macro)
    assert stored().place == "Ninh Bình"

    def empty_macro() -> None:  # a step that changes nothing still leaves the stack unclean
        with session.macro("không gì"):
            session.set("place", "Ninh Bình")

    _saved_then(qtbot, editor, empty_macro)
    assert stored() == editor.meeting()


def test_a_save_while_a_date_or_cell_is_being_typed_leaves_the_typing_alone(  # noqa: ANN001
    qtbot, open_editor, seed_record, db
) -> None:
    editor = open_editor(seed_record)
    date = editor.sections[0].date_edit
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    type_text("26/2/202")  # a pause here: the autosave comes
    assert editor.save()
    assert date.text() == "26/2/202" and date.hasFocus()  # neither tidied nor left
    type_text("1")
    press(Qt.Key.Key_Tab)
    assert date.text() == "26/02/2021"  # tidied once the user leaves
    assert editor.flush() and db.get(seed_record.id).meeting.date.isoformat() == "2021-02-26"

    editor.show_section(1)
    table = editor.sections[1].table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(1, 0))
    type_text("Nguyễn")
    assert editor.save()
    assert db.get(seed_record.id).meeting.attendees[1].name == "Nguyễn"
    assert table.state() is table.State.EditingState  # the cell is still open, text kept
    type_text(" Thị Lan")
    press(Qt.Key.Key_Return)
    assert editor.meeting().attendees[1].name == "Nguyễn Thị Lan"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo goes back step by step
    assert editor.meeting().attendees[1].name == "Nguyễn"


def test_the_autosave_writes_off_the_ui_thread_and_edits_made_meanwhile_stay_unsaved(
    qtbot,
    open_editor,
    blank_record,
    db,
    monkeypatch,  # noqa: ANN001
) -> None:
    import threading

    from minutes_app.services import meetings

    real_save = meetings.save
    release = threading.Event()
    threads: list[int] = []

    def slow_save(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.get_ident())
        assert release.wait(10)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(meetings, "save", slow_save)
    editor = open_editor(blank_record)
    editor.session.set("title", "Một")
    assert editor.start_save() is not None
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] != threading.get_ident()  # the write is not on the UI thread
    editor.session.set("title", "Một hai")  # typing goes on while the save runs
    assert editor.start_save() is None  # one save at a time: the autosave retries later
    release.set()
    qtbot.waitUntil(lambda: editor._pending is None)
    assert db.get(blank_record.id).meeting.title == "Một"
    assert not editor.is_saved()  # "hai" came after the copy that was written
    assert editor.flush() and editor.is_saved()
    assert db.get(blank_record.id).meeting.title == "Một hai"
