"""Help: the offline guide (F1 opens the part for where the user is) and the first-start page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.ui.help import GUIDE, SECTION_ANCHORS, FirstStartGuide, help_dir
from minutes_app.ui.main_window import MainWindow
from tests.ui.editor.conftest import press


@pytest.fixture
def window(qtbot, app_context):  # noqa: ANN001
    win = MainWindow(app_context, today=lambda: dt.date(2026, 4, 2))
    win.act.preview.setChecked(False)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_the_guide_is_vietnamese_with_every_anchor_and_its_pictures() -> None:
    html = (help_dir() / GUIDE).read_text("utf-8")
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    parts = ("dang-hop", "van-ban", "gop-y-word", "ky-so", "van-phong")
    for anchor in (*SECTION_ANCHORS, "danh-sach", "tim-va-thay", "duyet", "chinh-ta", "muc-luc"):
        assert anchor in anchors
    for anchor in parts:  # each later part is listed in the table of contents
        assert anchor in anchors and f'href="#{anchor}"' in html
    for link in re.findall(r'href="#([^"]+)"', html):
        assert link in anchors, f"broken link #{link}"
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 8
    for picture in pictures:
        assert (help_dir() / picture).is_file(), picture
    assert "Hướng dẫn sử dụng" in html and "Ctrl+S" in html


def test_help_menu_has_the_guide(window) -> None:  # noqa: ANN001
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text().replace("&", "") for a in help_menu.actions()]
    assert texts[0] == "Hướng dẫn sử dụng"
    assert window.act.help.shortcut().toString() == "F1"


def test_f1_on_the_list_opens_the_list_part(qtbot, window) -> None:  # noqa: ANN001
    window.tabs.setCurrentIndex(0)
    window.list_page.search_box.setFocus()
    press(Qt.Key.Key_F1)
    guide = window.help.help_window
    assert guide is not None and guide.isVisible()
    assert guide.current_anchor() == "danh-sach"
    assert "Danh sách biên bản" in guide.browser.toPlainText()
    guide.close()


@pytest.mark.parametrize("section", range(6))
def test_f1_in_the_editor_opens_the_part_of_the_current_section(
    qtbot, window, seed_record, section
) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    tab.editor.show_section(section)
    QApplication.processEvents()
    guide = window.help.open_help()
    assert guide.current_anchor() == SECTION_ANCHORS[section]
    # the view is scrolled to that part: the top of the page is not shown any more
    assert guide.browser.verticalScrollBar().value() > 0
    guide.close()


def test_f1_in_the_find_bar_opens_find_and_replace(window, seed_record) -> None:  # noqa: ANN001
    window.open_meeting(seed_record.id)
    window.act.find.trigger()
    assert window.help.open_help().current_anchor() == "tim-va-thay"


def test_f1_in_the_live_mode_opens_its_part(qtbot, window, seed_record) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    window.act.live.trigger()
    QApplication.processEvents()
    assert tab.editor.is_live_mode()
    guide = window.help.open_help()
    assert guide.current_anchor() == "dang-hop"
    assert "Điểm danh" in guide.browser.toPlainText()
    guide.close()
    tab.editor.show_section(2)  # back in the editor: its section again
    QApplication.processEvents()
    assert window.help.open_help().current_anchor() == SECTION_ANCHORS[2]


@pytest.mark.parametrize(("page", "anchor"), [("derived", "van-ban"), ("review", "duyet")])
def test_f1_on_a_page_beside_the_editor_opens_its_part(
    qtbot, window, seed_record, page, anchor
) -> None:  # noqa: ANN001
    tab = window.open_meeting(seed_record.id)
    tab.side.setCurrentWidget(getattr(tab, page))
    tab.side.tabBar().setFocus()  # the page's tab was clicked: the focus is on the tab bar
    QApplication.processEvents()
    assert window.help.open_help().current_anchor() == anchor
    if page == "derived":
        tab.derived.table.setFocus()
        QApplication.processEvents()
        assert window.help.open_help().current_anchor() == anchor


def test_the_guide_shows_its_pictures_offline(qtbot, window) -> None:  # noqa: ANN001
    guide = window.help.open_help("noi-dung")
    document = guide.browser.document()
    image = document.resource(document.ResourceType.ImageResource, "images/noi-dung.png")
    assert image is not None and not image.isNull()


def test_the_first_start_page_is_shown_once(qtbot, window, app_context) -> None:  # noqa: ANN001
    settings = app_context.settings
    assert settings.first_start_guide_shown is False
    guide = window.help.show_first_start_once()
    assert isinstance(guide, FirstStartGuide) and guide.isVisible()
    assert "Biên bản mới" in guide.browser.toPlainText()
    assert settings.first_start_guide_shown is True
    guide.guide_button.click()  # "Xem hướng dẫn đầy đủ" opens the guide, closes the page
    assert window.help.help_window is not None and window.help.help_window.isVisible()
    assert window.help.show_first_start_once() is None  # never again
    again = window.help.show_first_start_guide()  # unless asked from the Help menu
    assert again.isVisible()
    again.close()
