"""The DOCX read back with python-docx: page setup, Word styles, texts, header field, properties."""

from __future__ import annotations

import copy
import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm as DocxMm
from docx.shared import Pt as DocxPt

from minutes_app.domain.model import Meeting
from minutes_app.render import load_profile, render_docx_bytes
from minutes_app.render.builder import build
from minutes_app.render.document import Document, UnknownNodeError
from minutes_app.render.docx_writer import render_docx, word_style_name
from tests.render.test_pdf import hostile


@pytest.fixture
def state_docx(state_meeting: Meeting) -> bytes:
    return render_docx_bytes(
        state_meeting, metadata={"approval_hash": "sha256:0f1e", "revision": "4"}
    )


@pytest.fixture
def seed_docx(seed_meeting: Meeting) -> bytes:
    return render_docx_bytes(seed_meeting)


def mm(length) -> float:
    return round(length.mm, 1)


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def plain(text: str) -> str:
    """Return printed text with its no-break spaces as plain spaces (they only glue words)."""
    return text.replace("\u00a0", " ")


def all_paragraph_texts(d: docx.document.Document) -> list[str]:
    out = []
    body = d.element.body
    for p in body.iter(qn("w:p")):
        out.append(plain("".join(t.text or "" for t in p.iter(qn("w:t")))))
    return out


def test_page_setup(state_docx: bytes, seed_docx: bytes) -> None:
    for data in (state_docx, seed_docx):
        section = open_docx(data).sections[0]
        assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
        assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
        assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)
        assert mm(section.header_distance) == 10
        assert section.different_first_page_header_footer


def test_page_number_field_only_from_page_two(state_docx: bytes) -> None:
    section = open_docx(state_docx).sections[0]
    header_xml = section.header._element.xml
    assert "PAGE" in "".join(t.text or "" for t in section.header._element.iter(qn("w:instrText")))
    assert 'w:fldCharType="begin"' in header_xml and 'w:fldCharType="end"' in header_xml
    para = section.header.paragraphs[0]
    assert para.style.name == "Minutes Page Number"
    assert para.style.font.size == DocxPt(14)
    assert para.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert list(first._element.iter(qn("w:instrText"))) == []


def test_normal_style_is_times_new_roman_14(state_docx: bytes) -> None:
    normal = open_docx(state_docx).styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == DocxPt(14)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert (
        fonts.get(qn("w:eastAsia")) == "Times New Roman"
        and fonts.get(qn("w:cs")) == "Times New Roman"
    )


def test_named_styles_carry_the_profile(state_docx: bytes, seed_docx: bytes) -> None:
    styles = open_docx(state_docx).styles
    body = styles["Minutes Body"]
    assert body.base_style.name == "Normal"
    assert body.font.size == DocxPt(14)
    fmt = body.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert mm(fmt.first_line_indent) == 10
    assert fmt.space_before == DocxPt(6)
    assert fmt.line_spacing_rule == WD_LINE_SPACING.SINGLE
    title = styles["Minutes Doc Type"]
    assert (title.font.size, title.font.bold) == (DocxPt(14), True)
    assert styles["Minutes Header Title"].font.size == DocxPt(13)
    assert styles["Minutes Motto"].font.bold and styles["Minutes Motto"].font.size == DocxPt(14)
    assert (
        styles["Minutes Recipients Label"].font.bold
        and styles["Minutes Recipients Label"].font.italic
    )
    assert styles["Minutes Recipients Label"].font.size == DocxPt(12)
    assert styles["Minutes Recipients Entry"].font.size == DocxPt(11)
    party = open_docx(seed_docx).styles
    pf = party["Minutes Body"].paragraph_format
    assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY and pf.line_spacing == DocxPt(18)
    assert party["Minutes Doc Type"].font.size == DocxPt(16)
    assert party["Minutes Header Title"].font.size == DocxPt(15)
    assert party["Minutes Recipients Label"].font.underline
    assert party["Minutes Place Date"].font.italic


def test_paragraphs_use_the_styles(state_docx: bytes) -> None:
    d = open_docx(state_docx)
    by_text = {plain(p.text): p for p in d.paragraphs}
    assert by_text["BIÊN BẢN"].style.name == "Minutes Doc Type"
    assert (
        by_text["Họp Ủy ban nhân dân xã thường kỳ tháng 3 năm 2020"].style.name == "Minutes Title"
    )
    start = by_text["Thời gian bắt đầu: 08 giờ 00 phút, ngày 06 tháng 3 năm 2020."]
    assert start.style.name == "Minutes Body"
    assert start.runs[0].text == "Thời gian bắt đầu:" and start.runs[0].bold
    assert by_text["Nội dung:"].style.name == "Minutes Label"
    closing = [p for p in d.paragraphs if p.text.startswith("Cuộc họp kết thúc")][0]
    assert plain(closing.text).endswith("lập thành 02 bản./.")
    assert "02\u00a0bản" in closing.text  # a number keeps its unit on its line
    assert closing.style.paragraph_format.keep_with_next


def test_header_and_signature_tables(state_docx: bytes) -> None:
    d = open_docx(state_docx)
    header, signature = d.tables
    texts = [plain(c.text).replace("\n", " ") for c in header.rows[0].cells]
    assert texts[0] == "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG" or texts[0].startswith(
        "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG"
    )
    assert (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts[1]
        and "Độc lập - Tự do - Hạnh phúc" in texts[1]
    )
    assert header.rows[1].cells[0].text == "Số: 07/BB-UBND"
    grid = [int(c.get(qn("w:w"))) for c in header._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert sum(grid) == pytest.approx(DocxMm(165).twips, abs=2)
    assert grid[0] / sum(grid) == pytest.approx(0.4, abs=0.001)
    for table in (header, signature):
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert {el.get(qn("w:val")) for el in borders} == {"nil"}
    assert "THƯ KÝ" in plain(signature.rows[0].cells[0].text) and "CHỦ TỌA" in plain(
        signature.rows[0].cells[1].text
    )
    names = signature.rows[1].cells
    assert names[0].text.strip() == "Trần Thị Mai" and names[1].text.strip() == "Phạm Văn Hùng"
    name_para = [p for p in names[1].paragraphs if p.text][0]
    assert name_para.style.font.bold


def test_rules_are_paragraph_borders_of_the_right_width(state_docx: bytes) -> None:
    d = open_docx(state_docx)
    header = d.tables[0]
    right = header.rows[0].cells[1]
    rule = [
        p
        for p in right.paragraphs
        if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None
    ]
    assert len(rule) == 1
    fmt = rule[0].paragraph_format
    profile = load_profile("state")
    cell_inner = DocxMm(165 * 0.6).pt - 2 * profile.header_padding.pt
    from minutes_app.render.metrics import font_metrics
    from minutes_app.render.units import Pt

    motto = (
        font_metrics(profile.fonts).text_width("Độc lập - Tự do - Hạnh phúc", Pt(14), bold=True).pt
    )
    assert cell_inner - fmt.left_indent.pt - fmt.right_indent.pt == pytest.approx(motto, abs=0.2)


def test_core_and_custom_properties(state_docx: bytes) -> None:
    core = open_docx(state_docx).core_properties
    assert core.author == "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG"
    assert "Họp Ủy ban nhân dân xã thường kỳ tháng 3 năm 2020" in core.title
    assert core.subject and core.language == "vi-VN"
    with zipfile.ZipFile(io.BytesIO(state_docx)) as z:
        custom = z.read("docProps/custom.xml").decode("utf-8")
        assert 'name="approval_hash"' in custom and "sha256:0f1e" in custom
        assert "docProps/custom.xml" in z.read("_rels/.rels").decode("utf-8")
        assert "custom-properties+xml" in z.read("[Content_Types].xml").decode("utf-8")


def test_same_meeting_gives_same_bytes(state_meeting: Meeting, state_docx: bytes) -> None:
    again = render_docx_bytes(
        state_meeting, metadata={"approval_hash": "sha256:0f1e", "revision": "4"}
    )
    assert again == state_docx


def test_party_texts(seed_docx: bytes) -> None:
    texts = all_paragraph_texts(open_docx(seed_docx))
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
        "Số      -BB/HU",
        "Kim Sơn, ngày 25 tháng 02 năm 2020",
        "-----",
        "NGƯỜI GHI BIÊN BẢN",
        "CHỦ TRÌ HỘI NGHỊ",
        "Nơi nhận:",
        "- Lưu Văn phòng Huyện ủy.",
    ):
        assert expected in texts, expected


def test_hostile_text_kept_literally(state_meeting: Meeting) -> None:
    data = render_docx_bytes(hostile(state_meeting))
    text = "\n".join(all_paragraph_texts(open_docx(data)))
    # Typed straight quotes print as curly ones; nothing else changes.
    assert "Họp <b>bàn</b> & “thống nhất” ‘kế hoạch’ &amp; <br/>" in text
    assert "Ý kiến 299: <b>đậm</b> &lt; & “ngoặc” bình thường." in text
    assert "Người 199 <b>" in text
    assert "Nghiêng" * 43 in text


def test_each_line_of_user_text_is_a_paragraph(state_meeting: Meeting) -> None:
    m = copy.deepcopy(state_meeting)
    m.agenda[0].conclusion = "Dòng một\nDòng hai\n\nDòng ba"
    d = open_docx(render_docx_bytes(m))
    first = next(p for p in d.paragraphs if "Dòng một" in p.text)
    assert "<w:br/>" not in first._p.xml and "Dòng hai" not in first.text
    assert [p.text for p in d.paragraphs if p.text in ("Dòng hai", "Dòng ba.", "Dòng ba")]


def test_writer_refuses_unknown_nodes(state_meeting: Meeting) -> None:
    doc = build(state_meeting, load_profile("state"))
    broken = Document(doc.page, doc.fonts, doc.styles, (*doc.blocks, object()), doc.metadata)  # type: ignore[arg-type]
    with pytest.raises(UnknownNodeError):
        render_docx(broken)


def test_style_names() -> None:
    assert word_style_name("doc_type") == "Minutes Doc Type"


def test_property_elements_are_not_duplicated(state_docx: bytes, seed_docx: bytes) -> None:
    """Word refuses (asks to repair) property blocks with a repeated child element."""
    from lxml import etree

    for data in (state_docx, seed_docx):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                if not name.endswith(".xml"):
                    continue
                root = etree.fromstring(z.read(name))
                for tag in ("pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr"):
                    for props in root.iter(qn(f"w:{tag}")):
                        repeatable = {qn("w:headerReference"), qn("w:footerReference")}
                        children = [c.tag for c in props if c.tag not in repeatable]
                        assert len(children) == len(set(children)), (name, tag, children)


def test_the_file_is_a_word_2013_document(state_docx: bytes) -> None:
    # python-docx's template says Word 2010 (compatibilityMode 14): Word then shows
    # "[Compatibility Mode]" and shifts every table left by its cell margin.
    settings = zipfile.ZipFile(io.BytesIO(state_docx)).read("word/settings.xml").decode()
    modes = [
        el.get(qn("w:val"))
        for el in open_docx(state_docx).settings.element.iter(qn("w:compatSetting"))
        if el.get(qn("w:name")) == "compatibilityMode"
    ]
    assert modes == ["15"]
    assert settings.count("compatibilityMode") == 1


def test_party_number_and_date_share_a_baseline(seed_meeting: Meeting) -> None:
    # In a table cell Word counts the first paragraph's space before: "Số …" and the date
    # have the same size and space before, so they print on one line.
    doc = build(seed_meeting, load_profile("party"))
    (_, _), (number_cell, date_cell) = doc.section("header").blocks[0].rows
    number, date = number_cell.blocks[0], date_cell.blocks[0]
    a, b = doc.style(number.style), doc.style(date.style)
    assert (a.size, a.space_before, a.line_spacing) == (b.size, b.space_before, b.line_spacing)
