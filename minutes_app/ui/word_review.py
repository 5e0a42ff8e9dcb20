"""The window's Word review: send the chair a review copy, take it back, accept or reject what it proposes.

The verbs are in ``services.word_review``; this module only asks for files, runs the slow work
off the UI thread, and shows the proposals beside the text. Accepting one changes the meeting
in its editor as one undoable step (the editor saves it as it saves any edit); undoing it
opens the proposal again.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.labels import field_label
from minutes_app.ui.context import AppContext
from minutes_app.ui.tasks import TaskFailure


class AcceptProposalCommand(QUndoCommand):
    """Accept one proposal in the editor: set its field, record the decision; undo takes both back."""

    def __init__(self, session: Any, plan: Any, context: AppContext, meeting_id: int) -> None:
        super().__init__(
            QCoreApplication.translate("AcceptProposalCommand", "Chấp nhận góp ý %1").replace(
                "%1", str(plan.proposal.id)
            )
        )
        self.session = session
        self.plan = plan
        self.context = context
        self.meeting_id = meeting_id
        self.old = copy.deepcopy(session.value(plan.target))

    def redo(self) -> None:
        from minutes_app.services import word_review

        self.session._apply_set(self.plan.target, self.plan.value, 0)
        word_review.mark_accepted(
            self.context.db, self.meeting_id, self.plan, by=self.context.db.user_name
        )

    def undo(self) -> None:
        from minutes_app.services import word_review

        self.session._apply_set(self.plan.target, self.old, 0)
        word_review.undo_accepted(self.context.db, self.meeting_id, self.plan.proposal.id)


class ProposalsDialog(QDialog):
    """The proposed changes of one meeting, each beside the text it would replace."""

    decided = Signal(int)  # proposal id

    def __init__(
        self, context: AppContext, meeting_id: int, session: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.session = session
        self.setWindowTitle(
            self.tr("Góp ý từ bản Word — biên bản số %1").replace("%1", str(meeting_id))
        )
        self.list = QListWidget(self)
        self.old = QPlainTextEdit(self)
        self.new = QPlainTextEdit(self)
        for box in (self.old, self.new):
            box.setReadOnly(True)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        texts = QWidget(self)
        columns = QHBoxLayout(texts)
        for title, box in ((self.tr("Hiện tại"), self.old), (self.tr("Đề xuất"), self.new)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, texts))
            column.addWidget(box)
            columns.addLayout(column)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(texts)
        self.accept_button = QPushButton(self.tr("&Chấp nhận"), self)
        self.reject_button = QPushButton(self.tr("&Từ chối"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.resize(900, 600)
        self.views: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the proposals again (after a decision or an undo)."""
        from minutes_app.services import word_review

        row = max(self.list.currentRow(), 0)
        self.views = word_review.review_changes(self.context.db, self.meeting_id)
        self.list.clear()
        states = {
            "open": self.tr("chờ"),
            "accepted": self.tr("đã chấp nhận"),
            "rejected": self.tr("đã từ chối"),
        }
        for view in self.views:
            p = view.proposal
            state = self.tr("xung đột") if view.conflict else states.get(p.state, p.state)
            if view.manual and p.state == "open":
                state += self.tr(" (sửa tay)")
            item = QListWidgetItem(f"[{p.id}] {field_label(p.path)} — {p.author} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if self.views:
            self.list.setCurrentRow(min(row, len(self.views) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        self.old.setPlainText(view.proposal.old_text if view else "")
        self.new.setPlainText(view.proposal.new_text if view else "")
        if view is None:
            self.where.setText("")
        else:
            p = view.proposal
            self.where.setText(
                self.tr("Tệp %1 (SHA-256 %2), %3")
                .replace("%1", p.file_name)
                .replace("%2", p.file_sha256[:16] + "…")
                .replace("%3", p.path)
            )
        is_open = view is not None and view.proposal.state == "open"
        self.accept_button.setEnabled(is_open and not view.conflict)  # type: ignore[union-attr]
        self.reject_button.setEnabled(is_open)

    def selected(self) -> int | None:
        """Return the id of the selected proposal."""
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def accept_selected(self) -> bool:
        """Accept the selected proposal: one undoable step in the editor."""
        from minutes_app.services import word_review

        proposal_id = self.selected()
        if proposal_id is None:
            return False
        if self.session.read_only:
            self.context.interaction.error(
                self.tr("Góp ý"),
                self.tr("Biên bản đang chờ duyệt hoặc đã duyệt: không sửa được."),
            )
            return False
        try:
            plan = word_review.plan_accept(
                self.context.db, self.meeting_id, proposal_id, self.session.meeting
            )
        except Exception as exc:  # a conflict or a store error: said, nothing changed
            self.context.interaction.error(self.tr("Góp ý"), str(exc))
            self.refresh()
            return False
        if plan.target is None or plan.value == plan.old:
            word_review.mark_accepted(
                self.context.db, self.meeting_id, plan, by=self.context.db.user_name
            )
        else:
            self.session.seal()
            self.session.undo_stack.push(
                AcceptProposalCommand(self.session, plan, self.context, self.meeting_id)
            )
        self.decided.emit(proposal_id)
        self.refresh()
        return True

    def reject_selected(self) -> bool:
        """Reject the selected proposal (kept in the history)."""
        from minutes_app.services import word_review

        proposal_id = self.selected()
        if proposal_id is None:
            return False
        try:
            word_review.reject(
                self.context.db, self.meeting_id, proposal_id, by=self.context.db.user_name
            )
        except Exception as exc:
            self.context.interaction.error(self.tr("Góp ý"), str(exc))
            return False
        self.decided.emit(proposal_id)
        self.refresh()
        return True


class WordReviewActions(QObject):
    """ "Gửi chủ trì góp ý (Word)" and "Nhận bản góp ý": menu actions over services.word_review."""

    sent = Signal(Path)
    received = Signal(int)  # meeting id

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        current_id: Callable[[], int | None],
        current_session: Callable[[], Any],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.current_id = current_id
        self.current_session = current_session
        self.dialog: ProposalsDialog | None = None
        self.act_send = QAction(self.tr("Gửi chủ trì &góp ý (Word)…"), parent)
        self.act_send.setStatusTip(
            self.tr("Ghi bản dự thảo (DOCX) để chủ trì góp ý và sửa trong Word")
        )
        self.act_send.triggered.connect(self.send)
        self.act_receive = QAction(self.tr("&Nhận bản góp ý…"), parent)
        self.act_receive.setStatusTip(
            self.tr("Đọc ý kiến và chỗ sửa trong bản Word gửi lại; chưa thay đổi biên bản")
        )
        self.act_receive.triggered.connect(lambda _checked=False: self.receive())
        self.act_show = QAction(self.tr("&Các đề xuất sửa…"), parent)
        self.act_show.triggered.connect(lambda _checked=False: self.show_proposals())

    def menu(self) -> QMenu:
        """Return the "Góp ý Word" menu."""
        menu = QMenu(self.tr("Góp ý &Word"), self.parent_widget)
        menu.addActions([self.act_send, self.act_receive, self.act_show])
        return menu

    def _failed(self, failure: TaskFailure) -> None:
        details = "" if failure.expected else failure.details
        self.context.interaction.error(self.tr("Góp ý Word"), str(failure.exc), details)

    def _meeting(self) -> int | None:
        meeting_id = self.current_id()
        if meeting_id is None:
            self.context.interaction.information(
                self.tr("Góp ý Word"), self.tr("Hãy chọn một biên bản.")
            )
        return meeting_id

    def send(self) -> None:
        """Write the current meeting's review copy for the chair."""
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        folder = self.context.settings.last_dir("export") or str(Path.home())
        chosen = self.context.interaction.choose_save_file(
            self.tr("Gửi chủ trì góp ý (Word)"),
            str(Path(folder) / f"gop-y-bien-ban-{meeting_id}.docx"),
            self.tr("Tài liệu Word (*.docx)"),
        )
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == ".docx" else chosen.with_suffix(".docx")
        db_path, by = Path(self.context.db.path), self.context.db.user_name

        def work() -> Path:
            from minutes_app.services.word_review import write_review_copy
            from minutes_app.store import Database

            with Database.open(db_path, create=False) as db:
                return write_review_copy(db, meeting_id, target, by=by).path

        self.context.tasks.run(
            work, on_done=self.sent.emit, on_error=self._failed, label=self.tr("Ghi bản góp ý")
        )

    def receive(self, chosen: Path | None = None) -> None:
        """Import a returned review copy into the current meeting, then show its proposals."""
        meeting_id = self._meeting()
        if meeting_id is None:
            return
        if chosen is None:
            chosen = self.context.interaction.choose_open_file(
                self.tr("Nhận bản góp ý"), "", self.tr("Tài liệu Word (*.docx)")
            )
        if chosen is None:
            return
        db_path, by, path = Path(self.context.db.path), self.context.db.user_name, chosen

        def work() -> tuple[int, int]:
            from minutes_app.services.word_review import import_review_copy
            from minutes_app.store import Database

            with Database.open(db_path, create=False) as db:
                done = import_review_copy(db, meeting_id, path, by=by)
            return len(done.comments), len(done.proposals)

        def done(counts: tuple[int, int]) -> None:
            self.received.emit(meeting_id)
            self.context.interaction.information(
                self.tr("Đã nhận bản góp ý"),
                self.tr("%1 ý kiến, %2 đề xuất sửa. Biên bản chưa thay đổi.")
                .replace("%1", str(counts[0]))
                .replace("%2", str(counts[1])),
            )
            if counts[1]:
                self.show_proposals()

        self.context.tasks.run(
            work, on_done=done, on_error=self._failed, label=self.tr("Nhận bản góp ý")
        )

    def show_proposals(self) -> ProposalsDialog | None:
        """Show the current meeting's proposals beside its text (needs its editor open)."""
        meeting_id = self._meeting()
        session = self.current_session()
        if meeting_id is None:
            return None
        if session is None:
            self.context.interaction.information(
                self.tr("Góp ý Word"), self.tr("Hãy mở biên bản để xem các đề xuất sửa.")
            )
            return None
        self.dialog = ProposalsDialog(self.context, meeting_id, session, self.parent_widget)
        session.undo_stack.indexChanged.connect(lambda _i: self._refresh_dialog())
        self.dialog.show()
        return self.dialog

    def _refresh_dialog(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
