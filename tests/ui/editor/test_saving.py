"""Nothing is lost: autosave within two seconds, reopen after a kill, flush, save conflicts."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_a_lone_edit_after_a_save_goes_from_unsaved_back_to_saved(  # noqa: ANN001
    qtbot, app_context, seed_record, db
) -> None:
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(app_context)  # the real editor in its tab
    window.act_preview.setChecked(False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    editor = window.open_meeting(seed_record.id).editor
    assert window.saved_label.text() == "Đã lưu mọi thay đổi"
    assert editor.status_label.text() == "Đã lưu"
    window.activateWindow()
    title = editor.sections[0].title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    type_text("x")  # one key, then nothing
    assert window.saved_label.text() == "Có thay đổi chưa lưu…"
    assert editor.status_label.text() == "Đang chờ lưu…"
    qtbot.waitUntil(lambda: window.saved_label.text() == "Đã lưu mọi thay đổi", timeout=10_000)
    assert editor.status_label.text() == "Đã lưu" and not window.isWindowModified()
    assert db.get(seed_record.id).meeting.title == seed_record.meeting.title + "x"


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
