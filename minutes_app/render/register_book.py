"""The outgoing-documents register (sổ đăng ký văn bản đi, Decree 30 Phụ lục IV) as a document.

Landscape A4, one bordered table of the ten official columns, every kind of document together,
one line a document, the header row repeated by its position at the top of the table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.text import clean
from minutes_app.render.document import (
    Align,
    Block,
    Cell,
    Document,
    Metadata,
    PageNumbering,
    Paragraph,
    ParagraphStyle,
    Run,
    Section,
    Table,
)
from minutes_app.render.profile import load_profile
from minutes_app.render.typography import typeset
from minutes_app.render.units import Mm, Pt

#: The ten columns of Phụ lục IV, with their widths in millimetres (257 mm in all).
COLUMNS = (
    ("Số, ký hiệu văn bản", 28),
    ("Ngày tháng văn bản", 22),
    ("Tên loại và trích yếu nội dung văn bản", 62),
    ("Người ký", 28),
    ("Nơi nhận văn bản", 34),
    ("Đơn vị, người nhận bản lưu", 26),
    ("Số lượng bản", 14),
    ("Ngày chuyển", 16),
    ("Ký nhận", 15),
    ("Ghi chú", 12),
)


@dataclass(frozen=True)
class OutgoingEntry:
    """One line of the register."""

    number: str  # "07/BB-UBND", "45-TB/HU"
    date: dt.date
    kind: str  # "Biên bản", "Thông báo kết luận"
    summary: str
    signer: str
    recipients: str
    kept: str  # who keeps the filed copy ("VT", "Chi bộ")
    copies: int | None = None


def _styles(size: float) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("register_cell", size=Pt(size), align=Align.LEFT)
    return {
        "register_title": ParagraphStyle(
            "register_title", size=Pt(16), bold=True, align=Align.CENTER, space_after=Pt(4)
        ),
        "register_subtitle": ParagraphStyle(
            "register_subtitle", size=Pt(13), italic=True, align=Align.CENTER, space_after=Pt(10)
        ),
        "register_head": dataclasses.replace(
            base, name="register_head", bold=True, align=Align.CENTER
        ),
        "register_cell": base,
        "register_center": dataclasses.replace(base, name="register_center", align=Align.CENTER),
        "page_number": ParagraphStyle("page_number", size=Pt(12), align=Align.CENTER),
    }


def _para(style: str, value: str, **run: bool) -> Paragraph:
    shown = typeset(" ".join(clean(value).split()))
    return Paragraph(style, (Run(shown, **run),) if shown else ())


def build_register(entries: Sequence[OutgoingEntry], year: int, body: str = "") -> Document:
    """Return the register of ``year`` laid out on landscape A4 pages."""
    state = load_profile("state")
    page = dataclasses.replace(
        state.page,
        width=Mm(297).in_twips(),
        height=Mm(210).in_twips(),
        top=Mm(20).in_twips(),
        bottom=Mm(15).in_twips(),
        left=Mm(25).in_twips(),
        right=Mm(15).in_twips(),
    )
    styles = _styles(11)
    head = tuple(Cell((_para("register_head", name),)) for name, _w in COLUMNS)
    index = tuple(Cell((_para("register_head", f"({i})"),)) for i in range(1, len(COLUMNS) + 1))
    rows: list[tuple[Cell, ...]] = [head, index]
    for e in entries:
        summary = f"{e.kind}: {e.summary}" if clean(e.summary).strip() else e.kind
        values = (
            ("register_center", e.number),
            ("register_center", e.date.strftime("%d/%m/%Y")),
            ("register_cell", summary),
            ("register_cell", e.signer),
            ("register_cell", e.recipients),
            ("register_cell", e.kept),
            ("register_center", str(e.copies) if e.copies else ""),
            ("register_cell", ""),
            ("register_cell", ""),
            ("register_cell", ""),
        )
        rows.append(tuple(Cell((_para(s, v),)) for s, v in values))
    table = Table(
        columns=tuple(Mm(w).in_twips() for _n, w in COLUMNS),
        rows=tuple(rows),
        borders=True,
        padding=Pt(3),
        role="register",
        keep_together=False,
        header_rows=2,  # the column names and numbers head every page of the book
    )
    title: list[Block] = [_para("register_title", "SỔ ĐĂNG KÝ VĂN BẢN ĐI")]
    subtitle = f"Năm {year}" + (f" — {clean(body).strip()}" if clean(body).strip() else "")
    title.append(_para("register_subtitle", subtitle))
    return Document(
        page=page,
        fonts=state.fonts,
        styles=styles,
        blocks=(Section("title", tuple(title)), Section("register", (table,))),
        metadata=Metadata(
            title=f"Sổ đăng ký văn bản đi năm {year}",
            author=clean(body).strip(),
            subject="Sổ đăng ký văn bản đi (Nghị định 30/2020/NĐ-CP, Phụ lục IV)",
            created=dt.datetime(year, 1, 1),
        ),
        page_numbers=PageNumbering("page_number", skip_first=True),
    )


def render_register(entries: Sequence[OutgoingEntry], year: int, fmt: str, body: str = "") -> bytes:
    """Return the register as DOCX or PDF bytes."""
    document = build_register(entries, year, body)
    if fmt == "pdf":
        from minutes_app.render.pdf_writer import render_pdf

        return render_pdf(document)
    from minutes_app.render.docx_writer import render_docx

    return render_docx(document)
