"""A review step or a comment taken in a tab updates the panel, the editor and the list row from
the ``Changes`` its verb returned: the window reads back nothing the verb just wrote."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action
from minutes_app.services import meetings
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_list_model import COL_STATUS
from tests.ui.placeholder_editor import PlaceholderEditor


class ReadSpy:
    """Records each ``get`` / ``summary`` of the store made by the window's code (not by a verb)."""

    def __init__(self, db: object, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str]] = []
        for name in ("get", "summary"):
            real = getattr(db, name)

            def spy(*args: object, _real=real, _name=name, **kwargs: object) -> object:  # noqa: ANN001
                caller = sys._getframe(1).f_globals.get("__name__", "")
                if caller.startswith("minutes_app.ui"):
                    self.calls.append((_name, caller))
                return _real(*args, **kwargs)

            monkeypatch.setattr(db, name, spy)


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, editor_factory=PlaceholderEditor)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    return win


def _row(window: MainWindow, meeting_id: int) -> tuple[str, str, str]:
    model = window.list_page.model
    index = model.index(model.row_of(meeting_id), COL_STATUS)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
    return model.data(index), model.summary(index.row()).returned_note, tip


def test_steps_and_comments_read_nothing_back(
    qtbot, window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    db = app_context.db
    tab = window.open_meeting(seed_record.id)
    tab.side.setCurrentWidget(tab.review)
    review = tab.review
    review._ask_text = lambda *_: "Ghi rõ người vắng mặt"
    spy = ReadSpy(db, monkeypatch)

    assert review.take(Action.SUBMIT)
    assert spy.calls == []
    assert review.bar.badge.text() == "Chờ duyệt"
    assert _row(window, seed_record.id)[:2] == ("Chờ duyệt", "")
    assert tab.editor.version() == db.get(seed_record.id).version  # reloaded from the step

    assert review.take(Action.RETURN)
    assert spy.calls == []
    status, note, tip = _row(window, seed_record.id)
    assert (status, note) == ("Bị trả lại", "Ghi rõ người vắng mặt")
    assert "Ghi rõ người vắng mặt" in tip
    assert (
        review.bar.badge.text() == "Bị trả lại"
        and "Ghi rõ người vắng mặt" in review.bar.badge.toolTip()
    )
    assert "Ghi rõ người vắng mặt" in review.history_page.list.item(1).text()

    # A save of the returned draft keeps the note (its Changes have no step).
    record = db.get(seed_record.id)
    spy.calls.clear()
    window.commands.run_verb(
        lambda store: meetings.save(
            store, record.id, record.meeting, expected_version=record.version
        ),
        "save",
        "save failed",
    )
    assert spy.calls == []
    assert _row(window, seed_record.id)[:2] == ("Bị trả lại", "Ghi rõ người vắng mặt")

    comment_id = review.add_comment()
    assert comment_id is not None and review.select_comment(comment_id)
    assert review.resolve()
    assert spy.calls == []
    top = review.comments_page.tree.topLevelItem(0)
    assert top.text(2) == "Ghi rõ người vắng mặt" and "Nguyễn Thị Lan" in top.text(4)

    assert review.take(Action.SUBMIT) and review.take(Action.APPROVE)
    assert spy.calls == []
    stored = db.get(seed_record.id)
    assert stored.meeting.status is Status.APPROVED
    assert _row(window, seed_record.id)[:2] == ("Đã duyệt", "")
    assert "Phiên bản đã duyệt 1" in review.bar.revision_label.text()
    assert tab.editor.version() == stored.version
    assert tab.derived.derive_button.isEnabled()  # approving enables "Lập văn bản"
