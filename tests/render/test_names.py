"""Names of bodies and signers' titles break only between their units, in the PDF and in Word."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pdfplumber
import pytest

from minutes_app.domain.model import Meeting
from minutes_app.render import build_document, render_docx_bytes, render_pdf_bytes
from minutes_app.render.document import Paragraph, Table
from minutes_app.render.names import units_of
from tests.render.conftest import convert_with_libreoffice, load_fixture, needs_soffice

# Real bodies (state issuers under a parent, Party cells under their Đảng bộ) and signers.
STATE_NAMES = [
    ("ỦY BAN NHÂN DÂN HUYỆN YÊN MÔ", "ỦY BAN NHÂN DÂN XÃ YÊN MẠC"),
    ("ỦY BAN NHÂN DÂN HUYỆN KIM SƠN", "ỦY BAN NHÂN DÂN THỊ TRẤN PHÁT DIỆM"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BÀI"),
    ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "SỞ NỘI VỤ TỈNH NINH BÌNH"),
    ("", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"),
    ("ỦY BAN NHÂN DÂN HUYỆN ỨNG HÒA", "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ CẦU"),
]
PARTY_NAMES = [
    ("ĐẢNG BỘ XÃ YÊN MẠC", "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ YÊN MẠC"),
    ("ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH NINH BÌNH"),
    ("ĐẢNG BỘ XÃ YÊN MẠC", "CHI BỘ KHỐI CƠ QUAN ĐẢNG, MẶT TRẬN VÀ CÁC ĐOÀN THỂ XÃ YÊN MẠC"),
    ("ĐẢNG BỘ HUYỆN YÊN MÔ", "ĐẢNG ỦY XÃ YÊN MẠC"),
    ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY PHƯỜNG BẾN NGHÉ"),
]
TITLES = [
    "Chuyên viên Văn phòng Huyện ủy",
    "Phó Bí thư Thường trực Huyện ủy",
    "Chủ tịch Ủy ban nhân dân xã Yên Mạc",
    "Phó Chủ tịch Hội đồng nhân dân thị trấn Phát Diệm",
    "Bí thư Chi bộ, Hiệu trưởng Trường Trung học cơ sở Yên Mạc",
    "Công chức Văn hóa - Xã hội",
]
NBSP = "\u00a0"


def meetings() -> dict[str, Meeting]:
    """Return one meeting per name (and per pair of titles), keyed by a file stem."""
    out: dict[str, Meeting] = {}
    state, party = load_fixture("state-meeting.json"), load_fixture("chi-bo-meeting.json")
    for i, (parent, name) in enumerate(STATE_NAMES):
        m = copy.deepcopy(state)
        m.issuer.parent, m.issuer.name = parent, name
        out[f"state-{i}"] = m
    for i, (parent, name) in enumerate(PARTY_NAMES):
        m = copy.deepcopy(party)
        m.issuer.parent, m.issuer.name = parent, name
        out[f"party-{i}"] = m
    for i, title in enumerate(TITLES):
        m = copy.deepcopy(load_fixture("seed-meeting.json"))  # Party: positions are printed
        m.secretary.position = title
        m.chair.position = TITLES[-1 - i]
        out[f"titles-{i}"] = m
    return out


def cell_lines(meeting: Meeting) -> dict[str, list[str]]:
    """Return, per printed name or title, the lines the document model gives it."""
    doc = build_document(meeting)
    out: dict[str, list[str]] = {}
    for role in ("header", "signature"):
        table = doc.section(role).blocks[0]
        assert isinstance(table, Table)
        for row in table.rows[:1]:
            for cell in row:
                for block in cell.blocks:
                    if isinstance(block, Paragraph) and block.style in (
                        "parent_body",
                        "issuing_body",
                        "signature_position",
                    ):
                        lines = block.text.replace(NBSP, " ").split("\n")
                        out[" ".join(lines)] = lines
    return out


# Names with a unit wider than the column: that unit alone breaks inside (tested below).
OVER_WIDE = {
    "CHI BỘ KHỐI CƠ QUAN ĐẢNG, MẶT TRẬN VÀ CÁC ĐOÀN THỂ XÃ YÊN MẠC",
    "BÍ THƯ CHI BỘ, HIỆU TRƯỞNG TRƯỜNG TRUNG HỌC CƠ SỞ YÊN MẠC",  # in the 40 % column
}


def test_lines_hold_whole_units_only() -> None:
    for name, meeting in meetings().items():
        for whole, lines in cell_lines(meeting).items():
            if whole in OVER_WIDE:
                continue
            units = units_of(whole)
            for line in lines:
                # every line is a run of whole units: it starts and ends at unit boundaries
                joined = [
                    " ".join(units[i:j])
                    for i in range(len(units))
                    for j in range(i + 1, len(units) + 1)
                ]
                assert line in joined, f"{name}: {whole!r} broken inside a unit: {lines}"


def test_the_seed_secretary_title_is_no_longer_broken_inside_văn_phòng() -> None:
    lines = cell_lines(load_fixture("seed-meeting.json"))
    assert lines["CHUYÊN VIÊN VĂN PHÒNG HUYỆN ỦY"] == ["CHUYÊN VIÊN", "VĂN PHÒNG HUYỆN ỦY"]
    state = cell_lines(load_fixture("state-meeting.json"))
    assert state["ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG"] == ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯỚNG"]


def test_a_line_break_typed_in_the_name_is_kept() -> None:
    meeting = load_fixture("state-meeting.json")
    meeting.issuer.name = "ỦY BAN NHÂN DÂN XÃ\nĐỒNG HƯỚNG"  # the user's own choice
    assert cell_lines(meeting)["ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG"] == [
        "ỦY BAN NHÂN DÂN XÃ",
        "ĐỒNG HƯỚNG",
    ]


def test_only_a_unit_wider_than_the_column_breaks_inside_at_a_space() -> None:
    # Form 1.9's left column (63 mm inside) cannot hold "PHƯỜNG NGUYỄN THÁI HỌC" in 13 pt bold,
    # and the national title leaves it no room to widen: that unit alone breaks, at a space.
    meeting = load_fixture("state-meeting.json")
    meeting.issuer.name = "ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN THÁI HỌC"
    lines = cell_lines(meeting)["ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN THÁI HỌC"]
    assert lines == ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGUYỄN", "THÁI HỌC"]
    # A name too wide for a line breaks first before its "và", as offices print it.
    meeting.issuer.parent = "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"
    meeting.issuer.name = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    lines = cell_lines(meeting)["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]
    assert lines == ["SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"]  # 13 pt bold: 69.5 mm > 63 mm
    party = load_fixture("chi-bo-meeting.json")
    party.issuer.name = "CHI BỘ KHỐI CƠ QUAN ĐẢNG, MẶT TRẬN VÀ CÁC ĐOÀN THỂ XÃ YÊN MẠC"
    assert cell_lines(party)[party.issuer.name] == [
        "CHI BỘ KHỐI CƠ QUAN ĐẢNG,",
        "MẶT TRẬN VÀ CÁC ĐOÀN THỂ",
        "XÃ YÊN MẠC",
    ]


def test_a_long_party_cell_name_widens_the_left_column() -> None:
    meeting = load_fixture("chi-bo-meeting.json")
    short = copy.deepcopy(meeting)
    short.issuer.name = "CHI BỘ THÔN TRUNG"
    meeting.issuer.name = "CHI BỘ KHỐI CƠ QUAN ĐẢNG, MẶT TRẬN VÀ CÁC ĐOÀN THỂ XÃ YÊN MẠC"
    wide = build_document(meeting).section("header").blocks[0]
    plain = build_document(short).section("header").blocks[0]
    assert plain.columns[0].ratio(plain.width) == pytest.approx(0.4, abs=0.001)
    assert 0.4 < wide.columns[0].ratio(wide.width) <= 0.5
    assert wide.width == plain.width
    # The state layout keeps form 1.9's columns.
    state = load_fixture("state-meeting.json")
    state.issuer.name = meeting.issuer.name
    columns = build_document(state).section("header").blocks[0]
    assert columns.columns[0].ratio(columns.width) == pytest.approx(0.4, abs=0.001)


# -- as printed: the PDF read back, and LibreOffice's print of the DOCX -------------------------


def column_edges(meeting: Meeting) -> tuple[float, float]:
    """Return where the header's and the signature table's right columns start (points)."""
    doc = build_document(meeting)
    edges = []
    for role in ("header", "signature"):
        table = doc.section(role).blocks[0]
        assert isinstance(table, Table)
        edges.append(doc.page.left.pt + table.columns[0].pt)
    return edges[0], edges[1]


def printed_lines(
    pdf: bytes, wholes: list[str], edges: tuple[float, float]
) -> dict[str, list[str]]:
    """Return the printed lines of each name or title, read from the PDF's first and last page:
    the consecutive lines of one column whose words make up the name."""
    found: dict[str, list[str]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page, edge in ((doc.pages[0], edges[0]), (doc.pages[-1], edges[1])):
            words = page.extract_words()
            left = lambda w, e=edge: w["x1"] <= e  # noqa: E731
            right = lambda w, e=edge: w["x0"] >= e  # noqa: E731
            for column in (left, right):
                rows: dict[int, list[tuple[float, str]]] = {}
                for w in words:
                    if column(w):
                        rows.setdefault(round(w["bottom"]), []).append((w["x0"], w["text"]))
                lines = [" ".join(t for _, t in sorted(rows[k])) for k in sorted(rows)]
                for whole in wholes:
                    for i in range(len(lines)):
                        for j in range(i + 1, min(len(lines), i + 5) + 1):
                            if " ".join(lines[i:j]).replace(NBSP, " ") == whole:
                                found.setdefault(whole, lines[i:j])
    return found


@pytest.mark.libreoffice
@needs_soffice
def test_both_writers_print_the_same_lines_between_units(tmp_path: Path) -> None:
    cases = meetings()
    files, ours = [], {}
    for stem, meeting in cases.items():
        ours[stem] = render_pdf_bytes(meeting)
        path = tmp_path / f"{stem}.docx"
        path.write_bytes(render_docx_bytes(meeting))
        files.append(path)
    theirs = dict(zip(cases, convert_with_libreoffice(files, tmp_path), strict=True))
    for stem, meeting in cases.items():
        expected = cell_lines(meeting)
        wholes = list(expected)
        edges = column_edges(meeting)
        pdf = printed_lines(ours[stem], wholes, edges)
        lo = printed_lines(theirs[stem].read_bytes(), wholes, edges)
        for whole, lines in expected.items():
            assert pdf.get(whole) == lines, f"{stem} PDF: {whole!r} printed as {pdf.get(whole)}"
            assert lo.get(whole) == lines, (
                f"{stem} LibreOffice: {whole!r} printed as {lo.get(whole)}"
            )
