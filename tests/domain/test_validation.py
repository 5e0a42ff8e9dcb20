"""Validation: every rule names its field, all problems at once, in Vietnamese and English."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

import pytest

from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Role,
    Speaker,
    Statement,
    Task,
    Vote,
)
from minutes_app.domain.validation import (
    Problem,
    Purpose,
    Severity,
    errors_of,
    text_fields,
    validate,
)

E, W = Severity.ERROR, Severity.WARNING


def _set(**changes: object) -> Callable[[Meeting], None]:
    def apply(m: Meeting) -> None:
        for key, value in changes.items():
            setattr(m, key, value)

    return apply


def _attendee(**kwargs: object) -> Callable[[Meeting], None]:
    return lambda m: m.attendees.append(Attendee(**kwargs))  # type: ignore[arg-type]


def _statement(speaker: Speaker, content: str = "Ý kiến.") -> Callable[[Meeting], None]:
    return lambda m: setattr(m.agenda[0], "statements", [Statement(speaker, content)])


def _vote(vote: Vote) -> Callable[[Meeting], None]:
    return lambda m: setattr(m, "votes", [vote])


# (name, mutation, path, severity when saving, severity when exporting)
RULES: list[tuple[str, Callable[[Meeting], None], str, Severity, Severity]] = [
    ("forbidden character", _set(title="Họp\x07"), "title", E, E),
    (
        "forbidden in statement",
        lambda m: setattr(m.agenda[0].statements[0], "content", "x\ud800"),
        "agenda[0].statements[0].content",
        E,
        E,
    ),
    ("issuer name", lambda m: setattr(m.issuer, "name", " "), "issuer.name", W, E),
    (
        "no abbreviation nor symbol",
        lambda m: (setattr(m.issuer, "abbreviation", ""), setattr(m, "symbol", "")),
        "issuer.abbreviation",
        W,
        W,
    ),
    ("number not digits", _set(number="12a"), "number", W, W),
    ("number in superscript", _set(number="²"), "number", E, E),
    ("number in circled digits", _set(number="①"), "number", E, E),
    ("number in Arabic-Indic digits", _set(number="٠٧"), "number", E, E),
    ("number of 5,000 digits", _set(number="5" * 5000), "number", E, E),
    ("title", _set(title=""), "title", W, W),
    ("place", _set(place=""), "place", W, W),
    ("start missing", _set(start=None), "start", W, E),
    ("end before start", _set(end=dt.datetime(2026, 3, 2, 7, 0)), "end", E, E),
    ("location", _set(location=""), "location", W, E),
    ("chair", lambda m: setattr(m.chair, "name", ""), "chair.name", W, E),
    ("secretary", lambda m: setattr(m.secretary, "name", ""), "secretary.name", W, W),
    ("no attendees", _set(attendees=[], votes=[]), "attendees", W, W),
    ("group without name", _attendee(group=" ", count=3), "attendees[2].group", E, E),
    ("negative group count", _attendee(group="Tổ", count=-1), "attendees[2].count", E, E),
    ("attendee without name", _attendee(name=""), "attendees[2].name", E, E),
    (
        "excused without reason",
        _attendee(name="A", attendance=Attendance.ABSENT_EXCUSED),
        "attendees[2].reason",
        W,
        W,
    ),
    ("no agenda", _set(agenda=[]), "agenda", W, W),
    ("agenda title", lambda m: setattr(m.agenda[0], "title", ""), "agenda[0].title", W, W),
    (
        "presenter name",
        lambda m: setattr(m.agenda[0], "presenter", Person("")),
        "agenda[0].presenter.name",
        W,
        W,
    ),
    ("empty agenda item", lambda m: m.agenda.append(AgendaItem("Khác")), "agenda[1]", W, W),
    ("speaker name", _statement(Speaker("")), "agenda[0].statements[0].speaker.name", E, E),
    ("speaker group", _statement(Speaker(group="")), "agenda[0].statements[0].speaker.group", E, E),
    ("statement content", _statement(Speaker("An"), " "), "agenda[0].statements[0].content", W, W),
    ("vote subject", _vote(Vote("", 1, 0, 0, 2)), "votes[0].subject", W, W),
    ("negative in favour", _vote(Vote("X", -1, 0, 0, 2)), "votes[0].in_favour", E, E),
    ("negative against", _vote(Vote("X", 0, -2, 0, 2)), "votes[0].against", E, E),
    ("negative abstain", _vote(Vote("X", 0, 0, -3, 2)), "votes[0].abstain", E, E),
    ("negative eligible", _vote(Vote("X", 0, 0, 0, -1)), "votes[0].eligible", E, E),
    ("votes over eligible", _vote(Vote("X", 2, 1, 0, 2)), "votes[0]", E, E),
    ("votes over present", _vote(Vote("X", 3, 0, 0)), "votes[0]", E, E),
    ("votes within eligible but over present", _vote(Vote("X", 3, 0, 0, 5)), "votes[0]", W, W),
    ("eligible over present", _vote(Vote("X", 1, 0, 0, 5)), "votes[0].eligible", W, W),
    ("start on another day", _set(start=dt.datetime(2026, 3, 1, 8, 0)), "start", W, W),
    (
        "end on another day than the meeting",
        lambda m: (
            setattr(m, "date", dt.date(2026, 3, 3)),
            setattr(m, "start", dt.datetime(2026, 3, 3, 8, 0)),
            setattr(m, "end", dt.datetime(2026, 3, 4, 9, 0)),
        ),
        "end",
        W,
        W,
    ),
    ("meeting spans days", _set(end=dt.datetime(2026, 3, 3, 9, 0)), "end", W, W),
    ("year before 1000", _set(date=dt.date(999, 3, 2)), "date", E, E),
    (
        "due year before 1000",
        lambda m: m.tasks.append(Task("Việc", "VP", dt.date(999, 1, 1))),
        "tasks[1].due",
        E,
        E,
    ),
    (
        "vote without attendees",
        lambda m: (setattr(m, "attendees", []), setattr(m, "votes", [Vote("X", 1, 0, 0)])),
        "votes[0].eligible",
        W,
        W,
    ),
    (
        "task description",
        lambda m: m.tasks.append(Task("", "Văn phòng")),
        "tasks[1].description",
        E,
        E,
    ),
    ("task owner", lambda m: m.tasks.append(Task("Việc", "")), "tasks[1].owner", W, W),
    ("blank recipient", lambda m: m.recipients.append(" "), "recipients[1]", W, W),
    ("copies zero", _set(copies=0), "copies", E, E),
]


@pytest.fixture
def valid() -> Meeting:
    """Return a meeting that breaks no rule, for saving or for export."""
    day = dt.date(2026, 3, 2)
    return Meeting(
        issuer=Issuer("UBND XÃ THƯỢNG KIỆM", "UBND", "UBND HUYỆN KIM SƠN"),
        number="12",
        symbol="BB-UBND",
        place="Kim Sơn",
        date=day,
        title="Họp giao ban",
        start=dt.datetime(2026, 3, 2, 8, 0),
        end=dt.datetime(2026, 3, 2, 10, 0),
        location="Hội trường",
        chair=Person("Phạm Văn Hùng", "Chủ tịch"),
        secretary=Person("Lê Thị Hoa"),
        attendees=[Attendee.person("Phạm Văn Hùng"), Attendee.person("Trần Văn Bình")],
        agenda=[
            AgendaItem(
                "Kết quả tháng 2",
                Person("Trần Văn Bình"),
                [Statement(Speaker("Trần Văn Bình"), "Báo cáo.")],
                "Nhất trí.",
            )
        ],
        votes=[Vote("Thông qua", 2, 0, 0)],
        tasks=[Task("Báo cáo", "Văn phòng", dt.date(2026, 3, 31))],
        recipients=["Lưu VP"],
        copies=2,
    )


def test_the_valid_meeting_has_no_problem(valid: Meeting) -> None:
    assert validate(valid) == []
    assert validate(valid, Purpose.EXPORT) == []


@pytest.mark.parametrize(
    ("name", "mutate", "path", "on_save", "on_export"), RULES, ids=[r[0] for r in RULES]
)
def test_rule(
    valid: Meeting,
    name: str,
    mutate: Callable[[Meeting], None],
    path: str,
    on_save: Severity,
    on_export: Severity,
) -> None:
    meeting = copy.deepcopy(valid)
    mutate(meeting)
    for purpose, severity in ((Purpose.SAVE, on_save), (Purpose.EXPORT, on_export)):
        found = [p for p in validate(meeting, purpose) if p.path == path]
        assert found, f"{name}: no problem at {path} for {purpose}"
        assert {p.severity for p in found} == {severity}
        for problem in found:
            assert problem.message_vi and problem.message_en
            assert problem.message_vi != problem.message_en


def test_every_problem_is_reported_at_once(valid: Meeting) -> None:
    meeting = copy.deepcopy(valid)
    meeting.title = "Họp\x01"
    meeting.end = dt.datetime(2026, 3, 2, 6, 0)
    meeting.agenda[0].statements[0].speaker = Speaker("")
    meeting.votes = [Vote("X", 5, 0, 0, eligible=3)]
    meeting.copies = 0
    meeting.tasks.append(Task(" ", "A"))
    paths = {p.path for p in errors_of(validate(meeting))}
    assert paths == {
        "title",
        "end",
        "agenda[0].statements[0].speaker.name",
        "votes[0]",
        "copies",
        "tasks[1].description",
    }


def test_export_adds_the_unnumbered_warning(valid: Meeting) -> None:
    valid.number = ""
    assert [p.path for p in validate(valid)] == []
    problems = validate(valid, Purpose.EXPORT)
    assert [(p.path, p.severity) for p in problems] == [("number", W)]


def test_forbidden_characters_are_named(valid: Meeting) -> None:
    valid.recipients = ["Lưu\x00 VP\x1b"]
    (problem,) = validate(valid)
    assert problem.path == "recipients[0]"
    assert "U+0000" in problem.message_en and "U+001B" in problem.message_vi


def test_problem_text_is_bilingual() -> None:
    err = Problem("agenda[2].title", "thiếu", "missing")
    warn = Problem("title", "trống", "empty", Severity.WARNING)
    assert err.text() == "lỗi: agenda[2].title: thiếu"
    assert err.text("en") == "error: agenda[2].title: missing"
    assert warn.text() == "cảnh báo: title: trống" and warn.text("en") == "warning: title: empty"
    assert str(err) == "lỗi: agenda[2].title: thiếu / missing"
    assert Problem("", "x", "y").text("en") == "error: y"


def test_text_fields_cover_groups_and_people(valid: Meeting) -> None:
    valid.attendees.append(Attendee.of_group("Trưởng thôn", 3, Role.GUEST))
    valid.agenda[0].statements.append(Statement(Speaker(group="Các đại biểu"), "Nhất trí"))
    paths = dict(text_fields(valid))
    assert paths["attendees[2].group"] == "Trưởng thôn"
    assert "attendees[2].name" not in paths
    assert paths["agenda[0].statements[1].speaker.group"] == "Các đại biểu"
    assert paths["chair.name"] == "Phạm Văn Hùng"
    assert paths["tasks[0].owner"] == "Văn phòng"


def test_a_number_in_foreign_digits_names_the_characters(valid: Meeting) -> None:
    valid.number = "٠٧"
    (problem,) = [p for p in validate(valid) if p.path == "number"]
    assert problem.is_error and "0–9" in problem.message_vi and "U+0660" in problem.message_en


def test_votes_over_present_are_not_judged_when_a_group_has_no_count(valid: Meeting) -> None:
    valid.attendees.append(Attendee(group="Đại biểu các xã"))  # size unknown
    valid.votes = [Vote("X", 3, 0, 0, 5)]
    assert not [p for p in validate(valid) if p.path.startswith("votes")]


def test_day_warnings_name_both_dates(valid: Meeting) -> None:
    valid.end = dt.datetime(2026, 3, 4, 9, 0)
    (problem,) = [p for p in validate(valid) if p.path == "end"]
    assert "02/03/2026" in problem.message_vi and "04/03/2026" in problem.message_vi
    assert "2026-03-02 to 2026-03-04" in problem.message_en
