"""The window's ear on the office (PostgreSQL) database: other PCs' changes, a server gone and back.

The listener thread (``services.office.ChangeListener``) hands what it hears to the UI thread
through queued signals; this object updates the list rows and the open tabs itself and tells the
window only what to show.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.services.office import ChangeListener
from minutes_app.store import MeetingChange, MeetingNotFound, StoreError
from minutes_app.ui.context import AppContext
from minutes_app.ui.meeting_list_page import MeetingListPage
from minutes_app.ui.meeting_tabs import MeetingTabs

log = logging.getLogger(__name__)


class OfficeListener(QObject):
    """Hear the changes other PCs make to the office database (nothing for a local file).

    ``label`` is the status bar's "server lost" mark (hidden while the server answers). Emits
    ``status_message(text, milliseconds)`` for the status bar and ``state_changed()`` once rows
    or tabs were updated (the window redraws its title and actions).
    """

    status_message = Signal(str, int)
    state_changed = Signal()
    # From the listener's thread to the UI thread (queued): other PCs' changes, the server
    # lost (its message), the server back.
    changes_heard = Signal(list)
    server_lost = Signal(str)
    server_back = Signal()

    def __init__(
        self,
        context: AppContext,
        list_page: MeetingListPage,
        tabs: MeetingTabs,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.list_page = list_page
        self.tabs = tabs
        self.listener: ChangeListener | None = None
        self.changes_heard.connect(self.on_changes_heard)
        self.server_lost.connect(self.on_server_lost)
        self.server_back.connect(self.on_server_back)
        self.label = QLabel(parent)
        self.label.setVisible(False)

    def listen(self) -> None:
        """Hear the shown database's changes (again, after another database was opened)."""
        self.stop()
        listener = ChangeListener(
            self.context.db,
            self.changes_heard.emit,
            on_error=lambda exc: self.server_lost.emit(getattr(exc, "message_vi", "")),
            on_back=self.server_back.emit,
        )
        if listener.active:
            self.listener = listener.start()

    def stop(self) -> None:
        """Stop hearing the office database's changes (closing, or another database)."""
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def on_changes_heard(self, changes: list[MeetingChange]) -> None:
        """Show what another PC changed: its list row, and an open tab with nothing unsaved."""
        for meeting_id in dict.fromkeys(c.meeting_id for c in changes):
            # Another PC wrote it, so it is read here; the list row comes from the store's
            # summary, which carries a return's note ("Bị trả lại") that the record does not.
            try:
                self.list_page.show_summary(self.context.db.summary(meeting_id))
                tab = self.tabs.tab_of(meeting_id)
                if tab is None:
                    continue
                record = self.context.db.get(meeting_id)
            except MeetingNotFound:  # deleted on another PC
                self.list_page.remove_meeting(meeting_id)
                continue
            except StoreError:
                log.warning("cannot read meeting %s after a change was heard", meeting_id)
                continue
            editor = tab.editor
            # An editor holding unsaved typing keeps it: its next save meets the newer
            # version and offers to reload theirs or keep its own (nothing is lost).
            if editor.version() != record.version and editor.is_saved():
                editor.reload(record)
                tab.preview.schedule_refresh()
            tab.review.refresh()
        self.list_page.update_count()
        self.state_changed.emit()

    def on_server_lost(self, message: str) -> None:
        """Say that the office server cannot be reached; the open tabs keep what was typed."""
        self.label.setText(self.tr("⚠ Mất kết nối máy chủ"))
        self.label.setToolTip(message)
        self.label.setVisible(True)
        self.status_message.emit(
            self.tr(
                "Không kết nối được máy chủ cơ sở dữ liệu: những gì bạn gõ vẫn được giữ và sẽ "
                "được lưu khi máy chủ trở lại."
            ),
            15000,
        )

    def on_server_back(self) -> None:
        """The server is back: save what could not be saved, and read the list again."""
        self.label.setVisible(False)
        for tab in self.tabs.meeting_tabs():
            tab.editor.retry_save()
        self.list_page.refresh()
        self.state_changed.emit()
        self.status_message.emit(self.tr("Đã kết nối lại máy chủ"), 8000)
