"""Render test fixtures: the state meeting, meeting factories, PDF readers, LibreOffice."""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.model import Attendee, Meeting, Speaker, Statement

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load_fixture(name: str) -> Meeting:
    """Return a fixture meeting parsed by the real interchange reader."""
    return interchange.parse((FIXTURES / name).read_bytes()).meeting


@pytest.fixture
def state_meeting() -> Meeting:
    """Return the commune People's Committee meeting (state profile, numbered 07)."""
    return load_fixture("state-meeting.json")


def long_meeting(base: Meeting, statements: int) -> Meeting:
    """Return ``base`` with many realistic statements appended to its first agenda item."""
    meeting = copy.deepcopy(base)
    words = (
        "Đề nghị các ngành, địa phương quan tâm chuẩn bị đại hội đảng các cấp, ổn định tình hình "
        "cơ sở; đẩy mạnh thông tin, tuyên truyền; tăng cường quản lý đất đai và bảo đảm an ninh "
        "chính trị, trật tự an toàn xã hội trên địa bàn"
    )
    for i in range(statements):
        text = f"Ý kiến thứ {i + 1}. " + " ".join([words] * (1 + i % 3)) + "."
        if i % 4 == 0:
            text += "\n\n" + words + " trong năm tới."
        meeting.agenda[0].statements.append(
            Statement(Speaker(name=f"Nguyễn Văn {chr(65 + i % 26)}{i}", position="Đại biểu"), text)
        )
    meeting.attendees.extend(
        Attendee(name=f"Trần Thị {i}", position="Chuyên viên") for i in range(statements // 10)
    )
    return meeting


def pdf_text(data: bytes) -> str:
    """Return the text of every page of a PDF, pages joined by form feeds."""
    from pypdf import PdfReader

    return "\f".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def soffice() -> str | None:
    """Return the LibreOffice binary when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(
    docx_files: list[Path], outdir: Path, timeout: int = 300
) -> list[Path]:
    """Convert DOCX files to PDF in ONE soffice run with a private profile; return the PDFs."""
    binary = soffice()
    assert binary is not None
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        env = dict(os.environ, HOME=profile)
        subprocess.run(
            [
                binary,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, docx_files),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
            env=env,
        )
    out = [outdir / (f.stem + ".pdf") for f in docx_files]
    missing = [p for p in out if not p.exists()]
    assert not missing, f"LibreOffice produced no PDF for {missing}"
    return out


needs_soffice = pytest.mark.skipif(
    soffice() is None, reason="LibreOffice (soffice) is not installed"
)
