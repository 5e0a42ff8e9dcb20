"""Derived documents through the command line (subprocesses): derive, export, check, list, register."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from tests.cli.test_cli_import_export import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Return a database holding approved state minutes (id 1) and draft chi bộ minutes (id 2)."""
    path = tmp_path / "minutes.sqlite"
    files = []
    for name, status in (("state-meeting.json", "approved"), ("chi-bo-meeting.json", "draft")):
        data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        data["status"] = status
        target = tmp_path / name
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(target)
    assert run("import", *files, "--by", "Lê Thị Hoa", db=path).stdout == "1\n2\n"
    return path


def test_derive_prints_the_new_id_and_export_writes_it(db: Path, tmp_path: Path) -> None:
    result = run("derive", "1", "thong-bao", "--by", "Lê Thị Hoa", db=db)
    assert result.returncode == 0 and result.stdout == "d1\n"
    assert "Thông báo kết luận số 01" in result.stderr
    out = tmp_path / "tb.pdf"
    assert run("export", "d1", "--format", "pdf", "--out", out, db=db).returncode == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().replace("\u00a0", " ").split())
    assert "THÔNG BÁO" in text and "Số: 01/TB-UBND" in text
    docx = tmp_path / "tb.docx"
    assert run("export", "d1", "--format", "docx", "--out", docx, db=db).returncode == 0
    assert "THÔNG BÁO" in [p.text for p in open_docx(str(docx)).paragraphs]
    data = json.loads(run("export", "d1", "--format", "json", db=db).stdout)
    assert data["kind"] == "thong-bao" and data["number"] == "01" and data["meeting_id"] == 1
    # The minutes themselves still export by their plain id.
    assert run("export", "1", "--format", "json", db=db).returncode == 0


def test_a_draft_is_refused_with_exit_1(db: Path) -> None:
    result = run("derive", "2", "nghi-quyet", db=db)
    assert result.returncode == 1 and result.stdout == ""
    assert "chưa được duyệt" in result.stderr and "only from approved minutes" in result.stderr
    assert run("list", "--kind", "all", "--json", db=db).stdout.strip() == "[]"


def test_bad_items_kinds_and_ids(db: Path) -> None:
    result = run("derive", "1", "trich-sao", "--items", "9", db=db)
    assert result.returncode == 1 and "không có nội dung số 9" in result.stderr
    assert run("derive", "1", "thong-bao", "--items", "1", db=db).returncode == 2
    assert run("derive", "1", "bien-ban", db=db).returncode == 2
    result = run("export", "d7", "--format", "pdf", "--out", "x.pdf", db=db)
    assert result.returncode == 1 and "d7" in result.stderr
    assert run("check", "dx", db=db).returncode == 2


def test_check_list_and_register_of_a_kind(db: Path) -> None:
    assert run("derive", "1", "trich-sao", "--items", "2", db=db).stdout == "d1\n"
    assert run("derive", "1", "trich-sao", "--items", "1,3", db=db).stdout == "d2\n"
    assert run("derive", "1", "thong-bao", db=db).stdout == "d3\n"
    check = run("check", "d1", db=db)
    assert check.returncode == 0  # a warning, the field named as the window and the JSON name it
    assert (
        "cảnh báo: Người ký, họ tên (signer.name): chưa có tên người ký / "
        "Signer, name: the signer's name is empty"
    ) in check.stdout.splitlines()
    rows = json.loads(run("list", "--kind", "trich-sao", "--json", db=db).stdout)
    assert [(r["id"], r["number"]) for r in rows] == [(2, "02"), (1, "01")]
    listed = run("list", "--kind", "all", db=db).stdout
    assert "d3" in listed and "Thông báo kết luận" in listed
    register = run("register", "--kind", "trich-sao", db=db).stdout
    assert "SỔ TRÍCH SAO" in register and "Không thiếu số nào" in register
    # The minutes' own register is unchanged.
    assert "SỔ BIÊN BẢN" in run("register", db=db).stdout


def test_outgoing_register_as_docx_and_pdf(db: Path, tmp_path: Path) -> None:
    run("derive", "1", "thong-bao", db=db)
    run("derive", "1", "trich-sao", "--items", "1", db=db)
    year = json.loads(run("list", "--kind", "all", "--json", db=db).stdout)[0]["date"][:4]
    out = tmp_path / "so-di.docx"
    result = run("register", "--format", "docx", "--out", out, "--year", year, db=db)
    assert result.returncode == 0 and "2 văn bản" in result.stderr
    word = open_docx(io.BytesIO(out.read_bytes()))
    assert word.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert len(word.tables[0].columns) == 10 and len(word.tables[0].rows) == 4
    pdf = tmp_path / "so-di.pdf"
    assert run("register", "--format", "pdf", "--out", pdf, "--year", year, db=db).returncode == 0
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in PdfReader(pdf).pages[0].extract_text()
    # The minutes of 2020 are in that year's book.
    old = tmp_path / "2020.pdf"
    assert run("register", "--format", "pdf", "--out", old, "--year", "2020", db=db).returncode == 0
    assert "07/BB-UBND" in PdfReader(old).pages[0].extract_text()
    assert run("register", "--format", "pdf", db=db).returncode == 2  # --out is needed


def test_edited_json_replaces_the_text_but_never_the_number(db: Path, tmp_path: Path) -> None:
    run("derive", "1", "thong-bao", db=db)
    data = json.loads(run("export", "d1", "--format", "json", db=db).stdout)
    data["points"] = ["Giao Văn phòng hoàn thiện báo cáo."]
    data["signer"]["name"] = "Nguyễn Văn Bình"
    edited = tmp_path / "d1.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("import", edited, "--replace", "d1", db=db)
    assert result.returncode == 0 and result.stdout == "d1\n"
    pdf = tmp_path / "d1.pdf"
    run("export", "d1", "--format", "pdf", "--out", pdf, db=db)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "1. Giao Văn phòng hoàn thiện báo cáo." in text and "Nguyễn Văn Bình" in text
    data["number"] = "09"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = run("import", edited, "--replace", "d1", db=db)
    assert refused.returncode == 1 and "không sửa được" in refused.stderr
    edited.write_text("{not json", encoding="utf-8")
    broken = run("import", edited, "--replace", "d1", db=db)
    assert broken.returncode == 1 and "không có gì thay đổi" in broken.stderr
    assert json.loads(run("export", "d1", "--format", "json", db=db).stdout)["number"] == "01"


def test_search_and_one_body_book(db: Path, tmp_path: Path) -> None:
    run("derive", "1", "thong-bao", db=db)
    run("derive", "1", "trich-sao", "--items", "2", db=db)
    found = json.loads(
        run("search", "phong", "chong", "dich", "--kind", "all", "--json", db=db).stdout
    )
    assert [r["kind"] for r in found] == ["thong-bao"]  # the notice's text names the item
    assert json.loads(run("search", "khong co dau", "--kind", "all", "--json", db=db).stdout) == []
    year = found[0]["date"][:4]
    out = tmp_path / "other-body.docx"
    args = ("register", "--format", "docx", "--out", out, "--year", year, "--issuer", "HU")
    assert run(*args, db=db).returncode == 0
    assert len(open_docx(str(out)).tables[0].rows) == 2  # the headings only: another body
    args = ("register", "--format", "docx", "--out", out, "--year", year, "--issuer", "UBND")
    assert run(*args, db=db).returncode == 0
    assert len(open_docx(str(out)).tables[0].rows) == 4
