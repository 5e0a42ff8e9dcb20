"""Export to DOCX, PDF and JSON and print: layout check first, slow work off the UI thread."""

from __future__ import annotations

import copy
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from minutes_app.domain.errors import message as error_message
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.validation import Problem
from minutes_app.services.changes import Changes
from minutes_app.services.export import export_meeting
from minutes_app.ui.context import AppContext
from minutes_app.ui.problem_text import problem_lines
from minutes_app.ui.tasks import TaskFailure

log = logging.getLogger(__name__)

MAX_LISTED = 12
PRINT_DPI = 300


def suggested_name(meeting: Meeting, extension: str, meeting_id: int | None = None) -> str:
    """Return the file name offered in the save dialog, the same as a batch export would use."""
    from minutes_app.services.batch import file_stem

    return f"{file_stem(meeting, meeting_id)}.{extension}"


def with_extension(path: Path, extension: str) -> Path:
    """Return ``path`` ending in ``.extension`` (save dialogs on some systems drop it)."""
    return (
        path
        if path.suffix.lower() == f".{extension}"
        else path.with_name(f"{path.name}.{extension}")
    )


def print_pdf(data: bytes, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Draw the pages of a PDF onto ``printer``, each scaled to the paper; return the page count."""
    fd, name = tempfile.mkstemp(prefix="minutes-print-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        document = QPdfDocument()
        if document.load(name) != QPdfDocument.Error.None_:
            raise OSError("the PDF to print could not be read")
        count = document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(count))
        if first > 0 and last >= first:
            pages = [p for p in pages if first - 1 <= p <= last - 1]
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            resolution = min(printer.resolution(), dpi)
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(
                    max(1, round(points.width() * resolution / 72)),
                    max(1, round(points.height() * resolution / 72)),
                )
                image = document.render(page, size)
                area = painter.viewport()
                scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(
                    QPoint(
                        area.x() + (area.width() - scaled.width()) // 2,
                        area.y() + (area.height() - scaled.height()) // 2,
                    ),
                    scaled,
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        document.close()
        return len(pages)
    finally:
        Path(name).unlink(missing_ok=True)


def choose_printer_with_dialog(parent: QWidget | None) -> QPrinter | None:
    """Show the system print dialog; return the configured printer, None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


class ExportActions(QObject):
    """Exports and prints one meeting at a time: check → ask → render off the UI thread → report."""

    exported = Signal(str, Path)  # format, file written
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)  # the message shown
    status_message = Signal(str)  # short progress text for the status bar

    def __init__(
        self,
        context: AppContext,
        parent_widget: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        choose_printer: Callable[[QWidget | None], QPrinter | None] = choose_printer_with_dialog,
    ) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.open_url = open_url
        self.choose_printer = choose_printer

    @property
    def _lang(self) -> str:
        return self.context.language

    # -- the layout check --------------------------------------------------------------
    def _checked(self, meeting: Meeting, then: Callable[[Meeting], None], action: str) -> None:
        from minutes_app.render import check_meeting

        meeting = copy.deepcopy(meeting)
        self.status_message.emit(self.tr("Đang kiểm tra thể thức…"))
        self.context.tasks.run(
            lambda: check_meeting(meeting),
            on_done=lambda problems: self._after_check(meeting, problems, then, action),
            on_error=self._on_failure,
            label=self.tr("Kiểm tra thể thức"),
        )

    def _after_check(
        self,
        meeting: Meeting,
        problems: list[Problem],
        then: Callable[[Meeting], None],
        action: str,
    ) -> None:
        self.status_message.emit("")
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]
        if errors:
            text = self.tr("Biên bản còn %n lỗi cần sửa trước khi %1:", "", len(errors)).replace(
                "%1", action
            )
            message = text + "\n\n" + problem_lines(errors, self._lang, MAX_LISTED)
            self.context.interaction.error(
                self.tr("Chưa thể %1").replace("%1", action),
                message,
                problem_lines(problems, self._lang),
            )
            self.failed.emit(message)
            return
        if warnings:
            text = self.tr("Kiểm tra thể thức có %n cảnh báo:", "", len(warnings))
            question = self.tr("Vẫn tiếp tục %1?").replace("%1", action)
            if not self.context.interaction.confirm(
                self.tr("Cảnh báo về thể thức"),
                f"{text}\n\n{problem_lines(warnings, self._lang, MAX_LISTED)}\n\n{question}",
                default=True,
                ok_text=self.tr("Tiếp tục"),
                details=problem_lines(warnings, self._lang),
            ):
                return
        then(meeting)

    # -- DOCX / PDF ----------------------------------------------------------------------
    def export_document(self, meeting: Meeting, fmt: str, meeting_id: int | None = None) -> None:
        """Export ``meeting`` as ``pdf`` or ``docx``: check, choose a file, then write it.

        With the stored ``meeting_id`` the stored minutes are exported through the one export
        verb (``services.export``), as the command line does: approved minutes carry their
        revision and content hash, and are refused if the database was changed behind the
        application's back. Save the editor first so the stored minutes are what is shown.
        """
        if fmt not in ("pdf", "docx"):
            raise ValueError(fmt)
        self._checked(
            meeting, lambda m: self._ask_and_export(m, fmt, meeting_id), self.tr("xuất tệp")
        )

    def _ask_and_export(self, meeting: Meeting, fmt: str, meeting_id: int | None = None) -> None:
        folder = self.context.settings.last_dir("export") or str(Path.home())
        if fmt == "pdf":
            title, filters = self.tr("Xuất PDF"), self.tr("Tệp PDF (*.pdf)")
        else:
            title, filters = self.tr("Xuất DOCX"), self.tr("Tài liệu Word (*.docx)")
        chosen = self.context.interaction.choose_save_file(
            title, str(Path(folder) / suggested_name(meeting, fmt, meeting_id)), filters
        )
        if chosen is None:
            return
        target = with_extension(chosen, fmt)
        self.context.settings.set_last_dir("export", target.parent)
        db_path = self.context.db.path
        renders = self.context.renders
        source: int | Meeting = meeting if meeting_id is None else meeting_id

        def work() -> Changes:
            # A worker thread: its own connection; the verb loads, checks and stamps the minutes.
            from minutes_app.store import Database

            with Database.open(db_path, create=False) as db:
                return export_meeting(source, fmt, target, db=db, renderer=renders.render)

        # Approved minutes go out as the PDF/A-2b archive copy unless the user declines.
        if (
            fmt == "pdf"
            and meeting.status is Status.APPROVED
            and meeting_id is not None
            and self.context.interaction.confirm(
                self.tr("Bản lưu trữ PDF/A"),
                self.tr("Xuất bản lưu trữ PDF/A-2b (để lưu trữ và ký số)?"),
                default=True,
                ok_text=self.tr("PDF/A-2b"),
            )
        ):
            self._export_pdfa(meeting_id, target)
            return
        self.status_message.emit(self.tr("Đang xuất %1…").replace("%1", target.name))
        self.context.tasks.run(
            work,
            on_done=lambda _result: self._after_export(fmt, target),
            on_error=self._on_failure,
            label=self.tr("Xuất %1").replace("%1", target.name),
        )

    def _export_pdfa(self, meeting_id: int, target: Path) -> None:
        reopen = self.context.db.reopen  # a file or the office database alike

        def work() -> Path:
            from minutes_app.services.signing import export_pdfa

            with reopen() as db:  # this thread's own connection
                return export_pdfa(db, meeting_id, target).path

        self.status_message.emit(self.tr("Đang xuất %1…").replace("%1", target.name))
        self.context.tasks.run(
            work,
            on_done=lambda _path: self._after_export("pdf", target),
            on_error=self._on_failure,
            label=self.tr("Xuất %1").replace("%1", target.name),
        )

    def _after_export(self, fmt: str, target: Path) -> None:
        self.status_message.emit(self.tr("Đã xuất %1").replace("%1", str(target)))
        self.exported.emit(fmt, target)
        if self.context.settings.open_after_export:
            opened = self.open_url(QUrl.fromLocalFile(str(target)))
            if opened is False:  # the system has no program for this kind of file
                self._say_not_opened(fmt, target)

    def _say_not_opened(self, fmt: str, target: Path) -> None:
        """Tell why the exported file did not open, and where it is."""
        viewer = {
            "pdf": self.tr("một trình đọc PDF (ví dụ Adobe Acrobat Reader, Foxit, Okular)"),
            "docx": self.tr("Microsoft Word hoặc LibreOffice Writer"),
        }.get(fmt, self.tr("một chương trình mở được loại tệp này"))
        self.context.interaction.warning(
            self.tr("Đã xuất nhưng chưa mở được tệp"),
            self.tr(
                "Tệp %1 đã được lưu, nhưng máy chưa có chương trình nào được đặt để mở tệp "
                ".%2. Hãy cài %3, hoặc mở tệp từ thư mục %4. Có thể tắt «Mở tệp sau khi "
                "xuất» trong menu Tệp."
            )
            .replace("%1", target.name)
            .replace("%2", fmt)
            .replace("%3", viewer)
            .replace("%4", str(target.parent)),
        )

    # -- JSON ----------------------------------------------------------------------------
    def export_json(self, meeting: Meeting, meeting_id: int | None = None) -> Path | None:
        """Save ``meeting`` (the stored one with ``meeting_id``) as interchange JSON; return it."""
        folder = self.context.settings.last_dir("json") or str(Path.home())
        chosen = self.context.interaction.choose_save_file(
            self.tr("Xuất JSON"),
            str(Path(folder) / suggested_name(meeting, "json", meeting_id)),
            self.tr("Tệp JSON (*.json)"),
        )
        if chosen is None:
            return None
        target = with_extension(chosen, "json")
        self.context.settings.set_last_dir("json", target.parent)
        source: int | Meeting = meeting if meeting_id is None else meeting_id
        try:
            export_meeting(source, "json", target, db=self.context.db)
        except Exception as exc:  # an unwritable folder or a full disk: say so
            self._report(exc)
            return None
        self.status_message.emit(self.tr("Đã xuất %1").replace("%1", str(target)))
        self.exported.emit("json", target)
        return target

    # -- printing ------------------------------------------------------------------------
    def print_meeting(self, meeting: Meeting) -> None:
        """Print ``meeting``: check, choose a printer, render off the UI thread, draw the pages."""
        self._checked(meeting, self._choose_printer_and_print, self.tr("in"))

    def _choose_printer_and_print(self, meeting: Meeting) -> None:
        printer = self.choose_printer(self.parent_widget)
        if printer is None:
            return
        renders = self.context.renders
        self.status_message.emit(self.tr("Đang chuẩn bị bản in…"))
        self.context.tasks.run(
            lambda: renders.render_pdf(meeting),
            on_done=lambda data: self._print_rendered(data, printer),
            on_error=self._on_failure,
            label=self.tr("In biên bản"),
        )

    def _print_rendered(self, data: bytes, printer: QPrinter) -> None:
        try:
            pages = print_pdf(data, printer)
        except Exception as exc:  # printer gone, out of memory: a dialog, not a crash
            log.exception("printing failed")
            self._report(exc)
            return
        self.status_message.emit(self.tr("Đã gửi %n trang tới máy in", "", pages))
        self.printed.emit(pages)

    # -- errors --------------------------------------------------------------------------
    def _on_failure(self, failure: TaskFailure) -> None:
        self.status_message.emit("")
        if not failure.expected:
            log.error("export failed:\n%s", failure.details)
        problems = getattr(failure.exc, "problems", None)
        details = (
            problem_lines(problems, self._lang)
            if problems
            else ("" if failure.expected else failure.details)
        )
        self._report(failure.exc, details)

    def _report(self, exc: BaseException, details: str = "") -> None:
        message = error_message(exc, self._lang)
        self.context.interaction.error(self.tr("Lỗi khi xuất hoặc in"), message, details)
        self.failed.emit(message)
