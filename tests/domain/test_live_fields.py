"""The fields the live mode stamps: arrival times, statement times, scratch notes, in JSON and rules."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import Attendance, Meeting
from minutes_app.domain.validation import errors_of, is_printed, text_fields, validate


@pytest.fixture
def live(seed_meeting: Meeting) -> Meeting:
    """Return the seed as recorded live: a late arrival, timed statements, a scratch note."""
    meeting = copy.deepcopy(seed_meeting)
    meeting.attendees[1].attendance = Attendance.LATE
    meeting.attendees[1].arrived = dt.datetime(2020, 2, 25, 8, 15)
    meeting.agenda[0].statements[0].time = dt.datetime(2020, 2, 25, 7, 40)
    meeting.agenda[1].scratch = "hỏi lại số liệu tuyển quân"
    meeting.show_statement_times = True
    return meeting


def test_the_new_keys_are_written_and_read_back(live: Meeting) -> None:
    data = interchange.to_dict(live)
    assert data["attendees"][1]["arrived"] == "2020-02-25T08:15"
    assert data["agenda"][0]["statements"][0]["time"] == "2020-02-25T07:40"
    assert "time" not in data["agenda"][0]["statements"][1]
    assert data["agenda"][1]["scratch"] == "hỏi lại số liệu tuyển quân"
    assert "scratch" not in data["agenda"][0]
    assert data["show_statement_times"] is True
    again = interchange.parse(interchange.dumps(live))
    assert again.meeting == live
    assert not [w for w in again.warnings if "unknown" in w.message_en]


def test_a_meeting_without_them_writes_none_of_the_keys(seed_meeting: Meeting) -> None:
    text = interchange.dumps(seed_meeting)
    for key in ('"arrived"', '"time"', '"scratch"', '"show_statement_times"'):
        assert key not in text


def test_bad_values_are_refused_naming_the_field(live: Meeting) -> None:
    data = interchange.to_dict(live)
    data["attendees"][1]["arrived"] = "8h15"
    data["agenda"][0]["statements"][0]["time"] = 740
    data["show_statement_times"] = "yes"
    with pytest.raises(InterchangeError) as info:
        interchange.parse(json.dumps(data, ensure_ascii=False))
    paths = {p.path for p in info.value.errors}
    assert paths == {
        "attendees[1].arrived",
        "agenda[0].statements[0].time",
        "show_statement_times",
    }


def test_a_scratch_note_is_typed_text_but_never_printed(live: Meeting) -> None:
    fields = dict(text_fields(live))
    assert fields["agenda[1].scratch"] == "hỏi lại số liệu tuyển quân"
    assert not is_printed("agenda[1].scratch")
    assert is_printed("agenda[1].conclusion") and is_printed("conclusion")
    live.agenda[1].scratch = "ghi\x07chú"
    assert [p.path for p in errors_of(validate(live))] == ["agenda[1].scratch"]


def test_a_scratch_note_left_over_is_a_warning(live: Meeting) -> None:
    problems = [p for p in validate(live) if p.path == "agenda[1].scratch"]
    assert len(problems) == 1 and not problems[0].is_error
    assert "không được in" in problems[0].message_vi
    live.agenda[1].scratch = "  \n"
    assert not [p for p in validate(live) if p.path.endswith("scratch")]


def test_a_late_arrival_before_the_start_is_a_warning(live: Meeting) -> None:
    assert not [p for p in validate(live) if p.path.endswith("arrived")]
    live.attendees[1].arrived = dt.datetime(2020, 2, 25, 7, 0)
    problems = [p for p in validate(live) if p.path == "attendees[1].arrived"]
    assert len(problems) == 1 and not problems[0].is_error
