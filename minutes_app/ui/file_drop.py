"""Files dropped on the main window: a PDF has its signatures checked, a Word file is a returned
review copy of the current meeting (issue 16)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

SUFFIXES = (".pdf", ".docx")


class FileDrop(QObject):
    """Takes the PDF and DOCX files dropped on ``target``; other drops go on as before.

    Watches ``target``'s drag and drop events (an event filter) and emits ``pdf_dropped(path)``
    and ``review_copy_dropped(path)`` for each file, PDFs first, in the order dropped.
    """

    pdf_dropped = Signal(Path)
    review_copy_dropped = Signal(Path)

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QDragEnterEvent):
            urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
            if any(u.toLocalFile().lower().endswith(SUFFIXES) for u in urls):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            names = [u.toLocalFile() for u in event.mimeData().urls()]
            pdfs = [Path(name) for name in names if name.lower().endswith(".pdf")]
            copies = [Path(name) for name in names if name.lower().endswith(".docx")]
            if pdfs or copies:
                event.acceptProposedAction()
                for path in pdfs:
                    self.pdf_dropped.emit(path)
                for path in copies:
                    self.review_copy_dropped.emit(path)
                return True
        return super().eventFilter(watched, event)
