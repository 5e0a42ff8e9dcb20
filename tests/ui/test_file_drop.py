"""Files dropped on the window (ui/file_drop.py): PDFs and Word files are taken, others are not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from minutes_app.ui.file_drop import FileDrop


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


# Qt hands a drop only to the target of a real drag: the tests call the filter as Qt does.
def _enter(drop: FileDrop, widget: QWidget, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    drop.eventFilter(widget, event)
    return event.isAccepted()


def _drop(drop: FileDrop, widget: QWidget, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.eventFilter(widget, event)


def test_pdf_and_word_files_are_taken_in_the_order_dropped(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    target = QWidget()
    qtbot.addWidget(target)
    drop = FileDrop(target)
    assert target.acceptDrops()
    pdfs: list[Path] = []
    copies: list[Path] = []
    drop.pdf_dropped.connect(pdfs.append)
    drop.review_copy_dropped.connect(copies.append)
    files = [tmp_path / "b.DOCX", tmp_path / "a.pdf", tmp_path / "ghi-chu.txt", tmp_path / "c.pdf"]
    assert _enter(drop, target, _mime(*files))
    _drop(drop, target, _mime(*files))
    assert pdfs == [tmp_path / "a.pdf", tmp_path / "c.pdf"]
    assert copies == [tmp_path / "b.DOCX"]


def test_other_files_are_left_alone(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    target = QWidget()
    qtbot.addWidget(target)
    drop = FileDrop(target)
    taken: list[Path] = []
    drop.pdf_dropped.connect(taken.append)
    drop.review_copy_dropped.connect(taken.append)
    assert not _enter(drop, target, _mime(tmp_path / "anh.png", tmp_path / "ghi-chu.txt"))
    _drop(drop, target, _mime(tmp_path / "anh.png"))
    assert taken == []


def test_the_window_takes_pdf_and_word_drags(qtbot, app_context, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from minutes_app.ui.main_window import MainWindow
    from tests.ui.placeholder_editor import PlaceholderEditor

    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    assert window.acceptDrops()
    for name, taken in (("da-ky.pdf", True), ("gop-y.docx", True), ("anh.png", False)):
        mime = _mime(tmp_path / name)  # kept: the event does not own it
        event = QDragEnterEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.ignore()
        QApplication.sendEvent(window, event)  # a drag entering goes through the filters
        assert event.isAccepted() is taken, name
