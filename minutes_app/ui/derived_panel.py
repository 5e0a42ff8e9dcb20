"""The documents made from one meeting (thông báo, trích sao, trích biên bản, nghị quyết), beside it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.derived import DerivedKind
from minutes_app.domain.errors import MinutesError
from minutes_app.domain.model import Status
from minutes_app.services import derived as service
from minutes_app.services.derived import DerivedSummary
from minutes_app.store.records import Rows
from minutes_app.ui.context import AppContext

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
# The role returning the row's DerivedSummary.
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def _export_in_worker(db_path: Path, doc_id: int, fmt: str, target: Path) -> Path:
    """Export on a worker thread with a connection of its own."""
    from minutes_app.store import Database

    with Database.open(db_path, create=False) as db:
        service.export_document(db, doc_id, fmt, target)
    return target


class DerivedListModel(QAbstractTableModel):
    """The derived documents of one meeting: number, kind, date and title."""

    NUMBER, KIND, DATE, TITLE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DerivedSummary] = []

    def kind_name(self, kind: DerivedKind) -> str:
        """Return the translated name of a kind."""
        names = {
            DerivedKind.THONG_BAO: self.tr("Thông báo kết luận"),
            DerivedKind.TRICH_SAO: self.tr("Trích sao"),
            DerivedKind.TRICH_BIEN_BAN: self.tr("Trích biên bản"),
            DerivedKind.NGHI_QUYET: self.tr("Nghị quyết"),
        }
        return names[kind]

    def set_rows(self, rows: list[DerivedSummary]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Số"), self.tr("Loại"), self.tr("Ngày"), self.tr("Trích yếu"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NUMBER:
            return f"{row.number:02d}" if row.number is not None else "—"
        if column == self.KIND:
            return self.kind_name(row.kind)
        if column == self.DATE:
            return row.date.strftime("%d/%m/%Y")
        return row.title


class DerivedPanel(QWidget):
    """Make a document from the approved minutes, list those made, export one as PDF or DOCX."""

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._meeting_id = meeting_id
        self.model = DerivedListModel(self)
        self.kind_combo = QComboBox(self)
        for kind in DerivedKind:
            self.kind_combo.addItem(self.model.kind_name(kind), kind.value)
        self.derive_button = QPushButton(self.tr("Lập văn bản"), self)
        self.derive_button.clicked.connect(self.derive)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            DerivedListModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"), self)
        self.docx_button = QPushButton(self.tr("Xuất DOCX…"), self)
        self.pdf_button.clicked.connect(lambda: self.export_selected("pdf"))
        self.docx_button.clicked.connect(lambda: self.export_selected("docx"))
        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.derive_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.docx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def meeting_id(self) -> int:
        """Return the id of the meeting the panel shows."""
        return self._meeting_id

    def _message(self, exc: BaseException) -> str:
        key = "message_en" if self.context.language == "en" else "message_vi"
        return str(getattr(exc, key, None) or exc)

    def refresh(self, *, status: Status | None = None) -> None:
        """Read the meeting's status (unless given) and its derived documents again."""
        unavailable = ""  # why no document can be made here at all (the office database)
        try:
            if status is None:
                status = self.context.db.get(self._meeting_id).meeting.status
            rows = service.list_documents(self.context.db, meeting_id=self._meeting_id)
        except MinutesError as exc:  # the store keeps no derived documents: say so
            rows, unavailable = Rows([]), self._message(exc)
        except Exception:  # a damaged row must not break the window
            log.exception("cannot read the derived documents of meeting %s", self._meeting_id)
            status, rows = Status.DRAFT, Rows([])
        approved = status is Status.APPROVED and not unavailable
        self.derive_button.setEnabled(approved)
        self.kind_combo.setEnabled(approved)
        if unavailable:
            self.hint.setText(unavailable)
        else:
            self.hint.setText("" if approved else self.tr("Chỉ lập văn bản từ biên bản đã duyệt."))
        self.model.set_rows(list(rows))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.pdf_button.setEnabled(chosen)
        self.docx_button.setEnabled(chosen)

    def selected(self) -> DerivedSummary | None:
        """Return the selected document's row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.data(rows[0], OBJECT_ROLE)
        return row if isinstance(row, DerivedSummary) else None

    def derive(self) -> int | None:
        """Make a document of the chosen kind from the approved minutes; return its id."""
        kind = DerivedKind(self.kind_combo.currentData())
        try:
            record = service.derive_document(
                self.context.db, self._meeting_id, kind, by=self.context.user_name or None
            )
        except Exception as exc:
            self.context.interaction.error(
                self.tr("Không lập được văn bản"), self._message(exc), str(exc)
            )
            return None
        self.refresh()
        for row, summary in enumerate(self.model.rows):
            if summary.id == record.id:
                self.table.selectRow(row)
        return record.id

    def export_selected(self, fmt: str) -> None:
        """Ask for a file and export the selected document there, off the UI thread."""
        summary = self.selected()
        if summary is None:
            return
        number = f"{summary.number:02d}" if summary.number is not None else f"d{summary.id}"
        name = f"{summary.date.isoformat()}_{summary.kind.value}_{number}.{fmt}"
        target = self.context.interaction.choose_save_file(
            self.tr("Xuất văn bản"), name, f"{fmt.upper()} (*.{fmt})"
        )
        if target is None:
            return
        db_path = self.context.db.path
        self.context.tasks.run(
            lambda: _export_in_worker(db_path, summary.id, fmt, target),
            on_done=lambda path: self.context.interaction.information(
                self.tr("Đã xuất văn bản"), str(path)
            ),
            on_error=lambda failure: self.context.interaction.error(
                self.tr("Không xuất được văn bản"), self._message(failure.exc), failure.details
            ),
            label=self.tr("Xuất văn bản"),
        )
