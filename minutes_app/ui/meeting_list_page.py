"""The list page of the main window: the meetings of the database, with search as you type."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.workflow import Action
from minutes_app.services.changes import Changes
from minutes_app.store import MeetingSummary, Rows, StoreError
from minutes_app.ui.context import AppContext
from minutes_app.ui.errors import report_error
from minutes_app.ui.meeting_list_model import (
    COL_DATE,
    COL_ISSUER,
    COL_NUMBER,
    COL_STATUS,
    COL_TITLE,
    OBJECT_ROLE,
    MeetingListModel,
    MeetingSortProxy,
    summary_of,
)
from minutes_app.ui.window_title import body_name

SEARCH_DEBOUNCE_MS = 150


class MeetingListPage(QWidget):
    """The search box, the count and the table of meetings (a model behind a sorting proxy).

    Emits ``meeting_activated(id)`` when a row is opened (double-click, Enter),
    ``selection_changed()`` when another row is selected and ``listed()`` after the list was
    read again (the window's title names the body most listed minutes come from).
    """

    meeting_activated = Signal(int)
    selection_changed = Signal()
    listed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The body most listed minutes come from ("" when none is named).
        self.body_name = ""
        self.model = MeetingListModel(self)
        self.proxy = MeetingSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(
            self.tr(
                "Tìm theo tên cuộc họp, cơ quan, người dự, nội dung… (gõ có dấu hoặc không dấu)"
            )
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.on_search_box_text_changed)
        self.search_box.returnPressed.connect(self.on_search_box_return_pressed)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("meetingTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ISSUER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_ISSUER, 240)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        self.empty_label = QLabel(
            self.tr(
                "Chưa có biên bản nào. Bấm “Biên bản mới” (Ctrl+N) để soạn từ một mẫu, "
                "hoặc “Nhập từ JSON” (Ctrl+I)."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.refresh)

    # -- reading -----------------------------------------------------------------------------
    def query(self) -> str:
        """Return what is being searched for ("" when the whole list is shown)."""
        return self.search_box.text().strip()

    def refresh(self) -> None:
        """Show the meetings matching the search box (all of them when it is empty)."""
        self.search_timer.stop()
        query = self.query()
        selected = self.selected_summary()
        try:
            rows = self.context.db.search(query) if query else self.context.db.list()
        except StoreError as exc:
            report_error(self.context, self.tr("Không đọc được danh sách biên bản"), exc)
            rows = Rows([])
        self.model.set_summaries(rows)
        if not query:  # the body the window is named after: whose minutes these are
            self.body_name = body_name(summary.issuer_name for summary in rows)
        self.update_count()
        if selected is not None:
            self.select_meeting(selected.id)
        self.listed.emit()

    def update_count(self) -> None:
        """Say how many meetings are listed (found), or how to start when there are none."""
        count = self.model.rowCount()
        self.empty_label.setVisible(count == 0 and not self.query())
        if self.query():
            self.count_label.setText(self.tr("Tìm thấy %n biên bản", "", count))
        else:
            self.count_label.setText(self.tr("%n biên bản", "", count))

    # -- rows a verb changed -----------------------------------------------------------------
    def show_summary(self, summary: MeetingSummary, *, created: bool = False) -> None:
        """Refresh the row of ``summary``; add it when new, or when the whole list is shown."""
        self.model.update_summary(summary, insert=created or not self.query())

    def show_changes(self, changes: Changes) -> None:
        """Refresh the rows a verb names (stored, created, deleted); read nothing back."""
        if changes.database_replaced:
            self.refresh()
            return
        created = {record.id for record in changes.created}
        event = changes.event
        for record in changes.stored:
            # "Bị trả lại" and its comment come with a return step; a save (no step) keeps
            # the row's note, a step other than a return clears it (the list model does both).
            note = ""
            if (
                event is not None
                and event.meeting_id == record.id
                and event.action is Action.RETURN
            ):
                note = event.note
            self.show_summary(summary_of(record, returned_note=note), created=record.id in created)
        for meeting_id in changes.deleted:
            self.remove_meeting(meeting_id)
        if created or changes.deleted:
            self.update_count()

    def remove_meeting(self, meeting_id: int) -> None:
        """Remove the row of a deleted meeting."""
        self.model.remove_meeting(meeting_id)

    # -- search and selection ----------------------------------------------------------------
    def on_search_box_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def on_search_box_return_pressed(self) -> None:
        self.refresh()
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def selected_summary(self) -> MeetingSummary | None:
        """Return the meeting selected in the list."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        summary = rows[0].data(OBJECT_ROLE)
        return summary if isinstance(summary, MeetingSummary) else None

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the list row of ``meeting_id``; return False when it is not listed."""
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def on_table_activated(self, index: QModelIndex) -> None:
        summary = index.data(OBJECT_ROLE)
        if isinstance(summary, MeetingSummary):
            self.meeting_activated.emit(summary.id)
