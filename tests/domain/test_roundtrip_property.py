"""Property: any valid meeting survives export to JSON and import unchanged."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app.domain import interchange
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    FormOfAddress,
    Issuer,
    Meeting,
    Membership,
    Person,
    Profile,
    Role,
    Signature,
    Speaker,
    Statement,
    Status,
    Task,
    Vote,
    VotePurpose,
)
from minutes_app.domain.validation import errors_of, validate

EXAMPLES = 100  # the normal suite; `make fuzz` sets MINUTES_FUZZ_EXAMPLES for the slow test
FUZZ_EXAMPLES = int(os.environ.get("MINUTES_FUZZ_EXAMPLES", "0"))

# Vietnamese letters (composed and bare), combining tone marks, digits, punctuation, emoji.
LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯÝ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
OTHER = "0123456789 ,.;:-–()/%\"'\t\n😀€"

char = st.sampled_from(LETTERS + MARKS + OTHER)
raw_text = st.text(char, max_size=24)
text = raw_text.map(lambda s: unicodedata.normalize("NFC", s))
name = st.builds(
    lambda first, rest: unicodedata.normalize("NFC", first + rest),
    st.sampled_from(LETTERS),
    raw_text,
)
days = st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31))
minutes = st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2199, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
counts = st.integers(0, 500)

persons = st.builds(Person, name, text)
person_attendees = st.builds(
    Attendee,
    name=name,
    position=text,
    organization=text,
    role=st.sampled_from(Role),
    attendance=st.sampled_from(Attendance),
    reason=text,
    membership=st.none() | st.sampled_from(Membership),
    arrived=st.none() | minutes,
)
group_attendees = st.builds(
    lambda group, count, role: Attendee(group=group, count=count, role=role),
    name,
    st.none() | counts,
    st.sampled_from(Role),
)
speakers = st.builds(Speaker, name, text) | st.builds(lambda g: Speaker(group=g), name)
agenda_items = st.builds(
    AgendaItem,
    title=text,
    presenter=st.none() | persons,
    statements=st.lists(st.builds(Statement, speakers, text, st.none() | minutes), max_size=3),
    conclusion=text,
    scratch=text,
)
votes = st.builds(
    lambda subject, a, b, c, extra, purpose: Vote(
        subject, a, b, c, eligible=a + b + c + extra, purpose=purpose
    ),
    text,
    counts,
    counts,
    counts,
    counts,
    st.sampled_from(VotePurpose),
)
tasks = st.builds(Task, name, text, st.none() | days)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """Draw a meeting that breaks no error rule (it may still have warnings)."""
    start = draw(st.none() | minutes)
    end = None
    if start is not None and draw(st.booleans()):
        end = start + dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 3)))
    return Meeting(
        profile=draw(st.sampled_from(Profile)),
        issuer=Issuer(draw(text), draw(text), draw(text)),
        number=draw(text),
        symbol=draw(text),
        place=draw(text),
        date=draw(days),
        title=draw(text),
        kind=draw(text),
        start=start,
        end=end,
        location=draw(text),
        chair=draw(persons),
        secretary=draw(persons),
        attendees=draw(st.lists(person_attendees | group_attendees, max_size=5)),
        agenda=draw(st.lists(agenda_items, max_size=3)),
        conclusion=draw(text),
        votes=draw(st.lists(votes, max_size=2)),
        tasks=draw(st.lists(tasks, max_size=3)),
        closing=draw(text),
        recipients=draw(st.lists(text, max_size=3)),
        copies=draw(st.none() | st.integers(1, 99)),
        status=draw(st.sampled_from(Status)),
        signature=Signature(draw(text), draw(text), draw(text), draw(text)),
        show_place_date=draw(st.none() | st.booleans()),
        form_of_address=draw(st.none() | st.sampled_from(FormOfAddress)),
        show_statement_times=draw(st.booleans()),
    )


_SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@_SETTINGS
@given(meetings())
def test_any_valid_meeting_survives_json_unchanged(meeting: Meeting) -> None:
    assert errors_of(validate(meeting)) == []
    result = interchange.parse(interchange.dumps(meeting))
    assert result.meeting == meeting
    assert interchange.canonical_bytes(result.meeting) == interchange.canonical_bytes(meeting)


@_SETTINGS
@given(raw_text, raw_text)
def test_decomposed_text_comes_back_composed_and_stays(title: str, content: str) -> None:
    meeting = Meeting(
        title=title,
        start=dt.datetime(2026, 1, 5, 8, 0),
        agenda=[AgendaItem("Mục", statements=[Statement(Speaker("An"), content)])],
    )
    once = interchange.parse(interchange.dumps(meeting)).meeting
    assert once.title == unicodedata.normalize("NFC", title)
    assert once.agenda[0].statements[0].content == unicodedata.normalize("NFC", content)
    assert interchange.parse(interchange.dumps(once)).meeting == once


@pytest.mark.slow
@pytest.mark.skipif(not FUZZ_EXAMPLES, reason="set MINUTES_FUZZ_EXAMPLES (make fuzz)")
@settings(
    max_examples=max(FUZZ_EXAMPLES, 1), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(meetings())
def test_round_trip_fuzz(meeting: Meeting) -> None:
    assert interchange.parse(interchange.dumps(meeting)).meeting == meeting
