"""The entry point decides: a subcommand runs the command line, none opens the window (with --db)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from minutes_app import __main__ as entry
from minutes_app import cli


@pytest.fixture
def fake_window(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, list[str]]]:
    """Replace the desktop app by a recorder; return the calls it received."""
    calls: list[tuple[Path | None, list[str]]] = []
    fake = types.ModuleType("minutes_app.ui.app")
    fake.run_app = lambda db, argv: calls.append((db, argv)) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "minutes_app.ui.app", fake)
    return calls


def test_no_subcommand_opens_the_window_with_the_db_path(
    tmp_path: Path, fake_window: list[tuple[Path | None, list[str]]]
) -> None:
    assert entry.main(["--db", str(tmp_path / "m.sqlite")]) == 7
    assert entry.main([]) == 7
    assert [db for db, _ in fake_window] == [tmp_path / "m.sqlite", None]
    assert all(isinstance(argv, list) and len(argv) == 1 for _, argv in fake_window)


def test_a_subcommand_runs_the_command_line_not_the_window(
    tmp_path: Path,
    fake_window: list[tuple[Path | None, list[str]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert entry.main(["--db", str(tmp_path / "m.sqlite"), "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert fake_window == []


def test_missing_desktop_app_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "minutes_app.ui.app", None)
    assert entry.main([]) == 1
    err = capsys.readouterr().err
    assert "desktop app" in err and "--help" in err


def test_the_command_line_alone_never_opens_the_window(
    fake_window: list[tuple[Path | None, list[str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([]) == cli.EXIT_USAGE
    assert "no subcommand" in capsys.readouterr().err
    assert fake_window == []


def test_subcommands_load_no_qt_and_no_ui(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from minutes_app.__main__ import main\n"
        f"status = main(['--db', {str(tmp_path / 'm.sqlite')!r}, 'list'])\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m.startswith(('PySide6', 'shiboken6', 'minutes_app.ui')))\n"
        "print(status, loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 []"


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("import", "export", "check", "list", "search", "validate"):
        assert command in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--version"]) == 0
    assert "minutes-app" in capsys.readouterr().out


def test_a_command_collects_no_garbage_at_start_up_nor_at_exit(tmp_path: Path) -> None:
    # Start-up and the collection at exit only walk objects that live as long as the process:
    # the collector is off while the command line loads, what it made is frozen before the
    # command runs, and all is frozen at exit (registered first, this test's own exit hook runs
    # last and sees the freeze).
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen at exit', gc.get_freeze_count() > 10000))\n"
        "from minutes_app.__main__ import main\n"
        f"status = main(['--db', {str(tmp_path / 'm.sqlite')!r}, 'list'])\n"
        "print('status', status, 'collecting', gc.isenabled(), 'frozen',"
        " gc.get_freeze_count() > 10000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-2:] == [
        "status 0 collecting True frozen True",
        "frozen at exit True",
    ]
