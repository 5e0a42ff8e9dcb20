"""Editor fixtures: an editor over a fresh database, and keyboard helpers that type Vietnamese."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from minutes_app.domain.model import Meeting


def focus() -> QWidget:
    """Return the widget with the keyboard focus (fails the test when there is none)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type ``text`` into whatever has the focus, one key at a time.

    ASCII goes through QTest; other characters arrive as key events carrying the
    character, as Unikey delivers them on Windows (QTest cannot synthesise them).
    """
    for ch in text:
        widget = focus()
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key (with modifiers) in the focused widget, as a user would (shortcuts too)."""
    widget = focus()
    window = widget.window().windowHandle()
    if window is not None:
        QTest.keyClick(window, key, modifiers)  # through the window: shortcuts see it
    else:
        QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def empty_meeting() -> Meeting:
    """Return a blank draft as a new meeting starts."""
    return Meeting(date=dt.date(2020, 2, 25))


@pytest.fixture
def open_editor(qtbot, app_context) -> Callable:  # noqa: ANN001
    """Return a function that opens an editor on a record, shown and focused."""
    from minutes_app.ui.editor import MeetingEditor

    def make(record, show: bool = True) -> MeetingEditor:  # noqa: ANN001
        editor = MeetingEditor(app_context, record)
        qtbot.addWidget(editor)
        editor.resize(1300, 850)
        if show:
            editor.show()
            qtbot.waitExposed(editor)
            editor.activateWindow()
            QApplication.processEvents()
        return editor

    return make


@pytest.fixture
def blank_record(db):  # noqa: ANN001
    """Store a blank meeting and return its record."""
    return db.create(empty_meeting())
