"""The first column of a wide table kept in view while the later columns scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QHeaderView, QTableView


class FrozenColumn(QTableView):
    """A copy of column 0 laid over the left edge of ``table`` once it scrolls sideways.

    It shows the same model and selection; it takes no focus and edits nothing: a click
    makes the cell current in the table (which scrolls back to it) and a double click edits
    it there, so every key and every editor stays the table's own.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.setObjectName("frozen_name_column")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.verticalHeader().hide()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setStyleSheet(
            "QTableView#frozen_name_column { border-right: 1px solid palette(mid); }"
        )
        self.hide()
        table.horizontalScrollBar().valueChanged.connect(self.place)
        table.horizontalScrollBar().rangeChanged.connect(self.place)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        table.verticalHeader().sectionResized.connect(self._on_row_resized)

    def attach(self) -> None:
        """Show the table's model and selection (called when the table gets its model)."""
        model = self.table.model()
        self.setModel(model)
        if model is None:
            return
        self.setSelectionModel(self.table.selectionModel())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._sync_rows)
        self._sync_columns()
        self._sync_rows()

    def _sync_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column != 0)
        self.setColumnWidth(0, self.table.columnWidth(0))

    def _sync_rows(self, *_args: object) -> None:
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            self.setRowHeight(row, self.table.rowHeight(row))
        self.place()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.setColumnWidth(0, new)
            self.place()

    def _on_row_resized(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def place(self, *_args: object) -> None:
        """Lay the column over the table's left edge while the table is scrolled sideways."""
        table = self.table
        scrolled = table.horizontalScrollBar().value() > 0 and not table.isColumnHidden(0)
        if not scrolled or self.model() is None:
            self.hide()
            return
        self._sync_columns()
        viewport = table.viewport().geometry()
        header = table.horizontalHeader().geometry()
        self.setGeometry(
            viewport.x(),
            header.y(),
            table.columnWidth(0),
            viewport.height() + header.height(),
        )
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.show()
        self.raise_()

    def _table_index(self, event: QMouseEvent) -> QModelIndex:
        return self.indexAt(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self._table_index(event)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self._table_index(event)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.setFocus(Qt.FocusReason.MouseFocusReason)
            self.table.edit(index)
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        # The rows scroll with the table, never on their own.
        QApplication.sendEvent(self.table.viewport(), event)
