"""The batch export dialog: filters, count, export off the UI thread, progress, cancel, errors."""

from __future__ import annotations

import copy
import datetime as dt
import threading
import types
from pathlib import Path

import pytest

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.validation import Problem
from minutes_app.ui.batch_export_dialog import BatchExportDialog, progress_text


class Refused(MinutesError):
    def __init__(self) -> None:
        self.problems = [Problem("title", "thiếu tên", "no title")]
        self.message_vi, self.message_en = "còn lỗi", "has errors"
        super().__init__("còn lỗi / has errors")


class ThreadRecordingExporter:
    """Writes a file per meeting and records which thread did the work."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.gate: threading.Event | None = None  # when set, wait for it before each export
        self.started = threading.Event()

    def __call__(self, meeting: Meeting, fmt: str, profile, metadata) -> bytes:  # noqa: ANN001
        self.threads.append(threading.current_thread())
        self.started.set()
        if self.gate is not None:
            assert self.gate.wait(20), "the test never released the exporter"
        if meeting.title.startswith("LỖI"):
            raise Refused()
        return meeting.title.encode("utf-8")


@pytest.fixture
def exporter(app_context) -> ThreadRecordingExporter:  # noqa: ANN001
    fake = ThreadRecordingExporter()
    # The dialog renders through the window's render process: this stand-in takes its place.
    app_context.renders = types.SimpleNamespace(render=fake)
    return fake


@pytest.fixture
def meetings(db, seed_meeting: Meeting) -> list[int]:  # noqa: ANN001
    ids = []
    for day, status, title in (
        (5, Status.APPROVED, "Giao ban tuần 1"),
        (12, Status.APPROVED, "Giao ban tuần 2"),
        (19, Status.DRAFT, "Giao ban tuần 3"),
        (26, Status.APPROVED, "Giao ban tuần 4"),
    ):
        meeting = copy.deepcopy(seed_meeting)
        meeting.date, meeting.status, meeting.title = dt.date(2026, 1, day), status, title
        ids.append(db.create(meeting).id)
    return ids


@pytest.fixture
def dialog(qtbot, app_context, meetings):  # noqa: ANN001
    widget = BatchExportDialog(app_context)
    qtbot.addWidget(widget)
    return widget


def _run(qtbot, dialog: BatchExportDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.batch_finished, timeout=30000):
        dialog.export_button.click()


def test_filters_update_the_count_and_the_export_button(dialog: BatchExportDialog) -> None:
    dialog.set_filters(
        status=Status.APPROVED, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 1, 31)
    )
    assert "3" in dialog.count_label.text() and dialog.export_button.isEnabled()
    dialog.set_filters(status=None, date_from=dt.date(2026, 1, 10), date_to=None)
    assert "3" in dialog.count_label.text()
    request = dialog.request()
    assert (request.status, request.date_from, request.date_to) == (
        None,
        dt.date(2026, 1, 10),
        None,
    )
    dialog.set_filters(status=Status.IN_REVIEW, date_from=None, date_to=None)
    assert not dialog.export_button.isEnabled()
    dialog.set_filters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 1, 1))
    assert not dialog.export_button.isEnabled()
    assert "sau ngày kết thúc" in dialog.count_label.text()


def test_exports_off_the_ui_thread_and_reports(
    qtbot,
    dialog: BatchExportDialog,
    exporter: ThreadRecordingExporter,
    app_context,
    tmp_path: Path,
    meetings: list[int],
) -> None:  # noqa: ANN001
    out = tmp_path / "thang-1"
    dialog.set_filters(
        status=Status.APPROVED,
        date_from=dt.date(2026, 1, 1),
        date_to=dt.date(2026, 1, 31),
        fmt="docx",
        folder=out,
    )
    progress_seen: list[str] = []
    original = dialog._on_progress

    def spy(percent: int, text: str) -> None:
        assert threading.current_thread() is threading.main_thread()
        progress_seen.append(text)
        original(percent, text)

    dialog._on_progress = spy  # type: ignore[method-assign]
    _run(qtbot, dialog)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        f"2026-01-05_BB-HU_so-chua-co_giao-ban-tuan-1_id{meetings[0]}.docx",
        f"2026-01-12_BB-HU_so-chua-co_giao-ban-tuan-2_id{meetings[1]}.docx",
        f"2026-01-26_BB-HU_so-chua-co_giao-ban-tuan-4_id{meetings[3]}.docx",
    ]
    assert exporter.threads and all(t is not threading.main_thread() for t in exporter.threads)
    assert dialog.summary is not None and dialog.summary.ok
    kind, _title, text, _details = app_context.interaction.messages[-1]
    assert kind == "information" and "3/3" in text
    assert not dialog.is_running() and dialog.progress is None
    assert app_context.settings.last_dir("batch_export") == str(out)


def test_cancel_stops_after_the_current_meeting(
    qtbot, dialog: BatchExportDialog, exporter: ThreadRecordingExporter, tmp_path: Path
) -> None:  # noqa: ANN001
    exporter.gate = threading.Event()
    dialog.set_filters(status=None, folder=tmp_path / "o")
    with qtbot.waitSignal(dialog.batch_finished, timeout=30000):
        dialog.export_button.click()
        assert exporter.started.wait(20)
        assert dialog.is_running() and dialog.progress is not None
        dialog.progress.cancel()  # the Cancel button
        dialog.reject()  # closing while running only cancels
        exporter.gate.set()
    summary = dialog.summary
    assert summary is not None and summary.cancelled
    assert len(summary.exported) == 1 and summary.total == 4
    assert len(list((tmp_path / "o").iterdir())) == 1


def test_failed_meetings_are_listed_in_a_warning(
    qtbot, dialog: BatchExportDialog, exporter, app_context, db, seed_meeting, tmp_path: Path
) -> None:  # noqa: ANN001
    bad = copy.deepcopy(seed_meeting)
    bad.date, bad.status, bad.title = dt.date(2026, 1, 7), Status.APPROVED, "LỖI thiếu tên"
    bad_id = db.create(bad).id
    dialog.set_filters(status=Status.APPROVED, folder=tmp_path / "o")
    _run(qtbot, dialog)
    kind, _title, text, details = app_context.interaction.messages[-1]
    assert kind == "warning" and "1 biên bản bị bỏ qua" in text
    assert f"2026-01-07_BB-HU_so-chua-co_loi-thieu-ten_id{bad_id}.pdf: còn lỗi" in details
    assert len(list((tmp_path / "o").iterdir())) == 3


def test_missing_folder_is_refused_before_starting(dialog: BatchExportDialog, app_context) -> None:  # noqa: ANN001
    dialog.set_filters(status=None)
    dialog.folder_edit.setText("  ")
    dialog.export_button.click()
    assert not dialog.is_running()
    assert app_context.interaction.errors()[-1][2] == "Hãy chọn thư mục lưu các tệp."


def test_folder_that_is_a_file_shows_the_batch_error(
    qtbot, dialog: BatchExportDialog, exporter, app_context, tmp_path: Path
) -> None:  # noqa: ANN001
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    dialog.set_filters(status=None, folder=blocker)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    (_kind, _title, text, _details) = app_context.interaction.errors()[-1]
    assert "blocker: không phải là thư mục" in text
    assert dialog.export_button.isEnabled()


def test_progress_text() -> None:
    assert progress_text(0, 3, "a.pdf") == "Đang xuất 1/3: a.pdf"
    assert progress_text(3, 3, "") == "Đã xử lý 3/3 biên bản"


def test_a_second_run_asks_before_replacing_files_in_the_folder(
    qtbot, dialog: BatchExportDialog, exporter, app_context, tmp_path: Path
) -> None:  # noqa: ANN001
    out = tmp_path / "o"
    dialog.set_filters(status=Status.APPROVED, folder=out)
    _run(qtbot, dialog)
    names = sorted(p.name for p in out.iterdir())
    (out / names[0]).write_text("the user's own edits", encoding="utf-8")
    app_context.interaction.confirm_answers = [False]
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    kind, _title, text = app_context.interaction.asked[-1]
    assert kind == "confirm" and "3 tệp" in text and names[0] in text
    assert (out / names[0]).read_text(encoding="utf-8") == "the user's own edits"
    app_context.interaction.confirm_answers = [True]
    with qtbot.waitSignal(dialog.batch_finished, timeout=30000):
        dialog.export_button.click()
    assert dialog.summary is not None and dialog.summary.ok
    assert (out / names[0]).read_text(encoding="utf-8") == "Giao ban tuần 1"
    assert sorted(p.name for p in out.iterdir()) == names


def test_the_first_screen_finds_the_approved_minutes(dialog: BatchExportDialog) -> None:
    # the meetings are of January 2026, whatever today is: the dialog opens on them
    assert dialog.status() is Status.APPROVED
    assert dialog.matching_count() == 3
    assert "3" in dialog.count_label.text() and dialog.export_button.isEnabled()
    assert (dialog.date_from(), dialog.date_to()) == (dt.date(2026, 1, 5), dt.date(2026, 1, 26))


def test_with_nothing_approved_the_first_screen_offers_every_meeting(
    qtbot,
    app_context,
    seed_record,  # noqa: ANN001
) -> None:
    widget = BatchExportDialog(app_context)
    qtbot.addWidget(widget)
    assert widget.status() is None and widget.matching_count() == 1
    assert widget.export_button.isEnabled()
