"""Printed typography: curly quotes, a number kept with its unit, a joining dash never at a line's edge."""

from __future__ import annotations

import pytest

from minutes_app.render import build_document, load_profile
from minutes_app.render.linebreak import Measure, break_lines
from minutes_app.render.metrics import font_metrics
from minutes_app.render.typography import NBSP, curly_quotes, no_break_spaces, typeset
from tests.render.conftest import load_fixture


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ('Công ty "A&B"', "Công ty “A&B”"),
        ('"Sát đề" cho học sinh', "“Sát đề” cho học sinh"),
        ('("trích")', "(“trích”)"),
        ("đồng chí K'Ho nói 'được'", "đồng chí K’Ho nói ‘được’"),
        ("không có ngoặc", "không có ngoặc"),
    ],
)
def test_straight_quotes_print_curly(typed: str, printed: str) -> None:
    assert curly_quotes(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("diện tích 412 ha, đạt 100%", f"diện tích 412{NBSP}ha, đạt 100%"),
        ("kinh phí 45 triệu đồng", f"kinh phí 45{NBSP}triệu đồng"),
        ("mức chi 500.000 đồng/tân binh", f"mức chi 500.000{NBSP}đồng/tân binh"),
        ("vắng mặt 02 đồng chí", f"vắng mặt 02{NBSP}đồng chí"),
        ("hồi 11 giờ 30 phút", f"hồi 11{NBSP}giờ 30{NBSP}phút"),
        ("năm 2020 đủ chỉ tiêu", "năm 2020 đủ chỉ tiêu"),  # a year is no quantity of "đủ"
        ("ở 8 thôn", f"ở 8{NBSP}thôn"),
        ("(25 đồng chí)", f"(25{NBSP}đồng chí)"),
        # a date is no quantity: it keeps plain spaces (and is found as typed in Word)
        ("ngày 25 tháng 02 năm 2020", "ngày 25 tháng 02 năm 2020"),
        ("12 mới", "12 mới"),  # "m" is a unit, "mới" is not
    ],
)
def test_a_number_keeps_its_unit(typed: str, printed: str) -> None:
    assert no_break_spaces(typed) == printed


def test_a_joining_dash_is_glued_to_both_sides() -> None:
    assert no_break_spaces("Công chức Địa chính - Xây dựng") == (
        f"Công chức Địa chính{NBSP}-{NBSP}Xây dựng"
    )
    assert no_break_spaces("nhiệm kỳ 2015 – 2020") == f"nhiệm kỳ 2015{NBSP}–{NBSP}2020"
    assert no_break_spaces("- Lưu Chi bộ") == "- Lưu Chi bộ"  # a list dash is not joining


def test_no_line_starts_with_the_dash_of_a_unit_name() -> None:
    widths = font_metrics(load_profile("state").fonts).face().layout_table(14)
    text = typeset("đồng chí Hoàng Văn Sơn, Công chức Địa chính - Xây dựng (lý do: đi tập huấn)")
    for room in range(20_000, 60_000, 250):
        lines = break_lines(Measure(text, [(len(text), widths)]), room, room)
        for line in lines:
            printed = text[line.start : line.end]
            assert not printed.startswith("-") and not printed.endswith("-"), (room, printed)


def test_every_printed_text_is_typeset() -> None:
    meeting = load_fixture("state-meeting.json")
    meeting.location = 'Hội trường "Đồng Hướng"'
    texts = build_document(meeting).texts()
    assert "Địa điểm: Hội trường “Đồng Hướng”." in texts
    assert any(f"412{NBSP}ha" in t for t in texts)
    assert any(f"Văn phòng{NBSP}-{NBSP}Thống kê" in t for t in texts)  # a position, in a list
    assert any(f"07/07{NBSP}đồng chí" in t for t in texts)  # the builder's own wording too
