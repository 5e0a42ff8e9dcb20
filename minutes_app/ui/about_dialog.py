"""The About dialog: the app's identity from appinfo, library versions and every licence."""

from __future__ import annotations

import html
import importlib.metadata
import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app import appinfo

# (component, distribution name for the version, licence); the fonts are described in the file.
THIRD_PARTY = (
    ("Qt", None, "LGPL-3.0-only"),
    ("PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    ("python-docx", "python-docx", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("reportlab", "reportlab", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("platformdirs", "platformdirs", "MIT"),
    ("chunspell (Hunspell)", "chunspell", "MIT; Hunspell: MPL-1.1/GPL-2.0/LGPL-2.1"),
    ("Từ điển chính tả tiếng Việt vi_VN 1.0.45", None, "GPL-2.0"),
    ("Liberation Serif", None, "SIL Open Font License 1.1"),
    ("Python", None, "PSF-2.0"),
)


def _distribution_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def library_versions() -> list[tuple[str, str]]:
    """Return (component, version) for the app, Python, Qt and the libraries it uses."""
    import PySide6

    versions = [
        (appinfo.DISPLAY_NAME, appinfo.VERSION),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
    ]
    for label, dist, _licence in THIRD_PARTY:
        if dist and label != "PySide6":
            versions.append((label, _distribution_version(dist) or "?"))
    versions.append(("Hệ điều hành / OS", platform.platform(terse=True)))
    return versions


def font_licence_text() -> str:
    """Return the fonts' licence file (SIL OFL 1.1), or a note that it is missing."""
    from minutes_app.paths import resource

    try:
        return resource("fonts", "LICENSE-OFL.txt").read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        return f"Không đọc được tệp giấy phép phông chữ / cannot read the font licence: {exc}"


def report_text() -> str:
    """Return the identity and versions as plain text (the Copy button puts it on the clipboard)."""
    lines = [
        f"{appinfo.DISPLAY_NAME} / {appinfo.DISPLAY_NAME_EN} {appinfo.VERSION}",
        f"{appinfo.ORGANIZATION} — {appinfo.DESKTOP_ID}",
    ]
    lines += [f"{name}: {version}" for name, version in library_versions()]
    frozen = "PyInstaller" if getattr(sys, "frozen", False) else "Python"
    lines.append(f"Chạy bằng / running from: {frozen}")
    return "\n".join(lines)


def _icon() -> QIcon:
    from minutes_app.paths import resource

    try:
        svg: Path = resource("icons", "minutes-app.svg")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(svg)) if svg.exists() else QIcon()


class AboutDialog(QDialog):
    """Name, version, organisation and desktop id; library versions; licences (the fonts' OFL)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Giới thiệu %1").replace("%1", appinfo.DISPLAY_NAME))
        self.resize(620, 520)
        layout = QVBoxLayout(self)

        header = QLabel(self)
        header.setObjectName("about_header")
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setOpenExternalLinks(True)
        header.setWordWrap(True)
        e = html.escape
        header.setText(
            f"<h2>{e(appinfo.DISPLAY_NAME)}</h2>"
            f"<p>{e(appinfo.DISPLAY_NAME_EN)} — {e(self.tr('Phiên bản'))} {e(appinfo.VERSION)}</p>"
            f"<p>{e(appinfo.SUMMARY)}<br><i>{e(appinfo.SUMMARY_EN)}</i></p>"
            f"<p>{e(appinfo.COPYRIGHT)}<br>"
            f"{e(self.tr('Tổ chức'))}: {e(appinfo.ORGANIZATION)}"
            f" · <a href='{e(appinfo.HOMEPAGE)}'>{e(appinfo.HOMEPAGE)}</a><br>"
            f"{e(self.tr('Mã ứng dụng'))}: <code>{e(appinfo.DESKTOP_ID)}</code></p>"
        )
        icon = _icon()
        if not icon.isNull():
            self.setWindowIcon(icon)
            picture = QLabel(self)
            picture.setPixmap(icon.pixmap(64, 64))
            layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(header)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._versions_tab(), self.tr("Phiên bản thư viện"))
        self.tabs.addTab(self._licences_tab(), self.tr("Giấy phép"))
        self.tabs.addTab(self._font_licence_tab(), self.tr("Giấy phép phông chữ (OFL)"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Sao chép thông tin"), self)
        self.copy_button.setToolTip(self.tr("Sao chép phiên bản và thư viện để gửi bộ phận hỗ trợ"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _table(self, rows: list[tuple[str, str]], headers: tuple[str, str]) -> QTableWidget:
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (first, second) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(first))
            table.setItem(row, 1, QTableWidgetItem(second))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        return table

    def _versions_tab(self) -> QWidget:
        self.versions_table = self._table(
            library_versions(), (self.tr("Thành phần"), self.tr("Phiên bản"))
        )
        self.versions_table.setObjectName("versions_table")
        return self.versions_table

    def _licences_tab(self) -> QWidget:
        rows = [(appinfo.DISPLAY_NAME, appinfo.LICENSE)]
        rows += [(label, licence) for label, _dist, licence in THIRD_PARTY]
        self.licences_table = self._table(rows, (self.tr("Thành phần"), self.tr("Giấy phép")))
        self.licences_table.setObjectName("licences_table")
        return self.licences_table

    def _font_licence_tab(self) -> QWidget:
        self.font_licence = QPlainTextEdit(self)
        self.font_licence.setObjectName("font_licence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setPlainText(font_licence_text())
        return self.font_licence

    def copy_report(self) -> None:
        """Put the identity and versions on the clipboard."""
        QGuiApplication.clipboard().setText(report_text())


def show_about(parent: QWidget | None = None) -> None:
    """Show the About dialog modally (the Help menu's action calls this)."""
    AboutDialog(parent).exec()
