"""Invisible anchors that tie printed text to field paths (the review copy's Word bookmarks).

The builder wraps a field's printed text in two marker characters, one that opens anchor ``i``
and one that closes it, so every later step (full stops, joins, typesetting) keeps them where
the field's text is. The DOCX writer turns them into bookmarks named after the field path;
ordinary exports never contain them. Markers are private-use characters of planes 15 and 16,
which the review copy first removes from the user's own text.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

_OPEN = 0xF0000  # plane 15: opens anchor i at _OPEN + i
_CLOSE = 0x100000  # plane 16: closes anchor i at _CLOSE + i
LIMIT = 0xFFFE  # anchors per document (each plane has 65,534 usable code points)
_MARKER = re.compile("[\U000f0000-\U0010ffff]")
#: The prefix of every review bookmark name: Word keeps names of letters, digits and "_".
BOOKMARK_PREFIX = "mp_"
_T = TypeVar("_T")


def is_marker(ch: str) -> bool:
    """Return True when ``ch`` opens or closes an anchor."""
    return ord(ch) >= _OPEN


def strip_markers(text: str) -> str:
    """Return ``text`` without marker characters."""
    return _MARKER.sub("", text) if text and max(text) >= "\U000f0000" else text


def split_tail(text: str) -> tuple[str, str]:
    """Return ``text`` split before the markers it ends with: ``(core, markers)``."""
    end = len(text)
    while end and ord(text[end - 1]) >= _OPEN:
        end -= 1
    return text[:end], text[end:]


def marker_kind(ch: str) -> tuple[bool, int]:
    """Return ``(opens, index)`` of a marker character."""
    code = ord(ch)
    return (True, code - _OPEN) if code < _CLOSE else (False, code - _CLOSE)


def split_markers(text: str) -> list[str | tuple[bool, int]]:
    """Return ``text`` as pieces: strings, and ``(opens, index)`` for each marker."""
    if not text or max(text) < "\U000f0000":
        return [text]
    out: list[str | tuple[bool, int]] = []
    start = 0
    for match in _MARKER.finditer(text):
        if match.start() > start:
            out.append(text[start : match.start()])
        out.append(marker_kind(match.group()))
        start = match.end()
    if start < len(text):
        out.append(text[start:])
    return out


def bookmark_name(path: str) -> str:
    """Return the bookmark name of a field path: ``agenda[1].statements[0].content`` →
    ``mp_agenda1_statements0_content`` (letters, digits and ``_``, at most 40 characters)."""
    return BOOKMARK_PREFIX + path.replace("[", "").replace("]", "").replace(".", "_")


_STEP = re.compile(r"([a-z]+)([0-9]*)")


def path_of_bookmark(name: str) -> str | None:
    """Return the field path a review bookmark names, or None for any other bookmark."""
    if not name.startswith(BOOKMARK_PREFIX):
        return None
    steps = name[len(BOOKMARK_PREFIX) :].split("_")
    out: list[str] = []
    for step in steps:
        match = _STEP.fullmatch(step)
        if match is None:
            return None
        out.append(match.group(1) + (f"[{int(match.group(2))}]" if match.group(2) else ""))
    return ".".join(out) if out else None


class AnchorTable:
    """The anchors of one document being built: index -> field path."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def wrap(self, path: str, text: str) -> str:
        """Return ``text`` wrapped in a new anchor for ``path`` (empty text stays unanchored)."""
        if not text or len(self.paths) >= LIMIT:
            return text
        index = len(self.paths)
        self.paths.append(path)
        return chr(_OPEN + index) + text + chr(_CLOSE + index)

    def pair(self, path: str) -> tuple[str, str]:
        """Return the markers opening and closing a new anchor for ``path`` (for a part that
        spans several runs or paragraphs)."""
        if len(self.paths) >= LIMIT:
            return "", ""
        index = len(self.paths)
        self.paths.append(path)
        return chr(_OPEN + index), chr(_CLOSE + index)

    def names(self) -> tuple[str, ...]:
        """Return the bookmark name of every anchor, by index."""
        return tuple(bookmark_name(p) for p in self.paths)


def without_markers(value: _T) -> _T:
    """Return a copy of a dataclass tree (a meeting) with marker characters removed from every
    string, so user text can never be read as an anchor."""
    return _clean(value)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return strip_markers(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
