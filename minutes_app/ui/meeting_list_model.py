"""The meeting list as a thin table model over the store's summaries, plus its sorting proxy."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from minutes_app.domain.model import Status
from minutes_app.domain.register import parse_number
from minutes_app.domain.text import fold, short_date
from minutes_app.store import MeetingRecord, MeetingSummary
from minutes_app.ui.status_words import returned_text, status_label

__all__ = ["MeetingListModel", "MeetingSortProxy", "status_label", "summary_of"]

COL_DATE = 0
COL_NUMBER = 1
COL_TITLE = 2
COL_ISSUER = 3
COL_STATUS = 4
COLUMN_COUNT = 5

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # native values: date, tuple, str, int
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2  # the MeetingSummary of the row

_STATUS_ORDER = {Status.DRAFT: 0, Status.IN_REVIEW: 1, Status.APPROVED: 2}

AnyIndex = QModelIndex | QPersistentModelIndex


def number_symbol(summary: MeetingSummary) -> str:
    """Return the ``số/ký hiệu`` shown in the list: ``12/BB-VP``, ``BB-VP`` without a number."""
    number, symbol = summary.number.strip(), summary.symbol.strip()
    if number and symbol:
        return f"{number}/{symbol}"
    return number or symbol


def summary_of(record: MeetingRecord, *, returned_note: str = "") -> MeetingSummary:
    """Return the list row of a stored meeting (after a save, without asking the store again).

    ``returned_note`` is the reviewer's comment when the step that wrote it was a return.
    """
    m = record.meeting
    return MeetingSummary(
        id=record.id,
        date=m.date,
        title=m.title,
        issuer_name=m.issuer.name,
        status=m.status,
        number=m.number,
        symbol=m.symbol,
        updated_at=record.updated_at,
        version=record.version,
        returned_note=returned_note,
    )


class MeetingListModel(QAbstractTableModel):
    """Rows are ``MeetingSummary`` objects; a save changes one row, never the whole table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []

    # Qt overrides
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_DATE: QCoreApplication.translate("MeetingListModel", "Ngày họp"),
            COL_NUMBER: QCoreApplication.translate("MeetingListModel", "Số/ký hiệu"),
            COL_TITLE: QCoreApplication.translate("MeetingListModel", "Tên cuộc họp"),
            COL_ISSUER: QCoreApplication.translate("MeetingListModel", "Cơ quan ban hành"),
            COL_STATUS: QCoreApplication.translate("MeetingListModel", "Trạng thái"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TITLE, COL_ISSUER):
            return self._display(row, col) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS and row.returned_note:
            return returned_text(row.returned_note)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS and row.returned_note:
            return QBrush(QColor(183, 28, 28))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # reading
    @staticmethod
    def _display(row: MeetingSummary, col: int) -> str:
        if col == COL_DATE:
            return short_date(row.date)
        if col == COL_NUMBER:
            return number_symbol(row)
        if col == COL_TITLE:
            return row.title or QCoreApplication.translate("MeetingListModel", "(chưa có tên)")
        if col == COL_ISSUER:
            return row.issuer_name
        if col == COL_STATUS:
            return status_label(row.status, returned=bool(row.returned_note))
        return ""

    @staticmethod
    def _sort_value(row: MeetingSummary, col: int) -> Any:
        if col == COL_DATE:
            return row.date
        if col == COL_NUMBER:
            number = parse_number(row.number)
            return (10**9 if number is None else number, fold(row.number), fold(row.symbol))
        if col == COL_TITLE:
            return fold(row.title)
        if col == COL_ISSUER:
            return fold(row.issuer_name)
        if col == COL_STATUS:
            return _STATUS_ORDER.get(row.status, 99)
        return None

    def summaries(self) -> list[MeetingSummary]:
        """Return the rows in model order."""
        return list(self._rows)

    def summary(self, row: int) -> MeetingSummary:
        """Return the summary of one row."""
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int:
        """Return the row showing ``meeting_id``, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == meeting_id), -1)

    # changing
    def set_summaries(self, summaries: list[MeetingSummary]) -> None:
        """Replace every row (a new search or a database switch)."""
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def update_summary(self, summary: MeetingSummary, *, insert: bool = True) -> None:
        """Refresh the row of ``summary.id`` alone; add it at the top when absent and ``insert``."""
        row = self.row_of(summary.id)
        if row >= 0:
            old = self._rows[row]
            if old.returned_note and not summary.returned_note and old.status is summary.status:
                # A save of a returned draft keeps it returned until the next review step.
                summary = dataclasses.replace(summary, returned_note=old.returned_note)
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        elif insert:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, summary)
            self.endInsertRows()

    def remove_meeting(self, meeting_id: int) -> bool:
        """Remove the row of ``meeting_id``; return True if it was there."""
        row = self.row_of(meeting_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True


class MeetingSortProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``, comparing the native Python values (dates, tuples, folded text)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, MeetingListModel):
            a = source.data(left, SORT_ROLE)
            b = source.data(right, SORT_ROLE)
            if a != b:
                try:
                    return bool(a < b)
                except TypeError:
                    return str(a) < str(b)
            # Ties: newest first within the same value, stable by id.
            sa, sb = source.data(left, OBJECT_ROLE), source.data(right, OBJECT_ROLE)
            return (sa.date, sa.id) < (sb.date, sb.id)
        return super().lessThan(left, right)
