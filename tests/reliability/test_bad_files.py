"""Bad database files end to end: every command refuses them clearly and never changes them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.store import Database, StoreError
from tests.cli.test_cli_import_export import run
from tests.store.test_open import (
    _other_program,
    _text_file,
    _too_new,
    _truncated,
)

Maker = Callable[[Path], Path]


def _read_only(path: Path) -> Path:
    with Database.open(path) as db:
        db.create(_meeting())
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _missing_folder(path: Path) -> Path:
    return path.parent / "no such folder" / path.name


def _meeting():  # type: ignore[no-untyped-def]
    from tests.store.conftest import make_meeting

    return make_meeting()


KINDS: dict[str, tuple[Maker, str, str]] = {
    # kind: (make the file, English words of the message, Vietnamese words of the message)
    "not a database": (_text_file, "not an SQLite file", "không phải"),
    "truncated": (_truncated, "truncated", "bị cụt"),
    "newer version": (_too_new, "newer than this application", "mới hơn"),
    "another program": (_other_program, "another program", "chương trình khác"),
    "folder": (_folder, "folder", "thư mục"),
    "read-only": (_read_only, "read-only", "chỉ cho phép đọc"),
    "missing folder": (_missing_folder, "does not exist", "không tồn tại"),
}


def _snapshot(path: Path) -> tuple[str, list[str]]:
    """Return the file's checksum (or a folder's listing) and the names beside it."""
    if path.is_file():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    elif path.is_dir():
        digest = "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    else:
        digest = "absent"
    parent = path.parent
    siblings = sorted(p.name for p in parent.iterdir()) if parent.is_dir() else []
    return digest, siblings


@pytest.fixture(params=list(KINDS))
def bad(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    kind = request.param
    folder = tmp_path / "data"
    folder.mkdir()
    path = KINDS[kind][0](folder / "minutes.sqlite")
    try:
        yield kind, path
    finally:
        if path.exists() and not path.is_dir():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_store_refuses_each_bad_file_untouched(bad: tuple[str, Path]) -> None:
    kind, path = bad
    before = _snapshot(path)
    for create in (True, False):
        with pytest.raises(StoreError) as info:
            Database.open(path, create=create)
        assert str(path) in str(info.value)
    if kind != "missing folder":
        assert KINDS[kind][1] in info.value.message_en
    assert _snapshot(path) == before


def test_cli_list_in_a_real_process(bad: tuple[str, Path]) -> None:
    kind, path = bad
    before = _snapshot(path)
    result = run("list", db=path)  # asserts no traceback
    assert result.returncode == 1
    assert str(path) in result.stderr
    assert KINDS[kind][1] in result.stderr and KINDS[kind][2] in result.stderr
    assert result.stdout == ""
    assert _snapshot(path) == before


@pytest.mark.parametrize(
    "command",
    [
        ["search", "họp"],
        ["import", "{seed}"],
        ["export", "1", "--format", "json"],
        ["export", "1", "--format", "pdf", "--out", "{out}"],
        ["check", "1"],
        ["backup", "--out", "{out}"],
    ],
    ids=lambda c: c[0] + ("-" + c[2] if len(c) > 2 and c[0] == "export" else ""),
)
def test_every_command_refuses_clearly(
    bad: tuple[str, Path],
    command: list[str],
    seed_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kind, path = bad
    out = tmp_path / "out.file"
    args = [a.format(seed=seed_path, out=out) for a in command]
    before = _snapshot(path)
    assert main(["--db", str(path), *args]) == 1
    captured = capsys.readouterr()
    assert str(path) in captured.err and KINDS[kind][1] in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert _snapshot(path) == before
    assert not out.exists()


def _dump(path: Path) -> list[str] | None:
    if not path.is_file():
        return None
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.iterdump()) + [str(conn.execute("PRAGMA user_version").fetchone()[0])]
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def test_restore_over_a_bad_file_keeps_it_as_a_backup(
    bad: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kind, path = bad
    good = tmp_path / "good.sqlite"
    with Database.open(good) as db:
        db.create(_meeting())
    before = _snapshot(path)
    dump = _dump(path)
    code = main(["--db", str(path), "restore", str(good)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if kind in ("folder", "missing folder", "read-only"):
        assert code == 1 and str(path) in err  # nothing to replace, or not ours to replace
        assert _snapshot(path) == before
        return
    assert code == 0, err
    kept = [p for p in (path.parent / "minutes.sqlite.backups").iterdir()]
    assert len(kept) == 1
    if dump is None:  # not readable by SQLite: kept byte for byte
        assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == before[0]
    else:  # an SQLite file: kept as a consistent copy with the same content
        assert _dump(kept[0]) == dump
    with Database.open(path) as db:
        assert db.count() == 1
