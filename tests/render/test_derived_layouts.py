"""Derived documents laid out as offices print them: DOCX re-opened, PDF read back."""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm as DocxMm

from minutes_app.domain import interchange
from minutes_app.domain.derived import DerivedKind
from minutes_app.domain.model import Meeting, Status
from minutes_app.render.derived import build_derived, render_derived
from minutes_app.render.document import Paragraph, Table
from minutes_app.render.register_book import OutgoingEntry, render_register
from minutes_app.services import derived as service
from minutes_app.store import Database
from minutes_app.store import derived as store
from tests.render.conftest import pdf_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DAY = dt.date(2026, 11, 30)


def _load(name: str) -> Meeting:
    return interchange.parse((FIXTURES / name).read_bytes()).meeting


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "minutes.sqlite")
    for name in ("state-meeting.json", "chi-bo-meeting.json"):
        meeting = copy.deepcopy(_load(name))
        meeting.status = Status.DRAFT
        meeting_id = database.create(meeting, by="Lê Thị Hoa").id
        database.review.submit(meeting_id, "Lê Thị Hoa")
        database.review.approve(meeting_id, "Phạm Văn Hùng")
    yield database
    database.close()


def _make(db: Database, meeting_id: int, kind: DerivedKind, items: list[int] | None = None):
    record = service.derive_document(db, meeting_id, kind, items=items or (), today=DAY)
    return record.document, service.source_meeting(db, record.document)


def _docx_texts(data: bytes) -> list[str]:
    """Return the text of every paragraph, those of (nested) table cells included."""
    word = open_docx(io.BytesIO(data))
    texts = [p.text for p in word.paragraphs]

    def tables(found: list) -> None:  # type: ignore[type-arg]
        for table in found:
            for row in table.rows:
                for cell in row.cells:
                    texts.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    tables(word.tables)
    return texts


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_state_notice_docx_and_pdf(db: Database) -> None:
    doc, source = _make(db, 1, DerivedKind.THONG_BAO)
    docx = render_derived(doc, source, "docx")
    texts = [_flat(t) for t in _docx_texts(docx)]
    assert "THÔNG BÁO" in texts and "Số: 01/TB-UBND" in texts
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Đồng Hướng, ngày 30 tháng 11 năm 2026" in texts
    assert any(t.endswith("kết luận như sau:") for t in texts)
    assert any(t.startswith("1. Kết quả thực hiện nhiệm vụ kinh tế") for t in texts)
    assert "TM. ỦY BAN NHÂN DÂN" in texts and "CHỦ TỊCH" in texts and "Phạm Văn Hùng" in texts
    assert "Nơi nhận:" in texts and "- Lưu: VT." in texts
    word = open_docx(io.BytesIO(docx))
    tasks = [t for t in word.tables if _flat(t.rows[0].cells[0].text) == "TT"]
    assert len(tasks) == 1 and len(tasks[0].rows) == 1 + len(source.tasks)
    assert _flat(tasks[0].rows[1].cells[3].text) == "10/03/2020"
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert abs(section.left_margin - DocxMm(30)) < DocxMm(0.1)
    pdf = _flat(pdf_text(render_derived(doc, source, "pdf")))
    for expected in (
        "THÔNG BÁO",
        "Số: 01/TB-UBND",
        "kết luận như sau:",
        "TM. ỦY BAN NHÂN DÂN",
        "thực hiện./.",
        "Phân công thực hiện:",
    ):
        assert expected in pdf
    assert "DỰ THẢO" not in pdf  # made from approved minutes: never a draft


def test_party_notice_number_and_signer(db: Database) -> None:
    doc, source = _make(db, 2, DerivedKind.THONG_BAO)
    pdf = _flat(pdf_text(render_derived(doc, source, "pdf")))
    assert "Số 01-TB/CB" in pdf and "ĐẢNG CỘNG SẢN VIỆT NAM" in pdf
    assert "T/M BAN THƯỜNG VỤ" in pdf and "./." not in pdf


def test_chi_bo_resolution_with_admission(db: Database) -> None:
    doc, source = _make(db, 2, DerivedKind.NGHI_QUYET)
    document = build_derived(doc, source)
    texts = [_flat(t) for t in document.texts()]
    assert "NGHỊ QUYẾT" in texts and "Số 01-NQ/CB" in texts and "QUYẾT NGHỊ:" in texts
    assert "Về việc đề nghị kết nạp đảng viên" in texts
    assert any("07/09 đảng viên chính thức tán thành" in t for t in texts)
    assert "T/M CHI BỘ" in texts and "BÍ THƯ" in texts
    resolved = [b for b in document.walk() if isinstance(b, Paragraph) and b.text == "QUYẾT NGHỊ:"]
    assert document.style(resolved[0].style).bold
    word = open_docx(io.BytesIO(render_derived(doc, source, "docx")))
    assert "QUYẾT NGHỊ:" in [p.text for p in word.paragraphs]
    pdf = _flat(pdf_text(render_derived(doc, source, "pdf")))
    assert "Số 01-NQ/CB" in pdf and "T/M CHI BỘ" in pdf and "Lưu Chi bộ." in pdf


def test_trich_sao_keeps_the_original_and_adds_the_copy_block(db: Database) -> None:
    doc, source = _make(db, 1, DerivedKind.TRICH_SAO, [2])
    doc.signer.name = "Nguyễn Thị Lan"
    pdf = _flat(pdf_text(render_derived(doc, source, "pdf")))
    assert "Số: 07/BB-UBND" in pdf  # the original's own number, in its header
    assert "2. Phương án phòng, chống dịch Covid-19" in pdf
    assert "Kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 02" not in pdf  # item 1 left out
    assert pdf.index("THƯ KÝ") < pdf.index("TRÍCH SAO")
    assert pdf.index("THƯ KÝ") < pdf.index("Số: 01/TrS-UBND")
    assert "TL. CHỦ TỊCH" in pdf and "CHÁNH VĂN PHÒNG" in pdf and "Nguyễn Thị Lan" in pdf
    document = build_derived(doc, source)
    frame = document.section("copy").blocks[0]
    assert isinstance(frame, Table) and frame.keep_together  # the rule stays with the block
    word = open_docx(io.BytesIO(render_derived(doc, source, "docx")))
    texts = [_flat(t) for t in _docx_texts(render_derived(doc, source, "docx"))]
    assert "TRÍCH SAO" in texts and "Số: 01/TrS-UBND" in texts
    assert word.sections[0].orientation == WD_ORIENT.PORTRAIT


def test_trich_bien_ban_prints_the_chosen_items_with_their_numbers(db: Database) -> None:
    doc, source = _make(db, 2, DerivedKind.TRICH_BIEN_BAN, [2])
    texts = [_flat(t) for t in _docx_texts(render_derived(doc, source, "docx"))]
    assert "TRÍCH BIÊN BẢN" in texts and "Số 05-BB/CB" in texts
    assert any(t.startswith("2. ") for t in texts) and not any(t.startswith("1. ") for t in texts)
    assert "(Trích các nội dung số 2 của biên bản)" in texts


def test_outgoing_register_is_landscape_with_ten_columns(db: Database, tmp_path: Path) -> None:
    _make(db, 1, DerivedKind.THONG_BAO)
    _make(db, 2, DerivedKind.NGHI_QUYET)
    entries = service.outgoing_entries(db, DAY.year)
    assert [e.number for e in entries] == ["01-NQ/CB", "01/TB-UBND"]
    docx = render_register(entries, DAY.year, "docx", "UBND xã Đồng Hướng")
    word = open_docx(io.BytesIO(docx))
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    table = word.tables[0]
    assert len(table.columns) == 10 and len(table.rows) == 2 + len(entries)
    assert _flat(table.rows[0].cells[0].text) == "Số, ký hiệu văn bản"
    assert _flat(table.rows[1].cells[9].text) == "(10)"
    assert _flat(table.rows[3].cells[2].text).startswith("Thông báo kết luận: Kết luận của")
    from pypdf import PdfReader

    pdf = render_register(entries, DAY.year, "pdf")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = _flat(page.extract_text())
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text and "01/TB-UBND" in text and "Ký nhận" in text


def test_a_long_register_runs_over_pages() -> None:
    entries = [
        OutgoingEntry(
            f"{n:02d}/TB-UBND",
            dt.date(2026, 1, 1) + dt.timedelta(days=n),
            "Thông báo kết luận",
            "Kết luận của Chủ tịch tại cuộc họp giao ban",
            "Phạm Văn Hùng",
            "Các thôn",
            "VT",
            2,
        )
        for n in range(1, 60)
    ]
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render_register(entries, 2026, "pdf")))
    assert len(reader.pages) > 2
    last = reader.pages[-1].extract_text()
    assert "59/TB-UBND" in last and "Nơi nhận văn bản" in last and "(10)" in last  # on every page
    word = open_docx(io.BytesIO(render_register(entries, 2026, "docx")))
    rows = word.tables[0].rows
    headers = [
        r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in rows
    ]
    assert headers[:3] == [True, True, False] and not any(headers[3:])


def test_edited_text_is_what_prints(db: Database) -> None:
    record = service.derive_document(db, 1, DerivedKind.THONG_BAO, today=DAY)
    doc = copy.deepcopy(record.document)
    doc.points = ["Giao Văn phòng hoàn thiện báo cáo trước ngày 10/3."]
    doc.tasks = []
    store.update(db, record.id, doc)
    out = db.path.parent / "tb.pdf"
    service.export_document(db, record.id, "pdf", out)
    pdf = _flat(pdf_text(out.read_bytes()))
    assert "1. Giao Văn phòng hoàn thiện báo cáo trước ngày 10/3." in pdf
    assert "Phân công thực hiện" not in pdf
