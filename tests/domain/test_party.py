"""Party cells: membership per attendee, the admission rule, honorifics typed with a name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.facts import admission_needed, eligible_for, party_counts
from minutes_app.domain.model import (
    Attendance,
    Attendee,
    FormOfAddress,
    Meeting,
    Membership,
    Role,
    Vote,
    VotePurpose,
)
from minutes_app.domain.party import admission_problems
from minutes_app.domain.text import split_honorific

CHI_BO = Path(__file__).resolve().parents[1] / "fixtures" / "chi-bo-meeting.json"


def chi_bo() -> Meeting:
    return interchange.parse(CHI_BO.read_bytes()).meeting


def test_the_cell_counts_its_own_members() -> None:
    counts = party_counts(chi_bo().attendees)
    assert counts is not None
    assert (counts.official, counts.probationary, counts.total) == (9, 2, 11)
    assert (counts.present, counts.late) == (9, 1)
    assert (counts.absent_excused, counts.absent) == (1, 1)
    assert counts.official_present == 7


def test_guests_and_non_members_are_not_the_cells_members() -> None:
    attendees = [
        Attendee("A", membership=Membership.OFFICIAL),
        Attendee("B", membership=Membership.OFFICIAL, role=Role.GUEST),  # from the đảng ủy
        Attendee("C", membership=Membership.NON_MEMBER),
        Attendee.of_group("Đại biểu", 3),
    ]
    counts = party_counts(attendees)
    assert counts is not None and counts.total == 1
    assert party_counts([Attendee("A"), Attendee("B")]) is None  # nothing recorded: not a cell


@pytest.mark.parametrize(("official", "needed"), [(9, 6), (10, 7), (3, 2), (1, 1), (0, 0)])
def test_an_admission_needs_two_thirds_of_the_official_members(official: int, needed: int) -> None:
    assert admission_needed(official) == needed


def test_an_admission_vote_counts_against_all_official_members() -> None:
    meeting = chi_bo()
    vote = meeting.votes[0]
    assert vote.purpose is VotePurpose.ADMISSION
    meeting.attendees[1].attendance = Attendance.ABSENT_EXCUSED
    assert eligible_for(vote, meeting) == 9  # present or not; probationary members do not vote
    assert eligible_for(Vote("x", 1), meeting) == 8  # an ordinary vote: the members present
    meeting.attendees[1].attendance = Attendance.PRESENT
    assert admission_problems(meeting) == []  # 7 of 9 >= 6


def test_the_check_says_when_an_admission_falls_short() -> None:
    meeting = chi_bo()
    meeting.votes[0].in_favour = 5
    problems = admission_problems(meeting)
    assert [p.path for p in problems] == ["votes[0]"]
    assert not problems[0].is_error
    assert "05/09" in problems[0].message_vi and "hai phần ba" in problems[0].message_vi
    assert "Article 4" in problems[0].message_en
    for attendee in meeting.attendees:
        attendee.membership = None
    (problem,) = admission_problems(meeting)
    assert "official member" in problem.message_en


def test_too_many_admission_votes_for_the_official_members_present() -> None:
    meeting = chi_bo()
    meeting.votes[0].in_favour = 8  # 7 official members are in the room
    assert any("probationary" in p.message_en for p in admission_problems(meeting))


def test_membership_purpose_and_form_of_address_survive_json() -> None:
    meeting = chi_bo()
    meeting.form_of_address = FormOfAddress.MR_MS
    again = interchange.parse(interchange.dumps(meeting)).meeting
    assert again == meeting
    data = interchange.to_dict(meeting)
    assert data["attendees"][0]["membership"] == "official"
    assert data["attendees"][-1]["membership"] == "non_member"
    assert data["votes"][0]["purpose"] == "admission"
    assert data["form_of_address"] == "mr_ms"
    plain = interchange.to_dict(Meeting(attendees=[Attendee("A")], votes=[Vote("v")]))
    assert "membership" not in plain["attendees"][0] and "purpose" not in plain["votes"][0]
    assert "form_of_address" not in plain  # absent: the profile decides


@pytest.mark.parametrize(
    ("path", "edit"),
    [
        ("attendees[0].membership", lambda d: d["attendees"][0].__setitem__("membership", "yes")),
        ("votes[0].purpose", lambda d: d["votes"][0].__setitem__("purpose", "elect")),
        ("form_of_address", lambda d: d.__setitem__("form_of_address", "sir")),
    ],
)
def test_an_unknown_value_names_its_field(path: str, edit) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(CHI_BO.read_text(encoding="utf-8"))
    edit(data)
    with pytest.raises(InterchangeError) as caught:
        interchange.parse(data)
    assert path in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "split"),
    [
        ("Ông Nguyễn Văn A", ("ông", "Nguyễn Văn A")),
        ("Bà Nguyễn Thị Hương", ("bà", "Nguyễn Thị Hương")),
        ("Đ/c Lê Văn B", ("đồng chí", "Lê Văn B")),
        ("đồng chí Trần C", ("đồng chí", "Trần C")),
        ("Chị Ngô Thị D", ("chị", "Ngô Thị D")),
        ("Nguyễn Văn An", ("", "Nguyễn Văn An")),
        ("Ông", ("", "Ông")),  # a name is never only an honorific
        ("ông ba", ("", "ông ba")),
    ],
)
def test_a_leading_honorific_is_kept_apart_from_the_name(
    typed: str, split: tuple[str, str]
) -> None:
    assert split_honorific(typed) == split


def test_attendance_is_not_membership() -> None:
    a = Attendee("A", membership=Membership.PROBATIONARY, attendance=Attendance.LATE)
    counts = party_counts([a])
    assert counts is not None and (counts.present, counts.late, counts.official) == (1, 1, 0)
