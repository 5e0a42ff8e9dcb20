"""One open meeting's tab: the editor beside a side panel with its live PDF preview and its review."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from minutes_app.store import StoreError
from minutes_app.ui.context import AppContext
from minutes_app.ui.derived_panel import DerivedPanel
from minutes_app.ui.editor_protocol import Editor
from minutes_app.ui.preview import PdfPreview
from minutes_app.ui.review import ReviewPanel

if TYPE_CHECKING:
    from minutes_app.ui.find_bar import FindBar

log = logging.getLogger(__name__)


class MeetingTab(QSplitter):
    """One open meeting: the editor beside a side panel with its live PDF preview and its review."""

    # The find bar above the editor, made on first use (``MainWindow.find_bar_of``).
    find_bar: FindBar | None = None

    def __init__(self, context: AppContext, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.context = context
        self.editor = editor
        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        # The preview reads the editor's read-only copy (no full copy per render).
        self.preview = PdfPreview(context, editor.read_only_copy, self.side)
        self.review = ReviewPanel(context, self.meeting_id(), self.side, flush=editor.flush)
        self.side.addTab(self.preview, self.tr("Xem trước"))
        self.derived = DerivedPanel(context, self.meeting_id(), self.side)
        self.side.addTab(self.review, self.tr("Duyệt"))
        self.side.addTab(self.derived, self.tr("Văn bản"))
        # Double-clicking a comment shows what it is about.
        self.review.part_activated.connect(editor.focus_part)
        assert isinstance(editor, QWidget)
        # The editor as the widget it is (``editor`` is typed by what the window asks of it).
        self.editor_widget: QWidget = editor
        self.addWidget(editor)
        self.addWidget(self.side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        editor.meeting_changed.connect(self.preview.schedule_refresh)
        # The review panel reads comments and history from the database: refresh it after
        # saves only while it is shown, and when it is brought to the front.
        self._review_timer = QTimer(self)
        self._review_timer.setSingleShot(True)
        self._review_timer.setInterval(1000)
        self._review_timer.timeout.connect(self._refresh_review_after_save)
        editor.meeting_saved.connect(self._on_editor_saved)
        self.side.currentChanged.connect(self._on_side_changed)
        self.review.workflow_changed.connect(self._on_workflow_changed)

    def meeting_id(self) -> int:
        return self.editor.meeting_id()

    def set_preview_shown(self, shown: bool) -> None:
        """Show or hide the preview page; the review page stays."""
        index = self.side.indexOf(self.preview)
        if shown and index < 0:
            self.side.insertTab(0, self.preview, self.tr("Xem trước"))
            self.side.setCurrentIndex(0)
        elif not shown and index >= 0:
            self.side.removeTab(index)
            self.preview.timer.stop()

    def _on_editor_saved(self, _meeting_id: int) -> None:
        if self.side.currentWidget() is self.review:
            self._review_timer.start()

    def _refresh_review_after_save(self) -> None:
        # The meeting as the editor's save wrote it: a megabyte is not read and parsed again
        # on the UI thread after each autosave.
        self.review.refresh(self.editor.saved_record)

    def _on_side_changed(self, _index: int) -> None:
        if self.side.currentWidget() is self.review:
            self.review.refresh()
        elif self.side.currentWidget() is self.derived:
            self.derived.refresh()

    def _on_workflow_changed(self, meeting_id: int) -> None:
        # A step changes the status (and the version): the editor takes the stored meeting,
        # becoming read-only once approved, and the preview shows the new state. A step taken
        # in the panel carries the record it wrote; only a change made elsewhere is read.
        step = self.review.last_step
        record = step.record if step is not None else None
        if record is None or record.id != meeting_id:
            record = None
            try:
                record = self.context.db.get(meeting_id)
            except StoreError:
                log.exception("cannot reload meeting %s after a workflow step", meeting_id)
        if record is not None:
            self.editor.reload(record)
        self.preview.schedule_refresh()
        # Approving enables "Lập văn bản", reopening disables it.
        self.derived.refresh(status=record.meeting.status if record is not None else None)
