"""The command line through subprocesses: list, search, validate, check, usage, bad databases."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.test_cli_import_export import run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite"


@pytest.fixture
def loaded(db: Path, tmp_path: Path, seed_path: Path) -> Path:
    """Return a database holding the seed (id 1) and a second meeting about Đồng Hướng (id 2)."""
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data.update(
        date="2021-06-29",
        start="2021-06-29T08:00",
        end="2021-06-29T10:00",
        title="Họp bàn nạo vét kênh Bạch xã Đồng Hướng",
        status="approved",
    )
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("import", seed_path, other, db=db).stdout == "1\n2\n"
    return db


def test_list_json_and_table(loaded: Path) -> None:
    rows = json.loads(run("list", "--json", db=loaded).stdout)
    assert [r["id"] for r in rows] == [2, 1]  # newest date first
    assert set(rows[0]) >= {"id", "date", "title", "issuer", "status"}
    assert rows[0]["date"] == "2021-06-29" and rows[0]["status"] == "approved"
    assert rows[1]["issuer"] == "HUYỆN ỦY KIM SƠN"
    table = run("list", db=loaded).stdout.splitlines()
    assert len(table) == 3 and "Đồng Hướng" in table[1] and table[2].lstrip().startswith("1 ")
    approved = json.loads(run("list", "--json", "--status", "approved", db=loaded).stdout)
    assert [r["id"] for r in approved] == [2]


def test_list_of_empty_database(db: Path) -> None:
    assert json.loads(run("list", "--json", db=db).stdout) == []
    result = run("list", db=db)
    assert result.returncode == 0 and result.stdout == ""


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        (["nao", "vet", "dong", "huong"], [2]),
        (["kenh bach"], [2]),
        (["BẠCH,", "kênh!"], [2]),
        (["KẾ", "hoạch"], [1, 2]),  # both: the second is a copy of the seed
        (["khong-co-tu-nay"], []),
        (['"AND', "(*"], []),
    ],
)
def test_search_json(loaded: Path, query: list[str], ids: list[int]) -> None:
    result = run("search", *query, "--json", db=loaded)
    assert result.returncode == 0, result.stderr
    assert sorted(r["id"] for r in json.loads(result.stdout)) == sorted(ids)


def test_search_table_best_first(loaded: Path) -> None:
    lines = run("search", "dong huong", db=loaded).stdout.splitlines()
    assert len(lines) == 3  # the seed also has "đồng" and "hướng", but not in its title
    assert lines[0].startswith("ID") and lines[1].lstrip().startswith("2 ")


def test_validate(tmp_path: Path, seed_path: Path) -> None:
    good = run("validate", seed_path, db=None)
    assert good.returncode == 0 and "valid" in good.stderr
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["attendees"][0]["name"] = ""
    data["votes"] = [{"subject": "X", "in_favour": 5, "against": -1, "abstain": 0, "eligible": 3}]
    data["date"] = "2020-02-30"
    data["mystery"] = 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("validate", path, db=None)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(line.startswith(f"{path}: ") for line in lines)
    joined = "\n".join(lines)
    for field in (
        "Thành phần, dòng 1: Họ tên",
        "Biểu quyết 1: Không tán thành",
        "Ngày",
        "mystery",
    ):
        assert f": {field}: " in joined, field
    assert any("cảnh báo: mystery" in line for line in lines)


def test_validate_for_export(tmp_path: Path, seed_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["location"] = ""
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("validate", path, db=None).returncode == 0  # a draft may lack the location
    result = run("validate", path, "--export", db=None)
    assert result.returncode == 1 and "lỗi: Địa điểm:" in result.stdout


def test_check(loaded: Path, tmp_path: Path, seed_path: Path) -> None:
    ok = run("check", "1", db=loaded)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["location"] = ""
    path = tmp_path / "no-location.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("import", path, db=loaded).stdout == "3\n"
    bad = run("check", "3", db=loaded)
    assert bad.returncode == 1 and "location" in bad.stdout
    assert run("check", "99", db=loaded).returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["export", "1"],
        ["export", "one", "--format", "json"],
        ["export", "1", "--format", "odt"],
        ["export", "1", "--format", "pdf"],
        ["export", "1", "--format", "json", "--profile", "state"],
        ["import", "a.json", "b.json", "--replace", "1"],
        ["frobnicate"],
        ["search"],
        ["--no-such-option", "list"],
    ],
)
def test_usage_errors_exit_2(db: Path, args: list[str]) -> None:
    result = run(*args, db=db)
    assert result.returncode == 2, result.stderr
    assert "usage" in result.stderr


def test_db_option_after_the_subcommand(db: Path, seed_path: Path) -> None:
    assert run("import", seed_path, "--db", db, db=None).stdout == "1\n"
    assert db.is_file()


def test_bad_databases_are_refused_and_untouched(tmp_path: Path) -> None:
    folder = run("list", db=tmp_path)
    assert folder.returncode == 1 and "folder" in folder.stderr
    not_db = tmp_path / "notes.sqlite"
    not_db.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    before = hashlib.sha256(not_db.read_bytes()).hexdigest()
    result = run("list", db=not_db)
    assert result.returncode == 1 and "not a minutes database" in result.stderr
    assert str(not_db) in result.stderr
    assert hashlib.sha256(not_db.read_bytes()).hexdigest() == before
    missing = run("list", db=tmp_path / "nowhere" / "m.sqlite")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
