"""The name suggestions forget what was only half-typed: fragments an autosave caught mid-word."""

from __future__ import annotations

from minutes_app.domain.model import Attendee
from tests.ui.editor.conftest import empty_meeting


def test_a_name_autosaved_half_typed_is_not_suggested(qtbot, open_editor, db, blank_record) -> None:  # noqa: ANN001
    other = empty_meeting()
    other.attendees = [Attendee(name="Trần Văn Tú", position="Phó Chủ tịch")]
    db.create(other)  # another meeting's people are suggested as before
    editor = open_editor(blank_record, show=False)
    editor.session.set("chair.name", "Trần Thị")
    assert editor.flush()  # an autosave catches the name mid-word
    assert "Trần Thị" in [p.name for p in db.people("Trần")]
    editor.session.set("chair.name", "Trần Thị Hoa", merge=True)  # typing goes on, not saved yet
    names = [s.name for s in editor.directory.suggestions("Trần")]
    assert names == ["Trần Thị Hoa", "Trần Văn Tú"]
    editor.session.set("chair.name", "")  # the field cleared before any save
    names = [s.name for s in editor.directory.suggestions("Trần")]
    assert names == ["Trần Văn Tú"]
