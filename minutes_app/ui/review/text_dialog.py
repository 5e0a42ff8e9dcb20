"""The box a reviewer writes a comment, a reply or a reason in: long text wraps as it is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

# Asks for a text (title, label); returns None when cancelled.
TextAsker = Callable[[QWidget | None, str, str], str | None]


class CommentDialog(QDialog):
    """A titled box with a wrapped prompt, a wrapping text field, and "Đồng ý" / "Hủy"."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setObjectName("comment_dialog")
        self.setWindowTitle(title)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        # QInputDialog's multi-line box never wraps: a comment ran off to the right.
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setTabChangesFocus(True)
        self.label.setBuddy(self.edit)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Đồng ý"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def text(self) -> str:
        """Return what was typed."""
        return self.edit.toPlainText()


def ask_text_with_dialog(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a multi-line text in a box that wraps; None when cancelled."""
    dialog = CommentDialog(parent, title, label)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.text() if accepted else None
    finally:
        dialog.deleteLater()
