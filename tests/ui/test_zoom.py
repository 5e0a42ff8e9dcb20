"""Zoom: Ctrl+wheel and Ctrl+plus/minus in the preview; a text size for the editor."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen import canvas

from minutes_app.domain.model import Meeting
from minutes_app.ui.preview import ZOOM_MAX, ZOOM_STEP, PdfPreview


def _pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Trang 1")
    c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture
def preview(qtbot, app_context):  # noqa: ANN001
    view = PdfPreview(app_context, Meeting, renderer=lambda m: _pdf())
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh_now()
    return view


def _wheel(widget, notches: int, modifiers: Qt.KeyboardModifier) -> None:  # noqa: ANN001
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_ctrl_wheel_zooms_the_preview_and_plain_wheel_does_not(preview) -> None:
    viewport = preview.view.viewport()
    before = preview.view.zoomFactor()
    _wheel(viewport, 2, Qt.KeyboardModifier.NoModifier)
    assert preview.view.zoomFactor() == before
    _wheel(viewport, 2, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(before * ZOOM_STEP**2, rel=0.01)
    assert preview.zoom_box.currentText() == f"{round(before * ZOOM_STEP**2 * 100)}%"
    _wheel(viewport, -1, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(before * ZOOM_STEP, rel=0.01)


def test_ctrl_plus_minus_and_zero_in_the_preview(preview) -> None:
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(1.0))
    preview.view.setFocus()
    QTest.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(1.1)
    QTest.keyClick(preview.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(1.21)
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(1.0)
    assert preview.zoom_box.currentText() == "100%"  # a listed zoom is picked, not a copy
    QTest.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_box.currentData() == "width"
    for _ in range(40):
        preview.zoom_in()
    assert preview.view.zoomFactor() == pytest.approx(ZOOM_MAX)


def test_editor_text_size_applies_to_open_and_new_editors(
    qtbot, app_context, db, seed_meeting
) -> None:  # noqa: ANN001
    import datetime as dt

    from PySide6.QtWidgets import QLabel

    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.text_size import SCALE_PROPERTY

    first = db.create(seed_meeting)
    second = db.create(seed_meeting)
    window = MainWindow(app_context, today=lambda: dt.date(2026, 4, 2))
    window.act.preview.setChecked(False)
    qtbot.addWidget(window)
    base = QApplication.font().pointSizeF()
    tab = window.open_meeting(first.id)
    title_edit = tab.editor.sections[0].title_edit
    assert title_edit.font().pointSizeF() == pytest.approx(base)
    window.act.text_sizes[130].trigger()
    assert app_context.settings.editor_text_size == 130
    assert title_edit.font().pointSizeF() == pytest.approx(base * 1.3)
    heading = next(
        label for label in tab.editor.findChildren(QLabel) if label.property(SCALE_PROPERTY)
    )
    assert heading.font().pointSizeF() == pytest.approx(base * 1.3 * 1.15, rel=0.01)
    assert heading.font().bold()
    other = window.open_meeting(second.id)
    assert other.editor.sections[2].content_edit.font().pointSizeF() == pytest.approx(base * 1.3)
    window.set_text_size(100)
    assert title_edit.font().pointSizeF() == pytest.approx(base)
    assert window.act.text_sizes[100].isChecked()
