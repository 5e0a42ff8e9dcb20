"""Drafts look official: "DỰ THẢO" top right of page 1 of anything not approved, in both formats."""

from __future__ import annotations

import io

import docx
import pdfplumber
import pytest

from minutes_app.domain.model import Meeting, Status
from minutes_app.render import build_document, render_docx_bytes, render_pdf_bytes
from tests.render.conftest import load_fixture, long_meeting

MM = 72 / 25.4


def pdf_marks(data: bytes) -> list[tuple[int, float, float, str]]:
    """Return (page, right edge, top, font) of every "DỰ THẢO" printed."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(extra_attrs=["fontname"])
            for first, second in zip(words, words[1:], strict=False):
                if (first["text"], second["text"]) == ("DỰ", "THẢO"):
                    out.append((number, second["x1"], first["top"], first["fontname"]))
    return out


@pytest.mark.parametrize("fixture", ["seed-meeting.json", "state-meeting.json"])
@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW])
def test_a_draft_pdf_is_marked_top_right_of_page_one(fixture: str, status: Status) -> None:
    meeting = long_meeting(load_fixture(fixture), 40)
    meeting.status = status
    marks = pdf_marks(render_pdf_bytes(meeting))
    assert len(marks) == 1
    page, right, top, font = marks[0]
    assert page == 1 and "Bold" in font
    assert right == pytest.approx((210 - 15) * MM, abs=1.0)  # flush with the right margin
    assert top < 20 * MM  # in the top margin, above the header: no line moves


@pytest.mark.parametrize("fixture", ["seed-meeting.json", "state-meeting.json"])
def test_approved_minutes_are_never_marked(fixture: str) -> None:
    meeting = load_fixture(fixture)
    meeting.status = Status.APPROVED
    assert pdf_marks(render_pdf_bytes(meeting)) == []
    assert build_document(meeting).first_page_mark is None
    document = docx.Document(io.BytesIO(render_docx_bytes(meeting)))
    section = document.sections[0]
    headers = [section.header, section.first_page_header]
    assert all("DỰ THẢO" not in p.text for h in headers for p in h.paragraphs)


def test_marking_moves_no_line(state_meeting: Meeting) -> None:
    approved = long_meeting(state_meeting, 40)
    approved.status = Status.APPROVED
    draft = long_meeting(state_meeting, 40)

    def words(data: bytes) -> list[tuple[int, str, float, float]]:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [
                (n, w["text"], round(w["x0"], 2), round(w["top"], 2))
                for n, page in enumerate(pdf.pages)
                for w in page.extract_words()
                if w["top"] > 20 * MM
            ]

    assert words(render_pdf_bytes(draft)) == words(render_pdf_bytes(approved))


def test_a_draft_docx_is_marked_in_the_first_page_header(state_meeting: Meeting) -> None:
    document = docx.Document(io.BytesIO(render_docx_bytes(state_meeting)))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    first = section.first_page_header.paragraphs
    assert [p.text for p in first] == ["DỰ THẢO"]
    assert first[0].style.name == "Minutes Draft Mark"
    assert first[0].style.font.bold and first[0].style.paragraph_format.alignment == 2  # right
    assert all("DỰ THẢO" not in p.text for p in section.header.paragraphs)  # pages 2…
    body = "\n".join(p.text for p in document.paragraphs)
    assert "DỰ THẢO" not in body
