"""Translations: the .ts is complete, builds to .qm on demand, switches the interface to English."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from minutes_app.ui.i18n import (
    choose_language,
    install_translators,
    qm_file,
    remove_translators,
    translations_dir,
)
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_list_model import COL_DATE, MeetingListModel
from minutes_app.ui.placeholder_editor import PlaceholderEditor

TS = translations_dir() / "minutes_app_en.ts"


def test_choose_language_follows_the_setting_then_the_system() -> None:
    assert choose_language("vi", "en_US") == "vi"
    assert choose_language("en", "vi_VN") == "en"
    assert choose_language("", "en_GB") == "en"
    assert choose_language("", "vi_VN") == "vi"
    assert choose_language("", "fr_FR") == "vi"  # Vietnamese first
    assert choose_language("xx", "en_US") == "en"


def test_every_message_has_an_english_translation() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("sourcelanguage", "").startswith("vi") and root.get("language", "").startswith(
        "en"
    )
    untranslated = []
    for message in root.iter("message"):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if translation is None or translation.get("type") == "unfinished" or not text.strip():
            untranslated.append(message.findtext("source"))
    assert untranslated == []


@pytest.fixture
def english(qapp, tmp_path: Path):  # noqa: ANN001
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder / TS.name)
    translators = install_translators(qapp, "en", folder, tmp_path / "cache")
    yield folder
    remove_translators(qapp, translators)


def test_qm_is_built_from_the_ts_when_missing(english: Path) -> None:
    qm = english / "minutes_app_en.qm"
    assert qm.exists() and qm.stat().st_size > 0  # built beside the .ts, the folder is writable
    assert qm_file("en", english, english / "cache") == qm  # fresh: reused, not rebuilt


def test_translator_switches_texts_to_english(qtbot, english, app_context) -> None:
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&File"
    assert QCoreApplication.translate("PdfPreview", "%n trang", "", 3) == "3 pages"
    model = MeetingListModel()
    assert model.headerData(COL_DATE, Qt.Orientation.Horizontal) == "Date"
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Options", "&Signatures", "&Help"]
    assert window.act_export_pdf.text() == "Export &PDF…"
    assert window.tabs.tabText(0) == "Minutes"


def test_without_a_translator_the_interface_is_vietnamese(qtbot, app_context) -> None:
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()][0] == "&Tệp"
    assert window.tabs.tabText(0) == "Danh sách biên bản"
