"""Backups: before migrations, once a day kept N deep, online copies, and checked restores."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from minutes_app.store import (
    Database,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotADatabase,
    latest_version,
)
from minutes_app.store import backup as backup_module
from minutes_app.store.backup import (
    DEFAULT_KEEP,
    backup_folder,
    backup_to,
    check_backup_file,
    ensure_daily_backup,
    list_backups,
    restore,
)
from minutes_app.store.schema import Migration, bundled_migrations
from tests.store.conftest import FIXTURE_DB, make_meeting, sha256


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM meetings ORDER BY id")]
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


# -- before a migration ----------------------------------------------------------------------


def test_every_migration_is_preceded_by_a_backup_listed_as_such(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting("Họp trước khi nâng cấp"))
    steps = bundled_migrations()
    nxt = latest_version() + 1
    extra = Migration(nxt, f"{nxt:04d}_test.sql", "CREATE TABLE extra (x TEXT);")
    with Database.open(path, migrations=[*steps, extra]) as db:
        assert db.schema_version == nxt
        made = db.backup_path
    assert made is not None and made.parent == path.parent
    assert _titles(made) == ["Họp trước khi nâng cấp"]
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == nxt - 1
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'extra'").fetchall()
    finally:
        conn.close()
    kinds = {b.path: b.kind for b in list_backups(path)}
    assert kinds == {made: "before-migration"}


# -- online copy -------------------------------------------------------------------------------


def test_backup_to_is_a_consistent_standalone_copy_while_the_wal_holds_writes(
    db: Database, tmp_path: Path
) -> None:
    for n in range(5):
        db.create(make_meeting(f"Họp số {n}"))
    assert Path(f"{db.path}-wal").exists()  # the writes are still in the WAL
    out = tmp_path / "copy" / "saved.sqlite"
    out.parent.mkdir()
    assert backup_to(db, out) == out
    assert _titles(out) == [f"Họp số {n}" for n in range(5)]
    assert _integrity(out) == "ok"
    assert sorted(p.name for p in out.parent.iterdir()) == ["saved.sqlite"]  # no temp, no -wal
    with Database.open(out, create=False) as copy:
        assert copy.count() == 5
        assert copy.search("Họp số 3")


@pytest.mark.parametrize("kind", ["folder", "missing folder", "the database itself"])
def test_backup_to_bad_target_is_refused_and_leaves_nothing(
    db: Database, tmp_path: Path, kind: str
) -> None:
    db.create(make_meeting())
    target = {
        "folder": tmp_path,
        "missing folder": tmp_path / "nope" / "x.sqlite",
        "the database itself": db.path,
    }[kind]
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseUnavailable) as info:
        backup_to(db, target)
    assert str(target) in str(info.value)
    assert info.value.message_vi and info.value.message_en
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert db.count() == 1


def test_backup_to_failing_midway_leaves_no_partial_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.create(make_meeting())

    def full_disk(handle: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.os, "fsync", full_disk)
    out = tmp_path / "out" / "b.sqlite"
    out.parent.mkdir()
    with pytest.raises(DatabaseUnavailable, match="No space left"):
        backup_to(db, out)
    assert list(out.parent.iterdir()) == []


def test_every_copy_of_the_database_is_private_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting("Họp riêng"))
        out = tmp_path / "out" / "copy.sqlite"
        out.parent.mkdir()
        backup_to(db, out)
        daily = ensure_daily_backup(db)
    nxt = latest_version() + 1
    extra = Migration(nxt, f"{nxt:04d}_test.sql", "CREATE TABLE extra (x TEXT);")
    with Database.open(path, migrations=[*bundled_migrations(), extra]) as db:
        migrated = db.backup_path
    kept = restore(path, out)
    assert daily is not None and migrated is not None and kept is not None
    for copy in (out, daily, migrated, kept):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600, copy
        assert _titles(copy) == ["Họp riêng"]
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith((".part", "-journal"))]
    assert leftovers == []


# -- daily backups -------------------------------------------------------------------------------


def test_daily_backup_once_a_day_and_only_the_newest_n_are_kept(db: Database) -> None:
    db.create(make_meeting())
    start = dt.date(2026, 3, 1)
    made = []
    for n in range(6):
        day = start + dt.timedelta(days=n)
        first = ensure_daily_backup(db, keep=3, today=day)
        again = ensure_daily_backup(db, keep=3, today=day)
        assert first is not None and again is None  # only the first start of the day
        made.append(first)
    names = sorted(p.name for p in backup_folder(db.path).iterdir())
    assert names == ["daily-20260304.sqlite", "daily-20260305.sqlite", "daily-20260306.sqlite"]
    assert _titles(made[-1]) == ["Họp giao ban tháng 3"]


def test_daily_backup_default_keep_and_database_setting(db: Database) -> None:
    db.create(make_meeting())
    for n in range(DEFAULT_KEEP + 2):
        ensure_daily_backup(db, today=dt.date(2026, 1, 1) + dt.timedelta(days=n))
    assert len(list(backup_folder(db.path).iterdir())) == DEFAULT_KEEP
    # A schema with a settings table may say how many to keep.
    db._conn.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)")
    db._conn.execute("INSERT OR REPLACE INTO settings VALUES ('backup.keep', '2')")
    ensure_daily_backup(db, today=dt.date(2027, 1, 1))
    assert len(list(backup_folder(db.path).iterdir())) == 2


def test_daily_backup_skips_an_empty_database(db: Database) -> None:
    assert ensure_daily_backup(db, today=dt.date(2026, 1, 1)) is None
    assert not backup_folder(db.path).exists()


def test_daily_backup_keeps_other_kinds(db: Database) -> None:
    db.create(make_meeting())
    folder = backup_folder(db.path)
    folder.mkdir()
    keep_me = folder / "before-restore-20200101T000000Z.sqlite"
    backup_to(db, keep_me)
    for n in range(3):
        ensure_daily_backup(db, keep=1, today=dt.date(2026, 1, 1) + dt.timedelta(days=n))
    assert keep_me.exists()
    assert [b.kind for b in list_backups(db.path)].count("daily") == 1


# -- restore -----------------------------------------------------------------------------------


def _saved(db: Database, tmp_path: Path, *titles: str) -> Path:
    for title in titles:
        db.create(make_meeting(title))
    out = tmp_path / "saved.sqlite"
    backup_to(db, out)
    return out


def test_restore_replaces_the_database_and_keeps_the_current_one(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        saved = _saved(db, tmp_path, "Họp A")
        db.create(make_meeting("Họp B, sau bản sao lưu"))
    kept = restore(path, saved)
    assert kept is not None and kept.parent == backup_folder(path)
    assert _titles(kept) == ["Họp A", "Họp B, sau bản sao lưu"]
    assert not Path(f"{path}-wal").exists()
    with Database.open(path, create=False) as db:
        assert [m.title for m in db.list()] == ["Họp A"]
        assert len(db.search("hop a")) == 1
        assert not db.search("sau ban sao luu")
    assert [b.kind for b in list_backups(path)] == ["before-restore"]


def test_restore_into_a_damaged_database_keeps_its_bytes(tmp_path: Path) -> None:
    source_dir = tmp_path / "elsewhere"
    source_dir.mkdir()
    with Database.open(source_dir / "good.sqlite") as db:
        saved = _saved(db, source_dir, "Họp tốt")
    path = tmp_path / "minutes.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    damaged = sha256(path)
    kept = restore(path, saved)
    assert kept is not None and sha256(kept) == damaged
    assert _titles(path) == ["Họp tốt"]


def _too_new(path: Path) -> Path:
    shutil.copy(FIXTURE_DB / "v1.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()
    return path


def _other(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return path


def _text(path: Path) -> Path:
    path.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.touch()
    return path


def _truncated(path: Path) -> Path:
    data = (FIXTURE_DB / "v1.sqlite").read_bytes()
    path.write_bytes(data[: len(data) // 2 + 7])
    return path


BAD_SOURCES = {
    "too new": (_too_new, DatabaseTooNew),
    "another program": (_other, NotADatabase),
    "text": (_text, NotADatabase),
    "empty": (_empty, NotADatabase),
    "truncated": (_truncated, NotADatabase),
}


@pytest.mark.parametrize("kind", list(BAD_SOURCES))
def test_restore_refuses_a_bad_source_and_changes_nothing(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting())
    before = sha256(path)
    make, error = BAD_SOURCES[kind]
    source = make(tmp_path / "source.sqlite")
    source_sum = sha256(source)
    with pytest.raises(error) as info:
        restore(path, source)
    assert str(source) in str(info.value)
    assert sha256(path) == before
    assert sha256(source) == source_sum
    assert not backup_folder(path).exists()


def test_restore_refuses_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with pytest.raises(DatabaseUnavailable, match="folder"):
        restore(path, tmp_path)
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        restore(path, tmp_path / "none.sqlite")
    assert not path.exists()


def test_restore_refuses_while_the_database_is_open_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        saved = _saved(db, tmp_path, "Họp A")
        db.create(make_meeting("Họp B"))
        with pytest.raises(DatabaseUnavailable, match="open in another program"):
            restore(path, saved)
        assert [m.title for m in db.list()] == ["Họp B", "Họp A"] or db.count() == 2


def test_restore_an_older_version_migrates_on_next_open(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting("Họp hiện tại"))
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_DB / "v1.sqlite", old)
    assert check_backup_file(old) == 1
    restore(path, old)
    with Database.open(path) as db:
        assert db.schema_version == latest_version()
        assert db.count() >= 1


def test_check_backup_file_reads_only(tmp_path: Path) -> None:
    source = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURE_DB / "v1.sqlite", source)
    os.chmod(source, stat.S_IRUSR)
    before = sha256(source)
    try:
        assert check_backup_file(source) == 1
    finally:
        os.chmod(source, stat.S_IRUSR | stat.S_IWUSR)
    assert sha256(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.sqlite"]
