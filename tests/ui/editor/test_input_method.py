"""Vietnamese input methods (IBus/Unikey with pre-edit): nothing is rewritten or saved mid-word."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.editor.conftest import type_text


def compose(widget, preedit: str) -> None:  # noqa: ANN001
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    QApplication.processEvents()


def commit(widget, text: str) -> None:  # noqa: ANN001
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def test_line_edit_preedit_makes_no_command_and_no_save(qtbot, open_editor, blank_record, db):  # noqa: ANN001
    editor = open_editor(blank_record)
    title = editor.sections[0].title_edit
    title.setFocus()
    type_text("Hội ")
    stack = editor.undo_stack()
    steps = stack.count()
    saved = []
    editor.meeting_saved.connect(saved.append)
    writes = []
    original_set_text = title.setText
    title.setText = lambda text: (writes.append(text), original_set_text(text))  # type: ignore[method-assign]
    for stage in ("n", "ng", "ngh", "nghi", "nghị"):  # Telex: n-g-h-i-j
        compose(title, stage)
        assert editor.meeting().title == "Hội "
        assert stack.count() == steps and stack.index() == steps
    # the autosave comes due while the word is still being composed: it waits
    editor.autosave.notify_change()
    qtbot.wait(2300)
    assert saved == [] and title.composing
    assert db.get(blank_record.id).meeting.title == ""
    commit(title, "nghị")
    assert editor.meeting().title == "Hội nghị"
    assert title.text() == "Hội nghị" and writes == []  # never rewritten by the model
    assert stack.count() == steps  # the word joined the same typing burst
    qtbot.waitUntil(lambda: saved == [blank_record.id], timeout=3000)
    assert db.get(blank_record.id).meeting.title == "Hội nghị"


def test_plain_text_preedit_is_not_content_until_committed(qtbot, open_editor, blank_record):  # noqa: ANN001
    editor = open_editor(blank_record)
    conclusion = editor.sections[3].conclusion_edit
    editor.show_section(3)
    conclusion.setFocus()
    type_text("Thống nhất ")
    steps = editor.undo_stack().count()
    document = conclusion.document()
    compose(conclusion, "thoon")
    compose(conclusion, "thôn")
    assert editor.meeting().conclusion == "Thống nhất "
    assert editor.undo_stack().count() == steps
    commit(conclusion, "thôn")
    assert editor.meeting().conclusion == "Thống nhất thôn"
    assert conclusion.document() is document  # the document was never reset
    assert conclusion.toPlainText() == "Thống nhất thôn"


def test_model_change_during_composition_waits(qtbot, open_editor, blank_record):  # noqa: ANN001
    editor = open_editor(blank_record)
    title = editor.sections[0].title_edit
    title.setFocus()
    type_text("abc")
    editor.session.seal()
    compose(title, "đ")
    editor.session.set("title", "khác")  # e.g. an undo arriving from a menu
    assert title.text() == "abc"  # not rewritten under the composition
    commit(title, "")
    assert title.text() == "khác"


def test_unikey_style_replacement_is_one_edit(qtbot, open_editor, blank_record):  # noqa: ANN001
    # Unikey without pre-edit sends the letter, then replaces it with the accented one.
    editor = open_editor(blank_record)
    title = editor.sections[0].title_edit
    title.setFocus()
    type_text("Ho")
    event = QInputMethodEvent("", [])
    event.setCommitString("ô", -1, 1)
    QApplication.sendEvent(title, event)
    assert title.text() == "Hô" and editor.meeting().title == "Hô"
    assert editor.undo_stack().count() == 1
