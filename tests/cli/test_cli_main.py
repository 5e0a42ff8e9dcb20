"""The command line in-process: no subcommand starts the desktop app, with the --db path."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from minutes_app import cli


def test_no_subcommand_calls_run_app_with_the_db_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path | None, list[str]]] = []
    fake = types.ModuleType("minutes_app.ui.app")
    fake.run_app = lambda db, argv: calls.append((db, argv)) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "minutes_app.ui.app", fake)
    assert cli.main(["--db", str(tmp_path / "m.sqlite")]) == 7
    assert cli.main([]) == 7
    assert [db for db, _ in calls] == [tmp_path / "m.sqlite", None]
    assert all(isinstance(argv, list) and len(argv) == 1 for _, argv in calls)


def test_missing_desktop_app_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "minutes_app.ui.app", None)
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert "desktop app" in err and "--help" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("import", "export", "check", "list", "search", "validate"):
        assert command in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert "minutes-app" in capsys.readouterr().out
