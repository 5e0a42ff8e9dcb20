"""make run installs the app alone, make test adds the test tools; a missing venv module is one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _dry_run(target: str, venv: Path) -> str:
    """Return the commands ``make TARGET`` would run for a fresh virtual environment ``venv``."""
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", target, f"VENV={venv}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_installs_only_what_the_app_needs(tmp_path: Path) -> None:
    commands = _dry_run("run", tmp_path / "venv")
    assert "packaging/make_venv.sh" in commands
    assert "pip install --quiet -e .\n" in commands
    assert "[test]" not in commands and "[dev]" not in commands
    assert commands.rstrip().endswith("-m minutes_app")


def test_make_test_adds_the_test_tools(tmp_path: Path) -> None:
    commands = _dry_run("test", tmp_path / "venv")
    assert "pip install --quiet -e '.[test]'" in commands
    assert "-m pytest" in commands


def test_make_lint_runs_the_import_contracts_ruff_and_mypy(tmp_path: Path) -> None:
    commands = _dry_run("lint", tmp_path / "venv")
    for tool in ("bin/lint-imports", "bin/ruff check", "bin/ruff format --check", "bin/mypy"):
        assert tool in commands


def test_ci_runs_lint_after_the_tests() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8").split()
    assert script[-4:] == ["make", "test", "make", "lint"]


def test_a_python_without_venv_gets_one_line_naming_the_package(tmp_path: Path) -> None:
    # A Python whose ensurepip is missing, as on Debian without python3-venv.
    fake = tmp_path / "python3"
    fake.write_text(
        f'#!/bin/sh\ncase "$*" in *ensurepip*) exit 1 ;; esac\nexec "{sys.executable}" "$@"\n'
    )
    fake.chmod(0o755)
    venv = tmp_path / "venv"
    result = subprocess.run(
        ["sh", str(REPO / "packaging" / "make_venv.sh"), str(fake), str(venv)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    package = f"python3.{sys.version_info.minor}-venv"
    assert f"sudo apt-get install {package}" in lines[0]
    assert not venv.exists(), "no half-made environment left behind"


def test_a_python_too_old_stops_before_anything_is_made(tmp_path: Path) -> None:
    fake = tmp_path / "python3"  # fails the version check, would pass every other
    fake.write_text('#!/bin/sh\ncase "$*" in *version_info*) exit 1 ;; esac\nexit 0\n')
    fake.chmod(0o755)
    result = subprocess.run(
        ["sh", str(REPO / "packaging" / "make_venv.sh"), str(fake), str(tmp_path / "venv")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert not (tmp_path / "venv").exists()
