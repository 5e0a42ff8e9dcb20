"""Keyboard-first table and list views: Enter adds the next row, Alt+Up/Down reorders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDropEvent, QIntValidator, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from minutes_app.ui.editor.frozen_column import FrozenColumn
from minutes_app.ui.editor.people import NameCompleter, PeopleDirectory
from minutes_app.ui.editor.table_models import PROBLEM_ROLE, RowsModel

Index = QModelIndex | QPersistentModelIndex


def _is_move_up(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.AltModifier


def _is_move_down(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier


class CellDelegate(QStyledItemDelegate):
    """Editors for the cells: choices as combo boxes, names with completion, counts as digits."""

    #: The user changed a cell editor's value, which reaches the model when the cell closes.
    input_changed = Signal()

    def __init__(self, directory: PeopleDirectory | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.directory = directory

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        model = index.model()
        column = model.columns[index.column()] if isinstance(model, RowsModel) else None
        kind = column.kind if column else "text"
        if kind == "choice" and isinstance(model, RowsModel):
            combo = QComboBox(parent)
            for label, value in model.choices(index.column()):  # type: ignore[attr-defined]
                combo.addItem(label, value)
            combo.activated.connect(self.input_changed)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.textEdited.connect(self.input_changed)
        if kind == "count":
            editor.setValidator(QIntValidator(0, 1_000_000, editor))
            placeholder = getattr(model, "placeholder", None)
            if placeholder is not None:
                editor.setPlaceholderText(placeholder(index.column(), index.row()))
        elif kind == "date":
            editor.setPlaceholderText(self.tr("ngày/tháng/năm"))
        elif kind in ("name", "owner") and self.directory is not None:
            obj = index.data(Qt.ItemDataRole.UserRole + 1)
            if not getattr(obj, "is_group", False):
                NameCompleter(self.directory, editor, voices=kind == "owner")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            if editor.text() == "" or not editor.isModified():
                editor.setText("" if value is None else str(value))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: Index,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        model = index.model()
        if (
            isinstance(model, RowsModel)
            and model.columns[index.column()].kind == "choice"
            and index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            # The cell says it is a list to choose from (F2, Alt+Down or typing opens it).
            painter.save()
            painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))
            arrow = option.rect.adjusted(0, 0, -4, 0)
            painter.drawText(
                arrow, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), "▾"
            )
            painter.restore()
        problem = index.data(PROBLEM_ROLE)
        if problem:
            painter.save()
            colour = Qt.GlobalColor.red if problem == "error" else Qt.GlobalColor.darkYellow
            painter.setPen(colour)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


class RowTableView(QTableView):
    """A table for fast capture: type to edit, Enter on the last row adds the next row,
    Alt+Up/Down moves the current row, Ctrl+Delete removes it."""

    #: A cell being edited holds input the meeting does not have yet (see ``commit_pending``).
    input_pending = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.add_row: Callable[[], int] | None = None
        self._auto_row: tuple[int, int] | None = None  # (row, undo index) of a row Enter added
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.frozen = FrozenColumn(self)
        self._stretch_least: dict[int, int] = {}  # spare-width column -> its least width

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:  # noqa: N802
        super().setItemDelegate(delegate)
        # The frozen column paints with its own delegate: a shared one would send the
        # table's editors' commit and close signals to it as well.
        self.frozen.setItemDelegate(CellDelegate(None, self.frozen))
        if isinstance(delegate, CellDelegate):
            delegate.input_changed.connect(self.input_pending)

    def rows_model(self) -> RowsModel:
        model = self.model()
        assert isinstance(model, RowsModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if isinstance(model, RowsModel):
            header = self.horizontalHeader()
            metrics = header.fontMetrics()
            for i, column in enumerate(model.columns):
                title = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                # never clip a header: at least its text plus the sort arrow's room
                needed = metrics.horizontalAdvance(title) + 28
                self.setColumnWidth(i, max(abs(column.width), needed))
            stretch = [i for i, column in enumerate(model.columns) if column.width < 0]
            header.setStretchLastSection(not stretch)
            # A column that takes the spare width keeps at least half its width: narrower, it
            # would show its text a chopped word per line. The table scrolls sideways instead.
            self._stretch_least = {i: self.columnWidth(i) // 2 for i in stretch}
            for i in stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            self._fit_stretch_columns()
        self.frozen.attach()

    def _fit_stretch_columns(self) -> None:
        """Stretch the spare-width columns while they get their least width, else fix them."""
        least = self._stretch_least
        if not least:
            return
        header = self.horizontalHeader()
        fixed = sum(
            self.columnWidth(i)
            for i in range(header.count())
            if i not in least and not header.isSectionHidden(i)
        )
        share = (self.viewport().width() - fixed) / len(least)
        for i, width in least.items():
            wanted = (
                QHeaderView.ResizeMode.Stretch
                if share >= width
                else QHeaderView.ResizeMode.Interactive
            )
            if header.sectionResizeMode(i) != wanted:
                header.setSectionResizeMode(i, wanted)
                if wanted is QHeaderView.ResizeMode.Interactive:
                    self.setColumnWidth(i, width)

    def append_and_edit(self) -> None:
        """Add a row at the end (unless the last row is still blank) and start typing in it."""
        model = self.rows_model()
        if model.session.read_only:
            return
        last = model.rowCount() - 1
        if last >= 0 and model.is_blank(last):
            row = last
        else:
            row = self.add_row() if self.add_row is not None else model.insert_row()
            self._auto_row = (row, model.session.undo_stack.index())
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.edit(index)

    def _holds(self, widget: QWidget | None) -> bool:
        """Return True when ``widget`` is this table or inside it (cell editors, their lists)."""
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parentWidget()
        return False

    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if self._auto_row is None or now is None or self._holds(now):
            return
        # After the cell editor has written its value (it does so as it loses the focus).
        QTimer.singleShot(0, self._drop_row_left_blank)

    def _drop_row_left_blank(self) -> None:
        """The focus left the table: a blank row that Enter added is no member; take it away."""
        if self._auto_row is None or self._holds(QApplication.focusWidget()):
            return
        self._drop_untouched_row(self._auto_row[0])

    def _drop_untouched_row(self, row: int) -> None:
        """Escape in the blank row that Enter just added takes the row away again."""
        auto, self._auto_row = self._auto_row, None
        model = self.rows_model()
        if auto is None or auto[0] != row or not model.is_blank(row):
            return
        stack = model.session.undo_stack
        if stack.index() == auto[1] and stack.count() == auto[1]:
            stack.undo()  # the insertion was the last edit: as if it never happened
        else:
            model.remove_row(row)
        if model.rowCount():
            self.setCurrentIndex(model.index(model.rowCount() - 1, 0))

    def _open_editor(self) -> QWidget | None:
        """Return the cell editor that is open, if any."""
        if self.state() != QAbstractItemView.State.EditingState:
            return None
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        if editor is None:
            focused = QApplication.focusWidget()
            editor = (
                focused
                if focused is not None and self.isAncestorOf(focused) and focused is not self
                else None
            )
        return editor

    def finish_editing(self) -> None:
        """Commit and close the cell editor that is open, if any."""
        editor = self._open_editor()
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def commit_pending(self) -> None:
        """Write the open cell editor's value into the meeting (before a save), leaving it open.

        The editor keeps its text (the model does not rewrite a modified editor); Escape
        afterwards closes it without taking back what was written (Ctrl+Z does).
        """
        editor = self._open_editor()
        if editor is not None:
            self.commitData(editor)

    def open_choice_list(self) -> bool:
        """Open the list of a choice cell (Alt+Down, as in any combo box); False if not one."""
        index = self.currentIndex()
        model = self.model()
        if (
            not index.isValid()
            or not isinstance(model, RowsModel)
            or model.columns[index.column()].kind != "choice"
            or not index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        if self.state() != QAbstractItemView.State.EditingState:
            self.edit(index)
        editor = self._open_editor()
        if isinstance(editor, QComboBox):
            editor.showPopup()
        return True

    def move_current(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1), keeping it current."""
        index = self.currentIndex()
        if not index.isValid():
            return
        model = self.rows_model()
        to = index.row() + delta
        if model.move_row(index.row(), to):
            self.setCurrentIndex(model.index(to, index.column()))

    def remove_current(self) -> None:
        """Remove the current row."""
        index = self.currentIndex()
        if index.isValid():
            model = self.rows_model()
            row, column = index.row(), index.column()
            if model.remove_row(row) and model.rowCount():
                self.setCurrentIndex(model.index(min(row, model.rowCount() - 1), column))

    def moveCursor(
        self,
        action: QAbstractItemView.CursorAction,  # noqa: N802
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        # Tab and Shift+Tab skip the cells that cannot be edited (a group's position, results).
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if not forward and action != QAbstractItemView.CursorAction.MovePrevious:
            return super().moveCursor(action, modifiers)
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return super().moveCursor(action, modifiers)
        columns = model.columnCount()
        position = current.row() * columns + current.column()
        step = 1 if forward else -1
        position += step
        while 0 <= position < model.rowCount() * columns:
            index = model.index(position // columns, position % columns)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            position += step
        return current

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_stretch_columns()
        self.frozen.place()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9
        ):
            event.ignore()  # Ctrl+1..6 belong to the editor, not to keyboard search
            return
        if _is_move_up(event):
            self.move_current(-1)
            return
        if _is_move_down(event) and self.open_choice_list():
            return
        if _is_move_down(event):
            self.move_current(1)
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.remove_current()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            index = self.currentIndex()
            model = self.model()
            if model is not None and (not index.isValid() or index.row() == model.rowCount() - 1):
                self.append_and_edit()
                return
            if index.isValid():
                self.setCurrentIndex(model.index(index.row() + 1, index.column()))
                return
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            stack = self.rows_model().session.undo_stack
            stack.undo() if event.matches(QKeySequence.StandardKey.Undo) else stack.redo()
            return
        super().keyPressEvent(event)

    def closeEditor(
        self,
        editor: QWidget,  # noqa: N802
        hint: QAbstractItemDelegate.EndEditHint,
    ) -> None:
        row = self.currentIndex().row()
        if (
            hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
            and self._auto_row is not None
            and self._auto_row[0] == row
            and isinstance(editor, QLineEdit)
            and editor.text().strip()
        ):
            # Escape never throws away what was typed into the row Enter added: the text
            # stays (Ctrl+Z takes it back), and so does the row.
            self.commitData(editor)
            hint = QAbstractItemDelegate.EndEditHint.NoHint
        super().closeEditor(editor, hint)
        model = self.model()
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self._drop_untouched_row(row)
            return
        if (
            hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
            and model is not None
            and row == model.rowCount() - 1
            and not isinstance(editor, QComboBox)  # Enter confirms a choice, nothing more
        ):
            # Enter in the last row: the next row, ready for typing (after this event).
            QTimer.singleShot(0, self.append_and_edit)


class ReorderListView(QListView):
    """A list whose rows move by drag and drop or Alt+Up/Down (agenda items, statements)."""

    def __init__(
        self,
        move: Callable[[int, int], bool],
        parent: QWidget | None = None,
        remove: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._move = move
        self._remove = remove  # Delete removes the current row when given
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(1)

    def move_current(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        index = self.currentIndex()
        if index.isValid():
            to = index.row() + delta
            if self._move(index.row(), to):
                self.setCurrentIndex(self.model().index(to, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _is_move_up(event):
            self.move_current(-1)
        elif _is_move_down(event):
            self.move_current(1)
        elif (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self._remove is not None
            and self.currentIndex().isValid()
        ):
            self._remove(self.currentIndex().row())
        else:
            super().keyPressEvent(event)

    def drop_target(self, position: QPoint) -> int:
        """Return the row before which a drop at ``position`` lands."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() > rect.center().y() else 0)

    def drop_row(self, row: int, position: QPoint) -> bool:
        """Move ``row`` to where a drop at ``position`` points; return True if it moved."""
        before = self.drop_target(position)
        to = before - 1 if before > row else before
        if self._move(row, to):
            self.setCurrentIndex(self.model().index(to, 0))
            return True
        return False

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = self.currentIndex()
        if event.source() is not self or not source.isValid():
            event.ignore()
            return
        self.drop_row(source.row(), event.position().toPoint())
        # The move is done: tell the drag it was a copy so the view removes nothing.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
