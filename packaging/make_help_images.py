"""Rebuild the user's guide's screenshots (resources/help/images/) from the real window.

Each picture is taken from the application's own widgets, in Vietnamese, on the seed meeting
(``tests/fixtures/seed-meeting.json``) and a few copies of it, in a temporary database,
settings file and home folder: the user's own settings and data are never read or touched.
Run it again after any change to the window (``make help-images``, offscreen)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_help_images.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_OUT = REPO / "resources" / "help" / "images"
SEED = REPO / "tests" / "fixtures" / "seed-meeting.json"
SECRETARY = "Nguyễn Thị Lan"  # the seed's secretary: the user taking the pictures
CHAIR = "Mai Văn Thanh"  # the seed's chair: the reviewer
# The day the pictures pretend it is: the seed meeting's week (the live mode's clock too).
TODAY = dt.date(2020, 2, 26)
LIVE_CLOCK = dt.datetime(2020, 2, 25, 9, 41, 27)
WINDOW = (960, 603)  # a whole window
SECTION = (620, 642)  # one section of the editor, without the preview
FIND_BAR = (840, 70)
SPELLING = (470, 290)
SIDE = 0.38  # the side panel's share of the window's width (the preview)
REVIEW_SIDE = 0.55  # the review panel's share of the window's width (its buttons are wide)
NOI_DUNG_EDITOR = 720  # the editor's width for "noi-dung.png"
FIND_FIELDS_ROOM = 80  # what the find bar's two fields get beyond their least, together
TIMEOUT_S = 120.0
# The misspelling typed into a statement for "chinh-ta.png" (undone after the picture).
TYPO = ("khó khăn, vướng mắc", "khó khăn, viêc vướng mắc", "viêc")
# The reviewer's comments for "duyet.png": part, comment, the secretary's answer ("" for none).
COMMENTS = (
    (
        "agenda[0]",
        "Đề nghị ghi rõ số xã, thị trấn chưa hoàn thành đại hội chi bộ.",
        "Đã bổ sung: còn 3 xã chưa hoàn thành.",
    ),
    ("tasks[2]", "Nhiệm vụ này cần có thời hạn thực hiện.", ""),
)


@dataclass(frozen=True)
class Copy:
    """Another meeting of the office for the list: the seed with another date, title, status."""

    date: dt.date
    title: str
    status: str  # "draft", "in_review" or "approved"
    issuer: tuple[str, str, str] | None = None  # parent, name, abbreviation (None: the seed's)
    state: bool = False  # the state's form (Decree 30) instead of the Party's


OTHER_MEETINGS = (
    Copy(dt.date(2020, 1, 20), "Hội nghị giao ban công tác tháng 1 năm 2020", "approved"),
    Copy(dt.date(2019, 12, 23), "Hội nghị giao ban công tác tháng 12 năm 2019", "approved"),
    Copy(
        dt.date(2020, 2, 10),
        "Họp bàn kế hoạch phòng, chống lụt bão năm 2020",
        "in_review",
        ("UBND HUYỆN KIM SƠN", "UBND XÃ THƯỢNG KIỆM", "UBND"),
        state=True,
    ),
    Copy(
        dt.date(2020, 2, 14),
        "Họp chi bộ Văn phòng Huyện ủy định kỳ tháng 2 năm 2020",
        "approved",
        ("ĐẢNG BỘ HUYỆN KIM SƠN", "CHI BỘ VĂN PHÒNG HUYỆN ỦY", "CB"),
    ),
    Copy(
        dt.date(2020, 2, 3),
        "Họp Ban Chỉ đạo phòng, chống dịch Covid-19 của huyện",
        "approved",
        ("UBND TỈNH NINH BÌNH", "UBND HUYỆN KIM SƠN", "UBND"),
        state=True,
    ),
    Copy(dt.date(2020, 3, 2), "Hội nghị Ban Thường vụ Huyện ủy tháng 3 năm 2020", "draft"),
)


def isolate(folder: Path) -> None:
    """Point the home and the platform's folders at ``folder`` (the render child inherits it)."""
    for name, sub in (
        ("HOME", "home"),
        ("USERPROFILE", "home"),
        ("APPDATA", "appdata"),
        ("LOCALAPPDATA", "localappdata"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = folder / sub
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    (folder / "runtime").chmod(0o700)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LANGUAGE"] = "vi"


class Studio:
    """The real window over a temporary database, and the helpers to pose it."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtCore import QSettings

        from minutes_app.domain import interchange
        from minutes_app.store import Database
        from minutes_app.ui.app import make_application
        from minutes_app.ui.context import AppContext
        from minutes_app.ui.i18n import install_translators
        from minutes_app.ui.refguard import make_singletons_immortal
        from minutes_app.ui.settings import Settings
        from minutes_app.ui.tasks import TaskRunner

        make_singletons_immortal()  # as run_app does, before any widget
        self.app = make_application(["minutes-app"])
        self.translators = install_translators(self.app, "vi")
        self.failures: list[str] = []
        self.interaction = _script_interaction(self.failures)
        path = folder / "minutes.sqlite"
        self.db = Database.open(path)
        self.db.user_name = SECRETARY
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        settings.language = "vi"
        settings.user_name = SECRETARY
        settings.show_preview = True
        settings.spell_check = True
        settings.first_start_guide_shown = True
        self.tasks = TaskRunner(
            lambda label, failure: self.failures.append(f"{label}: {failure.exc}")
        )
        self.context = AppContext(
            db=self.db,
            db_path=path,
            settings=settings,
            interaction=self.interaction,
            tasks=self.tasks,
            user_name=SECRETARY,
            language="vi",
            data_dir=folder / "user-data",
        )
        self.seed = interchange.parse(SEED.read_bytes()).meeting
        self.window: Any = None

    # -- waiting ---------------------------------------------------------------------------

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        """Run the event loop until ``condition`` holds (an error after ``TIMEOUT_S``)."""
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the window did not get there in time: {what}")
            self.app.processEvents()
            time.sleep(0.005)

    def spin(self, seconds: float = 0.3) -> None:
        """Run the event loop for ``seconds`` (layouts, highlighters, queued repaints)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.005)

    def settle(self, tab: Any = None) -> None:
        """Wait for the saves, the tasks and a fresh preview of ``tab`` (when it shows one)."""
        if tab is not None:
            editor = tab.editor
            self.wait_until(lambda: editor.is_saved() or editor.session.read_only, "the save")
        self.wait_until(lambda: not self.tasks.is_busy(), "the background tasks")
        if tab is not None and tab.side.indexOf(tab.preview) >= 0:
            preview = tab.preview
            self.spin(0.1)
            if preview.timer.isActive():
                preview.timer.stop()
                preview.refresh_now()
            self.wait_until(
                lambda: (
                    not preview.is_refreshing()
                    and preview.document.pageCount() > 0
                    and not self.tasks.is_busy()
                ),
                "a fresh preview",
            )
        self.spin(0.4)

    # -- the database ----------------------------------------------------------------------

    def create_meetings(self) -> int:
        """Store the seed and the office's other meetings; return the seed's id."""
        from minutes_app.domain.model import Issuer, Profile

        for other in OTHER_MEETINGS:
            meeting = copy.deepcopy(self.seed)
            meeting.date = other.date
            meeting.title = other.title
            shift = other.date - self.seed.date
            meeting.start = meeting.start + shift if meeting.start else None
            meeting.end = meeting.end + shift if meeting.end else None
            for task in meeting.tasks:
                task.due = None
            if other.issuer is not None:
                parent, name, abbreviation = other.issuer
                meeting.issuer = Issuer(name=name, abbreviation=abbreviation, parent=parent)
                meeting.symbol = f"BB-{abbreviation}" if other.state else f"BB/{abbreviation}"
            if other.state:
                meeting.profile = Profile.STATE
                meeting.kind = "họp"
            record = self.db.create(meeting)
            if other.status in ("in_review", "approved"):
                self.db.review.submit(record.id, by=SECRETARY)
            if other.status == "approved":
                self.db.review.approve(record.id, by=CHAIR)
        return self.db.create(copy.deepcopy(self.seed)).id

    def seed_copy(self, *, running: bool = False) -> int:
        """Store a copy of the seed (``running``: the meeting has not ended); return its id."""
        meeting = copy.deepcopy(self.seed)
        if running:
            meeting.end = None
        return self.db.create(meeting).id

    def save_own_template(self) -> None:
        """Save the seed as one of the user's templates, as "Lưu làm mẫu" does."""
        from minutes_app.services import meetings

        folder = meetings.own_templates_dir(self.context.user_data_dir())
        meetings.save_as_template(self.seed, "Giao ban Huyện ủy hằng tháng", folder)

    # -- the window ------------------------------------------------------------------------

    def open_window(self, size: tuple[int, int] = WINDOW) -> Any:
        """Show the main window at ``size`` (its inside, as ``grab`` takes it)."""
        from minutes_app.ui.main_window import MainWindow

        window = MainWindow(self.context, today=lambda: TODAY)
        window.resize(*size)
        window.show()
        window.activateWindow()
        self.window = window
        self.spin(0.3)
        return window

    def open_seed(self, seed_id: int, section: int, *, preview: bool) -> Any:
        """Open the seed meeting in its editor at ``section``; return its tab, all settled."""
        window = self.window
        window.act.preview.setChecked(preview)
        tab = window.open_meeting(seed_id)
        if tab.editor.is_live_mode():
            window.act.live.trigger()
        if tab.find_bar is not None and tab.find_bar.isVisible():
            tab.find_bar.close_bar()
        window.show_section(section)
        if preview:
            tab.side.setCurrentWidget(tab.preview)
        self.settle(tab)
        return tab

    def fit_shown_pages(self) -> None:
        """Recompute every layout's minimum size, inside out, before a picture is posed.

        Only the pages shown count for the window's minimum size: the app's stacks ask for
        the room of their current page (``ui/page_size.py``).
        """
        from PySide6.QtWidgets import QWidget

        for widget in reversed(self.window.findChildren(QWidget)):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
            widget.updateGeometry()
        self.window.layout().invalidate()
        self.spin(0.2)

    def pose(
        self,
        size: tuple[int, int],
        tab: Any = None,
        side: float | None = None,
        editor_least: int = 0,
    ) -> float:
        """Lay the window out for a picture of ``size``; return how much larger it had to be.

        The window is made ``size``, or larger in the same proportions when what it shows
        needs more room: its minimum size, and no field cut off by a scroll area that would
        scroll sideways (the picture is then scaled down to ``size``). ``side``: the side
        panel's share of the width (else the tab's splitter keeps its proportions);
        ``editor_least``: the least width the editor must get.
        """
        from PySide6.QtWidgets import QScrollArea

        self.fit_shown_pages()
        least = self.window.minimumSizeHint()
        scale = max(least.width() / size[0], least.height() / size[1], 1.0)
        for _ in range(8):
            self.window.resize(round(size[0] * scale), round(size[1] * scale))
            self.spin(0.2)
            if tab is None:
                break
            # The side panel gets its share, at least what it asks for; the editor the rest.
            total = sum(tab.sizes())
            wanted = round(total * (side or SIDE))
            if editor_least:
                wanted = min(wanted, total - editor_least)
            wanted = max(wanted, tab.side.minimumSizeHint().width())
            tab.setSizes([total - wanted, wanted])
            self.spin(0.2)
            editor = tab.editor_widget
            cut = max(
                (
                    area.horizontalScrollBar().maximum()
                    for area in editor.findChildren(QScrollArea)
                    if area.isVisible() and area.horizontalScrollBar().isVisible()
                ),
                default=0,
            )
            cut = max(cut, editor_least - editor.width())
            if cut <= 0:
                break
            share = editor.width() / self.window.width()
            scale += (cut + 4) / share / size[0]
        self.settle(tab)
        return scale

    def grab_window(
        self,
        size: tuple[int, int] | None,
        tab: Any = None,
        *,
        side: float | None = None,
        editor_least: int = 0,
    ) -> Any:
        """Return the window as an image of ``size`` (None: as it is laid out now)."""
        from PySide6.QtCore import Qt

        if size is None:
            return self.grab()
        scale = self.pose(size, tab, side, editor_least)
        image = self.grab()
        if scale > 1.0:
            print(f"  (the window needs {image.width()}x{image.height()}: scaled down)")
            image = image.scaled(
                *size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return image

    def grab_widget(self, widget: Any, size: tuple[int, int], tab: Any = None) -> Any:
        """Return ``widget`` laid out at exactly ``size`` (the window grows to give it that)."""
        self.fit_shown_pages()
        for _ in range(5):
            if (widget.width(), widget.height()) == size:
                break
            grow = self.window.size()
            grow.setWidth(max(grow.width() + size[0] - widget.width(), 200))
            grow.setHeight(max(grow.height() + size[1] - widget.height(), 200))
            self.window.resize(grow)
            self.spin(0.3)
        self.settle(tab)
        return self.grab(widget, size)

    def grab(self, widget: Any = None, size: tuple[int, int] | None = None) -> Any:
        """Return ``widget`` (the window) as an image, checked against the expected size."""
        widget = widget or self.window
        image = widget.grab().toImage()
        if size is not None and (image.width(), image.height()) != size:
            raise RuntimeError(
                f"{type(widget).__name__} is {image.width()}x{image.height()}, "
                f"expected {size[0]}x{size[1]}"
            )
        return image


def _script_interaction(failures: list[str]) -> Any:
    """Return the real dialogs, except that messages are recorded, never shown (and block)."""
    from minutes_app.ui.interaction import QtInteraction

    class ScriptInteraction(QtInteraction):
        """No dialog waits for an answer: a choice takes the one offered first (the real
        chooser only while ``show_chooser`` is set, for its picture), messages are recorded."""

        show_chooser = False

        def choose_item(self, title: str, label: str, items: Any, current: int = 0) -> int | None:
            if self.show_chooser:
                return super().choose_item(title, label, items, current)
            return current

        def confirm(self, title: str, text: str, **_kw: Any) -> bool:
            return True

        def information(self, title: str, text: str, details: str = "") -> None:
            pass

        def warning(self, title: str, text: str, details: str = "") -> None:
            failures.append(f"{title}: {text}")

        def error(self, title: str, text: str, details: str = "") -> None:
            failures.append(f"{title}: {text}")

    return ScriptInteraction()


# -- the pictures ------------------------------------------------------------------------------
# Each takes the studio and the seed meeting's id and returns a QImage of its exact size. They
# run in this order, which is also the seed meeting's story: drafted, in review, approved.


def danh_sach(studio: Studio, seed_id: int) -> Any:
    """The list page: the office's meetings, newest first, with the search box."""
    window = studio.window
    window.tabs.show_list()
    window.select_meeting(seed_id)
    studio.settle()
    return studio.grab_window(WINDOW)


def mau(studio: Studio, seed_id: int) -> Any:
    """The template chooser of "Biên bản mới…", grabbed while it is open, then cancelled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    grabbed: list[Any] = []

    def take() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, take)
            return
        dialog.resize(760, 360)
        studio.spin(0.3)
        grabbed.append(studio.grab(dialog, (760, 360)))
        dialog.reject()

    QTimer.singleShot(100, take)
    studio.interaction.show_chooser = True
    try:
        studio.window.act.new.trigger()  # cancelled: nothing is created
    finally:
        studio.interaction.show_chooser = False
    if not grabbed:
        raise RuntimeError("the template chooser was not shown")
    return grabbed[0]


def window_section(section: int, editor_least: int = 0) -> Picture:
    """A whole window with one section of the seed meeting's editor beside the preview."""

    def picture(studio: Studio, seed_id: int) -> Any:
        tab = studio.open_seed(seed_id, section, preview=True)
        return studio.grab_window(WINDOW, tab, editor_least=editor_least)

    return picture


def editor_section(section: int) -> Picture:
    """One section of the editor alone (the page right of the section list)."""

    def picture(studio: Studio, seed_id: int) -> Any:
        tab = studio.open_seed(seed_id, section, preview=False)
        page = tab.editor.sections[section]
        return studio.grab_widget(page, SECTION, tab)

    return picture


def open_find_bar(studio: Studio, seed_id: int) -> Any:
    """Open the seed in "Thông tin chung", Ctrl+H, and find the title's "tháng 3 năm 2020"."""
    tab = studio.open_seed(seed_id, 0, preview=True)
    studio.window.act.replace.trigger()
    bar = tab.find_bar
    bar.find_edit.setText("tháng 3 năm 2020")
    bar.replace_edit.setText("tháng 4 năm 2020")
    studio.spin(0.5)  # the bar finds as the text is typed: the first match, in the title
    studio.settle(tab)
    return tab


def tim_va_thay(studio: Studio, seed_id: int) -> Any:
    """Find and replace: a match selected in its field and marked in the preview."""
    tab = open_find_bar(studio, seed_id)
    studio.wait_until(lambda: tab.preview.search_result_count() > 0, "the preview's highlight")
    studio.spin(0.5)
    # The editor a little wider than the find bar's least: its fields show what they hold.
    least = tab.find_bar.minimumSizeHint().width() + FIND_FIELDS_ROOM
    return studio.grab_window(WINDOW, tab, editor_least=least)


def thanh_tim(studio: Studio, seed_id: int) -> Any:
    """The find bar alone, its replace row shown, on a match."""
    from PySide6.QtGui import QImage, QPainter, QPalette

    tab = open_find_bar(studio, seed_id)
    bar = tab.find_bar
    studio.window.act.preview.setChecked(False)
    studio.grab_widget(bar, (FIND_BAR[0], bar.height()), tab)
    # The bar is as high as its two rows: it is centred on the window's background.
    image = studio.grab(bar)
    picture = QImage(*FIND_BAR, QImage.Format.Format_RGB32)
    picture.fill(bar.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(picture)
    painter.drawImage(0, max(0, (FIND_BAR[1] - image.height()) // 2), image)
    painter.end()
    bar.close_bar()
    return picture


def chinh_ta(studio: Studio, seed_id: int) -> Any:
    """A misspelt word underlined in a statement, and its right-click menu of suggestions.

    An offscreen grab of the window does not hold its pop-up menus: the menu the spell
    checker builds is shown, grabbed on its own and drawn over the field where it opened.
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent, QPainter
    from PySide6.QtWidgets import QApplication

    # On a copy of the seed, closed after: the seed keeps its text and an empty redo.
    tab = studio.open_seed(studio.seed_copy(), 2, preview=False)
    editor = tab.editor
    content = editor.sections[2]
    content.select_item(0)
    content.select_statement(1)
    studio.spin(0.3)
    field = content.content_edit
    path = "agenda[0].statements[1].content"
    text = editor.session.value(path)
    editor.session.set(path, text.replace(TYPO[0], TYPO[1], 1))
    studio.spin(0.5)
    studio.settle(tab)
    cursor = field.textCursor()
    cursor.setPosition(field.toPlainText().index(TYPO[2]) + 2)
    field.setTextCursor(cursor)
    point = field.cursorRect(cursor).center()
    shown: list[tuple[Any, Any]] = []  # the menu's picture and where it opened

    def show_menu(menu: Any, position: Any) -> None:
        # Shown without waiting for a choice, grabbed, closed (the spell checker deletes it).
        menu.popup(position)
        studio.spin(0.3)
        shown.append((menu.grab().toImage(), menu.pos()))
        menu.close()

    spelling = editor.spelling
    spelling.show_menu = show_menu
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, field.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(field.viewport(), event)
    if not shown:
        raise RuntimeError("no spelling menu for the misspelt word")
    menu_image, menu_pos = shown[0]
    # The field's corner, the word in it, and the menu where it opened.
    origin = field.mapTo(studio.window, QPoint(0, 0))
    base = studio.grab_window(None, tab).copy(origin.x() - 8, origin.y() - 8, *SPELLING)
    at = studio.window.mapFromGlobal(menu_pos) - origin + QPoint(8, 8)
    painter = QPainter(base)
    painter.drawImage(at, menu_image)
    painter.end()
    studio.window.close_tab(tab)
    studio.settle()
    return base


def dang_hop(studio: Studio, seed_id: int) -> Any:
    """The live mode ("Đang họp") on the seed meeting while it runs, its clock at 09:41.

    A copy of the seed that has not ended yet (no end time), closed after the picture.
    """
    tab = studio.open_seed(studio.seed_copy(running=True), 0, preview=True)
    tab.editor.clock = lambda: LIVE_CLOCK
    studio.window.act.live.trigger()
    studio.settle(tab)
    image = studio.grab_window(WINDOW, tab)
    studio.window.act.live.trigger()
    studio.window.close_tab(tab)
    studio.settle()
    return image


def duyet(studio: Studio, seed_id: int) -> Any:
    """The "Duyệt" tab: the seed sent for review, the chair's comment and its answer."""
    from minutes_app.domain.model import Status
    from minutes_app.domain.workflow import Action

    tab = studio.open_seed(seed_id, 3, preview=True)
    review = tab.review
    if review.status() is Status.DRAFT:
        if not review.take(Action.SUBMIT):
            raise RuntimeError("the seed meeting could not be sent for review")
        studio.settle(tab)
    if not studio.db.review.comments(seed_id):
        for part, text, answer in COMMENTS:
            comment = studio.db.review.add_comment(seed_id, text, CHAIR, part=part)
            if answer:
                studio.db.review.add_comment(
                    seed_id, answer, SECRETARY, part=part, reply_to=comment.id
                )
    tab.side.setCurrentWidget(review)
    review.refresh()
    review.tabs.setCurrentWidget(review.comments_page)
    review.comments_page.show_part("meeting")
    studio.settle(tab)
    review.refresh_shown()
    studio.settle(tab)
    return studio.grab_window(WINDOW, tab, side=REVIEW_SIDE)


def van_ban(studio: Studio, seed_id: int) -> Any:
    """The "Văn bản" tab: the documents made from the approved seed meeting."""
    from minutes_app.domain.derived import DerivedKind
    from minutes_app.domain.model import Status
    from minutes_app.domain.workflow import Action
    from minutes_app.services import derived

    tab = studio.open_seed(seed_id, 3, preview=True)
    review = tab.review
    for action, status in ((Action.SUBMIT, Status.DRAFT), (Action.APPROVE, Status.IN_REVIEW)):
        if review.status() is status:
            if not review.take(action):
                raise RuntimeError(f"the seed meeting could not take the step {action.value}")
            studio.settle(tab)
    panel = tab.derived
    tab.side.setCurrentWidget(panel)
    panel.refresh()
    if panel.model.rowCount() == 0:
        # The panel's verb ("Lập văn bản"), dated the day after the meeting as the story goes.
        for kind in (DerivedKind.NGHI_QUYET, DerivedKind.TRICH_SAO, DerivedKind.THONG_BAO):
            derived.derive_document(studio.db, seed_id, kind, by=SECRETARY, today=TODAY)
        panel.refresh()
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(DerivedKind.THONG_BAO.value))
        panel.table.selectRow(0)
    studio.settle(tab)
    return studio.grab_window(WINDOW, tab)


Picture = Callable[["Studio", int], Any]
PICTURES: dict[str, Picture] = {
    "danh-sach.png": danh_sach,
    "mau.png": mau,
    "thong-tin-chung.png": window_section(0),
    "thanh-phan.png": editor_section(1),
    # The editor a little wider than its least: the speaker's name and position are read.
    "noi-dung.png": window_section(2, editor_least=NOI_DUNG_EDITOR),
    "ket-luan.png": editor_section(3),
    "nhiem-vu.png": editor_section(4),
    "ky-va-noi-nhan.png": editor_section(5),
    "tim-va-thay.png": tim_va_thay,
    "thanh-tim.png": thanh_tim,
    "chinh-ta.png": chinh_ta,
    "dang-hop.png": dang_hop,
    "duyet.png": duyet,
    "van-ban.png": van_ban,
}


def _png(image: Any) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", 0):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def make_pictures(out: Path, only: list[str]) -> list[Path]:
    """Take the pictures (all, or those named in ``only``) and write them into ``out``."""
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="help-images-") as tmp:
        folder = Path(tmp)
        isolate(folder)
        studio = Studio(folder)
        seed_id = studio.create_meetings()
        studio.save_own_template()
        studio.open_window()
        try:
            for name, picture in PICTURES.items():
                if only and name not in only:
                    continue
                image = picture(studio, seed_id)
                target = out / name
                _write(target, _png(image))
                written.append(target)
                print(f"{target}  {image.width()}x{image.height()}")
        finally:
            if studio.window is not None:
                studio.window.close()
            studio.tasks.wait(30000)
            studio.db.close()
        if studio.failures:
            raise RuntimeError("the window reported:\n" + "\n".join(studio.failures))
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and rebuild the pictures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    parser.add_argument(
        "--only", nargs="*", default=[], metavar="NAME", help="rebuild only these pictures"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.only if name not in PICTURES]
    if unknown:
        parser.error(f"unknown pictures: {', '.join(unknown)}")
    try:
        make_pictures(args.out, args.only)
    except (OSError, RuntimeError) as exc:
        print(f"make_help_images: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
