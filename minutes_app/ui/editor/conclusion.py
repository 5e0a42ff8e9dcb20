"""Section 4, Kết luận và biểu quyết: the conclusion and the votes with live percentages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import Change, EditSession
from minutes_app.ui.editor.table_models import VoteTableModel
from minutes_app.ui.editor.views import CellDelegate, RowTableView
from minutes_app.ui.editor.widgets import BoundPlainTextEdit


class ConclusionSection(Section):
    """The chair's conclusion and the formal votes."""

    prefixes = ("conclusion", "votes")

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(splitter, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading(self.tr("Kết luận cuộc họp")))
        self.conclusion_edit = BoundPlainTextEdit(
            session,
            "conclusion",
            placeholder=self.tr("Kết luận của người chủ trì; để một dòng trống giữa các đoạn."),
        )
        self.register("conclusion", self.conclusion_edit)
        top_layout.addWidget(self.conclusion_edit, 1)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.heading(self.tr("Biểu quyết")))
        self.model = VoteTableModel(session, self)
        self.table = RowTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(None, self.table))
        self.table.setAccessibleName(self.tr("Bảng biểu quyết"))
        bottom_layout.addWidget(self.table, 1)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.warning_label.setVisible(False)
        bottom_layout.addWidget(self.warning_label)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        bottom_layout.addWidget(self.hint_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm &biểu quyết"))
        self.remove_button = QPushButton(self.tr("Xóa biểu quyết"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        bottom_layout.addLayout(buttons)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 300])

        self.add_button.clicked.connect(self.table.append_and_edit)
        self.remove_button.clicked.connect(self.table.remove_current)
        session.changed.connect(self._on_changed)
        self.update_warnings()

    def _on_changed(self, change: Change) -> None:
        if change.kind == "reset" or change.path.startswith(("votes", "attendees")):
            self.update_warnings()

    def update_warnings(self) -> None:
        """Show which votes count more voters than may vote, and the default eligible count."""
        lines = []
        for row, result in self.model.exceeding():
            cast = result.in_favour + result.against + result.abstain
            lines.append(
                self.tr(
                    "⚠ Biểu quyết {n}: tổng số phiếu ({cast}) vượt số người có quyền "
                    "biểu quyết ({eligible})."
                ).format(n=row + 1, cast=cast, eligible=result.eligible)
            )
        self.warning_label.setText("\n".join(lines))
        self.warning_label.setVisible(bool(lines))
        self.hint_label.setText(
            self.tr(
                "Để trống cột “Số người có quyền BQ” thì tính theo số thành viên có mặt ({n}). "
                "Tỷ lệ tính trên số người có quyền biểu quyết."
            ).format(n=self.model.default_eligible())
        )

    def show_model_problems(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)

    def focus_path(self, path: str) -> bool:
        if path == "conclusion":
            self.conclusion_edit.setFocus()
            return True
        cell = self.model.problem_column(path)
        if cell is None:
            return False
        self.table.setCurrentIndex(self.model.index(*cell))
        self.table.setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
