"""Saving serialises once: the stored form is what reading the JSON back gave, byte for byte."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app.domain import interchange
from minutes_app.domain.fields import FieldPath, text_fields
from minutes_app.domain.model import AgendaItem, Attendance, Meeting, Statement, Vote
from minutes_app.store import Database
from minutes_app.store.errors import InvalidMeeting
from minutes_app.store.tables import prepare
from tests.domain.test_roundtrip_property import meetings
from tests.store.conftest import FIXTURE_DB, make_meeting

FIXTURES = sorted(FIXTURE_DB.glob("v*.sqlite"))


def _read_back(meeting: Meeting) -> tuple[Meeting, str]:
    """Return what saving did before: dump, parse our own output, dump again (the oracle)."""
    raw = interchange.canonical_bytes(meeting).decode("utf-8")
    again = interchange.parse(raw, check=False).meeting
    return again, interchange.canonical_bytes(again).decode("utf-8")


def _documents(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        found = [r[0] for r in conn.execute("SELECT document FROM meetings")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "revisions" in tables:
            found += [r[0] for r in conn.execute("SELECT document FROM revisions")]
        return found
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_stored_meetings_of_every_schema_version_keep_their_bytes(fixture: Path) -> None:
    documents = _documents(fixture)
    assert documents
    for document in documents:
        meeting = interchange.parse(document, check=False).meeting
        stored, again = prepare(meeting)
        assert again == document
        assert (stored, again) == _read_back(meeting)


def test_a_migrated_database_saves_its_meetings_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    path.write_bytes((FIXTURE_DB / "v1.sqlite").read_bytes())
    with Database.open(path) as db:
        for summary in db.list():
            record = db.get(summary.id)
            before = db._conn.execute(
                "SELECT document FROM meetings WHERE id = ?", (summary.id,)
            ).fetchone()[0]
            assert prepare(record.meeting)[1] == before


def _dirty(meeting: Meeting, data: st.DataObject) -> Meeting:
    """Return ``meeting`` as an editor or a service might hand it over: decomposed text, CR
    line ends, moments with seconds, stale fields of a group's other shape."""
    for path, text in list(text_fields(meeting)):
        if data.draw(st.booleans()):
            dirty = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
            FieldPath.parse(path).set(meeting, dirty + "\r", normalise=False)
    seconds = data.draw(st.integers(0, 59))
    if meeting.start is not None:
        meeting.start = meeting.start.replace(second=seconds, microsecond=seconds * 1000)
    for attendee in meeting.attendees:
        if attendee.is_group:
            attendee.name, attendee.reason = "Tên cũ", "lý do cũ"
            attendee.attendance = Attendance.ABSENT
        else:
            attendee.count = data.draw(st.none() | st.integers(0, 9))
    return meeting


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings(), st.data())
def test_saving_gives_what_reading_the_json_back_gave(
    meeting: Meeting, data: st.DataObject
) -> None:
    dirty = _dirty(meeting, data)
    assert prepare(dirty) == _read_back(dirty)


def test_what_the_reader_would_refuse_is_not_saved() -> None:
    long_list = make_meeting(recipients=["Lưu"] * 1_001)
    with pytest.raises(InvalidMeeting, match=r"recipients: the list is too long \(1,001 entries"):
        prepare(long_list)
    huge = make_meeting(votes=[Vote("Thông qua", 10**15)])
    with pytest.raises(InvalidMeeting, match=r"votes\[0\]\.in_favour: the number is too large"):
        prepare(huge)
    braces = make_meeting(
        agenda=[AgendaItem("Mục", statements=[Statement(content="{" * 1_000_001)])]
    )
    with pytest.raises(InvalidMeeting, match="too many JSON objects") as info:
        prepare(braces)
    assert "không lưu được biên bản" in info.value.message_vi
    wrong = make_meeting()
    wrong.date = "2026-03-02"  # type: ignore[assignment]
    with pytest.raises(InvalidMeeting, match=r"date: must be a date"):
        prepare(wrong)


def test_a_meeting_saved_with_seconds_and_decomposed_text_reads_back_as_returned(
    db: Database,
) -> None:
    meeting = make_meeting(title=unicodedata.normalize("NFD", "Họp\r\ngiao ban"))
    meeting.start = dt.datetime(2026, 3, 2, 8, 0, 59, 123)
    record = db.create(meeting)
    assert record.meeting.title == "Họp\ngiao ban"
    assert record.meeting.start == dt.datetime(2026, 3, 2, 8, 0)
    assert db.get(record.id).meeting == record.meeting
