"""Review rules on the command line: in review is read-only, the approved version is the one read,
approval runs the layout check, the submitter does not approve, names hold no control characters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"


class Cli:
    """Runs ``minutes-app --db DB …`` as a real process."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "minutes_app", "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )


@pytest.fixture
def cli(tmp_path: Path, seed_path: Path) -> Cli:
    run = Cli(tmp_path / "minutes.sqlite")
    assert run("import", str(seed_path), "--by", SECRETARY).returncode == 0
    return run


def _version(cli: Cli) -> int:
    (row,) = json.loads(cli("list", "--json").stdout)
    return int(row["version"])


def test_minutes_in_review_cannot_be_replaced(cli: Cli, tmp_path: Path, seed_path: Path) -> None:
    assert cli("submit", "1", "--by", SECRETARY).returncode == 0
    before = cli("export", "1", "--format", "json").stdout
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["conclusion"] = "Nội dung đã bị đổi khi đang chờ duyệt."
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = cli("import", "--replace", "1", str(changed))
    assert refused.returncode == 1 and "đang chờ duyệt" in refused.stderr
    assert "must return it" in refused.stderr and "Traceback" not in refused.stderr
    assert cli("export", "1", "--format", "json").stdout == before
    # Returned, it can be changed again.
    assert cli("return", "1", "--by", CHAIR, "--comment", "Sửa kết luận").returncode == 0
    assert cli("import", "--replace", "1", str(changed)).returncode == 0


def test_approve_takes_the_version_the_reviewer_read(
    cli: Cli, tmp_path: Path, seed_path: Path
) -> None:
    assert cli("submit", "1", "--by", SECRETARY).returncode == 0
    read = _version(cli)
    # Meanwhile: returned, changed and submitted again by others.
    assert cli("return", "1", "--by", CHAIR, "--comment", "Thêm ý kiến").returncode == 0
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["conclusion"] = "Một kết luận khác."
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli("import", "--replace", "1", str(changed)).returncode == 0
    assert cli("submit", "1", "--by", SECRETARY).returncode == 0
    stale = cli("approve", "1", "--by", CHAIR, "--version", str(read))
    assert stale.returncode == 1
    assert f"phiên bản {read} bạn đã đọc" in stale.stderr and "read it again" in stale.stderr
    assert json.loads(cli("list", "--json").stdout)[0]["status"] == "in_review"
    now = _version(cli)
    assert cli("approve", "1", "--by", CHAIR, "--version", str(now)).returncode == 0


def test_minutes_with_layout_errors_are_neither_submitted_nor_approved(
    tmp_path: Path, seed_path: Path
) -> None:
    cli = Cli(tmp_path / "empty.sqlite")
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data.update(chair={"name": "", "position": ""}, location="")
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(empty)).returncode == 0
    refused = cli("submit", "1", "--by", SECRETARY)
    assert refused.returncode == 1 and "còn lỗi" in refused.stderr
    # The fields are named as the window names them (Chủ trì, Địa điểm), not by their paths.
    assert "Chủ trì: chưa có người chủ trì" in refused.stderr and "Địa điểm:" in refused.stderr
    assert "chair.name" not in refused.stderr
    assert json.loads(cli("history", "1", "--json").stdout) == []


def test_the_one_who_submitted_does_not_approve_unless_the_database_allows_it(cli: Cli) -> None:
    assert cli("submit", "1", "--by", SECRETARY).returncode == 0
    refused = cli("approve", "1", "--by", f"  {SECRETARY.upper()} ")
    assert refused.returncode == 1 and "không thể tự duyệt" in refused.stderr
    assert "settings --allow-self-approval" in refused.stderr
    shown = cli("settings")
    assert shown.returncode == 0 and "review.allow_self_approval = no" in shown.stdout
    assert cli("settings", "--allow-self-approval", "yes").returncode == 0
    assert cli("approve", "1", "--by", SECRETARY).returncode == 0


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["submit", "1", "--by", "Mallory\x1b[1A\x1b[2K Chủ tịch"], "--by"),
        (["submit", "1", "--by", "B\x01"], "--by"),
        (["submit", "1", "--by", "Tên\nGiả"], "--by"),
        (["submit", "1", "--by", "\u202eHùng"], "--by"),
        (["submit", "1", "--by", "A\u0085B"], "--by"),
        (["comment", "1", "ok\x1b]0;PWNED\x07\x1b[2J", "--by", CHAIR], "comment"),
        (["comment", "1", "Được", "--by", "Mallory\x1b[1A"], "--by"),
        (["comment", "1", "x\u202ey", "--by", CHAIR], "comment"),
    ],
)
def test_control_characters_in_names_and_comments_are_refused(
    cli: Cli, args: list[str], field: str
) -> None:
    result = cli(*args)
    assert result.returncode == 1, result.stdout
    assert field in result.stderr and "U+" in result.stderr
    assert "\x1b" not in result.stderr and "Traceback" not in result.stderr
    assert json.loads(cli("history", "1", "--json").stdout) == []
    assert json.loads(cli("comments", "1", "--json").stdout) == []


def test_return_and_reopen_texts_are_checked_too(cli: Cli) -> None:
    assert cli("submit", "1", "--by", SECRETARY).returncode == 0
    bad = cli("return", "1", "--by", CHAIR, "--comment", "xem lại\x1b[8m")
    assert bad.returncode == 1 and "--comment" in bad.stderr
    assert cli("approve", "1", "--by", CHAIR).returncode == 0
    bad = cli("reopen", "1", "--by", CHAIR, "--reason", "\u202elý do")
    assert bad.returncode == 1 and "--reason" in bad.stderr
    # A multi-line comment is fine (the window asks for several lines).
    assert cli("comment", "1", "Dòng một\nDòng hai", "--by", CHAIR).returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["export", "99999999999999999999", "--format", "json"],
        ["verify", "9223372036854775808"],
        ["submit", "99999999999999999999", "--by", CHAIR],
        ["comment", "99999999999999999999", "x", "--by", CHAIR],
        ["comment", "1", "x", "--by", CHAIR, "--reply-to", "99999999999999999999"],
        ["resolve", "99999999999999999999", "--by", CHAIR],
        ["history", "99999999999999999999"],
        ["audit", "99999999999999999999"],
        ["diff", "99999999999999999999", "--from", "1"],
        ["import", "--replace", "99999999999999999999", "{seed}"],
    ],
)
def test_ids_beyond_sqlite_integers_are_usage_errors(
    cli: Cli, args: list[str], seed_path: Path
) -> None:
    # F15: the command line refuses them as arguments (exit 2); the store, asked directly,
    # answers "no such meeting" (store.tables.MAX_ID).
    result = cli(*(str(seed_path) if a == "{seed}" else a for a in args))
    assert result.returncode == 2
    assert "OverflowError" not in result.stderr and "Traceback" not in result.stderr
    assert "usage error" in result.stderr and "not a valid id" in result.stderr


def test_an_invisible_character_does_not_make_the_submitter_someone_else(cli: Cli) -> None:
    assert cli("submit", "1", "--by", SECRETARY).returncode == 0
    sneaky = cli("approve", "1", "--by", "Lê Thị\u200b Hoa")
    assert sneaky.returncode == 1 and "U+200B" in sneaky.stderr
    plain = cli("approve", "1", "--by", "le thi hoa")  # the same person, without diacritics
    assert plain.returncode == 1 and "không thể tự duyệt" in plain.stderr
