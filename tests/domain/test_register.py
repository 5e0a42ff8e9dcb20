"""Numbering register rules: periods per year (state) or per term (Party), next number, gaps."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.model import Profile
from minutes_app.domain.register import gaps, next_number, parse_number, period_key, period_label


@pytest.mark.parametrize(
    ("profile", "day", "terms", "expected"),
    [
        (Profile.STATE, dt.date(2026, 1, 5), [dt.date(2020, 10, 1)], "2026"),
        (Profile.PARTY, dt.date(2026, 1, 5), [], "2026"),
        (
            Profile.PARTY,
            dt.date(2020, 2, 25),
            [dt.date(2015, 10, 1), dt.date(2020, 10, 1)],
            "term:2015-10-01",
        ),
        (
            Profile.PARTY,
            dt.date(2021, 2, 25),
            [dt.date(2015, 10, 1), dt.date(2020, 10, 1)],
            "term:2020-10-01",
        ),
        (Profile.PARTY, dt.date(2014, 1, 1), [dt.date(2015, 10, 1)], "2014"),
    ],
)
def test_period_key(profile: Profile, day: dt.date, terms: list[dt.date], expected: str) -> None:
    assert period_key(profile, day, terms) == expected


def test_period_label() -> None:
    assert period_label("2026") == "năm 2026"
    assert period_label("term:2020-10-01") == "nhiệm kỳ từ 01/10/2020"


@pytest.mark.parametrize(
    ("used", "nxt", "missing"),
    [([], 1, []), ([1, 2, 3], 4, []), ([1, 4, 2], 5, [3]), ([3], 4, [1, 2])],
)
def test_next_number_and_gaps(used: list[int], nxt: int, missing: list[int]) -> None:
    assert next_number(used) == nxt
    assert gaps(used) == missing


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("07", 7),
        (" 12 ", 12),
        ("", None),
        ("12a", None),
        ("999999999", 999999999),
        # F7: digits to str.isdigit, not registry numbers (int() fails or reads them otherwise)
        ("²", None),
        ("①", None),
        ("٠٧", None),
        ("1" * 10, None),
        ("5" * 5000, None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value
