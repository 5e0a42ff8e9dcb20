"""The window's Word review: proposals beside the text, each acceptance one undoable step."""

from __future__ import annotations

from pathlib import Path

from minutes_app.services import word_review
from minutes_app.store import word_review as records
from minutes_app.ui.word_review import ProposalsDialog
from tests.services import word_edits as edits

CHAIR = "Phạm Văn Hùng"


def _returned(app_context, seed_record, tmp_path: Path, old: str) -> Path:  # noqa: ANN001
    copy = tmp_path / "gop-y.docx"
    word_review.write_review_copy(app_context.db, seed_record.id, copy, by="Lê Thị Hoa")
    document = edits.open_copy(copy.read_bytes())
    edits.tracked_replace(document, "agenda[0].conclusion", old, "Thống nhất", CHAIR)
    returned = tmp_path / "tra-lai.docx"
    returned.write_bytes(edits.save(document))
    return returned


def test_accept_in_the_editor_is_one_undoable_step_and_reject_is_kept(
    qtbot,
    app_context,
    seed_record,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from minutes_app.ui.editor import MeetingEditor

    meeting = seed_record.meeting
    old = meeting.agenda[0].conclusion.split()[0]
    assert old and old != "Thống"
    editor = MeetingEditor(app_context, seed_record)
    qtbot.addWidget(editor)
    returned = _returned(app_context, seed_record, tmp_path, old)
    word_review.import_review_copy(app_context.db, seed_record.id, returned, by="Lê Thị Hoa")
    dialog = ProposalsDialog(app_context, seed_record.id, editor.session)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.old.toPlainText().startswith(old)
    assert dialog.new.toPlainText().startswith("Thống nhất")
    before = editor.session.undo_stack.count()
    assert dialog.accept_selected()
    assert editor.session.undo_stack.count() == before + 1
    assert editor.session.meeting.agenda[0].conclusion.startswith("Thống nhất")
    assert records.proposals(app_context.db.tables, seed_record.id)[0].state == "accepted"
    editor.session.undo_stack.undo()
    assert editor.session.meeting.agenda[0].conclusion == meeting.agenda[0].conclusion
    assert records.proposals(app_context.db.tables, seed_record.id)[0].state == "open"
    editor.session.undo_stack.redo()
    assert editor.flush()
    stored = app_context.db.get(seed_record.id).meeting
    assert stored.agenda[0].conclusion.startswith("Thống nhất")


def test_the_menu_actions_send_and_receive(
    qtbot,
    app_context,
    seed_record,
    fake_interaction,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QWidget

    from minutes_app.ui.word_review import WordReviewActions

    parent = QWidget()
    qtbot.addWidget(parent)
    actions = WordReviewActions(app_context, parent, lambda: seed_record.id, lambda: None)
    assert [a.text() for a in actions.menu().actions()][:2] == [
        "Gửi chủ trì &góp ý (Word)…",
        "&Nhận bản góp ý…",
    ]
    target = tmp_path / "gui-chu-tri.docx"
    fake_interaction.save_paths.append(target)
    with qtbot.waitSignal(actions.sent, timeout=60_000):
        actions.act_send.trigger()
    assert target.exists()
    document = edits.open_copy(target.read_bytes())
    edits.comment(document, "conclusion", "Đồng ý", CHAIR)
    back = tmp_path / "nhan.docx"
    back.write_bytes(edits.save(document))
    fake_interaction.open_paths.append(back)
    with qtbot.waitSignal(actions.received, timeout=60_000):
        actions.act_receive.trigger()
    assert [c.text for c in app_context.db.review.comments(seed_record.id)] == ["Đồng ý"]
