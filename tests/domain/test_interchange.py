"""The JSON interchange format: lossless round trip and every rule an importer enforces."""

from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import Attendance, Profile, Role, Status
from minutes_app.domain.validation import Severity


@pytest.fixture
def doc(seed_path: Path) -> dict[str, Any]:
    """Return the seed document as JSON data (a fresh copy per test)."""
    data: dict[str, Any] = json.loads(seed_path.read_text(encoding="utf-8"))
    return data


def _errors(data: Any) -> list[tuple[str, str]]:
    """Return ``(path, English message)`` of every error raised when importing ``data``."""
    text = data if isinstance(data, (str, bytes)) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(InterchangeError) as info:
        interchange.parse(text, "test.json")
    return [(p.path, p.message_en) for p in info.value.errors]


def _paths(data: Any) -> set[str]:
    return {path for path, _ in _errors(data)}


# -- round trip -----------------------------------------------------------------


def test_seed_round_trip_is_identical(seed_path: Path) -> None:
    first = interchange.parse(seed_path.read_bytes())
    assert first.warnings == [] or all(not w.is_error for w in first.warnings)
    exported = interchange.dumps(first.meeting)
    again = interchange.parse(exported)
    assert again.meeting == first.meeting
    assert interchange.dumps(again.meeting) == exported
    assert interchange.canonical_bytes(again.meeting) == interchange.canonical_bytes(first.meeting)


def _contains(small: Any, big: Any, where: str = "") -> list[str]:
    """Return the paths where ``big`` lacks or changes something ``small`` has."""
    if isinstance(small, dict):
        if not isinstance(big, dict):
            return [where]
        out: list[str] = []
        for key, value in small.items():
            out += _contains(value, big.get(key, object()), f"{where}.{key}")
        return out
    if isinstance(small, list):
        if not isinstance(big, list) or len(big) != len(small):
            return [where]
        return [p for i, v in enumerate(small) for p in _contains(v, big[i], f"{where}[{i}]")]
    return [] if small == big else [where]


def test_export_gives_back_every_field_of_the_seed(doc: dict[str, Any]) -> None:
    meeting = interchange.parse(doc).meeting
    assert _contains(doc, interchange.to_dict(meeting)) == []


def test_seed_is_read_into_the_model(doc: dict[str, Any]) -> None:
    meeting = interchange.parse(doc).meeting
    assert meeting.profile is Profile.PARTY and meeting.status is Status.DRAFT
    assert meeting.attendees[4].is_group and meeting.attendees[4].count == 25
    assert meeting.attendees[0].role is Role.MEMBER
    assert meeting.attendees[0].attendance is Attendance.PRESENT
    assert meeting.agenda[0].statements[1].speaker.group == "Các đại biểu dự hội nghị"
    assert meeting.copies == 3 and meeting.effective_symbol() == "BB/HU"


def test_canonical_bytes_are_sorted_and_compact(doc: dict[str, Any]) -> None:
    raw = interchange.canonical_bytes(interchange.parse(doc).meeting)
    data = json.loads(raw)
    assert list(data) == sorted(data)
    assert b"\n" not in raw and "Kim Sơn".encode() in raw


def _json_canonical(meeting: Any) -> bytes:
    """The canonical JSON as one ``json.dumps`` writes it (what the chunked writer must equal)."""
    data = interchange.to_dict(meeting)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def test_canonical_bytes_equal_one_json_dumps(doc: dict[str, Any]) -> None:
    meeting = interchange.parse(doc).meeting
    assert interchange.canonical_bytes(meeting) == _json_canonical(meeting)
    assert interchange.canonical_text(meeting) == _json_canonical(meeting).decode("utf-8")


def test_canonical_bytes_of_long_texts_equal_one_json_dumps(doc: dict[str, Any]) -> None:
    """Texts longer than a piece are escaped piece by piece: quotes, backslashes, tabs, emoji
    and Vietnamese letters on both sides of every cut give what one ``json.dumps`` gives."""
    meeting = interchange.parse(doc).meeting
    chunk = interchange.CANONICAL_CHUNK
    tricky = 'a"\\\t/\u2028😀ệ</'
    long_text = ("Đồng chí phát biểu. " * (chunk // 10)) + tricky * 50
    for shift in range(len(tricky)):
        statement = copy.deepcopy(meeting.agenda[0].statements[0])
        statement.content = "x" * (chunk - shift) + tricky + long_text
        meeting.agenda[0].statements.append(statement)
    meeting.title = tricky * (chunk // 4)
    raw = interchange.canonical_bytes(meeting)
    assert len(raw) > 10 * chunk
    assert raw == _json_canonical(meeting)
    assert interchange.canonical_text(meeting) == raw.decode("utf-8")
    assert json.loads(raw)["title"] == meeting.title


def test_byte_order_mark_is_accepted(seed_path: Path) -> None:
    meeting = interchange.parse(b"\xef\xbb\xbf" + seed_path.read_bytes()).meeting
    assert meeting.place == "Kim Sơn"


def test_number_given_as_integer_becomes_text(doc: dict[str, Any]) -> None:
    doc["number"] = 12
    assert interchange.parse(doc).meeting.number == "12"


# -- versions and unknown keys ---------------------------------------------------


def test_unknown_keys_are_warnings_not_errors(doc: dict[str, Any]) -> None:
    doc["colour"] = "đỏ"
    doc["agenda"][0]["mood"] = 1
    doc["chair"]["phone"] = "0912"
    doc["attendees"][4]["note"] = "x"
    result = interchange.parse(doc)
    unknown = {w.path for w in result.warnings if w.message_en == "unknown key, ignored"}
    assert unknown == {"colour", "agenda[0].mood", "chair.phone", "attendees[4].note"}
    assert all(w.severity is Severity.WARNING for w in result.warnings)
    assert result.meeting.chair.name == "Mai Văn Thanh"


def test_newer_version_is_refused_clearly(doc: dict[str, Any]) -> None:
    doc["version"] = 2
    doc["brand_new_key"] = {}
    with pytest.raises(InterchangeError) as info:
        interchange.parse(doc, "new.json")
    (problem,) = info.value.problems
    assert problem.path == "version"
    assert "newer than this application" in problem.message_en
    assert "mới hơn" in problem.message_vi
    assert str(info.value).startswith("new.json: ")


@pytest.mark.parametrize("version", [None, 0, "1", True, 1.0])
def test_bad_version(doc: dict[str, Any], version: object) -> None:
    doc["version"] = version
    assert "version" in _paths(doc)


def test_wrong_format_marker(doc: dict[str, Any]) -> None:
    doc["format"] = "something-else"
    assert "format" in _paths(doc)


# -- NFC and forbidden characters ------------------------------------------------


def test_text_is_nfc_on_the_way_in(doc: dict[str, Any]) -> None:
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    doc["title"] = nfd(doc["title"])
    doc["chair"]["name"] = nfd("Mai Văn Thanh")
    doc["agenda"][0]["statements"][0]["content"] = nfd("Kế hoạch\r\nđại hội")
    doc["recipients"][0] = nfd(doc["recipients"][0])
    assert doc["chair"]["name"] != "Mai Văn Thanh"
    meeting = interchange.parse(json.dumps(doc, ensure_ascii=False).encode("utf-8")).meeting
    assert meeting.chair.name == "Mai Văn Thanh"
    assert meeting.title == unicodedata.normalize("NFC", doc["title"])
    assert meeting.agenda[0].statements[0].content == "Kế hoạch\nđại hội"
    assert meeting.recipients[0] == "Thường trực Tỉnh ủy (để b/c)"


@pytest.mark.parametrize(
    ("setter", "path", "code"),
    [
        (lambda d: d.__setitem__("title", "Họp\x07"), "title", "U+0007"),
        (
            lambda d: d["agenda"][0]["statements"][0]["speaker"].__setitem__("name", "A\x00"),
            "agenda[0].statements[0].speaker.name",
            "U+0000",
        ),
        (lambda d: d["recipients"].__setitem__(1, "\x1b[31m"), "recipients[1]", "U+001B"),
        (lambda d: d["tasks"][0].__setitem__("owner", "x\uffff"), "tasks[0].owner", "U+FFFF"),
        (lambda d: d["issuer"].__setitem__("name", "\x0c"), "issuer.name", "U+000C"),
    ],
)
def test_forbidden_characters_refused_naming_the_field(
    doc: dict[str, Any], setter: Any, path: str, code: str
) -> None:
    setter(doc)
    errors = _errors(doc)
    assert any(p == path and code in message for p, message in errors), errors


def test_lone_surrogate_escape_in_json_is_refused(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8").replace('"Kim Sơn"', '"Kim \\ud800"', 1)
    errors = _errors(text)
    assert any(p == "place" and "U+D800" in m for p, m in errors)


def test_tab_and_newline_are_allowed(doc: dict[str, Any]) -> None:
    doc["conclusion"] = "Một\tHai\n\nBa"
    assert interchange.parse(doc).meeting.conclusion == "Một\tHai\n\nBa"


# -- dates, counts and shapes ----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("date", "2020-02-30"),
        ("date", "25/02/2020"),
        ("date", "2020-2-5"),
        ("date", 20200225),
        ("date", None),
        ("start", "2020-02-25 07:30"),
        ("start", "2020-02-25T7:30"),
        ("start", "2020-02-25T25:00"),
        ("end", "2020-02-25T07:30:00"),
        ("end", 730),
    ],
)
def test_bad_dates_and_times_name_the_field(doc: dict[str, Any], key: str, value: object) -> None:
    doc[key] = value
    assert key in _paths(doc)


def test_bad_task_due_date(doc: dict[str, Any]) -> None:
    doc["tasks"][1]["due"] = "31/03/2020"
    assert _paths(doc) == {"tasks[1].due"}


def test_end_before_start(doc: dict[str, Any]) -> None:
    doc["end"] = "2020-02-25T07:00"
    assert _paths(doc) == {"end"}


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["attendees"][4].__setitem__("count", -25), "attendees[4].count"),
        (
            lambda d: d.__setitem__("votes", [{"subject": "X", "in_favour": -1}]),
            "votes[0].in_favour",
        ),
        (
            lambda d: d.__setitem__("votes", [{"subject": "X", "against": 1, "eligible": -3}]),
            "votes[0].eligible",
        ),
        (
            lambda d: d.__setitem__(
                "votes",
                [{"subject": "X", "in_favour": 20, "against": 4, "abstain": 2, "eligible": 25}],
            ),
            "votes[0]",
        ),
        (lambda d: d.__setitem__("votes", [{"subject": "X", "in_favour": 30}]), "votes[0]"),
        (lambda d: d.__setitem__("copies", 0), "copies"),
        (lambda d: d["attendees"][4].__setitem__("count", True), "attendees[4].count"),
        (lambda d: d.__setitem__("copies", "3"), "copies"),
    ],
)
def test_bad_counts_name_the_field(doc: dict[str, Any], change: Any, path: str) -> None:
    change(doc)
    assert path in _paths(doc)


def test_votes_within_default_eligible_are_fine(doc: dict[str, Any]) -> None:
    # the seed has 2 named members and a group of 25 present: 27 may vote
    doc["votes"] = [{"subject": "X", "in_favour": 25, "against": 1, "abstain": 1}]
    assert interchange.parse(doc).meeting.votes[0].cast == 27


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (
            lambda d: d["agenda"][0]["statements"][0]["speaker"].__setitem__("name", ""),
            "agenda[0].statements[0].speaker.name",
        ),
        (
            lambda d: d["agenda"][0]["statements"][0].pop("speaker"),
            "agenda[0].statements[0].speaker",
        ),
        (
            lambda d: d["agenda"][1]["statements"][0]["speaker"].pop("name"),
            "agenda[1].statements[0].speaker.name",
        ),
        (lambda d: d["agenda"][0].pop("title"), "agenda[0].title"),
        (lambda d: d.__setitem__("title", 5), "title"),
        (lambda d: d.__setitem__("attendees", {}), "attendees"),
        (lambda d: d["attendees"].__setitem__(0, "Mai Văn Thanh"), "attendees[0]"),
        (lambda d: d.__setitem__("profile", "province"), "profile"),
        (lambda d: d.__setitem__("status", "done"), "status"),
        (lambda d: d["attendees"][0].__setitem__("attendance", "away"), "attendees[0].attendance"),
        (lambda d: d.pop("issuer"), "issuer"),
        (lambda d: d["issuer"].pop("abbreviation"), "issuer.abbreviation"),
        (lambda d: d.__setitem__("show_place_date", "yes"), "show_place_date"),
        (lambda d: d["recipients"].append(7), "recipients[4]"),
        (lambda d: d["tasks"][0].pop("description"), "tasks[0].description"),
    ],
)
def test_shape_errors_name_the_field(doc: dict[str, Any], change: Any, path: str) -> None:
    change(doc)
    assert path in _paths(doc)


def test_all_problems_at_once(doc: dict[str, Any]) -> None:
    doc["date"] = "2020-13-01"
    doc["agenda"][1]["statements"][0]["speaker"]["name"] = " "
    doc["attendees"][4]["count"] = -1
    doc["votes"] = [{"subject": "X", "in_favour": 9, "eligible": 3}]
    doc["title"] = ["not", "text"]
    assert _paths(doc) == {
        "date",
        "agenda[1].statements[0].speaker.name",
        "attendees[4].count",
        "votes[0]",
        "title",
    }


def test_error_messages_are_bilingual(doc: dict[str, Any]) -> None:
    doc["end"] = "2020-02-25T07:00"
    with pytest.raises(InterchangeError) as info:
        interchange.parse(doc)
    (problem,) = info.value.errors
    assert problem.message_en == "the end is before the start"
    assert problem.message_vi == "thời gian kết thúc trước thời gian bắt đầu"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(b'{"a": ', "invalid JSON"), (b"\xc3\x28", "not UTF-8"), (b"42", "must be a JSON object")],
)
def test_unreadable_documents(raw: bytes, expected: str) -> None:
    (problem,) = [p for p in [*_errors_raw(raw)]]
    assert expected in problem


def _errors_raw(raw: bytes) -> list[str]:
    with pytest.raises(InterchangeError) as info:
        interchange.parse(raw)
    return [p.message_en for p in info.value.errors]


def test_parse_without_rules_loads_a_draft_but_not_a_broken_document(doc: dict[str, Any]) -> None:
    draft = copy.deepcopy(doc)
    draft["attendees"][0]["name"] = ""
    with pytest.raises(InterchangeError):
        interchange.parse(draft)
    assert interchange.parse(draft, check=False).meeting.attendees[0].name == ""
    doc["date"] = "not a date"
    with pytest.raises(InterchangeError):
        interchange.parse(doc, check=False)
