"""The review panel of a meeting: status, workflow buttons, comments, history, diff, audit."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError, message
from minutes_app.domain.fields import comment_parts
from minutes_app.domain.labels import (
    audit_action_label,
    field_label,
    part_label,
    step_label,
    value_text,
)
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.text import local_time_text
from minutes_app.domain.workflow import TRANSITIONS, Action, allowed_actions
from minutes_app.services import workflow
from minutes_app.services.changes import Changes
from minutes_app.store import MeetingRecord, NumberJump, ReviewComment, Revision, WorkflowEvent
from minutes_app.ui.context import AppContext
from minutes_app.ui.problem_text import problem_lines
from minutes_app.ui.review.text_dialog import ask_text_with_dialog
from minutes_app.ui.review.user_name import NameAsker, ensure_user_name
from minutes_app.ui.status_words import returned_text, status_label

log = logging.getLogger(__name__)

#: Asks for a text (title, label); returns None when cancelled.
TextAsker = Callable[[QWidget | None, str, str], str | None]

BADGE_COLOURS = {
    Status.DRAFT: ("#5f6368", "#eceff1"),
    Status.IN_REVIEW: ("#8a5a00", "#fff3cd"),
    Status.APPROVED: ("#1e6b2f", "#dff3e4"),
}
CURRENT = "current"
PART_ROLE = Qt.ItemDataRole.UserRole + 1  # the part a comment is about


class WrappedTextDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: a comment is read whole, never cut with "…"."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        text = str(index.data() or "")
        if not isinstance(view, QTreeWidget) or not text:
            return size
        width = view.header().sectionSize(index.column()) - 12
        if index.column() == 0:
            width -= view.indentation() * (1 + _depth(index))
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 1_000_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), bounds.height() + 6))


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth


def meeting_parts(meeting: Meeting, language: str = "vi") -> list[tuple[str, str]]:
    """Return the parts a comment can be attached to: (path, label), in order (``domain.fields``)."""
    return comment_parts(meeting, language)


class ReviewPanel(QWidget):
    """Review and approval of one meeting, on a real ``Database`` from the context.

    The host calls ``refresh()`` after the meeting was saved elsewhere. After a step the panel
    shows what the step's ``Changes`` carry (it reads back nothing), then emits
    ``stepped(changes)`` and ``workflow_changed(meeting_id)``; while they are emitted,
    ``last_step`` holds those ``Changes`` (the host reloads the editor from their record).
    """

    workflow_changed = Signal(int)
    # The ``Changes`` of a step taken here (the record written, the step, the revision).
    stepped = Signal(object)
    #: A comment was double-clicked: show the part it is about (``agenda[0]``, ``meeting``…).
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
        self._flush = flush
        self._ask_text = ask_text or ask_text_with_dialog
        self._ask_name = ask_name
        self._status = Status.DRAFT
        self._version = 0
        self._history: list[WorkflowEvent] = []
        self._revisions: list[Revision] = []
        self._comments: list[ReviewComment] = []
        # The step being announced (set while ``stepped`` and ``workflow_changed`` are emitted).
        self.last_step: Changes | None = None
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.badge = QLabel(self)
        self.badge.setObjectName("status_badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.revision_label = QLabel(self)
        self.revision_label.setObjectName("revision_label")
        self.buttons: dict[Action, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addWidget(self.revision_label, 1)
        labels = {
            Action.SUBMIT: self.tr("Trình duyệt"),
            Action.RETURN: self.tr("Trả lại"),
            Action.APPROVE: self.tr("Duyệt"),
            Action.REOPEN: self.tr("Mở lại"),
        }
        for action in TRANSITIONS:
            button = QPushButton(labels[action], self)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.take(a))
            self.buttons[action] = button
            top.addWidget(button)
        self.verify_button = QPushButton(self.tr("Kiểm tra nguyên vẹn"), self)
        self.verify_button.clicked.connect(self.verify)
        top.addWidget(self.verify_button)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_comments(), self.tr("Ý kiến"))
        self.tabs.addTab(self._build_history(), self.tr("Lịch sử"))
        self.tabs.addTab(self._build_diff(), self.tr("Khác biệt"))
        self.tabs.addTab(self._build_audit(), self.tr("Nhật ký"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _build_comments(self) -> QWidget:
        page = QWidget(self)
        self.part_combo = QComboBox(page)
        self.part_combo.setObjectName("part_combo")
        self.part_combo.currentIndexChanged.connect(lambda _i: self._fill_comments())
        self.only_part = QCheckBox(self.tr("Chỉ phần này"), page)
        self.only_part.toggled.connect(lambda _c: self._fill_comments())
        self.show_resolved = QCheckBox(self.tr("Hiện ý kiến đã giải quyết"), page)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _c: self._fill_comments())
        self.comment_tree = QTreeWidget(page)
        self.comment_tree.setObjectName("comment_tree")
        self.comment_tree.setHeaderLabels(
            [
                self.tr("Phần"),
                self.tr("Người viết"),
                self.tr("Nội dung"),
                self.tr("Thời gian"),
                self.tr("Trạng thái"),
            ]
        )
        self.comment_tree.setWordWrap(True)
        self.comment_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.comment_tree.setItemDelegate(WrappedTextDelegate(self.comment_tree))
        self.comment_tree.header().setStretchLastSection(False)
        header = self.comment_tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):  # short texts: as wide as they are, the rest for the comment
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 130)
        self.comment_tree.header().sectionResized.connect(
            lambda *_: self.comment_tree.doItemsLayout()
        )
        self.comment_tree.setToolTip(self.tr("Bấm đúp để đến phần được góp ý"))
        self.comment_tree.itemDoubleClicked.connect(self._on_comment_double_clicked)
        self.comment_tree.currentItemChanged.connect(lambda *_: self._update_comment_buttons())
        self.add_comment_button = QPushButton(self.tr("Thêm ý kiến…"), page)
        self.add_comment_button.clicked.connect(self.add_comment)
        self.reply_button = QPushButton(self.tr("Trả lời…"), page)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Đã giải quyết"), page)
        self.resolve_button.clicked.connect(self.resolve)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Phần:"), page))
        row.addWidget(self.part_combo, 1)
        row.addWidget(self.only_part)
        buttons = QHBoxLayout()
        for widget in (self.add_comment_button, self.reply_button, self.resolve_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.comment_tree, 1)
        layout.addLayout(buttons)
        return page

    def _build_history(self) -> QWidget:
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("history_list")
        self.history_list.setWordWrap(True)
        return self.history_list

    def _build_diff(self) -> QWidget:
        page = QWidget(self)
        self.from_combo = QComboBox(page)
        self.from_combo.setObjectName("diff_from")
        self.to_combo = QComboBox(page)
        self.to_combo.setObjectName("diff_to")
        self.from_combo.currentIndexChanged.connect(lambda _i: self._fill_diff())
        self.to_combo.currentIndexChanged.connect(lambda _i: self._fill_diff())
        self.diff_list = QListWidget(page)
        self.diff_list.setObjectName("diff_list")
        self.diff_list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Từ"), page))
        row.addWidget(self.from_combo, 1)
        row.addWidget(QLabel(self.tr("đến"), page))
        row.addWidget(self.to_combo, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.diff_list, 1)
        return page

    def _build_audit(self) -> QWidget:
        self.audit_table = QTableWidget(0, 6, self)
        self.audit_table.setObjectName("audit_table")
        self.audit_table.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Người"),
                self.tr("Thao tác"),
                self.tr("Trường"),
                self.tr("Giá trị cũ"),
                self.tr("Giá trị mới"),
            ]
        )
        self.audit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.audit_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.audit_table.horizontalHeader().setStretchLastSection(True)
        self.audit_table.verticalHeader().setVisible(False)
        return self.audit_table

    # -- state -----------------------------------------------------------------------------

    def meeting_id(self) -> int:
        """Return the meeting shown."""
        return self._id

    def status(self) -> Status:
        """Return the meeting's workflow state as last read."""
        return self._status

    def set_meeting(self, meeting_id: int) -> None:
        """Show another meeting."""
        self._id = meeting_id
        self.refresh()

    def refresh(self, record: MeetingRecord | None = None) -> None:
        """Re-read everything of the meeting from the database.

        ``record``: the meeting as a save of this window just wrote it, shown without reading
        it back (when it is this meeting's); its history, revisions, comments and audit are read.
        """
        try:
            if record is None or record.id != self._id:
                record = self.context.db.get(self._id)
            # Read first (a database closed meanwhile is reported like an unreadable meeting).
            history = list(self.context.db.review.history(self._id))
            revisions = list(self.context.db.review.revisions(self._id))
        except MinutesError as exc:
            self._report(self.tr("Không đọc được biên bản"), exc)
            return
        self._history = history
        self._revisions = revisions
        self._comments = self._read_comments()
        self._show_record(record)
        self._fill_comments()
        self._fill_history()
        self._fill_revisions()
        self._fill_audit()

    def _show_record(self, record: MeetingRecord) -> None:
        self._status = record.meeting.status
        self._version = record.version
        self._meeting = record.meeting
        self._show_status()
        self._fill_parts()

    def _apply_step(self, changes: Changes) -> None:
        """Show what a step wrote, from its ``Changes`` (the meeting is not read again)."""
        if changes.event is not None:
            self._history.append(changes.event)
        if changes.revision is not None:
            self._revisions.append(changes.revision)
        if changes.record is not None:
            self._show_record(changes.record)
        self._fill_history()
        if changes.revision is not None:
            self._fill_revisions()
        self._fill_audit()

    def _show_status(self) -> None:
        fg, bg = BADGE_COLOURS[self._status]
        returned = self._returned_event()
        self.badge.setText(status_label(self._status, returned=returned is not None))
        self.badge.setToolTip(returned_text(returned.note, returned.by) if returned else "")
        self.badge.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg};"
            " border-radius: 8px; padding: 2px 10px; font-weight: bold; }"
        )
        allowed = allowed_actions(self._status)
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
            button.setVisible(action in allowed)
        revisions = self._revisions
        if revisions:
            last = revisions[-1]
            by = last.approved_by or self.tr("(không rõ)")
            text = self.tr("Phiên bản đã duyệt {n} — {by}, {at}").format(
                n=last.revision, by=by, at=local_time_text(last.approved_at)
            )
            if self._status is not Status.APPROVED:
                text += self.tr(" · đang soạn phiên bản {n}").format(n=last.revision + 1)
        else:
            text = self.tr("Chưa có phiên bản đã duyệt")
        self.revision_label.setText(text)

    def _returned_event(self) -> WorkflowEvent | None:
        """Return the step that sent a draft back, when it is the latest step."""
        if self._status is not Status.DRAFT:
            return None
        last = self._history[-1] if self._history else None
        return last if last is not None and last.action is Action.RETURN else None

    # -- workflow --------------------------------------------------------------------------

    def approvers(self) -> list[tuple[str, str]]:
        """Return who can be named as the approver: the people recorded in the meeting.

        The chair first, then the attendees (people, not groups), each once: (name, label).
        """
        meeting = getattr(self, "_meeting", None)
        if meeting is None:  # the meeting could not be read: nobody to offer
            return []
        found: list[tuple[str, str]] = []
        seen: set[str] = set()
        candidates = [(meeting.chair.name, meeting.chair.position)] + [
            (a.name, a.position) for a in meeting.attendees if not a.is_group
        ]
        for name, position in candidates:
            key = " ".join(name.casefold().split())
            if not key or key in seen:
                continue
            seen.add(key)
            name = " ".join(name.split())
            found.append((name, f"{name} — {position}" if position.strip() else name))
        return found

    def _choose_approver(self) -> str:
        people = self.approvers()
        if not people:
            self.context.interaction.warning(
                self.tr("Chưa có người chủ trì"),
                self.tr(
                    "Biên bản chưa ghi người chủ trì hay người dự họp nên chưa chọn được người "
                    "duyệt; hãy trả lại để thư ký bổ sung."
                ),
            )
            return ""
        index = self.context.interaction.choose_item(
            self.tr("Người duyệt"),
            self.tr("Ai duyệt biên bản này (theo thành phần đã ghi trong biên bản)?"),
            [label for _name, label in people],
            0,
        )
        if index is None or not 0 <= index < len(people):
            return ""
        return people[index][0]

    def take(self, action: Action) -> bool:
        """Take a workflow step, asking for the comment or reason it needs; True when done.

        Approval names the approver from the people recorded in the meeting and carries the
        version shown, so minutes that changed since are not approved unseen.
        """
        transition = TRANSITIONS[action]
        if action not in allowed_actions(self._status):
            return False
        seen_version = self._version
        if action is Action.APPROVE:
            by = self._choose_approver()
            if not by:
                return False
        else:
            by = ensure_user_name(self.context, self, self._ask_name)
        if not by:
            self.context.interaction.warning(
                self.tr("Chưa có tên người dùng"),
                self.tr("Cần biết tên của bạn để ghi vào lịch sử duyệt (Tùy chọn › Tên của bạn)."),
            )
            return False
        text = ""
        if transition.needs_text:
            prompts = {
                Action.RETURN: (
                    self.tr("Trả lại biên bản"),
                    self.tr("Ý kiến gửi thư ký (bắt buộc):"),
                ),
                Action.REOPEN: (
                    self.tr("Mở lại biên bản đã duyệt"),
                    self.tr("Lý do mở lại (bắt buộc); lần duyệt sau sẽ là phiên bản mới:"),
                ),
            }
            title, label = prompts[action]
            answer = self._ask_text(self, title, label)
            if answer is None:
                return False
            text = answer.strip()
            if not text:
                self.context.interaction.warning(
                    title,
                    self.tr("Chưa ghi {what}; biên bản giữ nguyên.").format(
                        what=transition.text_label(self.context.language)
                    ),
                )
                return False
        if action is Action.APPROVE and not self.context.interaction.confirm(
            self.tr("Duyệt biên bản"),
            self.tr(
                "Sau khi duyệt, biên bản được cấp số (nếu chưa có), khoá nội dung và chỉ mở để "
                "xem; muốn sửa phải «Mở lại» kèm lý do. Duyệt biên bản này?"
            ),
            default=True,
            ok_text=self.tr("Duyệt"),
        ):
            return False
        if self._flush is not None and not self._flush():
            return False  # the editor could not save: it has told the user
        jump = False
        while True:
            try:
                changes = workflow.take(
                    self.context.db,
                    self._id,
                    action,
                    by,
                    text,
                    version=seen_version if action is Action.APPROVE else None,
                    allow_number_jump=jump,
                )
                break
            except NumberJump as exc:
                if jump or not self.context.interaction.confirm(
                    self.tr("Số biên bản cách xa số tiếp theo"),
                    self.tr("{message}\n\nVẫn duyệt với số này?").format(
                        message=self._message(exc)
                    ),
                    default=False,
                    ok_text=self.tr("Duyệt"),
                ):
                    self.refresh()
                    return False
                jump = True
            except MinutesError as exc:
                self._report(
                    self.tr("Không thực hiện được «{step}»").format(
                        step=transition.label(self.context.language)
                    ),
                    exc,
                )
                self.refresh()
                return False
        self._apply_step(changes)
        if changes.number_assigned:
            self.context.interaction.information(
                self.tr("Đã duyệt biên bản"),
                self.tr("Biên bản được cấp số {number} trong sổ biên bản.").format(
                    number=changes.number_assigned
                ),
            )
        self.last_step = changes
        try:
            self.stepped.emit(changes)
            self.workflow_changed.emit(self._id)
        finally:
            self.last_step = None
        return True

    def verify(self) -> bool:
        """Check the meeting against its approved revision and tell the user."""
        try:
            check = self.context.db.review.verify(self._id)
        except MinutesError as exc:
            self._report(self.tr("Không kiểm tra được"), exc)
            return False
        details = "\n".join(check.messages)
        if check.sha256:
            details += "\n\nSHA-256: " + check.sha256
        if check.chain:
            details += "\n" + self.tr("Mã chuỗi: {chain}").format(chain=check.chain)
        if check.intact:
            self.context.interaction.information(
                self.tr("Biên bản nguyên vẹn"), self._intact_sentence(check.revision), details
            )
        else:
            self.context.interaction.error(
                self.tr("Biên bản đã bị thay đổi ngoài ứng dụng"),
                self.tr(
                    "Nội dung biên bản không còn khớp với bản đã duyệt: có người đã sửa cơ sở dữ "
                    "liệu ngoài ứng dụng. Hãy khôi phục bản sao lưu hoặc báo người quản trị; "
                    "xem «Chi tiết» để biết chỗ không khớp."
                ),
                details,
            )
        return check.intact

    def _intact_sentence(self, revision: int | None) -> str:
        """Return the verdict of an intact meeting in one sentence (the hashes go in details)."""
        if revision is None:
            return self.tr(
                "Biên bản chưa được duyệt lần nào; lịch sử duyệt và nhật ký sửa đổi còn nguyên vẹn."
            )
        if self._status is Status.APPROVED:
            return self.tr(
                "Biên bản không bị thay đổi kể từ khi được duyệt (phiên bản {n})."
            ).format(n=revision)
        return self.tr(
            "Các phiên bản đã duyệt (đến phiên bản {n}) còn nguyên vẹn; bản đang soạn chưa được "
            "duyệt."
        ).format(n=revision)

    def _message(self, exc: BaseException) -> str:
        if isinstance(exc, workflow.ChecksFailed):
            language = self.context.language
            return (
                self.tr("Biên bản còn lỗi, cần sửa trước:")
                + "\n"
                + problem_lines(exc.errors, language, 12)
            )
        return message(exc, self.context.language)

    def _report(self, title: str, exc: BaseException) -> None:
        self.context.interaction.error(title, self._message(exc), str(exc))

    # -- comments --------------------------------------------------------------------------

    def _fill_parts(self) -> None:
        current = self.part_combo.currentData()
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        for path, label in meeting_parts(self._meeting, self.context.language):
            self.part_combo.addItem(label, path)
        index = self.part_combo.findData(current) if current else 0
        self.part_combo.setCurrentIndex(max(index, 0))
        self.part_combo.blockSignals(False)

    def current_part(self) -> str:
        """Return the part new comments go to."""
        return str(self.part_combo.currentData() or "meeting")

    def show_part(self, part: str) -> None:
        """Select ``part`` (the editor's current agenda item, statement, vote or task)."""
        index = self.part_combo.findData(part)
        if index >= 0:
            self.part_combo.setCurrentIndex(index)

    def comments(self) -> list[ReviewComment]:
        """Return the meeting's comments as stored (replies included)."""
        return self.context.db.review.comments(self._id)

    def _read_comments(self) -> list[ReviewComment]:
        try:
            return self.comments()
        except MinutesError as exc:
            log.warning("cannot read comments: %s", exc)
            return []

    def _fill_comments(self) -> None:
        self.comment_tree.clear()
        comments = self._comments
        wanted = self.current_part() if self.only_part.isChecked() else None
        items: dict[int, QTreeWidgetItem] = {}
        for c in comments:
            if c.resolved and not self.show_resolved.isChecked():
                continue
            if wanted is not None and c.part != wanted:
                continue
            state = (
                self.tr("Đã giải quyết ({by})").format(by=c.resolved_by)
                if c.resolved
                else self.tr("Mở")
            )
            item = QTreeWidgetItem(
                [
                    part_label(c.part, self.context.language) if c.parent_id is None else "",
                    c.author,
                    c.text,
                    local_time_text(c.created_at),
                    state,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setData(0, PART_ROLE, c.part)
            item.setToolTip(2, c.text)
            parent = items.get(c.parent_id) if c.parent_id is not None else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.comment_tree.addTopLevelItem(item)
            items[c.id] = item
        self.comment_tree.expandAll()
        self._update_comment_buttons()

    def _on_comment_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        while parent is not None:  # a reply is about its comment's part
            item, parent = parent, parent.parent()
        part = item.data(0, PART_ROLE)
        if part:
            self.part_activated.emit(str(part))

    def _selected_comment(self) -> int | None:
        item = self.comment_tree.currentItem()
        if item is None:
            return None
        top = item
        while (parent := top.parent()) is not None:
            top = parent
        value = top.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def select_comment(self, comment_id: int) -> bool:
        """Make ``comment_id`` the current comment; True when it is shown."""
        for i in range(self.comment_tree.topLevelItemCount()):
            stack = [self.comment_tree.topLevelItem(i)]
            while stack:
                item = stack.pop()
                if item is None:
                    continue
                if item.data(0, Qt.ItemDataRole.UserRole) == comment_id:
                    self.comment_tree.setCurrentItem(item)
                    return True
                stack += [item.child(k) for k in range(item.childCount())]
        return False

    def _update_comment_buttons(self) -> None:
        selected = self._selected_comment() is not None
        self.reply_button.setEnabled(selected)
        self.resolve_button.setEnabled(selected)

    def add_comment(self) -> int | None:
        """Ask for a comment on the selected part and store it; return its id."""
        part = self.current_part()
        text = self._ask_text(
            self,
            self.tr("Ý kiến góp ý"),
            self.tr("Ý kiến về «{part}»:").format(part=part_label(part, self.context.language)),
        )
        return self._store_comment(text, part=part)

    def reply(self) -> int | None:
        """Ask for an answer to the selected comment and store it; return its id."""
        parent = self._selected_comment()
        if parent is None:
            return None
        text = self._ask_text(self, self.tr("Trả lời ý kiến"), self.tr("Câu trả lời:"))
        return self._store_comment(text, reply_to=parent)

    def _store_comment(
        self, text: str | None, *, part: str = "meeting", reply_to: int | None = None
    ) -> int | None:
        if text is None or not text.strip():
            return None
        by = ensure_user_name(self.context, self, self._ask_name)
        if not by:
            return None
        try:
            changes = workflow.comment(
                self.context.db, self._id, text, by, part=part, reply_to=reply_to
            )
        except MinutesError as exc:
            self._report(self.tr("Không lưu được ý kiến"), exc)
            return None
        comment = changes.comment
        assert comment is not None
        self._comments.append(comment)
        self._fill_comments()
        self._fill_audit()
        self.select_comment(comment.id)
        self.comments_changed.emit(self._id)
        return comment.id

    def resolve(self) -> bool:
        """Mark the selected comment (and its answers) resolved; it stays in the history."""
        comment_id = self._selected_comment()
        if comment_id is None:
            return False
        by = ensure_user_name(self.context, self, self._ask_name)
        if not by:
            return False
        try:
            changes = workflow.resolve(self.context.db, comment_id, by)
        except MinutesError as exc:
            self._report(self.tr("Không cập nhật được ý kiến"), exc)
            return False
        resolved = changes.comment
        assert resolved is not None
        # The store resolved the comment and its open answers with one stamp: so does the page.
        self._comments = [
            dataclasses.replace(
                c, resolved_by=resolved.resolved_by, resolved_at=resolved.resolved_at
            )
            if resolved.id in (c.id, c.parent_id) and not c.resolved
            else c
            for c in self._comments
        ]
        self._fill_comments()
        self.comments_changed.emit(self._id)
        return True

    # -- history, differences, audit -------------------------------------------------------

    def _fill_history(self) -> None:
        self.history_list.clear()
        for step in self._history:
            label = step_label(step.action.value, self.context.language)
            revision = self.tr(" (phiên bản {n})").format(n=step.revision) if step.revision else ""
            line = f"{local_time_text(step.at)} — {label}{revision} — {step.by}"
            if step.note:
                what = self.tr("ý kiến") if step.action is Action.RETURN else self.tr("lý do")
                line += f"\n    {what}: {step.note}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.history_list.addItem(item)

    def _fill_revisions(self) -> None:
        revisions = self._revisions
        choices: list[tuple[str, object]] = [
            (
                self.tr("Phiên bản {n} ({at})").format(
                    n=r.revision, at=local_time_text(r.approved_at)
                ),
                r.revision,
            )
            for r in revisions
        ]
        choices.append((self.tr("Bản hiện tại"), CURRENT))
        for combo, default in ((self.from_combo, 0), (self.to_combo, len(choices) - 1)):
            combo.blockSignals(True)
            combo.clear()
            for label, data in choices:
                combo.addItem(label, data)
            if revisions and combo is self.from_combo:
                default = len(revisions) - 1  # the latest approved revision
            combo.setCurrentIndex(default)
            combo.blockSignals(False)
        self._fill_diff()

    def compare(self, old: int | str, new: int | str) -> list[str]:
        """Show the differences from ``old`` to ``new`` (revision numbers or ``"current"``)."""
        for combo, value in ((self.from_combo, old), (self.to_combo, new)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        return [self.diff_list.item(i).text() for i in range(self.diff_list.count())]

    def _fill_diff(self) -> None:
        self.diff_list.clear()
        old, new = self.from_combo.currentData(), self.to_combo.currentData()
        if old is None or new is None:
            return
        if old == new:  # a version against itself (a draft never approved): nothing to read
            self.diff_list.addItem(self.tr("(không có khác biệt)"))
            return
        try:
            changes = self.context.db.review.diff(self._id, old, new)
        except MinutesError as exc:
            self.diff_list.addItem(self._message(exc))
            return
        if not changes:
            self.diff_list.addItem(self.tr("(không có khác biệt)"))
        for change in changes:
            item = QListWidgetItem(change.text(self.context.language))
            item.setData(Qt.ItemDataRole.UserRole, change.path)
            self.diff_list.addItem(item)

    def _fill_audit(self) -> None:
        entries = self.context.db.review.audit(self._id)
        self.audit_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            values = [
                local_time_text(e.at),
                e.by,
                audit_action_label(e.action, self.context.language),
                field_label(e.path, self.context.language) if e.path else "",
                value_text(e.path, e.old, self.context.language) or "",
                value_text(e.path, e.new, self.context.language) or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.audit_table.setItem(row, column, item)
        self.audit_table.resizeColumnsToContents()
