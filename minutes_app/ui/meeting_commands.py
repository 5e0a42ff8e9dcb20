"""The window's meeting commands: new, from the previous meeting, duplicate, delete, save, JSON, export
(one or many).

Each command asks the user what it needs (``context.interaction``), runs the Qt-free verb of
``minutes_app.services`` on the worker lane and shows its result in the list page and the tabs
it was given. It never calls back into the window: it says what the window shows through its
signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from minutes_app.domain.model import Meeting, Status
from minutes_app.services import meetings, templates
from minutes_app.services.changes import Changes
from minutes_app.services.imports import FileProblems, ImportFailed, import_files
from minutes_app.store import MeetingRecord, Store, StoreError
from minutes_app.ui import template_actions
from minutes_app.ui.context import AppContext
from minutes_app.ui.editor_protocol import Editor
from minutes_app.ui.errors import report_error
from minutes_app.ui.export_actions import ExportActions
from minutes_app.ui.meeting_list_page import MeetingListPage
from minutes_app.ui.meeting_tab import MeetingTab
from minutes_app.ui.meeting_tabs import MeetingTabs
from minutes_app.ui.tasks import TaskFailure


class MeetingCommands(QObject):
    """The commands on "the current meeting": the open tab's, else the one selected in the list.

    Emits ``status_message(text, milliseconds)`` for the status bar and ``state_changed()``
    when the saved state or what can be done next may have changed (the window redraws its
    title and actions).
    """

    status_message = Signal(str, int)
    state_changed = Signal()

    def __init__(
        self,
        context: AppContext,
        list_page: MeetingListPage,
        tabs: MeetingTabs,
        exports: ExportActions,
        parent: QWidget,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.list_page = list_page
        self.tabs = tabs
        self.exports = exports
        self.today = today

    # -- the current meeting ----------------------------------------------------------------
    def current_meeting_id(self) -> int | None:
        """Return the meeting of the current editor tab, else the one selected in the list."""
        tab = self.tabs.current_tab()
        if tab is not None:
            return tab.meeting_id()
        summary = self.list_page.selected_summary()
        return summary.id if summary else None

    def current_meeting(self) -> Meeting | None:
        """Return the current meeting as the user sees it (unsaved edits included)."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        tab = self.tabs.tab_of(meeting_id)
        if tab is not None:
            return tab.editor.meeting()
        try:
            return self.context.db.get(meeting_id).meeting
        except StoreError as exc:
            self.report_error(self.tr("Không đọc được biên bản"), exc)
            return None

    def open_editor(self) -> Editor | None:
        """Return the current tab's editor, else open the meeting selected in the list."""
        editor = self.tabs.current_editor()
        if editor is None:
            summary = self.list_page.selected_summary()
            tab = self.tabs.open_meeting(summary.id) if summary is not None else None
            editor = tab.editor if tab is not None else None
        return editor

    def report_error(self, title: str, exc: BaseException) -> None:
        """Show an error in a dialog: its bilingual message, never a traceback."""
        report_error(self.context, title, exc)

    def show_status(self, text: str, milliseconds: int) -> None:
        """Say ``text`` in the window's status bar for ``milliseconds``."""
        self.status_message.emit(text, milliseconds)

    def run_verb(
        self, verb: Callable[[Store], Changes], label: str, error_title: str
    ) -> Changes | None:
        """Run a service verb on the worker lane, wait for it, and return what it changed.

        The views have been refreshed (``TaskRunner.changed``) by the time this returns; a
        failure is reported under ``error_title`` (None is returned). ``ImportFailed`` is
        handed back raised, for the import to list the files.
        """
        done: list[Changes] = []
        failed: list[TaskFailure] = []
        self.context.tasks.run_verb(
            self.context.db,
            verb,
            label=label,
            initiator=self,
            on_done=done.append,
            on_error=failed.append,
        ).wait()
        if failed:
            if isinstance(failed[0].exc, ImportFailed):
                raise failed[0].exc
            self.report_error(error_title, failed[0].exc)
            return None
        return done[0] if done else None

    # -- creating ---------------------------------------------------------------------------
    def _latest_meeting(self) -> Meeting | None:
        try:
            rows = self.context.db.list(limit=1)
            return self.context.db.get(rows[0].id).meeting if rows else None
        except StoreError:
            return None

    def _create_and_open(self, meeting: Meeting) -> MeetingTab | None:
        by = self.context.user_name or None
        changes = self.run_verb(
            lambda db: meetings.create(db, meeting, by=by),
            self.tr("Đang tạo biên bản…"),
            self.tr("Không tạo được biên bản"),
        )
        if changes is None or changes.record is None:
            return None
        record = changes.record
        self.list_page.select_meeting(record.id)
        tab = self.tabs.open_meeting(record.id)
        if tab is not None:
            tab.editor.show_section(0)
        return tab

    def new_meeting(self) -> MeetingTab | None:
        """Create a meeting from a template chosen by the user (or a blank one) and open it."""
        choices, problems = template_actions.all_templates(self.context)
        if problems:
            self.context.interaction.warning(
                self.tr("Có mẫu biên bản không đọc được"), "\n".join(problems)
            )
        lang = self.context.language
        labels = [self.tr("Biên bản trống")] + [
            template_actions.template_label(t, lang) for t in choices
        ]
        picked = self.context.interaction.choose_item(
            self.tr("Biên bản mới"), self.tr("Chọn loại cuộc họp:"), labels, 1 if choices else 0
        )
        if picked is None:
            return None
        defaults = self._latest_meeting()
        if picked == 0:
            meeting = templates.blank_meeting(today=self.today(), defaults=defaults)
        else:
            meeting = templates.meeting_from_template(
                choices[picked - 1], today=self.today(), defaults=defaults
            )
        return self._create_and_open(meeting)

    def new_from_previous(self) -> MeetingTab | None:
        """Create this period's meeting from an earlier meeting the user picks (title moved on)."""
        current = self.current_meeting()
        issuer = current.issuer.name.strip() if current is not None else ""
        previous_id = template_actions.choose_previous(self, issuer)
        if previous_id is None:
            return None
        tab = self.tabs.tab_of(previous_id)
        if tab is not None and not tab.editor.flush():
            return None
        try:
            meeting = meetings.meeting_from_previous(
                self.context.db.get(previous_id).meeting, today=self.today()
            )
        except StoreError as exc:
            self.report_error(self.tr("Không đọc được cuộc họp trước"), exc)
            return None
        return self._create_and_open(meeting)

    def save_as_template(self) -> None:
        """Save the current meeting as one of the user's own templates ("Lưu làm mẫu")."""
        template_actions.save_current_as_template(self)

    def delete_own_template(self) -> None:
        """Remove one of the user's own templates."""
        template_actions.delete_own_template(self)

    def duplicate_current(self) -> MeetingTab | None:
        """Store a copy of the current meeting as a new, unnumbered draft and open it."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        tab = self.tabs.tab_of(meeting_id)
        if tab is not None and not tab.editor.flush():
            return None
        copy_of = self.tr("%1 (bản sao)")
        by = self.context.user_name or None

        def duplicate(db: Store) -> Changes:
            title = db.get(meeting_id).meeting.title
            return meetings.duplicate(
                db, meeting_id, title=copy_of.replace("%1", title).strip(), by=by
            )

        changes = self.run_verb(
            duplicate, self.tr("Đang nhân bản…"), self.tr("Không nhân bản được biên bản")
        )
        if changes is None or changes.record is None:
            return None
        self.list_page.select_meeting(changes.record.id)
        opened = self.tabs.open_meeting(changes.record.id)
        if opened is not None:
            opened.editor.show_section(0)
        return opened

    # -- saving, deleting -------------------------------------------------------------------
    def save_current(self) -> bool:
        """Save the meeting being edited now (Ctrl+S) and say so in the status bar."""
        editor = self.tabs.current_editor()
        if editor is None:
            if not self.tabs.meeting_tabs():
                self.show_status(self.tr("Chưa mở biên bản nào để lưu."), 5000)
                return False
            saved = self.tabs.flush_all()
            if saved:
                self.show_status(self.tr("Đã lưu mọi biên bản đang mở."), 8000)
            self.state_changed.emit()
            return saved
        title = self.tabs.tab_title(editor)
        if editor.is_read_only():
            self.show_status(
                self.tr("Biên bản “%1” đã được duyệt, chỉ xem: không có gì để lưu.").replace(
                    "%1", title
                ),
                8000,
            )
            return True
        if not editor.flush():
            self.show_status(self.tr("Chưa lưu được biên bản “%1”.").replace("%1", title), 10000)
            self.state_changed.emit()
            return False
        self.show_status(
            self.tr("Đã lưu biên bản “%1” lúc %2.")
            .replace("%1", title)
            .replace("%2", dt.datetime.now().strftime("%H:%M:%S")),
            8000,
        )
        self.state_changed.emit()
        return True

    def delete_current(self) -> bool:
        """Delete the current meeting after confirmation; return True when deleted."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return False
        try:
            record = self.context.db.get(meeting_id)
        except StoreError as exc:
            self.report_error(self.tr("Không xóa được biên bản"), exc)
            return False
        title = record.meeting.title.strip() or self.tr("(chưa có tên)")
        text = self.tr(
            "Xóa vĩnh viễn biên bản “%1” (ngày %2)?\n\nKhông thể hoàn tác thao tác này; "
            "nếu cần, hãy xuất JSON để lưu trữ trước khi xóa."
        )
        text = text.replace("%1", title).replace("%2", record.meeting.date.strftime("%d/%m/%Y"))
        if record.meeting.status is Status.APPROVED:
            text += "\n\n" + self.tr("Biên bản này đã được duyệt.")
        if not self.context.interaction.confirm(
            self.tr("Xóa biên bản"), text, default=False, ok_text=self.tr("Xóa")
        ):
            return False
        tab = self.tabs.tab_of(meeting_id)
        if tab is not None:
            self.tabs.close_tab(tab, flush=False)
        by = self.context.user_name or None
        changes = self.run_verb(
            lambda db: meetings.delete(db, meeting_id, by=by),
            self.tr("Đang xóa…"),
            self.tr("Không xóa được biên bản"),
        )
        if changes is None:
            return False
        self.show_status(self.tr("Đã xóa biên bản “%1”").replace("%1", title), 8000)
        self.state_changed.emit()
        return True

    # -- JSON, documents --------------------------------------------------------------------
    def import_json(self) -> list[MeetingRecord]:
        """Import JSON files, all or nothing; errors are listed with their field paths."""
        folder = self.context.settings.last_dir("json")
        paths = self.context.interaction.choose_open_files(
            self.tr("Nhập biên bản từ JSON"), folder, self.tr("Tệp JSON (*.json);;Mọi tệp (*)")
        )
        if not paths:
            return []
        self.context.settings.set_last_dir("json", paths[0].parent)
        lang = self.context.language
        by = self.context.user_name or None
        try:
            result = self.run_verb(
                lambda db: import_files(db, paths, by=by),
                self.tr("Đang nhập…"),
                self.tr("Không nhập được"),
            )
        except ImportFailed as exc:
            self.context.interaction.error(
                self.tr("Không nhập được"),
                self.tr("Không có biên bản nào được nhập vì các tệp sau có lỗi:")
                + "\n\n"
                + exc.text(lang),
            )
            return []
        if result is None:
            return []
        if result.created:
            self.list_page.select_meeting(result.created[-1].id)
        message = self.tr("Đã nhập %n biên bản.", "", len(result.created))
        if result.file_warnings:
            self.context.interaction.warning(
                self.tr("Đã nhập, có cảnh báo"),
                message
                + "\n\n"
                + "\n".join(
                    FileProblems(Path(name), found).text(lang)
                    for name, found in result.file_warnings.items()
                ),
            )
        else:
            self.show_status(message, 8000)
        return list(result.created)

    def _saved_current(self) -> tuple[Meeting, int] | None:
        """Save the current meeting's editor, if open; return the meeting and its id."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        tab = self.tabs.tab_of(meeting_id)
        if tab is not None and not self.tabs.flush_or_ask(tab.editor):
            return None
        meeting = self.current_meeting()
        return None if meeting is None else (meeting, meeting_id)

    def export_json(self) -> Path | None:
        current = self._saved_current()
        return self.exports.export_json(*current) if current is not None else None

    def export_document(self, fmt: str) -> None:
        """Export the meeting of the current tab or the list (the same stored minutes, by id)."""
        current = self._saved_current()
        if current is not None:
            self.exports.export_document(current[0], fmt, current[1])

    def print_current(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.exports.print_meeting(meeting)

    def batch_export(self) -> None:
        """Open the batch export dialog (many meetings at once, in the background)."""
        if not self.tabs.flush_all():
            return
        from minutes_app.ui.batch_export_dialog import BatchExportDialog

        BatchExportDialog(self.context, self.tabs.window()).exec()
