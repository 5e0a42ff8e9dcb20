"""What every editor section shares: its bound fields, its problems list, jumping to a field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import message
from minutes_app.domain.fields import is_within
from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.labels import describe_path
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import mark_problem
from minutes_app.ui.i18n import current_language
from minutes_app.ui.problem_icons import problem_icon

PATH_DATA = Qt.ItemDataRole.UserRole + 1


class ProblemsList(QListWidget):
    """The problems of one section, at its bottom; activating one jumps to its field."""

    path_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Các vấn đề cần sửa"))
        self.itemClicked.connect(self._jump)
        self.itemActivated.connect(self._jump)
        self.setVisible(False)

    def show_problems(self, problems: list[Problem]) -> None:
        """List ``problems`` (errors first); hide the list when there are none."""
        self.clear()
        ordered = sorted(problems, key=lambda p: not p.is_error)
        for problem in ordered:
            where = describe_path(problem.path) if problem.path else ""
            said = message(problem, current_language())
            text = f"{where}: {said}" if where else said
            item = QListWidgetItem(problem_icon(problem.is_error), text)
            item.setData(PATH_DATA, problem.path)
            item.setToolTip(self.tr("Bấm để đến ô cần sửa"))
            self.addItem(item)
        rows = min(len(ordered), 4)
        self.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 8 if rows else 0)
        self.setVisible(bool(ordered))

    def _jump(self, item: QListWidgetItem) -> None:
        self.path_activated.emit(item.data(PATH_DATA) or "")


class Section(QWidget):
    """One page of the editor; subclasses add fields with ``register`` in reading order."""

    prefixes: tuple[str, ...] = ()

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, QWidget] = {}
        self.problems: list[Problem] = []
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(8, 8, 8, 8)
        self.body = QVBoxLayout()
        self.outer.addLayout(self.body, 1)
        self.problems_list = ProblemsList(self)
        self.problems_list.path_activated.connect(self.focus_path)
        self.outer.addWidget(self.problems_list)

    def move_problems_last(self) -> None:
        """Put the problems list after the fields in the Tab order (it was created first)."""
        self.outer.removeWidget(self.problems_list)
        self.problems_list.setParent(None)
        self.problems_list.setParent(self)
        self.outer.addWidget(self.problems_list)

    def heading(self, text: str) -> QLabel:
        """Return a bold section heading label."""
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setProperty("fontScale", 1.15)  # kept when the text size changes (text_size.py)
        return label

    def first_field(self) -> QWidget | None:
        """Return the first widget that Tab would reach in this section."""
        target = self.nextInFocusChain()
        while target is not None and target is not self:
            if (
                self.isAncestorOf(target)
                and target.isEnabled()
                and target.isVisibleTo(self)
                and target.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return target
            target = target.nextInFocusChain()
        return None

    def register(self, path: str, widget: QWidget) -> QWidget:
        """Remember which widget shows ``path`` (for problems and navigation)."""
        self.fields[path] = widget
        return widget

    def owns(self, path: str) -> bool:
        """Return True when a problem at ``path`` belongs to this section."""
        return any(is_within(path, prefix) for prefix in self.prefixes)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show the section's problems next to their fields and in the list at the bottom."""
        self.problems = [p for p in problems if self.owns(p.path)]
        by_widget: dict[int, tuple[QWidget, list[Problem]]] = {}
        for widget in self.fields.values():
            by_widget.setdefault(id(widget), (widget, []))
        for problem in self.problems:
            shown = self.widget_for(problem.path)
            if shown is not None and id(shown) in by_widget:
                by_widget[id(shown)][1].append(problem)
        for widget, found in by_widget.values():
            severity = "error" if any(p.is_error for p in found) else ("warning" if found else "")
            mark_problem(widget, severity, "\n".join(message(p, current_language()) for p in found))
        self.show_model_problems(problems)
        self.problems_list.show_problems(self.problems)

    def show_model_problems(self, problems: list[Problem]) -> None:
        """Give the problems to the section's table models (subclasses with tables)."""

    def widget_for(self, path: str) -> QWidget | None:
        """Return the widget that shows ``path`` (exact, else the nearest registered parent)."""
        if path in self.fields:
            return self.fields[path]
        candidates = [p for p in self.fields if is_within(path, p)]
        return self.fields[max(candidates, key=len)] if candidates else None

    def focus_path(self, path: str) -> bool:
        """Bring the field of ``path`` into view and give it the keyboard focus."""
        widget = self.widget_for(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        """Disable the section's buttons (fields follow the session's read-only flag)."""
