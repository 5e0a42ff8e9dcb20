"""Printed typography of user text: curly quotes, and no-break spaces where a line must not break."""

from __future__ import annotations

import re

NBSP = "\u00a0"

# Units and counted nouns a number must not be separated from ("412 ha", "45 triệu đồng",
# "08 đồng chí", "11 giờ 30 phút"): a line never starts with the unit alone.
UNITS = (
    "%",
    "‰",
    "ha",
    "km",
    "km2",
    "km²",
    "m",
    "m2",
    "m²",
    "m3",
    "m³",
    "cm",
    "mm",
    "kg",
    "g",
    "tấn",
    "tạ",
    "yến",
    "lít",
    "l",
    "đồng",
    "đ",
    "VNĐ",
    "VND",
    "USD",
    "nghìn",
    "ngàn",
    "triệu",
    "tỷ",
    "giờ",
    "phút",
    "giây",
    "ngày",
    "tuần",
    "tháng",
    "quý",
    "năm",
    "tuổi",
    "lần",
    "bản",
    "trang",
    "tờ",
    "người",
    "hộ",
    "khẩu",
    "đồng chí",
    "đại biểu",
    "đảng viên",
    "thành viên",
    "cán bộ",
    "công chức",
    "viên chức",
    "học sinh",
    "giáo viên",
    "thanh niên",
    "tân binh",
    "lớp",
    "tiết",
    "thôn",
    "xã",
    "phường",
    "chi bộ",
    "tổ",
    "đơn vị",
    "phiếu",
    "cái",
    "chiếc",
    "con",
    "căn",
    "km/h",
    "°C",
)
_UNIT = re.compile(
    r"(?<![\w.,])(\d[\d.,]*) (?=(?:"
    + "|".join(re.escape(u.split()[0]) for u in sorted(UNITS, key=len, reverse=True))
    + r")(?![\w]))"
)
# A number after these is part of a date ("ngày 25 tháng 02 năm 2020"), not a quantity: left
# alone, so the date still reads (and is found in Word) with plain spaces.
_DATE_WORDS = {"ngày", "tháng", "năm"}
# " - " and " – " between two parts of a name or phrase ("Văn phòng - Thống kê", "kinh tế - xã
# hội", "2015 – 2020"): a line never starts or ends with the dash.
_DASH = re.compile(r"(?<=\S) ([-–]) (?=\S)")
_OPENS_AFTER = " \t\n([{\u00a0\u2014\u2013-/“‘"


def curly_quotes(text: str) -> str:
    """Return ``text`` with straight quotes made typographic: “…” and ‘…’ (’ in a word)."""
    if '"' not in text and "'" not in text:
        return text
    out = []
    previous = ""
    for ch in text:
        if ch == '"':
            ch = "\u201c" if previous == "" or previous in _OPENS_AFTER else "\u201d"
        elif ch == "'":
            ch = "\u2018" if previous == "" or previous in _OPENS_AFTER else "\u2019"
        out.append(ch)
        if ord(ch) < 0xF0000:  # a review copy's anchor marker is not a character before
            previous = ch
    return "".join(out)


def no_break_spaces(text: str) -> str:
    """Return ``text`` with no-break spaces between a number and its unit and around a dash
    that joins two parts of a name."""
    text = _UNIT.sub(_glue_unit, text)
    return _DASH.sub(NBSP + r"\1" + NBSP, text)


def _glue_unit(match: re.Match[str]) -> str:
    number = match.group(1)
    words = match.string[: match.start()].split()
    before = words[-1].casefold() if words else ""
    return number + (" " if before in _DATE_WORDS else NBSP)


def typeset(text: str) -> str:
    """Return user text as it prints: curly quotes, no-break spaces."""
    return no_break_spaces(curly_quotes(text))
