"""The window's signing actions: export for signing, take a signed file back, verify a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from minutes_app.ui.context import AppContext
from minutes_app.ui.tasks import TaskFailure


class SigningActions(QObject):
    """Menu actions over services.signing; work runs off the UI thread on its own connection."""

    verified = Signal(bool, str)  # all valid, the report
    filed = Signal(int)  # meeting id a signed file was filed with
    exported = Signal(Path)

    def __init__(
        self, context: AppContext, parent: QWidget, current_id: Callable[[], int | None]
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.current_id = current_id
        self.act_export = QAction(self.tr("&Xuất để ký (PDF/A)…"), parent)
        self.act_export.setStatusTip(
            self.tr("Xuất bản lưu trữ PDF/A-2b để ký bằng công cụ ký số của cơ quan")
        )
        self.act_export.triggered.connect(self.export_for_signing)
        self.act_import = QAction(self.tr("&Nhập bản đã ký…"), parent)
        self.act_import.setStatusTip(self.tr("Kiểm tra tệp đã ký số và lưu vào biên bản"))
        self.act_import.triggered.connect(self.import_signed)
        self.act_verify = QAction(self.tr("&Kiểm tra chữ ký số…"), parent)
        self.act_verify.setStatusTip(self.tr("Kiểm tra mọi chữ ký số của một tệp PDF"))
        self.act_verify.triggered.connect(self.choose_and_verify)

    def menu(self) -> QMenu:
        """Return the "Ký số" menu."""
        menu = QMenu(self.tr("&Ký số"), self.parent_widget)
        menu.addActions([self.act_export, self.act_import, self.act_verify])
        return menu

    def _db_path(self) -> Any:
        # Opens this database again on a worker thread (a file or the office database alike).
        return self.context.db.reopen

    def _failed(self, failure: TaskFailure) -> None:
        details = "" if failure.expected else failure.details
        self.context.interaction.error(self.tr("Ký số"), str(failure.exc), details)

    # -- Xuất để ký ----------------------------------------------------------------------
    def export_for_signing(self) -> None:
        """Write the current meeting's PDF/A-2b for the government's signing tool."""
        meeting_id = self.current_id()
        if meeting_id is None:
            self.context.interaction.information(
                self.tr("Ký số"), self.tr("Hãy chọn một biên bản.")
            )
            return
        folder = self.context.settings.last_dir("export") or str(Path.home())
        chosen = self.context.interaction.choose_save_file(
            self.tr("Xuất để ký (PDF/A)"),
            str(Path(folder) / f"bien-ban-{meeting_id}.pdf"),
            self.tr("Tệp PDF (*.pdf)"),
        )
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")
        db_path = self._db_path()

        def work() -> Path:
            from minutes_app.services.signing import export_pdfa

            with db_path() as db:
                return export_pdfa(db, meeting_id, target).path

        self.context.tasks.run(
            work, on_done=self.exported.emit, on_error=self._failed, label=self.tr("Xuất PDF/A")
        )

    # -- Nhập bản đã ký ------------------------------------------------------------------
    def import_signed(self) -> None:
        """Verify a file signed with another tool and file it with its meeting."""
        chosen = self.context.interaction.choose_open_file(
            self.tr("Nhập bản đã ký"), "", self.tr("Tệp PDF (*.pdf)")
        )
        if chosen is None:
            return
        db_path, by = self._db_path(), self.context.db.user_name

        def work() -> tuple[int, str]:
            from minutes_app.services.signing import import_signed

            with db_path() as db:
                done = import_signed(db, chosen, by=by)
            return done.document.meeting_id, "\n".join(done.report.lines())

        def done(result: tuple[int, str]) -> None:
            meeting_id, report = result
            self.context.interaction.information(
                self.tr("Đã nhập bản đã ký"),
                self.tr("Đã lưu bản đã ký vào biên bản số %1.").replace("%1", str(meeting_id)),
                report,
            )
            self.filed.emit(meeting_id)

        self.context.tasks.run(
            work, on_done=done, on_error=self._failed, label=self.tr("Nhập bản đã ký")
        )

    # -- Kiểm tra chữ ký số --------------------------------------------------------------
    def choose_and_verify(self) -> None:
        chosen = self.context.interaction.choose_open_file(
            self.tr("Kiểm tra chữ ký số"), "", self.tr("Tệp PDF (*.pdf)")
        )
        if chosen is not None:
            self.verify_path(chosen)

    def verify_path(self, path: Path) -> None:
        """Verify every signature of ``path`` (a file dropped on the window, or chosen)."""
        db_path = self._db_path()

        def work() -> tuple[bool, str]:
            from minutes_app.services.signing import verify_file

            with db_path() as db:
                report = verify_file(path, db)
            return report.ok, "\n".join(report.lines())

        def done(result: tuple[bool, str]) -> None:
            ok, text = result
            title = self.tr("Chữ ký số hợp lệ") if ok else self.tr("Chữ ký số KHÔNG hợp lệ")
            if ok:
                self.context.interaction.information(title, f"{path.name}\n\n{text}")
            else:
                self.context.interaction.warning(title, f"{path.name}\n\n{text}")
            self.verified.emit(ok, text)

        self.context.tasks.run(
            work, on_done=done, on_error=self._failed, label=self.tr("Kiểm tra chữ ký số")
        )
