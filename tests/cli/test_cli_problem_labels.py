"""The command line names a problem's field by its label (``Số``), as the window does, not by
its path (``number``): export, check, validate and import, through subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_import_export import run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite"


def _write(tmp_path: Path, data: dict[str, object], name: str = "meeting.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _seed(seed_path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(seed_path.read_text(encoding="utf-8"))
    return data


def _line(text: str, words: str) -> str:
    found = [line for line in text.splitlines() if words in line]
    assert found, text
    return found[0]


def test_export_of_a_draft_names_the_number_field(
    db: Path, seed_path: Path, tmp_path: Path
) -> None:
    assert run("import", seed_path, db=db).returncode == 0
    result = run("export", "1", "--format", "pdf", "--out", tmp_path / "b.pdf", db=db)
    assert result.returncode == 0, result.stderr
    line = _line(result.stderr, "chưa có số")
    assert line.startswith("cảnh báo: Số: biên bản chưa có số"), line
    assert " / Number: " in line
    assert "number:" not in result.stderr


def test_check_names_fields_and_list_rows(db: Path, seed_path: Path, tmp_path: Path) -> None:
    data = _seed(seed_path)
    data["start"] = "2020-02-24T07:30"
    assert run("import", _write(tmp_path, data), db=db).returncode == 0
    result = run("check", "1", db=db)
    assert result.returncode == 0, result.stdout
    start = _line(result.stdout, "ngày bắt đầu")
    assert start.startswith("cảnh báo: Bắt đầu: ngày bắt đầu (24/02/2020)"), start
    assert " / Start: the start date" in start
    assert "cảnh báo: Kết thúc: cuộc họp kéo dài qua nhiều ngày" in result.stdout
    assert "start:" not in result.stdout and "end:" not in result.stdout


def test_validate_names_fields_and_keeps_unknown_keys_as_written(
    tmp_path: Path, seed_path: Path
) -> None:
    data = _seed(seed_path)
    data["mystery"] = 1
    attendees = data["attendees"]
    assert isinstance(attendees, list)
    attendees[0]["name"] = ""
    path = _write(tmp_path, data, "bad.json")
    result = run("validate", path, "--export", db=None)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert f"{path}: lỗi: Thành phần, dòng 1: Họ tên: " in result.stdout
    assert " / Attendees, row 1: Name: " in result.stdout
    # A key the format does not know has no label: it is named as the file writes it.
    assert f"{path}: cảnh báo: mystery: khóa không xác định" in result.stdout
    assert "attendees[0].name" not in result.stdout
    # The export rules too (a draft may lack the location, an export may not).
    draft = _seed(seed_path)
    draft["location"] = ""
    draft_path = _write(tmp_path, draft, "draft.json")
    refused = run("validate", draft_path, "--export", db=None)
    assert refused.returncode == 1
    assert f"{draft_path}: lỗi: Địa điểm: " in refused.stdout and " / Location: " in refused.stdout
    assert "location:" not in refused.stdout


def test_import_warnings_name_the_field(db: Path, tmp_path: Path, seed_path: Path) -> None:
    data = _seed(seed_path)
    data["start"] = "2020-02-24T07:30"
    path = _write(tmp_path, data)
    result = run("import", path, db=db)
    assert result.returncode == 0, result.stderr
    assert f"{path}: cảnh báo: Bắt đầu: ngày bắt đầu" in result.stderr
    assert "start:" not in result.stderr
