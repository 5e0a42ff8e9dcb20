"""Hostile interchange files end in clean, field-named errors (F9, R3, U2), never a traceback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.validation import collapse, validate, warning


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


def _errors(text: str | bytes) -> list[tuple[str, str]]:
    with pytest.raises(InterchangeError) as info:
        interchange.parse(text, "hostile.json")
    assert info.value.source == "hostile.json"
    return [(p.path, p.message_en) for p in info.value.errors]


def _with(seed_text: str, **changes: Any) -> str:
    data = json.loads(seed_text)
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        '{"a":' * 50_000,
        '{"format": "minutes-app.meeting", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
    ids=["arrays", "objects", "in an unknown key"],
)
def test_deep_nesting_is_invalid_json(text: str) -> None:
    ((path, message),) = _errors(text)
    assert path == "" and "invalid JSON" in message and "nested too deeply" in message


@pytest.mark.parametrize("key", ["copies", "version", "unknown_key", "number"])
def test_integers_of_thousands_of_digits(seed_text: str, key: str) -> None:
    text = _with(seed_text, **{key: 7}).replace(f'"{key}": 7', f'"{key}": {"9" * 5000}')
    if key == "unknown_key":  # ignored with a warning, never turned into an int
        warnings = interchange.parse(text).warnings
        assert [p.path for p in warnings if "unknown key" in p.message_en] == ["unknown_key"]
        return
    errors = dict(_errors(text))
    assert key in errors
    if key == "copies":
        assert "too large (5,000 digits, at most 15)" in errors["copies"]


@pytest.mark.parametrize(
    "moment",
    [
        "2020-02-25T0730Z",
        "2020-02-25T07+07",
        "2020-02-25T07:30Z",
        "2020-02-25T07:30+07:00",
        "2020-W09-2T07:30",
        "2020-02-25T07,5Z",
        "2020-02-25 07:30",
        "٢٠٢٠-02-25T07:30",
    ],
)
def test_times_are_exactly_yyyy_mm_ddThh_mm(seed_text: str, moment: str) -> None:
    errors = dict(_errors(_with(seed_text, start=moment)))
    assert "not a valid time" in errors["start"] and "YYYY-MM-DDTHH:MM" in errors["start"]


@pytest.mark.parametrize("day", ["2026-W09-3", "2026-056", "20260225", "٢٠٢٦-٠٢-٢٥"])
def test_dates_are_exactly_yyyy_mm_dd(seed_text: str, day: str) -> None:
    assert "date" in dict(_errors(_with(seed_text, date=day)))


def test_a_duplicate_key_is_an_error_not_a_silent_winner(seed_text: str) -> None:
    text = seed_text.rstrip().removesuffix("}") + ', "status": "approved"}'
    assert ("status", "the key appears more than once; which value is meant is unclear") in _errors(
        text
    )
    nested = seed_text.replace('"chair": {', '"chair": {"name": "Người khác", ', 1)
    assert "chair.name" in dict(_errors(nested))


@pytest.mark.parametrize(
    ("key", "count", "limit"),
    [("recipients", 2_000_000, 1_000), ("attendees", 100_001, 100_000), ("votes", 1_001, 1_000)],
)
def test_lists_beyond_their_cap_are_refused_by_name(
    seed_text: str, key: str, count: int, limit: int
) -> None:
    item = "" if key == "recipients" else 1  # a cheap placeholder: the cap comes first
    errors = dict(_errors(_with(seed_text, **{key: [item] * count})))
    assert f"at most {limit:,}" in errors[key] and f"{count:,} entries" in errors[key]


def test_millions_of_empty_objects_are_refused_before_they_are_built() -> None:
    text = '{"attendees": [' + ",".join(["{}"] * 2_000_000) + "]}"
    ((path, message),) = _errors(text)
    assert path == "" and "too many JSON objects and arrays" in message and "1,000,000" in message


def test_years_before_1000_are_refused_with_a_clear_message(seed_text: str) -> None:
    errors = dict(_errors(_with(seed_text, date="0999-05-05", start="0999-05-05T08:00")))
    assert "the year 999 is not valid" in errors["date"] and "start" in errors


def test_a_year_before_1000_round_trips_through_the_store_format(seed_path: Path) -> None:
    meeting = interchange.parse(seed_path.read_bytes()).meeting
    meeting.date = dt.date(999, 5, 5)
    meeting.start = dt.datetime(999, 5, 5, 8, 0)
    data = interchange.to_dict(meeting)
    assert data["start"] == "0999-05-05T08:00"
    again = interchange.parse(json.dumps(data), check=False).meeting  # the store's own reading
    assert again.start == meeting.start
    assert any(p.path == "start" and p.is_error for p in validate(again))


def test_two_million_warnings_collapse_to_ten_and_a_count() -> None:
    problems = [
        warning(f"recipients[{i}]", "dòng trống", "an empty line") for i in range(2_000_000)
    ]
    shown = collapse(problems)
    assert len(shown) == 11 and shown[9].path == "recipients[9]"
    assert shown[10].path == "recipients[…]"
    assert shown[10].message_en == "… and 1,999,990 more like it"
    assert shown[10].message_vi == "… và 1.999.990 cảnh báo tương tự"
    mixed = [warning("a", "x", "x"), warning("b[0]", "y", "y"), warning("a", "x", "x")]
    assert collapse(mixed, keep=1)[1:] == [
        mixed[1],
        warning("a", "… và 1 cảnh báo tương tự", "… and 1 more like it"),
    ]
