"""A live preview of the real PDF pages, re-rendered off the UI thread shortly after each edit.

The UI thread does no work that grows with the meeting: a worker has the window's render
process (``AppContext.renders``, a child process) render the PDF, loads it into a new
``QPdfDocument`` and reads every page's size (what ``QPdfView`` needs to lay the
pages out: about 0.2 ms a page, a minute of a long meeting's pages would otherwise freeze the
window), then hands the document over to the UI thread, which only shows it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from minutes_app.domain.errors import message as error_message
from minutes_app.domain.model import Meeting
from minutes_app.ui.context import AppContext
from minutes_app.ui.tasks import TaskFailure

log = logging.getLogger(__name__)

DEBOUNCE_MS = 800
ZOOM_STEP = 1.1  # one wheel notch or one Ctrl+plus
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


def load_document(data: bytes) -> QPdfDocument:
    """Return a ``QPdfDocument`` of ``data``, its page sizes read, owned by the UI thread.

    Runs on a worker thread (Qt PDF serialises its calls into PDFium with one lock). The
    document keeps its bytes in a child buffer; it is handed to the UI thread once ready, so
    that thread's view lays the pages out from the sizes read here.
    """
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for page in range(document.pageCount()):
        document.pagePointSize(page)
        # Reading a fresh document's page sizes holds the interpreter through the calls (60 ms
        # for 260 pages, measured with a second thread counting): give it back between pages,
        # so the window keeps painting while this worker reads.
        time.sleep(0)
    app = QCoreApplication.instance()
    if app is not None and document.thread() is not app.thread():
        document.moveToThread(app.thread())
    return document


def render_and_load(
    renderer: Callable[[Meeting], bytes], meeting: Meeting
) -> tuple[bytes, QPdfDocument]:
    """Render ``meeting`` and load the PDF (runs on a worker thread)."""
    data = renderer(meeting)
    return data, load_document(data)


class PdfPreview(QWidget):
    """Shows the meeting's PDF; ``schedule_refresh`` after edits, at most one render at a time."""

    refreshed = Signal(int)  # page count, after a new PDF is shown
    refresh_failed = Signal(str)  # the error shown inline

    def __init__(
        self,
        context: AppContext,
        source: Callable[[], Meeting],
        parent: QWidget | None = None,
        renderer: Callable[[Meeting], bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # Returns a meeting the render may keep: a copy nobody else changes (the editor's
        # ``meeting()`` is one), since the render reads it on a worker thread.
        self._source = source
        # By default the window's render process: a render never holds the window's interpreter.
        self._renderer = renderer or context.renders.render_pdf
        self._rendering = False
        self._pending = False
        self._scroll_to = 0
        self.pdf_bytes = b""

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # The zoom is computed here (not QPdfView's fit modes, which keep a stale width when the
        # document arrives from a buffer after the view was laid out).
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setPageSpacing(12)
        self.view.viewport().installEventFilter(self)
        self.zoom_timer = QTimer(self)
        self.zoom_timer.setSingleShot(True)
        self.zoom_timer.setInterval(0)
        self.zoom_timer.timeout.connect(self.apply_zoom)

        self.status_label = QLabel(self)  # short: "3 trang", "Đang cập nhật…"
        self.error_label = QLabel(self)  # a render error, on its own wrapped line
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setContentsMargins(6, 0, 6, 4)
        self.error_label.hide()
        self.zoom_box = QComboBox(self)
        self.zoom_box.addItem(self.tr("Vừa chiều rộng"), "width")
        self.zoom_box.addItem(self.tr("Vừa trang"), "page")
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom_box.addItem(f"{percent}%", percent / 100)
        self.zoom_box.setToolTip(
            self.tr(
                "Thu phóng bản xem trước (Ctrl+lăn chuột, Ctrl++ và Ctrl+−, Ctrl+0: vừa chiều rộng)"
            )
        )
        self.zoom_box.currentIndexChanged.connect(self.on_zoom_box_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.zoom_reset),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.search_model: QPdfSearchModel | None = None
        self._search_index = -1

        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 6, 4)
        title = QLabel(self.tr("Bản xem trước (PDF)"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        header.addSpacing(8)
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addWidget(self.zoom_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.document.statusChanged.connect(self.on_document_status_changed)

    def schedule_refresh(self) -> None:
        """Render again ``DEBOUNCE_MS`` after the last call (each edit restarts the wait)."""
        self.timer.start()

    def is_refreshing(self) -> bool:
        """Return True while a render runs or waits."""
        return self._rendering or self._pending or self.timer.isActive()

    def refresh_now(self) -> None:
        """Start a render now, or right after the one already running."""
        self.timer.stop()
        if self._rendering:
            self._pending = True
            return
        try:
            # The source hands over its own copy (the editor's snapshot): no second copy here.
            meeting = self._source()
        except Exception as exc:  # the editor could not give its state: say so, do not crash
            log.exception("preview: cannot read the meeting")
            self._show_error(error_message(exc, self.context.language))
            return
        self._rendering = True
        self._pending = False
        self.status_label.setText(self.tr("Đang cập nhật…"))
        renderer = self._renderer
        self.context.tasks.run(
            lambda: render_and_load(renderer, meeting),
            on_done=self.on_render_done,
            on_error=self.on_render_failed,
            label=self.tr("Đang cập nhật bản xem trước…"),
        )

    def on_render_done(self, result: tuple[bytes, QPdfDocument]) -> None:
        """Show the document a worker rendered and loaded: the old one is swapped out."""
        self._rendering = False
        data, document = result
        self.pdf_bytes = data
        self._scroll_to = self.view.verticalScrollBar().value()
        old = self.document
        document.setParent(self)
        self.document = document
        self.view.setDocument(document)
        if self.search_model is not None:
            self.search_model.setDocument(document)
        old.statusChanged.disconnect(self.on_document_status_changed)
        old.deleteLater()
        document.statusChanged.connect(self.on_document_status_changed)
        self.on_document_status_changed(document.status())
        self._after_render()

    def on_render_failed(self, failure: TaskFailure) -> None:
        self._rendering = False
        if not failure.expected:
            log.error("preview render failed:\n%s", failure.details)
        self._show_error(error_message(failure.exc, self.context.language))
        self._after_render()

    def _after_render(self) -> None:
        if self._pending:
            self._pending = False
            self.refresh_now()

    def _show_error(self, text: str) -> None:
        message = self.tr("Không tạo được bản xem trước: %1").replace("%1", text)
        self.status_label.setText("⚠")
        self.error_label.setText("⚠ " + message)
        self.error_label.show()
        self.refresh_failed.emit(message)

    def on_document_status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.status_label.setText(self.tr("%n trang", "", pages))
            self.error_label.hide()
            self.error_label.clear()
            self.apply_zoom()
            position = self._scroll_to
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(position))
            self.refreshed.emit(pages)
        elif status == QPdfDocument.Status.Error:
            self._show_error(self.tr("tệp PDF không đọc được"))

    def on_zoom_box_changed(self, _index: int) -> None:
        self.apply_zoom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.zoom_timer.start()
        if (
            watched is self.view.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            notches = event.angleDelta().y() / 120
            if notches:
                self.set_zoom(self.view.zoomFactor() * ZOOM_STEP**notches)
            return True  # Ctrl+wheel zooms, never scrolls
        return super().eventFilter(watched, event)

    # -- zoom ---------------------------------------------------------------------------

    def set_zoom(self, factor: float) -> None:
        """Show the pages at ``factor`` (1.0 = 100 %), kept between 25 % and 400 %."""
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        percent = round(factor * 100)
        index = next(
            (
                i
                for i in range(self.zoom_box.count())
                if isinstance(self.zoom_box.itemData(i), float)
                and round(self.zoom_box.itemData(i) * 100) == percent
            ),
            -1,
        )
        if index < 0:
            # One extra entry holds a zoom reached with the wheel or the keys.
            custom = self.zoom_box.findData("custom", Qt.ItemDataRole.UserRole + 1)
            if custom < 0:
                self.zoom_box.addItem("")
                custom = self.zoom_box.count() - 1
                self.zoom_box.setItemData(custom, "custom", Qt.ItemDataRole.UserRole + 1)
            self.zoom_box.setItemText(custom, f"{percent}%")
            self.zoom_box.setItemData(custom, percent / 100)
            index = custom
        if index == self.zoom_box.currentIndex():
            self.apply_zoom()
        else:
            self.zoom_box.setCurrentIndex(index)

    def zoom_in(self) -> None:
        """Enlarge the pages one step (Ctrl+plus)."""
        self.set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Shrink the pages one step (Ctrl+minus)."""
        self.set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Fit the page width again (Ctrl+0)."""
        self.zoom_box.setCurrentIndex(0)

    # -- search highlight -----------------------------------------------------------------

    def show_search(self, text: str, index: int) -> None:
        """Highlight ``text`` on the pages and bring its ``index``-th occurrence into view."""
        if self.search_model is None:
            self.search_model = QPdfSearchModel(self)
            self.search_model.setDocument(self.document)
            self.search_model.countChanged.connect(self._apply_search_index)
            self.view.setSearchModel(self.search_model)
        self._search_index = index
        if self.search_model.searchString() != text:
            self.search_model.setSearchString(text)
        self._apply_search_index()

    def clear_search(self) -> None:
        """Remove the search highlight."""
        self._search_index = -1
        if self.search_model is not None:
            self.search_model.setSearchString("")
            self.view.setCurrentSearchResultIndex(-1)

    def search_result_count(self) -> int:
        """Return how many occurrences the page search found so far."""
        return self.search_model.count() if self.search_model is not None else 0

    def _apply_search_index(self) -> None:
        model = self.search_model
        if model is None or self._search_index < 0 or model.count() == 0:
            return
        index = min(self._search_index, model.count() - 1)
        if self.view.currentSearchResultIndex() == index:
            return
        self.view.setCurrentSearchResultIndex(index)
        link = model.resultAtIndex(index)
        if link.isValid():
            self.view.pageNavigator().jump(link.page(), link.location(), 0)

    def zoom_factor(self) -> float:
        """Return the zoom the zoom box asks for, given the first page and the view size."""
        value = self.zoom_box.currentData()
        if isinstance(value, float):
            return value
        if self.document.pageCount() < 1:
            return 1.0
        page = self.document.pagePointSize(0)
        dpi = self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right() - 4
        height = self.view.viewport().height() - margins.top() - margins.bottom() - 4
        if page.width() <= 0 or page.height() <= 0 or width <= 0:
            return 1.0
        factor = width / (page.width() * dpi)
        if value == "page" and height > 0:
            factor = min(factor, height / (page.height() * dpi))
        return max(0.1, factor)

    def apply_zoom(self) -> None:
        """Set the view's zoom from the zoom box (fit width, fit page or a percentage)."""
        factor = self.zoom_factor()
        if abs(self.view.zoomFactor() - factor) > 0.001:
            self.view.setZoomFactor(factor)
