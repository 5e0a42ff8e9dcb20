"""Qt's own buttons and dialogs speak Vietnamese in the Vietnamese interface (our qtbase_vi)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from minutes_app.ui.i18n import install_translators, remove_translators, translations_dir

SB = QDialogButtonBox.StandardButton


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:  # noqa: ANN001
    translators = install_translators(qapp, "vi")
    yield
    remove_translators(qapp, translators)


def test_vietnamese_loads_our_qtbase_where_qt_ships_none(qapp: QApplication) -> None:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translators = install_translators(qapp, "vi")
    try:
        files = [Path(t.filePath()) for t in translators]
    finally:
        remove_translators(qapp, translators)
    if (qt_dir / "qtbase_vi.qm").exists():
        assert files == [qt_dir / "qtbase_vi.qm"], "Qt's own catalogue comes first"
    else:
        assert files == [translations_dir() / "qtbase_vi.qm"]


def test_message_box_buttons_and_details_are_vietnamese(vietnamese: None) -> None:
    mb = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning, "Tiêu đề", "Nội dung", mb.Ok | mb.Cancel)
    box.setDetailedText("Chi tiết kỹ thuật")
    texts = {box.button(mb.Ok).text(), box.button(mb.Cancel).text()}
    assert texts == {"OK", "Hủy"}
    details = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert [b.text() for b in details] == ["Hiện chi tiết…"]


def test_dialog_button_box_standard_buttons_are_vietnamese(vietnamese: None) -> None:
    expected = {
        SB.Ok: "OK",
        SB.Cancel: "Hủy",
        SB.Close: "Đóng",
        SB.Save: "Lưu",
        SB.Discard: "Không lưu",
        SB.Yes: "&Có",
        SB.No: "&Không",
        SB.Apply: "Áp dụng",
        SB.Help: "Trợ giúp",
        SB.Open: "Mở",
        SB.Reset: "Đặt lại",
        SB.RestoreDefaults: "Khôi phục mặc định",
    }
    buttons = QDialogButtonBox()
    for which in expected:
        buttons.addButton(which)
    assert {which: buttons.button(which).text() for which in expected} == expected


def test_text_field_context_menu_is_vietnamese(vietnamese: None) -> None:
    field = QLineEdit("chữ")
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán"]
    assert "Chọn tất cả" in texts


def _texts(root: QWidget) -> set[str]:
    """Return every text a user can read in ``root``: labels, buttons, titles, tabs, lists, tips."""
    found: set[str] = {root.windowTitle()}
    children: list[QObject] = [root, *root.findChildren(QObject)]
    for child in children:
        if isinstance(child, QAbstractButton | QLabel):
            found.add(child.text())
        if isinstance(child, QGroupBox):
            found.add(child.title())
        if isinstance(child, QTabWidget):
            found.update(child.tabText(i) for i in range(child.count()))
        if isinstance(child, QComboBox):
            found.update(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QWidget):
            found.add(child.toolTip())
            found.update(action.text() for action in child.actions())
    return {text for text in found if any(ch.isalpha() for ch in text)}


def _dialog_texts(make: Callable[[], QDialog]) -> set[str]:
    dialog = make()
    dialog.show()
    QApplication.processEvents()
    try:
        return _texts(dialog)
    finally:
        dialog.hide()
        dialog.deleteLater()


def _file_dialog() -> QDialog:
    dialog = QFileDialog(None, "Lưu biên bản", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux desktops
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


_printers: list[QPrinter] = []  # the dialog keeps a pointer to its printer: keep it alive


def _print_dialog() -> QDialog:
    _printers.append(QPrinter())
    return QPrintDialog(_printers[-1])


# Texts that read the same in both languages (names, units, the window title we set).
SAME_IN_BOTH = {"OK", "PDF", "Lưu biên bản"}


@pytest.mark.parametrize("make", [_file_dialog, _print_dialog], ids=["file", "print"])
def test_qt_dialogs_leave_no_english_text(qapp: QApplication, make: Callable[[], QDialog]) -> None:
    english = _dialog_texts(make)
    translators = install_translators(qapp, "vi")
    try:
        vietnamese = _dialog_texts(make)
    finally:
        remove_translators(qapp, translators)
    left = {t for t in english & vietnamese if t not in SAME_IN_BOTH and "/" not in t}
    assert not left, f"English left in Qt's dialog under the Vietnamese interface: {sorted(left)}"
    assert len(english) > 5, "the dialog showed almost nothing: the check would prove little"
