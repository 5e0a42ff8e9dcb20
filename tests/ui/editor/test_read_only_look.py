"""Approved minutes look read-only: greyed fields and tables, editing buttons disabled."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from minutes_app.services import workflow


def _background(widget: QWidget) -> QColor:
    """Return the colour painted near the right end of a field (where no text is)."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() // 2)


def _approve(db, meeting_id: int) -> None:  # noqa: ANN001
    workflow.submit(db, meeting_id, "Thư ký")
    workflow.approve(db, meeting_id, "Chủ tịch Lan")


def test_approved_minutes_are_greyed_and_their_buttons_disabled(
    qtbot,
    open_editor,
    app_context,
    seed_record,  # noqa: ANN001
) -> None:
    draft = open_editor(seed_record)
    draft_field = _background(draft.sections[0].title_edit)
    draft_table = _background(draft.sections[1].table.viewport())
    _approve(app_context.db, seed_record.id)
    editor = open_editor(app_context.db.get(seed_record.id))
    assert editor.session.read_only
    for index in range(len(editor.sections)):
        editor.show_section(index)
        QApplication.processEvents()
        enabled = [
            b.text()
            for b in editor.sections[index].findChildren(QPushButton)
            if b.isEnabled() and b.isVisibleTo(editor)
        ]
        assert enabled == [], f"section {index + 1} offers editing: {enabled}"
    editor.show_section(0)
    QApplication.processEvents()
    field = _background(editor.sections[0].title_edit)
    assert field != draft_field and field.lightness() < draft_field.lightness()
    editor.show_section(1)
    QApplication.processEvents()
    table = _background(editor.sections[1].table.viewport())
    assert table.lightness() < draft_table.lightness()
    editor.show_section(2)
    content = editor.sections[2]
    assert _background(content.content_edit.viewport()).lightness() < 255
    # and a reopened meeting is white again
    editor.reload(app_context.db.get(seed_record.id))
    workflow.reopen(app_context.db, seed_record.id, "Chủ tịch Lan", "Sửa chức vụ")
    editor.reload(app_context.db.get(seed_record.id))
    editor.show_section(0)
    QApplication.processEvents()
    assert _background(editor.sections[0].title_edit) == draft_field
