"""The PDF read back: page size, embedded fonts, Vietnamese text, page numbers, margins."""

from __future__ import annotations

import copy
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from minutes_app.domain.model import Attendee, Meeting, Speaker, Statement
from minutes_app.render import load_profile, render_pdf_bytes
from minutes_app.render.builder import build
from minutes_app.render.document import Document, Paragraph, Run, UnknownNodeError
from minutes_app.render.metrics import font_metrics
from minutes_app.render.pdf_writer import render_pdf
from minutes_app.render.units import Mm, Pt
from tests.render.conftest import long_meeting, pdf_text

MM = 72 / 25.4
TOLERANCE = 1.0  # points


@pytest.fixture
def state_pdf(state_meeting: Meeting) -> bytes:
    return render_pdf_bytes(
        state_meeting, metadata={"approval_hash": "sha256:0f1e", "revision": "4"}
    )


@pytest.fixture
def seed_pdf(seed_meeting: Meeting) -> bytes:
    return render_pdf_bytes(seed_meeting)


def words_of(data: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_words(extra_attrs=["fontname", "size"]) for page in pdf.pages]


def test_page_size_is_a4(state_pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(state_pdf)).pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.5)


def test_every_font_is_embedded_truetype(state_pdf: bytes, seed_pdf: bytes) -> None:
    for data in (state_pdf, seed_pdf):
        seen = set()
        for page in PdfReader(io.BytesIO(data)).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
                assert "/ToUnicode" in font  # text copies out as Unicode
                seen.add(str(font["/BaseFont"]).split("+")[-1])
        assert {"LiberationSerif", "LiberationSerif-Bold"} <= seen


def test_text_copies_out_as_vietnamese(state_pdf: bytes, seed_pdf: bytes) -> None:
    text = pdf_text(state_pdf)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/BB-UBND",
        "BIÊN BẢN",
        "Họp Ủy ban nhân dân xã thường kỳ tháng 3 năm 2020",
        "Thời gian bắt đầu: 08 giờ 00 phút, ngày 06 tháng 3 năm 2020.",
        "THƯ KÝ",
        "CHỦ TỌA",
        "Trần Thị Mai",
        "Phạm Văn Hùng",
        "Nơi nhận:",
        "- Lưu: VT, Hồ sơ.",
        "đạt 85,71%",
    ):
        assert expected in text, expected
    seed_text = pdf_text(seed_pdf)
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "HUYỆN ỦY KIM SƠN",
        "Kim Sơn, ngày 25 tháng 02 năm 2020",
        "NGƯỜI GHI BIÊN BẢN",
        "CHỦ TRÌ HỘI NGHỊ",
        "Nguyễn Thị Lan",
    ):
        assert expected in seed_text, expected
    assert "Số" in seed_text and "-BB/HU" in seed_text


def test_styles_in_print(state_pdf: bytes, seed_pdf: bytes) -> None:
    pages = words_of(state_pdf)
    first = pages[0]

    def word(text: str, page: list[dict] = first) -> dict:
        return next(w for w in page if w["text"] == text)

    assert "Bold" in word("BIÊN")["fontname"] and word("BIÊN")["size"] == pytest.approx(14)
    assert "Bold" in word("CỘNG")["fontname"] and word("CỘNG")["size"] == pytest.approx(13)
    assert "Bold" in word("Độc")["fontname"] and word("Độc")["size"] == pytest.approx(14)
    assert "Bold" not in word("07/BB-UBND")["fontname"] and word("07/BB-UBND")[
        "size"
    ] == pytest.approx(13)
    body = word("08")
    assert body["size"] == pytest.approx(14) and "Bold" not in body["fontname"]
    last = pages[-1]
    label = word("nhận:", last)
    assert label["size"] == pytest.approx(12) and "BoldItalic" in label["fontname"]
    assert word("Hồ", last)["size"] == pytest.approx(11)
    seed_first = words_of(seed_pdf)[0]
    assert word("SẢN", seed_first)["size"] == pytest.approx(15)
    assert word("BỘ", seed_first)["size"] == pytest.approx(14)
    assert word("BIÊN", seed_first)["size"] == pytest.approx(16)
    assert "Italic" in word("Kim", seed_first)["fontname"]


def test_body_is_justified_with_first_line_indent(state_pdf: bytes) -> None:
    left = 30 * MM
    right = (210 - 15) * MM
    first = words_of(state_pdf)[0]
    start = next(w for w in first if w["text"] == "Thời")
    assert start["x0"] == pytest.approx(left + 10 * MM, abs=TOLERANCE)
    # A full line of a justified paragraph ends at the right margin.
    line_ends = [w["x1"] for w in first if w["size"] == pytest.approx(14) and w["top"] > 200]
    assert max(line_ends) == pytest.approx(right, abs=TOLERANCE)


def test_header_rules_have_spec_lengths(state_pdf: bytes) -> None:
    profile = load_profile("state")
    with pdfplumber.open(io.BytesIO(state_pdf)) as pdf:
        lines = sorted((round(ln["x1"] - ln["x0"], 1) for ln in pdf.pages[0].lines), reverse=True)
    motto = (
        font_metrics(profile.fonts).text_width("Độc lập - Tự do - Hạnh phúc", Pt(14), bold=True).pt
    )
    assert len(lines) == 3
    assert lines[0] == pytest.approx(motto, abs=0.2)


def test_page_numbers_from_page_two(state_meeting: Meeting) -> None:
    data = render_pdf_bytes(long_meeting(state_meeting, 40))
    pages = words_of(data)
    assert len(pages) >= 4
    centre = (30 + (210 - 30 - 15) / 2) * MM
    for number, words in enumerate(pages, start=1):
        top = [w for w in words if w["top"] < 20 * MM]
        if number == 1:
            assert [w["text"] for w in top] == ["DỰ", "THẢO"]  # a draft, and no number
            continue
        assert [w["text"] for w in top] == [str(number)]
        w = top[0]
        assert (w["x0"] + w["x1"]) / 2 == pytest.approx(centre, abs=TOLERANCE)
        assert w["size"] == pytest.approx(14)
        assert w["top"] == pytest.approx(10 * MM, abs=2.5)


def assert_inside_margins(data: bytes) -> None:
    left, right = 30 * MM - TOLERANCE, (210 - 15) * MM + TOLERANCE
    top, bottom = 20 * MM - TOLERANCE, (297 - 20) * MM + TOLERANCE
    for n, words in enumerate(words_of(data), start=1):
        for w in words:
            if n > 1 and w["top"] < 20 * MM and w["text"] == str(n):
                continue  # the page number sits in the top margin
            if n == 1 and w["top"] < 20 * MM and w["text"] in ("DỰ", "THẢO"):
                continue  # so does the draft mark
            assert left <= w["x0"] and w["x1"] <= right, (n, w["text"][:20], w["x0"], w["x1"])
            assert top <= w["top"] and w["bottom"] <= bottom, (n, w["text"][:20], w["top"])


def test_every_word_inside_the_margins(state_pdf: bytes, seed_pdf: bytes) -> None:
    assert_inside_margins(state_pdf)
    assert_inside_margins(seed_pdf)


def test_metadata(state_pdf: bytes) -> None:
    info = PdfReader(io.BytesIO(state_pdf)).metadata
    assert info["/Author"] == "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG"
    assert "Họp Ủy ban nhân dân xã thường kỳ tháng 3 năm 2020" in info["/Title"]
    assert info["/Subject"]
    assert info["/approval_hash"] == "sha256:0f1e" and info["/revision"] == "4"


def test_same_meeting_gives_same_bytes(state_meeting: Meeting, state_pdf: bytes) -> None:
    again = render_pdf_bytes(
        state_meeting, metadata={"approval_hash": "sha256:0f1e", "revision": "4"}
    )
    assert again == state_pdf
    code = (
        "import hashlib, sys\n"
        "from minutes_app.domain import interchange\n"
        "from minutes_app.render import render_pdf_bytes\n"
        "m = interchange.parse(open('tests/fixtures/state-meeting.json','rb').read()).meeting\n"
        "d = render_pdf_bytes(m, metadata={'approval_hash': 'sha256:0f1e', 'revision': '4'})\n"
        "print(hashlib.sha256(d).hexdigest())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=str(Path(__file__).resolve().parents[2]),
    )
    assert out.stdout.strip() == hashlib.sha256(state_pdf).hexdigest()
    changed = copy.deepcopy(state_meeting)
    changed.location += " (tầng 2)"
    assert render_pdf_bytes(changed) != state_pdf


def hostile(meeting: Meeting) -> Meeting:
    m = copy.deepcopy(meeting)
    long_word = "Nghiêng" * 43  # 301 characters, no space to break at
    m.title = "Họp <b>bàn</b> & \"thống nhất\" 'kế hoạch' &amp; <br/>"
    m.location = f"Hội trường {long_word} tầng 2"
    m.chair.position = "Chủ tịch <i>UBND</i> & Bí thư"
    m.attendees = [
        Attendee(name=f"Người {i} <b>", position='Cán bộ & "chuyên viên"') for i in range(200)
    ]
    m.agenda[0].statements = [
        Statement(
            Speaker(name=f"Đại biểu {i}", position="<u>Khách</u>"),
            f'Ý kiến {i}: <b>đậm</b> &lt; & "ngoặc" {long_word if i % 50 == 0 else "bình thường"}.',
        )
        for i in range(300)
    ]
    for vote in m.votes:
        vote.eligible = 200
    return m


def test_hostile_text_prints_literally(state_meeting: Meeting) -> None:
    m = hostile(state_meeting)
    data = render_pdf_bytes(m)
    text = pdf_text(data)
    flat = text.replace("\n", " ")
    assert "Họp <b>bàn</b> & “thống nhất” ‘kế hoạch’ &amp; <br/>" in flat  # curly quotes
    assert "Chủ tịch <i>UBND</i> & Bí thư" in flat
    assert "Người 199 <b>" in flat
    assert "Ý kiến 299: <b>đậm</b> &lt; & “ngoặc” bình thường." in flat
    assert "Đồng chí Đại biểu 7, <u>Khách</u>:" in flat
    # The 301-character word is broken across lines (and pages) but nothing of it is lost.
    joined = re.sub(r"\f\d+", "", text).replace("\n", "")
    assert joined.count("Nghiêng") >= 43 * 7
    assert_inside_margins(data)


def test_writer_refuses_unknown_nodes(state_meeting: Meeting) -> None:
    doc = build(state_meeting, load_profile("state"))

    class Mystery:
        pass

    broken = Document(doc.page, doc.fonts, doc.styles, (*doc.blocks, Mystery()), doc.metadata)  # type: ignore[arg-type]
    with pytest.raises(UnknownNodeError, match="Mystery"):
        render_pdf(broken)
    undefined = Document(
        doc.page, doc.fonts, doc.styles, (Paragraph("nope", (Run("x"),)),), doc.metadata
    )
    with pytest.raises(KeyError, match="nope"):
        render_pdf(undefined)


def test_party_line_spacing_is_exactly_18pt(seed_pdf: bytes) -> None:
    first = words_of(seed_pdf)[0]
    tops = sorted(
        {round(w["top"], 1) for w in first if w["size"] == pytest.approx(14) and w["top"] > 300}
    )
    gaps = [round(b - a, 1) for a, b in zip(tops, tops[1:], strict=False)]
    assert 18.0 in gaps
    assert all(g >= 18.0 for g in gaps)


def test_margins_come_from_the_profile(state_meeting: Meeting) -> None:
    data = render_pdf_bytes(state_meeting)
    first = words_of(data)[0]
    assert min(w["x0"] for w in first) == pytest.approx(30 * MM + Mm(1.5).pt, abs=8)


def test_party_number_and_date_print_on_one_baseline(seed_pdf: bytes) -> None:
    with pdfplumber.open(io.BytesIO(seed_pdf)) as pdf:
        chars = pdf.pages[0].chars
    pairs = list(zip(chars, chars[1:], strict=False))
    number = next(a for a, b in pairs if a["text"] + b["text"] == "Số")
    date = next(a for a, b in pairs if a["text"] + b["text"] == "Ki" and "Italic" in a["fontname"])
    assert number["matrix"][5] == pytest.approx(date["matrix"][5], abs=0.01)
