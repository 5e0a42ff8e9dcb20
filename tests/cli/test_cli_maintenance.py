"""`minutes-app backup` and `restore`: consistent copies, checked restores, clear refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.store import Database
from minutes_app.store.backup import backup_folder
from tests.store.conftest import make_meeting


def _sum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting("Họp giao ban tháng 3"))
        db.create(make_meeting("Họp chi bộ tháng 4"))
    return path


def test_backup_writes_a_copy_and_names_it(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sao lưu.sqlite"
    assert main(["backup", "--db", str(filled), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "2" in captured.err and str(out) in captured.err
    with Database.open(out, create=False) as copy:
        assert sorted(m.title for m in copy.list()) == [
            "Họp chi bộ tháng 4",
            "Họp giao ban tháng 3",
        ]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("kind", ["folder", "missing folder"])
def test_backup_to_a_bad_target_exits_1_with_a_message(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    out = tmp_path if kind == "folder" else tmp_path / "none" / "b.sqlite"
    before = _sum(filled)
    assert main(["backup", "--db", str(filled), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "Traceback" not in err
    assert _sum(filled) == before or Database.open(filled).count() == 2


def test_backup_of_a_missing_database_does_not_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "none.sqlite"
    assert main(["backup", "--db", str(db), "--out", str(tmp_path / "b.sqlite")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not db.exists() and not (tmp_path / "b.sqlite").exists()


def test_backup_needs_out(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(filled)]) == 2


def test_restore_round_trip_keeps_the_current_database(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.sqlite"
    assert main(["backup", "--db", str(filled), "--out", str(saved)]) == 0
    with Database.open(filled) as db:
        db.create(make_meeting("Họp sau khi sao lưu"))
    capsys.readouterr()
    assert main(["restore", "--db", str(filled), str(saved)]) == 0
    err = capsys.readouterr().err
    assert "restored" in err and "kept" in err
    kept = list(backup_folder(filled).iterdir())
    assert len(kept) == 1 and kept[0].name.startswith("before-restore-")
    with Database.open(filled) as db:
        assert db.count() == 2
    with Database.open(kept[0], create=False) as old:
        assert old.count() == 3


def test_restore_refuses_another_programs_file(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "contacts.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before, other_before = _sum(filled), _sum(other)
    assert main(["restore", "--db", str(filled), str(other)]) == 1
    err = capsys.readouterr().err
    assert str(other) in err and "another program" in err and "Traceback" not in err
    assert _sum(filled) == before and _sum(other) == other_before
    assert not backup_folder(filled).exists()


def test_restore_refuses_a_text_file(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("biên bản", encoding="utf-8")
    before = _sum(filled)
    assert main(["restore", "--db", str(filled), str(text)]) == 1
    assert "not an SQLite file" in capsys.readouterr().err
    assert _sum(filled) == before


def test_restore_into_a_new_path(tmp_path: Path, filled: Path) -> None:
    fresh = tmp_path / "new.sqlite"
    shutil.copy(filled, tmp_path / "copy.sqlite")
    assert main(["restore", "--db", str(fresh), str(tmp_path / "copy.sqlite")]) == 0
    with Database.open(fresh, create=False) as db:
        assert db.count() == 2


def test_backup_keep_is_stored_in_the_database_and_used(tmp_path: Path) -> None:
    import datetime as dt

    from minutes_app.domain import interchange
    from minutes_app.store import Database
    from minutes_app.store.backup import ensure_daily_backup, keep_setting, list_backups

    db_path = tmp_path / "m.sqlite"
    seed = Path(__file__).resolve().parent.parent / "fixtures" / "seed-meeting.json"
    with Database.open(db_path) as db:
        db.create(interchange.parse(seed.read_bytes()).meeting)
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(db_path), "backup", "--keep", "2"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with Database.open(db_path) as db:
        assert keep_setting(db) == 2
        for day in range(1, 5):
            ensure_daily_backup(db, today=dt.date(2026, 11, day))
        daily = [b for b in list_backups(db_path) if b.kind == "daily"]
    assert len(daily) == 2


def test_backup_needs_out_or_keep(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(tmp_path / "m.sqlite"), "backup"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 2 and "--keep" in result.stderr
