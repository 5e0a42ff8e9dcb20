"""Opening databases: PRAGMAs, first use, and bad files refused clearly and left untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.store import (
    APPLICATION_ID,
    Database,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotADatabase,
    StoreError,
    latest_version,
)
from minutes_app.store import connection as connection_module
from tests.store.conftest import FIXTURE_DB, make_meeting, sha256


def test_fresh_database_has_wal_foreign_keys_timeout_and_our_id(db: Database) -> None:
    conn = db._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.schema_version == latest_version() >= 1
    assert db.backup_path is None


def test_reopening_keeps_data_and_makes_no_backup(db_path: Path) -> None:
    with Database.open(db_path) as db:
        meeting_id = db.create(make_meeting()).id
    with Database.open(db_path) as db:
        assert db.get(meeting_id).meeting.title == "Họp giao ban tháng 3"
        assert db.backup_path is None
    assert not list(db_path.parent.glob("*.bak-*"))


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Database.open(path) as db:
        assert db.schema_version == latest_version()


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        Database.open(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()


def test_default_path_folder_is_made_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "minutes-app" / "minutes.sqlite"
    monkeypatch.setattr(connection_module, "default_db_path", lambda: default)
    with Database.open(default) as db:
        assert db.count() == 0
    assert default.is_file()


def test_default_db_path_is_in_user_data_folder() -> None:
    path = connection_module.default_db_path()
    assert path.name == "minutes.sqlite"
    assert "minutes-app" in str(path)


# -- bad files -----------------------------------------------------------------


def _text_file(path: Path) -> Path:
    path.write_text("Biên bản họp: đây không phải cơ sở dữ liệu\n", encoding="utf-8")
    return path


def _truncated(path: Path) -> Path:
    data = (FIXTURE_DB / "v1.sqlite").read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return path


def _header_only(path: Path) -> Path:
    path.write_bytes((FIXTURE_DB / "v1.sqlite").read_bytes()[:60])
    return path


def _damaged_schema(path: Path) -> Path:
    data = bytearray((FIXTURE_DB / "v1.sqlite").read_bytes())
    data[100:400] = b"\xa5" * 300  # our header, but page 1's b-tree is garbage
    path.write_bytes(bytes(data))
    return path


def _other_program(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('An', '0912')")
    conn.commit()
    conn.close()
    return path


def _other_program_with_id(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1598903374")  # 'Fsl\N' – someone else's id
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def _too_new(path: Path) -> Path:
    shutil.copy(FIXTURE_DB / "v1.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], type[StoreError], str]] = {
    "text file": (_text_file, NotADatabase, "not an SQLite file"),
    "truncated": (_truncated, NotADatabase, "truncated"),
    "header only": (_header_only, NotADatabase, "truncated"),
    "damaged": (_damaged_schema, NotADatabase, "damaged"),
    "another program": (_other_program, NotADatabase, "another program"),
    "another program's id": (_other_program_with_id, NotADatabase, "another program"),
    "newer schema": (_too_new, DatabaseTooNew, "newer than this application"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_refused_clearly_and_left_untouched(tmp_path: Path, kind: str) -> None:
    make, error, english = BAD_FILES[kind]
    path = make(tmp_path / "minutes.sqlite")
    before = sha256(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as info:
        Database.open(path)
    exc = info.value
    assert english in exc.message_en
    assert exc.message_vi and exc.message_vi != exc.message_en
    assert str(path) in str(exc)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no -wal, -shm, backup


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(DatabaseUnavailable) as info:
        Database.open(folder)
    assert "folder" in info.value.message_en and "thư mục" in info.value.message_vi
    assert list(folder.iterdir()) == []


def test_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "minutes.sqlite"
    with pytest.raises(DatabaseUnavailable) as info:
        Database.open(path)
    assert "does not exist" in info.value.message_en
    assert not path.parent.exists()


def test_read_only_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    shutil.copy(FIXTURE_DB / "v1.sqlite", path)
    before = sha256(path)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(DatabaseUnavailable) as info:
            Database.open(path)
        assert "read-only" in info.value.message_en
        assert "chỉ cho phép đọc" in info.value.message_vi
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.sqlite"]


def test_database_newer_than_app_is_refused_after_open_too(tmp_path: Path) -> None:
    # A file whose header claims our id but whose schema is newer must not be migrated "down".
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db._conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    before = sha256(path)
    with pytest.raises(DatabaseTooNew) as info:
        Database.open(path)
    assert f"version {latest_version() + 5}" in info.value.message_en
    assert sha256(path) == before


def test_a_writer_on_an_old_database_is_waited_for_not_refused(tmp_path: Path) -> None:
    """Four programs opening one pre-WAL database at once: one may hold the write lock while
    another switches the file to WAL. SQLite answers that switch "locked" at once, without
    its busy wait (the switch would otherwise deadlock): the open waits and tries again.
    """
    import threading

    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_DB / "v3.sqlite", path)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    released = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    released.start()
    try:
        with Database.open(path) as db:
            assert db.count() == 2
    finally:
        released.join()
        other.close()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
