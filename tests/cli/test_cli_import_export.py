"""The command line through subprocesses: import, export json, re-import, replace, bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain import interchange

REPO = Path(__file__).resolve().parent.parent.parent


def run(
    *args: str | Path,
    db: Path | None,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m minutes_app [--db DB] ARGS`` and return its exit status and UTF-8 output."""
    command = [sys.executable, "-m", "minutes_app"]
    if db is not None:
        command += ["--db", str(db)]
    command += [str(a) for a in args]
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    result = subprocess.run(
        command, input=stdin, capture_output=True, env=full_env, cwd=REPO, timeout=120
    )
    out = subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )
    assert "Traceback" not in out.stderr, out.stderr
    return out


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite"


def _seed_dict(seed_path: Path) -> dict[str, object]:
    return interchange.to_dict(interchange.parse(seed_path.read_bytes()).meeting)


def test_import_export_reimport_gives_identical_documents(
    db: Path, tmp_path: Path, seed_path: Path
) -> None:
    first = run("import", seed_path, db=db)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "1\n"
    exported = run("export", "1", "--format", "json", db=db)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout) == _seed_dict(seed_path)

    out = tmp_path / "out.json"
    assert run("export", "1", "--format", "json", "--out", out, db=db).returncode == 0
    assert out.read_text(encoding="utf-8") == exported.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []

    again = run("import", out, db=db)
    assert again.stdout == "2\n"
    second = run("export", "2", "--format", "json", "--out", "-", db=db)
    assert second.stdout == exported.stdout


def test_each_file_is_its_own_unit(db: Path, tmp_path: Path, seed_path: Path) -> None:
    bad = tmp_path / "bad.json"
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["agenda"][0]["statements"][0]["speaker"]["name"] = " "
    data["end"] = "2020-02-25T06:00"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("import", seed_path, bad, seed_path, db=db)
    assert result.returncode == 1
    assert result.stdout == "1\n2\n"  # the good files before and after the bad one
    errors = [line for line in result.stderr.splitlines() if line.startswith(f"{bad}: lỗi")]
    assert any("Nội dung 1, ý kiến 1: Người phát biểu: " in line for line in errors)
    assert any(": Kết thúc: " in line for line in errors)
    assert len(errors) == 2
    listed = json.loads(run("list", "--json", db=db).stdout)
    assert [m["id"] for m in listed] == [2, 1]


def test_replace_updates_the_meeting(db: Path, tmp_path: Path, seed_path: Path) -> None:
    run("import", seed_path, db=db)
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["title"] = "Tiêu đề đã sửa"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("import", changed, "--replace", "1", db=db)
    assert (result.returncode, result.stdout) == (0, "1\n")
    listed = json.loads(run("list", "--json", db=db).stdout)
    assert [(m["id"], m["title"], m["version"]) for m in listed] == [(1, "Tiêu đề đã sửa", 2)]
    missing = run("import", changed, "--replace", "99", db=db)
    assert missing.returncode == 1 and "99" in missing.stderr


def test_warnings_go_to_stderr_and_do_not_fail(db: Path, tmp_path: Path, seed_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["colour"] = "đỏ"
    path = tmp_path / "extra.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("import", path, db=db)
    assert (result.returncode, result.stdout) == (0, "1\n")
    assert "colour" in result.stderr and "cảnh báo" in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "minutes-app.meeting",', "invalid JSON: line 1"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[]", "must be a JSON object"),
        (b'{"format": "minutes-app.meeting", "version": 9}', "newer than this application"),
    ],
)
def test_bad_json_file_names_the_file(
    db: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "hỏng.json"
    path.write_bytes(content)
    result = run("import", path, db=db)
    assert result.returncode == 1 and result.stdout == ""
    assert f"{path}: lỗi" in result.stderr and expected in result.stderr


def test_forbidden_characters_are_refused_naming_the_field(
    db: Path, tmp_path: Path, seed_path: Path
) -> None:
    text = seed_path.read_text(encoding="utf-8")
    data = json.loads(text)
    data["agenda"][1]["conclusion"] = "chuông\u0007"
    path = tmp_path / "ctrl.json"
    # ensure_ascii keeps "\ud800" as an escape, which json.loads turns into a lone surrogate
    payload = json.dumps(data, ensure_ascii=True).replace('"Kim S\\u01a1n"', '"Kim \\ud800"', 1)
    path.write_text(payload, encoding="ascii")
    result = run("import", path, db=db)
    assert result.returncode == 1
    assert "Nội dung 2: Kết luận nội dung: " in result.stderr and "U+0007" in result.stderr
    assert "Địa danh: " in result.stderr and "U+D800" in result.stderr
    assert json.loads(run("list", "--json", db=db).stdout) == []


def test_missing_file_and_folder_as_input(db: Path, tmp_path: Path) -> None:
    result = run("import", tmp_path / "không-có.json", db=db)
    assert result.returncode == 1 and "không-có.json" in result.stderr
    assert "not found" in result.stderr
    result = run("validate", tmp_path, db=db)
    assert result.returncode == 1 and "folder" in result.stderr


def test_import_from_stdin(db: Path, seed_path: Path) -> None:
    result = run("import", "-", db=db, stdin=seed_path.read_bytes())
    assert (result.returncode, result.stdout) == (0, "1\n")


def test_export_errors(db: Path, tmp_path: Path, seed_path: Path) -> None:
    run("import", seed_path, db=db)
    missing = run("export", "7", "--format", "json", db=db)
    assert missing.returncode == 1 and "7" in missing.stderr
    folder = run("export", "1", "--format", "json", "--out", tmp_path, db=db)
    assert folder.returncode == 1 and "folder" in folder.stderr
    nowhere = run("export", "1", "--format", "json", "--out", tmp_path / "x" / "y.json", db=db)
    assert nowhere.returncode == 1 and "does not exist" in nowhere.stderr


def test_default_database_is_made_on_first_use(tmp_path: Path, seed_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    result = run("import", seed_path, db=None, env=env)
    assert (result.returncode, result.stdout) == (0, "1\n"), result.stderr
    assert (tmp_path / "data" / "minutes-app" / "minutes.sqlite").is_file()


def test_vietnamese_prints_when_stdout_is_not_utf8(db: Path, seed_path: Path) -> None:
    run("import", seed_path, db=db)
    env = {"PYTHONIOENCODING": "latin-1", "LC_ALL": "C", "PYTHONUTF8": "0"}
    result = run("list", db=db, env=env)
    assert result.returncode == 0
    assert "HUYỆN ỦY KIM SƠN" in result.stdout
    result = run("export", "1", "--format", "json", db=db, env=env)
    assert json.loads(result.stdout)["place"] == "Kim Sơn"
