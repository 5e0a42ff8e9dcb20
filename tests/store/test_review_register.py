"""The numbering register: numbers per body and year (state) or term (Party), never twice."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest

from minutes_app.domain.labels import series_label
from minutes_app.domain.model import Issuer, Profile
from minutes_app.store import Database, DuplicateNumber
from tests.store.conftest import Refused, behind_the_app, make_meeting

BACKENDS = ("sqlite", "postgresql")

CHAIR = "Phạm Văn Hùng"


def _approve(db: Database, issuer: Issuer | None = None, **fields: object) -> str:
    meeting = make_meeting(**{"number": "", **fields})
    if issuer is not None:
        meeting.issuer = issuer
    meeting_id = db.create(meeting).id
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, CHAIR)
    return db.get(meeting_id).meeting.number


def test_state_numbers_run_per_body_per_calendar_year(db: Database) -> None:
    assert _approve(db, day=dt.date(2025, 12, 30)) == "01"
    assert _approve(db, day=dt.date(2026, 1, 5)) == "01"
    assert _approve(db, day=dt.date(2026, 2, 5)) == "02"
    other = Issuer("UBND XÃ KIM ĐÔNG", "UBND", "UBND HUYỆN KIM SƠN")
    assert _approve(db, day=dt.date(2026, 2, 6), issuer=other) == "01"
    # The same body written with other case and spacing is the same series.
    same = Issuer("ubnd xã  thượng kiệm", "UBND", "")
    assert _approve(db, day=dt.date(2026, 3, 1), issuer=same) == "03"


def test_party_numbers_run_per_term(db: Database) -> None:
    party = {"profile": Profile.PARTY, "issuer": Issuer("ĐẢNG ỦY XÃ THƯỢNG KIỆM", "ĐU", "")}
    db.review.set_term("ĐU", dt.date(2020, 10, 1), CHAIR)
    db.review.set_term("đảng ủy xã thượng kiệm", dt.date(2025, 10, 15), CHAIR)
    assert _approve(db, day=dt.date(2024, 12, 1), **party) == "01"
    assert _approve(db, day=dt.date(2025, 3, 1), **party) == "02"  # same term, new year
    assert _approve(db, day=dt.date(2025, 10, 20), **party) == "01"  # new term
    (old_term, new_term) = db.review.register()
    assert old_term.period == "term:2020-10-01" and [e.number for e in old_term.entries] == [1, 2]
    assert "nhiệm kỳ từ 01/10/2020" in series_label(
        old_term.issuer, old_term.abbreviation, old_term.period
    )
    assert new_term.period == "term:2025-10-15"
    assert [t[1] for t in db.review.terms("ĐU")] == [dt.date(2020, 10, 1)]


def test_a_party_body_without_terms_numbers_per_year(db: Database) -> None:
    party = {"profile": Profile.PARTY, "issuer": Issuer("CHI BỘ THÔN ĐÔNG", "CB", "")}
    assert _approve(db, day=dt.date(2025, 5, 1), **party) == "01"
    assert _approve(db, day=dt.date(2026, 5, 1), **party) == "01"


def test_an_own_number_is_kept_registered_and_a_duplicate_refused(db: Database) -> None:
    assert _approve(db, number="7") == "7"
    assert _approve(db) == "08"  # the next after the largest
    duplicate = db.create(make_meeting("Họp lần hai", number="07")).id
    db.review.submit(duplicate, "Lê Thị Hoa")
    with pytest.raises(DuplicateNumber) as caught:
        db.review.approve(duplicate, CHAIR)
    assert (
        "số 07" in caught.value.message_vi
        and "đã được cấp cho biên bản số 1" in caught.value.message_vi
    )
    assert db.review.history(duplicate)[-1].action.value == "submit"  # nothing was approved
    (series,) = db.review.register()
    assert [e.number for e in series.entries] == [7, 8] and series.gaps == [(1, 6)]


def test_register_filters_by_year_and_issuer(db: Database) -> None:
    _approve(db, day=dt.date(2025, 1, 1))
    _approve(db, day=dt.date(2026, 1, 1))
    other = Issuer("UBND XÃ KIM ĐÔNG", "UBND KĐ", "")
    _approve(db, day=dt.date(2026, 1, 2), issuer=other)
    assert [s.period for s in db.review.register(year=2026)] == ["2026", "2026"]
    assert [s.issuer for s in db.review.register(issuer="ubnd kđ")] == ["UBND XÃ KIM ĐÔNG"]
    assert db.review.register(year=2024) == []


def test_reapproval_after_reopen_keeps_the_number_and_entry(db: Database) -> None:
    meeting_id = db.create(make_meeting(number="")).id
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, CHAIR)
    db.review.reopen(meeting_id, CHAIR, "Sửa tên")
    meeting = db.get(meeting_id).meeting
    meeting.title = "Tên mới"
    db.update(meeting_id, meeting)
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, CHAIR)
    (series,) = db.review.register()
    assert [(e.number, e.title) for e in series.entries] == [(1, "Tên mới")]


def test_two_connections_approving_at_once_never_share_a_number(
    open_db: Callable[[], Database],
) -> None:
    with open_db() as db:
        ids = []
        for i in range(12):
            meeting_id = db.create(make_meeting(f"Họp {i}", number="")).id
            db.review.submit(meeting_id, "Lê Thị Hoa")
            ids.append(meeting_id)
    barrier = threading.Barrier(2)
    failures: list[BaseException] = []

    def approve(chunk: list[int]) -> None:
        try:
            with open_db() as own:
                barrier.wait()
                for meeting_id in chunk:
                    own.review.approve(meeting_id, CHAIR)
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=approve, args=(ids[k::2],)) for k in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with open_db() as db:
        numbers = sorted(int(db.get(i).meeting.number) for i in ids)
        (series,) = db.review.register()
    assert numbers == list(range(1, 13)) and series.gaps == []


def test_the_file_refuses_a_duplicate_register_row(db: Database) -> None:
    _approve(db)
    with pytest.raises(Refused):
        behind_the_app(
            db,
            "INSERT INTO register SELECT issuer_key, period, number, NULL, issuer, abbreviation, "
            "date, title, registered_by, registered_at FROM register",
        )
