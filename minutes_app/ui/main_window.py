"""The main window: meeting list with search, editors beside a live PDF preview, menus, toolbar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow

from minutes_app.services.changes import Changes
from minutes_app.store import StoreError
from minutes_app.ui.context import AppContext
from minutes_app.ui.database_switcher import DatabaseSwitcher
from minutes_app.ui.export_actions import ExportActions
from minutes_app.ui.help import FirstStartGuide, HelpWindow
from minutes_app.ui.help import anchor_for as help_anchor_for
from minutes_app.ui.meeting_commands import MeetingCommands
from minutes_app.ui.meeting_list_page import MeetingListPage
from minutes_app.ui.meeting_tab import MeetingTab
from minutes_app.ui.meeting_tabs import EditorFactory, MeetingTabs
from minutes_app.ui.office_listener import OfficeListener
from minutes_app.ui.review import change_user_name
from minutes_app.ui.spelling import spelling_service
from minutes_app.ui.text_size import apply_text_size
from minutes_app.ui.window_actions import WindowActions, on_trigger
from minutes_app.ui.window_title import meeting_heading, window_title


def load_editor_class() -> EditorFactory:
    """Return the meeting editor class (imported on first use: the window starts sooner)."""
    from minutes_app.ui.editor import MeetingEditor

    return MeetingEditor


def icon_path() -> Path | None:
    """Return the application icon file, if bundled."""
    try:
        from minutes_app.paths import resource

        path = resource("icons", "minutes-app.svg")
    except FileNotFoundError:
        return None
    return path if path.exists() else None


def app_icon() -> QIcon:
    """Return the application icon (empty when the file is missing)."""
    path = icon_path()
    return QIcon(str(path)) if path else QIcon()


class MainWindow(QMainWindow):
    """The meetings of one database: list, search, editors, exports."""

    database_changed = Signal(Path)
    language_chosen = Signal(str)

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
        self.help_window: HelpWindow | None = None
        self.exports = ExportActions(context, self)
        self.exports.status_message.connect(self.on_exports_status_message)

        self.list_page = MeetingListPage(context, self)
        self.list_page.meeting_activated.connect(self.open_meeting)
        self.list_page.selection_changed.connect(self.update_actions)
        self.list_page.listed.connect(self.on_listed)
        self.tabs = MeetingTabs(
            context, self.list_page, editor_factory or load_editor_class(), self
        )
        self.tabs.state_changed.connect(self.update_window_state)
        self.tabs.live_mode_changed.connect(self._sync_live_action)
        self.tabs.stepped.connect(lambda changes: self.on_changes(changes, self.tabs))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.setCentralWidget(self.tabs)
        self.commands = MeetingCommands(
            context, self.list_page, self.tabs, self.exports, self, today=today
        )
        self.commands.status_message.connect(self.show_status)
        self.commands.state_changed.connect(self.refresh_state)
        self.office = OfficeListener(context, self.list_page, self.tabs, self)
        self.office.status_message.connect(self.show_status)
        self.office.state_changed.connect(self.refresh_state)
        self.databases = DatabaseSwitcher(context, self.tabs, self)
        self.databases.closing.connect(self.office.stop)
        self.databases.switched.connect(self.on_database_switched)
        self.databases.restored.connect(self.on_database_restored)
        self.databases.gave_up.connect(self.close)

        self.saved_label = QLabel(self)
        self.task_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.task_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.context.tasks.label_changed.connect(self.task_label.setText)
        self.context.tasks.changed.connect(self.on_changes)

        self.act = WindowActions(self, context.settings, self.tabs.undo_group, self.list_page.table)
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
        self.setAcceptDrops(True)  # a PDF dropped on the window has its signatures checked
        self.toolbar = self.act.build_toolbar()

        self.statusBar().addPermanentWidget(self.office.label)
        self.office.listen()

        self.resize(1280, 800)
        self._restore_state()
        self.refresh_list()
        self.reopen_session()
        self.update_window_state()

    @property
    def body_name(self) -> str:
        """The body most listed minutes come from (the window's title when no meeting is open)."""
        return self.list_page.body_name

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
        on(a.batch_export, self.batch_export)
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
        on(a.about, self.show_about)
        on(a.help, self.open_help)
        on(a.first_start, self.show_first_start_guide)
        on(a.user_name, self.on_user_name_requested)
        a.spell_check.toggled.connect(lambda on_: spelling_service(self.context).set_enabled(on_))
        a.language_chosen.connect(self.choose_language)

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

    def on_listed(self) -> None:
        if not self.list_page.query():  # the title names the body of the whole list
            self.update_window_state()
        self.update_actions()

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
            self.update_window_state()

    def on_meeting_saved(self, meeting_id: int) -> None:
        """Refresh the one list row and the tab title of a meeting changed outside the verbs."""
        try:
            summary = self.context.db.summary(meeting_id)  # with "Bị trả lại" after a return
        except StoreError:
            return
        self.list_page.show_summary(summary)
        self.update_window_state()

    # -- editors ----------------------------------------------------------------------------
    def current_tab(self) -> MeetingTab | None:
        return self.tabs.current_tab()

    def open_meeting(self, meeting_id: int) -> MeetingTab | None:
        """Show the meeting in its editor tab, opening one when needed."""
        return self.tabs.open_meeting(meeting_id)

    # -- find and replace, text size --------------------------------------------------------
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
        self._sync_live_action()

    def _sync_live_action(self) -> None:
        editor = self.tabs.current_editor()
        self.act.live.setChecked(editor is not None and editor.is_live_mode())

    def close_tab(self, tab: MeetingTab, *, flush: bool = True) -> bool:
        """Close one meeting tab after saving it; return False if the user chose to keep it open."""
        return self.tabs.close_tab(tab, flush=flush)

    def on_tabs_current_changed(self, _index: int) -> None:
        self._sync_live_action()
        self.update_actions()
        self.update_window_state()

    def update_window_state(self) -> None:
        """Show the saved state in the title ("*"), the status bar and the tab titles."""
        self.tabs.update_titles()
        saved = self.tabs.is_everything_saved()
        self.setWindowModified(not saved)
        editor = self.tabs.current_editor()
        heading = meeting_heading(editor) if editor is not None else ""
        self.setWindowTitle(window_title(heading, self.body_name))
        if not self.tabs.meeting_tabs():
            self.saved_label.setText("")
        elif saved:
            self.saved_label.setText(self.tr("Đã lưu mọi thay đổi"))
        else:
            self.saved_label.setText(self.tr("Có thay đổi chưa lưu…"))

    def show_status(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def refresh_state(self) -> None:
        """Redraw the title, the saved state and the actions after rows or tabs changed."""
        self.update_window_state()
        self.update_actions()

    def update_actions(self) -> None:
        has_current = self.commands.current_meeting_id() is not None
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
        self.act.close_tab.setEnabled(self.current_tab() is not None)

    # -- dropped files, exports ------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.toLocalFile().lower().endswith((".pdf", ".docx")) for u in urls):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        names = [u.toLocalFile() for u in event.mimeData().urls()]
        pdfs = [Path(name) for name in names if name.lower().endswith(".pdf")]
        # A Word file dropped on a meeting is a returned review copy (issue 16).
        copies = [Path(name) for name in names if name.lower().endswith(".docx")]
        if not pdfs and not copies:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in pdfs:
            self.signing.verify_path(path)
        for path in copies:
            self.word_review.receive(path)

    def open_selected(self) -> None:
        summary = self.list_page.selected_summary()
        if summary is not None:
            self.open_meeting(summary.id)

    def on_open_after_toggled(self, checked: bool) -> None:
        self.context.settings.open_after_export = checked

    def on_exports_status_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 10000)
        else:
            self.statusBar().clearMessage()

    # -- databases, language, help ---------------------------------------------------------
    def on_database_switched(self, path: Path) -> None:
        self.office.listen()
        self.list_page.search_box.clear()
        self.refresh_list()
        self.update_window_state()
        self.statusBar().showMessage(self.tr("Đã mở %1").replace("%1", str(path)), 8000)
        self.database_changed.emit(path)

    def choose_language(self, code: str) -> None:
        """Remember the interface language; it applies at the next start."""
        if code == self.context.settings.language:
            return
        self.context.settings.language = code
        self.language_chosen.emit(code)
        self.context.interaction.information(
            self.tr("Ngôn ngữ"),
            self.tr(
                "Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.\n"
                "The new language applies when the application is restarted."
            ),
        )

    def batch_export(self) -> None:
        """Open the batch export dialog (many meetings at once, in the background)."""
        if not self.tabs.flush_all():
            return
        from minutes_app.ui.batch_export_dialog import BatchExportDialog

        BatchExportDialog(self.context, self).exec()

    def on_database_restored(self) -> None:
        self.refresh_list()
        self.update_window_state()

    def open_help(self, anchor: str | None = None) -> HelpWindow:
        """Show the guide (F1): at ``anchor``, else at the part for what is on screen."""
        if anchor is None:
            anchor = help_anchor_for(self)
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.show_anchor(anchor)
        return self.help_window

    def show_first_start_guide(self) -> FirstStartGuide:
        """Show the short first-start page again."""
        guide = FirstStartGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        return guide

    def show_about(self) -> None:
        """Show the About dialog."""
        from minutes_app.ui.about_dialog import show_about

        show_about(self)

    # -- options, closing ------------------------------------------------------------------
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
