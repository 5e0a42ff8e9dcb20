"""New meetings from templates and from the previous meeting of the same body (pure logic)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from minutes_app.domain import Purpose, errors_of, validate
from minutes_app.domain.model import (
    Attendance,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Profile,
    Status,
    Task,
)
from minutes_app.domain.text import nfc
from minutes_app.services.templates import (
    REVIEW_TITLE,
    TemplateError,
    issuer_choices,
    load_templates,
    meeting_from_previous,
    meeting_from_template,
    task_line,
)

TODAY = dt.date(2026, 4, 2)


def test_bundled_templates_cover_every_meeting_type() -> None:
    templates = load_templates()
    kinds = [t.kind for t in templates]
    assert kinds == ["giao ban", "họp chi bộ", "họp chuyên đề", "hội nghị", "họp hội đồng quản trị"]
    by_kind = {t.kind: t for t in templates}
    assert by_kind["họp chi bộ"].profile is Profile.PARTY
    assert all(t.profile is Profile.STATE for k, t in by_kind.items() if k != "họp chi bộ")
    for t in templates:
        assert t.agenda, t.key
        assert t.name == nfc(t.name) and all(a == nfc(a) for a in t.agenda)
        assert t.display_name("en") != t.display_name("vi")


def test_meeting_from_template_prefills_kind_profile_and_agenda() -> None:
    chi_bo = next(t for t in load_templates() if t.key == "hop-chi-bo")
    defaults = Meeting(
        issuer=Issuer("CHI BỘ VĂN PHÒNG", "CB", "ĐẢNG BỘ XÃ"),
        place="Kim Sơn",
        title="Cuộc họp cũ",
        agenda=[],
    )
    meeting = meeting_from_template(chi_bo, today=TODAY, defaults=defaults)
    assert meeting.profile is Profile.PARTY
    assert meeting.kind == "họp chi bộ"
    assert meeting.date == TODAY and meeting.status is Status.DRAFT
    assert meeting.issuer == defaults.issuer and meeting.issuer is not defaults.issuer
    assert meeting.place == "Kim Sơn"
    assert [a.title for a in meeting.agenda] == list(chi_bo.agenda)
    assert meeting.signature.chair_label == "CHI BỘ"
    assert not errors_of(validate(meeting))  # a template draft can always be saved


def test_meeting_from_previous_copies_the_body_and_carries_tasks() -> None:
    previous = Meeting(
        profile=Profile.PARTY,
        issuer=Issuer("HUYỆN ỦY KIM SƠN", "HU", "ĐẢNG BỘ TỈNH NINH BÌNH"),
        number="7",
        place="Kim Sơn",
        date=dt.date(2026, 3, 1),
        title="Giao ban tháng 3",
        kind="giao ban",
        location="Hội trường",
        chair=Person("Mai Văn Thanh", "Phó Bí thư"),
        secretary=Person("Nguyễn Thị Lan"),
        attendees=[
            Attendee.person(
                "Hoàng Văn Thắng",
                "Phó Bí thư",
                attendance=Attendance.ABSENT_EXCUSED,
                reason="Đi công tác",
            ),
            Attendee.person("Lê Thị Hoa", attendance=Attendance.LATE, reason="Họp khác"),
            Attendee.of_group("Bí thư các xã", 25),
        ],
        tasks=[
            Task("Hoàn thành báo cáo quý I", "Văn phòng", dt.date(2026, 3, 31)),
            Task("Chuẩn bị đại hội", ""),
        ],
        recipients=["Thường trực Tỉnh ủy (để b/c)", "Lưu VP"],
        copies=3,
        status=Status.APPROVED,
    )
    meeting = meeting_from_previous(previous, today=TODAY)
    assert meeting.issuer == previous.issuer and meeting.issuer is not previous.issuer
    assert meeting.profile is Profile.PARTY and meeting.kind == "giao ban"
    assert meeting.date == TODAY and meeting.status is Status.DRAFT and meeting.number == ""
    assert meeting.recipients == previous.recipients and meeting.copies == 3
    assert [a.label for a in meeting.attendees] == [a.label for a in previous.attendees]
    assert all(a.attendance is Attendance.PRESENT and not a.reason for a in meeting.attendees)
    assert previous.attendees[0].attendance is Attendance.ABSENT_EXCUSED  # the source is untouched
    assert meeting.tasks == [] and meeting.votes == []
    first = meeting.agenda[0]
    assert first.title == REVIEW_TITLE == "Kiểm điểm việc thực hiện nhiệm vụ của kỳ trước"
    content = first.statements[0].content
    assert "1. Hoàn thành báo cáo quý I (Văn phòng; hạn 31/03/2026)" in content
    assert "2. Chuẩn bị đại hội" in content
    assert first.statements[0].speaker.name == "Mai Văn Thanh"
    assert not errors_of(validate(meeting))
    assert not errors_of(
        validate(dataclasses.replace(meeting, start=dt.datetime(2026, 4, 2, 8)), Purpose.EXPORT)
    )


def test_previous_without_tasks_or_chair_gives_a_valid_draft() -> None:
    previous = Meeting(issuer=Issuer("UBND XÃ", "UBND"), tasks=[Task("Việc", "")])
    meeting = meeting_from_previous(previous, today=TODAY)
    assert meeting.agenda[0].statements[0].speaker.is_group
    assert not errors_of(validate(meeting))
    assert meeting_from_previous(Meeting(), today=TODAY).agenda == []


def test_previous_meeting_found_through_the_store(db) -> None:
    issuer = Issuer("Văn phòng Huyện ủy", "VP")
    db.create(
        Meeting(
            issuer=issuer,
            date=dt.date(2026, 1, 5),
            title="Tháng 1",
            tasks=[Task("Việc tháng 1", "A")],
        )
    )
    db.create(
        Meeting(
            issuer=issuer,
            date=dt.date(2026, 2, 5),
            title="Tháng 2",
            tasks=[Task("Việc tháng 2", "B")],
        )
    )
    db.create(Meeting(issuer=Issuer("Khác", "K"), date=dt.date(2026, 3, 5), title="Khác"))
    record = db.previous_meeting("VĂN PHÒNG HUYỆN ỦY")
    meeting = meeting_from_previous(record.meeting, today=TODAY)
    assert "Việc tháng 2" in meeting.agenda[0].statements[0].content
    assert "Việc tháng 1" not in meeting.agenda[0].statements[0].content


def test_task_line_and_issuer_choices() -> None:
    assert task_line(3, " Báo cáo ", "", None) == "3. Báo cáo"
    assert task_line(1, "Báo cáo", "Anh Nam", None) == "1. Báo cáo (Anh Nam)"
    assert issuer_choices(["UBND Xã A", "ubnd xa a", "", "Huyện ủy"]) == ["UBND Xã A", "Huyện ủy"]


def test_bad_template_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"name": "X", "profile": "other"}), "utf-8")
    with pytest.raises(TemplateError, match="x.json: profile"):
        load_templates(tmp_path)
    (tmp_path / "x.json").write_text("{", "utf-8")
    with pytest.raises(TemplateError, match="x.json"):
        load_templates(tmp_path)
