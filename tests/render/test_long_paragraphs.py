"""Long paragraphs in the PDF: chunked once at the frame width, printed line for line as before."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import io
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from minutes_app.domain import interchange
from minutes_app.domain.model import Attendee, Meeting, Speaker, Statement
from minutes_app.render import load_profile, render_docx_bytes, render_pdf_bytes
from minutes_app.render.builder import build
from minutes_app.render.document import Document, Paragraph, Run
from minutes_app.render.docx_writer import DocxWriter
from minutes_app.render.pdf_writer import PdfWriter, _Chunk, render_pdf
from minutes_app.render.units import Pt
from tests.render.conftest import FIXTURES, load_fixture

SENTENCE = (
    "Đề nghị các ngành, địa phương quan tâm chuẩn bị đại hội đảng các cấp, ổn định tình hình "
    "cơ sở; đẩy mạnh thông tin, tuyên truyền; tăng cường quản lý đất đai và bảo đảm an ninh "
    "chính trị, trật tự an toàn xã hội trên địa bàn"
).split()
HOSTILE = ["Đồng", "chí", "<b>", "&amp;", "kết", "luận", "😀", "e\u0301", "]]>"]

# SHA-256 of today's output, recorded before long paragraphs were chunked: ordinary minutes
# (no paragraph near two pages long) must stay byte for byte what they were. A reportlab,
# python-docx or font upgrade changes these on purpose: re-record them then, after checking.
BEFORE = {
    ("seed-meeting.json", "party", "pdf"): "0669a8ff9113c41c49915a95957acce71954faeecfe5b4456e1e9c7e5108d920",
    ("seed-meeting.json", "party", "docx"): "29963907a2d87144f9b6040993ddb766d972d24e141a5f9154b0e0a910f1707b",
    ("seed-meeting.json", "state", "pdf"): "ebfdd3f3309d5983aafbcfd21778641d18afc25297c4eced7bb962bd1954968e",
    ("seed-meeting.json", "state", "docx"): "a78a6e2f4d7582d2bf132f5ccc34f31c23bd4b4c0c0f8ea2de093ef56b07854c",
    ("state-meeting.json", "party", "pdf"): "17e47f3500f0cc0a01da7c10eb65649a9835b8cc322d4e85113030e7a3d97f6a",
    ("state-meeting.json", "party", "docx"): "d442662d3ad6366b60257bdf46fff4b3200fa292d6fcdc50362565a31833046e",
    ("state-meeting.json", "state", "pdf"): "08abe3fec35e781e8abf50a6afa3a64ed62dd6a0719103c78dbe7368a64dbde4",
    ("state-meeting.json", "state", "docx"): "a5e3b2aa0e6c269d5b609013467cabb150d9723d028c87d9e061affc7349beae",
}  # fmt: skip


def words(n: int, kind: str = "plain") -> str:
    """Return ``n`` words of statement text of one kind."""
    pool = (SENTENCE * (n // len(SENTENCE) + 1))[:n]
    if kind == "hostile":
        return " ".join(HOSTILE[i % len(HOSTILE)] + str(i % 97) for i in range(n))
    if kind == "longwords":  # words wider than a line: split to fill lines
        return " ".join(w * (40 if i % 13 == 0 else 1) for i, w in enumerate(pool))
    if kind == "breaks":  # a transcript: a line break every few words
        return " ".join(w + ("\n" if i % 7 == 6 else "") for i, w in enumerate(pool))
    return " ".join(pool)


def with_statement(base: Meeting, profile: str, text: str, *, first: bool) -> Meeting:
    """Return ``base`` in ``profile`` with one long statement, first (under the item heading)
    or after the others."""
    meeting = copy.deepcopy(base)
    meeting.profile = profile  # type: ignore[assignment]
    statement = Statement(Speaker("Nguyễn Văn An", "Đại biểu"), text)
    statements = meeting.agenda[0].statements
    statements.insert(0 if first else len(statements), statement)
    return meeting


def document(meeting: Meeting) -> Document:
    return build(meeting, load_profile(str(meeting.profile)))


def pages_of_lines(pdf: bytes) -> list[list[tuple[float, tuple[tuple[str, float], ...]]]]:
    """Return each page's printed lines, top down: (top, ((word, left edge), …)); page
    numbers dropped."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            rows: dict[float, list[tuple[str, float]]] = {}
            for w in page.extract_words():
                rows.setdefault(round(w["top"], 1), []).append((w["text"], round(w["x0"], 1)))
            lines = [
                (top, tuple(sorted(row, key=lambda t: t[1]))) for top, row in sorted(rows.items())
            ]
            if number > 1 and lines and [t for t, _ in lines[0][1]] == [str(number)]:
                lines = lines[1:]
            out.append(lines)
    return out


def chunks_of(doc: Document) -> int:
    return sum(isinstance(f, _Chunk) for f in PdfWriter(doc).flowables(doc.blocks))


@pytest.fixture(scope="module")
def state() -> Meeting:
    return load_fixture("state-meeting.json")


# -- ordinary documents are untouched ------------------------------------------------------------


@pytest.mark.parametrize("name", ["seed-meeting.json", "state-meeting.json"])
@pytest.mark.parametrize("profile", ["party", "state"])
def test_ordinary_documents_are_byte_identical_to_before(name: str, profile: str) -> None:
    meeting = interchange.parse((FIXTURES / name).read_bytes()).meeting
    pdf = render_pdf_bytes(meeting, profile)
    docx = render_docx_bytes(meeting, profile)
    assert hashlib.sha256(pdf).hexdigest() == BEFORE[(name, profile, "pdf")]
    assert hashlib.sha256(docx).hexdigest() == BEFORE[(name, profile, "docx")]
    assert chunks_of(document(meeting)) == 0


def test_the_seed_fixture_is_the_shared_seed() -> None:
    shared = FIXTURES.parents[2] / "shared" / "examples" / "seed-meeting.json"
    if shared.exists():
        assert shared.read_bytes() == (FIXTURES / "seed-meeting.json").read_bytes()


def test_a_paragraph_under_two_pages_is_not_chunked(state: Meeting) -> None:
    meeting = with_statement(state, "state", words(1400), first=False)
    assert chunks_of(document(meeting)) == 0


# -- long paragraphs print as the unsplit paragraph did ------------------------------------------


@pytest.mark.parametrize("profile", ["state", "party"])
@pytest.mark.parametrize(
    ("kind", "count", "first"),
    [
        ("plain", 2500, True),
        ("plain", 2503, False),
        ("hostile", 1800, False),
        ("longwords", 1000, True),
    ],
)
def test_a_long_statement_prints_as_the_unsplit_paragraph(
    state: Meeting, profile: str, kind: str, count: int, first: bool
) -> None:
    doc = document(with_statement(state, profile, words(count, kind), first=first))
    assert chunks_of(doc) >= 2  # the new path is taken …
    chunked = pages_of_lines(render_pdf(doc))
    whole = pages_of_lines(render_pdf(doc, split_long_paragraphs=False))
    assert len(chunked) == len(whole)  # … and gives the same pages,
    for page, (mine, theirs) in enumerate(zip(chunked, whole, strict=True), start=1):
        assert mine == theirs, f"page {page} differs"  # the same lines, words and positions


def test_a_long_list_entry_prints_as_before(state: Meeting) -> None:
    meeting = copy.deepcopy(state)
    meeting.attendees = [
        Attendee.person(f"Người dự họp số {i}", f"Chức vụ {i}") for i in range(400)
    ]
    meeting.votes = []
    doc = document(meeting)
    assert chunks_of(doc) >= 2
    assert pages_of_lines(render_pdf(doc)) == pages_of_lines(
        render_pdf(doc, split_long_paragraphs=False)
    )


def tall(doc: Document) -> Document:
    """Return ``doc`` on one page tall enough for all of it: the paragraph is never split."""
    return dataclasses.replace(doc, page=dataclasses.replace(doc.page, height=Pt(14000)))


@pytest.mark.parametrize("profile", ["state", "party"])
def test_a_transcript_starts_every_page_at_the_top(state: Meeting, profile: str) -> None:
    # Each line of a pasted transcript is its own paragraph (as Enter makes one in Word).
    # Kept as forced line breaks inside one paragraph, reportlab re-broke the rest of a split
    # paragraph from its fragments and began each continued page with an empty line.
    text = words(600, "breaks")  # below the chunking threshold: an ordinary paragraph
    assert text.count("\n") > 20
    transcript = pages_of_lines(
        render_pdf(document(with_statement(state, profile, text, first=True)))
    )
    assert len(transcript) >= 2
    plain = pages_of_lines(
        render_pdf(document(with_statement(state, profile, words(4000), first=True)))
    )
    body_top = plain[1][0][0]  # where the text starts on a full page (not a line lower)
    for page in transcript[1:]:
        assert page[0][0] == pytest.approx(body_top, abs=2)


# -- very long statements ----------------------------------------------------------------------


def test_a_two_hundred_page_statement_renders_whole(state: Meeting) -> None:
    # Before chunking this took minutes (time in the square of the length); the time is
    # measured in benchmarks/bench_long_paragraph.py, never asserted here.
    text = words(160_000)
    doc = document(with_statement(state, "state", text, first=False))
    pdf = render_pdf(doc)
    reader = PdfReader(io.BytesIO(pdf))
    assert 180 <= len(reader.pages) <= 230
    last_page = reader.pages[-2].extract_text() + reader.pages[-1].extract_text()
    assert " ".join(text.split()[-6:]) in " ".join(last_page.split())
    assert (
        "Đồng chí Nguyễn Văn An" in reader.pages[1].extract_text() + reader.pages[0].extract_text()
    )


def test_chunks_fall_back_to_line_breaking_at_another_width(state: Meeting) -> None:
    doc = document(with_statement(state, "state", words(4000), first=False))
    chunk = next(f for f in PdfWriter(doc).flowables(doc.blocks) if isinstance(f, _Chunk))
    own = chunk.wrap(300, 10_000)[1] / chunk.style.leading
    assert own > 50  # re-broken at 300 pt instead of the frame width: more, shorter lines
    assert chunk._source is None


# -- DOCX: the same XML without python-docx's per-character loop -------------------------------


class _PlainDocxWriter(DocxWriter):
    """The DOCX writer as it was: every piece through python-docx's ``add_run(text)``."""

    def add_runs(self, paragraph: Any, runs: tuple[Run, ...]) -> None:
        for run in runs:
            pieces = run.text.split("\n")
            for i, piece in enumerate(pieces):
                r = paragraph.add_run(piece)
                if i < len(pieces) - 1:
                    r.add_break()
                if run.bold is not None:
                    r.bold = run.bold
                if run.italic is not None:
                    r.italic = run.italic
                if run.underline is not None:
                    r.underline = run.underline


def test_docx_runs_are_written_as_python_docx_writes_them(state: Meeting) -> None:
    text = " leading and trailing  \n\ttab\there\r\nCR\rend " + words(3000, "hostile") + " \n\n x"
    meeting = with_statement(state, "state", text, first=True)
    doc = document(meeting)
    extra = Paragraph("body", (Run(" a\tb "), Run("\r"), Run(""), Run("c\nd", bold=True)))
    doc = dataclasses.replace(doc, blocks=(*doc.blocks, extra))
    assert DocxWriter(doc).render() == _PlainDocxWriter(doc).render()
