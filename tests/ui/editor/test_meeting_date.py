"""Changing the meeting's date moves its start and end with it (one undo step), so a duplicated
meeting moved to a new date does not keep the old day's times (and warns otherwise)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.domain.facts import times_moved_to
from minutes_app.domain.model import Attendee, Meeting, Vote
from tests.ui.editor.conftest import focus, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _retype_date(general, text: str) -> None:  # noqa: ANN001
    general.date_edit.setFocus()
    assert focus() is general.date_edit
    press(Qt.Key.Key_A, CTRL)
    type_text(text)
    press(Qt.Key.Key_Tab)


def test_a_new_date_moves_start_and_end_in_one_undo_step(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    general = editor.sections[0]
    before = seed_record.meeting
    assert before.start is not None and before.start.date() == before.date == dt.date(2020, 2, 25)
    _retype_date(general, "03/03/2020")
    meeting = editor.session.meeting
    assert meeting.date == dt.date(2020, 3, 3)
    assert meeting.start == dt.datetime(2020, 3, 3, before.start.hour, before.start.minute)
    assert meeting.end is not None and before.end is not None
    assert meeting.end - meeting.start == before.end - before.start
    assert general.start_edit.text().startswith("03/03/2020")
    editor.validate_now()
    assert not [p for p in editor.problems() if p.path in ("start", "end")]
    editor.session.undo_stack.undo()
    assert (editor.session.meeting.date, editor.session.meeting.start) == (
        before.date,
        before.start,
    )


def test_duplicate_then_new_date_keeps_the_times_on_the_new_day(
    qtbot, app_context, seed_record, real_window
) -> None:  # noqa: ANN001
    window = real_window
    window.refresh_list()
    window.select_meeting(seed_record.id)
    tab = window.commands.duplicate_current()
    assert tab is not None and tab.meeting_id() != seed_record.id
    general = tab.editor.sections[0]
    QApplication.processEvents()
    _retype_date(general, "10/03/2020")
    assert tab.editor.flush()
    stored = app_context.db.get(tab.meeting_id()).meeting
    assert stored.date == dt.date(2020, 3, 10)
    assert stored.start is not None and stored.start.date() == dt.date(2020, 3, 10)
    assert stored.end is not None and stored.end.date() == dt.date(2020, 3, 10)


def test_times_typed_on_another_day_are_left_alone() -> None:
    meeting = Meeting(
        date=dt.date(2020, 2, 25),
        start=dt.datetime(2020, 2, 24, 8, 0),
        end=dt.datetime(2020, 2, 24, 11, 0),
    )
    assert times_moved_to(meeting, dt.date(2020, 3, 1)) == (meeting.start, meeting.end)
    two_days = Meeting(
        date=dt.date(2020, 2, 25),
        start=dt.datetime(2020, 2, 25, 8, 0),
        end=dt.datetime(2020, 2, 26, 11, 0),
    )
    assert times_moved_to(two_days, dt.date(2020, 2, 28)) == (
        dt.datetime(2020, 2, 28, 8, 0),
        dt.datetime(2020, 2, 29, 11, 0),  # a leap year
    )
    assert times_moved_to(Meeting(date=dt.date(2020, 2, 25)), dt.date(2021, 1, 1)) == (None, None)


def test_the_problem_list_warns_of_a_start_on_another_day_and_votes_over_present(
    qtbot, open_editor, seed_record
) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.session.set("start", dt.datetime(2020, 2, 24, 7, 30))
    # Two members present (the seed's groups have no size, so "present" would be unknown).
    editor.session.set("attendees", [Attendee.person("Phạm Văn A"), Attendee.person("Lê Thị B")])
    editor.session.insert("votes", 0, Vote("Thông qua", 2, 0, 0, 500))
    editor.validate_now()
    found = {p.path: p for p in editor.problems() if not p.is_error}
    assert "start" in found and "24/02/2020" in found["start"].message_vi
    assert "votes[0].eligible" in found
    general = editor.sections[0]
    texts = [general.problems_list.item(i).text() for i in range(general.problems_list.count())]
    assert any("24/02/2020" in text for text in texts)
