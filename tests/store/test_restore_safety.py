"""Restore and backup never lose data silently (review F6, F-RESTORE-OLD, U4, U5).

A copy with its ``-wal`` beside it is read whole; an older backup says which approvals and
numbers it would take back and needs ``force``; a killed backup's ``.part`` files are cleaned
up; a restore that runs out of space leaves nothing behind; the file keeps its permissions.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from minutes_app.store import Database, DatabaseUnavailable, RestoreWouldLoseApprovals
from minutes_app.store.backup import (
    backup_folder,
    backup_to,
    ensure_daily_backup,
    list_backups,
    restore,
)
from tests.store.conftest import make_meeting, sha256

REPO = Path(__file__).resolve().parents[2]
SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"


def _count(path: Path, *, immutable: bool = False) -> int:
    uri = path.absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM meetings").fetchone()[0])
    finally:
        conn.close()


def _python(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# -- F6: a copy taken with its -wal -------------------------------------------------------------


def test_a_copy_with_its_wal_is_restored_whole(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    with Database.open(live) as db:
        db.create(make_meeting("Họp 1"))
        db._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.create(make_meeting("Họp 2"))
        db.create(make_meeting("Họp 3"))
        # Copied while the app has it open: the last two meetings live only in the -wal.
        shutil.copyfile(live, usb / "copy.sqlite")
        shutil.copyfile(f"{live}-wal", usb / "copy.sqlite-wal")
    copy = usb / "copy.sqlite"
    assert _count(copy, immutable=True) == 1  # what the old restore read
    sums = (sha256(copy), sha256(Path(f"{copy}-wal")))
    target = tmp_path / "target.sqlite"
    with Database.open(target) as db:
        db.create(make_meeting("Họp cũ"))
    restore(target, copy)
    with Database.open(target) as db:
        assert sorted(m.title for m in db.list()) == ["Họp 1", "Họp 2", "Họp 3"]
    # The copy and its -wal are read, never changed, and nothing is left beside them.
    assert (sha256(copy), sha256(Path(f"{copy}-wal"))) == sums
    assert sorted(p.name for p in usb.iterdir()) == ["copy.sqlite", "copy.sqlite-wal"]


def test_the_command_line_restores_the_pair_and_says_so(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    with Database.open(live) as db:
        db._conn.execute("PRAGMA wal_autocheckpoint = 0")
        for n in range(3):
            db.create(make_meeting(f"Họp {n}"))
        shutil.copyfile(live, tmp_path / "copy.sqlite")
        shutil.copyfile(f"{live}-wal", tmp_path / "copy.sqlite-wal")
    target = tmp_path / "target.sqlite"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "minutes_app",
            "--db",
            str(target),
            "restore",
            str(tmp_path / "copy.sqlite"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _count(target) == 3


# -- F-RESTORE-OLD: an older backup takes back approvals and numbers -------------------------


def _approve(db: Database, title: str) -> str:
    meeting_id = db.create(make_meeting(title, number="")).id
    db.review.submit(meeting_id, SECRETARY)
    return db.review.approve(meeting_id, CHAIR).number_assigned or ""


def test_restoring_an_older_backup_names_what_it_loses_and_needs_force(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    old = tmp_path / "old.sqlite"
    with Database.open(path) as db:
        assert _approve(db, "Họp A") == "01"
        backup_to(db, old)
        assert _approve(db, "Họp B") == "02"
        assert _approve(db, "Họp C") == "03"
    before = sha256(path)
    with pytest.raises(RestoreWouldLoseApprovals) as info:
        restore(path, old)
    loss = info.value
    assert loss.approvals == 2 and [n[:2] for n in loss.numbers] == ["02", "03"]
    assert "2 lần duyệt" in loss.message_vi and "02 (UBND, năm 2026)" in loss.message_vi
    assert "--force" in loss.message_en
    assert sha256(path) == before and not backup_folder(path).exists()
    restore(path, old, force=True)
    with Database.open(path) as db:
        assert [m.title for m in db.list()] == ["Họp A"]


def test_the_command_line_needs_force_for_an_older_backup(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    old = tmp_path / "old.sqlite"
    with Database.open(path) as db:
        backup_to(db, old)
        _approve(db, "Họp A")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "minutes_app", "--db", str(path), "restore", str(old), *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )

    refused = cli()
    assert refused.returncode == 1 and "1 lần duyệt" in refused.stderr
    assert "01 (UBND" in refused.stderr and "--force" in refused.stderr
    assert cli("--force").returncode == 0
    assert _count(path) == 0


# -- U4: leftovers of a killed backup; a full disk --------------------------------------------

_STALLED_BACKUP = """
    import sys, time
    from pathlib import Path
    from minutes_app.store import Database, backup as backup_module

    def stall(fd):
        print("copied", flush=True)
        time.sleep(600)

    db = Database.open(sys.argv[1])
    backup_module.os.fsync = stall
    if sys.argv[2] == "daily":
        import datetime as dt
        backup_module.ensure_daily_backup(db, today=dt.date(2026, 3, 1))
    else:
        backup_module.backup_to(db, Path(sys.argv[2]))
"""


def _killed_backup(db_path: Path, target: str) -> list[str]:
    proc = _python(_STALLED_BACKUP, str(db_path), target)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "copied"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return [str(proc.pid)]


def test_a_killed_backup_leaves_parts_that_the_next_backup_removes(tmp_path: Path) -> None:
    db_path = tmp_path / "minutes.sqlite"
    with Database.open(db_path) as db:
        db.create(make_meeting())
    out = tmp_path / "out"
    out.mkdir()
    (pid,) = _killed_backup(db_path, str(out / "b.sqlite"))
    parts = sorted(p.name for p in out.iterdir())
    assert parts and all(".part" in name and pid in name for name in parts)
    with Database.open(db_path) as db:
        backup_to(db, out / "b.sqlite")
    assert sorted(p.name for p in out.iterdir()) == ["b.sqlite"]


def test_a_killed_daily_backup_is_cleaned_up_at_the_next_start(tmp_path: Path) -> None:
    import datetime as dt

    db_path = tmp_path / "minutes.sqlite"
    with Database.open(db_path) as db:
        db.create(make_meeting())
    _killed_backup(db_path, "daily")
    folder = backup_folder(db_path)
    assert any(".part" in p.name for p in folder.iterdir())
    assert list_backups(db_path) == []
    with Database.open(db_path) as db:
        ensure_daily_backup(db, today=dt.date(2026, 3, 2))
    assert sorted(p.name for p in folder.iterdir()) == ["daily-20260302.sqlite"]


def test_the_part_file_of_a_running_backup_is_left_alone(tmp_path: Path) -> None:
    sleeper = _python("import time; time.sleep(60)")
    try:
        running = tmp_path / f".b.sqlite.{sleeper.pid}-abcdefgh.part"
        running.write_bytes(b"x")
        with Database.open(tmp_path / "minutes.sqlite") as db:
            backup_to(db, tmp_path / "b.sqlite")
        assert running.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


_SMALL_DISK_RESTORE = """
    import resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from minutes_app.cli import main
    sys.exit(main(["--db", sys.argv[1], "restore", sys.argv[2]]))
"""


def test_a_restore_without_space_for_the_kept_copy_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        for n in range(40):
            db.create(make_meeting(f"Họp {n}", content="Nội dung dài. " * 400))
    small = tmp_path / "small.sqlite"
    with Database.open(small) as db:
        db.create(make_meeting("Họp nhỏ"))
    size = path.stat().st_size
    assert size > 400_000
    before = sha256(path)
    proc = _python(_SMALL_DISK_RESTORE, str(path), str(small), str(size // 2))
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "nothing was restored" in err and "Traceback" not in err
    assert sha256(path) == before
    folder = backup_folder(path)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert list_backups(path) == []


# -- U5: the database keeps its permissions -----------------------------------------------------


@pytest.mark.parametrize("mode", [0o644, 0o660, 0o600])
def test_restore_keeps_the_database_file_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        saved = tmp_path / "saved.sqlite"
        db.create(make_meeting())
        backup_to(db, saved)
        db.create(make_meeting("Họp sau"))
    os.chmod(path, mode)
    restore(path, saved)
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_a_restore_under_an_open_database_is_refused_before_anything(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting())
        saved = tmp_path / "saved.sqlite"
        backup_to(db, saved)
        with pytest.raises(DatabaseUnavailable, match="open in another program"):
            restore(path, saved)
    assert not backup_folder(path).exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_restore_by_root_keeps_the_owner_of_a_shared_database(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        saved = tmp_path / "saved.sqlite"
        db.create(make_meeting())
        backup_to(db, saved)
    os.chown(path, 65534, 65534)
    os.chmod(path, 0o664)
    restore(path, saved)
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o664)


def _approved(db: Database) -> int:
    meeting_id = db.create(make_meeting("Họp A", number="")).id
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    return meeting_id


def test_restoring_an_older_backup_names_the_derived_documents_it_loses(tmp_path: Path) -> None:
    """A notice numbered in its register, or an extract made, after the backup: both are named."""
    from minutes_app.domain.derived import DerivedKind
    from minutes_app.services import derived

    path = tmp_path / "minutes.sqlite"
    old = tmp_path / "old.sqlite"
    with Database.open(path) as db:
        meeting_id = _approved(db)
        kept = derived.derive_document(db, meeting_id, DerivedKind.THONG_BAO)
        backup_to(db, old)
        notice = derived.derive_document(db, meeting_id, DerivedKind.THONG_BAO)
        extract = derived.derive_document(db, meeting_id, DerivedKind.TRICH_BIEN_BAN, items=[1])
    assert (kept.document.number, notice.document.number) == ("01", "02")
    before = sha256(path)
    with pytest.raises(RestoreWouldLoseApprovals) as info:
        restore(path, old)
    loss = info.value
    assert loss.approvals == 0 and loss.numbers == []
    assert loss.documents == [
        "Thông báo kết luận 02 (UBND XÃ THƯỢNG KIỆM, năm 2026)",
        f"Trích biên bản d{extract.id}",
    ]
    assert "2 văn bản lập từ biên bản" in loss.message_vi
    assert "Thông báo kết luận 02 (UBND XÃ THƯỢNG KIỆM, năm 2026)" in loss.message_vi
    assert "lần duyệt" not in loss.message_vi
    assert "2 derived documents" in loss.message_en and "--force" in loss.message_en
    assert sha256(path) == before
    restore(path, old, force=True)
    with Database.open(path) as db:
        assert [r.id for r in derived.list_documents(db)] == [kept.id]


def test_a_backup_holding_the_same_derived_documents_restores_without_a_question(
    tmp_path: Path,
) -> None:
    from minutes_app.domain.derived import DerivedKind
    from minutes_app.services import derived

    path = tmp_path / "minutes.sqlite"
    same = tmp_path / "same.sqlite"
    with Database.open(path) as db:
        meeting_id = _approved(db)
        derived.derive_document(db, meeting_id, DerivedKind.THONG_BAO)
        backup_to(db, same)
    restore(path, same)  # nothing lost: no RestoreWouldLoseApprovals
