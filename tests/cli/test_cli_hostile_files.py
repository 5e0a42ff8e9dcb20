"""Hostile input files on the command line and in the window's import: clean errors naming the
file (exit 1), a size cap on every input path, and nothing stored (F9, R3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent


def run(
    *args: str | Path, db: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m minutes_app --db DB ARGS`` and return its status and UTF-8 output."""
    command = [sys.executable, "-m", "minutes_app", "--db", str(db), *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, input=stdin, capture_output=True, env=env, cwd=REPO, timeout=120)
    result = subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _hostile(seed_path: Path) -> dict[str, str]:
    seed = seed_path.read_text(encoding="utf-8")
    data = json.loads(seed)
    with_start = lambda value: json.dumps({**data, "start": value}, ensure_ascii=False)  # noqa: E731
    return {
        "deep-arrays": "[" * 100_000,
        "deep-objects": '{"a":' * 50_000,
        "big-int": json.dumps({**data, "copies": 7}).replace(
            '"copies": 7', '"copies": ' + "9" * 5000
        ),
        "zone-z": with_start("2020-02-25T0730Z"),
        "zone-plus": with_start("2020-02-25T07+07"),
        "duplicate": seed.rstrip().removesuffix("}") + ', "status": "approved"}',
        "empty-attendees": '{"attendees": [' + ",".join(["{}"] * 1_200_000) + "]}",
        "recipients": json.dumps({**data, "recipients": [""] * 2_000_000}),
        "year-999": json.dumps({**data, "date": "0999-02-25"}),
    }


@pytest.mark.parametrize("command", ["validate", "import"])
def test_hostile_files_give_clean_errors_and_store_nothing(
    tmp_path: Path, seed_path: Path, command: str
) -> None:
    db = tmp_path / "h.sqlite"
    for name, text in _hostile(seed_path).items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        result = run(command, path, db=db)
        output = result.stdout + result.stderr
        assert result.returncode == 1, (name, output)
        assert f"{name}.json" in output, (name, output)
        assert len(output.splitlines()) < 40, (name, "a summary, not a flood")
    if db.exists():
        assert run("list", "--json", db=db).stdout.strip() == "[]"


@pytest.mark.parametrize("command", ["validate", "import"])
def test_dev_zero_stops_at_the_cap(tmp_path: Path, command: str) -> None:
    result = run(command, "/dev/zero", db=tmp_path / "z.sqlite")
    assert result.returncode == 1
    assert "/dev/zero" in result.stderr and "20 MB" in result.stderr


def test_standard_input_has_the_same_cap(tmp_path: Path) -> None:
    result = run("import", "-", db=tmp_path / "s.sqlite", stdin=b" " * (21 * 1024 * 1024))
    assert result.returncode == 1 and "20 MB" in result.stderr


def test_the_window_import_reads_no_more_than_the_cap(tmp_path: Path, seed_path: Path) -> None:
    from minutes_app.store import Database
    from minutes_app.ui.json_import import ImportFailed, import_files, read_meeting

    with pytest.raises(ImportFailed) as info:
        read_meeting(Path("/dev/zero"))
    assert "20 MB" in info.value.text("en") and "20 MB" in info.value.text("vi")
    files = []
    for name, text in _hostile(seed_path).items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    with Database.open(tmp_path / "w.sqlite") as db:
        with pytest.raises(ImportFailed) as info:
            import_files(db, [seed_path, *files])
        assert {f.path.name for f in info.value.files} == {p.name for p in files}
        assert len(info.value.text("en").splitlines()) < 100
        assert db.list() == []
