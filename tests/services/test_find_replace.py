"""Find and replace over a meeting's fields without Qt: paths, offsets, options, reading order."""

from __future__ import annotations

import unicodedata

from minutes_app.domain.model import (
    AgendaItem,
    Attendee,
    Meeting,
    Person,
    Speaker,
    Statement,
    Task,
)
from minutes_app.services.find_replace import (
    FindOptions,
    Match,
    find_all,
    find_in,
    replace_all,
    replace_value,
    text_fields,
)


def _meeting() -> Meeting:
    return Meeting(
        title="Giao ban tháng 2",
        chair=Person("Nguyễn Văn An", "Bí thư"),
        attendees=[
            Attendee.person("Trần Thị Bình", "Phó Bí thư"),
            Attendee.of_group("Các đại biểu"),
        ],
        agenda=[
            AgendaItem("Tình hình tháng 2"),
            AgendaItem(
                "Nhiệm vụ tháng 3",
                presenter=Person("Lê Văn Cường"),
                statements=[
                    Statement(
                        Speaker("Nguyễn Văn An"), "Tháng 2 tốt. Tháng 3 cần cố gắng hơn tháng 2."
                    )
                ],
                conclusion="Giao Văn phòng theo dõi.",
            ),
        ],
        tasks=[Task("Báo cáo tháng 2", "Văn phòng")],
        recipients=["Thường trực (b/c)", "Lưu Văn phòng"],
    )


def test_text_fields_use_the_editor_paths_and_skip_choices() -> None:
    paths = dict(text_fields(_meeting()))
    assert paths["agenda[1].statements[0].content"].startswith("Tháng 2 tốt")
    assert paths["agenda[1].presenter.name"] == "Lê Văn Cường"
    assert paths["attendees[1].group"] == "Các đại biểu"
    assert paths["recipients[1]"] == "Lưu Văn phòng"
    assert "profile" not in paths and "status" not in paths  # choices, not text
    assert "agenda[0].presenter.name" not in paths  # no presenter there


def test_find_all_in_reading_order_case_insensitive() -> None:
    matches = find_all(_meeting(), "tháng 2")
    assert [m.path for m in matches] == [
        "title",
        "agenda[0].title",
        "agenda[1].statements[0].content",
        "agenda[1].statements[0].content",
        "tasks[0].description",
    ]
    content = "Tháng 2 tốt. Tháng 3 cần cố gắng hơn tháng 2."
    assert matches[2] == Match("agenda[1].statements[0].content", 0, 7)
    assert content[matches[3].start : matches[3].end] == "tháng 2"


def test_options_case_whole_words_and_without_marks() -> None:
    text = "Văn phòng, văn bản, vănphòng"
    assert find_in(text, "văn", FindOptions(match_case=True)) == [(11, 14), (20, 23)]
    assert find_in(text, "văn", FindOptions(whole_words=True)) == [(0, 3), (11, 14)]
    # typed without diacritics, found with them, offsets unchanged
    assert find_in("Nghị quyết, nghi vấn", "nghi", FindOptions(ignore_marks=True)) == [
        (0, 4),
        (12, 16),
    ]
    assert find_in("Đảng ủy", "dang uy", FindOptions(ignore_marks=True)) == [(0, 7)]
    assert find_in("Nghị quyết", "nghi") == []


def test_a_query_typed_decomposed_finds_composed_text() -> None:
    query = unicodedata.normalize("NFD", "nghị")
    assert find_in("Nghị quyết", query) == [(0, 4)]


def test_replace_value_and_replace_all() -> None:
    assert replace_value("Tháng 2 tốt", 0, 7, "Tháng 3") == "Tháng 3 tốt"
    changed = replace_all(_meeting(), "tháng 2", "tháng 3")
    assert changed == {
        "title": "Giao ban tháng 3",
        "agenda[0].title": "Tình hình tháng 3",
        "agenda[1].statements[0].content": "tháng 3 tốt. Tháng 3 cần cố gắng hơn tháng 3.",
        "tasks[0].description": "Báo cáo tháng 3",
    }
    assert replace_all(_meeting(), "", "x") == {}
    assert replace_all(_meeting(), "không có", "x") == {}
