"""A snapshot of a meeting equals it and shares nothing that can change in place."""

from __future__ import annotations

import copy
import datetime as dt

from minutes_app.domain.model import Attendance, Meeting, Speaker, Statement, Vote
from minutes_app.domain.snapshot import snapshot


def test_a_snapshot_equals_the_meeting_and_is_independent(seed_meeting: Meeting) -> None:
    original = copy.deepcopy(seed_meeting)
    copied = snapshot(seed_meeting)
    assert copied == seed_meeting and copied is not seed_meeting
    copied.title = "khác"
    copied.issuer.name = "khác"
    copied.attendees[0].attendance = Attendance.ABSENT
    copied.agenda[0].statements.append(Statement(Speaker("A"), "x"))
    copied.agenda[0].statements[0].speaker.name = "khác"
    copied.votes.append(Vote("v", 1, 0, 0))
    copied.recipients.append("khác")
    copied.date = dt.date(1999, 1, 1)
    assert seed_meeting == original


def test_each_object_of_the_copy_is_new(seed_meeting: Meeting) -> None:
    copied = snapshot(seed_meeting)
    pairs = [
        (copied.issuer, seed_meeting.issuer),
        (copied.chair, seed_meeting.chair),
        (copied.attendees, seed_meeting.attendees),
        (copied.attendees[0], seed_meeting.attendees[0]),
        (copied.agenda[0], seed_meeting.agenda[0]),
        (copied.agenda[0].statements, seed_meeting.agenda[0].statements),
        (copied.signature, seed_meeting.signature),
    ]
    assert all(a is not b and a == b for a, b in pairs)
