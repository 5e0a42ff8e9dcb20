"""Export DOCX/PDF and print through the UI path, dialogs stubbed; the layout check runs first."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrinter

from minutes_app.domain.model import Vote
from minutes_app.render.process import RenderProcess
from minutes_app.ui.export_actions import ExportActions, print_pdf, with_extension
from minutes_app.ui.main_window import MainWindow
from tests.ui.placeholder_editor import PlaceholderEditor


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, editor_factory=PlaceholderEditor)
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    opened: list[QUrl] = []
    win.exports.open_url = opened.append
    win.opened_urls = opened
    return win


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def test_export_docx_through_the_ui(qtbot, window, fake_interaction, seed_record, tmp_path) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    window.context.settings.open_after_export = True
    fake_interaction.save_paths = [tmp_path / "bien-ban"]
    with qtbot.waitSignal(window.exports.exported, timeout=60000) as blocker:
        window.act.export_docx.trigger()
    target = tmp_path / "bien-ban.docx"
    assert blocker.args == ["docx", target]
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Đánh giá kết quả công tác tháng 2 năm 2020" in text
    assert window.opened_urls == [QUrl.fromLocalFile(str(target))]
    assert window.context.settings.last_dir("export") == str(tmp_path)
    suggested = next(a for a in fake_interaction.asked if a[0] == "save")[2]
    assert suggested.endswith(".docx") and "2020-02-25" in suggested
    assert not fake_interaction.errors()


def test_export_pdf_remembers_the_folder_and_may_not_open(
    qtbot, window, fake_interaction, seed_record, tmp_path
) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    window.act.open_after.setChecked(False)
    assert window.context.settings.open_after_export is False
    window.context.settings.set_last_dir("export", tmp_path)
    fake_interaction.save_paths = [tmp_path / "out.pdf"]
    with qtbot.waitSignal(window.exports.exported, timeout=60000):
        window.act.export_pdf.trigger()
    assert "HUYỆN ỦY KIM SƠN" in _pdf_text(tmp_path / "out.pdf")
    assert window.opened_urls == []
    save_ask = next(a for a in fake_interaction.asked if a[0] == "save")
    assert save_ask[2].startswith(str(tmp_path))


def test_layout_errors_stop_the_export_and_are_listed(
    qtbot, app_context, fake_interaction, seed_meeting, tmp_path
) -> None:
    bad = dataclasses.replace(seed_meeting, votes=[Vote("Thông qua", 30, 0, 0, eligible=10)])
    actions = ExportActions(app_context)
    fake_interaction.save_paths = [tmp_path / "x.pdf"]
    with qtbot.waitSignal(actions.failed, timeout=60000):
        actions.export_document(bad, "pdf")
    _kind, _title, text, _details = fake_interaction.errors()[-1]
    assert "Biểu quyết 1" in text and "votes[0]" not in text  # the field's name, not its path
    assert not any(a[0] == "save" for a in fake_interaction.asked)  # no file dialog
    assert not (tmp_path / "x.pdf").exists()


def test_warnings_are_shown_and_the_user_may_stop(
    qtbot, app_context, fake_interaction, seed_meeting, tmp_path
) -> None:
    draft = dataclasses.replace(
        seed_meeting, number="", secretary=dataclasses.replace(seed_meeting.secretary, name="")
    )
    actions = ExportActions(app_context)
    fake_interaction.confirm_answers = [False]
    fake_interaction.save_paths = [tmp_path / "x.docx"]
    actions.export_document(draft, "docx")
    qtbot.waitUntil(lambda: any(a[0] == "confirm" for a in fake_interaction.asked), timeout=60000)
    question = next(a for a in fake_interaction.asked if a[0] == "confirm")[2]
    assert "Thư ký" in question and "Số:" in question
    assert "secretary.name" not in question and "number:" not in question
    assert not any(a[0] == "save" for a in fake_interaction.asked)


def test_unwritable_target_gives_a_dialog_not_a_crash(
    qtbot, app_context, fake_interaction, seed_meeting, tmp_path
) -> None:
    actions = ExportActions(app_context, open_url=lambda url: None)
    fake_interaction.save_paths = [tmp_path / "no-such-folder" / "x.pdf"]
    with qtbot.waitSignal(actions.failed, timeout=60000):
        actions.export_document(seed_meeting, "pdf")
    assert "no-such-folder" in fake_interaction.errors()[-1][2]


def test_print_draws_every_page(qtbot, app_context, seed_meeting, tmp_path) -> None:
    out = tmp_path / "printed.pdf"

    def choose_printer(parent):  # noqa: ANN001, ANN202
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    actions = ExportActions(app_context, choose_printer=choose_printer)
    with qtbot.waitSignal(actions.printed, timeout=60000) as blocker:
        actions.print_meeting(seed_meeting)
    from minutes_app.render import render_pdf_bytes

    expected = len(pypdf.PdfReader(__import__("io").BytesIO(render_pdf_bytes(seed_meeting))).pages)
    assert blocker.args == [expected]
    assert len(pypdf.PdfReader(str(out)).pages) == expected


def test_print_pdf_honours_the_page_range(qapp, tmp_path, seed_meeting) -> None:
    from minutes_app.render import render_pdf_bytes

    data = render_pdf_bytes(seed_meeting)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    printer.setFromTo(1, 1)
    assert print_pdf(data, printer, dpi=72) == 1
    assert with_extension(Path("a.PDF"), "pdf") == Path("a.PDF")
    assert with_extension(Path("a.v1"), "pdf") == Path("a.v1.pdf")


# -- one export verb: the list page, the tab and the command line give the same file ---------


def _approve(db, meeting_id: int) -> None:  # noqa: ANN001
    from minutes_app.domain.workflow import Action

    db.review.transition(meeting_id, Action.SUBMIT, "Thư ký")
    db.review.transition(meeting_id, Action.APPROVE, "Chủ tịch")


def _export_from_window(qtbot, window, fake_interaction, target: Path, kind: str) -> None:  # noqa: ANN001
    fake_interaction.save_paths = [target]
    # Approved minutes: the window offers the PDF/A-2b archive copy first.
    fake_interaction.confirm_answers = [kind == "pdfa"] if kind != "docx" else []
    action = window.act.export_docx if kind == "docx" else window.act.export_pdf
    with qtbot.waitSignal(window.exports.exported, timeout=60000):
        action.trigger()


@pytest.mark.parametrize("kind", ["pdf", "pdfa", "docx"])
def test_approved_minutes_export_the_same_bytes_from_list_tab_and_cli(
    qtbot, window, app_context, fake_interaction, seed_record, tmp_path, kind: str
) -> None:  # noqa: ANN001
    from minutes_app.cli import main

    fmt = "docx" if kind == "docx" else "pdf"
    renders = app_context.renders = RenderProcess()  # this test's own child, to count it
    _approve(app_context.db, seed_record.id)
    window.refresh_list()
    window.select_meeting(seed_record.id)
    assert window.current_tab() is None  # the list page: no editor open
    _export_from_window(qtbot, window, fake_interaction, tmp_path / f"list.{fmt}", kind)
    window.open_meeting(seed_record.id)
    assert window.current_tab() is not None
    _export_from_window(qtbot, window, fake_interaction, tmp_path / f"tab.{fmt}", kind)
    cli_out = tmp_path / f"cli.{fmt}"
    db_path = str(app_context.db.path)
    args = ["--db", db_path, "export", str(seed_record.id), "--format", fmt, "--out", str(cli_out)]
    assert main(args + (["--pdfa"] if kind == "pdfa" else [])) == 0
    data = (tmp_path / f"list.{fmt}").read_bytes()
    assert data == (tmp_path / f"tab.{fmt}").read_bytes() == cli_out.read_bytes()
    # The window rendered both in its render process (the PDF/A copy has its own converter).
    assert renders.started == (0 if kind == "pdfa" else 1)
    assert (renders.pid() is None) == (kind == "pdfa")
    renders.close()
    revision = app_context.db.review.revision(seed_record.id, 1)
    if fmt == "pdf":
        info = pypdf.PdfReader(str(tmp_path / "list.pdf")).metadata
        assert info["/minutes_app_sha256"] == revision.sha256
        assert info["/minutes_app_approved_by"] == "Chủ tịch"
        assert (b"pdfaid" in data) == (kind == "pdfa")
    else:
        props = docx.Document(str(tmp_path / "list.docx")).part.package
        custom = next(p for p in props.parts if p.partname == "/docProps/custom.xml")
        assert revision.sha256.encode() in custom.blob


def test_tampered_approved_minutes_are_refused_from_the_list_page(
    qtbot, window, app_context, fake_interaction, seed_record, tmp_path
) -> None:  # noqa: ANN001
    import sqlite3

    _approve(app_context.db, seed_record.id)
    # Someone with the file drops the protections and edits the approved text behind the app.
    conn = sqlite3.connect(app_context.db.path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(
        "UPDATE meetings SET document = replace(document, 'Hội nghị', 'Hội nghị KHÔNG') "
        "WHERE id = ?",
        (seed_record.id,),
    )
    conn.commit()
    conn.close()
    window.refresh_list()
    window.select_meeting(seed_record.id)
    fake_interaction.save_paths = [tmp_path / "forged.pdf"]
    with qtbot.waitSignal(window.exports.failed, timeout=60000):
        window.act.export_pdf.trigger()
    assert fake_interaction.errors()
    assert not (tmp_path / "forged.pdf").exists()


def test_open_after_export_says_why_when_no_viewer_opens(
    qtbot,
    window,
    fake_interaction,
    seed_record,
    tmp_path,  # noqa: ANN001
) -> None:
    window.refresh_list()
    window.select_meeting(seed_record.id)
    window.context.settings.open_after_export = True
    window.exports.open_url = lambda url: False  # as QDesktopServices answers with no viewer
    fake_interaction.save_paths = [tmp_path / "bien-ban.docx"]
    with qtbot.waitSignal(window.exports.exported, timeout=60000):
        window.act.export_docx.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "warning" for m in fake_interaction.messages))
    _kind, title, text, _details = next(m for m in fake_interaction.messages if m[0] == "warning")
    assert title == "Đã xuất nhưng chưa mở được tệp"
    assert "bien-ban.docx" in text and "LibreOffice Writer" in text and str(tmp_path) in text
    assert (tmp_path / "bien-ban.docx").exists()
