"""The meeting verbs without Qt: the title's period moved on, new from an earlier meeting, own templates."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Speaker,
    Statement,
    Task,
    Vote,
)
from minutes_app.services import meetings
from minutes_app.services.files import FileWriteError
from minutes_app.services.meetings import (
    TemplateExists,
    advance_title,
    delete_template,
    new_from_previous,
    own_templates,
    save_as_template,
    suggested_previous,
)
from minutes_app.services.templates import TemplateError, load_templates, meeting_from_template

TODAY = dt.date(2020, 3, 27)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hội nghị giao ban tháng 2 năm 2020", "Hội nghị giao ban tháng 3 năm 2020"),
        # December turns the year, and January is written "01" (official date rule).
        ("Giao ban tháng 12 năm 2020", "Giao ban tháng 01 năm 2021"),
        ("Giao ban tháng 01 năm 2021", "Giao ban tháng 02 năm 2021"),
        ("Giao ban tháng 02 năm 2021", "Giao ban tháng 3 năm 2021"),
        ("Giao ban tháng 9 năm 2021", "Giao ban tháng 10 năm 2021"),
        # A title that writes "tháng 1" (or "tháng 03") keeps its own way of writing months.
        ("Giao ban tháng 1 năm 2021", "Giao ban tháng 2 năm 2021"),
        ("Giao ban tháng 03 năm 2021", "Giao ban tháng 04 năm 2021"),
        ("Giao ban tháng 02/2020", "Giao ban tháng 03/2020"),
        ("Giao ban tháng 12/2020", "Giao ban tháng 01/2021"),
        ("Họp chi bộ THÁNG 11 NĂM 2020", "Họp chi bộ THÁNG 12 NĂM 2020"),
        ("Giao ban quý IV năm 2020", "Giao ban quý I năm 2021"),
        ("Sơ kết quý 2/2021", "Sơ kết quý 3/2021"),
        ("Tổng kết công tác năm 2020", "Tổng kết công tác năm 2021"),
        ("Sơ kết 6 tháng đầu năm 2020", "Sơ kết 6 tháng đầu năm 2021"),
        ("Họp bàn công tác phòng chống lụt bão", "Họp bàn công tác phòng chống lụt bão"),
        ("Giao ban tháng 13 năm 2020", "Giao ban tháng 13 năm 2020"),
    ],
)
def test_advance_title_moves_the_period_one_step(title: str, expected: str) -> None:
    assert advance_title(title) == expected


def _previous() -> Meeting:
    return Meeting(
        issuer=Issuer("HUYỆN ỦY KIM SƠN", "HU", "ĐẢNG BỘ TỈNH NINH BÌNH"),
        date=dt.date(2020, 2, 25),
        title="Hội nghị giao ban tháng 2 năm 2020",
        kind="giao ban",
        number="12",
        chair=Person("Nguyễn Văn An", "Bí thư Huyện ủy"),
        attendees=[Attendee.person("Trần Thị Bình", attendance=Attendance.ABSENT, reason="ốm")],
        agenda=[AgendaItem("Tình hình tháng 2", statements=[Statement(Speaker("A"), "x")])],
        tasks=[Task("Báo cáo quý I", "Văn phòng", dt.date(2020, 3, 31))],
    )


def test_new_from_previous_stores_the_next_meeting_with_the_title_moved_on(db) -> None:  # noqa: ANN001
    earlier = db.create(_previous())
    record = new_from_previous(db, earlier.id, today=TODAY)
    stored = db.get(record.id).meeting
    assert stored.title == "Hội nghị giao ban tháng 3 năm 2020"
    assert stored.date == TODAY and stored.number == ""
    assert stored.issuer == earlier.meeting.issuer
    assert stored.attendees[0].attendance is Attendance.PRESENT
    # the previous meeting's tasks are reviewed first
    assert "Báo cáo quý I" in stored.agenda[0].statements[0].content
    assert db.get(earlier.id).meeting.title == "Hội nghị giao ban tháng 2 năm 2020"


def test_suggested_previous_is_the_newest_of_the_same_body(db) -> None:  # noqa: ANN001
    db.create(_previous())
    other = Meeting(issuer=Issuer("UBND XÃ A"), date=dt.date(2020, 3, 1), title="Họp UBND")
    db.create(other)
    summaries = meetings.earlier_meetings(db)
    assert [s.title for s in summaries] == ["Họp UBND", "Hội nghị giao ban tháng 2 năm 2020"]
    assert suggested_previous(summaries, "Huyện ủy  Kim Sơn") == 1
    assert suggested_previous(summaries, "") == 0
    assert suggested_previous(summaries, "nowhere") == 0


def _full_meeting() -> Meeting:
    meeting = _previous()
    meeting.start = dt.datetime(2020, 2, 25, 7, 30)
    meeting.conclusion = "Kết luận"
    meeting.votes = [Vote("Thông qua", 5)]
    meeting.agenda[0].conclusion = "Kết luận nội dung"
    meeting.recipients = ["Thường trực Tỉnh ủy (để b/c)", "Lưu VP"]
    return meeting


def test_save_as_template_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    saved = save_as_template(_full_meeting(), "Giao ban hằng tháng", folder)
    assert saved.path == folder / "giao-ban-hang-thang.json"
    document = json.loads(saved.path.read_text("utf-8"))
    assert document["format"] == "minutes-app.template"
    # listed with the user's other templates, read back whole
    found, problems = own_templates(folder)
    assert problems == [] and [t.name for t in found] == ["Giao ban hằng tháng"]
    template = found[0]
    assert template.is_own and template.kind == "giao ban"
    meeting = meeting_from_template(template, today=TODAY)
    # the frame is kept ...
    assert meeting.issuer == Issuer("HUYỆN ỦY KIM SƠN", "HU", "ĐẢNG BỘ TỈNH NINH BÌNH")
    assert meeting.chair == Person("Nguyễn Văn An", "Bí thư Huyện ủy")
    assert [a.name for a in meeting.attendees] == ["Trần Thị Bình"]
    assert meeting.attendees[0].attendance is Attendance.PRESENT and not meeting.attendees[0].reason
    assert [i.title for i in meeting.agenda] == ["Tình hình tháng 2"]
    assert meeting.recipients == ["Thường trực Tỉnh ủy (để b/c)", "Lưu VP"]
    # ... this meeting's content is not
    assert meeting.date == TODAY and meeting.number == "" and meeting.start is None
    assert meeting.agenda[0].statements == [] and meeting.agenda[0].conclusion == ""
    assert meeting.conclusion == "" and meeting.votes == [] and meeting.tasks == []


def test_save_as_template_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    save_as_template(_full_meeting(), "Giao ban", tmp_path)
    with pytest.raises(TemplateExists):
        save_as_template(Meeting(title="Khác"), "Giao ban", tmp_path)
    replaced = save_as_template(Meeting(title="Khác"), "Giao ban", tmp_path, replace=True)
    assert replaced.title == "Khác"
    with pytest.raises(TemplateError):
        save_as_template(Meeting(), "   ", tmp_path)


def test_a_damaged_template_file_is_named_and_the_others_still_listed(tmp_path: Path) -> None:
    save_as_template(_full_meeting(), "Giao ban", tmp_path)
    (tmp_path / "hong.json").write_text("{ not json", "utf-8")
    found, problems = own_templates(tmp_path)
    assert [t.name for t in found] == ["Giao ban"]
    assert len(problems) == 1 and problems[0].startswith("hong.json")


def test_delete_template_removes_only_own_templates(tmp_path: Path) -> None:
    template = save_as_template(_full_meeting(), "Giao ban", tmp_path)
    delete_template(template)
    assert own_templates(tmp_path) == ([], [])
    with pytest.raises(TemplateError):
        delete_template(load_templates()[0])


def test_unwritable_folder_gives_a_clear_error_and_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(FileWriteError) as info:
        save_as_template(_full_meeting(), "Giao ban", blocker / "templates")
    assert "giao-ban.json" in str(info.value)


def test_services_load_no_qt() -> None:
    code = (
        "import sys, minutes_app.services.meetings, minutes_app.services.templates; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
