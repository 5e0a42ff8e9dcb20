"""The main window: meeting list with search, editors beside a live PDF preview, menus, toolbar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from minutes_app.services.changes import Changes
from minutes_app.ui.app_icon import app_icon
from minutes_app.ui.context import AppContext
from minutes_app.ui.database_switcher import DatabaseSwitcher
from minutes_app.ui.export_actions import ExportActions
from minutes_app.ui.file_drop import FileDrop
from minutes_app.ui.help_actions import HelpActions, LanguageChoice
from minutes_app.ui.meeting_commands import MeetingCommands
from minutes_app.ui.meeting_list_page import MeetingListPage
from minutes_app.ui.meeting_tab import MeetingTab
from minutes_app.ui.meeting_tabs import EditorFactory, MeetingTabs, load_editor_class
from minutes_app.ui.office_listener import OfficeListener
from minutes_app.ui.review import change_user_name
from minutes_app.ui.spelling import spelling_service
from minutes_app.ui.text_size import apply_text_size
from minutes_app.ui.window_actions import WindowActions, on_trigger
from minutes_app.ui.window_state import WindowState


class MainWindow(QMainWindow):
    """The meetings of one database: list, search, editors, exports."""

    def __init__(
        self,
        context: AppContext,
        *,
        editor_factory: EditorFactory | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.context = context
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.exports = ExportActions(context, self)
        self.exports.status_message.connect(self.on_exports_status_message)

        self.list_page = MeetingListPage(context, self)
        self.list_page.meeting_activated.connect(self.open_meeting)
        self.tabs = MeetingTabs(
            context, self.list_page, editor_factory or load_editor_class(), self
        )
        self.tabs.stepped.connect(lambda changes: self.on_changes(changes, self.tabs))
        self.setCentralWidget(self.tabs)
        self.commands = MeetingCommands(
            context, self.list_page, self.tabs, self.exports, self, today=today
        )
        self.commands.status_message.connect(self.show_status)
        self.office = OfficeListener(context, self.list_page, self.tabs, self)
        self.office.status_message.connect(self.show_status)
        self.databases = DatabaseSwitcher(context, self.tabs, self)
        self.databases.closing.connect(self.office.stop)
        self.databases.switched.connect(self.on_database_switched)
        self.databases.gave_up.connect(self.close)
        self.help = HelpActions(context, self.tabs, self)
        self.language = LanguageChoice(context, self)

        self.task_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.task_label)
        self.context.tasks.label_changed.connect(self.task_label.setText)
        self.context.tasks.changed.connect(self.on_changes)

        self.act = WindowActions(self, context.settings, self.tabs.undo_group, self.list_page.table)
        self.window_state = state = WindowState(
            self.tabs, self.list_page, self.act, self.commands.current_meeting_id, self
        )
        self.statusBar().addPermanentWidget(state.saved_label)
        state.modified_changed.connect(self.setWindowModified)
        state.title_changed.connect(self.setWindowTitle)
        self.list_page.selection_changed.connect(state.update_actions)
        self.list_page.listed.connect(state.on_listed)
        self.tabs.state_changed.connect(state.update_window_state)
        self.tabs.live_mode_changed.connect(state.sync_live_action)
        self.tabs.currentChanged.connect(state.on_current_tab_changed)
        for part in (self.commands, self.office):
            part.state_changed.connect(state.refresh)
        self.databases.restored.connect(self.refresh_list)
        self.databases.restored.connect(state.update_window_state)
        self._hook_up()
        from minutes_app.ui.signing_actions import SigningActions
        from minutes_app.ui.word_review import WordReviewActions

        self.signing = SigningActions(context, self, self.commands.current_meeting_id)
        self.word_review = WordReviewActions(
            context, self, self.commands.current_meeting_id, self._current_session
        )
        self.act.build_menus(self.menuBar(), [self.signing.menu(), self.word_review.menu()])
        recent = self.act.recent_menu
        recent.aboutToShow.connect(lambda: self.databases.fill_recent_menu(recent))
        self.drop = FileDrop(self)  # a PDF dropped on the window has its signatures checked
        self.drop.pdf_dropped.connect(self.signing.verify_path)
        self.drop.review_copy_dropped.connect(self.word_review.receive)
        self.toolbar = self.act.build_toolbar()

        self.statusBar().addPermanentWidget(self.office.label)
        self.office.listen()

        self.resize(1280, 800)
        self._restore_state()
        self.refresh_list()
        self.reopen_session()
        state.update_window_state()

    # -- wiring -----------------------------------------------------------------------------
    def _hook_up(self) -> None:
        """What each action does (how each looks is ``window_actions``' table)."""
        a, c, dbs, on = self.act, self.commands, self.databases, on_trigger
        on(a.new, c.new_meeting)
        on(a.new_previous, c.new_from_previous)
        on(a.save_template, c.save_as_template)
        on(a.delete_template, c.delete_own_template)
        on(a.open, self.open_selected)
        on(a.save, c.save_current)
        on(a.duplicate, c.duplicate_current)
        on(a.delete, c.delete_current)
        on(a.close_tab, self.tabs.close_current_tab)
        on(a.import_json, c.import_json)
        on(a.export_json, c.export_json)
        on(a.export_pdf, lambda: c.export_document("pdf"))
        on(a.export_docx, lambda: c.export_document("docx"))
        on(a.print, c.print_current)
        a.open_after.toggled.connect(self.on_open_after_toggled)
        on(a.open_db, dbs.open_other_database)
        on(a.batch_export, c.batch_export)
        on(a.restore, dbs.restore_backup)
        on(a.new_db, dbs.create_database)
        on(a.quit, self.close)
        on(a.find, lambda: self.find_in_meeting(replace=False))
        on(a.replace, lambda: self.find_in_meeting(replace=True))
        on(a.find_next, lambda: self.find_again(backward=False))
        on(a.find_previous, lambda: self.find_again(backward=True))
        a.text_size_chosen.connect(self.set_text_size)
        a.preview.toggled.connect(self.on_preview_toggled)
        on(a.live, self.toggle_live_mode)
        on(a.list, self.tabs.show_list)
        a.section_chosen.connect(self.show_section)
        on(a.about, self.help.show_about)
        on(a.help, self.help.open_help)
        on(a.first_start, self.help.show_first_start_guide)
        on(a.user_name, self.on_user_name_requested)
        a.spell_check.toggled.connect(lambda on_: spelling_service(self.context).set_enabled(on_))
        a.language_chosen.connect(self.language.choose)

    def _restore_state(self) -> None:
        geometry = self.context.settings.state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.context.settings.state("main/state")
        if state is not None:
            self.restoreState(state)

    def reopen_session(self) -> None:
        """Open again the meetings that were open when the app last stopped (or was killed)."""
        ids = self.tabs.reopen_session()
        if ids:
            self.select_meeting(ids[-1])

    def _current_session(self) -> Any:
        editor = self.tabs.current_editor()
        return editor.session if editor is not None else None

    # -- the list ---------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """Show the meetings matching the search box (all of them when it is empty)."""
        self.list_page.refresh()

    def focus_search(self) -> None:
        self.tabs.show_list()
        self.list_page.focus_search()

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the list row of ``meeting_id``; return False when it is not listed."""
        return self.list_page.select_meeting(meeting_id)

    def on_changes(self, changes: Changes, _initiator: object) -> None:
        """Refresh the list rows a verb names and the saved state; read nothing back."""
        self.list_page.show_changes(changes)
        if not changes.database_replaced:
            self.window_state.update_window_state()

    # -- editors ----------------------------------------------------------------------------
    def current_tab(self) -> MeetingTab | None:
        return self.tabs.current_tab()

    def open_meeting(self, meeting_id: int) -> MeetingTab | None:
        """Show the meeting in its editor tab, opening one when needed."""
        return self.tabs.open_meeting(meeting_id)

    def open_selected(self) -> None:
        summary = self.list_page.selected_summary()
        if summary is not None:
            self.open_meeting(summary.id)

    def close_tab(self, tab: MeetingTab, *, flush: bool = True) -> bool:
        """Close one meeting tab after saving it; return False if the user chose to keep it open."""
        return self.tabs.close_tab(tab, flush=flush)

    # -- find and replace, text size, sections, live mode -----------------------------------
    def find_in_meeting(self, *, replace: bool) -> None:
        """Ctrl+F / Ctrl+H: find (and replace) in the open meeting; on the list, find meetings."""
        tab = self.current_tab()
        bar = tab.ensure_find_bar() if tab is not None else None
        if bar is None:
            self.focus_search()
            return
        bar.open(replace=replace)

    def find_again(self, *, backward: bool) -> None:
        """F3 / Shift+F3: the next or previous match of what was last looked for."""
        tab = self.current_tab()
        bar = tab.ensure_find_bar() if tab is not None else None
        if bar is None:
            return
        if not bar.query():
            bar.open(replace=False)
            return
        bar.find_next(backward=backward)

    def set_text_size(self, percent: int) -> None:
        """Show every editor's text at ``percent`` of the system font, now and from now on."""
        self.context.settings.editor_text_size = percent
        for tab in self.tabs.meeting_tabs():
            apply_text_size(tab.editor_widget, percent)
        action = self.act.text_sizes.get(percent)
        if action is not None:
            action.setChecked(True)

    def show_section(self, index: int) -> None:
        editor = self.commands.open_editor()
        if editor is not None:
            editor.show_section(index)

    def toggle_live_mode(self) -> None:
        """Show the current meeting in the live mode ("Đang họp"), or back in the editor."""
        editor = self.commands.open_editor()
        if editor is not None:
            editor.set_live_mode(not editor.is_live_mode())
        self.window_state.sync_live_action()

    # -- status bar, databases, options, closing ----------------------------------------------
    def show_status(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def on_exports_status_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 10000)
        else:
            self.statusBar().clearMessage()

    def on_open_after_toggled(self, checked: bool) -> None:
        self.context.settings.open_after_export = checked

    def on_database_switched(self, path: Path) -> None:
        self.office.listen()
        self.list_page.search_box.clear()
        self.refresh_list()
        self.window_state.update_window_state()
        self.statusBar().showMessage(self.tr("Đã mở %1").replace("%1", str(path)), 8000)

    def on_user_name_requested(self) -> None:
        if change_user_name(self.context, self):
            self.statusBar().showMessage(
                self.tr("Tên của bạn: %1").replace("%1", self.context.user_name), 5000
            )

    def on_preview_toggled(self, checked: bool) -> None:
        self.context.settings.show_preview = checked
        self.tabs.set_preview_shown(checked)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.tabs.flush_all():
            event.ignore()
            return
        if self.context.tasks.is_busy():
            self.context.tasks.wait(30000)
        self.context.settings.set_state("main/geometry", self.saveGeometry())
        self.context.settings.set_state("main/state", self.saveState())
        self.context.settings.sync()
        for tab in self.tabs.meeting_tabs():
            tab.preview.timer.stop()
        self.office.stop()
        event.accept()
