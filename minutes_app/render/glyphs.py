"""Characters the bundled font cannot draw: a layout warning naming the field and the characters."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from minutes_app.domain.model import Meeting
from minutes_app.domain.text import describe_character
from minutes_app.domain.validation import Problem, is_printed, text_fields, warning
from minutes_app.render.document import FontSet
from minutes_app.render.metrics import font_metrics
from minutes_app.render.profile import LayoutProfile

# Line breaks and tabs are layout, not glyphs; forbidden controls are errors of validation.
_LAYOUT = frozenset("\n\t\r")
_SHOWN = 8  # characters named in one warning


@lru_cache(maxsize=8)
def _covered(font_set: FontSet) -> frozenset[int]:
    """Return the code points every face of ``font_set`` has a glyph for."""
    metrics = font_metrics(font_set)
    covered: frozenset[int] | None = None
    for bold, italic in ((False, False), (True, False), (False, True), (True, True)):
        codes = frozenset(metrics.face(bold, italic).advances)
        covered = codes if covered is None else covered & codes
    return covered or frozenset()


@lru_cache(maxsize=8)
def _drawn(font_set: FontSet) -> frozenset[str]:
    """Return the characters that need no warning: those every face has, layout, controls."""
    controls = {chr(code) for code in range(0x20)}
    return frozenset(map(chr, _covered(font_set))) | _LAYOUT | controls


def missing_glyphs(text: str, font_set: FontSet) -> list[str]:
    """Return the characters of ``text`` the font cannot draw, in order, once each."""
    if set(text) <= _drawn(font_set):
        return []  # the usual case, found without a loop over the text in Python
    covered = _covered(font_set)
    found: list[str] = []
    seen: set[str] = set()
    for ch in text:
        if ch in seen or ch in _LAYOUT or ord(ch) in covered or ord(ch) < 0x20:
            continue
        seen.add(ch)
        found.append(ch)
    return found


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    shown = ch if unicodedata.category(ch)[0] not in "CZM" else ""
    return " ".join(part for part in (describe_character(ch), shown, name) if part)


def glyph_problems(meeting: Meeting, profile: LayoutProfile) -> list[Problem]:
    """Return one warning per field holding characters the PDF font has no glyph for."""
    problems: list[Problem] = []
    for path, value in text_fields(meeting):
        if not is_printed(path):
            continue  # a scratch note is never printed
        if not value or (value.isascii() and value.isprintable()):
            continue  # the bundled fonts cover all of printable ASCII
        missing = missing_glyphs(value, profile.fonts)
        if not missing:
            continue
        names = ", ".join(_describe(ch) for ch in missing[:_SHOWN])
        more_vi = f" và {len(missing) - _SHOWN} ký tự khác" if len(missing) > _SHOWN else ""
        more_en = f" and {len(missing) - _SHOWN} more" if len(missing) > _SHOWN else ""
        problems.append(
            warning(
                path,
                f"có ký tự không có trong phông chữ {profile.fonts.pdf_family}, sẽ in thành ô "
                f"trống trong PDF: {names}{more_vi}",
                f"holds characters the font {profile.fonts.pdf_family} cannot draw; the PDF "
                f"shows an empty box instead: {names}{more_en}",
            )
        )
    return problems
