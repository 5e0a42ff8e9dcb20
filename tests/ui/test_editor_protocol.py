"""The window holds editors through ``ui.editor_protocol.Editor``: the real one and the test double
both implement all of it (mypy checks ``MeetingEditor``; this checks the double at run time too)."""

from __future__ import annotations

import pytest

from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.editor_protocol import Editor
from tests.ui.placeholder_editor import PlaceholderEditor

MEMBERS = sorted(name for name in vars(Editor) if not name.startswith("_"))


def test_the_protocol_names_what_the_window_asks() -> None:
    assert {"flush", "reload", "version", "session", "meeting_saved", "set_live_mode"} <= set(
        MEMBERS
    )


@pytest.mark.parametrize("editor_class", [MeetingEditor, PlaceholderEditor])
def test_each_editor_has_every_member(editor_class: type) -> None:
    missing = [name for name in MEMBERS if name != "session" and not hasattr(editor_class, name)]
    assert missing == []


def test_each_editor_instance_has_a_session_member(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    for editor_class in (MeetingEditor, PlaceholderEditor):
        editor = editor_class(app_context, seed_record)
        qtbot.addWidget(editor)
        assert hasattr(editor, "session")
        assert editor.version() == seed_record.version
        assert editor.current_section() in (-1, 0)
