"""Facts derived from a meeting: attendance counts, vote eligibility and percentages."""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import (
    Attendance,
    Attendee,
    Meeting,
    Membership,
    Role,
    Vote,
    VotePurpose,
)
from minutes_app.domain.text import percent_text


@dataclass(frozen=True)
class AttendanceCounts:
    """Counts of the attendee list, as the biên bản states them.

    Members are the summoned; guests are invited and never counted as summoned.
    Groups count by their ``count`` when given; ``uncounted_groups`` says how
    many groups gave no count, so that a total can be worded "at least".
    """

    summoned: int = 0
    present: int = 0
    late: int = 0
    absent_excused: int = 0
    absent: int = 0
    guests: int = 0
    group_sizes: dict[str, int | None] = field(default_factory=dict)
    uncounted_groups: int = 0
    late_people: tuple[Attendee, ...] = ()
    absent_excused_people: tuple[Attendee, ...] = ()
    absent_people: tuple[Attendee, ...] = ()

    @property
    def attending(self) -> int:
        """Return the members in the room: present plus late."""
        return self.present + self.late

    @property
    def absent_total(self) -> int:
        """Return the members absent, with or without a reason."""
        return self.absent_excused + self.absent


def attendance_counts(attendees: list[Attendee]) -> AttendanceCounts:
    """Return the attendance counts of an attendee list."""
    summoned = present = late = absent_excused = absent = guests = 0
    uncounted = 0
    sizes: dict[str, int | None] = {}
    late_people: list[Attendee] = []
    excused_people: list[Attendee] = []
    absent_people: list[Attendee] = []
    for attendee in attendees:
        if attendee.is_group:
            sizes[attendee.label] = attendee.count
            size = attendee.count or 0
            if attendee.count is None:
                uncounted += 1
            if attendee.role is Role.GUEST:
                guests += size
            else:
                summoned += size
                present += size
            continue
        if attendee.role is Role.GUEST:
            guests += 1
            continue
        summoned += 1
        if attendee.attendance is Attendance.PRESENT:
            present += 1
        elif attendee.attendance is Attendance.LATE:
            late += 1
            late_people.append(attendee)
        elif attendee.attendance is Attendance.ABSENT_EXCUSED:
            absent_excused += 1
            excused_people.append(attendee)
        else:
            absent += 1
            absent_people.append(attendee)
    return AttendanceCounts(
        summoned=summoned,
        present=present,
        late=late,
        absent_excused=absent_excused,
        absent=absent,
        guests=guests,
        group_sizes=sizes,
        uncounted_groups=uncounted,
        late_people=tuple(late_people),
        absent_excused_people=tuple(excused_people),
        absent_people=tuple(absent_people),
    )


@dataclass(frozen=True)
class PartyCounts:
    """A Party cell's own members (đảng viên chính thức and dự bị) as its minutes count them.

    Guests are not the cell's members even when they are Party members; a quần chúng never is.
    """

    official: int = 0
    probationary: int = 0
    present: int = 0  # in the room: present or late
    late: int = 0
    absent_excused: int = 0
    absent: int = 0
    official_present: int = 0

    @property
    def total(self) -> int:
        """Return the cell's members."""
        return self.official + self.probationary

    @property
    def absent_total(self) -> int:
        """Return the members absent, with or without a reason."""
        return self.absent_excused + self.absent


_PARTY_MEMBERS = (Membership.OFFICIAL, Membership.PROBATIONARY)


def is_party_member(attendee: Attendee) -> bool:
    """Return True for a person recorded as one of the cell's own Party members."""
    return (
        not attendee.is_group
        and attendee.role is Role.MEMBER
        and attendee.membership in _PARTY_MEMBERS
    )


def party_counts(attendees: list[Attendee]) -> PartyCounts | None:
    """Return the cell's member counts, or None when no attendee's membership is recorded."""
    members = [a for a in attendees if is_party_member(a)]
    if not members:
        return None
    official = sum(a.membership is Membership.OFFICIAL for a in members)
    late = sum(a.attendance is Attendance.LATE for a in members)
    excused = sum(a.attendance is Attendance.ABSENT_EXCUSED for a in members)
    absent = sum(a.attendance is Attendance.ABSENT for a in members)
    in_room = (Attendance.PRESENT, Attendance.LATE)
    return PartyCounts(
        official=official,
        probationary=len(members) - official,
        present=len(members) - excused - absent,
        late=late,
        absent_excused=excused,
        absent=absent,
        official_present=sum(
            a.membership is Membership.OFFICIAL and a.attendance in in_room for a in members
        ),
    )


def admission_needed(official: int) -> int:
    """Return the fewest votes in favour that admit a member: two thirds of the official members
    (Điều lệ Đảng, Điều 4), rounded up."""
    return -(-2 * official // 3)


def default_eligible(meeting: Meeting) -> int:
    """Return who may vote when a vote names no ``eligible``: the members present (late included)."""
    return attendance_counts(meeting.attendees).attending


def eligible_for(vote: Vote, meeting: Meeting) -> int:
    """Return the eligible count of ``vote`` in ``meeting``: as recorded, else the cell's
    official members for an admission, else the members present."""
    if vote.eligible is not None:
        return vote.eligible
    if vote.purpose is VotePurpose.ADMISSION:
        counts = party_counts(meeting.attendees)
        if counts is not None:
            return counts.official
    return default_eligible(meeting)


@dataclass(frozen=True)
class VoteResult:
    """A vote's counts with percentages of the eligible, as printed."""

    eligible: int
    in_favour: int
    against: int
    abstain: int
    not_voting: int
    in_favour_percent: str
    against_percent: str
    abstain_percent: str
    exceeds_eligible: bool


def vote_result(vote: Vote, meeting: Meeting) -> VoteResult:
    """Return the counts and Vietnamese-formatted percentages of ``vote``."""
    eligible = eligible_for(vote, meeting)
    return VoteResult(
        eligible=eligible,
        in_favour=vote.in_favour,
        against=vote.against,
        abstain=vote.abstain,
        not_voting=max(eligible - vote.cast, 0),
        in_favour_percent=percent_text(vote.in_favour, eligible),
        against_percent=percent_text(vote.against, eligible),
        abstain_percent=percent_text(vote.abstain, eligible),
        exceeds_eligible=vote.cast > eligible,
    )


def times_moved_to(meeting: Meeting, day: dt.date) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Return the start and end after moving ``meeting`` to ``day``.

    When the start is on the meeting's present date, start and end move by the same number
    of days (a meeting over two days stays over two days); otherwise they are kept as typed.
    """
    start, end = meeting.start, meeting.end
    anchor = start if start is not None else end
    if anchor is None or anchor.date() != meeting.date:
        return start, end
    shift = day - meeting.date
    return (
        start + shift if start is not None else None,
        end + shift if end is not None else None,
    )
