"""The one file writer: atomic for regular files, in place for pipes and devices, guarded targets."""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from minutes_app.domain import files
from minutes_app.domain.files import FileReadError, FileWriteError, Protected, write_file

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_file_gets_0644_less_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        target = write_file(tmp_path / "a.json", b"{}")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"{}"
    assert _mode(target) == 0o644 & ~umask
    assert sorted(os.listdir(tmp_path)) == ["a.json"]


def test_replacing_keeps_the_old_file_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError) as info:
        write_file(target, b"new")
    assert "disk is full" in info.value.message_en and "đầy" in info.value.message_vi
    assert str(target) in info.value.message_vi and info.value.path == target
    assert target.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["a.pdf"]


def test_a_very_long_name_still_gets_a_temporary_file(tmp_path: Path) -> None:
    name = "đ" * 120 + ".pdf"  # 244 bytes: a temp name with a prefix and suffix would not fit
    assert write_file(tmp_path / name, b"x").read_bytes() == b"x"


def test_folder_and_missing_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="folder"):
        write_file(tmp_path, b"x")
    with pytest.raises(FileWriteError) as info:
        write_file(tmp_path / "nope" / "a.pdf", b"x")
    assert "nope" in info.value.message_vi


def test_a_fifo_is_written_in_place_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_file(fifo, b"%PDF-1.4 streamed")
    reader.join(10)
    assert received, "nothing came through the pipe"
    assert received == [b"%PDF-1.4 streamed"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["pipe"]


@pytest.mark.skipif(not IS_ROOT, reason="making a device node needs root")
def test_a_device_node_is_written_in_place_and_never_replaced(tmp_path: Path) -> None:
    null = tmp_path / "fakenull"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    write_file(null, b"x" * 10_000)
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert os.lstat(null).st_rdev == os.makedev(1, 3)


def test_a_descriptor_link_writes_to_that_descriptor(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    try:
        link = tmp_path / "out.pdf"
        link.symlink_to(f"/proc/self/fd/{write_end}")
        assert files.own_descriptor(link) == write_end
        write_file(link, b"through the link")
        os.close(write_end)
        write_end = -1
        assert os.read(read_end, 100) == b"through the link"
        assert link.is_symlink()
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def test_dev_stdout_is_descriptor_1() -> None:
    if not os.path.exists("/dev/stdout"):
        pytest.skip("no /dev/stdout")
    assert files.own_descriptor("/dev/stdout") == 1
    assert files.own_descriptor("/dev/fd/2") == 2
    assert files.own_descriptor("/tmp/x.pdf") is None
    assert files.own_descriptor("/proc/1/fd/1") is None or os.getpid() == 1


def test_a_descriptor_opened_for_appending_keeps_its_earlier_content(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_bytes(b"earlier\n")
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        write_file(f"/proc/self/fd/{fd}", b"appended\n")
    finally:
        os.close(fd)
    assert log.read_bytes() == b"earlier\nappended\n"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(FileWriteError, match="socket"):
            write_file(path, b"x")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        server.close()


def _guard(tmp_path: Path) -> tuple[Protected, Path]:
    db = tmp_path / "m.sqlite"
    db.write_bytes(b"SQLite format 3\0")
    backups = tmp_path / "m.sqlite.backups"
    backups.mkdir()
    (backups / "daily-20260101.sqlite").write_bytes(b"backup")
    guard = Protected(
        files=(
            (db, "cơ sở dữ liệu", "the database"),
            (Path(f"{db}-wal"), "tệp -wal", "its -wal file"),
        ),
        folders=((backups, "bản sao lưu", "a backup"),),
    )
    return guard, db


def test_protected_files_under_every_name(tmp_path: Path) -> None:
    guard, db = _guard(tmp_path)
    hard = tmp_path / "hard.pdf"
    os.link(db, hard)
    soft = tmp_path / "soft.pdf"
    soft.symlink_to(db)
    hard_backup = tmp_path / "copy.pdf"
    os.link(tmp_path / "m.sqlite.backups" / "daily-20260101.sqlite", hard_backup)
    for name in (
        db,
        hard,
        soft,
        Path(f"{db}-wal"),
        hard_backup,
        tmp_path / "m.sqlite.backups" / "new.pdf",
        tmp_path / "." / "m.sqlite",
    ):
        with pytest.raises(FileWriteError) as info:
            write_file(name, b"%PDF", protected=guard)
        assert "nothing was changed" in info.value.message_en, name
    assert db.read_bytes() == b"SQLite format 3\0"
    assert not Path(f"{db}-wal").exists()
    assert write_file(tmp_path / "other.pdf", b"%PDF", protected=guard).exists()


def test_read_limited_stops_at_the_cap_and_says_it(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as info:
        files.read_limited("/dev/zero", 1 << 20)
    assert "/dev/zero" in str(info.value) and "1 MB" in str(info.value)
    small = tmp_path / "a.json"
    small.write_bytes(b"x" * 100)
    assert files.read_limited(small, 100) == b"x" * 100
    with pytest.raises(FileReadError, match="too large"):
        files.read_limited(small, 99)
    with pytest.raises(FileReadError, match="folder"):
        files.read_limited(tmp_path, 99)
    with pytest.raises(FileReadError, match="not found"):
        files.read_limited(tmp_path / "missing.json", 99)


def test_replacing_gives_a_path_and_renames_it(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.replacing(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"old" and sorted(os.listdir(tmp_path)) == ["copy.sqlite"]
    with files.replacing(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"new" and sorted(os.listdir(tmp_path)) == ["copy.sqlite"]


def test_replacing_a_private_file_gives_it_to_its_owner_alone(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    with files.replacing(target, private=True) as temp:
        assert temp.exists() and temp.stat().st_size == 0  # created before the block writes
        with temp.open("r+b") as handle:
            handle.write(b"data")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_bytes() == b"data"
