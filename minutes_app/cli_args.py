"""Argument types of the command line: ids and counts in range, ASCII digits only (no Qt, no store)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from minutes_app.cli_base import UsageError
from minutes_app.domain.text import ascii_digits

__all__ = ["MAX_ID", "DerivedRef", "UsageError", "document_id", "record_id", "whole_number"]


#: The largest id SQLite can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def _whole_number(text: str, low: int, high: int, what_vi: str, what_en: str) -> int:
    value = text.strip()
    number = int(value) if ascii_digits(value) and len(value) <= len(str(high)) else None
    if number is None or not low <= number <= high:
        raise argparse.ArgumentTypeError(
            f"«{text}» không phải {what_vi} hợp lệ (số nguyên từ {low} đến {high}) / "
            f"{text!r} is not a valid {what_en} (a whole number from {low} to {high})"
        )
    return number


def record_id(text: str) -> int:
    """Return the id of a meeting or comment typed on the command line (1 … 2**63 − 1)."""
    return _whole_number(text, 1, MAX_ID, "số ID", "id")


def whole_number(low: int, high: int, what_vi: str, what_en: str) -> Callable[[str], int]:
    """Return an argument type accepting whole numbers from ``low`` to ``high``."""

    def parse(text: str) -> int:
        return _whole_number(text, low, high, what_vi, what_en)

    parse.__name__ = what_en.replace(" ", "_")  # argparse names the type in some messages
    return parse


class DerivedRef(int):
    """The id of a derived document, typed ``d12`` on the command line (minutes are ``12``)."""

    def __str__(self) -> str:
        return f"d{int(self)}"


def document_id(text: str) -> int:
    """Return a meeting id (``12``) or a derived document's id (``d12``: a ``DerivedRef``)."""
    stripped = text.strip()
    if stripped[:1] in ("d", "D"):
        return DerivedRef(_whole_number(stripped[1:], 1, MAX_ID, "số ID văn bản", "document id"))
    return record_id(text)
