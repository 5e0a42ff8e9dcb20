"""Export failures: full disk, unwritable folder, folder as target: clear message, no trace."""

from __future__ import annotations

import builtins
import errno
import io
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.cli import main
from minutes_app.domain.files import FileWriteError
from minutes_app.domain.model import Meeting
from minutes_app.services.export import export_meeting
from minutes_app.store import Database
from tests.store.conftest import sha256

FORMATS = ["pdf", "docx"]


@pytest.fixture
def stored(tmp_path: Path, seed_meeting: Meeting) -> tuple[Path, Meeting]:
    """Return a closed database holding the seed as meeting 1, and that meeting."""
    path = tmp_path / "db" / "minutes.sqlite"
    path.parent.mkdir()
    with Database.open(path) as db:
        meeting = db.create(seed_meeting).meeting
    return path, meeting


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class _FullDiskFile(io.RawIOBase):
    """A file that takes the first 4 KB, then fails as a full disk does."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        # Like a buffered file: what fits is written, then the whole call fails.
        chunk = bytes(data)
        room = max(0, 4096 - self.written)
        self.real.write(chunk[:room])
        self.real.flush()
        self.written += min(room, len(chunk))
        if len(chunk) > room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return len(chunk)

    def fileno(self) -> int:
        return int(self.real.fileno())

    def close(self) -> None:
        self.real.close()
        super().close()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every file opened for writing through os.fdopen/open fail after 4 KB with ENOSPC."""
    real_fdopen, real_open = os.fdopen, builtins.open

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kwargs)
        return _FullDiskFile(handle) if "w" in mode else handle

    def opener(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if "w" in mode and "b" in mode and str(file).endswith((".tmp", ".part")):
            return _FullDiskFile(handle)
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    monkeypatch.setattr(builtins, "open", opener)


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_disk_in_process(
    stored: tuple[Path, Meeting], tmp_path: Path, fmt: str, full_disk: None
) -> None:
    db_path, meeting = stored
    before = sha256(db_path)
    out = tmp_path / "out" / f"biên bản.{fmt}"
    out.parent.mkdir()
    with pytest.raises(FileWriteError) as info:
        export_meeting(meeting, fmt, out)
    assert "disk is full" in info.value.message_en and "đầy" in info.value.message_vi
    assert str(out) in str(info.value)
    assert _listing(out.parent) == []  # no partial file, no temp file
    assert sha256(db_path) == before


@pytest.mark.parametrize("fmt", ["pdf", "docx", "json"])
def test_full_disk_through_the_cli(
    stored: tuple[Path, Meeting],
    tmp_path: Path,
    fmt: str,
    full_disk: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db_path, _ = stored
    before = sha256(db_path)
    out = tmp_path / "out" / f"bb.{fmt}"
    out.parent.mkdir()
    previous = out.parent / "older.txt"
    previous.write_bytes(b"an older export stays as it was")
    assert main(["--db", str(db_path), "export", "1", "--format", fmt, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "Traceback" not in err
    assert "space" in err or "full" in err
    assert _listing(out.parent) == ["older.txt"]
    assert previous.read_bytes() == b"an older export stays as it was"
    assert sha256(db_path) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_replacing_an_old_export_on_a_full_disk_keeps_the_old_file(
    stored: tuple[Path, Meeting], tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, meeting = stored
    out = tmp_path / f"old.{fmt}"
    export_meeting(meeting, fmt, out)
    old = sha256(out)
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        os, "fdopen", lambda fd, mode="r", *a, **k: _FullDiskFile(real_fdopen(fd, mode, *a, **k))
    )
    with pytest.raises(FileWriteError, match="disk is full"):
        export_meeting(meeting, fmt, out)
    assert sha256(out) == old
    assert _listing(tmp_path) == ["db", f"old.{fmt}"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_target_is_a_folder(
    stored: tuple[Path, Meeting], tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _ = stored
    before = sha256(db_path)
    target = tmp_path / f"a folder.{fmt}"
    target.mkdir()
    (target / "inside.txt").write_text("giữ nguyên", encoding="utf-8")
    assert main(["--db", str(db_path), "export", "1", "--format", fmt, "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "folder" in err and "thư mục" in err
    assert _listing(target) == ["inside.txt"]
    assert sha256(db_path) == before


# -- a real read-only and a real full file system (tmpfs), where this machine allows mounting ------


def _mount(options: str) -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    point = Path(f"/tmp/minutes-reliability-{uuid.uuid4().hex}")
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True
    )
    if done.returncode != 0:
        point.rmdir()
        pytest.skip(f"cannot mount tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], capture_output=True)
        point.rmdir()


@pytest.fixture
def tiny_fs() -> Iterator[Path]:
    yield from _mount("size=16k")


@pytest.fixture
def read_only_fs() -> Iterator[Path]:
    yield from _mount("ro,size=16k")


@pytest.mark.parametrize("fmt", FORMATS)
def test_really_full_file_system(
    stored: tuple[Path, Meeting], tiny_fs: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _ = stored
    before = sha256(db_path)
    out = tiny_fs / f"bb.{fmt}"
    assert main(["--db", str(db_path), "export", "1", "--format", fmt, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "disk is full" in err and "Traceback" not in err
    assert _listing(tiny_fs) == []
    assert sha256(db_path) == before


def test_really_read_only_folder(
    stored: tuple[Path, Meeting], read_only_fs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _ = stored
    before = sha256(db_path)
    for fmt in ("pdf", "docx", "json"):
        out = read_only_fs / f"bb.{fmt}"
        code = main(["--db", str(db_path), "export", "1", "--format", fmt, "--out", str(out)])
        err = capsys.readouterr().err
        assert code == 1 and str(out) in err and "Traceback" not in err, err
    assert _listing(read_only_fs) == []
    assert sha256(db_path) == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_unwritable_folder_by_mode(
    stored: tuple[Path, Meeting], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _ = stored
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        out = folder / "bb.pdf"
        assert (
            main(["--db", str(db_path), "export", "1", "--format", "pdf", "--out", str(out)]) == 1
        )
        assert "permission" in capsys.readouterr().err
        assert _listing(folder) == []
    finally:
        folder.chmod(0o755)
