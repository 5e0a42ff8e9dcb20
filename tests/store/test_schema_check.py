"""A file's schema must be the one the migrations make (review F5, F13, U1), on open and restore.

Crafted "backups" carry a trojan trigger, a VIEW named revisions, extra tables, views or indexes,
or our application id over a foreign schema; each is refused with a message naming what is
wrong, and the file is left byte for byte as it was (its header included: no switch to WAL).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.store import APPLICATION_ID, Database, NotADatabase
from minutes_app.store.backup import backup_folder, backup_to, check_backup_file, restore
from tests.store.conftest import make_meeting, sha256

REPO = Path(__file__).resolve().parents[2]


def _good_copy(tmp_path: Path) -> Path:
    """Return a real backup of a database holding one submitted meeting."""
    live = tmp_path / "live.sqlite"
    with Database.open(live) as db:
        meeting_id = db.create(make_meeting()).id
        db.review.submit(meeting_id, "Lê Thị Hoa")
        out = tmp_path / "crafted.sqlite"
        backup_to(db, out)
    return out


def _edit(path: Path, *sql: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def trojan_trigger(path: Path) -> Path:
    """The report's craft_trojan.py: rewrite every approval as it is frozen."""
    return _edit(
        path,
        "CREATE TRIGGER trojan AFTER INSERT ON revisions BEGIN "
        "UPDATE meetings SET title = 'ĐÃ SỬA' WHERE id = NEW.meeting_id; END",
    )


def trojan_calling_our_function(path: Path) -> Path:
    return _edit(
        path,
        "CREATE TRIGGER rehash AFTER INSERT ON audit_log BEGIN "
        "SELECT minutes_sha256(NEW.actor); END",
    )


def view_named_revisions(path: Path) -> Path:
    return _edit(
        path,
        "DROP TRIGGER revisions_are_frozen",
        "DROP TRIGGER revisions_are_kept",
        "DROP TRIGGER revisions_follow_their_approval",
        "ALTER TABLE revisions RENAME TO revisions_hidden",
        "CREATE VIEW revisions AS SELECT * FROM revisions_hidden WHERE 0",
    )


def extra_table(path: Path) -> Path:
    return _edit(path, "CREATE TABLE notes (x TEXT)")


def extra_view(path: Path) -> Path:
    return _edit(path, "CREATE VIEW v AS SELECT id FROM meetings")


def extra_index(path: Path) -> Path:
    return _edit(path, "CREATE INDEX meetings_by_title ON meetings (title)")


def missing_trigger(path: Path) -> Path:
    return _edit(path, "DROP TRIGGER audit_log_is_kept")


def changed_trigger(path: Path) -> Path:
    return _edit(
        path,
        "DROP TRIGGER audit_log_is_kept",
        "CREATE TRIGGER audit_log_is_kept BEFORE DELETE ON audit_log WHEN 0 "
        "BEGIN SELECT RAISE(ABORT, 'x'); END",
    )


def our_id_foreign_schema(path: Path) -> Path:
    """U1: the right application id and version, a meetings table, nothing else of ours."""
    path.unlink()
    return _edit(
        path,
        f"PRAGMA application_id = {APPLICATION_ID}",
        "PRAGMA user_version = 1",
        "CREATE TABLE meetings (id INTEGER PRIMARY KEY, title TEXT)",
        "INSERT INTO meetings VALUES (1, 'x')",
    )


CRAFTED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "trojan trigger": (trojan_trigger, "trigger trojan"),
    "trigger calling minutes_sha256": (trojan_calling_our_function, "trigger rehash"),
    "a VIEW named revisions": (view_named_revisions, "view revisions"),
    "extra table": (extra_table, "table notes"),
    "extra view": (extra_view, "view v"),
    "extra index": (extra_index, "index meetings_by_title"),
    "missing trigger": (missing_trigger, "trigger audit_log_is_kept"),
    "changed trigger": (changed_trigger, "trigger audit_log_is_kept"),
    "our id, foreign schema": (our_id_foreign_schema, "table meetings"),
}


@pytest.mark.parametrize("kind", list(CRAFTED))
def test_opening_a_crafted_file_is_refused_and_changes_no_byte(tmp_path: Path, kind: str) -> None:
    craft, named = CRAFTED[kind]
    path = craft(_good_copy(tmp_path))
    header = path.read_bytes()[:100]
    before = sha256(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotADatabase) as info:
        Database.open(path)
    assert named in info.value.message_en and named in info.value.message_vi
    assert "left untouched" in info.value.message_en
    assert sha256(path) == before and path.read_bytes()[:100] == header
    assert header[18:20] == b"\x01\x01"  # still a rollback-journal file: never switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


@pytest.mark.parametrize("kind", list(CRAFTED))
def test_restoring_a_crafted_file_is_refused_and_changes_nothing(tmp_path: Path, kind: str) -> None:
    craft, named = CRAFTED[kind]
    source = craft(_good_copy(tmp_path))
    target = tmp_path / "minutes.sqlite"
    with Database.open(target) as db:
        db.create(make_meeting("Họp hiện tại"))
    before, source_before = sha256(target), sha256(source)
    with pytest.raises(NotADatabase, match=named):
        check_backup_file(source)
    with pytest.raises(NotADatabase, match=named):
        restore(target, source)
    assert sha256(target) == before and sha256(source) == source_before
    assert not backup_folder(target).exists()


def test_schema_objects_cannot_call_application_functions(db: Database) -> None:
    assert db._conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    with pytest.raises(sqlite3.OperationalError):
        db._conn.execute("SELECT minutes_sha256('x')")
    # Even a trigger that got into the file could not call it (schema objects are not trusted).
    db._conn.execute("CREATE TEMP TABLE t (x)")
    db._conn.execute(
        "CREATE TEMP TRIGGER t_hash AFTER INSERT ON t BEGIN SELECT minutes_sha256(NEW.x); END"
    )
    with pytest.raises(sqlite3.OperationalError):
        db._conn.execute("INSERT INTO t VALUES ('x')")


def test_the_command_line_refuses_a_crafted_file_too(tmp_path: Path) -> None:
    path = trojan_trigger(_good_copy(tmp_path))
    before = sha256(path)
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(path), "list"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1 and "trigger trojan" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha256(path) == before


def test_a_database_of_every_version_still_opens(tmp_path: Path) -> None:
    import shutil

    from tests.store.conftest import FIXTURE_DB

    for fixture in sorted(FIXTURE_DB.glob("v*.sqlite")):
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        with Database.open(path) as db:
            assert db.count() == 2
