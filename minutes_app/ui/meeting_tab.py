"""One open meeting's tab: the editor beside a side panel with its live PDF preview and its review."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from minutes_app.store import StoreError
from minutes_app.ui.context import AppContext
from minutes_app.ui.derived_panel import DerivedPanel
from minutes_app.ui.editor_protocol import Editor
from minutes_app.ui.find_bar import FindBar
from minutes_app.ui.page_size import follow_current_page
from minutes_app.ui.preview import PdfPreview
from minutes_app.ui.review import ReviewPanel

log = logging.getLogger(__name__)


class MeetingTab(QSplitter):
    """One open meeting: the editor beside a side panel with its live PDF preview and its review."""

    # The find bar above the editor, made on first use (``ensure_find_bar``).
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
        follow_current_page(self.side)  # the window's least width: the side page shown
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
        # A save tells the review panel its new version and meeting (nothing is read); once
        # the saves settle, the review page shown (only while shown) reads what they changed.
        self._review_timer = QTimer(self)
        self._review_timer.setSingleShot(True)
        self._review_timer.setInterval(1000)
        self._review_timer.timeout.connect(lambda: self.review.refresh_shown(in_background=True))
        editor.meeting_saved.connect(self._on_editor_saved)
        self.side.currentChanged.connect(self._on_side_changed)
        self.review.workflow_changed.connect(self._on_workflow_changed)

    def meeting_id(self) -> int:
        return self.editor.meeting_id()

    def ensure_find_bar(self) -> FindBar | None:
        """Return the find bar, made on first use (None for an editor without one)."""
        if self.find_bar is not None:
            return self.find_bar
        layout = self.editor.layout()
        if self.editor.session is None or not isinstance(layout, QVBoxLayout):
            return None
        bar = FindBar(self.editor, self.preview, self.editor_widget)
        layout.insertWidget(layout.count() - 1, bar)  # above the editor's saved-state line
        self.find_bar = bar
        return bar

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
        self.review.saved(self.editor.version(), self.editor.read_only_copy())
        if self.side.currentWidget() is self.review:
            self._review_timer.start()

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
