"""Inline validation: problems next to their fields, per-section lists that jump to the field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import Statement
from minutes_app.ui.editor.table_models import PROBLEM_ROLE
from minutes_app.ui.problem_icons import problem_icon
from tests.ui.editor.conftest import type_text


def test_problems_are_shown_next_to_fields_and_listed(qtbot, open_editor, blank_record) -> None:  # noqa: ANN001
    editor = open_editor(blank_record)
    general = editor.sections[0]
    seen = []
    editor.problems_changed.connect(seen.append)
    assert general.location_edit.property("problem") == "warning"
    assert "chưa có địa điểm" in general.location_edit.toolTip()
    assert general.problems_list.isVisibleTo(general)
    texts = [general.problems_list.item(i).text() for i in range(general.problems_list.count())]
    assert any("Địa điểm" in t and "chưa có địa điểm họp" in t for t in texts)
    general.location_edit.setFocus()
    type_text("Hội trường")
    qtbot.waitUntil(lambda: general.location_edit.property("problem") == "", timeout=2000)
    assert seen and not any(p.path == "location" for p in seen[-1])
    assert "chưa có địa điểm" not in general.location_edit.toolTip()


def test_forbidden_character_is_an_error_on_its_field(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    general = editor.sections[0]
    editor.session.set("title", "Hội nghị\x07")  # e.g. pasted from a broken document
    editor.validate_now()
    assert general.title_edit.property("problem") == "error"
    # the mark is a bundled icon (many fonts draw "⛔" as an empty box), not a character
    nav = editor.nav.item(0)
    assert "⛔" not in nav.text() and not nav.icon().isNull()
    assert nav.icon().cacheKey() == problem_icon(True).cacheKey()
    image = nav.icon().pixmap(16, 16).toImage()
    red = image.pixelColor(8, 3)
    assert red.red() > 180 and red.green() < 90  # drawn: the red stop mark
    listed = general.problems_list.item(0)
    assert "⛔" not in listed.text() and listed.icon().cacheKey() == problem_icon(True).cacheKey()


def test_problem_in_a_statement_jumps_to_the_speaker(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    editor.session.insert("agenda[1].statements", 1, Statement(content="Ý kiến"))
    editor.validate_now()
    path = "agenda[1].statements[1].speaker.name"
    assert any(p.path == path and p.is_error for p in editor.problems())
    content = editor.sections[2]
    assert content.agenda_model.data(content.agenda_model.index(1), PROBLEM_ROLE) == "error"
    problems = content.problems_list
    item = next(
        problems.item(i)
        for i in range(problems.count())
        if "Nội dung 2, ý kiến 2: Người phát biểu" in problems.item(i).text()
    )
    editor.show_section(0)
    problems.itemClicked.emit(item)
    assert editor.focus_problem(path)
    assert editor.current_section() == 2
    assert QApplication.focusWidget() is content.speaker_edit
    assert content.item_row == 1 and content.statement_row == 1
    assert content.speaker_edit.property("problem") == "error"


def test_table_cells_carry_their_problems(qtbot, open_editor, seed_record) -> None:  # noqa: ANN001
    editor = open_editor(seed_record)
    tasks = editor.sections[4]
    tasks.model.setData(tasks.model.index(0, 1), "")
    editor.validate_now()
    assert tasks.model.data(tasks.model.index(0, 1), PROBLEM_ROLE) == "warning"
    assert editor.focus_problem("tasks[0].owner")
    assert tasks.table.currentIndex().row() == 0 and tasks.table.currentIndex().column() == 1
