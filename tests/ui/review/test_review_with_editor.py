"""The review panel beside the real editor: edits saved before a step, approved minutes stay."""

from __future__ import annotations

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action
from minutes_app.ui.review import ReviewPanel


def _editor(qtbot, context, record):  # noqa: ANN001, ANN202
    from minutes_app.ui.editor import MeetingEditor

    editor = MeetingEditor(context, record)
    qtbot.addWidget(editor)
    return editor


def test_steps_flush_the_editor_and_reload_it(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    editor = _editor(qtbot, app_context, seed_record)
    panel = ReviewPanel(app_context, seed_record.id, flush=editor.flush)
    qtbot.addWidget(panel)
    panel.workflow_changed.connect(lambda i: editor.reload(app_context.db.get(i)))
    assert editor.session.set("title", "Tên sửa trước khi trình")
    assert panel.take(Action.SUBMIT)  # the unsaved title is saved first, then submitted
    assert app_context.db.get(seed_record.id).meeting.title == "Tên sửa trước khi trình"
    assert panel.take(Action.APPROVE)
    assert editor.is_read_only() and editor.meeting().status is Status.APPROVED
    assert not editor.session.set("title", "Không được sửa")
    assert editor.flush()
    assert app_context.db.review.verify(seed_record.id).intact
    audit = app_context.db.review.audit(seed_record.id)
    assert any(e.path == "title" and e.by == "Nguyễn Thị Lan" for e in audit)


def test_an_editor_left_open_cannot_change_minutes_approved_elsewhere(
    qtbot,  # noqa: ANN001
    app_context,  # noqa: ANN001
    seed_record,  # noqa: ANN001
    fake_interaction,  # noqa: ANN001
) -> None:
    editor = _editor(qtbot, app_context, seed_record)
    app_context.db.review.submit(seed_record.id, "Lê Thị Hoa")
    app_context.db.review.approve(seed_record.id, "Phạm Văn Hùng")
    assert editor.session.set("title", "Sửa từ cửa sổ cũ")
    editor.flush()
    stored = app_context.db.get(seed_record.id).meeting
    assert stored.title == seed_record.meeting.title and stored.status is Status.APPROVED
    assert app_context.db.review.verify(seed_record.id).intact
    assert any("đã được duyệt" in m[2] for m in fake_interaction.errors())  # told why


def test_minutes_in_review_are_read_only_in_the_editor(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    editor = _editor(qtbot, app_context, seed_record)
    panel = ReviewPanel(app_context, seed_record.id, flush=editor.flush)
    qtbot.addWidget(panel)
    panel.workflow_changed.connect(lambda i: editor.reload(app_context.db.get(i)))
    assert panel.take(Action.SUBMIT)
    assert editor.is_read_only() and "đang chờ duyệt" in editor.banner.text()
    assert editor.sections[0].title_edit.isReadOnly()
    assert not editor.session.set("title", "Sửa khi đang chờ duyệt")
    assert editor.flush()
    assert app_context.db.get(seed_record.id).meeting.title == seed_record.meeting.title
    returned = ReviewPanel(app_context, seed_record.id, ask_text=lambda *_: "Bổ sung")
    qtbot.addWidget(returned)
    returned.workflow_changed.connect(lambda i: editor.reload(app_context.db.get(i)))
    assert returned.take(Action.RETURN)
    assert not editor.is_read_only() and editor.session.set("title", "Sửa sau khi trả lại")
