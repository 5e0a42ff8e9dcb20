"""Find and replace inside one meeting: every text field, addressed by its field path.

Qt-free. ``find_all`` lists the matches in reading order; ``replace_value`` and ``replace_all``
compute the new values, which the editor applies as undoable edits (one per field, a macro for
"replace all"). Offsets are in the field's value (NFC), as the editor's fields hold it.
"""

from __future__ import annotations

import re
import unicodedata

from minutes_app.domain import fields
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import nfc


@dataclass(frozen=True)
class FindOptions:
    """How the words are compared: case, whole words, with or without Vietnamese tone marks."""

    match_case: bool = False
    whole_words: bool = False
    ignore_marks: bool = False  # "nghi" finds "nghị": typed without diacritics


@dataclass(frozen=True)
class Match:
    """One occurrence: the field's path and the character range in its value."""

    path: str
    start: int
    end: int


def text_fields(meeting: Meeting) -> list[tuple[str, str]]:
    """Return (field path, text) for every text field of ``meeting``, in reading order.

    The typed texts of ``domain.fields``: the same the checks walk (a group attendee's
    stale name is not searched, since it is neither shown nor saved).
    """
    return list(fields.text_fields(meeting))


def _fold_char(ch: str) -> str:
    """Return ``ch`` without its tone and vowel marks (one character for one: offsets stay)."""
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


def _fold(text: str) -> str:
    return "".join(_fold_char(ch) for ch in text)


def _pattern(query: str, options: FindOptions) -> re.Pattern[str] | None:
    query = nfc(query)
    if not query:
        return None
    if options.ignore_marks:
        query = _fold(query)
    body = re.escape(query)
    if options.whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if options.match_case else re.IGNORECASE)


def find_in(text: str, query: str, options: FindOptions = FindOptions()) -> list[tuple[int, int]]:
    """Return the (start, end) ranges of ``query`` in ``text``, without overlaps."""
    pattern = _pattern(query, options)
    if pattern is None:
        return []
    haystack = _fold(text) if options.ignore_marks else text
    return [(m.start(), m.end()) for m in pattern.finditer(haystack) if m.end() > m.start()]


def find_all(meeting: Meeting, query: str, options: FindOptions = FindOptions()) -> list[Match]:
    """Return every match of ``query`` in the meeting's text fields, in reading order."""
    return [
        Match(path, start, end)
        for path, text in text_fields(meeting)
        for start, end in find_in(text, query, options)
    ]


def replace_value(text: str, start: int, end: int, replacement: str) -> str:
    """Return ``text`` with the range ``start:end`` replaced (NFC kept)."""
    return nfc(text[:start] + replacement + text[end:])


def replace_all(
    meeting: Meeting, query: str, replacement: str, options: FindOptions = FindOptions()
) -> dict[str, str]:
    """Return {field path: new value} for every field holding ``query``, each match replaced."""
    changed: dict[str, str] = {}
    for path, text in text_fields(meeting):
        ranges = find_in(text, query, options)
        if not ranges:
            continue
        parts: list[str] = []
        last = 0
        for start, end in ranges:
            parts.append(text[last:start])
            parts.append(replacement)
            last = end
        parts.append(text[last:])
        new = nfc("".join(parts))
        if new != text:
            changed[path] = new
    return changed
