"""Odd values on the command line and in stored meetings: registry numbers in foreign digits (F7),
ids beyond SQLite's integers and silly limits (F15), part paths in foreign digits (U8)."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain.model import Meeting
from minutes_app.store import Database

REPO = Path(__file__).resolve().parent.parent.parent
HUGE = "99999999999999999999"  # > 2**63 - 1


def run(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m minutes_app --db DB ARGS`` and return its status and UTF-8 output."""
    command = [sys.executable, "-m", "minutes_app", "--db", str(db), *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(REPO), "MINUTES_APP_USER": "Thư ký"}
    done = subprocess.run(command, capture_output=True, env=env, cwd=REPO, timeout=120)
    result = subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def db(tmp_path: Path, seed_meeting: Meeting) -> Path:
    """A database with the seed as meeting 1 (a draft) and one meeting per odd number."""
    path = tmp_path / "odd.sqlite"
    with Database.open(path) as database:
        database.create(seed_meeting)
        for number in ("²", "①", "٠٧", "5" * 5000, "1" * 20):
            meeting = copy.deepcopy(seed_meeting)
            meeting.number = number
            database.create(meeting)  # the store keeps what older versions let through
    return path


# -- F7 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("meeting_id", ["2", "3", "4", "5", "6"])
def test_odd_numbers_give_clean_errors_on_approve_and_export(
    db: Path, tmp_path: Path, meeting_id: str
) -> None:
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"x.{fmt}"
        result = run("export", meeting_id, "--format", fmt, "--out", out, db=db)
        assert result.returncode == 1, result.stderr
        assert "number" in result.stderr and "0–9" in result.stderr or "long" in result.stderr
        assert not out.exists()
    # Submitting runs the layout check: refused by name, never a crash.
    submitted = run("submit", meeting_id, db=db)
    assert submitted.returncode == 1 and "number" in submitted.stderr, submitted.stderr
    approved = run("approve", meeting_id, "--by", "Chủ tịch", db=db)
    assert approved.returncode == 1, approved.stderr
    assert run("register", db=db).returncode == 0
    assert run("list", db=db).returncode == 0


@pytest.mark.parametrize("revision", ["²", "①", "٠", "5" * 5000, "-1", "0"])
def test_diff_takes_ascii_revision_numbers_only(db: Path, revision: str) -> None:
    result = run("diff", "1", "--from", revision, db=db)
    assert result.returncode == 2 and "revision" in result.stderr


def test_a_json_batch_exports_every_odd_number(db: Path, tmp_path: Path) -> None:
    result = run("export", "--all", "--format", "json", "--out-dir", tmp_path / "all", db=db)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert len(names) == 6 and all(len(name) < 200 for name in names)


# -- F15 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["export", HUGE, "--format", "json"],
        ["export", "-5", "--format", "json"],
        ["export", "٣", "--format", "json"],
        ["verify", HUGE],
        ["submit", HUGE],
        ["history", HUGE],
        ["check", HUGE],
        ["comment", HUGE, "text"],
        ["comment", "1", "text", "--reply-to", HUGE],
        ["resolve", HUGE],
        ["import", "--replace", HUGE, "x.json"],
        ["search", "kim", "--limit", "-5"],
        ["search", "kim", "--limit", "0"],
        ["search", "kim", "--limit", HUGE],
        ["register", "--year", HUGE],
    ],
)
def test_out_of_range_numbers_are_usage_errors(db: Path, args: list[str]) -> None:
    result = run(*args, db=db)
    assert result.returncode == 2, (args, result.stdout, result.stderr)
    assert "usage error" in result.stderr


def test_the_largest_id_is_merely_not_found(db: Path) -> None:
    result = run("export", str(2**63 - 1), "--format", "json", db=db)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_search_limit_is_honoured(db: Path) -> None:
    result = run("search", "giao", "ban", "--limit", "2", "--json", db=db)
    assert result.returncode == 0 and result.stdout.count('"id"') == 2


# -- U8 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "part", ["agenda[٠]", "agenda[０]", "votes[²]", "agenda[" + "9" * 5000 + "]"]
)
def test_part_paths_take_ascii_digits_only(db: Path, part: str) -> None:
    result = run("comment", "1", "Góp ý", "--part", part, db=db)
    assert result.returncode == 1, result.stderr
    assert "agenda[i]" in result.stderr
    assert run("comments", "1", "--json", db=db).stdout.strip() == "[]"
    assert run("comment", "1", "Góp ý", "--part", "agenda[0]", db=db).returncode == 0


# -- dates and votes: warnings in `check` ----------------------------------------------------


def test_check_warns_of_days_and_votes_over_present(db: Path) -> None:
    import datetime as dt

    from minutes_app.domain.model import Attendee, Vote

    with Database.open(db) as database:
        meeting = database.get(1).meeting
        meeting.start = dt.datetime(2020, 2, 24, 7, 30)
        meeting.end = dt.datetime(2020, 2, 26, 11, 0)
        meeting.attendees = [Attendee.person("Phạm Văn A"), Attendee.person("Lê Thị B")]
        meeting.votes = [Vote("Thông qua", 2, 0, 0, 9)]
        database.update(1, meeting)
    result = run("check", "1", db=db)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert any(line.startswith("cảnh báo: Bắt đầu: ngày bắt đầu (24/02/2020)") for line in lines)
    assert any("Kết thúc:" in line and "spans several days" in line for line in lines)
    assert any(
        "Biểu quyết 1: Số người có quyền biểu quyết:" in line and "members present (2)" in line
        for line in lines
    )
