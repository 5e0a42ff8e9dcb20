"""Derived documents: made only from approved minutes, numbered per body, kind and period, kept."""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.derived import DerivedKind, DeriveError
from minutes_app.domain.model import Meeting, Status
from minutes_app.services import derived as service
from minutes_app.store import Database, DuplicateNumber, ReadOnlyMeeting, StoreError
from minutes_app.store import derived as store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DAY = dt.date(2026, 11, 30)


def load(name: str) -> Meeting:
    return interchange.parse((FIXTURES / name).read_bytes()).meeting


def approved(db: Database, meeting: Meeting) -> int:
    """Store ``meeting`` and take it through submit and approve; return its id."""
    draft = copy.deepcopy(meeting)
    draft.status = Status.DRAFT
    meeting_id = db.create(draft, by="Lê Thị Hoa").id
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, "Phạm Văn Hùng")
    return meeting_id


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "minutes.sqlite")
    yield database
    database.close()


def test_a_draft_is_refused_with_a_clear_message_and_nothing_stored(db: Database) -> None:
    draft = load("state-meeting.json")
    draft.status = Status.DRAFT
    meeting_id = db.create(draft).id
    with pytest.raises(DeriveError) as info:
        service.derive_document(db, meeting_id, DerivedKind.THONG_BAO)
    assert "chưa được duyệt" in info.value.message_vi
    assert "only from approved minutes" in info.value.message_en
    db.review.submit(meeting_id, "Lê Thị Hoa")  # in review is not approved either
    with pytest.raises(DeriveError):
        service.derive_document(db, meeting_id, DerivedKind.TRICH_SAO)
    assert service.list_documents(db) == []


def test_the_database_refuses_a_document_of_a_revision_never_approved(db: Database) -> None:
    meeting_id = approved(db, load("state-meeting.json"))
    record = service.derive_document(db, meeting_id, DerivedKind.THONG_BAO, today=DAY)
    with pytest.raises(sqlite3.IntegrityError, match="approved revision"):
        db.tables.conn.execute(
            "INSERT INTO derived_documents (kind, meeting_id, revision, issuer_key, period, "
            "date, document, created_at, created_by, updated_at) "
            "VALUES ('thong-bao', ?, 9, 'x', '2026', '2026-01-01', '{}', '', '', '')",
            (meeting_id,),
        )
    with pytest.raises(sqlite3.IntegrityError, match="kept in the register"):
        db.tables.conn.execute("DELETE FROM derived_documents WHERE id = ?", (record.id,))
    with pytest.raises(sqlite3.IntegrityError, match="keeps its source and its number"):
        db.tables.conn.execute("UPDATE derived_documents SET number = 7 WHERE id = ?", (record.id,))


def test_numbers_run_per_body_kind_and_year(db: Database) -> None:
    state = approved(db, load("state-meeting.json"))
    other = load("state-meeting.json")
    other.issuer.name, other.issuer.abbreviation = "ỦY BAN NHÂN DÂN XÃ KIM ĐÔNG", "UBND"
    other.number = "08"
    second = approved(db, other)

    def derive(meeting_id: int, kind: DerivedKind, day: dt.date = DAY) -> str:
        return service.derive_document(db, meeting_id, kind, today=day).document.number

    assert [derive(state, DerivedKind.THONG_BAO) for _ in range(3)] == ["01", "02", "03"]
    assert derive(state, DerivedKind.TRICH_SAO) == "01"  # another kind, another register
    assert derive(second, DerivedKind.THONG_BAO) == "01"  # another body
    # The copy register restarts each 1 January.
    assert derive(state, DerivedKind.TRICH_SAO, dt.date(2027, 1, 1)) == "01"
    assert derive(state, DerivedKind.TRICH_SAO, dt.date(2027, 1, 2)) == "02"
    # A trích biên bản carries the number of its minutes, not one of its own.
    extract = service.derive_document(db, state, DerivedKind.TRICH_BIEN_BAN, items=[2])
    assert (extract.document.number, extract.document.symbol) == ("07", "BB-UBND")
    series = service.kind_register(db, DerivedKind.TRICH_SAO)
    assert [(s.year, [r.number for r in s.rows], s.gaps) for s in series] == [
        (2026, [1], []),
        (2027, [1, 2], []),
    ]


def test_a_number_given_by_hand_is_checked(db: Database) -> None:
    meeting_id = approved(db, load("state-meeting.json"))
    first = service.derive_document(db, meeting_id, DerivedKind.THONG_BAO, today=DAY).document
    again = copy.deepcopy(first)
    with pytest.raises(DuplicateNumber, match="đã được cấp"):
        store.create(db, again)
    again.number = "12"
    assert store.create(db, again).document.number == "12"


def test_the_text_is_editable_but_the_number_and_source_stay(db: Database) -> None:
    meeting_id = approved(db, load("state-meeting.json"))
    record = service.derive_document(db, meeting_id, DerivedKind.THONG_BAO, today=DAY)
    doc = copy.deepcopy(record.document)
    doc.points.append("Giao Công an xã bảo đảm an ninh trật tự dịp Tết.")
    doc.signer.name = "Nguyễn Văn Bình"
    saved = store.update(db, record.id, doc, expected_version=1)
    assert saved.version == 2
    assert store.get(db, record.id).document.points[-1].startswith("Giao Công an xã")
    renumbered = copy.deepcopy(doc)
    renumbered.number = "05"
    with pytest.raises(ReadOnlyMeeting):
        store.update(db, record.id, renumbered)
    with pytest.raises(StoreError, match="người khác"):
        store.update(db, record.id, doc, expected_version=1)
    next_year = copy.deepcopy(doc)
    next_year.date = dt.date(2027, 1, 5)
    with pytest.raises(ReadOnlyMeeting, match="numbering period"):
        store.update(db, record.id, next_year)


def test_the_document_comes_from_the_approved_revision_not_a_later_draft(db: Database) -> None:
    meeting_id = approved(db, load("state-meeting.json"))
    db.review.reopen(meeting_id, "Phạm Văn Hùng", "Sửa tên cuộc họp")
    with pytest.raises(DeriveError):
        service.derive_document(db, meeting_id, DerivedKind.THONG_BAO)
    changed = db.get(meeting_id).meeting
    changed.agenda[0].conclusion = "Kết luận mới của bản sửa."
    db.update(meeting_id, changed)
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, "Phạm Văn Hùng")
    record = service.derive_document(db, meeting_id, DerivedKind.THONG_BAO, today=DAY)
    assert record.document.revision == 2
    assert any("Kết luận mới của bản sửa" in p for p in record.document.points)


def test_a_chi_bo_resolution_needs_party_minutes_and_names_the_admission(db: Database) -> None:
    state = approved(db, load("state-meeting.json"))
    with pytest.raises(DeriveError, match="mẫu Đảng"):
        service.derive_document(db, state, DerivedKind.NGHI_QUYET)
    cell = approved(db, load("chi-bo-meeting.json"))
    doc = service.derive_document(db, cell, DerivedKind.NGHI_QUYET, today=DAY).document
    assert doc.title == "Về việc đề nghị kết nạp đảng viên"
    assert doc.points[0].startswith("Đề nghị kết nạp quần chúng Nguyễn Thị Hương vào Đảng")
    assert "07/09 đảng viên chính thức tán thành" in doc.points[0]
    assert (doc.signer.prefix, doc.signer.label, doc.signer.title) == ("T/M", "CHI BỘ", "BÍ THƯ")


def test_list_filters_by_kind_meeting_and_words(db: Database) -> None:
    state = approved(db, load("state-meeting.json"))
    cell = approved(db, load("chi-bo-meeting.json"))
    service.derive_document(db, state, DerivedKind.THONG_BAO, today=DAY)
    service.derive_document(db, cell, DerivedKind.NGHI_QUYET, today=DAY)
    service.derive_document(db, cell, DerivedKind.TRICH_SAO, items=[2], today=DAY)
    kinds = [r.kind for r in service.list_documents(db, kinds=[DerivedKind.NGHI_QUYET])]
    assert kinds == [DerivedKind.NGHI_QUYET]
    assert {r.meeting_id for r in service.list_documents(db, meeting_id=cell)} == {cell}
    found = service.list_documents(db, query="ket nap")
    assert [r.kind for r in found] == [DerivedKind.NGHI_QUYET]


def test_a_damaged_row_is_reported_not_raised(db: Database) -> None:
    meeting_id = approved(db, load("state-meeting.json"))
    record = service.derive_document(db, meeting_id, DerivedKind.THONG_BAO, today=DAY)
    with db.tables.write() as conn:
        conn.execute("UPDATE derived_documents SET document = '{bad' WHERE id = ?", (record.id,))
    rows = service.list_documents(db, query="ket luan")
    assert rows == [] and "bị hỏng" in rows.damaged[0]
    assert [r.id for r in service.list_documents(db)] == [record.id]  # the columns still read
    with pytest.raises(StoreError, match="damaged"):
        store.get(db, record.id)


def test_the_office_database_is_refused_with_a_clear_message(db: Database) -> None:
    """Derived documents live in a local file for now: on the office database every verb says so."""

    class Office:
        supports_derived_documents = False
        target = "postgresql://clerk@server/minutes"
        tables = db.tables
        path = db.path
        user_name = "clerk"

    office = Office()
    for call in (
        lambda: store.get(office, 1),  # type: ignore[arg-type]
        lambda: store.listing(office),  # type: ignore[arg-type]
        lambda: service.list_documents(office, meeting_id=1),  # type: ignore[arg-type]
    ):
        with pytest.raises(StoreError) as caught:
            call()
        assert "PostgreSQL" in caught.value.message_vi
        assert "office database" in caught.value.message_en
        assert caught.value.path == "postgresql://clerk@server/minutes"


def test_a_document_with_errors_is_not_exported_and_its_fields_are_named(
    db: Database, tmp_path: Path
) -> None:
    from minutes_app.domain.derived import to_dict
    from minutes_app.render.errors import LayoutCheckFailed

    meeting_id = approved(db, load("state-meeting.json"))
    record = service.derive_document(db, meeting_id, DerivedKind.THONG_BAO, today=DAY)
    data = to_dict(record.document)
    data["signer"]["name"] = "N" * 101  # longer than the signature block prints
    service.replace_text(db, record.id, json.dumps(data).encode("utf-8"))
    target = tmp_path / "tb.pdf"
    with pytest.raises(LayoutCheckFailed) as info:
        service.export_document(db, record.id, "pdf", target)
    assert info.value.message_vi.startswith("Chưa xuất được văn bản vì còn lỗi: ")
    assert "lỗi: Người ký, họ tên: quá dài để in" in info.value.message_vi
    assert "error: Signer, name: too long to print" in info.value.message_en
    assert "signer.name" not in info.value.message_vi + info.value.message_en
    assert not target.exists()
