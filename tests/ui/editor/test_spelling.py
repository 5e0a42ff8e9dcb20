"""Spell checking as you type in the editor: underline positions, suggestions, names, own words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import (
    AgendaItem,
    Attendee,
    Meeting,
    Speaker,
    Statement,
)
from minutes_app.services.spelling import read_user_words, user_words_path
from minutes_app.ui.spelling import attach_spelling, is_checked_path, utf16_offsets
from tests.ui.editor.conftest import type_text

CONTENT = "Đồng chí Lò Văn Puộc đề nghị đẩy nhanh viêc triển khai."


@pytest.fixture
def record(db):  # noqa: ANN001
    meeting = Meeting(
        date=dt.date(2020, 2, 25),
        title="Họp giao ban tháng 2",
        attendees=[Attendee.person("Lò Văn Puộc", "Trưởng bản")],
        agenda=[
            AgendaItem(
                "Tình hình tháng 2",
                statements=[Statement(Speaker("Lò Văn Puộc"), CONTENT)],
            )
        ],
    )
    return db.create(meeting)


@pytest.fixture
def editor(open_editor, record, app_context):  # noqa: ANN001
    widget = open_editor(record)
    attach_spelling(widget, app_context)
    widget.show_section(2)
    QApplication.processEvents()
    return widget


def _underlined(field) -> list[str]:  # noqa: ANN001
    """Return the words of a paragraph field underlined by the spell checker."""
    words = []
    block = field.document().begin()
    while block.isValid():
        for spot in block.layout().formats():
            if spot.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[spot.start : spot.start + spot.length])
        block = block.next()
    return words


def test_a_misspelling_is_underlined_where_it_is_and_names_are_not(editor) -> None:  # noqa: ANN001
    field = editor.sections[2].content_edit
    assert field.toPlainText() == CONTENT
    block = field.document().begin()
    spots = [
        (s.start, s.length)
        for s in block.layout().formats()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert spots == [(CONTENT.index("viêc"), 4)]
    assert spots[0][0] == CONTENT.index("viêc")
    assert _underlined(field) == ["viêc"]  # "Puộc" is an attendee's name: not flagged
    assert field.document().begin().layout().formats()[0].format.underlineColor() == QColor(
        220, 30, 30
    )


def test_suggestions_on_right_click_replace_the_word_as_one_undo_step(editor) -> None:  # noqa: ANN001
    field = editor.sections[2].content_edit
    spelling = editor.spelling
    bad = spelling.checker.misspellings(CONTENT)[0]
    replaced: list[str] = []
    actions = spelling.menu_actions(bad, replaced.append)
    texts = [a.text() for a in actions]
    assert texts[0] == "việc" and actions[0].font().bold()
    assert texts[-1] == "Thêm “viêc” vào từ điển"
    start = CONTENT.index("viêc")
    steps = editor.undo_stack().count()
    spelling.replace_in_text(field, start, start + 4, "việc")
    path = "agenda[0].statements[0].content"
    assert editor.session.value(path) == CONTENT.replace("viêc", "việc")
    assert editor.undo_stack().count() == steps + 1
    assert _underlined(field) == []
    editor.undo_stack().undo()
    assert editor.session.value(path) == CONTENT


def test_add_to_dictionary_stops_the_underline_everywhere_and_is_kept(
    editor,
    app_context,  # noqa: ANN001
) -> None:
    field = editor.sections[2].content_edit
    bad = editor.spelling.checker.misspellings(CONTENT)[0]
    add = editor.spelling.menu_actions(bad, lambda s: None)[-1]
    add.trigger()
    assert _underlined(field) == []
    assert read_user_words(user_words_path(app_context.user_data_dir())) == ["viêc"]


def test_the_word_being_typed_is_not_underlined_until_it_ends(editor, qtbot) -> None:  # noqa: ANN001
    field = editor.sections[3].conclusion_edit
    editor.show_section(3)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    type_text("Giao viêc")
    assert _underlined(field) == []  # still typing it
    type_text(" cho")
    assert _underlined(field) == ["viêc"]


def test_one_line_fields_paint_a_red_wavy_underline_under_the_word(editor, qtbot) -> None:  # noqa: ANN001
    editor.show_section(0)
    title = editor.sections[0].title_edit
    editor.session.set("title", "Họp bàn viêc khẩn")
    QApplication.processEvents()
    underline = next(u for u in editor.spelling.underlines if u.edit is title)
    assert [m.word for m in underline.misspellings()] == ["viêc"]
    image = title.grab().toImage()
    x1 = int(underline.word_x(8))
    x2 = int(underline.word_x(12))
    assert x2 - x1 >= 10

    def red(x: int) -> bool:
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if c.red() > 150 and c.green() < 110 and c.blue() < 110:
                return True
        return False

    reds = [x for x in range(image.width()) if red(x)]
    assert reds, "no red underline painted"
    assert x1 - 2 <= min(reds) and max(reds) <= x2 + 2
    # a name field is never checked
    assert not is_checked_path("chair.name") and is_checked_path("title")


def test_the_switch_turns_underlines_off_and_on(editor, app_context) -> None:  # noqa: ANN001
    from minutes_app.ui.spelling import spelling_service

    field = editor.sections[2].content_edit
    service = spelling_service(app_context)
    service.set_enabled(False)
    assert _underlined(field) == [] and app_context.settings.spell_check is False
    service.set_enabled(True)
    assert _underlined(field) == ["viêc"]


def test_names_from_the_people_directory_are_not_flagged(db, open_editor, app_context) -> None:  # noqa: ANN001
    db.create(Meeting(attendees=[Attendee.person("Y Bih Niê", "Chủ tịch")]))
    other = db.create(Meeting(conclusion="Giao đồng chí Y Bih Niê và đồng chí Krông viêc này."))
    widget = open_editor(other)
    attach_spelling(widget, app_context)
    QApplication.processEvents()  # the highlighter's first pass is queued
    assert _underlined(widget.sections[3].conclusion_edit) == ["Krông", "viêc"]


def test_utf16_offsets_for_characters_beyond_the_basic_plane() -> None:
    assert utf16_offsets("việc") is None
    assert utf16_offsets("a😀b") == [0, 1, 3, 4]


def test_right_click_on_the_word_offers_the_suggestions_first(editor, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    shown: list[list[str]] = []

    def fake_show(menu, position) -> None:  # noqa: ANN001
        shown.append([a.text() for a in menu.actions()])

    monkeypatch.setattr(editor.spelling, "show_menu", fake_show)
    field = editor.sections[2].content_edit
    cursor = field.textCursor()
    cursor.setPosition(CONTENT.index("viêc") + 2)
    point = field.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, field.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(field.viewport(), event)
    assert shown and shown[0][0] == "việc"
    assert "Thêm “viêc” vào từ điển" in shown[0]
    # and in a one-line field
    editor.session.set("title", "Họp bàn viêc khẩn")
    title = editor.sections[0].title_edit
    editor.show_section(0)
    QApplication.processEvents()
    underline = next(u for u in editor.spelling.underlines if u.edit is title)
    x = int((underline.word_x(8) + underline.word_x(12)) / 2)
    spot = QPoint(x, title.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, title.mapToGlobal(spot))
    QApplication.sendEvent(title, event)
    assert shown[-1][0] == "việc"
