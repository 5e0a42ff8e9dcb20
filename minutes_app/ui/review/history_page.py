"""The review panel's history page: the workflow steps of the meeting, oldest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from minutes_app.domain.labels import step_label
from minutes_app.domain.text import local_time_text
from minutes_app.domain.workflow import Action
from minutes_app.store import WorkflowEvent
from minutes_app.ui.context import AppContext


class HistoryPage(QWidget):
    """The workflow steps of one meeting.

    It reads nothing itself: the workflow bar reads the steps (its badge says "returned" from
    the last one) and the panel hands them here, then each step a verb returns. A save adds no
    step, so a save leaves this page alone.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget(self)
        self.list.setObjectName("history_list")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def show_steps(self, steps: Sequence[WorkflowEvent]) -> None:
        """Show ``steps`` (all of the meeting's, oldest first)."""
        self.list.clear()
        for step in steps:
            self.add_step(step)

    def add_step(self, step: WorkflowEvent) -> None:
        """Show one more step (the one a verb just wrote)."""
        label = step_label(step.action.value, self.context.language)
        revision = self.tr(" (phiên bản {n})").format(n=step.revision) if step.revision else ""
        line = f"{local_time_text(step.at)} — {label}{revision} — {step.by}"
        if step.note:
            what = self.tr("ý kiến") if step.action is Action.RETURN else self.tr("lý do")
            line += f"\n    {what}: {step.note}"
        item = QListWidgetItem(line)
        item.setData(Qt.ItemDataRole.UserRole, step.id)
        self.list.addItem(item)
