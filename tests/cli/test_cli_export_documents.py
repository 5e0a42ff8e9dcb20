"""`minutes-app export ID --format pdf|docx` and `check ID` run as real subprocesses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite"


def import_file(path: Path, db: Path) -> int:
    result = run("import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_export_seed_as_pdf_and_docx(seed_path: Path, db: Path, tmp_path: Path) -> None:
    meeting_id = import_file(seed_path, db)
    pdf = tmp_path / "out" / "bien-ban.pdf"
    pdf.parent.mkdir()
    result = run("export", str(meeting_id), "--format", "pdf", "--out", str(pdf), db=db)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "cảnh báo: Số: " in result.stderr  # the unnumbered warning, the export goes on
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "HUYỆN ỦY KIM SƠN" in text

    docx_path = tmp_path / "out" / "bien-ban.docx"
    result = run("export", str(meeting_id), "--format", "docx", "--out", str(docx_path), db=db)
    assert result.returncode == 0, result.stderr
    import docx

    document = docx.Document(str(docx_path))
    assert any(p.text == "BIÊN BẢN" for p in document.paragraphs)
    assert sorted(os.listdir(pdf.parent)) == ["bien-ban.docx", "bien-ban.pdf"]  # no temp files left


def test_export_with_other_profile(seed_path: Path, db: Path, tmp_path: Path) -> None:
    meeting_id = import_file(seed_path, db)
    pdf = tmp_path / "state.pdf"
    result = run(
        "export", str(meeting_id), "--format", "pdf", "--out", str(pdf), "--profile", "state", db=db
    )
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_check_prints_warnings_and_exits_zero(seed_path: Path, db: Path) -> None:
    meeting_id = import_file(seed_path, db)
    result = run("check", str(meeting_id), db=db)
    assert result.returncode == 0, result.stderr
    assert "cảnh báo: Số: " in result.stdout
    assert "Traceback" not in result.stderr


def test_layout_errors_stop_the_export(seed_path: Path, db: Path, tmp_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data["chair"] = {"name": "", "position": ""}
    data["location"] = ""
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    meeting_id = import_file(broken, db)
    check = run("check", str(meeting_id), db=db)
    assert check.returncode == 1
    assert "lỗi: Chủ trì: " in check.stdout and "lỗi: Địa điểm: " in check.stdout
    out = tmp_path / "x.pdf"
    result = run("export", str(meeting_id), "--format", "pdf", "--out", str(out), db=db)
    assert result.returncode == 1
    assert "lỗi: Chủ trì: " in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "minutes.sqlite"]


@pytest.mark.parametrize("target", ["folder", "missing/x.pdf"])
def test_unwritable_target_is_a_clear_message(
    seed_path: Path, db: Path, tmp_path: Path, target: str
) -> None:
    meeting_id = import_file(seed_path, db)
    (tmp_path / "folder").mkdir()
    result = run(
        "export", str(meeting_id), "--format", "pdf", "--out", str(tmp_path / target), db=db
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(tmp_path / target) in result.stderr
    assert list((tmp_path / "folder").iterdir()) == []


def test_check_says_when_an_admission_falls_short(db: Path, tmp_path: Path) -> None:
    chi_bo = REPO / "tests" / "fixtures" / "chi-bo-meeting.json"
    ok_id = import_file(chi_bo, db)
    assert "Biểu quyết 1" not in run("check", str(ok_id), db=db).stdout  # 7 of 9 official members
    data = json.loads(chi_bo.read_text(encoding="utf-8"))
    data["votes"][0]["in_favour"] = 5
    short = tmp_path / "short.json"
    short.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("check", str(import_file(short, db)), db=db)
    assert result.returncode == 0  # a warning: the minutes record what happened
    line = next(x for x in result.stdout.splitlines() if "Biểu quyết 1" in x)
    assert "05/09" in line and "hai phần ba" in line and "two thirds" in line
