"""The people directory: everyone named in any meeting, with positions, most recent first."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain.model import AgendaItem, Attendee, Person, Speaker, Statement
from minutes_app.store import Database
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")


def test_gathers_chair_secretary_attendees_presenters_and_speakers(db: Database) -> None:
    db.create(make_meeting())
    names = {p.name for p in db.people()}
    assert names == {
        "Phạm Văn Hùng",  # chair
        "Lê Thị Hoa",  # secretary
        "Trần Văn Bình",  # attendee and presenter
        "Nguyễn Văn An",  # speaker
    }
    # groups ("Trưởng các thôn", "Các đại biểu dự họp") are not people
    binh = next(p for p in db.people("binh"))
    assert binh.positions == ["Phó Chủ tịch UBND xã"]
    assert binh.organization == "UBND xã"


def test_prefix_is_folded_and_matches_any_word(db: Database) -> None:
    db.create(make_meeting(chair=Person("Đỗ Thị Thắng", "Bí thư")))
    assert [p.name for p in db.people("thang")] == ["Đỗ Thị Thắng"]
    assert [p.name for p in db.people("ĐỖ")] == ["Đỗ Thị Thắng"]
    assert [p.name for p in db.people("do thi")] == ["Đỗ Thị Thắng"]
    assert db.people("hang") == []  # a prefix of a word, not any substring
    assert db.people("%") == [] and db.people("_") == []  # LIKE wildcards are literal


def test_positions_and_entries_are_most_recent_first(db: Database) -> None:
    db.create(make_meeting(day=dt.date(2024, 1, 10), chair=Person("Vũ Văn Nam", "Phó Chủ tịch")))
    db.create(make_meeting(day=dt.date(2026, 5, 1), chair=Person("Vũ Văn Nam", "Chủ tịch")))
    db.create(make_meeting(day=dt.date(2025, 1, 1), chair=Person("Vũ Văn Nam", "Chủ tịch")))
    db.create(make_meeting(day=dt.date(2020, 1, 1), chair=Person("Vũ Thị Na", "Kế toán")))
    entries = db.people("vu")
    assert [p.name for p in entries] == ["Vũ Văn Nam", "Vũ Thị Na"]
    assert entries[0].positions == ["Chủ tịch", "Phó Chủ tịch"]
    assert len(db.people("", limit=2)) == 2


def test_directory_follows_updates_and_deletes(db: Database) -> None:
    meeting = make_meeting()
    meeting_id = db.create(meeting).id
    meeting.agenda.append(
        AgendaItem(
            "Việc khác",
            statements=[Statement(Speaker("Hà Văn Mới", "Trưởng thôn Bắc"), "Ý kiến.")],
        )
    )
    meeting.attendees = [Attendee.of_group("Cả thôn")]
    db.update(meeting_id, meeting)
    names = {p.name for p in db.people()}
    assert "Hà Văn Mới" in names and "Trần Văn Bình" in names  # still the presenter
    db.delete(meeting_id)
    assert db.people() == []
