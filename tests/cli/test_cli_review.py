"""The review commands: submit/return/approve/reopen, history, verify, diff, register, audit."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from minutes_app.cli import main
from tests.cli.test_cli_import_export import run

SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite"


@pytest.fixture
def seeded(db: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Return a database holding the seed as meeting 1 (a draft without a number)."""
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["number"] = ""
    source = db.parent / "seed.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(db), "import", str(source), "--by", SECRETARY]) == 0
    capsys.readouterr()
    return db


def cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_the_whole_workflow_and_history_through_processes(seeded: Path) -> None:
    """Done when: draft → review → returned → review → approved → reopened → approved."""
    steps = [
        ("submit", "1", "--by", SECRETARY),
        ("return", "1", "--by", CHAIR, "--comment", "Ghi rõ số đại biểu vắng mặt"),
        ("submit", "1", "--by", SECRETARY),
        ("approve", "1", "--by", CHAIR),
        ("reopen", "1", "--by", CHAIR, "--reason", "Sai chức vụ người phát biểu"),
        ("submit", "1", "--by", SECRETARY),
        ("approve", "1", "--by", CHAIR),
    ]
    outputs = [run(*step, db=seeded) for step in steps]
    assert [o.returncode for o in outputs] == [0] * len(steps)
    assert "đã cấp số 01" in outputs[3].stdout and "phiên bản đã duyệt 1" in outputs[3].stdout
    assert "đã cấp số" not in outputs[6].stdout and "phiên bản đã duyệt 2" in outputs[6].stdout
    history = json.loads(run("history", "1", "--json", db=seeded).stdout)
    assert [(h["action"], h["by"]) for h in history] == [
        ("submit", SECRETARY),
        ("return", CHAIR),
        ("submit", SECRETARY),
        ("approve", CHAIR),
        ("reopen", CHAIR),
        ("submit", SECRETARY),
        ("approve", CHAIR),
    ]
    assert history[1]["comment"] == "Ghi rõ số đại biểu vắng mặt"
    assert history[4]["reason"] == "Sai chức vụ người phát biểu"
    assert all(h["at"] for h in history) and [h["at"] for h in history] == sorted(
        h["at"] for h in history
    )
    text = run("history", "1", db=seeded).stdout.splitlines()
    assert len(text) == 7
    assert (
        "Trả lại" in text[1]
        and CHAIR in text[1]
        and "ý kiến: Ghi rõ số đại biểu vắng mặt" in text[1]
    )
    assert "Mở lại (phiên bản 1)" in text[4] and "lý do: Sai chức vụ người phát biểu" in text[4]
    assert run("verify", "1", db=seeded).returncode == 0


def _approve(db: Path) -> None:
    assert cli(db, "submit", "1", "--by", SECRETARY) == 0
    assert cli(db, "approve", "1", "--by", CHAIR) == 0


def test_verify_fails_after_a_change_in_the_sqlite_file(seeded: Path) -> None:
    """Done when: changing any text of an approved meeting directly in the file fails verify."""
    _approve(seeded)
    ok = run("verify", "1", db=seeded)
    assert ok.returncode == 0 and "nguyên vẹn" in ok.stdout
    conn = sqlite3.connect(seeded)
    with pytest.raises(sqlite3.IntegrityError):  # the file itself refuses the plain change
        conn.execute("UPDATE meetings SET document = replace(document, 'Kim Sơn', 'Kim Son')")
    (trigger,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'approved_meetings_are_read_only'"
    ).fetchone()
    conn.execute("DROP TRIGGER approved_meetings_are_read_only")  # a tool that ignores our rules
    conn.execute("UPDATE meetings SET document = replace(document, 'Kim Sơn', 'Kim Son')")
    conn.commit()
    # Without its trigger the file's schema is not ours any more: it is refused, untouched.
    refused = run("verify", "1", db=seeded)
    assert refused.returncode == 1 and "approved_meetings_are_read_only" in refused.stderr
    conn.execute(trigger)  # a careful tool puts it back
    conn.commit()
    conn.close()
    bad = run("verify", "1", db=seeded)
    assert bad.returncode == 1
    assert "khác phiên bản đã duyệt 1" in bad.stderr and "NOT intact" in bad.stderr
    export = run("export", "1", "--format", "pdf", "--out", seeded.parent / "x.pdf", db=seeded)
    assert export.returncode == 1 and "không khớp" in export.stderr
    assert not (seeded.parent / "x.pdf").exists()


def test_approved_meeting_refuses_import_replace_and_shows_why(
    seeded: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _approve(seeded)
    capsys.readouterr()
    assert cli(seeded, "import", "--replace", "1", str(seed_path)) == 1
    err = capsys.readouterr().err
    assert "biên bản số 1" in err and "đã được duyệt" in err and "Traceback" not in err
    assert cli(seeded, "verify", "1") == 0


def test_export_of_an_approved_meeting_carries_revision_and_hash(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document
    from pypdf import PdfReader

    _approve(seeded)
    capsys.readouterr()
    assert cli(seeded, "verify", "1") == 0
    digest = capsys.readouterr().out.split("SHA-256 ")[1].split(")")[0]
    assert cli(seeded, "export", "1", "--format", "pdf", "--out", str(tmp_path / "a.pdf")) == 0
    info = PdfReader(tmp_path / "a.pdf").metadata
    assert info is not None
    assert info["/minutes_app_revision"] == "1" and info["/minutes_app_sha256"] == digest
    assert cli(seeded, "export", "1", "--format", "docx", "--out", str(tmp_path / "a.docx")) == 0
    # python-docx does not read custom properties: look into docProps/custom.xml.
    import zipfile

    with zipfile.ZipFile(tmp_path / "a.docx") as package:
        custom = package.read("docProps/custom.xml").decode("utf-8")
    assert digest in custom and "minutes_app_revision" in custom
    Document(str(tmp_path / "a.docx"))  # still a valid document


def test_a_draft_export_has_no_approval_metadata(seeded: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert cli(seeded, "export", "1", "--format", "pdf", "--out", str(tmp_path / "d.pdf")) == 0
    info = PdfReader(tmp_path / "d.pdf").metadata or {}
    assert "/minutes_app_sha256" not in info


def test_diff_between_revisions_and_current(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _approve(seeded)
    assert cli(seeded, "reopen", "1", "--by", CHAIR, "--reason", "Sửa tên cuộc họp") == 0
    capsys.readouterr()
    assert cli(seeded, "export", "1", "--format", "json", "--out", str(tmp_path / "m.json")) == 0
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    old_title = data["title"]
    data["title"] = "Hội nghị Ban Chấp hành (bổ sung)"
    (tmp_path / "m.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli(seeded, "import", "--replace", "1", str(tmp_path / "m.json"), "--by", SECRETARY) == 0
    capsys.readouterr()
    assert cli(seeded, "diff", "1", "--from", "1", "--to", "current") == 0
    out = capsys.readouterr().out
    assert f"Tên cuộc họp (trích yếu): «{old_title}» → «Hội nghị Ban Chấp hành (bổ sung)»" in out
    _approve(seeded)
    capsys.readouterr()
    assert cli(seeded, "diff", "1", "--from", "1", "--to", "2", "--json") == 0
    changes = json.loads(capsys.readouterr().out)
    assert [c["field"] for c in changes] == ["title"]
    assert cli(seeded, "diff", "1", "--from", "2", "--to", "2") == 0
    assert "không có khác biệt" in capsys.readouterr().out
    assert cli(seeded, "diff", "1", "--from", "9") == 1
    assert "không có phiên bản đã duyệt số 9" in capsys.readouterr().err
    assert cli(seeded, "diff", "1", "--from", "x") == 2
    # The audit log shows the import with its field and who made it.
    capsys.readouterr()
    assert cli(seeded, "audit", "1", "--json") == 0
    entries = json.loads(capsys.readouterr().out)
    assert {"action": "import", "by": SECRETARY, "field": "title"}.items() <= next(
        e for e in entries if e["action"] == "import" and e["field"] == "title"
    ).items()
    assert entries[0]["action"] == "import" and entries[0]["field"] == ""


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["approve", "1", "--by", CHAIR], 1, "Chờ duyệt"),
        (["reopen", "1", "--by", CHAIR, "--reason", "x"], 1, "Đã duyệt"),
        (["return", "1", "--by", CHAIR], 2, "--comment"),
        (["submit", "42", "--by", CHAIR], 1, "không có biên bản số 42"),
        (["submit", "abc"], 2, "not a valid id"),
        (["verify", "42"], 1, "không có biên bản số 42"),
        (["term", "set", "--issuer", "ĐU", "--start", "2020-13-01"], 1, "YYYY-MM-DD"),
        (["comment", "1", "Sửa", "--part", "votes[7]", "--by", CHAIR], 1, "không có trong"),
    ],
)
def test_bad_input_is_a_clear_message(
    seeded: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, fragment: str
) -> None:
    assert cli(seeded, *args) == code
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err


def test_by_defaults_to_the_environment(
    seeded: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MINUTES_APP_USER", "Trần Văn Thư")
    assert cli(seeded, "submit", "1") == 0
    capsys.readouterr()
    assert cli(seeded, "history", "1", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["by"] == "Trần Văn Thư"


def test_register_and_terms(
    seeded: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The seed is a Party document of HUYỆN ỦY KIM SƠN (HU): number per term once a term is set.
    assert cli(seeded, "term", "set", "--issuer", "HU", "--start", "2015-10-01", "--by", CHAIR) == 0
    _approve(seeded)
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["number"] = "5"
    other = seeded.parent / "five.json"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli(seeded, "import", str(other)) == 0
    assert cli(seeded, "submit", "2", "--by", SECRETARY) == 0
    assert cli(seeded, "approve", "2", "--by", CHAIR) == 0
    capsys.readouterr()
    assert cli(seeded, "register", "--issuer", "hu") == 0
    out = capsys.readouterr().out
    assert "SỔ BIÊN BẢN — HUYỆN ỦY KIM SƠN (HU), nhiệm kỳ từ 01/10/2015" in out
    assert "Số còn thiếu / gaps: 2–4" in out and "Đã duyệt" in out
    assert cli(seeded, "register", "--json", "--year", "2019") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli(seeded, "register", "--json") == 0
    (series,) = json.loads(capsys.readouterr().out)
    assert [e["number"] for e in series["entries"]] == [1, 5] and series["gaps"] == [[2, 4]]
    assert cli(seeded, "term", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [{"issuer": "hu", "start": "2015-10-01"}]
    # A third meeting with number 5 is refused on approval, clearly.
    assert cli(seeded, "import", str(other)) == 0
    assert cli(seeded, "submit", "3", "--by", SECRETARY) == 0
    capsys.readouterr()
    assert cli(seeded, "approve", "3", "--by", CHAIR) == 1
    assert "đã được cấp cho biên bản số 2" in capsys.readouterr().err


def test_comments_commands(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli(seeded, "comment", "1", "Bổ sung kết luận", "--part", "agenda[0]", "--by", CHAIR) == 0
    )
    first = int(capsys.readouterr().out)
    assert (
        cli(seeded, "comment", "1", "Đã bổ sung", "--reply-to", str(first), "--by", SECRETARY) == 0
    )
    capsys.readouterr()
    assert cli(seeded, "resolve", str(first), "--by", SECRETARY) == 0
    capsys.readouterr()
    assert cli(seeded, "comments", "1") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"#{first} [Nội dung 1] {CHAIR}") and "[đã giải quyết]" in lines[0]
    assert lines[1].strip().startswith("↳ #") and "Đã bổ sung" in lines[1]
    assert cli(seeded, "comments", "1", "--open", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_audit_and_steps_name_the_statuses_in_words(seeded: Path) -> None:
    """The audit log stores status codes; the CLI shows the words of ``list`` and the window."""
    submitted = run("submit", "1", "--by", SECRETARY, db=seeded)
    assert submitted.returncode == 0
    assert "«Chờ duyệt»" in submitted.stdout and "now In review" in submitted.stdout
    assert "in_review" not in submitted.stdout
    assert cli(seeded, "approve", "1", "--by", CHAIR) == 0
    audit = run("audit", "1", db=seeded)
    assert audit.returncode == 0
    lines = [line for line in audit.stdout.splitlines() if "Trạng thái:" in line]
    assert len(lines) == 2
    assert lines[0].endswith("Trạng thái: «Bản nháp» → «Chờ duyệt»")
    assert lines[1].endswith("Trạng thái: «Chờ duyệt» → «Đã duyệt»")
    for code in ("draft", "in_review", "approved"):
        assert f"«{code}»" not in audit.stdout
    # --json keeps the stored codes: it is for programs, not people
    rows = json.loads(run("audit", "1", "--json", db=seeded).stdout)
    assert [(r["old"], r["new"]) for r in rows if r["field"] == "status"] == [
        ("draft", "in_review"),
        ("in_review", "approved"),
    ]
