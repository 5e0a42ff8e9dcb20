"""The main window's tabs: the list page first, then one tab per open meeting, and their undo."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QTabWidget, QWidget

from minutes_app.store import MeetingRecord, StoreError
from minutes_app.ui import collector
from minutes_app.ui.context import AppContext
from minutes_app.ui.editor_protocol import Editor
from minutes_app.ui.errors import report_error
from minutes_app.ui.meeting_tab import MeetingTab
from minutes_app.ui.spelling import attach_spelling
from minutes_app.ui.text_size import DEFAULT_TEXT_SIZE, apply_text_size

log = logging.getLogger(__name__)

EditorFactory = Callable[[AppContext, MeetingRecord, QWidget], Editor]


def load_editor_class() -> EditorFactory:
    """Return the meeting editor class (imported on first use: the window starts sooner)."""
    from minutes_app.ui.editor import MeetingEditor

    return MeetingEditor


class MeetingTabs(QTabWidget):
    """The open meetings, each in its tab after the list page; one ``QUndoGroup`` over them.

    Owns opening, saving before closing, the saved state shown in the tab titles and the open
    meetings remembered for the next start. Emits ``state_changed()`` when a tab's saved state
    or title may have changed, ``live_mode_changed()`` when an editor enters or leaves the live
    mode, and ``stepped(changes)`` with the ``Changes`` of a review step taken in a tab.
    """

    state_changed = Signal()
    live_mode_changed = Signal()
    stepped = Signal(object)

    def __init__(
        self,
        context: AppContext,
        list_page: QWidget,
        editor_factory: EditorFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editor_factory = editor_factory
        self.undo_group = QUndoGroup(self)
        # Whether tabs show the PDF preview (the window's "Bản xem trước PDF").
        self.preview_shown = context.settings.show_preview
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.addTab(list_page, self.tr("Danh sách biên bản"))
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self.on_close_requested)
        self.currentChanged.connect(self.on_current_changed)

    # -- the tabs ----------------------------------------------------------------------------
    def meeting_tabs(self) -> list[MeetingTab]:
        """Return the open meeting tabs in tab order."""
        tabs = (self.widget(i) for i in range(self.count()))
        return [t for t in tabs if isinstance(t, MeetingTab)]

    def tab_of(self, meeting_id: int) -> MeetingTab | None:
        return next((t for t in self.meeting_tabs() if t.meeting_id() == meeting_id), None)

    def current_tab(self) -> MeetingTab | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, MeetingTab) else None

    def current_editor(self) -> Editor | None:
        tab = self.current_tab()
        return tab.editor if tab else None

    def show_list(self) -> None:
        self.setCurrentIndex(0)

    # -- opening and closing -----------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> MeetingTab | None:
        """Show the meeting in its editor tab, opening one when needed."""
        existing = self.tab_of(meeting_id)
        if existing is not None:
            self.setCurrentWidget(existing)
            return existing
        try:
            record = self.context.db.get(meeting_id)
        except StoreError as exc:
            report_error(self.context, self.tr("Không mở được biên bản"), exc)
            return None
        try:
            editor = self.editor_factory(self.context, record, self.window())
        except Exception as exc:  # a broken editor must not take the window down
            log.exception("cannot build the editor")
            report_error(self.context, self.tr("Không mở được biên bản"), exc)
            return None
        tab = MeetingTab(self.context, editor, self)
        try:
            attach_spelling(editor, self.context)
        except Exception:  # spell checking is a help: never a reason not to open a meeting
            log.exception("spell checking could not be attached")
        if self.context.settings.editor_text_size != DEFAULT_TEXT_SIZE:
            apply_text_size(tab.editor_widget, self.context.settings.editor_text_size)
        tab.set_preview_shown(self.preview_shown)
        tab.review.stepped.connect(self.stepped)
        editor.save_state_changed.connect(lambda _saved: self.state_changed.emit())
        # The saved row comes with the save's Changes (on_changes): only the title is redrawn.
        editor.meeting_saved.connect(lambda _id: self.state_changed.emit())
        editor.meeting_changed.connect(self.state_changed)
        editor.live_mode_changed.connect(lambda _on: self.live_mode_changed.emit())
        self.undo_group.addStack(editor.undo_stack())
        index = self.addTab(tab, "")
        self._size_splitter(tab)
        tab.splitterMoved.connect(
            lambda *_: self.context.settings.set_state("tab/splitter", tab.saveState())
        )
        self.setCurrentIndex(index)
        self.state_changed.emit()
        self.remember_session()
        collector.meeting_opened()  # its objects live as long as the tab: freeze them
        if self.preview_shown:
            tab.preview.refresh_now()
        return tab

    def _size_splitter(self, tab: MeetingTab) -> None:
        state = self.context.settings.state("tab/splitter")
        if state is not None and tab.restoreState(state):
            return
        width = max(self.width(), 800)
        tab.setSizes([width * 60 // 100, width * 40 // 100])

    def close_tab(self, tab: MeetingTab, *, flush: bool = True) -> bool:
        """Close one meeting tab after saving it; return False if the user chose to keep it open."""
        editor = tab.editor
        if flush and not self.flush_or_ask(editor):
            return False
        self.undo_group.removeStack(editor.undo_stack())
        self.removeTab(self.indexOf(tab))
        tab.preview.timer.stop()
        tab.deleteLater()
        self.state_changed.emit()
        self.remember_session()
        collector.meeting_closed()
        return True

    def close_all(self) -> None:
        """Close every meeting tab without saving (saved already, or given up)."""
        for tab in self.meeting_tabs():
            self.close_tab(tab, flush=False)

    def close_current_tab(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            self.close_tab(tab)

    def on_close_requested(self, index: int) -> None:
        tab = self.widget(index)
        if isinstance(tab, MeetingTab):
            self.close_tab(tab)

    def on_current_changed(self, _index: int) -> None:
        editor = self.current_editor()
        # None (the list page) leaves no stack active: PySide6 accepts it, its stubs do not.
        self.undo_group.setActiveStack(editor.undo_stack() if editor is not None else None)  # type: ignore[arg-type]

    def set_preview_shown(self, shown: bool) -> None:
        """Show or hide the PDF preview in every tab (and in those opened later)."""
        self.preview_shown = shown
        for tab in self.meeting_tabs():
            tab.set_preview_shown(shown)
            if shown:
                tab.preview.schedule_refresh()

    # -- the open meetings at the next start -------------------------------------------------
    def reopen_session(self) -> list[int]:
        """Open again the meetings open when the app last stopped (or was killed); return them."""
        ids = self.context.settings.open_meetings(self.context.db_path)
        for meeting_id in ids:
            try:
                self.context.db.get(meeting_id)
            except StoreError:
                continue
            self.open_meeting(meeting_id)
        return ids

    def remember_session(self) -> None:
        self.context.settings.set_open_meetings(
            self.context.db_path, [t.meeting_id() for t in self.meeting_tabs()]
        )

    # -- saving ------------------------------------------------------------------------------
    def flush_or_ask(self, editor: Editor) -> bool:
        """Save the editor now; if that fails, ask whether to give up its unsaved changes."""
        try:
            if editor.flush():
                return True
        except Exception:  # flush must not raise, but a bug here must not lose the question
            log.exception("flush failed")
        title = self.tab_title(editor)
        return self.context.interaction.confirm(
            self.tr("Chưa lưu được biên bản"),
            self.tr(
                "Không lưu được các thay đổi của biên bản “%1”.\n\n"
                "Nếu tiếp tục, các thay đổi chưa lưu sẽ bị mất. Vẫn tiếp tục?"
            ).replace("%1", title),
            default=False,
            ok_text=self.tr("Bỏ các thay đổi"),
        )

    def flush_all(self) -> bool:
        """Save every open editor; return False if the user chose to stay after a failed save."""
        return all(self.flush_or_ask(tab.editor) for tab in self.meeting_tabs())

    def tab_title(self, editor: Editor) -> str:
        title = editor.meeting_title().strip()
        return title or self.tr("(chưa có tên)")

    def is_everything_saved(self) -> bool:
        return all(t.editor.is_saved() for t in self.meeting_tabs())

    def update_titles(self) -> None:
        """Show each meeting's title in its tab, marked "*" while it has unsaved changes."""
        for tab in self.meeting_tabs():
            title = self.tab_title(tab.editor)
            short = title if len(title) <= 32 else title[:31] + "…"
            mark = "" if tab.editor.is_saved() else "*"
            index = self.indexOf(tab)
            # Called at every keystroke: setting a tab's text lays the whole bar out again.
            if self.tabText(index) != short + mark:
                self.setTabText(index, short + mark)
            if self.tabToolTip(index) != title:
                self.setTabToolTip(index, title)
