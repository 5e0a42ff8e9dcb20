"""The live mode's verbs: each returns the edits that carry out what the secretary did."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Meeting,
    Person,
    Role,
    Speaker,
    Statement,
    Vote,
)
from minutes_app.services import live
from minutes_app.services.live import InsertRow, Phase, SetField

T0 = dt.datetime(2020, 2, 25, 7, 30, 41)


def apply(meeting: Meeting, edits: list[live.Edit]) -> Meeting:
    """Return ``meeting`` with ``edits`` applied (as the window's edit session would)."""
    from minutes_app.domain.fields import get_value, set_value

    out = copy.deepcopy(meeting)
    for edit in edits:
        if isinstance(edit, SetField):
            set_value(out, edit.path, copy.deepcopy(edit.value))
        else:
            target: list[Any] = get_value(out, edit.list_path)
            target.insert(edit.index, copy.deepcopy(edit.item))
    return out


@pytest.fixture
def invited() -> Meeting:
    """Return a meeting before it starts: three summoned people, a guest, a group."""
    return Meeting(
        date=dt.date(2020, 2, 24),
        chair=Person("Mai Văn Thanh", "Phó Bí thư Thường trực Huyện ủy"),
        secretary=Person("Nguyễn Thị Lan", "Chuyên viên"),
        attendees=[
            Attendee("Mai Văn Thanh", "Phó Bí thư Thường trực Huyện ủy"),
            Attendee("Hoàng Văn Thắng", "Phó Bí thư Huyện ủy"),
            Attendee("Trần Thị Hoa", "Trưởng Ban Tuyên giáo", reason="đi công tác"),
            Attendee("Lê Văn Khách", "Giám đốc Sở", role=Role.GUEST),
            Attendee.of_group("Bí thư Đảng bộ các xã, thị trấn", 25),
        ],
        agenda=[AgendaItem("Đánh giá tháng 2"), AgendaItem("Nhiệm vụ tháng 3")],
    )


def test_start_stamps_the_minute_and_moves_the_date_to_the_day(invited: Meeting) -> None:
    assert live.phase(invited) is Phase.NOT_STARTED
    started = apply(invited, live.start_meeting(invited, T0))
    assert started.start == dt.datetime(2020, 2, 25, 7, 30)
    assert started.date == dt.date(2020, 2, 25)
    assert live.phase(started) is Phase.RUNNING
    assert live.elapsed_minutes(started, T0 + dt.timedelta(minutes=45)) == 45
    ended = apply(started, live.end_meeting(started, dt.datetime(2020, 2, 25, 11, 15, 59)))
    assert ended.end == dt.datetime(2020, 2, 25, 11, 15)
    assert live.phase(ended) is Phase.ENDED
    assert live.elapsed_minutes(ended, T0 + dt.timedelta(hours=9)) == 225
    # a clock set back never ends a meeting before it started
    assert live.end_meeting(started, T0 - dt.timedelta(hours=1)) == [SetField("end", started.start)]


def test_ticking_before_the_start_is_present_after_it_late_with_the_time(
    invited: Meeting,
) -> None:
    assert live.roll_call(invited) == [0, 1, 2]  # not the guest, not the group
    nobody = apply(invited, live.mark_everyone(invited, present=False))
    assert [a.attendance for a in nobody.attendees[:3]] == [
        Attendance.ABSENT,
        Attendance.ABSENT,
        Attendance.ABSENT_EXCUSED,  # a reason on record
    ]
    ticked = apply(nobody, live.toggle_presence(nobody, 0, T0))
    assert ticked.attendees[0].attendance is Attendance.PRESENT
    running = apply(ticked, live.start_meeting(ticked, T0))
    late = apply(running, live.toggle_presence(running, 1, T0 + dt.timedelta(minutes=45)))
    assert late.attendees[1].attendance is Attendance.LATE
    assert late.attendees[1].arrived == dt.datetime(2020, 2, 25, 8, 15)
    assert live.present_count(late) == 2 + 25
    on_time = apply(late, live.mark_on_time(late, 1))
    assert (on_time.attendees[1].attendance, on_time.attendees[1].arrived) == (
        Attendance.PRESENT,
        None,
    )
    untick = apply(late, live.toggle_presence(late, 1, T0))
    assert (untick.attendees[1].attendance, untick.attendees[1].arrived) == (
        Attendance.ABSENT,
        None,
    )
    assert live.toggle_presence(late, 4, T0) == []  # a group has a count, not a tick
    ended = apply(late, live.end_meeting(late, T0 + dt.timedelta(hours=3)))
    after = apply(ended, live.toggle_presence(ended, 2, T0 + dt.timedelta(hours=4)))
    assert after.attendees[2].attendance is Attendance.PRESENT  # a correction, not an arrival


def test_speakers_chair_first_absent_people_last_then_voices(invited: Meeting) -> None:
    invited.attendees[1].attendance = Attendance.ABSENT
    choices = live.speaker_choices(invited)
    labels = [c.label for c in choices]
    assert labels[:5] == [
        "Mai Văn Thanh",
        "Hoàng Văn Thắng",
        "Trần Thị Hoa",
        "Lê Văn Khách",
        "Nguyễn Thị Lan",
    ]
    assert labels[5:7] == ["Bí thư Đảng bộ các xã, thị trấn", "Các đại biểu dự hội nghị"]
    assert choices[0].speaker == Speaker("Mai Văn Thanh", "Phó Bí thư Thường trực Huyện ủy")
    assert [c.present for c in choices[:3]] == [True, False, True]
    assert choices[5].speaker.is_group
    # the bar (nothing typed): who is present
    assert "Hoàng Văn Thắng" not in [c.label for c in live.match_speakers("", choices)]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("thanh", "Mai Văn Thanh"),  # the given name
        ("thang", "Hoàng Văn Thắng"),  # no diacritics needed
        ("THẮNG", "Hoàng Văn Thắng"),
        ("mai", "Mai Văn Thanh"),
        ("hoa", "Trần Thị Hoa"),
        ("hvt", "Hoàng Văn Thắng"),  # initials
        ("tran h", "Trần Thị Hoa"),  # words in order
        ("cac dai", "Các đại biểu dự hội nghị"),
        ("bi thu", "Bí thư Đảng bộ các xã, thị trấn"),
    ],
)
def test_a_few_letters_name_the_speaker(invited: Meeting, typed: str, first: str) -> None:
    found = live.match_speakers(typed, live.speaker_choices(invited))
    assert found and found[0].label == first


def test_present_people_come_before_absent_ones(invited: Meeting) -> None:
    invited.attendees[0].attendance = Attendance.ABSENT
    found = live.match_speakers("van", live.speaker_choices(invited))
    assert [c.label for c in found] == ["Hoàng Văn Thắng", "Lê Văn Khách", "Mai Văn Thanh"]
    assert live.match_speakers("xyz", live.speaker_choices(invited)) == []


def test_a_statement_starts_with_its_speaker_and_time(invited: Meeting) -> None:
    speaker = Speaker("Hoàng Văn Thắng", "Phó Bí thư Huyện ủy")
    plan = live.start_statement(invited, 1, speaker, T0)
    assert (plan.item, plan.statement) == (1, 0)
    assert plan.edits == [
        InsertRow(
            "agenda[1].statements", 0, Statement(speaker, "", dt.datetime(2020, 2, 25, 7, 30))
        )
    ]
    once = apply(invited, plan.edits)
    # a second pick before anything was written corrects the speaker, no empty statement left
    other = Speaker(group="Các đại biểu dự hội nghị")
    plan = live.start_statement(once, 1, other, T0 + dt.timedelta(minutes=1))
    twice = apply(once, plan.edits)
    assert [s.speaker for s in twice.agenda[1].statements] == [other]
    assert twice.agenda[1].statements[0].time == dt.datetime(2020, 2, 25, 7, 31)
    twice.agenda[1].statements[0].content = "Ý kiến."
    third = apply(twice, live.start_statement(twice, 1, speaker, T0).edits)
    assert len(third.agenda[1].statements) == 2
    assert live.current_item(third) == 1


def test_with_no_agenda_a_first_item_is_added(invited: Meeting) -> None:
    invited.agenda = []
    assert live.current_item(invited) == -1
    plan = live.start_statement(invited, -1, Speaker("An"), T0)
    after = apply(invited, plan.edits)
    assert (plan.item, plan.statement) == (0, 0)
    assert after.agenda[0].statements[0].speaker == Speaker("An")


def test_a_scratch_note_moves_into_a_statement_or_a_conclusion(invited: Meeting) -> None:
    item = invited.agenda[0]
    item.statements = [Statement(Speaker("An"), "Đoạn đầu.")]
    item.scratch = "Số liệu tuyển quân: 312 người.\n\nHỏi lại xã Thượng Kiệm."
    start = item.scratch.index("Hỏi")
    after = apply(
        invited,
        live.move_scratch(invited, 0, start, len(item.scratch), "agenda[0].conclusion"),
    )
    assert after.agenda[0].conclusion == "Hỏi lại xã Thượng Kiệm."
    assert after.agenda[0].scratch == "Số liệu tuyển quân: 312 người."
    whole = apply(after, live.move_scratch(after, 0, 5, 5, "agenda[0].statements[0].content"))
    assert whole.agenda[0].statements[0].content == ("Đoạn đầu.\n\nSố liệu tuyển quân: 312 người.")
    assert whole.agenda[0].scratch == ""
    assert live.move_scratch(whole, 0, 0, 0, "conclusion") == []
    with pytest.raises(ValueError):
        live.move_scratch(after, 0, 0, 0, "title")


def test_a_vote_starts_all_in_favour_of_those_present_now(invited: Meeting) -> None:
    insert = live.new_vote(invited, "Thông qua báo cáo")
    assert insert == InsertRow(
        "votes", 0, Vote("Thông qua báo cáo", in_favour=28, eligible=28)
    )  # Thanh, Thắng, Hoa and the 25 secretaries
    voted = apply(invited, [insert])
    against = apply(voted, live.set_vote_count(voted, 0, "against", 2))
    assert (against.votes[0].in_favour, against.votes[0].against) == (26, 2)
    abstain = apply(against, live.set_vote_count(against, 0, "abstain", 1))
    assert (abstain.votes[0].in_favour, abstain.votes[0].abstain) == (25, 1)
    typed = apply(abstain, live.set_vote_count(abstain, 0, "in_favour", 20))
    # once "in favour" was typed, it is the secretary's number: left alone
    after = apply(typed, live.set_vote_count(typed, 0, "against", 3))
    assert (after.votes[0].in_favour, after.votes[0].against) == (20, 3)
    with pytest.raises(ValueError):
        live.set_vote_count(after, 0, "eligible", 3)
