"""Vietnamese text rules: NFC, official date and time phrases, number padding, search folding."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import cache


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed Vietnamese letters)."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """Return ``text`` in NFC with Windows and old Mac line ends made ``\\n``."""
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


# Characters that cannot appear in a DOCX (XML 1.0) or be carried by a PDF text
# string: C0 controls other than tab and newline, the two non-characters U+FFFE
# and U+FFFF, and lone surrogates (which Python strings can hold after a bad
# decode).  Carriage returns are folded into newlines by ``clean`` instead.  One
# regular expression scans in C: a megabyte is checked in milliseconds.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def forbidden_characters(text: str) -> list[str]:
    """Return the characters of ``text`` that a DOCX or PDF cannot hold, in order, once each."""
    if _FORBIDDEN.search(text) is None:
        return []
    return list(dict.fromkeys(_FORBIDDEN.findall(text)))


def describe_character(ch: str) -> str:
    """Return a readable name for one character, e.g. ``U+0007``."""
    return f"U+{ord(ch):04X}"


def ascii_digits(text: str) -> bool:
    """Return True when ``text`` is one or more of the digits 0–9 and nothing else.

    ``str.isdigit`` also accepts ``²``, ``①`` and Arabic-Indic ``٠``, which ``int`` refuses or
    reads differently: every number the user types is checked with this instead.
    """
    return text.isascii() and text.isdigit()


def count_vi(number: int) -> str:
    """Return a count with Vietnamese digit grouping: ``1999990`` → ``1.999.990``."""
    return f"{number:,}".replace(",", ".")


def pad2(number: int) -> str:
    """Return ``number`` with a leading zero below 10 (``7`` → ``07``)."""
    return f"{number:02d}" if 0 <= number < 10 else str(number)


def month_text(month: int) -> str:
    """Return the month as official documents write it: ``01``, ``02``, then ``3`` … ``12``."""
    return f"{month:02d}" if month < 3 else str(month)


def date_phrase(day: dt.date) -> str:
    """Return the official date phrase: ``ngày 05 tháng 01 năm 2026``, ``ngày 29 tháng 6 năm 2026``."""
    return f"ngày {pad2(day.day)} tháng {month_text(day.month)} năm {day.year}"


def time_phrase(moment: dt.time | dt.datetime) -> str:
    """Return the time phrase ``08 giờ 00 phút``."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def short_date(day: dt.date) -> str:
    """Return ``dd/mm/yyyy`` for tables and lists (not for the official date line)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def fold(text: str) -> str:
    """Return ``text`` without diacritics or case, ``đ`` as ``d``: for search (``Đồng Hướng`` → ``dong huong``)."""
    # The same as: decompose (NFD), drop the combining marks, compose (NFC), casefold. The
    # decomposition without its marks is taken character by character from a table (NFD's
    # reordering moves only marks, which are dropped), in one C call instead of a Python call
    # per character: a megabyte of statements is folded on each autosave.
    stripped = text.translate(_UNMARKED)
    if not unicodedata.is_normalized("NFC", stripped):  # Hangul jamo, a few Indic vowels
        stripped = unicodedata.normalize("NFC", stripped)
    return stripped.casefold()


class _Unmarked(dict[int, str]):
    """Code point -> its decomposition without combining marks (``đ`` -> ``d``), filled as met."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "đĐ":
            value = "d" if char == "đ" else "D"
        else:
            decomposed = unicodedata.normalize("NFD", char)
            value = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = value
        return value


_UNMARKED = _Unmarked()


def fold_key(text: str) -> str:
    """Return ``text`` folded with its spaces tidied: the key names and bodies are matched by.

    ``"  Đồng  Hướng "`` → ``"dong huong"``: the same person or body typed with other marks,
    case or spacing gives the same key.
    """
    return " ".join(fold(text).split())


def decimal_comma(value: float | Decimal, places: int = 2) -> str:
    """Return ``value`` rounded half-up to ``places`` with a Vietnamese decimal comma, trailing zeros dropped."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_text(part: int, whole: int) -> str:
    """Return ``part`` of ``whole`` as ``88,24%``; an empty whole gives ``0%``."""
    if whole <= 0:
        return "0%"
    return decimal_comma(Decimal(part) * 100 / Decimal(whole)) + "%"


def upper_vi(text: str) -> str:
    """Return ``text`` in capitals, keeping Vietnamese letters composed."""
    return nfc(text.upper())


def local_time_text(stamp: str) -> str:
    """Return a stored UTC ISO timestamp as local ``dd/mm/yyyy HH:MM`` (unparseable: unchanged)."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


# Honorifics a name may be typed with: "Ông Nguyễn Văn A", "Bà …", "Đ/c …". Longest first.
HONORIFICS = (
    "đồng chí",
    "đ/c",
    "đ.c",
    "đc",
    "ông",
    "bà",
    "anh",
    "chị",
    "cô",
    "thầy",
    "quần chúng",
)


def split_honorific(name: str) -> tuple[str, str]:
    """Return ``(honorific, name)`` of a name typed with a leading honorific, in lower case
    (``"Ông Nguyễn Văn A"`` → ``("ông", "Nguyễn Văn A")``, ``"Đ/c Lê B"`` → ``("đồng chí",
    "Lê B")``); ``("", name)`` when it has none. A name is never only an honorific."""
    stripped = name.strip()
    lowered = stripped.casefold()
    for honorific in HONORIFICS:
        if lowered.startswith(honorific + " ") or lowered.startswith(honorific + "\u00a0"):
            rest = stripped[len(honorific) + 1 :].strip()
            if rest and rest[0].isupper():
                return ("đồng chí" if honorific in ("đ/c", "đ.c", "đc") else honorific), rest
    return "", stripped


# Characters that change how a terminal or a bidirectional text renderer shows what follows:
# every control character (C0 with tab and newline, DEL, C1), the bidi marks, embeddings,
# overrides and isolates, the line and paragraph separators, surrogates and two non-characters.
# None of them is printable for ``str.isprintable``, which lets ``printable`` return most texts
# as they are without compiling the class (milliseconds at import, on every command).
_UNPRINTABLE_CLASS = (
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ud800-\udfff\ufffe\uffff]"
)


@cache
def _unprintable() -> re.Pattern[str]:
    return re.compile(_UNPRINTABLE_CLASS)


_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    named = _NAMED_ESCAPES.get(ch)
    if named is not None:
        return named
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def printable(text: str) -> str:
    """Return ``text`` with control, bidi and line-separator characters written as escapes.

    A newline becomes the two characters ``\\n``, ESC ``\\x1b``, U+202E ``\\u202e``: what
    reaches a terminal, a one-line list row or a document property can neither move the
    cursor, recolour the screen, reorder the line nor start a new row. All else is kept.
    """
    if text.isprintable():
        return text
    return _unprintable().sub(_escape, text)
