"""review-copy, review-import and review-changes as real processes."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli.test_cli_import_export import run
from tests.services import word_edits as edits

SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _two_meetings(db: Path) -> None:
    for _ in range(2):
        done = run("import", FIXTURES / "state-meeting.json", "--by", SECRETARY, db=db)
        assert done.returncode == 0, done.stderr


def test_copy_out_comments_and_changes_in_accept_and_reject(tmp_path: Path) -> None:
    db = tmp_path / "minutes.sqlite"
    _two_meetings(db)
    copy = tmp_path / "gop-y.docx"
    made = run("review-copy", "1", "--out", copy, "--by", SECRETARY, db=db)
    assert made.returncode == 0, made.stderr
    assert "bản góp ý của biên bản số 1" in made.stdout
    assert "DỰ THẢO" in docx.Document(copy).sections[0].first_page_header.paragraphs[0].text

    document = edits.open_copy(copy.read_bytes())
    edits.comment(document, "votes[0]", "Ghi rõ số người vắng", CHAIR)
    edits.tracked_replace(document, "agenda[0].conclusion", "Thống nhất", "Nhất trí", CHAIR)
    edits.untracked_replace(document, "conclusion", "Các đồng chí", "Các đồng chí lãnh đạo")
    returned = tmp_path / "tra-lai.docx"
    returned.write_bytes(edits.save(document))

    wrong = run("review-import", "2", returned, db=db)
    assert wrong.returncode == 1
    assert "biên bản số 1" in wrong.stderr and "meeting 1" in wrong.stderr

    back = run("review-import", "1", returned, "--by", CHAIR, db=db)
    assert back.returncode == 0, back.stderr
    assert "1 comments, 2 proposed changes from Phạm Văn Hùng" in back.stdout
    again = run("review-import", "1", returned, "--by", CHAIR, db=db)
    assert again.returncode == 1 and "already imported" in again.stderr

    listed = json.loads(run("review-changes", "1", "--json", db=db).stdout)
    assert [(p["id"], p["path"], p["kind"], p["state"]) for p in listed] == [
        (1, "agenda[0].conclusion", "tracked", "open"),
        (2, "conclusion", "untracked", "open"),
    ]
    assert listed[0]["file"]["name"] == "tra-lai.docx" and len(listed[0]["file"]["sha256"]) == 64
    text = run("review-changes", "1", db=db).stdout
    assert "[1] Nội dung 1 › Kết luận" in text and "Nhất trí thông qua" in text
    assert f"tệp / file tra-lai.docx (SHA-256 {listed[0]['file']['sha256']}) — {CHAIR}" in text

    accepted = run("review-changes", "1", "--accept", "1", "--by", SECRETARY, db=db)
    assert accepted.returncode == 0 and "applied to agenda[0].conclusion" in accepted.stdout
    rejected = run("review-changes", "1", "--reject", "2", "--by", SECRETARY, db=db)
    assert rejected.returncode == 0
    exported = json.loads(run("export", "1", "--format", "json", db=db).stdout)
    assert exported["agenda"][0]["conclusion"].startswith("Nhất trí thông qua")
    assert not exported["conclusion"].startswith("Các đồng chí lãnh đạo")
    audit = json.loads(run("audit", "1", "--json", db=db).stdout)
    assert audit[-1]["action"] == "review-accept" and audit[-1]["by"] == SECRETARY
    comments = run("comments", "1", db=db).stdout
    assert "Ghi rõ số người vắng" in comments and CHAIR in comments

    both = run("review-changes", "1", "--accept", "1", "--reject", "2", db=db)
    assert both.returncode == 2


def test_accept_all_leaves_conflicts_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "minutes.sqlite"
    _two_meetings(db)
    copy = tmp_path / "gop-y.docx"
    assert run("review-copy", "1", "--out", copy, db=db).returncode == 0
    document = edits.open_copy(copy.read_bytes())
    edits.tracked_replace(document, "agenda[1].conclusion", "Thống nhất", "Đồng ý", CHAIR)
    edits.tracked_replace(document, "conclusion", "Các đồng chí", "Đề nghị các đồng chí", CHAIR)
    returned = tmp_path / "tra-lai.docx"
    returned.write_bytes(edits.save(document))
    # The secretary rewrites the overall conclusion after sending the copy.
    data = json.loads(run("export", "1", "--format", "json", db=db).stdout)
    data["conclusion"] = "Giao Văn phòng tổng hợp."
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("import", changed, "--replace", "1", db=db).returncode == 0
    back = run("review-import", "1", returned, db=db)
    assert back.returncode == 0 and "the minutes changed since the copy" in back.stderr
    done = run("review-changes", "1", "--accept-all", db=db)
    assert done.returncode == 1
    assert "proposal 1: applied" in done.stdout and "proposal 2: conflict" in done.stderr
    listed = json.loads(run("review-changes", "1", "--json", db=db).stdout)
    assert [(p["state"], p["conflict"]) for p in listed] == [("accepted", False), ("open", True)]


def test_not_a_docx_is_refused_by_name(tmp_path: Path) -> None:
    db = tmp_path / "minutes.sqlite"
    _two_meetings(db)
    bad = tmp_path / "ghi-chu.docx"
    bad.write_text("không phải tệp Word", encoding="utf-8")
    done = run("review-import", "1", bad, db=db)
    assert done.returncode == 1
    assert "ghi-chu.docx" in done.stderr and "not a Word document" in done.stderr
