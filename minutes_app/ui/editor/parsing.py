"""Lenient parsing of the dates, times and counts secretaries type (``25/2/2020``, ``7h30``)."""

from __future__ import annotations

import datetime as dt
import re

from minutes_app.domain.text import ascii_digits

# [0-9], not \d: secretaries type ASCII digits, and "٠٧" is not a day.
_DATE = re.compile(r"\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{2}|[0-9]{4})\s*")
_ISO = re.compile(r"\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s*")
_TIME = re.compile(
    r"\s*([0-9]{1,2})\s*(?:[:hg]|giờ)\s*([0-9]{1,2})?\s*(?:phút|p)?\s*", re.IGNORECASE
)


def parse_date(text: str) -> dt.date:
    """Return the date of ``25/02/2020``, ``25/2/20``, ``2020-02-25``; raise ValueError."""
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DATE.fullmatch(text)
        if not match:
            raise ValueError(text)
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
    return dt.date(year, month, day)


def parse_time(text: str) -> dt.time:
    """Return the time of ``07:30``, ``7h30``, ``7h``, ``7 giờ 30 phút``; raise ValueError."""
    match = _TIME.fullmatch(text)
    if not match:
        raise ValueError(text)
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    return dt.time(hour, minute)


def parse_moment(text: str, day: dt.date) -> dt.datetime:
    """Return the moment of ``25/02/2020 07:30``, ``07:30 25/02/2020`` or ``07:30`` (on ``day``)."""
    parts = text.split()
    if not parts:
        raise ValueError(text)
    for split in range(1, len(parts)):
        left, right = " ".join(parts[:split]), " ".join(parts[split:])
        for date_text, time_text in ((left, right), (right, left)):
            try:
                return dt.datetime.combine(parse_date(date_text), parse_time(time_text))
            except ValueError:
                continue
    return dt.datetime.combine(day, parse_time(text))


def format_date(day: dt.date | None) -> str:
    """Return ``dd/mm/yyyy`` or ``""``."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_moment(moment: dt.datetime | None) -> str:
    """Return ``dd/mm/yyyy HH:MM`` or ``""``."""
    return "" if moment is None else f"{format_date(moment.date())} {moment:%H:%M}"


def parse_count(text: str, *, blank: int | None) -> int | None:
    """Return the whole number typed (spaces, dots ignored), ``blank`` if empty; or ValueError."""
    stripped = text.strip().replace(" ", "").replace(".", "")
    if not stripped:
        return blank
    if not ascii_digits(stripped) or len(stripped) > 9:
        raise ValueError(text)
    return int(stripped)
