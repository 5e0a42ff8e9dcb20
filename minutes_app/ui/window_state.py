"""What the main window shows of the moment: its title and "*", the saved state in the status
bar, which actions can be used and the live mode's check mark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.ui.meeting_list_page import MeetingListPage
from minutes_app.ui.meeting_tabs import MeetingTabs
from minutes_app.ui.window_actions import WindowActions
from minutes_app.ui.window_title import meeting_heading, window_title


class WindowState(QObject):
    """Redraws the title, the saved state and the actions from the tabs and the list.

    Owns ``saved_label`` (for the status bar). Emits ``modified_changed(modified)`` and
    ``title_changed(title)`` (with Qt's ``[*]``) for the window to show; reads the current
    meeting through ``current_meeting_id``.
    """

    modified_changed = Signal(bool)
    title_changed = Signal(str)

    def __init__(
        self,
        tabs: MeetingTabs,
        list_page: MeetingListPage,
        act: WindowActions,
        current_meeting_id: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.list_page = list_page
        self.act = act
        self.current_meeting_id = current_meeting_id
        self.saved_label = QLabel(parent)

    def update_window_state(self) -> None:
        """Show the saved state in the title ("*"), the status bar and the tab titles."""
        self.tabs.update_titles()
        saved = self.tabs.is_everything_saved()
        self.modified_changed.emit(not saved)
        editor = self.tabs.current_editor()
        heading = meeting_heading(editor) if editor is not None else ""
        self.title_changed.emit(window_title(heading, self.list_page.body_name))
        if not self.tabs.meeting_tabs():
            self.saved_label.setText("")
        elif saved:
            self.saved_label.setText(self.tr("Đã lưu mọi thay đổi"))
        else:
            self.saved_label.setText(self.tr("Có thay đổi chưa lưu…"))

    def update_actions(self) -> None:
        """Enable the actions that have a meeting, a selected row or an open tab to act on."""
        has_current = self.current_meeting_id() is not None
        for action in (
            self.act.duplicate,
            self.act.save_template,
            self.act.delete,
            self.act.export_json,
            self.act.export_pdf,
            self.act.export_docx,
            self.act.print,
        ):
            action.setEnabled(has_current)
        self.act.open.setEnabled(self.list_page.selected_summary() is not None)
        self.act.live.setEnabled(has_current)
        self.act.save.setEnabled(bool(self.tabs.meeting_tabs()))
        self.act.close_tab.setEnabled(self.tabs.current_tab() is not None)

    def refresh(self) -> None:
        """Redraw the title, the saved state and the actions after rows or tabs changed."""
        self.update_window_state()
        self.update_actions()

    def sync_live_action(self) -> None:
        """Check "Đang họp" when the current editor is in the live mode."""
        editor = self.tabs.current_editor()
        self.act.live.setChecked(editor is not None and editor.is_live_mode())

    def on_listed(self) -> None:
        if not self.list_page.query():  # the title names the body of the whole list
            self.update_window_state()
        self.update_actions()

    def on_current_tab_changed(self, _index: int) -> None:
        self.sync_live_action()
        self.update_actions()
        self.update_window_state()
