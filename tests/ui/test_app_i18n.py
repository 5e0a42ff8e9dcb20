"""Translations: the compiled English catalogue switches the interface to English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt

from minutes_app.ui.i18n import (
    choose_language,
    install_translators,
    remove_translators,
    translations_dir,
)
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_list_model import COL_DATE, MeetingListModel
from tests.ui.placeholder_editor import PlaceholderEditor


def test_choose_language_follows_the_setting_then_the_system() -> None:
    assert choose_language("vi", "en_US") == "vi"
    assert choose_language("en", "vi_VN") == "en"
    assert choose_language("", "en_GB") == "en"
    assert choose_language("", "vi_VN") == "vi"
    assert choose_language("", "fr_FR") == "vi"  # Vietnamese first
    assert choose_language("xx", "en_US") == "en"


@pytest.fixture
def english(qapp):  # noqa: ANN001
    translators = install_translators(qapp, "en")
    yield translators
    remove_translators(qapp, translators)


def test_english_loads_the_compiled_catalogue_and_qts_own(english) -> None:  # noqa: ANN001
    files = sorted(Path(t.filePath()) for t in english)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert files == sorted([translations_dir() / "minutes_app_en.qm", qt_dir / "qtbase_en.qm"])


def test_a_missing_catalogue_leaves_the_interface_vietnamese(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    translators = install_translators(qapp, "en", tmp_path)  # an empty folder: nothing to load
    try:
        assert [Path(t.filePath()).name for t in translators] == ["qtbase_en.qm"]
        assert QCoreApplication.translate("MainWindow", "&Tệp") == "&Tệp"
    finally:
        remove_translators(qapp, translators)


def test_translator_switches_texts_to_english(qtbot, english, app_context) -> None:
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&File"
    assert QCoreApplication.translate("PdfPreview", "%n trang", "", 3) == "3 pages"
    model = MeetingListModel()
    assert model.headerData(COL_DATE, Qt.Orientation.Horizontal) == "Date"
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Options", "&Signatures", "&Word review", "&Help"]
    assert window.act.export_pdf.text() == "Export &PDF…"
    assert window.tabs.tabText(0) == "Minutes"


def test_without_a_translator_the_interface_is_vietnamese(qtbot, app_context) -> None:
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()][0] == "&Tệp"
    assert window.tabs.tabText(0) == "Danh sách biên bản"


def test_the_editor_tables_column_headers_are_english_under_the_english_catalogue(
    english,  # noqa: ANN001
) -> None:
    from minutes_app.ui.editor.table_models import (
        AttendeeTableModel,
        StatementTableModel,
        TaskTableModel,
        VoteTableModel,
    )

    models = (AttendeeTableModel, VoteTableModel, TaskTableModel, StatementTableModel)
    headers = [
        QCoreApplication.translate("MeetingEditor", column.header)
        for model in models
        for column in model.columns
    ]
    # Every header has its English text (none falls back to the Vietnamese source).
    untranslated = [
        column.header
        for model in models
        for column in model.columns
        if QCoreApplication.translate("MeetingEditor", column.header) == column.header
    ]
    assert untranslated == []
    assert "In favour" in headers and "Name / group" in headers and "Deadline" in headers


def test_a_step_without_its_text_is_refused_in_english(
    qtbot, english, app_context, seed_record, fake_interaction
) -> None:  # noqa: ANN001
    from minutes_app.domain.workflow import Action
    from minutes_app.ui.review import ReviewPanel

    app_context.language = "en"
    panel = ReviewPanel(app_context, seed_record.id, ask_text=lambda *_: "   ")
    qtbot.addWidget(panel)
    assert panel.take(Action.SUBMIT)
    assert not panel.take(Action.RETURN)
    assert fake_interaction.messages[-1][2] == "No comment given; the minutes are unchanged."
    assert panel.take(Action.APPROVE)
    assert not panel.take(Action.REOPEN)
    assert fake_interaction.messages[-1][2] == "No reason given; the minutes are unchanged."


def test_a_refused_step_is_told_in_english(
    qtbot, english, app_context, seed_record, fake_interaction
) -> None:  # noqa: ANN001
    from minutes_app.domain.errors import MinutesError, message
    from minutes_app.domain.workflow import Action
    from minutes_app.services import workflow
    from minutes_app.ui.review import ReviewPanel

    app_context.language = "en"
    panel = ReviewPanel(app_context, seed_record.id)
    qtbot.addWidget(panel)
    app_context.db.review.submit(seed_record.id, "Lê Thị Hoa")  # another window submitted
    with pytest.raises(MinutesError) as refused:
        workflow.take(app_context.db, seed_record.id, Action.SUBMIT, "Lê Thị Hoa")
    english_text = message(refused.value, "en")
    assert english_text != message(refused.value, "vi")
    assert not panel.take(Action.SUBMIT)
    _kind, _title, text, _details = fake_interaction.errors()[-1]
    assert text == english_text


def test_the_attendance_and_role_names_are_english_under_the_english_catalogue(english) -> None:  # noqa: ANN001
    from minutes_app.domain.model import Attendance, Role
    from minutes_app.ui.editor.table_models import attendance_labels, role_labels

    assert attendance_labels()[Attendance.ABSENT_EXCUSED] == "Absent with a reason"
    assert role_labels()[Role.GUEST] == "Guest"


def test_the_attendance_names_are_vietnamese_without_a_translator(qapp) -> None:  # noqa: ANN001
    from minutes_app.domain.model import Attendance
    from minutes_app.ui.editor.table_models import attendance_labels

    assert attendance_labels()[Attendance.ABSENT_EXCUSED] == "Vắng có lý do"
