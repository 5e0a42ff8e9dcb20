"""The numbering register (sổ biên bản): numbering periods, the next number and the gaps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from minutes_app.domain.model import Profile
from minutes_app.domain.text import ascii_digits


def period_key(profile: Profile, day: dt.date, term_starts: Iterable[dt.date] = ()) -> str:
    """Return the numbering period of a document dated ``day``.

    State bodies number per calendar year.  Party bodies number per committee
    term: the period is the latest configured term start on or before ``day``
    (a body with no term configured falls back to the calendar year).
    """
    if profile is Profile.PARTY:
        start = max((s for s in term_starts if s <= day), default=None)
        if start is not None:
            return f"term:{start.isoformat()}"
    return str(day.year)


def period_label(key: str) -> str:
    """Return a Vietnamese label of a period key: ``năm 2026`` or ``nhiệm kỳ từ 01/10/2020``."""
    if key.startswith("term:"):
        start = dt.date.fromisoformat(key[5:])
        return f"nhiệm kỳ từ {start.day:02d}/{start.month:02d}/{start.year}"
    return f"năm {key}"


def next_number(used: Iterable[int]) -> int:
    """Return the next number of a series: one more than the largest used, from 1."""
    return max(used, default=0) + 1


def gaps(used: Iterable[int]) -> list[int]:
    """Return the numbers missing between 1 and the largest used number."""
    numbers = set(used)
    return [n for n in range(1, max(numbers, default=0) + 1) if n not in numbers]


def gap_ranges(used: Iterable[int]) -> list[tuple[int, int]]:
    """Return the runs of numbers missing between 1 and the largest used, as (first, last) pairs.

    The cost follows the numbers used, not their size: a lone 1000000000 gives one range.
    """
    ranges: list[tuple[int, int]] = []
    expected = 1
    for number in sorted(set(used)):
        if number > expected:
            ranges.append((expected, number - 1))
        expected = max(expected, number + 1)
    return ranges


#: A registry number has at most this many digits (a billion minutes is far beyond any body).
MAX_NUMBER_DIGITS = 9


def parse_number(text: str) -> int | None:
    """Return the integer of a registry number such as ``07``, or None if it is not one.

    Only ASCII digits count: ``²``, ``①`` and ``٠٧`` are digits to ``str.isdigit`` but not
    registry numbers, and more than ``MAX_NUMBER_DIGITS`` digits is not a number either.
    """
    stripped = text.strip()
    if not ascii_digits(stripped) or len(stripped) > MAX_NUMBER_DIGITS:
        return None
    return int(stripped)
