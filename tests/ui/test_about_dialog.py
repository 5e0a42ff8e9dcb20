"""The About dialog shows appinfo's identity, the library versions and the licences (OFL too)."""

from __future__ import annotations

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from minutes_app import appinfo
from minutes_app.paths import resource
from minutes_app.ui import about_dialog
from minutes_app.ui.about_dialog import AboutDialog


def _column(table, column: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, column).text() for row in range(table.rowCount())]


@pytest.fixture
def dialog(qtbot):  # noqa: ANN001
    widget = AboutDialog()
    qtbot.addWidget(widget)
    return widget


def test_header_shows_identity_from_appinfo(dialog: AboutDialog) -> None:
    from PySide6.QtWidgets import QLabel

    header = dialog.findChild(QLabel, "about_header")
    text = header.text()
    for value in (appinfo.DISPLAY_NAME, appinfo.VERSION, appinfo.ORGANIZATION, appinfo.DESKTOP_ID):
        assert value in text
    assert appinfo.DISPLAY_NAME in dialog.windowTitle()


def test_versions_table_lists_qt_pyside_python_and_libraries(dialog: AboutDialog) -> None:
    names = _column(dialog.versions_table, 0)
    versions = dict(zip(names, _column(dialog.versions_table, 1), strict=True))
    assert versions["Qt"] == qVersion()
    assert versions["PySide6"] == PySide6.__version__
    assert versions["Python"].startswith(".".join(map(str, __import__("sys").version_info[:2])))
    import docx
    import reportlab

    assert versions["python-docx"] == docx.__version__
    assert versions["reportlab"] == reportlab.Version
    assert versions[appinfo.DISPLAY_NAME] == appinfo.VERSION


def test_licences_include_the_fonts_ofl_file(dialog: AboutDialog) -> None:
    licences = dict(
        zip(_column(dialog.licences_table, 0), _column(dialog.licences_table, 1), strict=True)
    )
    assert licences["Liberation Serif"] == "SIL Open Font License 1.1"
    assert licences["PySide6"].startswith("LGPL")
    assert licences[appinfo.DISPLAY_NAME] == appinfo.LICENSE
    ofl = resource("fonts", "LICENSE-OFL.txt").read_text(encoding="utf-8")
    assert dialog.font_licence.toPlainText() == ofl
    assert "SIL Open Font License" in dialog.font_licence.toPlainText()
    assert dialog.font_licence.isReadOnly()
    assert dialog.tabs.count() == 3


def test_missing_font_licence_is_said_not_raised(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # noqa: ANN001
    import minutes_app.paths as paths

    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert "cannot read the font licence" in about_dialog.font_licence_text()


def test_copy_puts_versions_on_the_clipboard(dialog: AboutDialog, qtbot) -> None:  # noqa: ANN001
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert f"{appinfo.DISPLAY_NAME_EN} {appinfo.VERSION}" in text
    assert f"Qt: {qVersion()}" in text and appinfo.DESKTOP_ID in text


def test_about_module_reads_identity_only_from_appinfo() -> None:
    from pathlib import Path

    source = Path(about_dialog.__file__).read_text(encoding="utf-8")
    assert '"0.1.0"' not in source and "vn.minutes_app" not in source
