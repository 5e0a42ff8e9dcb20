"""Ask and tell the user through one injected interface: Qt dialogs in the app, a fake in tests."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


class Interaction:
    """What code may ask or tell the user; this base answers headlessly and logs."""

    def confirm(
        self, title: str, text: str, *, default: bool = False, ok_text: str = "", details: str = ""
    ) -> bool:
        """Ask a yes/no question; return True for yes."""
        log.info("confirm (headless, answering %s): %s: %s", default, title, text)
        return default

    def information(self, title: str, text: str, details: str = "") -> None:
        """Tell the user something."""
        log.info("%s: %s %s", title, text, details)

    def warning(self, title: str, text: str, details: str = "") -> None:
        """Warn the user about something that did not stop the work."""
        log.warning("%s: %s %s", title, text, details)

    def error(self, title: str, text: str, details: str = "") -> None:
        """Report an error the user must see."""
        log.error("%s: %s %s", title, text, details)

    def choose(
        self, title: str, text: str, options: Sequence[str], details: str = ""
    ) -> int | None:
        """Offer several buttons; return the index chosen, None if cancelled."""
        log.info("choose (headless, cancelled): %s: %s", title, text)
        return None

    def choose_item(
        self, title: str, label: str, items: Sequence[str], current: int = 0
    ) -> int | None:
        """Let the user pick one item of a list; return its index, None if cancelled."""
        return None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text (``text`` is offered first); return it, None if cancelled."""
        return None

    def ask_password(
        self, title: str, label: str, *, offer_remember: bool = False
    ) -> tuple[str, bool] | None:
        """Ask for a password, never shown as typed; return it and whether to remember it on
        this computer (only when ``offer_remember``), None if cancelled."""
        log.info("password asked (headless, cancelled): %s", title)
        return None

    def choose_open_file(self, title: str, directory: str = "", filters: str = "") -> Path | None:
        """Let the user pick an existing file."""
        return None

    def choose_open_files(self, title: str, directory: str = "", filters: str = "") -> list[Path]:
        """Let the user pick one or more existing files."""
        return []

    def choose_save_file(self, title: str, directory: str = "", filters: str = "") -> Path | None:
        """Let the user pick a file to write (``directory`` may include a suggested file name)."""
        return None


class QtInteraction(Interaction):
    """Modal Qt dialogs, parented to the widget given by ``parent`` (the main window once built)."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent or (lambda: None)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> QMessageBox:
        box = QMessageBox(self._parent())
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        return box

    def confirm(
        self, title: str, text: str, *, default: bool = False, ok_text: str = "", details: str = ""
    ) -> bool:
        box = self._box(QMessageBox.Icon.Question, title, text, details)
        yes = box.addButton(
            ok_text or QCoreApplication.translate("Interaction", "Đồng ý"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        no = box.addButton(
            QCoreApplication.translate("Interaction", "Hủy"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes if default else no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        box = self._box(icon, title, text, details)
        box.addButton(
            QCoreApplication.translate("Interaction", "Đóng"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()

    def information(self, title: str, text: str, details: str = "") -> None:
        self._tell(QMessageBox.Icon.Information, title, text, details)

    def warning(self, title: str, text: str, details: str = "") -> None:
        self._tell(QMessageBox.Icon.Warning, title, text, details)

    def error(self, title: str, text: str, details: str = "") -> None:
        log.error("%s: %s %s", title, text, details)
        self._tell(QMessageBox.Icon.Critical, title, text, details)

    def choose(
        self, title: str, text: str, options: Sequence[str], details: str = ""
    ) -> int | None:
        box = self._box(QMessageBox.Icon.Question, title, text, details)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        cancel = box.addButton(
            QCoreApplication.translate("Interaction", "Hủy"), QMessageBox.ButtonRole.RejectRole
        )
        box.setEscapeButton(cancel)
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def choose_item(
        self, title: str, label: str, items: Sequence[str], current: int = 0
    ) -> int | None:
        dialog = QInputDialog(self._parent())
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(list(items))
        dialog.setComboBoxEditable(False)
        dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems, True)
        dialog.setOkButtonText(QCoreApplication.translate("Interaction", "Chọn"))
        dialog.setCancelButtonText(QCoreApplication.translate("Interaction", "Hủy"))
        if 0 <= current < len(items):
            dialog.setTextValue(items[current])
        # Wide enough for the longest item (template names carry a description).
        longest = max((dialog.fontMetrics().horizontalAdvance(i) for i in items), default=0)
        dialog.resize(min(max(longest + 90, 420), 1000), 360)
        if not dialog.exec():
            return None
        chosen = dialog.textValue()
        return list(items).index(chosen) if chosen in items else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self._parent())
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextValue(text)
        dialog.setOkButtonText(QCoreApplication.translate("Interaction", "Đồng ý"))
        dialog.setCancelButtonText(QCoreApplication.translate("Interaction", "Hủy"))
        dialog.resize(480, dialog.sizeHint().height())
        return dialog.textValue() if dialog.exec() else None

    def ask_password(
        self, title: str, label: str, *, offer_remember: bool = False
    ) -> tuple[str, bool] | None:
        from minutes_app.ui.password_dialog import PasswordDialog

        dialog = PasswordDialog(title, label, offer_remember=offer_remember, parent=self._parent())
        if not dialog.exec():
            return None
        return dialog.password(), dialog.remember()

    def choose_open_file(self, title: str, directory: str = "", filters: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), title, directory, filters)
        return Path(name) if name else None

    def choose_open_files(self, title: str, directory: str = "", filters: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self._parent(), title, directory, filters)
        return [Path(n) for n in names]

    def choose_save_file(self, title: str, directory: str = "", filters: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), title, directory, filters)
        return Path(name) if name else None
