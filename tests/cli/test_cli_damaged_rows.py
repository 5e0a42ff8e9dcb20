"""Damaged rows and racing processes (review F12, U3): report the row, carry on, never a traceback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.store import Database, latest_version
from tests.store.conftest import make_meeting

REPO = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """Two approved meetings of one series, a draft, and a Party term."""
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        for title in ("Họp một", "Họp hai"):
            meeting_id = db.create(make_meeting(title, number="")).id
            db.review.submit(meeting_id, "Lê Thị Hoa")
            db.review.approve(meeting_id, "Phạm Văn Hùng")
        db.create(make_meeting("Họp ba (nháp)"))
        db.review.set_term("ĐU", __import__("datetime").date(2020, 10, 1), "Phạm Văn Hùng")
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        saved = triggers.fetchall()
        for name, _sql_text in saved:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        for _name, sql_text in saved:
            conn.execute(sql_text)
        conn.commit()
    finally:
        conn.close()


DAMAGE: dict[str, tuple[str, list[str], Callable[[subprocess.CompletedProcess[str]], bool]]] = {
    "meeting date": (
        "UPDATE meetings SET date = 'garbage' WHERE id = 3",
        ["list", "search hop"],
        lambda r: "meeting 3 in the database is damaged" in r.stderr,
    ),
    "meeting status": (
        "UPDATE meetings SET status = 'bogus' WHERE id = 3",
        ["list", "search hop"],
        lambda r: "meeting 3 in the database is damaged" in r.stderr,
    ),
    "register date": (
        "UPDATE register SET date = 'nope' WHERE number = 2",
        ["register"],
        lambda r: "register: the entry 2" in r.stderr and "damaged" in r.stderr,
    ),
    "workflow step": (
        "UPDATE workflow_events SET action = 'frobnicate' WHERE id = 1",
        ["history 1"],
        lambda r: "step 1 is damaged" in r.stderr,
    ),
    "term start": (
        "UPDATE issuer_terms SET start = '20-01-01'",
        ["term list"],
        lambda r: "the start '20-01-01' is damaged" in r.stderr,
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_row_is_reported_and_the_rest_is_listed(filled: Path, kind: str) -> None:
    sql, commands, reported = DAMAGE[kind]
    _sql(filled, sql)
    for command in commands:
        for extra in ([], ["--json"]):
            result = _cli(filled, *command.split(), *extra)
            assert "Traceback" not in result.stderr, result.stderr
            assert result.returncode == 1 and reported(result), (command, result.stderr)
            if extra and command.startswith(("list", "search")):
                assert sorted(r["id"] for r in json.loads(result.stdout)) == [1, 2]
            if extra and command == "register":
                (series,) = json.loads(result.stdout)
                assert [e["number"] for e in series["entries"]] == [1]
            if extra and command == "history 1":
                assert [h["action"] for h in json.loads(result.stdout)] == ["approve"]


_CREATOR = """
import sys, time
from pathlib import Path
from minutes_app.store import Database
from tests.store.conftest import make_meeting
gate = Path(sys.argv[3])
(gate / sys.argv[2]).touch()
while len(list(gate.iterdir())) < 8:  # start together: the race is on the first open
    time.sleep(0.001)
with Database.open(sys.argv[1]) as db:
    db.create(make_meeting("Họp " + sys.argv[2]))
"""


@pytest.mark.parametrize("trial", range(3))
def test_eight_processes_creating_one_new_database_all_succeed(tmp_path: Path, trial: int) -> None:
    path = tmp_path / f"new-{trial}.sqlite"
    gate = tmp_path / f"gate-{trial}"
    gate.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CREATOR, str(path), str(n), str(gate)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs]
    assert [code for code, _err in results] == [0] * 8, [err for _c, err in results]
    with Database.open(path) as db:
        assert db.count() == 8
        assert db.schema_version == latest_version()


_OPENER = """
import sys, time
from pathlib import Path
from minutes_app.store import Database
gate = Path(sys.argv[3])
(gate / sys.argv[2]).touch()
while len(list(gate.iterdir())) < 4:
    time.sleep(0.001)
with Database.open(sys.argv[1]) as db:
    print(db.schema_version, db.count())
"""


def test_four_processes_upgrading_one_old_database_at_once_all_succeed(tmp_path: Path) -> None:
    import shutil

    from tests.store.conftest import FIXTURE_DB

    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_DB / "v3.sqlite", path)
    gate = tmp_path / "gate"
    gate.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPENER, str(path), str(n), str(gate)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _out, err in outputs]
    assert [out.split() for out, _err in outputs] == [[str(latest_version()), "2"]] * 4
    with Database.open(path) as db:
        assert db.review.verify(2).intact
