"""Long paragraphs in the PDF: broken into lines once, split across pages by those lines."""

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
from minutes_app.render.docx_writer import DocxWriter, word_style_name
from minutes_app.render.pdf_writer import PdfWriter, _TextBlock, render_pdf
from minutes_app.render.units import Pt
from tests.render.conftest import FIXTURES, load_fixture

SENTENCE = (
    "Đề nghị các ngành, địa phương quan tâm chuẩn bị đại hội đảng các cấp, ổn định tình hình "
    "cơ sở; đẩy mạnh thông tin, tuyên truyền; tăng cường quản lý đất đai và bảo đảm an ninh "
    "chính trị, trật tự an toàn xã hội trên địa bàn"
).split()
HOSTILE = ["Đồng", "chí", "<b>", "&amp;", "kết", "luận", "😀", "e\u0301", "]]>"]

# SHA-256 of the output of the example minutes: a change to how ordinary minutes print must be
# deliberate. A layout change, or a reportlab, python-docx or font upgrade, changes these on
# purpose: re-record them then, after looking at the pages (and say so in the commit).
BEFORE = {
    (
        "seed-meeting.json",
        "party",
        "pdf",
    ): "f8978ec19cf951c18b59fba74813852bd9b006524e6f550a10d3da17f31d04ae",
    (
        "seed-meeting.json",
        "party",
        "docx",
    ): "c6af1ee83d54a8e1eda5f85c314010d7f7683b147ba7a338a51a77728562867f",
    (
        "seed-meeting.json",
        "state",
        "pdf",
    ): "1640ef0aa2e7264febcda4de2c71a67c6a378a2963e94817979f24cc88c780d1",
    (
        "seed-meeting.json",
        "state",
        "docx",
    ): "8f7cb732ee4d35b938b4b3a5b98a269639798b674a953a9a3981d658a1393d8b",
    (
        "state-meeting.json",
        "party",
        "pdf",
    ): "6f6c14eb1f3e51f056620042ae79acddf80b0205c7c50eb2da04f8e95f18cec5",
    (
        "state-meeting.json",
        "party",
        "docx",
    ): "da4470864c9bf52b15ecbbf5b6382705d77be7f9d8080eb337ecbc4fe9205f35",
    (
        "state-meeting.json",
        "state",
        "pdf",
    ): "198ee361613c1209a9a52293a2cf5e51affe869354ae0ddc825c3e99ddc33cb5",
    (
        "state-meeting.json",
        "state",
        "docx",
    ): "9830480f31d5edf0257089bc7e8944f213f4c9334d86d4d0c1fd2d8069d16731",
}


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


def test_the_seed_fixture_is_the_shared_seed() -> None:
    shared = FIXTURES.parents[2] / "shared" / "examples" / "seed-meeting.json"
    if shared.exists():
        assert shared.read_bytes() == (FIXTURES / "seed-meeting.json").read_bytes()


# -- long paragraphs: broken into lines once, split by those lines ------------------------------


def statement_lines(doc: Document, width_pt: float) -> list[str]:
    """Return the lines the breaker makes of the first long statement paragraph."""
    writer = PdfWriter(doc)
    blocks = [f for f in writer.flowables(doc.blocks) if isinstance(f, _TextBlock)]
    longest = max(blocks, key=lambda b: len(b.t.text))
    return [longest.t.text[line.start : line.end] for line in longest.t.lines(width_pt)]


@pytest.mark.parametrize("profile", ["state", "party"])
@pytest.mark.parametrize(("kind", "count"), [("plain", 2500), ("longwords", 1000)])
def test_a_long_statement_prints_the_lines_it_was_broken_into(
    state: Meeting, profile: str, kind: str, count: int
) -> None:
    # Every printed line of a many-page paragraph is a line of the one breaking: a page
    # break never re-breaks the rest (reportlab did, in time growing with the square).
    doc = document(with_statement(state, profile, words(count, kind), first=False))
    expected = [" ".join(line.split()) for line in statement_lines(doc, doc.page.text_width.pt)]
    printed = [
        " ".join(w for w, _ in row) for page in pages_of_lines(render_pdf(doc)) for _, row in page
    ]
    assert len(expected) > 100
    assert "\n".join(expected) in "\n".join(printed)


def test_a_page_break_leaves_two_lines_on_each_side(state: Meeting) -> None:
    doc = document(with_statement(state, "state", words(300), first=False))
    writer = PdfWriter(doc)
    block = max(
        (f for f in writer.flowables(doc.blocks) if isinstance(f, _TextBlock)),
        key=lambda b: len(b.t.text),
    )
    width = doc.page.text_width.pt
    n = block.line_count(width)
    assert n > 10
    for room in range(0, n + 2):
        parts = block.split(width, room * block.leading)
        if room < 2:
            assert parts == []  # no single line left at a page's foot
            continue
        head, tail = parts
        assert head.line_count(width) == min(room, n - 2)  # nor alone at the next one's head
        assert head.line_count(width) + tail.line_count(width) == n
    three = PdfWriter(doc).text_block("body", (Run(words(40)),))
    assert three.line_count(width) == 3
    assert three.split(width, 2 * three.leading) == []  # 2 + 1 or 1 + 2: moves whole


def test_a_long_list_entry_loses_nothing(state: Meeting) -> None:
    meeting = copy.deepcopy(state)
    meeting.attendees = [
        Attendee.person(f"Người dự họp số {i}", f"Chức vụ {i}") for i in range(400)
    ]
    meeting.votes = []
    text = " ".join(
        " ".join(w for w, _ in row)
        for page in pages_of_lines(render_pdf(document(meeting)))
        for _, row in page
    )
    for i in range(400):
        assert f"Người dự họp số {i}, Chức vụ {i}" in text


def tall(doc: Document) -> Document:
    """Return ``doc`` on one page tall enough for all of it: the paragraph is never split."""
    return dataclasses.replace(doc, page=dataclasses.replace(doc.page, height=Pt(14000)))


@pytest.mark.parametrize("profile", ["state", "party"])
def test_a_transcript_starts_every_page_at_the_top(state: Meeting, profile: str) -> None:
    # Each line of a pasted transcript is its own paragraph (as Enter makes one in Word).
    text = words(600, "breaks")
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
    # reportlab's paragraphs took minutes (time in the square of the length); the time is
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


# -- DOCX: the same XML python-docx writes, without its slow paths -------------------------------


class _PlainDocxWriter(DocxWriter):
    """The DOCX writer as it was: every paragraph through python-docx's ``add_paragraph(style=…)``
    (a style looked up by name each time) and every piece through its ``add_run(text)``."""

    def add_paragraph(self, container: Any, style: str | None = None, keep: bool = False) -> Any:
        para = container.add_paragraph(style=None if style is None else word_style_name(style))
        if keep:
            para.paragraph_format.keep_with_next = True
        return para

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
    kept = Paragraph("label", (Run("Giữ với đoạn sau:"),), keep_with_next=True)
    doc = dataclasses.replace(doc, blocks=(*doc.blocks, extra, kept))
    assert DocxWriter(doc).render() == _PlainDocxWriter(doc).render()


@pytest.mark.parametrize("name", ["seed-meeting.json", "state-meeting.json"])
def test_docx_of_the_examples_is_what_python_docx_writes(name: str) -> None:
    doc = document(interchange.parse((FIXTURES / name).read_bytes()).meeting)
    assert DocxWriter(doc).render() == _PlainDocxWriter(doc).render()
