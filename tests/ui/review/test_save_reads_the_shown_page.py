"""After a save the review side reads only what the page shown shows, and nothing when hidden.

A save can change the version, the meeting's parts (the editor has both), the audit rows and
the differences against the current draft; it cannot change the status, the workflow history,
the approved revisions or the comments.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QTableWidget

from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_tab import MeetingTab

#: The store's reads a review page makes (``db.get`` reads the meeting for the workflow bar).
REVIEW_READS = ("audit", "history", "revisions", "diff", "comments")
PAGES = {"comments": 0, "history": 1, "diff": 2, "audit": 3}


class ReadSpy:
    """Records each read of the store made by the review side, on any connection (the UI
    thread's, or the task lane's own), never a verb's."""

    def __init__(self, db: object, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        self.off_ui_thread: list[str] = []  # the reads made on a worker thread
        review = type(db.review)  # type: ignore[attr-defined]
        targets = [(type(db), name) for name in ("get", "summary")]
        targets += [(review, name) for name in REVIEW_READS]
        for owner, name in targets:
            real = getattr(owner, name)

            def spy(*args: object, _real=real, _name=name, **kwargs: object) -> object:  # noqa: ANN001
                caller = sys._getframe(1).f_globals.get("__name__", "")
                if caller.startswith(("minutes_app.ui.review", "minutes_app.ui.meeting_tab")):
                    self.calls.append(_name)
                    if threading.current_thread() is not threading.main_thread():
                        self.off_ui_thread.append(_name)
                return _real(*args, **kwargs)

            monkeypatch.setattr(owner, name, spy)


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    from minutes_app.ui.editor import MeetingEditor

    win = MainWindow(app_context, editor_factory=MeetingEditor)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    return win


def _open(window: MainWindow, meeting_id: int, page: str) -> MeetingTab:
    tab = window.open_meeting(meeting_id)
    assert tab is not None
    tab.side.setCurrentWidget(tab.review)
    tab.review.tabs.setCurrentIndex(PAGES[page])
    return tab


def _save(tab: MeetingTab, location: str) -> None:
    """Type a new place and save it, then let the review side do what it does after a save."""
    session = tab.editor.session
    assert session is not None and session.set("location", location)
    assert tab.editor.flush()
    timer = tab._review_timer
    if timer.isActive():  # the review's catch-up after a save, without waiting for it
        timer.stop()
        timer.timeout.emit()
    assert tab.context.tasks.wait_for_lane()  # a read it started there has shown its rows


def _audit_rows(tab: MeetingTab) -> list[list[str]]:
    """Return the rows the audit page shows, as text."""
    page = tab.review.tabs.widget(PAGES["audit"])
    grid = page if isinstance(page, QTableWidget) else page.findChild(QTableWidget)
    assert grid is not None
    return [
        [grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())
    ]


def test_a_save_on_the_comments_page_reads_nothing_then_the_audit_page_shows_it(
    window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    tab = _open(window, seed_record.id, "comments")
    spy = ReadSpy(app_context.db, monkeypatch)
    _save(tab, "Phòng họp số 2")
    assert spy.calls == []
    # What the save changed reached the panel from the editor: the version approval carries.
    assert (
        tab.review.version() == tab.editor.version() == app_context.db.get(seed_record.id).version
    )

    tab.review.tabs.setCurrentIndex(PAGES["audit"])
    assert spy.calls == ["audit"]
    change = next(r for r in _audit_rows(tab) if r[3] == "Địa điểm")
    assert change[2] == "Sửa" and change[5] == "Phòng họp số 2"

    spy.calls.clear()
    tab.review.tabs.setCurrentIndex(PAGES["comments"])
    tab.review.tabs.setCurrentIndex(PAGES["audit"])
    assert spy.calls == []  # nothing new since: shown again, not read again


def test_a_save_on_the_audit_page_reads_the_audit_alone(
    window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    tab = _open(window, seed_record.id, "audit")
    spy = ReadSpy(app_context.db, monkeypatch)
    _save(tab, "Hội trường B")
    assert spy.calls == ["audit"] == spy.off_ui_thread  # read on the task lane
    assert any(r[3] == "Địa điểm" and r[5] == "Hội trường B" for r in _audit_rows(tab))

    spy.calls.clear()
    tab.review.tabs.setCurrentIndex(PAGES["history"])
    assert spy.calls == []  # a save adds no workflow step


def test_a_save_on_the_differences_page_reads_the_differences_alone(
    window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    db = app_context.db
    db.review.submit(seed_record.id, "Nguyễn Thị Lan")
    db.review.approve(seed_record.id, "Mai Văn Thanh")
    db.review.reopen(seed_record.id, "Mai Văn Thanh", "Sửa địa điểm")
    tab = _open(window, seed_record.id, "diff")
    assert not any(line.startswith("Địa điểm") for line in tab.review.compare(1, "current"))
    spy = ReadSpy(db, monkeypatch)
    _save(tab, "Hội trường C")
    assert spy.calls == ["diff"] == spy.off_ui_thread
    lines = tab.review.compare(1, "current")
    assert any(line.startswith("Địa điểm") and "Hội trường C" in line for line in lines)


def test_a_draft_never_approved_is_not_compared_with_itself_after_a_save(
    window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    # Never approved, the draft is the only version: the differences page compares it with
    # itself, which has none. A save must not read and diff a megabyte to find that out.
    tab = _open(window, seed_record.id, "diff")
    assert tab.review.diff_page.lines() == ["(không có khác biệt)"]
    spy = ReadSpy(app_context.db, monkeypatch)
    _save(tab, "Hội trường F")
    tab.review.tabs.setCurrentIndex(PAGES["audit"])
    tab.review.tabs.setCurrentIndex(PAGES["diff"])
    assert "diff" not in spy.calls and "get" not in spy.calls
    assert tab.review.diff_page.lines() == ["(không có khác biệt)"]


def test_with_the_review_tab_hidden_a_save_reads_nothing(
    window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    tab = _open(window, seed_record.id, "audit")
    tab.side.setCurrentWidget(tab.derived)
    spy = ReadSpy(app_context.db, monkeypatch)
    _save(tab, "Hội trường D")
    _save(tab, "Hội trường E")
    assert spy.calls == []
    tab.side.setCurrentWidget(tab.review)  # shown again: it catches up
    assert any(r[3] == "Địa điểm" and r[5] == "Hội trường E" for r in _audit_rows(tab))
    # The workflow bar and the page shown are read; the pages not shown are not.
    assert spy.calls.count("audit") == 1 and "comments" not in spy.calls and "diff" not in spy.calls


def test_a_save_lists_the_meetings_parts_only_once_the_comments_are_shown(
    window, app_context, seed_record, monkeypatch
) -> None:  # noqa: ANN001
    # Every autosave hands its meeting to the comments page; listing the parts of a long
    # meeting on the UI thread while nobody looks at them made typing wait.
    from minutes_app.ui.review import comments_page

    listed: list[int] = []
    real = comments_page.comment_parts

    def counting(meeting, language="vi"):  # noqa: ANN001, ANN202
        listed.append(1)
        return real(meeting, language)

    monkeypatch.setattr(comments_page, "comment_parts", counting)
    window.show()
    tab = _open(window, seed_record.id, "audit")
    listed.clear()
    session = tab.editor.session
    assert session is not None
    session.insert("agenda", 1, session.meeting.agenda[0].__class__(title="Mục mới"))
    _save(tab, "Hội trường G")
    assert listed == []
    tab.review.tabs.setCurrentIndex(PAGES["comments"])
    assert listed == [1] and "agenda[1]" in tab.review.comments_page.parts()
