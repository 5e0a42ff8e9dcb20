"""Minutes of any length print on the same pages in the PDF and in Word/LibreOffice, and the
signatures never stand alone: the closing sentence, the signatures and "Nơi nhận" stay together.

Each example meeting's conclusion grows a few words at a time across the length where the
signatures move to a new page; every length's DOCX is printed by LibreOffice (one soffice run
for all of them) and compared with our PDF.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from minutes_app.domain.model import Meeting
from minutes_app.render import build_document, render_docx_bytes, render_pdf_bytes
from minutes_app.render.document import Paragraph, Table
from tests.render.conftest import convert_with_libreoffice, load_fixture, needs_soffice

pytestmark = [pytest.mark.libreoffice, needs_soffice]

WORDS = (
    "Đề nghị các ngành, địa phương quan tâm chuẩn bị đại hội đảng các cấp, ổn định tình hình "
    "cơ sở; đẩy mạnh thông tin, tuyên truyền; tăng cường quản lý đất đai và bảo đảm an ninh "
    "chính trị, trật tự an toàn xã hội trên địa bàn, năm 2020 đạt 412 ha, “kinh tế - xã hội”"
).split()
FIXTURES = ("seed-meeting.json", "state-meeting.json", "chi-bo-meeting.json")
LENGTHS = 50  # per meeting
STEP = 3  # words added each time


def grown(base: Meeting, n: int) -> Meeting:
    """Return ``base`` with ``n`` more words at the end of its conclusion."""
    meeting = copy.deepcopy(base)
    extra = " ".join((WORDS * (n // len(WORDS) + 1))[:n])
    meeting.conclusion = f"{meeting.conclusion} {extra}".strip()
    return meeting


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def crossing(base: Meeting) -> int:
    """Return the fewest words that push the signatures onto one more page (binary search on
    our PDF's page count, which only grows with the text)."""
    pages = page_count(render_pdf_bytes(base))
    low, high = 0, 1600
    assert page_count(render_pdf_bytes(grown(base, high))) > pages
    while high - low > 1:
        middle = (low + high) // 2
        if page_count(render_pdf_bytes(grown(base, middle))) > pages:
            high = middle
        else:
            low = middle
    return high


def page_lines(pdf: bytes, last: int = 2) -> list[list[str]]:
    """Return the ``last`` pages' lines of text, top down, page numbers left out (the
    signatures end the minutes: earlier pages cannot start with them)."""
    reader = PdfReader(io.BytesIO(pdf))
    first = max(0, len(reader.pages) - last)
    out = []
    for number, page in enumerate(reader.pages[first:], start=first + 1):
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").split("\n")]
        lines = [line for line in lines if line]
        if number > 1 and lines and lines[0] == str(number):
            lines = lines[1:]
        out.append(lines)
    return out


def signature_texts(meeting: Meeting) -> tuple[list[str], list[str], str]:
    """Return the signature block's own lines, the recipients' lines and the closing's last
    words, as the document model has them."""
    doc = build_document(meeting)
    table = doc.section("signature").blocks[0]
    assert isinstance(table, Table)
    signers = [
        line
        for row in table.rows[:2]
        for cell in row
        for b in cell.blocks
        if isinstance(b, Paragraph)
        for line in b.text.replace("\u00a0", " ").split("\n")
        if line
    ]
    recipients = [
        t.replace("\u00a0", " ") for row in table.rows[2:] for t in _cell_texts(row[0].blocks)
    ]
    closing = [b for b in doc.section("body").blocks if isinstance(b, Paragraph)][-1].text
    closing = closing.replace("\u00a0", " ")
    return signers, recipients, " ".join(closing.split()[-3:])


def _cell_texts(blocks) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for block in blocks:
        if hasattr(block, "blocks"):
            out += _cell_texts(block.blocks)
        elif hasattr(block, "items"):
            out += [item.text for item in block.items]
        elif isinstance(block, Paragraph):
            out.append(block.text)
    return out


def check_pages(pdf: bytes, meeting: Meeting, who: str) -> None:
    signers, recipients, closing_end = signature_texts(meeting)
    pages = page_lines(pdf)
    for lines in pages[1:]:
        head = lines[0] if lines else ""
        for text in (*signers, *recipients):
            assert not head.startswith(" ".join(text.split()[:3])), (
                f"{who}: the last page starts with the signature block or Nơi nhận: {head!r}"
            )
    with_signers = [n for n, lines in enumerate(pages) if any(signers[0] in line for line in lines)]
    assert with_signers, f"{who}: no signature block"
    page = pages[with_signers[-1]]
    joined = " ".join(page)
    assert closing_end in joined, f"{who}: the closing sentence is not on the signatures' page"
    for text in recipients:
        assert " ".join(text.split()[:3]) in joined, f"{who}: Nơi nhận left the signatures' page"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Meeting, bytes, bytes]]:
    """Return (name, meeting, our PDF, LibreOffice's PDF of our DOCX) for every length."""
    folder = tmp_path_factory.mktemp("growth")
    cases: list[tuple[str, Meeting, bytes]] = []
    files: list[Path] = []
    for fixture in FIXTURES:
        base = load_fixture(fixture)
        start = max(0, crossing(base) - STEP * LENGTHS // 2)
        for k in range(LENGTHS):
            n = start + k * STEP
            meeting = grown(base, n)
            name = f"{Path(fixture).stem}-{n:04d}"
            cases.append((name, meeting, render_pdf_bytes(meeting)))
            path = folder / f"{name}.docx"
            path.write_bytes(render_docx_bytes(meeting))
            files.append(path)
    pdfs = convert_with_libreoffice(files, folder, timeout=900)
    return [(n, m, ours, lo.read_bytes()) for (n, m, ours), lo in zip(cases, pdfs, strict=True)]


def test_every_length_has_the_same_pages_in_pdf_and_docx(printed) -> None:  # type: ignore[no-untyped-def]
    differ = [
        (name, page_count(ours), page_count(theirs))
        for name, _, ours, theirs in printed
        if page_count(ours) != page_count(theirs)
    ]
    assert not differ, f"page counts differ (ours, LibreOffice): {differ}"
    for fixture in FIXTURES:  # each range really crosses a page break
        counts = {
            page_count(ours) for name, _, ours, _ in printed if name.startswith(Path(fixture).stem)
        }
        assert len(counts) == 2, (fixture, counts)


def test_no_page_starts_with_the_signatures_or_nơi_nhận(printed) -> None:  # type: ignore[no-untyped-def]
    for name, meeting, ours, theirs in printed:
        check_pages(ours, meeting, f"{name} PDF")
        check_pages(theirs, meeting, f"{name} LibreOffice")
