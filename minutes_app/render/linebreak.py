"""Line breaking as the word processors do it, so the PDF breaks every line where Word/LibreOffice do.

Three rules make the difference with reportlab's own breaking:
- widths are measured as LibreOffice measures them (every glyph rounded to 1/120 pt, see
  :mod:`minutes_app.render.metrics`) and a line holds what fits, never squeezing its spaces;
- a line may break after a space and at the places LibreOffice allows inside a word (after a
  hyphen or an en dash, around an em dash, after ``…``, ``!``, ``?``; never around quotes, before
  closing brackets or punctuation, or at a no-break space), found by probing LibreOffice 7.4;
- a word wider than a line goes to a line of its own and is cut where the line is full.
The breaker is linear in the length of the text (32,000 attendees in one paragraph included).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence

from minutes_app.domain.dataclass import dataclass
from minutes_app.render.metrics import UNITS_PER_TWIP, LayoutWidths

# Break after these (hyphens, en dash, soft hyphen, ellipsis, ! ?, backslash, em dash, ideographic
# space, zero-width space).
_BREAK_AFTER = frozenset("-\u2010\u2012\u2013\u00ad\u2026!?\\\u2014\u2015\u3000\u200b")
# Break before these (em dash, ideographic space) unless the previous character forbids it.
_BREAK_BEFORE = frozenset("\u2014\u2015\u3000")
# Never break before these: closing brackets, sentence punctuation, quotes, slashes, hyphens,
# glue characters (no-break spaces, word joiner, no-break hyphen).
_CLOSING = frozenset(")]}!?,.:;/\u203c\u2049")
_NO_BREAK_BEFORE = _CLOSING | frozenset(
    "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
    "-\u2010\u2012\u2013\\\u00a0\u202f\u2007\u2060\u2011\ufeff"
)
# Never break after these: opening brackets, quotes and glue.
_NO_BREAK_AFTER = frozenset(
    "([{\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
    "\u00a0\u202f\u2007\u2060\u2011\ufeff"
)
_OPENING = frozenset("([{")
_PERCENT = frozenset("%\u2030\u2031")
# Wide (CJK, Hangul, emoji) characters: a line may break between any two of them.
_WIDE_RANGES = (
    (0x2E80, 0x2FFF),
    (0x3040, 0x30FF),
    (0x3100, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA000, 0xA4CF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
)
_WIDE = "".join(f"{chr(low)}-{chr(high)}" for low, high in _WIDE_RANGES)
# The ranges in order, for bisect: a character class over them costs several milliseconds to
# compile (at import), a bisect nothing.
_WIDE_SORTED = tuple(sorted(_WIDE_RANGES))
_WIDE_STARTS = tuple(low for low, _ in _WIDE_SORTED)
# Where a break can happen at all: runs of spaces, line breaks, and the special characters.
_CANDIDATES = re.compile(
    "( +)|(\n)|(["
    + re.escape("".join(sorted(_BREAK_AFTER | _BREAK_BEFORE | _PERCENT)))
    + _WIDE
    + "])"
)
SOFT_HYPHEN = "\u00ad"


def _is_wide(ch: str) -> bool:
    code = ord(ch)
    i = bisect_right(_WIDE_STARTS, code) - 1
    return i >= 0 and code <= _WIDE_SORTED[i][1]


def break_allowed(text: str, i: int) -> bool:
    """Return True when a line may break between ``text[i - 1]`` and ``text[i]``."""
    if i <= 0 or i >= len(text):
        return False
    p, c = text[i - 1], text[i]
    if c == " " or c == "\n" or p == "\n":
        return False
    if p == " ":
        if c in _CLOSING:
            return False
        j = i - 1
        while j > 0 and text[j - 1] == " ":
            j -= 1
        return not (j > 0 and text[j - 1] in _OPENING)
    if c in _NO_BREAK_BEFORE or p in _NO_BREAK_AFTER:
        return False
    if p in _BREAK_AFTER:
        if c == "\u2026" and p.isalnum():
            return False
        if p == "\\" and c.isdigit() and i >= 2 and text[i - 2].isdigit():
            return False
        return True
    if c in _BREAK_BEFORE:
        return True
    if c in _PERCENT:
        return not p.isdigit()
    if c == "\u2026" and p.isalnum():
        return False
    return _is_wide(p) or _is_wide(c)


@dataclass(frozen=True)
class Line:
    """One printed line: ``text[start:end]`` (trailing spaces and the line break left out)."""

    start: int
    end: int
    width: int  # in layout units (1/120 pt), as the word processors measure it
    forced: bool  # ends with a line break typed in the text
    resume: int  # where the next line's text starts


class Measure:
    """Widths of a text whose parts are in different faces (bold labels inside a paragraph).

    LibreOffice lays a line out as portions, one per run of equal formatting, each starting at a
    whole twip: every portion but the last on a line is rounded to twips, which decides a line
    now and then (probed: exact on 600 lines that start with a bold label).
    """

    def __init__(self, text: str, faces: Sequence[tuple[int, LayoutWidths]]) -> None:
        """``faces`` lists (end offset, widths) of consecutive parts; the last ends at len(text)."""
        self.text = text
        self.ends = [end for end, _ in faces]
        self.widths = [w for _, w in faces]

    def part_at(self, offset: int) -> int:
        """Return the index of the part holding ``offset``."""
        for k, end in enumerate(self.ends):
            if offset < end:
                return k
        return len(self.ends) - 1

    def pieces(self, start: int, end: int, part: int) -> list[tuple[int, int]]:
        """Return (part, width) of ``text[start:end]`` split where the parts change."""
        out: list[tuple[int, int]] = []
        text, ends = self.text, self.ends
        while start < end:
            while part < len(ends) - 1 and start >= ends[part]:
                part += 1
            stop = min(end, ends[part])
            piece = text[start:stop]
            if SOFT_HYPHEN in piece:
                piece = piece.replace(SOFT_HYPHEN, "")
            out.append((part, self.widths[part].text(piece)))
            start = stop
        return out

    def width(self, start: int, end: int) -> int:
        """Return the width of ``text[start:end]`` laid out on one line, in layout units."""
        line = _LineWidth(self.part_at(start))
        for part, units in self.pieces(start, end, line.part):
            line.add(part, units)
        return line.total

    def hyphen(self, at: int) -> int:
        """Return the width of the hyphen a soft hyphen prints as at a line end."""
        return self.widths[self.part_at(at)].char("-") if self.widths else 0


class _LineWidth:
    """The width of a line being filled: finished portions rounded to twips, plus the open one."""

    __slots__ = ("done", "part", "open")

    def __init__(self, part: int) -> None:
        self.done = 0
        self.part = part
        self.open = 0

    @property
    def total(self) -> int:
        return self.done + self.open

    def add(self, part: int, units: int) -> None:
        if part != self.part:
            self.done += int(self.open / UNITS_PER_TWIP + 0.5) * UNITS_PER_TWIP
            self.part = part
            self.open = 0
        self.open += units

    def copy(self) -> _LineWidth:
        other = _LineWidth(self.part)
        other.done, other.open = self.done, self.open
        return other


def _breaks(text: str) -> list[tuple[int, int, bool]]:
    """Return the break points as (content end, next start, forced), in order."""
    out: list[tuple[int, int, bool]] = []
    append = out.append
    n = len(text)
    closing = _CLOSING
    for m in _CANDIDATES.finditer(text):
        spaces, newline = m.group(1), m.group(2)
        if spaces:
            end = m.end()
            if end < n:
                c = text[end]
                if c == "\n" or c in closing:
                    continue
                k = m.start()
                if k > 0 and text[k - 1] in _OPENING:
                    continue
                append((k, end, False))
        elif newline:
            append((m.start(), m.end(), True))
        else:
            k = m.start()
            if k > 0 and break_allowed(text, k) and (not out or out[-1][1] < k):
                append((k, k, False))
            if k + 1 < n and break_allowed(text, k + 1):
                append((k + 1, k + 1, False))
    return out


def _scan(measure: Measure, start: int, stop: int, avail: int) -> tuple[int, _LineWidth]:
    """Return how much of ``text[start:stop]`` fits on an empty line (at least one character,
    never a letter without its combining marks) and that part's width."""
    text, ends, widths = measure.text, measure.ends, measure.widths
    part = measure.part_at(start)
    line = _LineWidth(part)
    i = start
    while i < stop:
        while part < len(ends) - 1 and i >= ends[part]:
            part += 1
        ch = text[i]
        units = 0 if ch == SOFT_HYPHEN else widths[part].char(ch)
        if i > start and line.total + units > avail and not unicodedata.combining(ch):
            break
        line.add(part, units)
        i += 1
    if i < stop:
        while start + 1 < i and unicodedata.combining(text[i]):
            i -= 1
        line = _LineWidth(measure.part_at(start))
        for part, units in measure.pieces(start, i, line.part):
            line.add(part, units)
    return i, line


def break_lines(measure: Measure, first_width: int, width: int) -> list[Line]:
    """Return the lines of ``measure.text`` filled greedily into the widths (layout units)."""
    text = measure.text
    n = len(text)
    ends, tables = measure.ends, measure.widths
    last_part = len(ends) - 1
    lines: list[Line] = []
    avail = first_width
    line_start = content_end = 0
    content_width = 0
    # The line so far, spaces after its last word included: finished portions (rounded to
    # twips) plus the open portion of part ``part``.
    done, part, open_units = 0, 0, 0
    empty = True

    def extend(a: int, b: int, done: int, part: int, open_units: int) -> tuple[int, int, int]:
        """Return the line's (done, part, open) after ``text[a:b]`` is added to it."""
        if b <= ends[part] and (part == 0 or a >= ends[part - 1]):
            piece = text[a:b]
            if SOFT_HYPHEN in piece:
                piece = piece.replace(SOFT_HYPHEN, "")
            return done, part, open_units + tables[part].text(piece)
        for k, units in measure.pieces(a, b, part):
            if k != part:
                done += int(open_units / UNITS_PER_TWIP + 0.5) * UNITS_PER_TWIP
                part, open_units = k, 0
            open_units += units
        return done, part, open_units

    def emit(forced: bool, resume: int) -> None:
        nonlocal avail, line_start, content_end, content_width, done, part, open_units, empty
        w = content_width
        if content_end > line_start and text[content_end - 1] == SOFT_HYPHEN:
            w += measure.hyphen(content_end - 1)
        lines.append(Line(line_start, content_end, w, forced, resume))
        avail = width
        line_start = content_end = resume
        content_width = 0
        done, open_units = 0, 0
        if last_part:
            part = measure.part_at(resume)
        empty = True

    position = 0
    for content_stop, resume, forced in (*_breaks(text), (n, n, False)):
        if content_stop < position:
            continue
        t_done, t_part, t_open = extend(position, content_stop, done, part, open_units)
        if not empty and t_done + t_open > avail:
            emit(False, position)
            t_done, t_part, t_open = extend(position, content_stop, done, part, open_units)
        start = position
        if empty and t_done + t_open > avail and content_stop - start > 1:
            # A word wider than a whole line: cut off full lines, keep the rest on this one.
            while True:
                cut, scanned = _scan(measure, start, content_stop, avail)
                if cut >= content_stop:
                    t_done, t_part, t_open = scanned.done, scanned.part, scanned.open
                    break
                content_end = cut
                content_width = scanned.total
                emit(False, cut)
                start = cut
        if content_stop > start or not empty:
            content_end = content_stop
            content_width = t_done + t_open
            empty = False
        done, part, open_units = t_done, t_part, t_open
        if not forced and resume > content_stop:
            done, part, open_units = extend(content_stop, resume, done, part, open_units)
        position = resume
        if forced:
            emit(True, resume)
        if content_stop >= n:
            break
    if not empty or not lines or lines[-1].forced:
        lines.append(Line(line_start, content_end, content_width, False, n))
    return lines
