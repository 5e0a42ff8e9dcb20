"""Line breaking as LibreOffice does it: where a line may break, how full lines get, long words."""

from __future__ import annotations

import pytest

from minutes_app.render import load_profile
from minutes_app.render.linebreak import Measure, break_allowed, break_lines
from minutes_app.render.metrics import font_metrics

# Where LibreOffice 7.4 broke each token (probed one break position at a time): the prefixes
# that ended a line. Everything else kept the token whole.
BREAKS = {
    "aaaa-bbbb": ["aaaa-"],
    "aaaa-1234": ["aaaa-"],
    "Covid-19": ["Covid-"],
    "xx -5555": ["xx ", "xx -"],
    "aaaa--bbbb": ["aaaa--"],
    "aaaa/bbbb": [],
    "12/03/2020": [],
    "đồng/tân": [],
    "www.abc.vn/xyz": [],
    "aaaa–bbbb": ["aaaa–"],
    "ANCT–TTATXH": ["ANCT–"],
    "aaaa—bbbb": ["aaaa", "aaaa—"],
    "aaaa(bbbb)": [],
    "aaaa,bbbb": [],
    "aaaa…bbbb": ["aaaa…"],
    "aaaa-…bbbb": ["aaaa-", "aaaa-…"],
    "50%bbbb": [],
    "aaaa%bbbb": ["aaaa"],
    "aaaa‰bbbb": ["aaaa"],
    "aaaa?bbbb": ["aaaa?"],
    "1111!2222": ["1111!"],
    "“aaaa”bbbb": [],
    "aaaa’bbbb": [],
    "aaaa\u2011bbbb": [],
    "aaaa\u00a0bbbb": [],
    "aaaa\u00adbbbb": ["aaaa\u00ad"],
    "aaaa\\bbbb": ["aaaa\\"],
    "aaaa\\2222": ["aaaa\\"],
    "1111\\2222": [],
    "aaaa-)bbbb": [],
    "aaaa-,bbbb": [],
    "aaaa(-bbbb": ["aaaa(-"],
    "aaaa?)bbbb": [],
    "aaaa!”bbbb": [],
    "aaaa-“bbbb": [],
    "aaaa?(bbbb": ["aaaa?"],
    "aaaa—)bbbb": ["aaaa"],
    "aaaa(—bbbb": ["aaaa(—"],
    "aaaa\\)bbbb": [],
    "aaaa-\\bbbb": ["aaaa-\\"],
    "abc-€def": ["abc-"],
    "abc-$def": ["abc-"],
    "aaaa?-bbbb": ["aaaa?-"],
    "aaaa-!bbbb": ["aaaa-!"],
    "aaaa—“bbbb": ["aaaa"],
    "”—aaaa": ["”—"],
    "aaaa\u3000bbbb": ["aaaa", "aaaa\u3000"],
    "aaaa\u200bbbbb": ["aaaa\u200b"],
}


@pytest.mark.parametrize(("token", "prefixes"), BREAKS.items())
def test_breaks_where_libreoffice_breaks(token: str, prefixes: list[str]) -> None:
    found = [token[:i] for i in range(1, len(token)) if break_allowed(token, i)]
    assert found == prefixes


@pytest.fixture(scope="module")
def widths():  # type: ignore[no-untyped-def]
    return font_metrics(load_profile("state").fonts).face().layout_table(14)


def lines_of(text: str, widths, room: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        text[ln.start : ln.end]
        for ln in break_lines(Measure(text, [(len(text), widths)]), room, room)
    ]


def test_lines_hold_what_fits_and_never_more(widths) -> None:  # type: ignore[no-untyped-def]
    text = "Tổ chức các hội nghị góp ý dự thảo Báo cáo kết quả thực hiện Nghị quyết Đại hội " * 5
    room = 40_000
    lines = lines_of(text, widths, room)
    for line, following in zip(lines, lines[1:], strict=False):
        assert widths.text(line) <= room
        assert widths.text(line + " " + following.split(" ")[0]) > room  # the next word did not fit


def test_a_word_wider_than_a_line_goes_to_its_own_line_and_is_cut_where_full(widths) -> None:  # type: ignore[no-untyped-def]
    word = "abcdefghij" * 9
    room = 55_000
    lines = lines_of("xxx " + word + " yy", widths, room)
    assert lines[0] == "xxx"
    assert "".join(lines[1:])[: len(word)] == word
    assert widths.text(lines[1]) <= room < widths.text(lines[1] + word[len(lines[1])])


def test_typed_line_breaks_end_lines(widths) -> None:  # type: ignore[no-untyped-def]
    text = "ỦY BAN NHÂN DÂN\nXÃ YÊN MẠC"
    made = break_lines(Measure(text, [(len(text), widths)]), 60_000, 60_000)
    assert [text[ln.start : ln.end] for ln in made] == ["ỦY BAN NHÂN DÂN", "XÃ YÊN MẠC"]
    assert made[0].forced and not made[1].forced


def test_no_break_spaces_hold_words_together(widths) -> None:  # type: ignore[no-untyped-def]
    text = "kinh tế\u00a0-\u00a0xã hội " * 20
    for line in lines_of(text, widths, 20_000):
        assert not line.startswith(("-", "\u00a0")) and not line.endswith("\u00a0-")


def test_a_soft_hyphen_prints_only_at_a_line_end(widths) -> None:  # type: ignore[no-untyped-def]
    text = "xx " + "abc\u00addef" * 30
    made = break_lines(Measure(text, [(len(text), widths)]), 20_000, 20_000)
    assert len(made) > 2
    for line in made[1:-1]:  # the long word breaks at its soft hyphens, which print as "-"
        assert text[line.end - 1] == "\u00ad"
        assert line.width == Measure(text, [(len(text), widths)]).width(
            line.start, line.end
        ) + widths.char("-")
        assert line.width <= 20_000


def test_empty_text_is_one_empty_line(widths) -> None:  # type: ignore[no-untyped-def]
    assert [(ln.start, ln.end) for ln in break_lines(Measure("", [(0, widths)]), 100, 100)] == [
        (0, 0)
    ]
