"""What the UI thread does while the user types, the editor autosaves and the preview refreshes.

No timings here (they are in benchmarks/bench_ui_stall.py): these tests pin down the structure
that keeps the window answering, e.g. that the PDF is loaded into its QPdfDocument on a worker
thread and that a keystroke copies no meeting.
"""

from __future__ import annotations

import threading

from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from minutes_app.domain.model import Meeting
from minutes_app.ui import preview as preview_module
from minutes_app.ui.preview import PdfPreview
from tests.ui.pdfs import numbered_pdf


class _RecordingDocument(QPdfDocument):
    """A QPdfDocument that notes the thread of every load and page-size read."""

    threads: list[tuple[str, int]] = []

    def load(self, device):  # noqa: ANN001, ANN201
        self.threads.append(("load", threading.get_ident()))
        return super().load(device)

    def pagePointSize(self, page: int):  # noqa: ANN201, N802
        self.threads.append(("size", threading.get_ident()))
        return super().pagePointSize(page)


def test_the_pdf_is_loaded_and_measured_off_the_ui_thread(qtbot, app_context, monkeypatch) -> None:
    main = threading.get_ident()
    _RecordingDocument.threads = []
    monkeypatch.setattr(preview_module, "QPdfDocument", _RecordingDocument)
    preview = PdfPreview(app_context, Meeting, renderer=lambda m: numbered_pdf(3))
    qtbot.addWidget(preview)
    preview.resize(500, 400)
    preview.show()
    _RecordingDocument.threads.clear()  # the empty document made by the widget itself
    with qtbot.waitSignal(preview.refreshed, timeout=10000) as blocker:
        preview.refresh_now()
    assert blocker.args == [3]
    loads = [t for kind, t in _RecordingDocument.threads if kind == "load"]
    sizes = [t for kind, t in _RecordingDocument.threads[: len(loads) + 3] if kind == "size"]
    assert len(loads) == 1 and loads[0] != main
    assert len(sizes) == 3 and all(t != main for t in sizes)  # every page, before it is shown
    # the document shown is the one the worker loaded, now living on the UI thread
    shown = preview.view.document()
    assert isinstance(shown, _RecordingDocument) and shown is preview.document
    assert shown.thread() is QApplication.instance().thread()
    assert shown.pageCount() == 3


def test_a_new_render_replaces_the_document_and_keeps_the_search(qtbot, app_context) -> None:
    pages = {"count": 2}
    preview = PdfPreview(app_context, Meeting, renderer=lambda m: numbered_pdf(pages["count"]))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refreshed, timeout=10000):
        preview.refresh_now()
    first = preview.document
    preview.show_search("Trang", 0)
    pages["count"] = 4
    with qtbot.waitSignal(preview.refreshed, timeout=10000) as blocker:
        preview.refresh_now()
    assert blocker.args == [4]
    assert preview.document is not first and preview.view.document() is preview.document
    assert preview.search_model is not None
    assert preview.search_model.document() is preview.document
    qtbot.waitUntil(lambda: preview.search_result_count() == 4, timeout=10000)


def test_a_pdf_the_viewer_cannot_read_is_reported_inline(qtbot, app_context) -> None:
    preview = PdfPreview(app_context, Meeting, renderer=lambda m: b"%PDF-1.4 not really")
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refresh_failed, timeout=10000) as blocker:
        preview.refresh_now()
    assert "PDF" in blocker.args[0]
    assert not preview.is_refreshing()


def test_typing_copies_no_meeting_on_the_ui_thread(
    qtbot, app_context, seed_record, monkeypatch
) -> None:
    """A keystroke costs work in proportion to the edit: the window title, the tab title and
    the saved state are read from the live meeting, never from a copy of it."""
    from minutes_app.ui.editor import session as session_module
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    tab = window.open_meeting(seed_record.id)
    assert tab is not None
    title = tab.editor.sections[0].title_edit
    title.setFocus()
    title.end(False)
    copies: list[int] = []
    real = session_module.copy_of

    def counting(meeting: Meeting) -> Meeting:
        copies.append(threading.get_ident())
        return real(meeting)

    monkeypatch.setattr(session_module, "copy_of", counting)
    for key in "abc":
        QTest.keyClick(title, key)
        QApplication.processEvents()
    assert tab.editor.meeting_title().endswith("abc")
    assert window.windowTitle().startswith(tab.editor.meeting_title())
    assert copies == []  # the autosave and the preview copy it later, once per pause
    assert window.close()


def test_workers_hand_the_interpreter_back_within_a_fifth_of_a_millisecond(qapp) -> None:  # noqa: ANN001
    import sys

    from minutes_app.ui.tasks import SWITCH_INTERVAL_S, TaskRunner

    runner = TaskRunner()
    try:
        assert SWITCH_INTERVAL_S <= 0.0002
        assert sys.getswitchinterval() <= SWITCH_INTERVAL_S
    finally:
        runner.deleteLater()


def test_the_validation_after_an_edit_runs_on_a_worker(
    qtbot, app_context, seed_record, monkeypatch
) -> None:
    from minutes_app.ui.editor import MeetingEditor
    from minutes_app.ui.editor import editor as editor_module

    main = threading.get_ident()
    threads: list[int] = []
    real = editor_module.problems_of

    def recording(meeting: Meeting) -> list:
        threads.append(threading.get_ident())
        return real(meeting)

    monkeypatch.setattr(editor_module, "problems_of", recording)
    editor = MeetingEditor(app_context, seed_record)
    qtbot.addWidget(editor)
    threads.clear()  # opening validates at once, on the UI thread
    seen: list[list] = []
    editor.problems_changed.connect(seen.append)
    editor.session.set("issuer.name", "")  # a missing essential: a warning beside the field
    with qtbot.waitSignal(editor.problems_changed, timeout=10000):
        pass
    assert threads and all(t != main for t in threads)
    assert any(p.path == "issuer.name" for p in editor.problems())


def test_an_overtaken_validation_is_not_shown(qtbot, app_context, seed_record) -> None:
    from minutes_app.ui.editor import MeetingEditor

    editor = MeetingEditor(app_context, seed_record)
    qtbot.addWidget(editor)
    editor.session.set("issuer.name", "")
    editor.validate_in_background()  # its result would name issuer.name …
    editor.session.set("issuer.name", "UBND xã Thượng Kiệm")
    editor.validate_now()  # … but this newer one has already said all is well
    assert not any(p.path == "issuer.name" for p in editor.problems())
    assert app_context.tasks.wait(10000)
    assert not any(p.path == "issuer.name" for p in editor.problems())


def test_reading_page_sizes_hands_the_interpreter_back_between_pages(monkeypatch) -> None:  # noqa: ANN001
    # A fresh document's page sizes are read in calls that keep the interpreter (measured: a
    # second thread did not run once in 60 ms over 260 pages, and the window froze that long):
    # the worker must give it back between pages.
    events: list[str] = []

    class Document(QPdfDocument):
        def pagePointSize(self, page: int):  # noqa: ANN201, N802
            events.append("size")
            return super().pagePointSize(page)

    monkeypatch.setattr(preview_module, "QPdfDocument", Document)
    monkeypatch.setattr(preview_module.time, "sleep", lambda s: events.append(f"yield {s}"))
    document = preview_module.load_document(numbered_pdf(5))
    assert document.pageCount() == 5
    assert events == ["size", "yield 0"] * 5
