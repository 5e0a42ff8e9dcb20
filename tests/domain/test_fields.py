"""The one field table: it describes every attribute of the meeting, and every check derives from it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
import unicodedata
from dataclasses import dataclass, field

import pytest

from minutes_app.domain import fields, interchange
from minutes_app.domain.errors import BilingualError
from minutes_app.domain.fields import (
    FIELDS,
    Column,
    FieldPath,
    FieldPathError,
    Kind,
    editor_label,
    kind_of,
    missing_rows,
    record_labels,
    text_fields,
)
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Meeting,
    Person,
    Role,
    Signature,
    Speaker,
    Statement,
    Task,
    Vote,
)
from minutes_app.domain.validation import validate
from minutes_app.render.api import layout_problems, resolve_profile
from minutes_app.store.index import folded_text, named_people


def full_meeting() -> Meeting:
    """Return a meeting with every field set, attendees and speakers of both shapes."""
    return Meeting(
        issuer=Issuer_("Cấp trên", "Ủy ban", "UB"),
        number="12",
        symbol="BB-UB",
        place="Kim Sơn",
        date=dt.date(2026, 3, 2),
        title="Giao ban",
        kind="giao ban",
        start=dt.datetime(2026, 3, 2, 8, 0),
        end=dt.datetime(2026, 3, 2, 11, 0),
        location="Hội trường",
        chair=Person("Nguyễn An", "Chủ tịch"),
        secretary=Person("Lê Bình", "Văn phòng"),
        attendees=[
            Attendee(
                "Trần Chi",
                "Phó Chủ tịch",
                "UBND",
                Role.MEMBER,
                Attendance.LATE,
                "ốm",
                arrived=dt.datetime(2026, 3, 2, 8, 20),
            ),
            Attendee.of_group("Trưởng thôn", 12),
        ],
        agenda=[
            AgendaItem(
                "Tình hình",
                presenter=Person("Nguyễn An", "Chủ tịch"),
                statements=[
                    Statement(
                        Speaker("Trần Chi", "Phó Chủ tịch"),
                        "Ý kiến",
                        dt.datetime(2026, 3, 2, 8, 30),
                    ),
                    Statement(Speaker(group="Các đại biểu"), "Nhất trí"),
                ],
                conclusion="Thống nhất",
                scratch="nháp",
            )
        ],
        conclusion="Kết luận",
        votes=[Vote("Thông qua", 10, 1, 1, 13)],
        tasks=[Task("Báo cáo", "Văn phòng", dt.date(2026, 3, 9))],
        closing="Cuộc họp kết thúc",
        recipients=["Lưu VT"],
        copies=2,
        signature=Signature("Thư ký", "Chủ trì", "TM.", "CHỦ TỊCH"),
        show_place_date=True,
        show_statement_times=True,
    )


def Issuer_(parent: str, name: str, abbreviation: str):  # noqa: ANN201, N802
    from minutes_app.domain.model import Issuer

    return Issuer(name, abbreviation, parent)


# -- the table describes every attribute ---------------------------------------------------------


def test_every_attribute_reachable_from_the_meeting_has_a_row_of_its_kind() -> None:
    assert missing_rows() == []
    seen = 0

    def visit(cls: type, prefix: str) -> None:
        nonlocal seen
        hints = typing.get_type_hints(cls)
        for attribute in dataclasses.fields(cls):  # type: ignore[arg-type]
            pattern = f"{prefix}.{attribute.name}" if prefix else attribute.name
            rows = [r for r in FIELDS if r.pattern == pattern]
            kind, inner, optional = kind_of(hints[attribute.name])
            assert rows and all(r.kind is kind for r in rows), pattern
            assert all(r.owner is cls and r.key == attribute.name for r in rows), pattern
            # The table evaluates one annotation at a time (fast at import): the same types.
            assert all(r.value_type == inner and r.optional is optional for r in rows), pattern
            seen += 1
            if kind is Kind.OBJECT:
                visit(inner, pattern)
            elif kind is Kind.LIST and dataclasses.is_dataclass(inner):
                visit(inner, f"{pattern}[]")

    visit(Meeting, "")
    assert seen >= 60


def test_every_text_attribute_is_classified_for_the_checks() -> None:
    texts = [r for r in FIELDS if r.kind is Kind.TEXT]
    assert len(texts) >= 35
    for row in texts:
        assert isinstance(row.column, Column), row.pattern  # the search index
        assert isinstance(row.spell, bool) and isinstance(row.printed, bool), row.pattern
        assert row.label[0] and row.label[1] and row.editor[0] and row.editor[1], row.pattern
    with pytest.raises(TypeError):
        fields.text("x", ("X", "X"))  # type: ignore[call-arg]  # no column, no spelling
    with pytest.raises(ValueError, match="text"):
        fields.value("title", Kind.TEXT, ("Tên", "Title"))


@dataclass
class Annex:
    """A made-up part of a meeting, for the next test."""

    caption: str = ""
    pages: list[str] = field(default_factory=list)


@dataclass
class Bigger(Meeting):
    """A meeting with two made-up attributes that no row describes yet."""

    annex: Annex = field(default_factory=Annex)
    note: str = ""


def test_a_new_attribute_without_a_row_is_found() -> None:
    assert missing_rows(Bigger) == ["annex", "note"]
    extra = (
        *FIELDS,
        fields.value("annex", Kind.OBJECT, ("Phụ lục", "Annex")),
    )
    assert missing_rows(Bigger, extra) == ["annex.caption", "annex.pages", "note"]


def test_a_row_must_match_its_attribute() -> None:
    with pytest.raises(TypeError, match="declared"):
        fields._resolve((fields.value("title", Kind.INTEGER, ("Tên", "Title")),))
    with pytest.raises(TypeError, match="no attribute"):
        fields._resolve((fields.value("colour", Kind.CHOICE, ("Màu", "Colour")),))


# -- every safety net sees every typed text --------------------------------------------------------


def _text_paths(meeting: Meeting) -> list[str]:
    return [path for path, _ in text_fields(meeting)]


def test_text_fields_cover_every_text_row_in_both_shapes() -> None:
    meeting = full_meeting()
    patterns = {FieldPath.parse(p).pattern for p in _text_paths(meeting)}
    assert patterns == {r.pattern for r in FIELDS if r.kind is Kind.TEXT}
    paths = _text_paths(meeting)
    assert "attendees[1].group" in paths and "attendees[1].name" not in paths
    assert "agenda[0].statements[1].speaker.group" in paths
    assert "agenda[0].statements[1].speaker.name" not in paths


@pytest.mark.parametrize("path", _text_paths(full_meeting()))
def test_every_text_field_is_checked_indexed_and_refused_when_unstorable(path: str) -> None:
    from minutes_app.store.errors import InvalidMeeting
    from minutes_app.store.tables import prepare

    where = FieldPath.parse(path)
    meeting = full_meeting()
    where.set(meeting, "Chữ\x07")
    assert any(p.path == path and "U+0007" in p.message_en for p in validate(meeting))
    where.set(meeting, "Từkhoáriêng")
    assert "tukhoarieng" in " ".join(dataclasses.astuple(folded_text(meeting)))
    where.set(meeting, "lẻ\ud800")
    with pytest.raises(InvalidMeeting, match=path.replace("[", r"\[").replace("]", r"\]")):
        prepare(meeting)


def test_layout_limits_and_the_people_directory_come_from_the_table() -> None:
    meeting = full_meeting()
    profile = resolve_profile(meeting, None)
    limited = {r.pattern: r.print_limit for r in FIELDS if r.print_limit is not None}
    assert limited["chair.name"] == 100 and limited["signature.chair_title"] == 150
    for pattern, limit in limited.items():
        FieldPath.parse(pattern).set(meeting, "x" * (limit + 1))
    too_long = {p.path for p in layout_problems(meeting, profile) if p.is_error}
    assert too_long == set(limited)
    people = [p.name for p in named_people(full_meeting())]
    assert people == ["Nguyễn An", "Lê Bình", "Trần Chi", "Nguyễn An", "Trần Chi"]


# -- labels ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "vi", "en"),
    [
        ("title", "Tên cuộc họp (trích yếu)", "Meeting title"),
        ("issuer.name", "Cơ quan ban hành › Tên cơ quan", "Issuing body › Body name"),
        ("votes[0].in_favour", "Biểu quyết 1 › Tán thành", "Vote 1 › In favour"),
        (
            "agenda[1].statements[0].speaker.name",
            "Nội dung 2 › Ý kiến 1 › Người phát biểu › Họ tên",
            "Agenda item 2 › Statement 1 › Speaker › Name",
        ),
        ("recipients[2]", "Nơi nhận 3", "Recipient 3"),
        ("agenda[0].mood", "Nội dung 1 › mood", "Agenda item 1 › mood"),
        ("not a path!", "not a path!", "not a path!"),
    ],
)
def test_record_labels(path: str, vi: str, en: str) -> None:
    assert record_labels(fields.path_steps(path)) == (vi, en)


@pytest.mark.parametrize(
    ("path", "vi", "en"),
    [
        ("title", "Tên cuộc họp", "Meeting title"),
        ("attendees[2].name", "Thành phần, dòng 3: Họ tên", "Attendees, row 3: Name"),
        (
            "agenda[0].statements[1].speaker.name",
            "Nội dung 1, ý kiến 2: Người phát biểu",
            "Item 1, statement 2: Speaker",
        ),
        ("agenda[0].statements", "Nội dung 1: Ý kiến phát biểu", "Item 1: Statements"),
        ("agenda[2]", "Nội dung 3", "Item 3"),
        ("agenda[0].conclusion", "Nội dung 1: Kết luận nội dung", "Item 1: Conclusion of the item"),
        ("conclusion", "Kết luận", "Conclusion"),
        ("recipients[0]", "Nơi nhận, dòng 1", "Recipients, line 1"),
        ("agenda[0].mood", "Nội dung 1: mood", "Item 1: mood"),
    ],
)
def test_editor_labels(path: str, vi: str, en: str) -> None:
    assert editor_label(path) == vi and editor_label(path, "en") == en


def test_comment_parts_and_their_labels() -> None:
    meeting = full_meeting()
    parts = fields.comment_parts(meeting)
    assert parts == [
        ("meeting", "Toàn bộ biên bản"),
        ("agenda[0]", "Nội dung 1: Tình hình"),
        ("agenda[0].statements[0]", "Nội dung 1 › Ý kiến 1: Trần Chi"),
        ("agenda[0].statements[1]", "Nội dung 1 › Ý kiến 2: Các đại biểu"),
        ("votes[0]", "Biểu quyết 1: Thông qua"),
        ("tasks[0]", "Nhiệm vụ 1: Báo cáo"),
    ]
    assert fields.comment_parts(meeting, "en")[2][1] == "Agenda item 1 › Statement 1: Trần Chi"
    for part, _label in parts:
        assert fields.comment_part_exists(meeting, part)
    for bad in (
        "agenda[1]",
        "agenda[0].title",
        "agenda",
        "attendees[0]",
        "agenda[0].statements[2]",
        "votes[０]",
        "tasks[-1]",
        "",
    ):
        assert not fields.comment_part_exists(meeting, bad), bad
    assert fields.part_label("nonsense") == "Toàn bộ biên bản"


# -- paths -----------------------------------------------------------------------------------


def test_paths_parse_format_read_and_write() -> None:
    path = FieldPath.parse("agenda[0].statements[1].speaker.group")
    assert path.steps == ("agenda", 0, "statements", 1, "speaker", "group")
    assert str(path) == "agenda[0].statements[1].speaker.group"
    assert path.pattern == "agenda[].statements[].speaker.group"
    assert path.field is not None and path.field.kind is Kind.TEXT
    meeting = full_meeting()
    assert path.get(meeting) == "Các đại biểu"
    path.set(meeting, "Đại biểu")
    assert meeting.agenda[0].statements[1].speaker.group == "Đại biểu"
    assert FieldPath.parse("") == FieldPath() and FieldPath().get(meeting) is meeting


@pytest.mark.parametrize(
    "text",
    ["agenda[x]", "agenda..title", "[0]", "agenda[1234567890]", "agenda[٣]", "title.", " title"],
)
def test_what_is_not_a_path_is_refused_in_both_languages(text: str) -> None:
    with pytest.raises(FieldPathError) as info:
        FieldPath.parse(text)
    assert isinstance(info.value, ValueError) and isinstance(info.value, BilingualError)
    assert "không phải đường dẫn trường" in info.value.message_vi
    assert "is not a field path" in info.value.message_en


def test_a_path_naming_nothing_is_refused() -> None:
    meeting = full_meeting()
    for text in ("agenda[5].title", "colour", "title.name"):
        with pytest.raises(FieldPathError):
            FieldPath.parse(text).get(meeting)


def test_an_optional_object_is_made_on_write_and_dropped_when_empty() -> None:
    meeting = Meeting(agenda=[AgendaItem("Mục")])
    presenter = FieldPath.parse("agenda[0].presenter.name")
    assert presenter.get(meeting) == ""
    presenter.set(meeting, "Mai Văn Thanh")
    assert meeting.agenda[0].presenter == Person("Mai Văn Thanh")
    presenter.set(meeting, "")
    assert meeting.agenda[0].presenter is None


def test_typed_text_is_normalised_on_the_way_in() -> None:
    meeting = full_meeting()
    decomposed = unicodedata.normalize("NFD", "Nghị quyết\r\nsố 1\rhai")
    FieldPath.parse("conclusion").set(meeting, decomposed)
    assert meeting.conclusion == "Nghị quyết\nsố 1\nhai"
    item = fields.typed("agenda[0].statements[0]", Statement(Speaker(decomposed), decomposed))
    assert item.speaker.name == item.content == "Nghị quyết\nsố 1\nhai"
    assert fields.typed("copies", 3) == 3
    kept = Statement(Speaker("An"), "Đã chuẩn")
    assert fields.typed("agenda[0].statements[0]", kept) is kept  # nothing to change: no copy


def test_index_helpers() -> None:
    assert fields.index_in("attendees[12].name", "attendees") == 12
    assert fields.index_in("attendeesX[1]", "attendees") is None
    assert fields.field_after("attendees[12].name", "attendees") == "name"
    assert (
        fields.field_after("agenda[0].statements[1].content", "agenda") == "statements[1].content"
    )
    assert fields.is_within("agenda[1].title", "agenda[1]") and not fields.is_within(
        "agenda[10]", "agenda[1]"
    )


# -- one normal form without reading JSON back ---------------------------------------------------


def _dirty(meeting: Meeting) -> Meeting:
    """Return ``meeting`` with decomposed text, CR line ends, seconds and stale group fields."""
    for path, text in list(text_fields(meeting)):
        FieldPath.parse(path).set(
            meeting,
            unicodedata.normalize("NFD", text.replace("\n", "\r\n") + "\r"),
            normalise=False,
        )
    meeting.start = dt.datetime(2026, 3, 2, 8, 0, 41, 999, tzinfo=dt.UTC)
    group = meeting.attendees[1]
    group.name, group.reason, group.attendance = "Cũ", "cũ", Attendance.ABSENT
    meeting.agenda[0].statements[1].speaker.name = "Cũ"
    meeting.attendees[0].count = 4
    return meeting


def test_normalised_equals_reading_the_json_back() -> None:
    dirty = _dirty(full_meeting())
    expected = interchange.parse(interchange.canonical_bytes(dirty), check=False).meeting
    got = fields.normalised(dirty)
    assert got == expected
    assert got.attendees[1].name == "" and got.attendees[1].attendance is Attendance.PRESENT
    assert got.start == dt.datetime(2026, 3, 2, 8, 0)
    assert interchange.canonical_bytes(got) == interchange.canonical_bytes(expected)


def test_normalised_names_a_value_of_the_wrong_type() -> None:
    meeting = full_meeting()
    meeting.votes[0].in_favour = "10"  # type: ignore[assignment]
    with pytest.raises(FieldPathError, match=r"votes\[0\]\.in_favour"):
        fields.normalised(meeting)
