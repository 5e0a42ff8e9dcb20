"""The user's own name (preference ``user/name``): asked once, used for approvals and comments."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.context import AppContext

#: Asks for a name given the current one; returns None when cancelled.
NameAsker = Callable[[QWidget | None, str], str | None]


class UserNameDialog(QDialog):
    """Ask the user for their full name (e.g. ``Nguyễn Thị Lan``), as the records show it."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tên của bạn"))
        label = QLabel(
            self.tr(
                "Tên của bạn được ghi vào lịch sử duyệt, ý kiến góp ý và nhật ký thay đổi. "
                "Hãy nhập họ tên đầy đủ, có dấu (ví dụ: Nguyễn Thị Lan)."
            ),
            self,
        )
        label.setWordWrap(True)
        self.name_edit = QLineEdit(current, self)
        self.name_edit.setObjectName("user_name_edit")
        self.name_edit.setPlaceholderText(self.tr("Họ và tên"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))

    def name(self) -> str:
        """Return the name typed, spaces tidied."""
        return " ".join(self.name_edit.text().split())


def ask_name_with_dialog(parent: QWidget | None, current: str) -> str | None:
    """Show ``UserNameDialog`` modally; return the name, None when cancelled."""
    dialog = UserNameDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name() or None


def set_user_name(context: AppContext, name: str) -> None:
    """Remember ``name`` in the preferences, the context and the database connection's audit."""
    context.settings.user_name = name
    context.user_name = name
    context.db.user_name = name


def ensure_user_name(
    context: AppContext, parent: QWidget | None = None, ask: NameAsker | None = None
) -> str:
    """Return the user's name, asking once (and remembering it) when the preferences have none.

    On the office database the login acts, whatever name is given: its name, never asked.
    """
    identity = context.db.identity()
    if identity is not None:
        return identity.full_name or identity.login
    name = context.user_name.strip() or context.settings.user_name.strip()
    if name:
        if context.user_name != name or context.db.user_name != name:
            context.user_name = name
            context.db.user_name = name
        return name
    answer = (ask or ask_name_with_dialog)(parent, "")
    if not answer or not answer.strip():
        return ""
    set_user_name(context, " ".join(answer.split()))
    return context.user_name


def change_user_name(
    context: AppContext, parent: QWidget | None = None, ask: NameAsker | None = None
) -> bool:
    """Let the user change their name (a Preferences menu entry); True when it changed."""
    answer = (ask or ask_name_with_dialog)(parent, context.user_name or context.settings.user_name)
    if not answer or not answer.strip():
        return False
    set_user_name(context, " ".join(answer.split()))
    return True
