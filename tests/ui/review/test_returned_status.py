"""A returned meeting says "Bị trả lại" with the reviewer's comment; one word for each status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action
from minutes_app.services import workflow
from minutes_app.ui.batch_export_dialog import BatchExportDialog
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_list_model import COL_STATUS, MeetingListModel
from minutes_app.ui.review import ReviewPanel
from tests.ui.placeholder_editor import PlaceholderEditor

REPO = Path(__file__).resolve().parents[3]
COMMENT = "Ghi rõ người vắng mặt và lý do"


def _return(db, meeting_id: int) -> None:  # noqa: ANN001
    workflow.submit(db, meeting_id, "Thư ký")
    workflow.return_for_changes(db, meeting_id, "Chủ tịch Lan", COMMENT)


def test_the_list_shows_a_returned_meeting_with_the_comment(db, seed_record) -> None:  # noqa: ANN001
    _return(db, seed_record.id)
    model = MeetingListModel()
    model.set_summaries(list(db.list()))
    index = model.index(0, COL_STATUS)
    assert model.data(index) == "Bị trả lại"
    assert COMMENT in model.data(index, 3)  # the tooltip carries the chair's comment
    # the next step clears it
    workflow.submit(db, seed_record.id, "Thư ký")
    model.set_summaries(list(db.list()))
    assert model.data(model.index(0, COL_STATUS)) == "Chờ duyệt"


def test_the_window_list_follows_a_return_taken_in_the_tab(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    window.refresh_list()
    review = window.open_meeting(seed_record.id).review
    review._ask_text = lambda *_: COMMENT  # the reviewer's comment, as typed in the dialog
    assert review.take(Action.SUBMIT) and review.take(Action.RETURN)
    row = window.list_page.model.row_of(seed_record.id)
    assert (
        window.list_page.model.data(window.list_page.model.index(row, COL_STATUS)) == "Bị trả lại"
    )


def test_the_review_badge_says_returned(qtbot, app_context, seed_record) -> None:  # noqa: ANN001
    _return(app_context.db, seed_record.id)
    panel = ReviewPanel(app_context, seed_record.id, ask_text=lambda *a: None)
    qtbot.addWidget(panel)
    assert panel.bar.badge.text() == "Bị trả lại"
    assert COMMENT in panel.bar.badge.toolTip()


def test_the_editor_shows_the_comment_of_a_returned_meeting(
    qtbot, app_context, seed_record
) -> None:  # noqa: ANN001
    from minutes_app.ui.editor import MeetingEditor

    _return(app_context.db, seed_record.id)
    editor = MeetingEditor(app_context, app_context.db.get(seed_record.id))
    qtbot.addWidget(editor)
    assert not editor.banner.isHidden()
    assert "Bị trả lại" in editor.banner.text() and COMMENT in editor.banner.text()
    assert "Chủ tịch Lan" in editor.banner.text()
    assert not editor.session.read_only  # returned minutes are for editing


def test_one_word_for_each_status_in_the_batch_dialog(qtbot, app_context) -> None:  # noqa: ANN001
    dialog = BatchExportDialog(app_context)
    qtbot.addWidget(dialog)
    labels = [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())]
    assert "Chờ duyệt" in labels
    assert "Đang xem xét" not in labels


def test_cli_list_names_the_statuses_in_words(db, db_path, seed_record, seed_meeting) -> None:  # noqa: ANN001
    second = db.create(seed_meeting)
    _return(db, seed_record.id)
    db.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(db_path), "list"],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=True,
    )
    out = done.stdout.decode()
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "Bị trả lại" in lines[str(seed_record.id)]
    assert "Bản nháp" in lines[str(second.id)]
    assert "draft" not in out and "in_review" not in out
    assert Status.DRAFT.value == "draft"
