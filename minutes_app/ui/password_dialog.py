"""The password question of the office database: typed hidden, optionally kept in the keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """Asks for one password; "Đăng nhập" is enabled once something is typed."""

    def __init__(
        self, title: str, label: str, *, offer_remember: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.label.setBuddy(self.field)
        self.keep = QCheckBox(self.tr("&Ghi nhớ mật khẩu trên máy này"), self)
        self.keep.setToolTip(
            self.tr(
                "Mật khẩu được cất trong kho mật khẩu của hệ điều hành (Windows: Credential "
                "Manager), không ghi vào tệp nào của ứng dụng"
            )
        )
        self.keep.setVisible(offer_remember)
        self._offer_remember = offer_remember
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Đăng nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.ok.setDefault(True)
        self.field.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.keep)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())
        self.field.setFocus()

    def password(self) -> str:
        """Return the password typed."""
        return self.field.text()

    def remember(self) -> bool:
        """Return True when the user asked to keep the password on this computer."""
        return self._offer_remember and self.keep.isChecked()
