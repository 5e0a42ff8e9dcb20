"""Who acts and what they write beside a step: the default name, and the characters refused."""

from __future__ import annotations

import getpass
import os
import unicodedata

from minutes_app.domain.text import clean
from minutes_app.store.errors import InvalidText

#: Longest name accepted for who acts (a full name with a title fits many times over).
MAX_NAME = 200
#: Longest comment, return comment or reopen reason accepted.
MAX_NOTE = 100_000

# Invisible characters that reorder or hide text on a terminal or a page: the bidi embeddings,
# overrides and isolates, the directional marks, and the line and paragraph separators.
_FORMATTING = frozenset(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C, 0x2028, 0x2029]
)


def default_user() -> str:
    """Return who is acting when nobody said: ``MINUTES_APP_USER``, else the OS user name."""
    name = os.environ.get("MINUTES_APP_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def refused_characters(text: str, *, newlines: bool) -> list[str]:
    """Return the characters of ``text`` a name or note may not hold, once each, in order.

    C0 and C1 controls and DEL, bidi overrides and marks, line separators, lone surrogates and
    the non-characters U+FFFE/U+FFFF; with ``newlines`` a note may keep line breaks and tabs.
    """
    found: list[str] = []
    for ch in text:
        code = ord(ch)
        if newlines and ch in "\n\t":
            continue
        bad = (
            code < 0x20
            or 0x7F <= code <= 0x9F
            or code in _FORMATTING
            or 0xD800 <= code <= 0xDFFF
            or code in (0xFFFE, 0xFFFF)
        )
        if bad and ch not in found:
            found.append(ch)
    return found


def _refuse(field_vi: str, field_en: str, bad: list[str], where: str) -> InvalidText:
    names = ", ".join(f"U+{ord(ch):04X}" for ch in bad)
    return InvalidText(
        f"{field_vi} chứa ký tự điều khiển hoặc ký tự định hướng không được phép ({names}); "
        "hãy xóa các ký tự đó",
        f"{field_en} holds control or text-direction characters that are not allowed ({names}); "
        "remove them",
        where,
    )


def _too_long(field_vi: str, field_en: str, length: int, most: int, where: str) -> InvalidText:
    return InvalidText(
        f"{field_vi} quá dài ({length} ký tự, tối đa {most})",
        f"{field_en} is too long ({length} characters, at most {most})",
        where,
    )


def check_name(name: str, field_vi: str, field_en: str, where: str = "") -> str:
    """Return ``name`` tidied (NFC, trimmed), or refuse it naming the field (``--by``, …).

    A name is one line: no control characters, no line breaks, no bidi overrides, no
    invisible formatting characters. An empty name is returned empty: the caller says what a
    missing name means.
    """
    text = clean(name).strip()
    # A name also holds no invisible formatting character (zero-width space, joiners, soft
    # hyphen …): two names that look the same must compare the same (self-approval check).
    bad = refused_characters(text, newlines=False) + [
        ch
        for ch in dict.fromkeys(text)
        if unicodedata.category(ch) == "Cf" and ord(ch) not in _FORMATTING
    ]
    if bad:
        raise _refuse(field_vi, field_en, bad, where)
    if len(text) > MAX_NAME:
        raise _too_long(field_vi, field_en, len(text), MAX_NAME, where)
    return text


def check_note(text: str, field_vi: str, field_en: str, where: str = "") -> str:
    """Return a comment or reason tidied (NFC, ``\\n`` line ends, trimmed), or refuse it.

    Line breaks and tabs are kept (the window asks for several lines); other controls and
    bidi overrides are refused, naming the field.
    """
    note = clean(text).strip()
    bad = refused_characters(note, newlines=True)
    if bad:
        raise _refuse(field_vi, field_en, bad, where)
    if len(note) > MAX_NOTE:
        raise _too_long(field_vi, field_en, len(note), MAX_NOTE, where)
    return note
