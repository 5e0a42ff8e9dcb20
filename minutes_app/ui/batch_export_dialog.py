"""The batch export dialog: filters, an output folder and a cancellable progress dialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.model import Status
from minutes_app.services.batch import (
    BatchError,
    BatchRequest,
    BatchSummary,
    NamesTaken,
    export_batch,
)
from minutes_app.ui.status_words import status_label

if TYPE_CHECKING:
    from minutes_app.ui.context import AppContext
    from minutes_app.ui.tasks import TaskFailure

SETTINGS_PURPOSE = "batch_export"


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def progress_text(done: int, total: int, name: str) -> str:
    """Return the progress line shown under the bar (built in the worker: plain text only)."""
    if not name:
        return f"Đã xử lý {done}/{total} biên bản"
    return f"Đang xuất {done + 1}/{total}: {name}"


class BatchExportDialog(QDialog):
    """Export many meetings at once; the work runs off the UI thread through ``context.tasks``."""

    batch_finished = Signal(object)  # the BatchSummary, after the result was shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("batch_export_dialog")
        self.setWindowTitle(self.tr("Xuất hàng loạt"))
        self._cancel = threading.Event()
        self._running = False
        self.progress: QProgressDialog | None = None
        self.summary: BatchSummary | None = None

        self.status_combo = QComboBox(self)
        for label, status in (
            (status_label(Status.APPROVED), Status.APPROVED),
            (status_label(Status.IN_REVIEW), Status.IN_REVIEW),
            (status_label(Status.DRAFT), Status.DRAFT),
            (self.tr("Tất cả trạng thái"), None),
        ):
            self.status_combo.addItem(label, status.value if status else "")

        today = dt.date.today()
        self.from_check = QCheckBox(self.tr("Từ ngày"), self)
        self.from_edit = QDateEdit(_to_qdate(today.replace(day=1)), self)
        self.to_check = QCheckBox(self.tr("Đến ngày"), self)
        self.to_edit = QDateEdit(_to_qdate(today), self)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            check.setChecked(True)
            check.toggled.connect(edit.setEnabled)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem("PDF", "pdf")
        self.format_combo.addItem("DOCX (Word)", "docx")

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("Thư mục lưu các tệp"))
        self.folder_edit.setText(context.settings.last_dir(SETTINGS_PURPOSE))
        self.browse_button = QPushButton(self.tr("Chọn…"), self)
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

        form = QFormLayout()
        form.addRow(self.tr("Trạng thái"), self.status_combo)
        form.addRow(self.from_check, self.from_edit)
        form.addRow(self.to_check, self.to_edit)
        form.addRow(self.tr("Định dạng"), self.format_combo)
        form.addRow(self.tr("Thư mục"), folder_row)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Xuất"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        for signal in (
            self.status_combo.currentIndexChanged,
            self.from_check.toggled,
            self.to_check.toggled,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
        ):
            signal.connect(self.update_count)
        self.choose_defaults()

    # -- the filters -------------------------------------------------------------------

    def choose_defaults(self) -> None:
        """Open on filters that find something: the approved minutes (every meeting when none
        is approved yet), over the dates they span."""
        try:
            approved = list(self.context.db.list(status=Status.APPROVED))
            rows = approved or list(self.context.db.list())
        except MinutesError:
            rows, approved = [], []
        if not rows:
            self.update_count()
            return
        dates = [row.date for row in rows]
        self.set_filters(
            status=Status.APPROVED if approved else None,
            date_from=min(dates),
            date_to=max(dates),
        )

    def status(self) -> Status | None:
        """Return the chosen status, None for every status."""
        value = self.status_combo.currentData()
        return Status(value) if value else None

    def date_from(self) -> dt.date | None:
        """Return the first date, None when unbounded."""
        return _to_date(self.from_edit.date()) if self.from_check.isChecked() else None

    def date_to(self) -> dt.date | None:
        """Return the last date (inclusive), None when unbounded."""
        return _to_date(self.to_edit.date()) if self.to_check.isChecked() else None

    def set_filters(
        self,
        *,
        status: Status | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        fmt: str = "pdf",
        folder: Path | None = None,
    ) -> None:
        """Set every field at once (the caller's defaults, and tests)."""
        self.status_combo.setCurrentIndex(
            self.status_combo.findData(status.value if status else "")
        )
        self.from_check.setChecked(date_from is not None)
        if date_from is not None:
            self.from_edit.setDate(_to_qdate(date_from))
        self.to_check.setChecked(date_to is not None)
        if date_to is not None:
            self.to_edit.setDate(_to_qdate(date_to))
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        if folder is not None:
            self.folder_edit.setText(str(folder))
        self.update_count()

    def request(self) -> BatchRequest:
        """Return the batch the fields describe."""
        return BatchRequest(
            out_dir=Path(self.folder_edit.text().strip()).expanduser(),
            fmt=str(self.format_combo.currentData()),
            status=self.status(),
            date_from=self.date_from(),
            date_to=self.date_to(),
        )

    def matching_count(self) -> int | None:
        """Return how many meetings the filters select (None when the dates are reversed)."""
        start, end = self.date_from(), self.date_to()
        if start is not None and end is not None and start > end:
            return None
        rows = self.context.db.list(status=self.status(), date_from=start, date_to=end)
        return len(rows)

    def update_count(self) -> None:
        """Say how many meetings will be exported; disable Export when there are none."""
        count = self.matching_count()
        if count is None:
            self.count_label.setText(self.tr("Ngày bắt đầu sau ngày kết thúc."))
        elif count == 0:
            self.count_label.setText(self.tr("Không có biên bản nào khớp bộ lọc."))
        else:
            self.count_label.setText(self.tr("Sẽ xuất %n biên bản.", "", count))
        self.export_button.setEnabled(bool(count) and not self._running)

    def choose_folder(self) -> None:
        """Let the user pick the output folder."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu các tệp"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    # -- running -----------------------------------------------------------------------

    def is_running(self) -> bool:
        """Return True while a batch runs."""
        return self._running

    def start_export(self, *, overwrite: bool = False) -> None:
        """Check the fields, then run the batch off the UI thread with a progress dialog.

        Files already in the folder under the batch's names are replaced only with
        ``overwrite``: the first run refuses, and the user is asked whether to replace them.
        """
        if self._running:
            return
        title = self.tr("Xuất hàng loạt")
        if not self.folder_edit.text().strip():
            self.context.interaction.error(title, self.tr("Hãy chọn thư mục lưu các tệp."))
            return
        total = self.matching_count()
        if total is None:
            self.context.interaction.error(title, self.tr("Ngày bắt đầu sau ngày kết thúc."))
            return
        if total == 0:
            self.context.interaction.information(
                title, self.tr("Không có biên bản nào khớp bộ lọc.")
            )
            return
        request = dataclasses.replace(self.request(), overwrite=overwrite)
        self.context.settings.set_last_dir(SETTINGS_PURPOSE, request.out_dir)
        self._cancel = threading.Event()
        cancel = self._cancel
        reopen = self.context.db.reopen  # a file or the office database alike
        self._running = True
        self.export_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Đang chuẩn bị…"), self.tr("Hủy"), 0, 100, self)
        self.progress.setObjectName("batch_progress")
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancel_export)
        self.progress.setValue(0)
        self.progress.show()

        renders = self.context.renders

        def work(report: Any) -> BatchSummary:
            # Runs on a worker thread: its own database connection, no widget touched; the
            # progress reaches the UI thread through the TaskRunner's queued signal.
            def progress(done: int, count: int, name: str) -> None:
                report(done * 100 // count if count else 100, progress_text(done, count, name))

            with reopen() as db:
                return export_batch(
                    db,
                    request,
                    progress=progress,
                    should_cancel=cancel.is_set,
                    renderer=renders.render,  # in the render process, as the preview
                )

        self.context.tasks.run(
            work,
            on_done=self._on_done,
            on_error=self._on_error,
            on_progress=self._on_progress,
            label=title,
        )

    def cancel_export(self) -> None:
        """Ask the running batch to stop after the current meeting."""
        if self._running:
            self._cancel.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Đang hủy sau biên bản hiện tại…"))

    def _on_progress(self, percent: int, text: str) -> None:
        progress = self.progress
        if progress is None or self._cancel.is_set():
            return  # finished already (results can overtake queued progress) or cancelling
        progress.setLabelText(text)
        # A modal progress dialog processes events in setValue: the result may arrive and
        # close it there, so nothing touches it afterwards.
        progress.setValue(percent)

    def _finish(self) -> None:
        self._running = False
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_export)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.update_count()

    def _on_done(self, summary: BatchSummary) -> None:
        self._finish()
        self.summary = summary
        title = self.tr("Xuất hàng loạt")
        language = getattr(self.context, "language", "vi")
        text = summary.text(language)
        if summary.failures:
            details = "\n".join(f.text(language) for f in summary.failures)
            self.context.interaction.warning(title, text, details)
        else:
            self.context.interaction.information(title, text)
        self.batch_finished.emit(summary)

    def _on_error(self, failure: TaskFailure) -> None:
        self._finish()
        exc = failure.exc
        title = self.tr("Xuất hàng loạt")
        if isinstance(exc, NamesTaken):
            names = "\n".join(exc.names)
            question = self.tr(
                "%n tệp cùng tên đã có trong thư mục và chưa bị ghi đè. Ghi đè các tệp này?",
                "",
                len(exc.names),
            )
            if self.context.interaction.confirm(
                title, question, default=False, ok_text=self.tr("Ghi đè"), details=names
            ):
                self.start_export(overwrite=True)
        elif isinstance(exc, BatchError):
            self.context.interaction.error(title, str(exc))
        else:
            self.context.interaction.error(
                title, self.tr("Không xuất được: %1").replace("%1", str(exc)), failure.details
            )

    def reject(self) -> None:
        """Close; while a batch runs, ask it to stop instead (the result still arrives)."""
        if self._running:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
