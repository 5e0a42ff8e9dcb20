"""The review panel of a meeting: the workflow bar above four pages (comments, history, diff, audit).

Each part is a widget of its own (``workflow_bar``, ``comments_page``, ``history_page``,
``diff_page``, ``audit_page``); the panel only wires them. The bar reads the meeting, its steps
and revisions; the comments, differences and audit pages read their rows only while shown
(a hidden page is marked stale and reads when it is shown). After a step or a comment each
part shows what the verb returned; after a save only the page shown reads what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action
from minutes_app.services.changes import Changes
from minutes_app.store import ReviewComment
from minutes_app.ui.context import AppContext
from minutes_app.ui.review.audit_page import AuditPage
from minutes_app.ui.review.comments_page import CommentsPage, meeting_parts
from minutes_app.ui.review.diff_page import DiffPage
from minutes_app.ui.review.history_page import HistoryPage
from minutes_app.ui.review.page import LazyPage
from minutes_app.ui.review.text_dialog import TextAsker, ask_text_with_dialog
from minutes_app.ui.review.user_name import NameAsker
from minutes_app.ui.review.workflow_bar import WorkflowBar

__all__ = ["ReviewPanel", "TextAsker", "meeting_parts"]


class ReviewPanel(QWidget):
    """Review and approval of one meeting, on a real ``Database`` from the context.

    The host calls ``refresh()`` when the panel is brought to the front or the meeting was
    changed elsewhere, ``saved(version, meeting)`` after the editor saved (nothing is read) and
    ``refresh_shown()`` once the saving has settled (the page shown reads what the save made
    stale). After a step the panel shows what the step's ``Changes`` carry (it reads back
    nothing), then emits ``stepped(changes)`` and ``workflow_changed(meeting_id)``; while they
    are emitted, ``last_step`` holds those ``Changes`` (the host reloads the editor from their
    record).
    """

    workflow_changed = Signal(int)
    # The ``Changes`` of a step taken here (the record written, the step, the revision).
    stepped = Signal(object)
    # A comment was double-clicked: show the part it is about (``agenda[0]``, ``meeting``…).
    part_activated = Signal(str)
    comments_changed = Signal(int)

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        flush: Callable[[], bool] | None = None,
        ask_text: TextAsker | None = None,
        ask_name: NameAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._id = meeting_id
        self._ask_text = ask_text or ask_text_with_dialog
        # The step being announced (set while ``stepped`` and ``workflow_changed`` are emitted).
        self.last_step: Changes | None = None
        self.bar = WorkflowBar(
            context, meeting_id, self, flush=flush, ask_text=self.ask_text, ask_name=ask_name
        )
        self.comments_page = CommentsPage(
            context, meeting_id, self, ask_text=self.ask_text, ask_name=ask_name
        )
        self.history_page = HistoryPage(context, self)
        self.diff_page = DiffPage(context, meeting_id, self)
        self.audit_page = AuditPage(context, meeting_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.comments_page, self.tr("Ý kiến"))
        self.tabs.addTab(self.history_page, self.tr("Lịch sử"))
        self.tabs.addTab(self.diff_page, self.tr("Khác biệt"))
        self.tabs.addTab(self.audit_page, self.tr("Nhật ký"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

        self.bar.loaded.connect(self._on_loaded)
        self.bar.step_taken.connect(self._on_step)
        self.comments_page.part_activated.connect(self.part_activated)
        self.comments_page.comments_changed.connect(self._on_comments_changed)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_shown())
        self.refresh()

    # -- the host's calls --------------------------------------------------------------------

    def meeting_id(self) -> int:
        """Return the meeting shown."""
        return self._id

    def status(self) -> Status:
        """Return the meeting's workflow state as last read."""
        return self.bar.status()

    def version(self) -> int:
        """Return the stored version shown (the one an approval from here carries)."""
        return self.bar.version()

    def pages(self) -> list[LazyPage[Any]]:
        """Return the pages that read their rows themselves."""
        return [self.comments_page, self.diff_page, self.audit_page]

    def refresh(self) -> None:
        """Read the meeting again: the bar now, the page shown now, the others when shown."""
        self.bar.read()

    def refresh_shown(self, *, in_background: bool = False) -> None:
        """Let the page shown read what was made stale since it last read (nothing else).

        With ``in_background`` it reads on the task lane (after the saves before it).
        """
        page = self.tabs.currentWidget()
        if isinstance(page, LazyPage):
            page.refresh(in_background=in_background)

    def saved(self, version: int, meeting: Meeting) -> None:
        """The editor saved ``meeting`` as ``version``; nothing is read here.

        A save changes the version (an approval carries it), the parts of the meeting, the
        audit rows and the differences with the draft. It adds no step, no approved revision
        and no comment. The pages it made stale read once shown (``refresh_shown``).
        """
        self.bar.saved(version, meeting)
        self.comments_page.set_meeting(meeting)
        self.audit_page.mark_stale()
        self.diff_page.draft_changed()

    def _on_loaded(self) -> None:
        """The bar read the meeting: hand its parts over; every page reads again once shown."""
        meeting = self.bar.meeting()
        if meeting is not None:
            self.comments_page.set_meeting(meeting)
        self.history_page.show_steps(self.bar.steps())
        for page in self.pages():
            page.mark_stale()
        self.diff_page.set_revisions(self.bar.revisions())
        self.refresh_shown()

    # -- workflow ----------------------------------------------------------------------------

    def approvers(self) -> list[tuple[str, str]]:
        """Return who can be named as the approver (``WorkflowBar.approvers``)."""
        return self.bar.approvers()

    def take(self, action: Action) -> bool:
        """Take a workflow step (``WorkflowBar.take``); True when done."""
        return self.bar.take(action)

    def verify(self) -> bool:
        """Check the meeting against its approved revision and tell the user."""
        return self.bar.verify()

    def _on_step(self, changes: Changes) -> None:
        """Show on the pages what a step wrote, from its ``Changes``; then announce it."""
        if changes.event is not None:
            self.history_page.add_step(changes.event)
        if changes.record is not None:
            self.comments_page.set_meeting(changes.record.meeting)
        if changes.revision is not None:
            self.diff_page.set_revisions(self.bar.revisions())
        else:
            self.diff_page.draft_changed()  # the status is part of the draft
            self.diff_page.refresh()
        self.audit_page.invalidate()
        self.last_step = changes
        try:
            self.stepped.emit(changes)
            self.workflow_changed.emit(self._id)
        finally:
            self.last_step = None

    # -- comments ----------------------------------------------------------------------------

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """Ask the user for a text (a comment, a reason); None when cancelled."""
        return self._ask_text(parent, title, label)

    def current_part(self) -> str:
        """Return the part new comments go to."""
        return self.comments_page.current_part()

    def show_part(self, part: str) -> None:
        """Select ``part`` on the comments page."""
        self.comments_page.show_part(part)

    def comments(self) -> list[ReviewComment]:
        """Return the meeting's comments as stored (replies included)."""
        return self.comments_page.comments()

    def add_comment(self) -> int | None:
        """Ask for a comment on the selected part and store it; return its id."""
        return self.comments_page.add_comment()

    def reply(self) -> int | None:
        """Ask for an answer to the selected comment and store it; return its id."""
        return self.comments_page.reply()

    def resolve(self) -> bool:
        """Mark the selected comment (and its answers) resolved."""
        return self.comments_page.resolve()

    def select_comment(self, comment_id: int) -> bool:
        """Make ``comment_id`` the current comment; True when it is shown."""
        return self.comments_page.select_comment(comment_id)

    def _on_comments_changed(self, meeting_id: int) -> None:
        self.audit_page.invalidate()  # a comment is recorded in the audit log
        self.comments_changed.emit(meeting_id)

    # -- differences -------------------------------------------------------------------------

    def compare(self, old: int | str, new: int | str) -> list[str]:
        """Show the differences from ``old`` to ``new`` (revision numbers or ``"current"``)."""
        return self.diff_page.compare(old, new)
