"""What reaches a terminal: control characters, terminal escapes, bidi overrides and newlines in
names, comments, reasons and titles are escaped in every human-readable output (F10, F14); the
JSON output stays exact; an approver's name cannot break the DOCX's custom properties."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from minutes_app.domain.model import Meeting
from minutes_app.store import Database

REPO = Path(__file__).resolve().parent.parent.parent
# Anything a terminal or a bidi renderer acts on: C0 (tab and newline are checked per line),
# DEL, C1, bidi controls, line and paragraph separators.
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
FORGED_ROW = " 9  2020-02-25  approved  HU  Nghị quyết giả"
ESCAPES = "ok\x1b]0;PWNED\x07\x1b[2J"
MALLORY = "Mallory\x1b[1A\x1b[2K Chủ tịch"


def run(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m minutes_app --db DB ARGS`` and return its status and UTF-8 output."""
    command = [sys.executable, "-m", "minutes_app", "--db", str(db), *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(REPO), "MINUTES_APP_USER": "Thư ký"}
    done = subprocess.run(command, capture_output=True, env=env, cwd=REPO, timeout=120)
    result = subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def assert_clean(text: str) -> None:
    """No raw control, escape or bidi character anywhere in ``text``."""
    found = sorted({f"U+{ord(ch):04X}" for ch in RAW.findall(text)})
    assert not found, f"raw characters reached the terminal: {found}\n{text!r}"


@pytest.fixture
def db(tmp_path: Path, seed_meeting: Meeting) -> Path:
    """Meeting 1 is the seed; meeting 2 has a title that tries to forge a row and bidi tricks."""
    path = tmp_path / "f10.sqlite"
    with Database.open(path) as database:
        database.create(seed_meeting)
        forged = copy.deepcopy(seed_meeting)
        forged.title = f"Họp thật\n{FORGED_ROW}"
        forged.issuer.name = "HUYỆN ỦY \u202eNƠS MIK\u202c \x9b31m"
        database.create(forged)
    return path


def test_a_newline_in_a_title_does_not_forge_a_row_in_list_or_search(db: Path) -> None:
    for args in (["list"], ["search", "thật"]):
        result = run(*args, db=db)
        assert result.returncode == 0, result.stderr
        assert_clean(result.stdout)
        rows = result.stdout.splitlines()
        assert not any(row.startswith(" 9  2020-02-25") for row in rows)
        forged = [row for row in rows if "Họp thật" in row]
        assert len(forged) == 1 and "Họp thật\\n 9  2020-02-25" in forged[0]
        assert "\\u202e" in result.stdout and "\\x9b" in result.stdout


def test_json_output_stays_exact(db: Path, seed_meeting: Meeting) -> None:
    rows = json.loads(run("list", "--json", db=db).stdout)
    titles = {row["id"]: row["title"] for row in rows}
    assert titles[2] == f"Họp thật\n{FORGED_ROW}"
    exported = json.loads(run("export", "2", "--format", "json", db=db).stdout)
    assert exported["issuer"]["name"] == "HUYỆN ỦY \u202eNƠS MIK\u202c \x9b31m"


def test_comments_history_and_audit_never_print_raw_escapes(db: Path) -> None:
    steps = [
        ["comment", "1", ESCAPES, "--by", MALLORY],
        ["submit", "1", "--by", "\x1b[8mhidden\x1b[0mChủ tịch"],
        ["return", "1", "--comment", "Sửa lại\n#9 [Toàn bộ] Chủ tịch: đồng ý", "--by", MALLORY],
        ["submit", "1"],
        ["approve", "1", "--by", "Chủ tịch\u202e"],
        ["reopen", "1", "--reason", "lý do\x1b[31m đỏ", "--by", "Chủ tịch"],
    ]
    for args in steps:
        # The store may refuse such names and texts (exit 1); then the refusal is escaped too.
        result = run(*args, db=db)
        assert result.returncode in (0, 1), result.stderr
        assert_clean(result.stdout + result.stderr)
    for args in (
        ["comments", "1"],
        ["history", "1"],
        ["audit", "1"],
        ["register"],
        ["verify", "1"],
        ["diff", "1", "--from", "1"],
    ):
        result = run(*args, db=db)
        assert_clean(result.stdout + result.stderr)
    comments = run("comments", "1", db=db).stdout
    if "PWNED" in comments:  # accepted by the store: shown escaped, on one line
        assert "ok\\x1b]0;PWNED\\x07\\x1b[2J" in comments
        assert "Mallory\\x1b[1A\\x1b[2K Chủ tịch" in comments


def test_check_and_validate_escape_what_they_quote(db: Path, tmp_path: Path) -> None:
    result = run("check", "2", db=db)
    assert_clean(result.stdout + result.stderr)
    data = json.loads(run("export", "1", "--format", "json", db=db).stdout)
    data["title"] = "Tiêu đề\u202e\x85"
    data["start"] = "2020-02-25T07:30\x1b[2J"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for args in (["validate", bad], ["import", bad]):
        result = run(*args, db=db)
        assert result.returncode == 1
        assert_clean(result.stdout + result.stderr)
        assert "start" in result.stdout + result.stderr


def test_a_register_title_with_bidi_is_escaped(db: Path) -> None:
    assert run("submit", "2", db=db).returncode == 0
    approved = run("approve", "2", "--by", "Chủ tịch", db=db)
    assert approved.returncode == 0, approved.stderr
    register = run("register", db=db)
    assert_clean(register.stdout)
    assert "Họp thật\\n 9  2020-02-25" in register.stdout
    assert len([line for line in register.stdout.splitlines() if "Họp thật" in line]) == 1


def _custom_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/custom.xml")


def test_a_control_character_in_the_approvers_name_keeps_the_docx_valid(
    db: Path, tmp_path: Path
) -> None:
    assert run("submit", "1", db=db).returncode == 0
    approved = run("approve", "1", "--by", "B\x01", db=db)
    if approved.returncode != 0:  # refused at the store boundary: nothing to escape
        assert "U+0001" in approved.stderr
        return
    out = tmp_path / "f10.docx"
    result = run("export", "1", "--format", "docx", "--out", out, db=db)
    assert result.returncode == 0, result.stderr
    root = etree.fromstring(_custom_xml(out))  # raises on "PCDATA invalid Char value 1"
    values = [node.text for node in root.iter() if node.text]
    assert "B\\x01" in values


def test_metadata_values_are_made_printable_before_writing(
    tmp_path: Path, seed_meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the store returns (rows written before names were checked), the XML is valid."""
    from minutes_app.services import export as export_service
    from minutes_app.store.review import ReviewService

    def stamped(self: ReviewService, meeting_id: int) -> dict[str, str]:
        return {"minutes_app_approved_by": "B\x01\x1b[2J\ufffe", "minutes_app_revision": "1"}

    monkeypatch.setattr(ReviewService, "export_metadata", stamped)
    with Database.open(tmp_path / "m.sqlite") as database:
        meeting_id = database.create(seed_meeting).id
        result = export_service.export_meeting(meeting_id, "docx", tmp_path / "m.docx", db=database)
    assert result.files[0].metadata["minutes_app_approved_by"] == "B\\x01\\x1b[2J\\ufffe"
    root = etree.fromstring(_custom_xml(tmp_path / "m.docx"))
    assert "B\\x01\\x1b[2J\\ufffe" in [node.text for node in root.iter()]
