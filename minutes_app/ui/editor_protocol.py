"""What the window asks of a meeting editor: the one typed interface of ``MeetingEditor``.

The main window, its tabs and the review side panel hold an editor through this protocol only
(the editor class itself is imported on first use, so the window starts sooner). Test doubles
(``tests/ui/placeholder_editor.py``) implement it too, so the window never probes an editor
with ``getattr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLayout

    from minutes_app.domain.model import Meeting
    from minutes_app.store import MeetingRecord
    from minutes_app.ui.editor.session import EditSession


class Editor(Protocol):
    """One open meeting's editor (a ``QWidget``)."""

    # -- signals -----------------------------------------------------------------------------
    @property
    def meeting_changed(self) -> SignalInstance:
        """() after any edit."""

    @property
    def save_state_changed(self) -> SignalInstance:
        """(bool): True once everything is saved."""

    @property
    def meeting_saved(self) -> SignalInstance:
        """(int): the meeting's id, after each (auto)save."""

    @property
    def live_mode_changed(self) -> SignalInstance:
        """(bool): the live mode ("Đang họp") was shown (True) or left."""

    # -- the meeting -------------------------------------------------------------------------
    @property
    def session(self) -> EditSession | None:
        """The edit session (None for an editor that cannot edit: find bar and Word review
        are then unavailable)."""

    def meeting(self) -> Meeting:
        """Return the meeting as the user sees it (unsaved edits included)."""

    def read_only_copy(self) -> Meeting:
        """Return the meeting as the user sees it, as a copy nobody may change (it may share
        parts with earlier ones, so it is cheap to take; the preview renders it on a worker)."""

    def meeting_id(self) -> int: ...

    def meeting_title(self) -> str: ...

    def meeting_issuer(self) -> str: ...

    def version(self) -> int:
        """Return the stored version the editor last read or wrote."""

    #: The record this editor's last save wrote (None before its first save): the review
    #: page shows it without reading the meeting back.
    saved_record: MeetingRecord | None

    def reload(self, record: MeetingRecord) -> None:
        """Show ``record`` (a newer stored version, or the record a workflow step wrote)."""

    def is_read_only(self) -> bool: ...

    # -- saving ------------------------------------------------------------------------------
    def is_saved(self) -> bool: ...

    def flush(self) -> bool:
        """Save now, waiting for it; False when the save failed (the user was told)."""

    def retry_save(self) -> bool:
        """Save what could not be saved (the office server is back)."""

    def undo_stack(self) -> QUndoStack: ...

    # -- where the user is -------------------------------------------------------------------
    def show_section(self, index: int) -> None: ...

    def current_section(self) -> int:
        """Return the section shown (-1 when the editor has none)."""

    def focus_part(self, part: str) -> bool:
        """Show the part a review comment is about (``agenda[0]``, ``meeting``…)."""

    def is_live_mode(self) -> bool: ...

    def set_live_mode(self, on: bool) -> None: ...

    # -- from QWidget ------------------------------------------------------------------------
    def layout(self) -> QLayout | None: ...
