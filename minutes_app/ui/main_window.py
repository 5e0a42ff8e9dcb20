"""The main window: meeting list with search, editors beside a live PDF preview, menus, toolbar."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
)

from minutes_app.domain.workflow import Action
from minutes_app.services.changes import Changes
from minutes_app.store import (
    MeetingSummary,
    StoreError,
)
from minutes_app.ui.context import AppContext
from minutes_app.ui.database_switcher import DatabaseSwitcher
from minutes_app.ui.editor_protocol import Editor
from minutes_app.ui.export_actions import ExportActions
from minutes_app.ui.find_bar import FindBar
from minutes_app.ui.help import FirstStartGuide, HelpWindow
from minutes_app.ui.help import anchor_for as help_anchor_for
from minutes_app.ui.i18n import language_names
from minutes_app.ui.meeting_commands import MeetingCommands
from minutes_app.ui.meeting_list_model import (
    summary_of,
)
from minutes_app.ui.meeting_list_page import MeetingListPage
from minutes_app.ui.meeting_tab import MeetingTab
from minutes_app.ui.meeting_tabs import EditorFactory, MeetingTabs
from minutes_app.ui.office_listener import OfficeListener
from minutes_app.ui.review import change_user_name
from minutes_app.ui.spelling import spelling_service
from minutes_app.ui.text_size import DEFAULT_TEXT_SIZE, TEXT_SIZES, apply_text_size
from minutes_app.ui.window_title import meeting_heading, window_title

log = logging.getLogger(__name__)


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

        self._build_actions()
        self._build_menus()
        self._build_toolbar()

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

    # -- building ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("&Biên bản mới…"),
            self.commands.new_meeting,
            QKeySequence.StandardKey.New,
            self.tr("Tạo biên bản mới từ mẫu hoặc trống"),
            "document-new",
        )
        self.act_new_previous = self._action(
            self.tr("Biên bản mới từ &cuộc họp trước…"),
            self.commands.new_from_previous,
            "Ctrl+Shift+N",
            self.tr("Tạo biên bản kỳ này từ một cuộc họp trước (chuyển tháng, năm sang kỳ sau)"),
        )
        self.act_save_template = self._action(
            self.tr("Lưu làm &mẫu…"),
            self.commands.save_as_template,
            tip=self.tr("Lưu biên bản này thành mẫu của bạn, để soạn các cuộc họp sau"),
        )
        self.act_delete_template = self._action(
            self.tr("Xoá mẫu của tôi…"),
            self.commands.delete_own_template,
            tip=self.tr("Xoá một mẫu bạn đã lưu"),
        )
        self.act_open = self._action(
            self.tr("&Mở biên bản"),
            self.open_selected,
            QKeySequence.StandardKey.Open,
            self.tr("Mở biên bản đang chọn trong danh sách"),
            "document-open",
        )
        self.act_save = self._action(
            self.tr("&Lưu"),
            self.commands.save_current,
            QKeySequence.StandardKey.Save,
            self.tr("Lưu ngay biên bản đang soạn (ứng dụng cũng tự lưu sau mỗi lần sửa)"),
            "document-save",
        )
        self.act_duplicate = self._action(
            self.tr("&Nhân bản"),
            self.commands.duplicate_current,
            "Ctrl+D",
            self.tr("Tạo một bản sao của biên bản"),
            "edit-copy",
        )
        self.act_delete = self._action(
            self.tr("&Xoá biên bản"),
            self.commands.delete_current,
            QKeySequence.StandardKey.Delete,
            self.tr("Xoá biên bản đang chọn"),
            "edit-delete",
        )
        # Delete only from the list: in the editor the key belongs to the text and tables.
        self.removeAction(self.act_delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_page.table.addAction(self.act_delete)
        self.act_close_tab = self._action(
            self.tr("Đó&ng biên bản"), self.close_current_tab, QKeySequence.StandardKey.Close
        )
        self.act_import = self._action(
            self.tr("&Nhập từ JSON…"),
            self.commands.import_json,
            "Ctrl+I",
            self.tr("Nhập biên bản từ tệp JSON"),
            "document-import",
        )
        self.act_export_json = self._action(
            self.tr("Xuất &JSON…"),
            self.commands.export_json,
            "Ctrl+Shift+J",
            self.tr("Lưu biên bản ra tệp JSON"),
        )
        self.act_export_pdf = self._action(
            self.tr("Xuất &PDF…"),
            lambda: self.commands.export_document("pdf"),
            "Ctrl+Shift+E",
            self.tr("Xuất biên bản ra tệp PDF đúng thể thức"),
            "document-export",
        )
        self.act_export_docx = self._action(
            self.tr("Xuất &DOCX…"),
            lambda: self.commands.export_document("docx"),
            "Ctrl+Shift+D",
            self.tr("Xuất biên bản ra tệp Word (DOCX)"),
        )
        self.act_print = self._action(
            self.tr("&In…"),
            self.commands.print_current,
            QKeySequence.StandardKey.Print,
            self.tr("In biên bản"),
            "document-print",
        )
        self.act_open_after = QAction(self.tr("Mở tệp sau khi xuất"), self)
        self.act_open_after.setCheckable(True)
        self.act_open_after.setChecked(self.context.settings.open_after_export)
        self.act_open_after.toggled.connect(self.on_open_after_toggled)
        self.act_open_db = self._action(
            self.tr("Mở tệp cơ sở dữ liệu khác…"), self.open_other_database, "Ctrl+Shift+O"
        )
        self.act_batch_export = self._action(
            self.tr("Xuất &hàng loạt…"),
            self.batch_export,
            "Ctrl+Shift+B",
            self.tr("Xuất nhiều biên bản cùng lúc theo trạng thái và khoảng ngày"),
        )
        self.act_restore = self._action(
            self.tr("&Khôi phục từ bản sao lưu…"),
            self.restore_backup,
            tip=self.tr("Thay cơ sở dữ liệu bằng một bản sao lưu của nó"),
        )
        self.act_new_db = self._action(self.tr("Tạo tệp cơ sở dữ liệu mới…"), self.create_database)
        self.act_quit = self._action(
            self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit, icon="application-exit"
        )
        self.act_find = self._action(
            self.tr("&Tìm…"),
            lambda: self.find_in_meeting(replace=False),
            QKeySequence.StandardKey.Find,
            self.tr("Tìm trong biên bản đang soạn (ở danh sách: tìm biên bản)"),
            "edit-find",
        )
        self.act_replace = self._action(
            self.tr("Tìm và &thay thế…"),
            lambda: self.find_in_meeting(replace=True),
            "Ctrl+H",
            self.tr("Tìm và thay thế trong biên bản đang soạn"),
            "edit-find-replace",
        )
        self.act_find_next = self._action(
            self.tr("Tìm &tiếp"), lambda: self.find_again(backward=False), "F3"
        )
        self.act_find_previous = self._action(
            self.tr("Tìm &lùi"), lambda: self.find_again(backward=True), "Shift+F3"
        )
        self.text_size_group = QActionGroup(self)
        self.text_size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            label = f"{percent}%"
            if percent == DEFAULT_TEXT_SIZE:
                label = self.tr("%1 (mặc định)").replace("%1", label)
            action = QAction(label, self.text_size_group)
            action.setCheckable(True)
            action.setChecked(percent == self.context.settings.editor_text_size)
            action.triggered.connect(lambda _checked=False, p=percent: self.set_text_size(p))
            self.text_size_actions[percent] = action
        self.act_undo = self.tabs.undo_group.createUndoAction(self, self.tr("&Hoàn tác"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.tabs.undo_group.createRedoAction(self, self.tr("&Làm lại"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_preview = QAction(self.tr("Bản &xem trước PDF"), self)
        self.act_preview.setCheckable(True)
        self.act_preview.setShortcut(QKeySequence("F9"))
        self.act_preview.setChecked(self.context.settings.show_preview)
        self.act_preview.toggled.connect(self.on_preview_toggled)
        self.addAction(self.act_preview)
        self.act_live = self._action(
            self.tr("Đang &họp"),
            self.toggle_live_mode,
            "Ctrl+M",
            self.tr(
                "Ghi biên bản ngay trong cuộc họp: đồng hồ, điểm danh, người phát biểu, "
                "biểu quyết (Ctrl+M)"
            ),
        )
        self.act_live.setCheckable(True)
        self.act_list = self._action(self.tr("&Danh sách biên bản"), self.tabs.show_list, "Ctrl+L")
        names = [
            self.tr("Thông tin chung"),
            self.tr("Thành phần"),
            self.tr("Nội dung"),
            self.tr("Kết luận và biểu quyết"),
            self.tr("Nhiệm vụ"),
            self.tr("Ký và nơi nhận"),
        ]
        self.section_actions = [
            self._action(name, self._section_slot(i), f"Ctrl+{i + 1}")
            for i, name in enumerate(names)
        ]
        self.act_about = self._action(self.tr("&Giới thiệu"), self.show_about)
        self.act_help = self._action(
            self.tr("&Hướng dẫn sử dụng"),
            lambda: self.open_help(),
            QKeySequence.StandardKey.HelpContents,
            self.tr("Hướng dẫn có hình minh hoạ, đọc được khi không có mạng (F1: phần đang xem)"),
            "help-contents",
        )
        self.act_first_start = self._action(
            self.tr("Hướng dẫn &nhanh khi bắt đầu"), self.show_first_start_guide
        )
        self.act_user_name = self._action(
            self.tr("&Tên của bạn…"),
            self.on_user_name_requested,
            "",
            self.tr("Tên ghi vào lịch sử duyệt và nhật ký thay đổi"),
        )
        self.act_spell_check = QAction(self.tr("&Kiểm tra chính tả khi gõ"), self)
        self.act_spell_check.setCheckable(True)
        self.act_spell_check.setChecked(self.context.settings.spell_check)
        self.act_spell_check.setStatusTip(
            self.tr("Gạch chân đỏ các từ không có trong từ điển tiếng Việt (bấm chuột phải để sửa)")
        )
        self.act_spell_check.toggled.connect(
            lambda checked: spelling_service(self.context).set_enabled(checked)
        )
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in [("", self.tr("Theo hệ thống")), *language_names().items()]:
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(self.context.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.addActions(
            [
                self.act_new,
                self.act_new_previous,
                self.act_open,
                self.act_save,
                self.act_duplicate,
                self.act_delete,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.act_save_template, self.act_delete_template])
        file_menu.addSeparator()
        file_menu.addActions([self.act_import, self.act_export_json])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.act_export_pdf, self.act_export_docx, self.act_print, self.act_open_after]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.act_batch_export)
        file_menu.addSeparator()
        file_menu.addActions([self.act_open_db, self.act_new_db, self.act_restore])
        self.recent_menu = file_menu.addMenu(self.tr("Tệp cơ sở dữ liệu &gần đây"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.act_close_tab, self.act_quit])

        edit_menu = bar.addMenu(self.tr("&Sửa"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.act_find, self.act_replace, self.act_find_next, self.act_find_previous]
        )

        view_menu = bar.addMenu(self.tr("&Xem"))
        view_menu.addAction(self.act_list)
        view_menu.addAction(self.act_live)
        sections = view_menu.addMenu(self.tr("Đi tới &mục"))
        sections.addActions(self.section_actions)
        view_menu.addAction(self.act_preview)
        text_size_menu = view_menu.addMenu(self.tr("&Cỡ chữ khi soạn"))
        text_size_menu.addActions(self.text_size_group.actions())

        options_menu = bar.addMenu(self.tr("&Tùy chọn"))
        language_menu = options_menu.addMenu(self.tr("&Ngôn ngữ"))
        language_menu.addActions(self.language_group.actions())
        options_menu.addAction(self.act_user_name)
        options_menu.addAction(self.act_spell_check)

        from minutes_app.ui.signing_actions import SigningActions

        self.signing = SigningActions(self.context, self, self.commands.current_meeting_id)
        bar.addMenu(self.signing.menu())
        from minutes_app.ui.word_review import WordReviewActions

        self.word_review = WordReviewActions(
            self.context,
            self,
            self.commands.current_meeting_id,
            lambda: editor.session if (editor := self.current_editor()) is not None else None,
        )
        bar.addMenu(self.word_review.menu())
        self.setAcceptDrops(True)  # a PDF dropped on the window has its signatures checked

        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.addActions([self.act_help, self.act_first_start])
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Thanh công cụ"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addActions(
            [self.act_new, self.act_open, self.act_save, self.act_duplicate, self.act_delete]
        )
        toolbar.addSeparator()
        toolbar.addActions(
            [self.act_import, self.act_export_pdf, self.act_export_docx, self.act_print]
        )
        toolbar.addSeparator()
        toolbar.addActions([self.act_undo, self.act_redo])
        toolbar.addSeparator()
        toolbar.addAction(self.act_live)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

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

    def selected_summary(self) -> MeetingSummary | None:
        """Return the meeting selected in the list."""
        return self.list_page.selected_summary()

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the list row of ``meeting_id``; return False when it is not listed."""
        return self.list_page.select_meeting(meeting_id)

    def on_changes(self, changes: Changes, _initiator: object) -> None:
        """Refresh the list rows a verb names (stored, created, deleted); read nothing back."""
        if changes.database_replaced:
            self.refresh_list()
            return
        created = {record.id for record in changes.created}
        event = changes.event
        for record in changes.stored:
            # "Bị trả lại" and its comment come with a return step; a save (no step) keeps
            # the row's note, a step other than a return clears it (the list model does both).
            note = ""
            if (
                event is not None
                and event.meeting_id == record.id
                and event.action is Action.RETURN
            ):
                note = event.note
            summary = summary_of(record, returned_note=note)
            self.list_page.show_summary(summary, created=record.id in created)
        for meeting_id in changes.deleted:
            self.list_page.remove_meeting(meeting_id)
        if created or changes.deleted:
            self.list_page.update_count()
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
    def meeting_tabs(self) -> list[MeetingTab]:
        """Return the open meeting tabs in tab order."""
        return self.tabs.meeting_tabs()

    def tab_of(self, meeting_id: int) -> MeetingTab | None:
        return self.tabs.tab_of(meeting_id)

    def current_tab(self) -> MeetingTab | None:
        return self.tabs.current_tab()

    def current_editor(self) -> Editor | None:
        return self.tabs.current_editor()

    def open_meeting(self, meeting_id: int) -> MeetingTab | None:
        """Show the meeting in its editor tab, opening one when needed."""
        return self.tabs.open_meeting(meeting_id)

    # -- find and replace, text size --------------------------------------------------------
    def find_bar_of(self, tab: MeetingTab) -> FindBar | None:
        """Return the find bar of ``tab``, made on first use (None for an editor without one)."""
        if tab.find_bar is not None:
            return tab.find_bar
        editor = tab.editor
        layout = editor.layout()
        if editor.session is None or not isinstance(layout, QVBoxLayout):
            return None
        bar = FindBar(editor, tab.preview, tab.editor_widget)
        layout.insertWidget(layout.count() - 1, bar)  # above the editor's saved-state line
        tab.find_bar = bar
        return bar

    def find_in_meeting(self, *, replace: bool) -> None:
        """Ctrl+F / Ctrl+H: find (and replace) in the open meeting; on the list, find meetings."""
        tab = self.current_tab()
        bar = self.find_bar_of(tab) if tab is not None else None
        if bar is None:
            self.focus_search()
            return
        bar.open(replace=replace)

    def find_again(self, *, backward: bool) -> None:
        """F3 / Shift+F3: the next or previous match of what was last looked for."""
        tab = self.current_tab()
        bar = self.find_bar_of(tab) if tab is not None else None
        if bar is None:
            return
        if not bar.query():
            bar.open(replace=False)
            return
        bar.find_next(backward=backward)

    def set_text_size(self, percent: int) -> None:
        """Show every editor's text at ``percent`` of the system font, now and from now on."""
        self.context.settings.editor_text_size = percent
        for tab in self.meeting_tabs():
            apply_text_size(tab.editor_widget, percent)
        action = self.text_size_actions.get(percent)
        if action is not None:
            action.setChecked(True)

    def _section_slot(self, index: int) -> Callable[[], None]:
        return lambda: self.show_section(index)

    def show_section(self, index: int) -> None:
        editor = self.current_editor()
        if editor is None:
            summary = self.selected_summary()
            if summary is None:
                return
            tab = self.open_meeting(summary.id)
            editor = tab.editor if tab else None
        if editor is not None:
            editor.show_section(index)

    def toggle_live_mode(self) -> None:
        """Show the current meeting in the live mode ("Đang họp"), or back in the editor."""
        editor = self.current_editor()
        if editor is None:
            summary = self.selected_summary()
            tab = self.open_meeting(summary.id) if summary is not None else None
            editor = tab.editor if tab is not None else None
        if editor is not None:
            editor.set_live_mode(not editor.is_live_mode())
        self._sync_live_action()

    def _sync_live_action(self) -> None:
        editor = self.current_editor()
        self.act_live.setChecked(editor is not None and editor.is_live_mode())

    def close_tab(self, tab: MeetingTab, *, flush: bool = True) -> bool:
        """Close one meeting tab after saving it; return False if the user chose to keep it open."""
        return self.tabs.close_tab(tab, flush=flush)

    def close_current_tab(self) -> None:
        self.tabs.close_current_tab()

    def on_tabs_current_changed(self, _index: int) -> None:
        self._sync_live_action()
        self.update_actions()
        self.update_window_state()

    def _flush_or_ask(self, editor: Editor) -> bool:
        """Save the editor now; if that fails, ask whether to give up its unsaved changes."""
        return self.tabs.flush_or_ask(editor)

    def flush_all(self) -> bool:
        """Save every open editor; return False if the user chose to stay after a failed save."""
        return self.tabs.flush_all()

    # -- saved state ------------------------------------------------------------------------
    def _tab_title(self, editor: Editor) -> str:
        return self.tabs.tab_title(editor)

    def is_everything_saved(self) -> bool:
        return self.tabs.is_everything_saved()

    def update_window_state(self) -> None:
        """Show the saved state in the title ("*"), the status bar and the tab titles."""
        self.tabs.update_titles()
        saved = self.is_everything_saved()
        self.setWindowModified(not saved)
        editor = self.current_editor()
        heading = meeting_heading(editor) if editor is not None else ""
        self.setWindowTitle(window_title(heading, self.body_name))
        if not self.meeting_tabs():
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
            self.act_duplicate,
            self.act_save_template,
            self.act_delete,
            self.act_export_json,
            self.act_export_pdf,
            self.act_export_docx,
            self.act_print,
        ):
            action.setEnabled(has_current)
        self.act_open.setEnabled(self.selected_summary() is not None)
        self.act_live.setEnabled(has_current)
        self.act_save.setEnabled(bool(self.meeting_tabs()))
        self.act_close_tab.setEnabled(self.current_tab() is not None)

    # -- the current meeting ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.toLocalFile().lower().endswith((".pdf", ".docx")) for u in urls):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        pdfs = [
            u.toLocalFile()
            for u in event.mimeData().urls()
            if u.toLocalFile().lower().endswith(".pdf")
        ]
        # A Word file dropped on a meeting is a returned review copy (issue 16).
        copies = [
            u.toLocalFile()
            for u in event.mimeData().urls()
            if u.toLocalFile().lower().endswith(".docx")
        ]
        if not pdfs and not copies:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for name in pdfs:
            self.signing.verify_path(Path(name))
        for name in copies:
            self.word_review.receive(Path(name))

    def open_selected(self) -> None:
        summary = self.selected_summary()
        if summary is not None:
            self.open_meeting(summary.id)

    def on_open_after_toggled(self, checked: bool) -> None:
        self.context.settings.open_after_export = checked

    def on_exports_status_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 10000)
        else:
            self.statusBar().clearMessage()

    # -- databases --------------------------------------------------------------------------
    def open_other_database(self) -> bool:
        return self.databases.open_other_database()

    def create_database(self) -> bool:
        return self.databases.create_database()

    def switch_database(self, path: Path, *, create: bool = False) -> bool:
        """Save and close the open meetings, then show the database at ``path``."""
        return self.databases.switch_database(path, create=create)

    def on_database_switched(self, path: Path) -> None:
        self.office.listen()
        self.list_page.search_box.clear()
        self.refresh_list()
        self.update_window_state()
        self.statusBar().showMessage(self.tr("Đã mở %1").replace("%1", str(path)), 8000)
        self.database_changed.emit(path)

    def fill_recent_menu(self) -> None:
        self.databases.fill_recent_menu(self.recent_menu)

    # -- language, about --------------------------------------------------------------------
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
        if not self.flush_all():
            return
        from minutes_app.ui.batch_export_dialog import BatchExportDialog

        BatchExportDialog(self.context, self).exec()

    def restore_backup(self) -> bool:
        """Replace the database with one of its backups, after saving and closing everything."""
        return self.databases.restore_backup()

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

    # -- errors, closing --------------------------------------------------------------------
    def on_user_name_requested(self) -> None:
        if change_user_name(self.context, self):
            self.statusBar().showMessage(
                self.tr("Tên của bạn: %1").replace("%1", self.context.user_name), 5000
            )

    def on_preview_toggled(self, checked: bool) -> None:
        self.context.settings.show_preview = checked
        self.tabs.set_preview_shown(checked)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush_all():
            event.ignore()
            return
        if self.context.tasks.is_busy():
            self.context.tasks.wait(30000)
        self.context.settings.set_state("main/geometry", self.saveGeometry())
        self.context.settings.set_state("main/state", self.saveState())
        self.context.settings.sync()
        for tab in self.meeting_tabs():
            tab.preview.timer.stop()
        self.office.stop()
        event.accept()
