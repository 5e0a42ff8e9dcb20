"""The live PDF preview: renders off the UI thread, debounced, shows pages or the error inline."""

from __future__ import annotations

import dataclasses
import os
import threading

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.model import Meeting
from minutes_app.render import render_pdf_bytes
from minutes_app.ui.preview import PdfPreview
from tests.ui.pdfs import numbered_pdf


def test_preview_renders_off_the_ui_thread_and_shows_pages(qtbot, app_context) -> None:
    main = threading.get_ident()
    threads: list[int] = []

    def renderer(meeting: Meeting) -> bytes:
        threads.append(threading.get_ident())
        return numbered_pdf(2)

    preview = PdfPreview(app_context, Meeting, renderer=renderer)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refreshed, timeout=10000) as blocker:
        preview.refresh_now()
    assert blocker.args == [2]
    assert preview.document.pageCount() == 2
    assert threads and all(t != main for t in threads)
    assert "2" in preview.status_label.text()


def test_edits_in_a_burst_render_once_after_the_pause(qtbot, app_context) -> None:
    calls: list[str] = []
    title = {"value": ""}

    def renderer(meeting: Meeting) -> bytes:
        calls.append(meeting.title)
        return numbered_pdf(1)

    preview = PdfPreview(app_context, lambda: Meeting(title=title["value"]), renderer=renderer)
    qtbot.addWidget(preview)
    for text in ("H", "Họ", "Họp"):
        title["value"] = text
        preview.schedule_refresh()
    assert preview.is_refreshing() and not calls
    with qtbot.waitSignal(preview.refreshed, timeout=10000):
        pass
    assert calls == ["Họp"]


def test_render_error_is_shown_inline(qtbot, app_context, fake_interaction) -> None:
    def renderer(meeting: Meeting) -> bytes:
        raise MinutesError("phông chữ bị thiếu")

    preview = PdfPreview(app_context, Meeting, renderer=renderer)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refresh_failed, timeout=10000) as blocker:
        preview.refresh_now()
    assert "phông chữ bị thiếu" in blocker.args[0]
    assert "phông chữ bị thiếu" in preview.error_label.text()
    assert not preview.error_label.isHidden()
    assert not fake_interaction.errors()  # inline, no dialog


def test_preview_of_the_seed_with_the_real_renderer(qtbot, app_context, seed_meeting) -> None:
    preview = PdfPreview(app_context, lambda: seed_meeting)
    qtbot.addWidget(preview)
    failures: list[str] = []
    preview.refresh_failed.connect(failures.append)
    preview.refresh_now()
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0 or bool(failures), timeout=60000)
    assert not failures
    assert preview.document.pageCount() > 0
    assert preview.pdf_bytes == render_pdf_bytes(seed_meeting)
    # The render ran in the window's render process, not in this one.
    renders = app_context.renders
    assert renders.pid() not in (None, os.getpid()) and not renders.unavailable


def test_a_draft_the_renderer_refuses_shows_its_message_from_the_render_process(
    qtbot, app_context, seed_meeting
) -> None:
    broken = dataclasses.replace(seed_meeting, profile="no-such-layout")
    preview = PdfPreview(app_context, lambda: broken)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refresh_failed, timeout=60000) as blocker:
        preview.refresh_now()
    assert "no-such-layout" in blocker.args[0] and "Không" in blocker.args[0]
    assert app_context.renders.pid() is not None


def test_window_preview_follows_the_real_editor(qtbot, app_context, seed_record) -> None:
    from minutes_app.ui.editor import MeetingEditor
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.meeting_tabs import load_editor_class

    assert load_editor_class() is MeetingEditor
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.act.preview.setChecked(True)
    tab = window.open_meeting(seed_record.id)
    qtbot.waitUntil(lambda: tab.preview.document.pageCount() > 0, timeout=60000)
    with qtbot.waitSignal(tab.preview.refreshed, timeout=60000):
        tab.editor.meeting_changed.emit()  # an edit: the preview renders again after the pause
    assert tab.preview.document.pageCount() > 0
    assert window.close()


def test_zoom_fits_the_width_or_the_page(qtbot, app_context) -> None:
    preview = PdfPreview(app_context, Meeting, renderer=lambda m: numbered_pdf(1))
    qtbot.addWidget(preview)
    preview.resize(500, 400)
    preview.show()
    with qtbot.waitSignal(preview.refreshed, timeout=10000):
        preview.refresh_now()
    width_fit = preview.view.zoomFactor()
    page = preview.document.pagePointSize(0)
    page_px = page.width() * preview.view.logicalDpiX() / 72 * width_fit
    assert preview.view.viewport().width() - 30 < page_px <= preview.view.viewport().width()
    preview.zoom_box.setCurrentIndex(
        1
    )  # whole page: smaller than the width fit in a wide, low view
    assert preview.view.zoomFactor() < width_fit
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(1.0))
    assert preview.view.zoomFactor() == 1.0
