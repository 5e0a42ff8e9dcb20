"""The derived-document model: its JSON, the meeting named in a sentence, the extract, refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.derived import (
    DerivedDocument,
    DerivedKind,
    DeriveError,
    Signer,
    derive,
    extract,
    from_dict,
    meeting_phrase,
    to_dict,
)
from minutes_app.domain.model import Issuer, Meeting, Profile, Status, Task

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WORDING = {
    "meeting_noun": "cuộc họp",
    "person_title": "đồng chí",
    "attended_by": "Tham dự {noun} có",
    "attending_members": "",
    "member_unit": "đồng chí",
    "official_unit": "đảng viên chính thức",
    "notice_title": "Kết luận của {chair} tại {meeting}",
    "conclusions_lead": "{chair} kết luận như sau:",
    "resolution_title": "{meeting}",
    "admission_title": "Về việc đề nghị kết nạp đảng viên",
    "admission": "Đề nghị kết nạp {subject}",
    "resolution_basis": "Căn cứ Điều lệ Đảng;",
}


def _state() -> Meeting:
    meeting = interchange.parse((FIXTURES / "state-meeting.json").read_bytes()).meeting
    meeting.status = Status.APPROVED
    return meeting


def test_json_round_trip() -> None:
    doc = DerivedDocument(
        kind=DerivedKind.THONG_BAO,
        meeting_id=3,
        revision=2,
        profile=Profile.PARTY,
        issuer=Issuer("HUYỆN ỦY KIM SƠN", "HU", "ĐẢNG BỘ TỈNH NINH BÌNH"),
        number="45",
        place="Kim Sơn",
        date=dt.date(2026, 1, 5),
        title="Kết luận của Thường trực",
        signer=Signer("T/M", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn Nam"),
        items=[1, 3],
        intro="Ngày …",
        points=["Một.", "Hai."],
        tasks=[Task("Làm A", "Văn phòng", dt.date(2026, 2, 2))],
        closing="Thông báo để biết.",
        recipients=["Lưu Văn phòng"],
    )
    assert from_dict(to_dict(doc)) == doc
    assert doc.effective_symbol("TB") == "TB/HU"
    with pytest.raises(ValueError):
        from_dict({**to_dict(doc), "points": "not a list"})


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Họp Ủy ban nhân dân xã tháng 3", "cuộc họp Ủy ban nhân dân xã tháng 3"),
        ("Sinh hoạt chi bộ tháng 5", "buổi sinh hoạt chi bộ tháng 5"),
        ("Hội nghị giao ban quý I.", "hội nghị giao ban quý I"),
        ("Bàn kế hoạch thu hoạch", "cuộc họp bàn kế hoạch thu hoạch"),
        ("", "cuộc họp"),
    ],
)
def test_the_meeting_named_in_a_sentence(title: str, phrase: str) -> None:
    assert meeting_phrase(title, "cuộc họp") == phrase


def test_an_extract_keeps_the_chosen_items_only() -> None:
    meeting = _state()
    part = extract(meeting, [2])
    assert [i.title for i in part.agenda] == [meeting.agenda[1].title]
    assert part.conclusion == "" and part.tasks == [] and part.votes == meeting.votes
    whole = extract(meeting, range(1, len(meeting.agenda) + 1))
    assert whole.conclusion == meeting.conclusion and whole.tasks == meeting.tasks
    assert len(meeting.agenda) == 3  # the minutes themselves are untouched


def test_refusals() -> None:
    draft = _state()
    draft.status = Status.DRAFT
    with pytest.raises(DeriveError, match="not approved"):
        derive(draft, 1, 1, DerivedKind.THONG_BAO, wording=WORDING, defaults={})
    with pytest.raises(DeriveError, match="no agenda item 4"):
        derive(_state(), 1, 1, DerivedKind.TRICH_SAO, wording=WORDING, defaults={}, items=[4])
    empty = _state()
    empty.agenda = []
    with pytest.raises(DeriveError, match="no agenda item to extract"):
        derive(empty, 1, 1, DerivedKind.TRICH_BIEN_BAN, wording=WORDING, defaults={})


def test_a_notice_is_drafted_from_the_conclusions_and_tasks() -> None:
    meeting = _state()
    doc = derive(
        meeting,
        1,
        1,
        DerivedKind.THONG_BAO,
        wording=WORDING,
        defaults={
            "signer_prefix": "TM.",
            "signer_label": "ỦY BAN NHÂN DÂN",
            "signer_is_chair": "1",
        },
        today=dt.date(2026, 11, 30),
    )
    assert doc.title == (
        "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp Ủy ban nhân dân xã thường kỳ "
        "tháng 3 năm 2020"
    )
    assert doc.intro.startswith("Ngày 06 tháng 3 năm 2020, tại Phòng họp")
    assert doc.intro.endswith("kết luận như sau:")
    assert len(doc.points) == 3 and doc.points[0].startswith("Kết quả thực hiện nhiệm vụ")
    assert doc.tasks == meeting.tasks and doc.signer.name == "Phạm Văn Hùng"
    assert (doc.number, doc.date) == ("", dt.date(2026, 11, 30))  # the store gives the number


def test_every_field_of_a_derived_document_has_a_name_in_both_languages() -> None:
    from minutes_app.domain.derived import field_label, text_fields

    doc = derive(_state(), 1, 1, DerivedKind.THONG_BAO, wording=WORDING, defaults={})
    doc.points = ["Một.", "Hai."]
    doc.recipients = ["Như trên;", "Lưu VT."]
    doc.tasks = [Task("Hoàn thiện báo cáo", "Văn phòng")]
    paths = [path for path, _ in text_fields(doc)] + ["items", "points", "tasks", "recipients"]
    assert {"points[1]", "recipients[1]", "tasks[0].owner"} <= set(paths)
    for path in paths:
        vi, en = field_label(path, "vi"), field_label(path, "en")
        assert vi != path and en != path and vi != en, path  # a new field needs its name here
    assert field_label("points[1]") == "Nội dung, mục 2"
    assert field_label("tasks[0].owner", "en") == "Tasks, row 1: owner"
    assert field_label("signer.name") == "Người ký, họ tên"
    assert field_label("no.such[3]") == "no.such[3]"  # named as written
