"""Derived facts: attendance counts, the default eligible count and vote percentages."""

from __future__ import annotations

import pytest

from minutes_app.domain.facts import (
    attendance_counts,
    default_eligible,
    eligible_for,
    vote_result,
)
from minutes_app.domain.model import Attendance, Attendee, Meeting, Role, Vote


def _people() -> list[Attendee]:
    return [
        Attendee.person("A"),
        Attendee.person("B"),
        Attendee.person("C", attendance=Attendance.LATE),
        Attendee.person("D", attendance=Attendance.ABSENT_EXCUSED, reason="Ốm"),
        Attendee.person("E", attendance=Attendance.ABSENT),
        Attendee.person("F", attendance=Attendance.ABSENT),
        Attendee.person("G", role=Role.GUEST),
        Attendee.person("H", role=Role.GUEST, attendance=Attendance.ABSENT),
        Attendee.of_group("Bí thư các xã", 25),
        Attendee.of_group("Trưởng các ban"),
        Attendee.of_group("Phóng viên", 3, Role.GUEST),
    ]


def test_attendance_counts() -> None:
    counts = attendance_counts(_people())
    assert counts.summoned == 6 + 25
    assert counts.present == 2 + 25
    assert counts.late == 1
    assert counts.absent_excused == 1
    assert counts.absent == 2
    assert counts.guests == 2 + 3
    assert counts.attending == 2 + 25 + 1
    assert counts.absent_total == 3
    assert counts.group_sizes == {"Bí thư các xã": 25, "Trưởng các ban": None, "Phóng viên": 3}
    assert counts.uncounted_groups == 1
    assert [a.name for a in counts.late_people] == ["C"]
    assert [a.name for a in counts.absent_excused_people] == ["D"]
    assert [a.name for a in counts.absent_people] == ["E", "F"]


def test_empty_attendance() -> None:
    counts = attendance_counts([])
    summary = (counts.summoned, counts.attending, counts.guests, counts.uncounted_groups)
    assert summary == (0, 0, 0, 0)


def test_default_eligible_is_members_present_including_late() -> None:
    meeting = Meeting(attendees=_people())
    assert default_eligible(meeting) == 28
    assert eligible_for(Vote("X", 1), meeting) == 28
    assert eligible_for(Vote("X", 1, eligible=17), meeting) == 17
    assert eligible_for(Vote("X", eligible=0), meeting) == 0


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        (Vote("X", 15, 1, 1, eligible=17), (17, "88,24%", "5,88%", "5,88%", 0, False)),
        (Vote("X", 2, 0, 0, eligible=3), (3, "66,67%", "0%", "0%", 1, False)),
        (Vote("X", 4, 0, 0, eligible=4), (4, "100%", "0%", "0%", 0, False)),
        (Vote("X", 5, 0, 0, eligible=4), (4, "125%", "0%", "0%", 0, True)),
        (Vote("X", 0, 0, 0, eligible=0), (0, "0%", "0%", "0%", 0, False)),
        (Vote("X", 1, 1, 0), (4, "25%", "25%", "0%", 2, False)),  # eligible: members present
    ],
)
def test_vote_result(vote: Vote, expected: tuple[object, ...]) -> None:
    meeting = Meeting(attendees=[Attendee.person(n) for n in "ABCD"])
    result = vote_result(vote, meeting)
    assert (
        result.eligible,
        result.in_favour_percent,
        result.against_percent,
        result.abstain_percent,
        result.not_voting,
        result.exceeds_eligible,
    ) == expected
    assert (result.in_favour, result.against, result.abstain) == (
        vote.in_favour,
        vote.against,
        vote.abstain,
    )
