"""A read-only stand-in for the meeting editor (the test double the window tests open meetings with)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from minutes_app.domain import interchange
from minutes_app.domain.model import Meeting
from minutes_app.store import MeetingRecord
from minutes_app.ui.context import AppContext


class PlaceholderEditor(QWidget):
    """Shows the stored meeting as JSON; implements ``ui.editor_protocol.Editor``, always saved."""

    meeting_changed = Signal()
    save_state_changed = Signal(bool)
    meeting_saved = Signal(int)
    problems_changed = Signal(list)
    live_mode_changed = Signal(bool)
    #: No edit session: the window offers no find bar and no Word review for it.
    session = None
    #: It never saves.
    saved_record: MeetingRecord | None = None

    def __init__(
        self, context: AppContext, record: MeetingRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._record = record
        self._undo = QUndoStack(self)
        note = QLabel(
            self.tr("Trình soạn thảo chưa sẵn sàng; biên bản được hiển thị ở chế độ chỉ đọc."), self
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        self._show()

    def _show(self) -> None:
        self.text.setPlainText(interchange.dumps(self._record.meeting))

    def meeting(self) -> Meeting:
        return copy.deepcopy(self._record.meeting)

    def read_only_copy(self) -> Meeting:
        return self.meeting()

    def meeting_id(self) -> int:
        return self._record.id

    def meeting_title(self) -> str:
        return self._record.meeting.title

    def meeting_issuer(self) -> str:
        return self._record.meeting.issuer.name

    def undo_stack(self) -> QUndoStack:
        return self._undo

    def is_saved(self) -> bool:
        return True

    def flush(self) -> bool:
        return True

    def show_section(self, index: int) -> None:
        self.text.setFocus()

    def version(self) -> int:
        return self._record.version

    def is_read_only(self) -> bool:
        return False

    def retry_save(self) -> bool:
        return True

    def current_section(self) -> int:
        return -1

    def focus_part(self, part: str) -> bool:
        return False

    def is_live_mode(self) -> bool:
        return False

    def set_live_mode(self, on: bool) -> None:
        """The placeholder has no live mode."""

    def reload(self, record: MeetingRecord) -> None:
        self._record = record
        self._show()
        self.meeting_changed.emit()
