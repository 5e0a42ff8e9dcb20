"""The layout check warns about characters the PDF font cannot draw, naming field and character."""

from __future__ import annotations

from minutes_app.domain.model import Meeting
from minutes_app.render import check_meeting, load_profile
from minutes_app.render.glyphs import missing_glyphs


def test_vietnamese_and_common_punctuation_are_covered() -> None:
    fonts = load_profile("state").fonts
    text = "Đồng chí Nguyễn Thị Ánh Tuyết – “ý kiến” … 50% (a) [b] {c} <b> &amp; € № ½ ©"
    assert missing_glyphs(text, fonts) == []


def test_emoji_cjk_and_arabic_are_named(seed_meeting: Meeting) -> None:
    seed_meeting.agenda[0].statements[0].content += " 😀 中 ا"
    seed_meeting.title += " ✓"
    problems = check_meeting(seed_meeting)
    mine = [p for p in problems if "cannot draw" in p.message_en]
    assert [p.path for p in mine] == ["title", "agenda[0].statements[0].content"]
    content = next(p for p in mine if p.path.endswith("content"))
    assert not content.is_error
    for ch, code in (("😀", "U+1F600"), ("中", "U+4E2D"), ("ا", "U+0627")):
        assert code in content.message_en and code in content.message_vi
        assert ch in content.message_vi
    assert "GRINNING FACE" in content.message_en


def test_a_covered_meeting_gets_no_glyph_warning(seed_meeting: Meeting) -> None:
    assert not [p for p in check_meeting(seed_meeting) if "cannot draw" in p.message_en]


def test_many_missing_characters_are_summarised(seed_meeting: Meeting) -> None:
    seed_meeting.conclusion = "".join(chr(0x4E00 + i) for i in range(30))
    (problem,) = [p for p in check_meeting(seed_meeting) if p.path == "conclusion"]
    assert "and 22 more" in problem.message_en and "22 ký tự khác" in problem.message_vi
