"""Facts derived from a meeting: attendance counts, vote eligibility and percentages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minutes_app.domain.model import Attendance, Attendee, Meeting, Role, Vote
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


def default_eligible(meeting: Meeting) -> int:
    """Return who may vote when a vote names no ``eligible``: the members present (late included)."""
    return attendance_counts(meeting.attendees).attending


def eligible_for(vote: Vote, meeting: Meeting) -> int:
    """Return the eligible count of ``vote`` in ``meeting``."""
    return vote.eligible if vote.eligible is not None else default_eligible(meeting)


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
