"""The user's guide, offline: "Hướng dẫn sử dụng" (F1 opens the part for where the user is).

The guide is HTML with pictures in ``resources/help`` and is shown in a ``QTextBrowser``; no
network and no browser are needed. A short first-start page is shown once (remembered in
QSettings) and can be opened again from the Help menu (``ui/help_actions.py`` shows them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE = "huong-dan.html"
FIRST_START = "bat-dau.html"
#: The guide's anchor for each editor section, in the editor's order.
SECTION_ANCHORS = (
    "thong-tin-chung",
    "thanh-phan",
    "noi-dung",
    "ket-luan",
    "nhiem-vu",
    "ky-va-noi-nhan",
)
LIST_ANCHOR = "danh-sach"
FIND_ANCHOR = "tim-va-thay"
REVIEW_ANCHOR = "duyet"
DERIVED_ANCHOR = "van-ban"
LIVE_ANCHOR = "dang-hop"


def help_dir() -> Path:
    """Return the folder of the guide and its pictures."""
    from minutes_app.paths import resource

    return resource("help")


def anchor_for(tab: Any, focus: QWidget | None) -> str:
    """Return the guide's anchor for what the user is looking at: the meeting ``tab`` shown
    (None on the list) with the keyboard focus in ``focus``."""
    if tab is None:
        return LIST_ANCHOR
    bar = getattr(tab, "find_bar", None)
    if bar is not None and bar.isVisible() and focus is not None and bar.isAncestorOf(focus):
        return FIND_ANCHOR
    # The side panel's page shown, when the focus is in the panel (its tab bar included).
    side = getattr(tab, "side", None)
    if side is not None and focus is not None and (side is focus or side.isAncestorOf(focus)):
        page = side.currentWidget()
        if page is not None and page is getattr(tab, "review", None):
            return REVIEW_ANCHOR
        if page is not None and page is getattr(tab, "derived", None):
            return DERIVED_ANCHOR
    if tab.editor.is_live_mode():
        return LIVE_ANCHOR
    index = tab.editor.current_section()
    return SECTION_ANCHORS[index] if 0 <= index < len(SECTION_ANCHORS) else LIST_ANCHOR


class HelpWindow(QDialog):
    """The guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.folder = folder or help_dir()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        back = QPushButton(self.tr("← Quay lại"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("Mục lục"), self)
        home.clicked.connect(lambda: self.show_anchor("muc-luc"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        self.resize(900, 760)
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / GUIDE)))

    def show_anchor(self, anchor: str = "") -> None:
        """Show the guide at ``anchor`` (its beginning when empty)."""
        url = QUrl.fromLocalFile(str(self.folder / GUIDE))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def current_anchor(self) -> str:
        """Return the anchor last shown."""
        return self.browser.source().fragment()


class FirstStartGuide(QDialog):
    """A short page shown at the first start: what to do first; the full guide is one click away.

    Emits ``guide_wanted(anchor)`` when the user asks for the full guide ("" for its beginning).
    """

    guide_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bắt đầu với Biên bản cuộc họp"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.folder = folder or help_dir()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / FIRST_START)))
        self.browser.anchorClicked.connect(self._on_link)
        buttons = QDialogButtonBox(self)
        self.guide_button = buttons.addButton(
            self.tr("Xem hướng dẫn đầy đủ (F1)"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.start_button = buttons.addButton(
            self.tr("Bắt đầu làm việc"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.guide_button.clicked.connect(self._open_guide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _on_link(self, url: QUrl) -> None:
        self._open_guide(url.fragment())

    def _open_guide(self, anchor: str = "") -> None:
        self.guide_wanted.emit(anchor or "")
        self.accept()
