"""Section 5, Nhiệm vụ: the tasks assigned at the meeting, with owner and optional due date."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.table_models import TaskTableModel
from minutes_app.ui.editor.views import CellDelegate, RowTableView


class TasksSection(Section):
    """Who does what by when."""

    prefixes = ("tasks",)

    def __init__(
        self, session: EditSession, directory: PeopleDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.body.addWidget(self.heading(self.tr("Nhiệm vụ được giao")))
        self.model = TaskTableModel(session, self)
        self.table = RowTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(directory, self.table))
        self.table.setAccessibleName(self.tr("Bảng nhiệm vụ"))
        self.body.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Thời hạn gõ theo dạng ngày/tháng/năm (có thể để trống). Enter ở "
                "dòng cuối thêm nhiệm vụ mới."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.body.addWidget(hint)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm &nhiệm vụ"))
        self.remove_button = QPushButton(self.tr("Xóa nhiệm vụ"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.add_button.clicked.connect(self.table.append_and_edit)
        self.remove_button.clicked.connect(self.table.remove_current)
        self.up_button.clicked.connect(lambda: self.table.move_current(-1))
        self.down_button.clicked.connect(lambda: self.table.move_current(1))

    def show_model_problems(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)

    def focus_path(self, path: str) -> bool:
        cell = self.model.problem_column(path)
        if cell is None:
            return False
        self.table.setCurrentIndex(self.model.index(*cell))
        self.table.setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)
