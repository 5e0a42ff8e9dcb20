"""The edit session: field paths, undoable commands, merging of typing bursts, change notices."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.fields import field_after, get_value, index_in, parse_path, set_value
from minutes_app.domain.model import AgendaItem, Attendee, Meeting, Person, Speaker, Statement
from minutes_app.ui.editor.parsing import parse_count, parse_date, parse_moment, parse_time
from minutes_app.ui.editor.session import EditSession


def meeting() -> Meeting:
    return Meeting(
        date=dt.date(2020, 2, 25),
        agenda=[AgendaItem(title="A", statements=[Statement(Speaker(name="X"), "nói")])],
        attendees=[Attendee(name="Một"), Attendee(name="Hai")],
    )


def test_paths_read_and_write_nested_fields() -> None:
    m = meeting()
    assert parse_path("agenda[0].statements[0].speaker.name") == [
        "agenda",
        0,
        "statements",
        0,
        "speaker",
        "name",
    ]
    assert get_value(m, "agenda[0].statements[0].speaker.name") == "X"
    set_value(m, "agenda[0].statements[0].content", "mới")
    assert m.agenda[0].statements[0].content == "mới"
    assert index_in("attendees[12].name", "attendees") == 12
    assert field_after("attendees[12].name", "attendees") == "name"
    with pytest.raises(ValueError):
        parse_path("agenda[x]")


def test_presenter_is_created_by_typing_and_dropped_when_emptied() -> None:
    m = meeting()
    assert get_value(m, "agenda[0].presenter.name") == ""
    set_value(m, "agenda[0].presenter.name", "Mai Văn Thanh")
    assert m.agenda[0].presenter == Person("Mai Văn Thanh", "")
    set_value(m, "agenda[0].presenter.name", "")
    assert m.agenda[0].presenter is None


def test_typing_in_one_field_is_one_undo_step(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    for text in ("H", "Hộ", "Hội", "Hội nghị"):
        session.set("title", text, origin=1, merge=True)
    assert session.undo_stack.count() == 1
    session.seal()
    session.set("title", "Hội nghị giao ban", origin=1, merge=True)
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.meeting.title == "Hội nghị"
    session.undo_stack.undo()
    assert session.meeting.title == ""
    session.undo_stack.redo()
    assert session.meeting.title == "Hội nghị"


def test_typing_does_not_merge_into_the_saved_step(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    session.set("title", "Hội", origin=1, merge=True)
    session.undo_stack.setClean()
    session.set("title", "Hội nghị", origin=1, merge=True)
    assert not session.undo_stack.isClean()
    session.undo_stack.undo()
    assert session.undo_stack.isClean() and session.meeting.title == "Hội"


def test_other_fields_and_widgets_do_not_merge(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    session.set("title", "a", origin=1, merge=True)
    session.set("location", "b", origin=2, merge=True)
    session.set("title", "ab", origin=1, merge=True)
    assert session.undo_stack.count() == 3


def test_typing_back_to_the_start_is_still_one_step(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    session.set("title", "x", origin=1, merge=True)
    session.set("title", "", origin=1, merge=True)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.meeting.title == ""


def test_many_keystrokes_make_one_command(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    for i in range(1, 3000):
        session.set("conclusion", "x" * i, origin=1, merge=True)
    assert session.undo_stack.count() == 1


def test_singletons_survive_many_void_calls(qapp) -> None:  # noqa: ANN001
    import sys

    from PySide6.QtWidgets import QLineEdit

    from minutes_app.ui.refguard import make_singletons_immortal

    make_singletons_immortal()
    edit = QLineEdit()
    for _ in range(20000):  # enough to abort Python 3.11 without the guard
        edit.setReadOnly(False)
    assert sys.getrefcount(None) > 1000


def test_changes_name_what_changed_and_who_typed_it(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    seen = []
    session.changed.connect(seen.append)
    session.set("title", "T", origin=7, merge=True)
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert [(c.kind, c.path, c.origin) for c in seen] == [
        ("set", "title", 7),
        ("set", "title", 0),
        ("set", "title", 0),
    ]


def test_list_commands_and_macro(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    session.insert("attendees", 2, Attendee(name="Ba"))
    session.move("attendees", 2, 0)
    assert [a.name for a in session.meeting.attendees] == ["Ba", "Một", "Hai"]
    session.remove("attendees", 1)
    assert [a.name for a in session.meeting.attendees] == ["Ba", "Hai"]
    with session.macro("hai việc"):
        session.set("title", "T")
        session.set("location", "L")
    session.undo_stack.undo()
    assert (session.meeting.title, session.meeting.location) == ("", "")
    for _ in range(3):
        session.undo_stack.undo()
    assert [a.name for a in session.meeting.attendees] == ["Một", "Hai"]


def test_read_only_session_refuses_edits(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    session.read_only = True
    assert not session.set("title", "x")
    assert not session.insert("attendees", 0, Attendee())
    assert session.undo_stack.count() == 0


def test_snapshot_is_a_copy(qapp) -> None:  # noqa: ANN001
    session = EditSession(meeting())
    copy = session.copy()
    copy.attendees[0].name = "khác"
    assert session.meeting.attendees[0].name == "Một"
    assert session.snapshot().attendees[0].name == "Một"
    frozen = session.snapshot()
    frozen.attendees[1].name = "khác"  # not allowed, but never reaches the meeting edited
    assert session.meeting.attendees[1].name == "Hai"


def test_a_snapshot_copies_only_what_changed_since_the_last(qapp) -> None:  # noqa: ANN001
    m = meeting()
    m.agenda.append(AgendaItem(title="B", statements=[Statement(Speaker(name="Y"), "ý kiến")]))
    session = EditSession(m)
    first = session.snapshot()
    assert session.snapshot() is first  # nothing changed: the same copy
    session.set("agenda[0].statements[0].content", "nói thêm")
    second = session.snapshot()
    assert second.agenda[0].statements[0].content == "nói thêm"
    assert first.agenda[0].statements[0].content == "nói"  # the earlier copy is kept as it was
    assert second.agenda[1] is first.agenda[1]  # the untouched item is shared
    assert second.attendees is first.attendees
    assert second.agenda[0].statements[0].speaker is first.agenda[0].statements[0].speaker
    assert second.agenda[0] is not first.agenda[0] and second.agenda is not first.agenda
    live = session.meeting
    for part in (second, second.agenda, second.agenda[0], second.agenda[0].statements[0]):
        assert all(part is not x for x in (live, live.agenda, live.agenda[0], m, m.agenda))
    assert second.agenda[0].statements[0] is not live.agenda[0].statements[0]
    session.set("agenda[1].presenter.name", "Mai Văn Thanh")  # creates the optional presenter
    assert session.snapshot().agenda[1].presenter == Person("Mai Văn Thanh", "")
    session.set("agenda[1].presenter.name", "")  # and removes it again
    assert session.snapshot().agenda[1].presenter is None
    session.replace(meeting())
    assert session.snapshot() == session.meeting


def test_snapshots_equal_full_copies_through_random_edits(qapp, seed_meeting) -> None:  # noqa: ANN001
    """Whatever the edits (fields, optional objects, rows added, removed, moved, undo, redo),
    each snapshot equals a full copy of the meeting, and no later edit changes it."""
    import copy
    import random

    from minutes_app.domain.fields import Kind, walk

    rng = random.Random(7)
    session = EditSession(seed_meeting)
    kept: list[tuple[Meeting, Meeting]] = []  # (snapshot, a deep copy taken at the time)
    for step in range(400):
        live = session.meeting
        action = rng.randrange(7)
        if action <= 1:
            texts = [path for path, row, value in walk(live) if row.kind is Kind.TEXT]
            path = rng.choice(texts)
            session.set(path, rng.choice(["", "mới", f"sửa {step}"]), merge=rng.random() < 0.5)
        elif action == 2 and live.agenda:
            item = rng.randrange(len(live.agenda))
            session.set(f"agenda[{item}].presenter.name", rng.choice(["", "Lê Văn An"]))
        elif action == 3 and live.agenda:
            item = rng.randrange(len(live.agenda))
            rows = live.agenda[item].statements
            new = Statement(Speaker(name="Z"), f"ý kiến {step}")
            session.insert(f"agenda[{item}].statements", rng.randint(0, len(rows)), new)
        elif action == 4 and live.agenda:
            item = rng.randrange(len(live.agenda))
            rows = live.agenda[item].statements
            if rows:
                session.remove(f"agenda[{item}].statements", rng.randrange(len(rows)))
        elif action == 5 and len(live.agenda) > 1:
            session.move("agenda", rng.randrange(len(live.agenda)), rng.randrange(len(live.agenda)))
        elif session.undo_stack.canUndo() and rng.random() < 0.6:
            session.undo_stack.undo()
        elif session.undo_stack.canRedo():
            session.undo_stack.redo()
        if rng.random() < 0.4:
            snap = session.snapshot()
            assert snap == session.meeting, f"step {step}"
            kept.append((snap, copy.deepcopy(snap)))
    assert len(kept) > 50
    for snap, then in kept:
        assert snap == then  # later edits never reached an earlier snapshot


def test_lenient_dates_times_and_counts() -> None:
    day = dt.date(2020, 2, 25)
    assert parse_date("25/2/2020") == day == parse_date("2020-02-25") == parse_date("25.02.20")
    assert parse_time("7h30") == dt.time(7, 30) == parse_time("07:30")
    assert parse_time("7 giờ 30 phút") == dt.time(7, 30)
    assert parse_moment("07:30", day) == dt.datetime(2020, 2, 25, 7, 30)
    assert parse_moment("26/02/2020 11:15", day) == dt.datetime(2020, 2, 26, 11, 15)
    assert parse_count("", blank=None) is None and parse_count(" 25 ", blank=0) == 25
    for bad in ("32/1/2020", "hôm qua"):
        with pytest.raises(ValueError):
            parse_date(bad)
    with pytest.raises(ValueError):
        parse_count("hai", blank=0)
