"""The main window's actions, menus and toolbar: what each action shows, in one table.

``WindowActions`` makes every action from its row of the table (text, shortcut, tip, icon), lays
out the menus and the toolbar, and says which entry of a group was chosen through its signals.
What an action does is hooked up by the window (``MainWindow._hook_up``), one line per action.
The texts keep the window's translation context, ``MainWindow``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar, QWidget

from minutes_app.domain.dataclass import dataclass
from minutes_app.ui.i18n import language_names
from minutes_app.ui.settings import Settings
from minutes_app.ui.text_size import DEFAULT_TEXT_SIZE, TEXT_SIZES

CONTEXT = "MainWindow"
Shortcut = QKeySequence.StandardKey | str | None
StandardKey = QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation under ``context``; it is translated when shown."""
    return text


def tr(text: str) -> str:
    """Translate a text of the table (marked with ``QT_TRANSLATE_NOOP``)."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ActionSpec:
    """One row of the table: how an action looks; what it does is the window's."""

    text: str
    shortcut: Shortcut = None
    tip: str = ""  # the status bar's text, also the tooltip unless ``status_tip_only``
    icon: str = ""  # a freedesktop icon name
    checkable: bool = False
    # An action of the window itself, so its shortcut works wherever the focus is.
    in_window: bool = True
    status_tip_only: bool = False


# The table: one row per action, in the order they were always made (the window's action list).
NEW = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Biên bản mới…"),
    StandardKey.New,
    QT_TRANSLATE_NOOP("MainWindow", "Tạo biên bản mới từ mẫu hoặc trống"),
    "document-new",
)
NEW_PREVIOUS = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Biên bản mới từ &cuộc họp trước…"),
    "Ctrl+Shift+N",
    QT_TRANSLATE_NOOP(
        "MainWindow", "Tạo biên bản kỳ này từ một cuộc họp trước (chuyển tháng, năm sang kỳ sau)"
    ),
)
SAVE_TEMPLATE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Lưu làm &mẫu…"),
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "Lưu biên bản này thành mẫu của bạn, để soạn các cuộc họp sau"
    ),
)
DELETE_TEMPLATE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Xóa mẫu của tôi…"),
    tip=QT_TRANSLATE_NOOP("MainWindow", "Xóa một mẫu bạn đã lưu"),
)
OPEN = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Mở biên bản"),
    StandardKey.Open,
    QT_TRANSLATE_NOOP("MainWindow", "Mở biên bản đang chọn trong danh sách"),
    "document-open",
)
SAVE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Lưu"),
    StandardKey.Save,
    QT_TRANSLATE_NOOP(
        "MainWindow", "Lưu ngay biên bản đang soạn (ứng dụng cũng tự lưu sau mỗi lần sửa)"
    ),
    "document-save",
)
DUPLICATE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Nhân bản"),
    "Ctrl+D",
    QT_TRANSLATE_NOOP("MainWindow", "Tạo một bản sao của biên bản"),
    "edit-copy",
)
# Delete only from the list (``list_table``): in the editor the key belongs to the text and tables.
DELETE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Xóa biên bản"),
    StandardKey.Delete,
    QT_TRANSLATE_NOOP("MainWindow", "Xóa biên bản đang chọn"),
    "edit-delete",
    in_window=False,
)
CLOSE_TAB = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Đó&ng biên bản"), StandardKey.Close)
IMPORT_JSON = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Nhập từ JSON…"),
    "Ctrl+I",
    QT_TRANSLATE_NOOP("MainWindow", "Nhập biên bản từ tệp JSON"),
    "document-import",
)
EXPORT_JSON = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Xuất &JSON…"),
    "Ctrl+Shift+J",
    QT_TRANSLATE_NOOP("MainWindow", "Lưu biên bản ra tệp JSON"),
)
EXPORT_PDF = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Xuất &PDF…"),
    "Ctrl+Shift+E",
    QT_TRANSLATE_NOOP("MainWindow", "Xuất biên bản ra tệp PDF đúng thể thức"),
    "document-export",
)
EXPORT_DOCX = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Xuất &DOCX…"),
    "Ctrl+Shift+D",
    QT_TRANSLATE_NOOP("MainWindow", "Xuất biên bản ra tệp Word (DOCX)"),
)
PRINT = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&In…"),
    StandardKey.Print,
    QT_TRANSLATE_NOOP("MainWindow", "In biên bản"),
    "document-print",
)
OPEN_AFTER = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Mở tệp sau khi xuất"), checkable=True, in_window=False
)
OPEN_DB = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Mở tệp cơ sở dữ liệu khác…"), "Ctrl+Shift+O")
BATCH_EXPORT = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Xuất &hàng loạt…"),
    "Ctrl+Shift+B",
    QT_TRANSLATE_NOOP("MainWindow", "Xuất nhiều biên bản cùng lúc theo trạng thái và khoảng ngày"),
)
RESTORE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Khôi phục từ bản sao lưu…"),
    tip=QT_TRANSLATE_NOOP("MainWindow", "Thay cơ sở dữ liệu bằng một bản sao lưu của nó"),
)
NEW_DB = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Tạo tệp cơ sở dữ liệu mới…"))
QUIT = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Thoát"), StandardKey.Quit, icon="application-exit"
)
FIND = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Tìm…"),
    StandardKey.Find,
    QT_TRANSLATE_NOOP("MainWindow", "Tìm trong biên bản đang soạn (ở danh sách: tìm biên bản)"),
    "edit-find",
)
REPLACE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Tìm và &thay thế…"),
    "Ctrl+H",
    QT_TRANSLATE_NOOP("MainWindow", "Tìm và thay thế trong biên bản đang soạn"),
    "edit-find-replace",
)
FIND_NEXT = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Tìm &tiếp"), "F3")
FIND_PREVIOUS = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Tìm &lùi"), "Shift+F3")
PREVIEW = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Bản &xem trước PDF"), "F9", checkable=True)
LIVE = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "Đang &họp"),
    "Ctrl+M",
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Ghi biên bản ngay trong cuộc họp: đồng hồ, điểm danh, người phát biểu, biểu quyết (Ctrl+M)",
    ),
    checkable=True,
)
LIST = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "&Danh sách biên bản"), "Ctrl+L")
SECTIONS = [
    ActionSpec(text, f"Ctrl+{n}")
    for n, text in enumerate(
        (
            QT_TRANSLATE_NOOP("MainWindow", "Thông tin chung"),
            QT_TRANSLATE_NOOP("MainWindow", "Thành phần"),
            QT_TRANSLATE_NOOP("MainWindow", "Nội dung"),
            QT_TRANSLATE_NOOP("MainWindow", "Kết luận và biểu quyết"),
            QT_TRANSLATE_NOOP("MainWindow", "Nhiệm vụ"),
            QT_TRANSLATE_NOOP("MainWindow", "Ký và nơi nhận"),
        ),
        start=1,
    )
]
ABOUT = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "&Giới thiệu"))
HELP = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Hướng dẫn sử dụng"),
    StandardKey.HelpContents,
    QT_TRANSLATE_NOOP(
        "MainWindow", "Hướng dẫn có hình minh họa, đọc được khi không có mạng (F1: phần đang xem)"
    ),
    "help-contents",
)
FIRST_START = ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "Hướng dẫn &nhanh khi bắt đầu"))
USER_NAME = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Tên của bạn…"),
    tip=QT_TRANSLATE_NOOP("MainWindow", "Tên ghi vào lịch sử duyệt và nhật ký thay đổi"),
)
SPELL_CHECK = ActionSpec(
    QT_TRANSLATE_NOOP("MainWindow", "&Kiểm tra chính tả khi gõ"),
    tip=QT_TRANSLATE_NOOP(
        "MainWindow",
        "Gạch chân đỏ các từ không có trong từ điển tiếng Việt (bấm chuột phải để sửa)",
    ),
    checkable=True,
    in_window=False,
    status_tip_only=True,
)
UNDO = QT_TRANSLATE_NOOP("MainWindow", "&Hoàn tác")
REDO = QT_TRANSLATE_NOOP("MainWindow", "&Làm lại")
DEFAULT_SIZE = QT_TRANSLATE_NOOP("MainWindow", "%1 (mặc định)")
SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("MainWindow", "Theo hệ thống")
FILE_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Tệp")
RECENT_MENU = QT_TRANSLATE_NOOP("MainWindow", "Tệp cơ sở dữ liệu &gần đây")
EDIT_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Sửa")
VIEW_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Xem")
SECTIONS_MENU = QT_TRANSLATE_NOOP("MainWindow", "Đi tới &mục")
TEXT_SIZE_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Cỡ chữ khi soạn")
OPTIONS_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Tùy chọn")
LANGUAGE_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Ngôn ngữ")
HELP_MENU = QT_TRANSLATE_NOOP("MainWindow", "Trợ &giúp")
TOOLBAR = QT_TRANSLATE_NOOP("MainWindow", "Thanh công cụ")


def make_action(parent: QWidget, row: ActionSpec) -> QAction:
    """Return the action of ``row``, added to ``parent`` when it is one of the window's own."""
    action = QAction(tr(row.text), parent)
    if row.checkable:
        action.setCheckable(True)
    if row.shortcut is not None:
        action.setShortcut(QKeySequence(row.shortcut))
    if row.tip:
        action.setStatusTip(tr(row.tip))
        if not row.status_tip_only:
            action.setToolTip(tr(row.tip))
    if row.icon:
        action.setIcon(QIcon.fromTheme(row.icon))
    if row.in_window:
        parent.addAction(action)
    return action


def on_trigger(action: QAction, slot: Callable[[], object]) -> None:
    """Run ``slot`` (without arguments) each time ``action`` is triggered."""
    action.triggered.connect(lambda _checked=False: slot())


def _add_menu(parent: QMenuBar | QMenu, title: str, *groups: Sequence[QAction]) -> QMenu:
    """Add the menu ``title`` to ``parent``: its groups of actions, separated by lines."""
    menu = parent.addMenu(tr(title))
    for n, group in enumerate(groups):
        if n:
            menu.addSeparator()
        menu.addActions(list(group))
    return menu


class WindowActions(QObject):
    """The main window's actions, made from the table, and its menus and toolbar.

    Emits ``section_chosen(index)`` for "Đi tới mục", ``text_size_chosen(percent)`` and
    ``language_chosen(code)`` ("" follows the system) when one entry of those groups is chosen.
    """

    section_chosen = Signal(int)
    text_size_chosen = Signal(int)
    language_chosen = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        undo_group: QUndoGroup,
        list_table: QWidget,
    ) -> None:
        super().__init__(window)
        self.main_window = window

        def make(row: ActionSpec) -> QAction:
            return make_action(window, row)

        self.new = make(NEW)
        self.new_previous = make(NEW_PREVIOUS)
        self.save_template = make(SAVE_TEMPLATE)
        self.delete_template = make(DELETE_TEMPLATE)
        self.open = make(OPEN)
        self.save = make(SAVE)
        self.duplicate = make(DUPLICATE)
        self.delete = make(DELETE)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        list_table.addAction(self.delete)
        self.close_tab = make(CLOSE_TAB)
        self.import_json = make(IMPORT_JSON)
        self.export_json = make(EXPORT_JSON)
        self.export_pdf = make(EXPORT_PDF)
        self.export_docx = make(EXPORT_DOCX)
        self.print = make(PRINT)
        self.open_after = make(OPEN_AFTER)
        self.open_after.setChecked(settings.open_after_export)
        self.open_db = make(OPEN_DB)
        self.batch_export = make(BATCH_EXPORT)
        self.restore = make(RESTORE)
        self.new_db = make(NEW_DB)
        self.quit = make(QUIT)
        self.find = make(FIND)
        self.replace = make(REPLACE)
        self.find_next = make(FIND_NEXT)
        self.find_previous = make(FIND_PREVIOUS)
        self.text_size_group = QActionGroup(window)
        self.text_sizes: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            label = f"{percent}%"
            if percent == DEFAULT_TEXT_SIZE:
                label = tr(DEFAULT_SIZE).replace("%1", label)
            action = QAction(label, self.text_size_group)
            action.setCheckable(True)
            action.setChecked(percent == settings.editor_text_size)
            action.triggered.connect(lambda _on=False, p=percent: self.text_size_chosen.emit(p))
            self.text_sizes[percent] = action
        self.undo = undo_group.createUndoAction(window, tr(UNDO))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = undo_group.createRedoAction(window, tr(REDO))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        # The menu names the edit ("Hoàn tác Sửa Nội dung 1, ý kiến 2: …"), and so does the
        # tooltip; the toolbar button keeps its short name, or it widens at every edit.
        for action, name in ((self.undo, UNDO), (self.redo, REDO)):
            action.setIconText(tr(name).replace("&", ""))
        self.preview = make(PREVIEW)
        self.preview.setChecked(settings.show_preview)
        self.live = make(LIVE)
        self.list = make(LIST)
        self.sections = [make(row) for row in SECTIONS]
        for index, action in enumerate(self.sections):
            action.triggered.connect(lambda _on=False, i=index: self.section_chosen.emit(i))
        self.about = make(ABOUT)
        self.help = make(HELP)
        self.first_start = make(FIRST_START)
        self.user_name = make(USER_NAME)
        self.spell_check = make(SPELL_CHECK)
        self.spell_check.setChecked(settings.spell_check)
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in [("", tr(SYSTEM_LANGUAGE)), *language_names().items()]:
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(settings.language == code)
            action.triggered.connect(lambda _on=False, c=code: self.language_chosen.emit(c))
            self.languages[code] = action

    def build_menus(self, bar: QMenuBar, more: Sequence[QMenu]) -> None:
        """Lay out the menu bar; ``more`` (signing, Word review) come before the help menu."""
        file_menu = _add_menu(
            bar,
            FILE_MENU,
            [self.new, self.new_previous, self.open, self.save, self.duplicate, self.delete],
            [self.save_template, self.delete_template],
            [self.import_json, self.export_json],
            [self.export_pdf, self.export_docx, self.print, self.open_after],
            [self.batch_export],
            [self.open_db, self.new_db, self.restore],
        )
        self.recent_menu = file_menu.addMenu(tr(RECENT_MENU))
        file_menu.addSeparator()
        file_menu.addActions([self.close_tab, self.quit])
        _add_menu(
            bar,
            EDIT_MENU,
            [self.undo, self.redo],
            [self.find, self.replace, self.find_next, self.find_previous],
        )
        view_menu = _add_menu(bar, VIEW_MENU, [self.list, self.live])
        _add_menu(view_menu, SECTIONS_MENU, self.sections)
        view_menu.addAction(self.preview)
        _add_menu(view_menu, TEXT_SIZE_MENU, self.text_size_group.actions())
        options_menu = bar.addMenu(tr(OPTIONS_MENU))
        _add_menu(options_menu, LANGUAGE_MENU, self.language_group.actions())
        options_menu.addActions([self.user_name, self.spell_check])
        for menu in more:
            bar.addMenu(menu)
        _add_menu(bar, HELP_MENU, [self.help, self.first_start], [self.about])

    def build_toolbar(self) -> QToolBar:
        """Return the window's toolbar (text only, not movable), added to the window."""
        toolbar = QToolBar(tr(TOOLBAR), self.main_window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        groups = (
            [self.new, self.open, self.save, self.duplicate, self.delete],
            [self.import_json, self.export_pdf, self.export_docx, self.print],
            [self.undo, self.redo],
            [self.live],
        )
        for n, group in enumerate(groups):
            if n:
                toolbar.addSeparator()
            toolbar.addActions(group)
        self.main_window.addToolBar(toolbar)
        return toolbar
