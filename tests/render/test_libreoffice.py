"""LibreOffice prints our DOCX like our PDF: same page count (3% at 50+ pages), page numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from minutes_app.domain.model import Meeting
from minutes_app.render import render_docx_bytes, render_pdf_bytes
from tests.render.conftest import (
    convert_with_libreoffice,
    load_fixture,
    long_meeting,
    needs_soffice,
)
from tests.render.test_pdf import hostile

pytestmark = [pytest.mark.libreoffice, needs_soffice]

MM = 72 / 25.4


def _meetings() -> dict[str, Meeting]:
    seed = load_fixture("seed-meeting.json")
    state = load_fixture("state-meeting.json")
    return {
        "seed": seed,
        "state": state,
        "seed_as_state": seed,
        "long_state": long_meeting(state, 280),
        "long_party": long_meeting(seed, 250),
        "hostile": hostile(state),
    }


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """Return {name: (our PDF, LibreOffice's PDF of our DOCX)}, converted in one soffice run."""
    folder = tmp_path_factory.mktemp("lo")
    ours: dict[str, bytes] = {}
    docx_files: list[Path] = []
    for name, meeting in _meetings().items():
        profile = "state" if name == "seed_as_state" else None
        ours[name] = render_pdf_bytes(meeting, profile)
        path = folder / f"{name}.docx"
        path.write_bytes(render_docx_bytes(meeting, profile))
        docx_files.append(path)
    pdfs = convert_with_libreoffice(docx_files, folder)
    return {name: (ours[name], pdf.read_bytes()) for name, pdf in zip(ours, pdfs, strict=True)}


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("name", ["seed", "state", "seed_as_state"])
def test_ordinary_minutes_have_the_same_page_count(printed, name: str) -> None:
    ours, theirs = printed[name]
    assert pages(ours) == pages(theirs)


@pytest.mark.parametrize("name", ["long_state", "long_party"])
def test_long_minutes_within_three_percent(printed, name: str) -> None:
    ours, theirs = printed[name]
    assert pages(ours) >= 50
    assert abs(pages(ours) - pages(theirs)) <= 0.03 * pages(ours), (pages(ours), pages(theirs))


def test_hostile_minutes_agree_closely(printed) -> None:
    ours, theirs = printed["hostile"]
    assert pages(ours) >= 10
    assert abs(pages(ours) - pages(theirs)) <= max(1, 0.03 * pages(ours)), (
        pages(ours),
        pages(theirs),
    )


def test_libreoffice_reads_the_vietnamese_text_and_header(printed) -> None:
    _, theirs = printed["state"]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(theirs)).pages)
    text = text.replace("\u00a0", " ")  # no-break spaces read back as they print
    for expected in (
        "DỰ THẢO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 07/BB-UBND",
        "BIÊN BẢN",
        "Thời gian bắt đầu: 08 giờ 00 phút",
        "Nơi nhận:",
    ):
        assert expected in text


def test_libreoffice_numbers_pages_from_two(printed) -> None:
    _, theirs = printed["long_state"]
    with pdfplumber.open(io.BytesIO(theirs)) as pdf:
        for number, page in enumerate(pdf.pages[:4], start=1):
            top = [w["text"] for w in page.extract_words() if w["bottom"] < 18 * MM]
            assert top == (["DỰ", "THẢO"] if number == 1 else [str(number)])


def test_report_page_counts(printed, capsys) -> None:
    with capsys.disabled():
        print(
            "\npage counts (ours / LibreOffice):",
            {name: (pages(a), pages(b)) for name, (a, b) in printed.items()},
        )


@pytest.mark.parametrize("name", ["state", "seed"])
def test_tables_sit_where_the_pdf_puts_them(printed, name: str) -> None:
    # Word 2013+ mode: the header and signature tables start at the text block, as in the PDF
    # (in Word 2010 mode LibreOffice shifted them left by the cell margin, 4.25 pt).
    ours, theirs = printed[name]

    def starts(data: bytes) -> dict[str, float]:
        found: dict[str, float] = {}
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in (pdf.pages[0], pdf.pages[-1]):
                for w in page.extract_words():
                    found.setdefault(w["text"], w["x0"])
        return found

    a, b = starts(ours), starts(theirs)
    words = (
        ["ỦY", "CỘNG", "Số:", "THƯ", "CHỦ", "Nơi"]
        if name == "state"
        else ["ĐẢNG", "HUYỆN", "Số", "NGƯỜI", "CHỦ", "Nơi"]
    )
    for word in words:
        assert word in a and word in b, word
        assert a[word] == pytest.approx(b[word], abs=1.0), (word, a[word], b[word])
