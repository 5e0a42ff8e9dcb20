"""A short notice after a removal: what went, and a button (and Ctrl+Z) to bring it back."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from minutes_app.ui.editor.session import EditSession

SHOWN_MS = 15000


class UndoNotice(QFrame):
    """``Đã xóa «…» — Hoàn tác (Ctrl+Z)``, hidden again after a while or once used."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("undo_notice")
        self.setStyleSheet(
            "QFrame#undo_notice { background: #e8f0fe; border: 1px solid #9ab5e6; "
            "border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Hoàn tác (Ctrl+Z)"), self)
        self.undo_button.clicked.connect(self.undo)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._undo_index = -1
        self.hide()

    def show_removed(self, text: str) -> None:
        """Say what a removal just took away (the removal is the latest undo step)."""
        self.label.setText(text)
        self._undo_index = self.session.undo_stack.index()
        self.show()
        self._timer.start(SHOWN_MS)

    def undo(self) -> None:
        """Take the removal back, if it is still the latest step."""
        stack = self.session.undo_stack
        if stack.index() == self._undo_index:
            stack.undo()
        self.hide()
