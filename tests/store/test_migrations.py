"""Schema migrations: from the fixture of each version, with a backup, one transaction each."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.store import Database, StoreError, latest_version
from minutes_app.store.schema import Migration, bundled_migrations
from tests.store.conftest import FIXTURE_DB

FIXTURE_VERSIONS = sorted(int(p.stem[1:]) for p in FIXTURE_DB.glob("v*.sqlite"))


def _copy_fixture(version: int, tmp_path: Path) -> Path:
    path = tmp_path / "minutes.sqlite"
    shutil.copy(FIXTURE_DB / f"v{version}.sqlite", path)
    return path


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_bundled_migrations_are_numbered_from_one() -> None:
    steps = bundled_migrations()
    assert [m.version for m in steps] == list(range(1, len(steps) + 1))
    assert all(m.name.endswith(".sql") and m.sql.strip() for m in steps)


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert FIXTURE_VERSIONS == list(range(1, latest_version() + 1))


@pytest.mark.parametrize("version", FIXTURE_VERSIONS)
def test_fixture_of_each_version_migrates_and_keeps_its_meetings(
    version: int, tmp_path: Path, seed_path: Path
) -> None:
    path = _copy_fixture(version, tmp_path)
    assert _user_version(path) == version
    with Database.open(path) as db:
        assert db.schema_version == latest_version()
        if version < latest_version():
            assert db.backup_path is not None and db.backup_path.exists()
        assert db.count() == 2
        seed = interchange.parse(seed_path.read_bytes()).meeting
        assert interchange.to_dict(db.get(1).meeting) == interchange.to_dict(seed)
        assert db.search("dong huong")[0].id == 2  # in the title: ranked first
        assert db.people("mai")[0].name == "Mai Văn Thanh"
        # the migrated file takes new writes
        record = db.update(1, db.get(1).meeting, expected_version=1)
        assert record.version == 2


def test_fixture_schema_matches_a_fresh_database(tmp_path: Path) -> None:
    """Guards the fixture against drift: v1 built from scratch has the same schema objects."""
    fresh = tmp_path / "fresh.sqlite"
    Database.open(fresh, migrations=bundled_migrations()[:1]).close()

    def schema(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
            ).fetchall()
        finally:
            conn.close()

    assert schema(FIXTURE_DB / "v1.sqlite") == schema(fresh)


def _with_step(sql: str) -> list[Migration]:
    steps = bundled_migrations()
    return [*steps, Migration(len(steps) + 1, f"{len(steps) + 1:04d}_test.sql", sql)]


def test_next_migration_backs_up_first_then_upgrades(tmp_path: Path) -> None:
    path = _copy_fixture(latest_version(), tmp_path)
    steps = _with_step("ALTER TABLE meetings ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';")
    with Database.open(path, migrations=steps) as db:
        assert db.schema_version == latest_version() + 1
        backup = db.backup_path
        columns = [r[1] for r in db._conn.execute("PRAGMA table_info(meetings)")]
        assert "reviewed_by" in columns
        assert db.count() == 2
    assert backup is not None
    assert backup.parent == path.parent
    assert backup.name.startswith(f"minutes.sqlite.bak-v{latest_version()}-")
    # the backup is the database as it was before the upgrade
    assert _user_version(backup) == latest_version()
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
    assert "reviewed_by" not in [r[1] for r in conn.execute("PRAGMA table_info(meetings)")]
    conn.close()


def test_failing_migration_rolls_back_as_one_transaction(tmp_path: Path) -> None:
    path = _copy_fixture(latest_version(), tmp_path)
    steps = _with_step(
        "CREATE TABLE half_done (x);\n"
        "INSERT INTO half_done VALUES (1);\n"
        "INSERT INTO no_such_table VALUES (1);\n"
    )
    with pytest.raises(StoreError) as info:
        Database.open(path, migrations=steps)
    assert f"version {latest_version() + 1}" in info.value.message_en
    assert "unchanged" in info.value.message_en
    assert _user_version(path) == latest_version()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "half_done" not in tables
    # and the app still opens the file with its own migrations
    with Database.open(path) as db:
        assert db.count() == 2


def test_new_database_needs_no_backup(tmp_path: Path) -> None:
    with Database.open(tmp_path / "minutes.sqlite") as db:
        assert db.backup_path is None
    assert [p.name for p in tmp_path.iterdir() if ".bak-" in p.name] == []
