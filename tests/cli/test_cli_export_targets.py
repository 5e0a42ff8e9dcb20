"""Where `export --out` may write: never over the database or its backups (F1); pipes, devices
and standard output are written in place (F2); JSON files get the same mode as DOCX/PDF (U5)."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

REPO = Path(__file__).resolve().parent.parent.parent
FORMATS = ["json", "docx", "pdf"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(
    *args: str | Path, db: Path, umask: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m minutes_app --db DB ARGS``; stdout stays bytes (PDF and DOCX go there)."""
    command = [sys.executable, "-m", "minutes_app", "--db", str(db), *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    preexec = (lambda: os.umask(umask)) if umask is not None else None  # noqa: PLW0108
    result = subprocess.run(
        command, capture_output=True, env=env, cwd=REPO, timeout=120, preexec_fn=preexec
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


@pytest.fixture
def db(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "f1.sqlite"
    assert run("import", seed_path, db=path).returncode == 0
    return path


def _listed(db: Path) -> bytes:
    result = run("list", "--json", db=db)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def _check_document(fmt: str, data: bytes) -> None:
    if fmt == "json":
        assert json.loads(data)["format"] == "minutes-app.meeting"
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert "Đánh giá kết quả công tác tháng 2 năm 2020" in text
    else:
        pages = pypdf.PdfReader(io.BytesIO(data)).pages
        assert "HỘI NGHỊ" in (pages[0].extract_text() or "").upper()


# -- F1: the database and its files are never an export target ------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_the_database_under_any_name_is_refused(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    listing = _listed(db)
    backups = tmp_path / "f1.sqlite.backups"
    backups.mkdir()
    backup = backups / "daily-20260101.sqlite"
    shutil.copyfile(db, backup)
    hard = tmp_path / f"hard.{fmt}"
    os.link(db, hard)
    soft = tmp_path / f"soft.{fmt}"
    soft.symlink_to(db.name)
    hard_backup = tmp_path / f"old-copy.{fmt}"
    os.link(backup, hard_backup)
    before = {p: p.read_bytes() for p in (db, backup)}
    targets = [
        db,
        Path(f"{db}-wal"),
        Path(f"{db}-shm"),
        hard,
        soft,
        backup,
        hard_backup,
        backups / f"new.{fmt}",
        tmp_path / "." / db.name,
    ]
    for target in targets:
        result = run("export", "1", "--format", fmt, "--out", target, db=db)
        err = result.stderr.decode()
        assert result.returncode == 1, (target, err)
        assert "nothing was changed" in err and "không có gì thay đổi" in err, err
    assert {p: p.read_bytes() for p in (db, backup)} == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").read_bytes()[:4] != b"%PDF"
    assert not (backups / f"new.{fmt}").exists()
    assert soft.is_symlink() and os.path.samefile(hard, db)
    assert _listed(db) == listing


def test_batch_export_into_the_backup_folder_is_refused(db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "f1.sqlite.backups"
    result = run("export", "--all", "--format", "json", "--out-dir", backups, db=db)
    assert result.returncode == 1
    assert "backup folder" in result.stderr.decode()
    assert not backups.exists() or list(backups.iterdir()) == []


# -- F2: pipes, devices and standard output ------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fifo_receives_the_export_and_stays_a_fifo(db: Path, tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("export", "1", "--format", fmt, "--out", fifo, db=db)
    reader.join(60)
    assert received, "nothing came through the pipe"
    assert result.returncode == 0, result.stderr.decode()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    _check_document(fmt, received[0])
    assert sorted(os.listdir(tmp_path)) == sorted(["pipe", "f1.sqlite", *_db_side_files(tmp_path)])


def _db_side_files(folder: Path) -> list[str]:
    return [
        p.name for p in folder.iterdir() if p.name.startswith("f1.sqlite") and p.name != "f1.sqlite"
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("target", ["-", "/dev/stdout"])
def test_standard_output_takes_every_format(db: Path, fmt: str, target: str) -> None:
    if target == "/dev/stdout" and not os.path.exists(target):
        pytest.skip("no /dev/stdout here")
    link_before = os.readlink("/dev/stdout") if os.path.islink("/dev/stdout") else None
    result = run("export", "1", "--format", fmt, "--out", target, db=db)
    assert result.returncode == 0, result.stderr.decode()
    _check_document(fmt, result.stdout)
    if link_before is not None:  # as root, main replaced the /dev/stdout link with a file
        assert os.path.islink("/dev/stdout") and os.readlink("/dev/stdout") == link_before


def test_dev_stdout_appends_to_a_file_opened_for_appending(db: Path, tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_bytes(b"earlier line\n")
    command = [
        sys.executable,
        "-m",
        "minutes_app",
        "--db",
        str(db),
        "export",
        "1",
        "--format",
        "json",
        "--out",
        "/dev/stdout",
    ]
    with open(log, "ab") as handle:
        done = subprocess.run(
            command,
            stdout=handle,
            stderr=subprocess.PIPE,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=120,
        )
    assert done.returncode == 0, done.stderr.decode()
    data = log.read_bytes()
    assert data.startswith(b"earlier line\n{")
    assert json.loads(data[len(b"earlier line\n") :])["format"] == "minutes-app.meeting"


def test_binary_formats_are_not_written_to_a_terminal(db: Path) -> None:
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        command = [
            sys.executable,
            "-m",
            "minutes_app",
            "--db",
            str(db),
            "export",
            "1",
            "--format",
            "pdf",
            "--out",
            "-",
        ]
        done = subprocess.run(
            command,
            stdout=follower,
            stderr=subprocess.PIPE,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=120,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2 and b"terminal" in done.stderr


@pytest.mark.skipif(not IS_ROOT, reason="making a device node needs root")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_device_node_is_written_in_place(db: Path, tmp_path: Path, fmt: str) -> None:
    null = tmp_path / "fakenull"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = run("export", "1", "--format", fmt, "--out", null, db=db)
    assert result.returncode == 0, result.stderr.decode()
    info = os.lstat(null)
    assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)


# -- U5: one file mode for every format ----------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_every_format_gets_0644_less_the_umask(db: Path, tmp_path: Path, umask: int) -> None:
    modes = {}
    for fmt in FORMATS:
        out = tmp_path / f"bb.{fmt}"
        assert run("export", "1", "--format", fmt, "--out", out, db=db, umask=umask).returncode == 0
        modes[fmt] = stat.S_IMODE(out.stat().st_mode)
    out_dir = tmp_path / "batch"
    assert (
        run(
            "export", "--all", "--format", "json", "--out-dir", out_dir, db=db, umask=umask
        ).returncode
        == 0
    )
    (batch_file,) = out_dir.iterdir()
    modes["batch json"] = stat.S_IMODE(batch_file.stat().st_mode)
    assert set(modes.values()) == {0o644 & ~umask}, modes


def test_docx_written_to_a_pipe_is_a_whole_archive(db: Path) -> None:
    result = run("export", "1", "--format", "docx", "--out", "-", db=db)
    assert result.returncode == 0
    assert zipfile.ZipFile(io.BytesIO(result.stdout)).testzip() is None


def test_our_own_descriptors_of_the_database_are_refused(db: Path) -> None:
    """/proc/self/fd/N is written in place, but never when N is the database or its -wal/-shm."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc here")
    before = db.read_bytes()
    refused = 0
    for fd in range(3, 10):
        result = run("export", "1", "--format", "pdf", "--out", f"/proc/self/fd/{fd}", db=db)
        err = result.stderr.decode()
        assert result.returncode == 1, (fd, err)
        refused += "nothing was changed" in err
    assert refused >= 1  # the database's own descriptor was among them
    assert db.read_bytes() == before
    assert json.loads(_listed(db))[0]["id"] == 1
