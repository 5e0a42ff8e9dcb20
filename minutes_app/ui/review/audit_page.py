"""The review panel's audit page: every recorded change of the meeting, field by field."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from minutes_app.domain.labels import audit_action_label, field_label, value_text
from minutes_app.domain.text import local_time_text
from minutes_app.store import AuditEntry, Store
from minutes_app.ui.context import AppContext
from minutes_app.ui.review.page import LazyPage


class AuditPage(LazyPage[Sequence[AuditEntry]]):
    """The audit log of one meeting; read from the database only while shown.

    A save, a step and a comment each write audit rows: the panel invalidates the page.
    """

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Người"),
                self.tr("Thao tác"),
                self.tr("Trường"),
                self.tr("Giá trị cũ"),
                self.tr("Giá trị mới"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def query(self) -> Callable[[Store], Sequence[AuditEntry]]:
        meeting_id = self._id
        return lambda db: db.review.audit(meeting_id)

    def show_rows(self, rows: Sequence[AuditEntry]) -> None:
        entries = rows
        language = self.context.language
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            values = [
                local_time_text(e.at),
                e.by,
                audit_action_label(e.action, language),
                field_label(e.path, language) if e.path else "",
                value_text(e.path, e.old, language) or "",
                value_text(e.path, e.new, language) or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
