"""The register never gives a number twice or skips it silently (review F-TERM, F8)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain.model import Issuer, Profile
from minutes_app.store import Database, InvalidNumber, NumberJump, TermConflict
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")

REPO = Path(__file__).resolve().parents[2]
HU = Issuer("HUYỆN ỦY KIM SƠN", "HU", "ĐẢNG BỘ TỈNH NINH BÌNH")


def _approve(db: Database, day: dt.date, number: str = "", **kw: bool) -> str:
    meeting = make_meeting(f"Họp ngày {day}", day=day, number=number)
    meeting.profile, meeting.issuer = Profile.PARTY, HU
    meeting_id = db.create(meeting).id
    db.review.submit(meeting_id, "Lê Thị Hoa")
    return db.review.approve(meeting_id, "Mai Văn Thanh", **kw).record.meeting.number


def test_a_term_set_after_approvals_in_it_is_refused_or_refiles(db: Database) -> None:
    assert _approve(db, dt.date(2020, 2, 25)) == "01"  # period 2020: no term set yet
    with pytest.raises(TermConflict) as info:
        db.review.set_term("HU", dt.date(2020, 1, 1), "Mai Văn Thanh")
    assert "01 (năm 2020, 2020-02-25)" in info.value.message_vi
    assert "--refile" in info.value.message_en
    assert db.review.terms() == []  # nothing was recorded
    change = db.review.set_term("HU", dt.date(2020, 1, 1), "Mai Văn Thanh", refile=True)
    assert [(e.number, e.period) for e in change.refiled] == [(1, "term:2020-01-01")]
    assert _approve(db, dt.date(2020, 3, 10)) == "02"  # not a second "Số 01" in the term
    (series,) = db.review.register()
    assert series.period == "term:2020-01-01" and [e.number for e in series.entries] == [1, 2]


def test_refiling_that_would_clash_is_refused(db: Database) -> None:
    _approve(db, dt.date(2020, 11, 2))  # 01 of 2020
    _approve(db, dt.date(2021, 2, 3))  # 01 of 2021
    with pytest.raises(TermConflict, match="trùng"):
        db.review.set_term("HU", dt.date(2020, 10, 1), refile=True)
    assert [s.period for s in db.review.register()] == ["2020", "2021"]


def test_a_term_before_any_approval_needs_nothing(db: Database) -> None:
    _approve(db, dt.date(2019, 5, 5))  # before the term: stays in its year
    db.review.set_term("HU", dt.date(2020, 10, 1))
    assert _approve(db, dt.date(2020, 11, 1)) == "01"


def test_a_number_far_above_the_next_needs_confirmation(db: Database) -> None:
    with pytest.raises(NumberJump, match="--allow-number-jump"):
        _approve(db, dt.date(2026, 1, 5), "999999990")
    assert db.review.register() == []
    assert _approve(db, dt.date(2026, 1, 6), "999999990", allow_number_jump=True) == "999999990"
    assert _approve(db, dt.date(2026, 1, 7)) == "999999991"
    (series,) = db.review.register()
    assert series.gaps == [(1, 999999989)]
    assert _approve(db, dt.date(2026, 1, 8), "57") == "57"  # within reach of the gaps: fine


@pytest.mark.parametrize("number", ["00", "0", "12a", "٠٧", "①", "²", "1000000000", "9" * 20])
def test_numbers_the_register_cannot_hold_are_refused_not_skipped(
    db: Database, number: str
) -> None:
    with pytest.raises(InvalidNumber, match="sổ biên bản"):
        _approve(db, dt.date(2026, 1, 5), number)
    assert db.review.register() == []


def test_register_of_a_huge_number_stays_small_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "f8.sqlite"
    with Database.open(path) as db:
        _approve(db, dt.date(2026, 1, 6), "999999998", allow_number_jump=True)
        _approve(db, dt.date(2026, 1, 7))
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from minutes_app.cli import main\n"
        "sys.exit(main(['--db', sys.argv[1], 'register', '--json']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (series,) = json.loads(result.stdout)
    assert series["gaps"] == [[1, 999999997]]
    text = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(path), "register"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=60,
    )
    assert "Số còn thiếu / gaps: 1–999999997" in text.stdout


def test_the_command_line_term_set_says_what_to_do(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "term.sqlite"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "minutes_app", "--db", str(db), *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )

    assert cli("import", str(seed_path)).returncode == 0  # HU, 2020-02-25
    assert cli("submit", "1", "--by", "Nguyễn Thị Lan").returncode == 0
    assert cli("approve", "1", "--by", "Mai Văn Thanh").returncode == 0
    refused = cli("term", "set", "--issuer", "HU", "--start", "2020-01-01")
    assert refused.returncode == 1 and "--refile" in refused.stderr
    moved = cli("term", "set", "--issuer", "HU", "--start", "2020-01-01", "--refile")
    assert moved.returncode == 0 and "number 01 moved into the term" in moved.stdout


def test_a_full_series_says_so(db: Database) -> None:
    _approve(db, dt.date(2026, 1, 6), "999999999", allow_number_jump=True)
    with pytest.raises(InvalidNumber, match="hết số"):
        _approve(db, dt.date(2026, 1, 7))
