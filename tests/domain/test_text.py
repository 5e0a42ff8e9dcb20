"""Vietnamese text rules, table-driven: date and time phrases, padding, folding, NFC, percents."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest

from minutes_app.domain import text as text_module
from minutes_app.domain.text import (
    clean,
    date_phrase,
    decimal_comma,
    describe_character,
    fold,
    fold_key,
    forbidden_characters,
    month_text,
    nfc,
    pad2,
    percent_text,
    printable,
    short_date,
    time_phrase,
    upper_vi,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
        (dt.date(2026, 6, 29), "ngày 29 tháng 6 năm 2026"),
        (dt.date(2026, 2, 20), "ngày 20 tháng 02 năm 2026"),
        (dt.date(2026, 12, 10), "ngày 10 tháng 12 năm 2026"),
        (dt.date(2020, 2, 25), "ngày 25 tháng 02 năm 2020"),
        (dt.date(2026, 3, 1), "ngày 01 tháng 3 năm 2026"),
        (dt.date(2026, 10, 9), "ngày 09 tháng 10 năm 2026"),
        (dt.date(2026, 11, 30), "ngày 30 tháng 11 năm 2026"),
        (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
    ],
)
def test_date_phrase(day: dt.date, expected: str) -> None:
    assert date_phrase(day) == expected


@pytest.mark.parametrize(
    ("month", "expected"),
    [(1, "01"), (2, "02"), (3, "3"), (4, "4"), (9, "9"), (10, "10"), (11, "11"), (12, "12")],
)
def test_month_text_pads_only_january_and_february(month: int, expected: str) -> None:
    assert month_text(month) == expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.time(8, 0), "08 giờ 00 phút"),
        (dt.time(0, 0), "00 giờ 00 phút"),
        (dt.time(7, 30), "07 giờ 30 phút"),
        (dt.datetime(2026, 1, 5, 14, 5), "14 giờ 05 phút"),
        (dt.time(23, 59), "23 giờ 59 phút"),
    ],
)
def test_time_phrase(moment: dt.time | dt.datetime, expected: str) -> None:
    assert time_phrase(moment) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "00"), (1, "01"), (7, "07"), (9, "09"), (10, "10"), (25, "25"), (100, "100"), (-1, "-1")],
)
def test_pad2(number: int, expected: str) -> None:
    assert pad2(number) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [(dt.date(2026, 1, 5), "05/01/2026"), (dt.date(2026, 12, 31), "31/12/2026")],
)
def test_short_date(day: dt.date, expected: str) -> None:
    assert short_date(day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng Hướng", "dong huong"),
        (nfd("Đồng Hướng"), "dong huong"),
        ("KẾ HOẠCH", "ke hoach"),
        ("kế hoạch", "ke hoach"),
        (nfd("Kế Hoạch"), "ke hoach"),
        ("đĐ", "dd"),
        ("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"),
        ("ă â ê ô ơ ư", "a a e o o u"),
        ("Ắ Ẵ Ặ Ỡ Ự Ỹ", "a a a o u y"),
        ("HUYỆN ỦY KIM SƠN", "huyen uy kim son"),
        ("BB/HU-12, 88,24%", "bb/hu-12, 88,24%"),
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_is_idempotent_and_ascii_for_vietnamese() -> None:
    text = "Ủy ban nhân dân xã Thượng Kiệm, huyện Kim Sơn"
    assert fold(fold(text)) == fold(text)
    assert fold(text).isascii()


def _fold_by_definition(text: str) -> str:
    """What fold means: decompose, drop the combining marks, compose, casefold (đ is d)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def test_fold_is_its_definition_on_any_text() -> None:
    # fold takes each character's unmarked decomposition from a table: the same result as the
    # definition, also where composing joins characters again (Hangul jamo, Oriya two-part
    # vowels), for marks out of order, ligatures, the Ångström and Ohm signs, ß.
    import random

    rng = random.Random(11)
    codes = [
        *range(0x20, 0x250),
        *range(0x300, 0x370),
        *range(0x1E00, 0x1F00),
        *range(0x1100, 0x1120),
        *range(0x1161, 0x1176),
        *range(0x11A8, 0x11C3),
        *(0xAC00, 0x0E01, 0x0E31, 0x093F, 0x0915, 0x094D, 0xFB01, 0x212B, 0x1E9E),
        *(0x0B47, 0x0B3E, 0x0B57, 0x0CBF, 0x0CD5, 0x0344, 0x0F73, 0x2126, 0x00DF, 0x0130),
    ]
    alphabet = [chr(code) for code in codes]
    texts = ["\u1100\u1161\u11a8", "\u0b47\u0b3e", "a\u0323\u0302", "A\u0302\u0323", "İ"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        assert fold(text) == _fold_by_definition(text), ascii(text)


def test_fold_key_matches_names_typed_with_other_marks_case_or_spacing() -> None:
    key = fold_key("Nguyễn Văn Thanh")
    assert key == "nguyen van thanh"
    assert fold_key("  NGUYỄN\u00a0 văn\tthanh \n") == key
    assert fold_key(nfd("Nguyễn Văn Thanh")) == key
    assert fold_key(" \t ") == ""


@pytest.mark.parametrize(
    "text", ["Họp bàn kế hoạch", "Nguyễn Thị Lan", "ĐẢNG BỘ TỈNH NINH BÌNH", "Thượng Kiệm"]
)
def test_nfc_composes_decomposed_vietnamese(text: str) -> None:
    decomposed = nfd(text)
    assert decomposed != text
    assert nfc(decomposed) == text
    assert nfc(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\n\nb", "a\n\nb"),
        (nfd("Sơn\r\n"), "Sơn\n"),
    ],
)
def test_clean_line_ends_and_nfc(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Họp bàn\tkế hoạch\n", []),
        ("chuông\x07", ["\x07"]),
        ("\x00a\x00", ["\x00"]),
        ("a\x1fb\x0bc", ["\x1f", "\x0b"]),
        ("lẻ \ud800", ["\ud800"]),
        ("\udfff", ["\udfff"]),
        ("\ufffe\uffff", ["\ufffe", "\uffff"]),
        ("\x7f", []),  # DEL is allowed by XML 1.0
    ],
)
def test_forbidden_characters(text: str, expected: list[str]) -> None:
    assert forbidden_characters(text) == expected


@pytest.mark.parametrize(("ch", "name"), [("\x07", "U+0007"), ("\ud800", "U+D800")])
def test_describe_character(ch: str, name: str) -> None:
    assert describe_character(ch) == name


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (15, 17, "88,24%"),
        (1, 3, "33,33%"),
        (2, 3, "66,67%"),
        (1, 8, "12,5%"),
        (17, 17, "100%"),
        (0, 17, "0%"),
        (5, 0, "0%"),
        (1, 200, "0,5%"),
        (1, 7, "14,29%"),
    ],
)
def test_percent_text(part: int, whole: int, expected: str) -> None:
    assert percent_text(part, whole) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (0.125, 2, "0,13"),  # half up, not banker's rounding
        (Decimal("2.5"), 0, "3"),
        (88.235294, 2, "88,24"),
        (3.10, 2, "3,1"),
        (1234.5, 1, "1234,5"),
        (7, 2, "7"),
    ],
)
def test_decimal_comma(value: float | Decimal, places: int, expected: str) -> None:
    assert decimal_comma(value, places) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hội nghị", "HỘI NGHỊ"), (nfd("biên bản"), "BIÊN BẢN"), ("đảng bộ", "ĐẢNG BỘ")],
)
def test_upper_vi(text: str, expected: str) -> None:
    assert upper_vi(text) == expected


def test_printable_returns_a_printable_text_as_it_is_because_no_escaped_character_is_printable() -> (
    None
):
    """``printable`` skips its escape class for texts ``str.isprintable`` accepts: sound only
    while every character the class escapes is one ``isprintable`` refuses."""
    pattern = text_module._unprintable()
    escaped = [chr(c) for c in range(0x110000) if pattern.fullmatch(chr(c))]
    assert len(escaped) > 2000  # controls, bidi marks, separators, surrogates, non-characters
    assert [ch for ch in escaped if ch.isprintable()] == []
    assert printable("Biên bản họp — “số 12”") == "Biên bản họp — “số 12”"
    assert printable("a\nb\u202ec\x1b") == "a\\nb\\u202ec\\x1b"
    assert printable("không\u00a0cách") == "không\u00a0cách"  # not printable, nothing to escape
