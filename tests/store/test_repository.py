"""The meeting repository: create/get/update/delete/list, versions and two real connections."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.model import Attendee, Meeting, Status, Vote
from minutes_app.store import (
    Database,
    InvalidMeeting,
    MeetingNotFound,
    StaleVersion,
)
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")


def test_create_then_get_gives_back_every_field(db: Database, seed_meeting: Meeting) -> None:
    record = db.create(seed_meeting)
    assert record.id >= 1 and record.version == 1
    assert record.created_at == record.updated_at
    got = db.get(record.id)
    assert interchange.to_dict(got.meeting) == interchange.to_dict(seed_meeting)
    assert got.version == 1 and got.created_at == record.created_at


def test_stored_document_is_the_canonical_interchange_json(
    db: Database, seed_meeting: Meeting
) -> None:
    record = db.create(seed_meeting)
    assert db.stored_document(record.id) == interchange.to_dict(seed_meeting)
    raw = db.tables.query("SELECT document FROM meetings WHERE id=?", (record.id,))[0][0]
    assert raw.encode("utf-8") == interchange.canonical_bytes(seed_meeting)


def test_indexed_columns_follow_the_meeting(db: Database, seed_meeting: Meeting) -> None:
    record = db.create(seed_meeting)
    row = db.tables.query(
        "SELECT date, title, issuer, status, number, symbol, profile, version FROM meetings "
        "WHERE id = ?",
        (record.id,),
    )[0]
    assert tuple(row) == (
        "2020-02-25",
        seed_meeting.title,
        "HUYỆN ỦY KIM SƠN",
        "draft",
        "",
        "BB/HU",
        "party",
        1,
    )


def test_update_bumps_version_and_keeps_created_at(db: Database) -> None:
    first = db.create(make_meeting())
    changed = make_meeting("Họp giao ban tháng 4", status=Status.IN_REVIEW)
    second = db.update(first.id, changed, expected_version=1)
    assert second.version == 2
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at
    third = db.update(first.id, changed)  # no expectation: last writer wins
    assert third.version == 3
    summary = db.list()[0]
    # The status belongs to the review workflow (store.review): a save keeps the stored one.
    assert (summary.title, summary.status, summary.version) == (
        "Họp giao ban tháng 4",
        Status.DRAFT,
        3,
    )


def test_stale_version_is_refused_with_two_real_connections(
    open_db: Callable[[], Database],
) -> None:
    with open_db() as first, open_db() as second:
        meeting_id = first.create(make_meeting()).id
        mine = first.get(meeting_id)
        theirs = second.get(meeting_id)
        assert mine.version == theirs.version == 1

        first.update(meeting_id, make_meeting("Bản của người thứ nhất"), expected_version=1)
        with pytest.raises(StaleVersion) as info:
            second.update(meeting_id, make_meeting("Bản của người thứ hai"), expected_version=1)
        assert "version 2" in info.value.message_en and "phiên bản 2" in info.value.message_vi

        # nothing of the refused save was written, and the index still matches the row
        latest = second.get(meeting_id)
        assert latest.version == 2
        assert latest.meeting.title == "Bản của người thứ nhất"
        assert [m.id for m in second.search("nguoi thu nhat")] == [meeting_id]
        assert second.search("nguoi thu hai") == []
        # with the right version the second writer succeeds
        assert second.update(meeting_id, make_meeting("Ba"), expected_version=2).version == 3


def test_missing_meeting(db: Database) -> None:
    with pytest.raises(MeetingNotFound, match="42"):
        db.get(42)
    with pytest.raises(MeetingNotFound):
        db.update(42, make_meeting())
    with pytest.raises(MeetingNotFound):
        db.update(42, make_meeting(), expected_version=1)
    with pytest.raises(MeetingNotFound):
        db.delete(42)
    assert db.count() == 0


def test_delete_removes_row_index_and_people(db: Database) -> None:
    keep = db.create(make_meeting("Giữ lại", chair=None)).id
    gone = db.create(make_meeting("Xóa đi kế hoạch riêng")).id
    db.delete(gone)
    assert db.count() == 1
    assert [m.id for m in db.list()] == [keep]
    assert db.search("rieng") == []
    ids = {r[0] for r in db.tables.query("SELECT meeting_id FROM people")}
    assert ids == {keep}
    assert db.tables.query("SELECT count(*) FROM meeting_text")[0][0] == 1


def test_list_is_newest_first_and_filters(db: Database) -> None:
    a = db.create(make_meeting("A", day=dt.date(2026, 1, 5))).id
    b = db.create(make_meeting("B", day=dt.date(2026, 3, 1), status=Status.APPROVED)).id
    c = db.create(make_meeting("C", day=dt.date(2026, 2, 10))).id
    d = db.create(make_meeting("D", day=dt.date(2026, 3, 1))).id
    assert [m.id for m in db.list()] == [d, b, c, a]
    assert [m.id for m in db.list(limit=2)] == [d, b]
    assert [m.id for m in db.list(limit=2, offset=2)] == [c, a]
    assert [m.id for m in db.list(status=Status.APPROVED)] == [b]
    assert [m.id for m in db.list(date_from=dt.date(2026, 2, 1))] == [d, b, c]
    assert [m.id for m in db.list(date_to=dt.date(2026, 2, 10))] == [c, a]
    assert db.count() == 4
    row = db.list()[0]
    assert row.date == dt.date(2026, 3, 1) and row.issuer_name == "UBND XÃ THƯỢNG KIỆM"


def test_a_draft_that_breaks_rules_is_still_saved_and_loaded(db: Database) -> None:
    draft = make_meeting(
        attendees=[Attendee.person("")],
        votes=[Vote("Biểu quyết", in_favour=9, eligible=2)],
        start=None,
    )
    record = db.create(draft)
    loaded = db.get(record.id).meeting
    assert loaded.attendees[0].name == ""
    assert loaded.votes[0].in_favour == 9
    assert loaded.start is None


def test_text_is_stored_composed(db: Database) -> None:
    decomposed = "Ho\u0323p ba\u0300n ke\u0302\u0301 hoa\u0323ch"  # "Họp bàn kế hoạch" in NFD
    record = db.create(make_meeting(decomposed))
    assert record.meeting.title == "Họp bàn kế hoạch"
    assert db.get(record.id).meeting.title == "Họp bàn kế hoạch"
    assert db.list()[0].title == "Họp bàn kế hoạch"


def test_lone_surrogate_is_refused_naming_the_field_and_nothing_is_written(db: Database) -> None:
    meeting = make_meeting()
    meeting.agenda[0].statements[0].content = "bad \ud800 text"
    with pytest.raises(InvalidMeeting) as info:
        db.create(meeting)
    assert "agenda[0].statements[0].content" in info.value.message_en
    assert db.count() == 0
    good = db.create(make_meeting()).id
    with pytest.raises(InvalidMeeting):
        db.update(good, meeting, expected_version=1)
    assert db.get(good).version == 1


def test_previous_meeting_of_the_same_issuer(db: Database) -> None:
    older = db.create(make_meeting("Tháng 1", day=dt.date(2026, 1, 5))).id
    db.create(make_meeting("Khác", day=dt.date(2026, 2, 1), issuer="UBND XÃ KHÁC"))
    newer = db.create(make_meeting("Tháng 2", day=dt.date(2026, 2, 5))).id
    found = db.previous_meeting("ubnd xa thuong kiem")
    assert found is not None and found.id == newer
    found = db.previous_meeting("UBND XÃ THƯỢNG KIỆM", before=dt.date(2026, 2, 5))
    assert found is not None and found.id == older
    assert db.previous_meeting("UBND XÃ THƯỢNG KIỆM", before=dt.date(2026, 1, 5)) is None
    assert db.previous_meeting("Không có") is None


def test_export_json_round_trips(db: Database, seed_meeting: Meeting) -> None:
    record = db.create(seed_meeting)
    text = db.export_json(record.id)
    again = interchange.parse(text).meeting
    assert interchange.to_dict(again) == json.loads(text) == interchange.to_dict(seed_meeting)
