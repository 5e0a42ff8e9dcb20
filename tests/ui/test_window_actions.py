"""The window's action table (ui/window_actions.py): every row laid out, translated, no shortcut twice."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from minutes_app.ui import window_actions
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.window_actions import ActionSpec
from tests.ui.placeholder_editor import PlaceholderEditor

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "minutes_app_en.ts"


def _rows() -> list[ActionSpec]:
    rows = [v for v in vars(window_actions).values() if isinstance(v, ActionSpec)]
    return rows + list(window_actions.SECTIONS)


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(win)
    return win


def test_every_row_of_the_table_is_in_a_menu(window) -> None:  # noqa: ANN001
    in_menus = [a.text() for m in window.menuBar().actions() for a in _menu_actions(m.menu())]
    assert len(_rows()) > 30  # the table was found
    missing = [row.text for row in _rows() if row.text not in in_menus]
    assert missing == []


def test_no_shortcut_is_given_twice(window) -> None:  # noqa: ANN001
    # An ambiguous shortcut does nothing in Qt: both actions would stop answering their key.
    actions = {a for m in window.menuBar().actions() for a in _menu_actions(m.menu())}
    actions |= set(window.actions()) | set(window.list_page.table.actions())
    seen: dict[str, str] = {}
    for action in sorted(actions, key=lambda a: a.text()):
        key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if not key:
            continue
        assert key not in seen, f"{key}: {seen.get(key)} / {action.text()}"
        seen[key] = action.text()
    assert {"Ctrl+N", "Del", "F9", "Ctrl+M", "Ctrl+6", "F1"} <= set(seen)


def test_every_text_of_the_table_is_translated() -> None:
    messages = {
        m.findtext("source"): m.find("translation")
        for context in ET.parse(TS).getroot().iter("context")
        if context.findtext("name") == window_actions.CONTEXT
        for m in context.iter("message")
    }
    texts = [t for row in _rows() for t in (row.text, row.tip) if t]
    texts += [v for k, v in vars(window_actions).items() if k.endswith("_MENU")]
    for text in texts:
        translation = messages.get(text)
        assert translation is not None, f"not in the catalogue: {text!r}"
        assert translation.get("type") is None and (translation.text or "").strip(), text
