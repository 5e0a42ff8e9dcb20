"""The meeting editor: six sections over one edit session, autosaved, validated as you type."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.errors import message as error_message
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.party import admission_problems
from minutes_app.domain.snapshot import copied
from minutes_app.domain.validation import Problem, validate
from minutes_app.domain.workflow import Action
from minutes_app.services import meetings
from minutes_app.services.changes import Changes
from minutes_app.store.errors import ServerUnreachable, StaleVersion, StoreError
from minutes_app.store.records import MeetingRecord, PersonEntry
from minutes_app.ui.editor.attendees import AttendeesSection
from minutes_app.ui.editor.autosave import AutosaveTimer
from minutes_app.ui.editor.conclusion import ConclusionSection
from minutes_app.ui.editor.content import ContentSection
from minutes_app.ui.editor.frozen_column import FrozenColumn
from minutes_app.ui.editor.general import GeneralSection
from minutes_app.ui.editor.live import LivePage, is_scratch_path
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import RESET, Change, EditSession
from minutes_app.ui.editor.signing import SigningSection
from minutes_app.ui.editor.tasks import TasksSection
from minutes_app.ui.editor.views import ReorderListView, RowTableView
from minutes_app.ui.editor.widgets import (
    PROBLEM_STYLE,
    BoundLineEdit,
    is_composing,
    show_locked,
)
from minutes_app.ui.page_size import PageStack
from minutes_app.ui.problem_icons import no_icon, problem_icon
from minutes_app.ui.status_words import returned_text
from minutes_app.ui.tasks import TaskFailure, TaskHandle

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from minutes_app.ui.context import AppContext

log = logging.getLogger(__name__)

VALIDATION_DELAY_MS = 300


def problems_of(meeting: Meeting) -> list[Problem]:
    """Return what the editor shows beside the fields: the checks and the Party's admission rules."""
    return validate(meeting) + admission_problems(meeting)


# While the office server cannot be reached, a save is tried again this often (and at once
# when the window hears the server is back).
OFFLINE_RETRY_MS = 10_000
_SECTION_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 7)}


class MeetingEditor(QWidget):
    """Edits one stored meeting; every edit is undoable and reaches the database within ~2 s."""

    meeting_changed = Signal()  # after any edit (the preview listens, debounced by the shell)
    save_state_changed = Signal(bool)  # True = everything saved
    meeting_saved = Signal(int)  # meeting id, after each (auto)save
    problems_changed = Signal(list)  # list[Problem] after validation
    copy_created = Signal(int)  # id of a copy made on a save conflict (the shell may open it)
    live_mode_changed = Signal(bool)  # the live mode ("Đang họp") was shown (True) or left

    def __init__(
        self, context: AppContext, record: MeetingRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._id = record.id
        self._version = record.version
        self._saving = False  # a save is under way on the verb lane
        self._pending: TaskHandle | None = None  # that save
        self._last_save_ok = True
        self._failed = False
        self._offline = False  # the last save failed because the office server was unreachable
        self._input_pending = False  # a field or cell holds input the meeting lacks (so far)
        self._problems: list[Problem] = []
        self._validations = 0  # validations started: only the latest one's problems are shown
        self.session = EditSession(record.meeting, self)
        self.directory = PeopleDirectory(self._people, lambda: self.session.meeting)
        self.setStyleSheet(PROBLEM_STYLE)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; padding: 8px; "
            "border-bottom: 1px solid #e0c060; font-weight: bold; }"
        )
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        # Two views of the one session: the six sections, and the live mode ("Đang họp").
        self.modes = PageStack()  # asks for the room of the mode shown only
        editing = QWidget()
        row = QHBoxLayout(editing)
        row.setContentsMargins(0, 0, 0, 0)
        self.modes.addWidget(editing)
        # A window narrower or lower than the page shown scrolls it instead of refusing to
        # shrink: the whole window fits a 1366×768 laptop's screen, whatever the page.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.modes)
        self.page_scroll.setMinimumSize(400, 300)  # the splitter beside it never squeezes it away
        outer.addWidget(self.page_scroll, 1)
        # The live mode's page, built when first shown; its clock (tests set their own).
        self.live: LivePage | None = None
        self.clock = dt.datetime.now

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Các phần của biên bản"))
        self.stack = PageStack()  # asks for the room of the section shown only
        self.sections: list[Section] = [
            GeneralSection(self.session, self.directory),
            AttendeesSection(self.session, self.directory),
            ContentSection(self.session, self.directory),
            ConclusionSection(self.session),
            TasksSection(self.session, self.directory),
            SigningSection(self.session),
        ]
        titles = self.section_titles()
        for section in self.sections:
            section.move_problems_last()
            section.problems_list.path_activated.connect(self._on_problem_activated)
        for i, (section, title) in enumerate(zip(self.sections, titles, strict=True)):
            self.nav.addItem(f"{i + 1}. {title}")
            self.nav.item(i).setToolTip(self.tr("{title} (Ctrl+{n})").format(title=title, n=i + 1))
            self.stack.addWidget(section)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 24, 190))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.status_label = QLabel()
        self.status_label.setContentsMargins(8, 2, 8, 2)
        self.status_label.setEnabled(False)
        outer.addWidget(self.status_label)

        self.autosave = AutosaveTimer(self._autosave, self._busy, self)
        self._offline_timer = QTimer(self)
        self._offline_timer.setSingleShot(True)
        self._offline_timer.setInterval(OFFLINE_RETRY_MS)
        self._offline_timer.timeout.connect(self.retry_save)
        self._validation_timer = QTimer(self)
        self._validation_timer.setSingleShot(True)
        self._validation_timer.setInterval(VALIDATION_DELAY_MS)
        self._validation_timer.timeout.connect(self.validate_in_background)
        self.session.changed.connect(self._on_changed)
        self.session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # Fields that write on leaving (dates, times) and table cells being edited hold what
        # the user typed until then: a save writes it first (see _commit_pending_input).
        self._pending_sources: list[BoundLineEdit | RowTableView] = [
            *self.findChildren(BoundLineEdit),
            *self.findChildren(RowTableView),
        ]
        for source in self._pending_sources:
            source.input_pending.connect(self._on_input_pending)
        self._apply_status(record.meeting)
        self.validate_now()
        self._show_save_state()

    # -- the contract ----------------------------------------------------------------------

    def section_titles(self) -> list[str]:
        """Return the six section titles, in the order of the biên bản."""
        return [
            self.tr("Thông tin chung"),
            self.tr("Thành phần"),
            self.tr("Nội dung"),
            self.tr("Kết luận và biểu quyết"),
            self.tr("Nhiệm vụ"),
            self.tr("Ký và nơi nhận"),
        ]

    def meeting(self) -> Meeting:
        """Return a copy of the meeting as currently edited (the caller may change it)."""
        return self.session.copy()

    def read_only_copy(self) -> Meeting:
        """Return the meeting as currently edited, as a copy nobody may change; it costs what
        the edits since the last one cost (the preview renders it on a worker)."""
        return self.session.snapshot()

    def meeting_id(self) -> int:
        """Return the stored meeting's id."""
        return self._id

    def meeting_title(self) -> str:
        """Return the meeting's title as currently edited (no copy of the meeting is made)."""
        return self.session.meeting.title

    def meeting_issuer(self) -> str:
        """Return the issuing body's name as currently edited (no copy of the meeting is made)."""
        return self.session.meeting.issuer.name

    def undo_stack(self) -> QUndoStack:
        """Return the undo stack (the shell puts its actions in the Edit menu)."""
        return self.session.undo_stack

    def is_saved(self) -> bool:
        """Return True when everything is in the database."""
        return self.session.undo_stack.isClean() and not self._failed and not self._input_pending

    def version(self) -> int:
        """Return the stored version this editor's meeting is based on."""
        return self._version

    def is_offline(self) -> bool:
        """Return True while the last save failed because the server could not be reached."""
        return self._offline

    def retry_save(self) -> bool:
        """Save again what could not be saved (the server is back); True when all is saved."""
        if not self._failed and not self._offline:
            return self.is_saved()
        return self.save(interactive=False)

    def is_read_only(self) -> bool:
        """Return True for an approved meeting (opened read-only)."""
        return self.session.read_only

    def problems(self) -> list[Problem]:
        """Return the problems of the last validation."""
        return list(self._problems)

    def flush(self) -> bool:
        """Save now, synchronously; return False on failure (the error has been shown)."""
        self.autosave.cancel()
        return self.save(interactive=True)

    def show_section(self, index: int) -> None:
        """Show section ``index`` (0 Thông tin chung … 5 Ký và nơi nhận); focus its first field."""
        if not 0 <= index < len(self.sections):
            return
        self.set_live_mode(False)
        self.nav.setCurrentRow(index)
        first = self.sections[index].first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self, record: MeetingRecord) -> None:
        """Show ``record`` as stored (after a save conflict): the undo history starts again."""
        if self._pending is not None:
            self._pending.wait()  # its answer belongs to the meeting being replaced
        self.autosave.cancel()
        self._id = record.id
        self._version = record.version
        self._failed = False
        self._offline = False
        self._offline_timer.stop()
        self._input_pending = False
        self.session.replace(record.meeting)
        self.session.undo_stack.setClean()
        self._apply_status(record.meeting)
        self.validate_now()
        self._show_save_state()
        self.save_state_changed.emit(True)

    def current_section(self) -> int:
        """Return the index of the section shown."""
        return self.stack.currentIndex()

    def focus_problem(self, path: str) -> bool:
        """Show the section of ``path`` and focus its field (a scratch note: the live mode)."""
        if is_scratch_path(path):
            page = self.live_page()
            self.set_live_mode(True)
            page.show_item(int(path[len("agenda[") : path.index("]")]))
            page.focus_scratch()
            return True
        self.set_live_mode(False)
        for i, section in enumerate(self.sections):
            if section.owns(path):
                self.nav.setCurrentRow(i)
                return section.focus_path(path)
        return False

    def focus_part(self, part: str) -> bool:
        """Show the part a review comment is about (``meeting``: the first section)."""
        if part == "meeting":
            self.show_section(0)
            return True
        return self.focus_problem(part)

    # -- the live mode ---------------------------------------------------------------------

    def _on_problem_activated(self, path: str) -> None:
        if is_scratch_path(path):  # a scratch note is written in the live mode only
            self.focus_problem(path)

    def live_page(self) -> LivePage:
        """Return the live mode's page, building it the first time."""
        if self.live is None:
            self.live = LivePage(self.session, self.directory, clock=lambda: self.clock())
            self.modes.addWidget(self.live)
            for source in self.live.findChildren(BoundLineEdit):
                self._pending_sources.append(source)
                source.input_pending.connect(self._on_input_pending)
        return self.live

    def is_live_mode(self) -> bool:
        """Return True while the live mode ("Đang họp") is shown instead of the sections."""
        return self.live is not None and self.modes.currentWidget() is self.live

    def set_live_mode(self, on: bool) -> None:
        """Show the live mode (``on``) or the six sections; the meeting is the same."""
        if on == self.is_live_mode():
            return
        self.session.seal()
        if on:
            page = self.live_page()
            self.modes.setCurrentWidget(page)
            page.default_focus()
        else:
            self.modes.setCurrentIndex(0)
            first = self.sections[self.current_section()].first_field()
            (first or self.nav).setFocus(Qt.FocusReason.OtherFocusReason)
        self.live_mode_changed.emit(on)

    # -- saving ----------------------------------------------------------------------------

    def save(self, *, interactive: bool = False) -> bool:
        """Write the meeting now and wait for it; True when everything is saved.

        A save already under way ends first. ``interactive``: a failure is always shown (an
        autosave shows only the first of a run of failures).
        """
        if self.session.read_only:
            return True
        if self._pending is not None:
            self._pending.wait()
        handle = self.start_save(interactive=interactive)
        if handle is None:
            return self.is_saved()
        handle.wait()
        return self._last_save_ok and self.is_saved()

    def start_save(self, *, interactive: bool = False) -> TaskHandle | None:
        """Start writing the meeting off the UI thread if it changed; None when nothing is due.

        The UI thread only copies the meeting (no parsing, no serialising); the verb lane
        writes it through ``services.meetings.save`` with the version this editor read. Edits
        made meanwhile stay unsaved and are written by the next save.
        """
        if self.session.read_only or self._saving:
            return None
        self._commit_pending_input()
        if self.is_saved():
            return None
        self._saving = True
        meeting = self.session.snapshot()
        edits = self.session.edits
        meeting_id, version, by = self._id, self._version, self.context.user_name or None
        self._pending = self.context.tasks.run_verb(
            self.context.db,
            lambda db: meetings.save(db, meeting_id, meeting, expected_version=version, by=by),
            label=self.tr("Đang lưu…"),
            initiator=self,
            on_done=lambda changes: self._on_saved(changes, edits),
            on_error=lambda failure: self._on_save_failed(failure, meeting, interactive),
        )
        return self._pending

    def _on_saved(self, changes: Changes, edits: int) -> None:
        self._saving = False
        self._pending = None
        self._last_save_ok = True
        if changes.record is not None:
            self._version = changes.record.version
        was_failed, self._failed = self._failed, False
        self._offline = False
        self._offline_timer.stop()
        if self.session.edits == edits:
            # Nothing changed while the save ran: the stack is where the save copied it.
            self.session.undo_stack.setClean()
            self.autosave.cancel()
        self._show_save_state()
        if was_failed:
            self.save_state_changed.emit(self.is_saved())
        self.meeting_saved.emit(self._id)

    def _on_save_failed(self, failure: TaskFailure, mine: Meeting, interactive: bool) -> None:
        self._saving = False
        self._pending = None
        exc = failure.exc
        if isinstance(exc, StaleVersion):
            self._last_save_ok = self._resolve_conflict(mine)
        elif isinstance(exc, ServerUnreachable):
            self._last_save_ok = self._save_unreachable(exc, interactive)
        elif isinstance(exc, StoreError):
            self._last_save_ok = self._save_failed(exc, interactive)
        else:  # a bug: say so like a database failure, with the traceback for the details
            log.error("saving meeting %s failed:\n%s", self._id, failure.details)
            self._last_save_ok = self._save_failed(exc, interactive, failure.details)

    def _autosave(self) -> None:
        self.start_save(interactive=False)

    def _commit_pending_input(self) -> None:
        """Write into the meeting what the user typed but no field has written yet."""
        for source in self._pending_sources:
            source.commit_pending()
        if self._input_pending:
            self._input_pending = False
            self._show_save_state()
            self.save_state_changed.emit(self.is_saved())

    def _on_input_pending(self) -> None:
        self.autosave.notify_change()
        if not self._input_pending:
            self._input_pending = True
            self._show_save_state()
            self.save_state_changed.emit(False)

    def _busy(self) -> bool:
        return self._saving or is_composing(QApplication.focusWidget())

    def _save_failed(self, exc: BaseException, interactive: bool, details: str = "") -> bool:
        first = not self._failed
        self._failed = True
        self._show_save_state()
        self.save_state_changed.emit(False)
        log.error("saving meeting %s failed: %s", self._id, exc)
        if first or interactive:
            self.context.interaction.error(
                self.tr("Không lưu được biên bản"),
                self.tr(
                    "Chưa lưu được các thay đổi vào cơ sở dữ liệu; ứng dụng sẽ thử lại khi "
                    "bạn sửa tiếp. Đừng đóng cửa sổ cho đến khi lưu được.\n\n{message}"
                ).format(message=error_message(exc, self.context.language)),
                details or str(exc),
            )
        return False

    def _save_unreachable(self, exc: ServerUnreachable, interactive: bool) -> bool:
        """The office server is away: keep everything typed, say so, save when it is back.

        No dialog interrupts the typing (the status line says it); only a save the user asked
        for (Ctrl+S, closing) is answered with a message.
        """
        self._failed = True
        self._offline = True
        self._show_save_state()
        self.save_state_changed.emit(False)
        self._offline_timer.start()
        log.warning("saving meeting %s: the server is unreachable: %s", self._id, exc)
        if interactive:
            self.context.interaction.error(
                self.tr("Không kết nối được máy chủ"),
                self.tr(
                    "Không kết nối được máy chủ cơ sở dữ liệu của văn phòng. Những gì bạn đã gõ "
                    "vẫn được giữ trong cửa sổ này và sẽ được lưu khi máy chủ trở lại.\n\n"
                    "{message}"
                ).format(message=exc.message_vi),
                str(exc),
            )
        return False

    def _resolve_conflict(self, mine: Meeting) -> bool:
        """Someone else saved this meeting meanwhile: keep both versions, the user chooses."""
        self.autosave.cancel()
        choice = self.context.interaction.choose(
            self.tr("Biên bản đã được lưu ở nơi khác"),
            self.tr(
                "Trong lúc bạn sửa, biên bản này đã được lưu từ một cửa sổ hoặc máy khác. "
                "Bạn muốn làm gì với các thay đổi của mình?"
            ),
            [
                self.tr("Lưu bản của tôi thành biên bản mới, rồi tải bản kia"),
                self.tr("Bỏ thay đổi của tôi, tải bản kia"),
            ],
        )
        if choice is None:
            self._failed = True
            self._show_save_state()
            self.save_state_changed.emit(False)
            return False
        if choice == 0:
            by = self.context.user_name or None
            copies: list[Changes] = []
            failures: list[TaskFailure] = []
            self.context.tasks.run_verb(
                self.context.db,
                lambda db: meetings.create(db, copied(mine), by=by),
                label=self.tr("Đang lưu…"),
                initiator=self,
                on_done=copies.append,
                on_error=failures.append,
            ).wait()
            if failures:
                return self._save_failed(failures[0].exc, True)
            record = copies[0].record
            assert record is not None
            copy_id = record.id
            self.copy_created.emit(copy_id)
            self.context.interaction.information(
                self.tr("Đã lưu bản của bạn"),
                self.tr("Bản của bạn đã được lưu thành biên bản mới (số {id}).").format(id=copy_id),
            )
        try:  # what someone else saved: read it to show it
            self.reload(self.context.db.get(self._id))
        except StoreError as exc:
            return self._save_failed(exc, True)
        return True

    def _on_clean_changed(self, clean: bool) -> None:
        if not clean:
            # The stack moved away from the saved state: a save is due even when the step
            # changed nothing a view would see (e.g. a macro whose edits were all no-ops).
            self.autosave.notify_change()
        self._show_save_state()
        self.save_state_changed.emit(self.is_saved())

    def _show_save_state(self) -> None:
        if self.session.read_only:
            text = self.tr("Chỉ xem")
        elif self._offline:
            text = self.tr("⚠ Mất kết nối máy chủ — nội dung vẫn được giữ, sẽ lưu khi kết nối lại")
        elif self._failed:
            text = self.tr("⚠ Chưa lưu được — sẽ thử lại")
        elif self.session.undo_stack.isClean() and not self._input_pending:
            text = self.tr("Đã lưu")
        else:
            text = self.tr("Đang chờ lưu…")
        self.status_label.setText(text)

    # -- edits -----------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        self._validation_timer.start()
        if change.kind != RESET:
            # Every change schedules a save; whether anything is left to write is decided
            # when the timer fires (save() does nothing on a clean stack).  Never ask the
            # undo stack here: a change is announced from inside QUndoStack.push/undo/redo,
            # before the index moves, so the stack still looks as it did before the edit
            # (clean after a save: the first edit would never be saved).  The saved state
            # shown follows cleanChanged, which comes once the index has moved.
            self.autosave.notify_change()
            self.meeting_changed.emit()

    def validate_now(self) -> None:
        """Validate the meeting and show the problems next to their fields."""
        self._validation_timer.stop()
        self._validations += 1
        self._show_problems(problems_of(self.session.meeting))

    def validate_in_background(self) -> None:
        """Validate a copy of the meeting on a worker, then show the problems (after edits).

        The UI thread only copies the meeting: the checks walk every text, about 10 ms a
        megabyte. A result that a newer validation has overtaken is dropped.
        """
        self._validation_timer.stop()
        self._validations += 1
        number = self._validations
        meeting = self.session.snapshot()

        def done(problems: list[Problem]) -> None:
            if shiboken6.isValid(self) and number == self._validations:
                self._show_problems(problems)

        def failed(failure: TaskFailure) -> None:  # a bug in a check: keep what is shown
            log.error("validating meeting %s failed:\n%s", self._id, failure.details)

        self.context.tasks.run(lambda: problems_of(meeting), on_done=done, on_error=failed)

    def _show_problems(self, problems: list[Problem]) -> None:
        for section in self.sections:
            section.set_problems(problems)
        if problems != self._problems:
            self._problems = problems
            self.problems_changed.emit(list(problems))
        for i, section in enumerate(self.sections):
            errors = sum(1 for p in section.problems if p.is_error)
            warnings = len(section.problems) - errors
            item = self.nav.item(i)
            item.setText(f"{i + 1}. {self.section_titles()[i]}")
            item.setIcon(problem_icon(bool(errors)) if errors or warnings else no_icon())

    def _apply_status(self, meeting: Meeting) -> None:
        # Minutes waiting for the reviewer are read-only too: what the reviewer reads is what
        # gets approved; only "Trả lại" (return) opens them for editing again.
        read_only = meeting.status in (Status.APPROVED, Status.IN_REVIEW)
        self.session.read_only = read_only
        if meeting.status is Status.APPROVED:
            banner = self.tr(
                "Biên bản đã được duyệt nên chỉ mở để xem; muốn sửa, người chủ trì cần mở lại "
                "biên bản."
            )
        elif meeting.status is Status.IN_REVIEW:
            banner = self.tr(
                "Biên bản đang chờ duyệt nên chỉ mở để xem; muốn sửa, người duyệt cần «Trả lại» "
                "biên bản."
            )
        else:
            banner = self._returned_banner()
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        for section in self.sections:
            section.set_read_only(read_only)
            for view in section.findChildren(QAbstractItemView):
                if isinstance(view, (RowTableView, ReorderListView, FrozenColumn)):
                    show_locked(view, read_only)
        if self.live is not None:
            self.live.set_read_only(read_only)
        self.session.refresh()  # widgets re-read their read-only state

    def _returned_banner(self) -> str:
        """Return "Bị trả lại" with the reviewer's comment when the last step was a return."""
        try:
            history = self.context.db.review.history(self._id)
        except MinutesError:
            return ""
        last = history[-1] if history else None
        if last is None or last.action is not Action.RETURN:
            return ""
        return returned_text(last.note, last.by)

    def _people(self, prefix: str) -> list[PersonEntry]:
        # Not this meeting's stored rows: an autosave may have caught a name half-typed, and the
        # directory offers this meeting's live names itself.
        return self.context.db.people(prefix, limit=30, exclude_meeting=self._id)

    # -- keyboard --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Ctrl+1..6 inside the editor: take the key before any window shortcut (no ambiguity
        # with the shell's menu actions, which still work when the focus is elsewhere).
        if event.type() == QEvent.Type.ShortcutOverride:
            index = self._section_key(event)
            if index is not None:
                # Switch here: tables and lists would otherwise eat the key press
                # (keyboard search); the key press that follows is then ignored.
                event.accept()
                self.show_section(index)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self._section_key(event)
        if index is not None:
            self.show_section(index)
            return
        super().keyPressEvent(event)

    @staticmethod
    def _section_key(event: QEvent) -> int | None:
        if not isinstance(event, QKeyEvent):
            return None
        if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return None
        return _SECTION_KEYS.get(Qt.Key(event.key()))
