"""The review panel's workflow bar: the status badge, the step buttons and the integrity check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from minutes_app.domain.errors import MinutesError, message
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.text import local_time_text
from minutes_app.domain.workflow import TRANSITIONS, Action, allowed_actions
from minutes_app.services import workflow
from minutes_app.services.changes import Changes
from minutes_app.store import MeetingRecord, NumberJump, Revision, WorkflowEvent
from minutes_app.ui.context import AppContext
from minutes_app.ui.problem_text import problem_lines
from minutes_app.ui.review.text_dialog import TextAsker
from minutes_app.ui.review.user_name import NameAsker, ensure_user_name
from minutes_app.ui.status_words import returned_text, status_label

BADGE_COLOURS = {
    Status.DRAFT: ("#5f6368", "#eceff1"),
    Status.IN_REVIEW: ("#8a5a00", "#fff3cd"),
    Status.APPROVED: ("#1e6b2f", "#dff3e4"),
}


class WorkflowBar(QWidget):
    """The meeting's workflow state and the steps it allows, on a real ``Database``.

    ``read()`` reads the meeting, its steps and its approved revisions (the badge says
    "returned" from the last step, the label names the last revision) and emits ``loaded``:
    the panel hands the steps, revisions and meeting to its pages. A step taken here shows what
    the verb's ``Changes`` carry (nothing is read back) and emits ``step_taken(changes)``. A
    save changes only the version and the meeting's text (``saved``): nothing is read.
    """

    # The bar read the meeting again: its steps, revisions and meeting are new.
    loaded = Signal()
    # A step was taken here: the ``Changes`` its verb returned (already shown by the bar).
    step_taken = Signal(object)

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        flush: Callable[[], bool] | None = None,
        ask_text: TextAsker,
        ask_name: NameAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._id = meeting_id
        self._flush = flush
        self._ask_text = ask_text
        self._ask_name = ask_name
        self._status = Status.DRAFT
        self._version = 0
        self._meeting: Meeting | None = None
        self._history: list[WorkflowEvent] = []
        self._revisions: list[Revision] = []
        self.badge = QLabel(self)
        self.badge.setObjectName("status_badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.revision_label = QLabel(self)
        self.revision_label.setObjectName("revision_label")
        self.buttons: dict[Action, QPushButton] = {}
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
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

    # -- state -----------------------------------------------------------------------------

    def status(self) -> Status:
        """Return the meeting's workflow state as last read (or stepped)."""
        return self._status

    def version(self) -> int:
        """Return the stored version shown (approval carries it)."""
        return self._version

    def meeting(self) -> Meeting | None:
        """Return the meeting as last read, saved or stepped (None when it could not be read)."""
        return self._meeting

    def steps(self) -> list[WorkflowEvent]:
        """Return the meeting's workflow steps, oldest first."""
        return list(self._history)

    def revisions(self) -> list[Revision]:
        """Return the meeting's approved revisions, oldest first."""
        return list(self._revisions)

    def read(self) -> bool:
        """Read the meeting, its steps and revisions; emit ``loaded``. False when unreadable."""
        try:
            record = self.context.db.get(self._id)
        except MinutesError as exc:
            self._report(self.tr("Không đọc được biên bản"), exc)
            return False
        self._history = list(self.context.db.review.history(self._id))
        self._revisions = list(self.context.db.review.revisions(self._id))
        self._show_record(record)
        self.loaded.emit()
        return True

    def saved(self, version: int, meeting: Meeting) -> None:
        """The editor saved ``meeting`` as ``version``: its status and steps are unchanged."""
        self._version = version
        self._meeting = meeting

    def _show_record(self, record: MeetingRecord) -> None:
        self._status = record.meeting.status
        self._version = record.version
        self._meeting = record.meeting
        self._show_status()

    def _apply_step(self, changes: Changes) -> None:
        """Show what a step wrote, from its ``Changes`` (the meeting is not read again)."""
        if changes.event is not None:
            self._history.append(changes.event)
        if changes.revision is not None:
            self._revisions.append(changes.revision)
        if changes.record is not None:
            self._show_record(changes.record)
        else:
            self._show_status()

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
        meeting = self._meeting
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

        Approval names the approver from the people recorded in the meeting (on the office
        database, the login acting) and carries the version shown, so minutes that changed
        since are not approved unseen.
        """
        transition = TRANSITIONS[action]
        if action not in allowed_actions(self._status):
            return False
        seen_version = self._version
        # The office database records the login that acts, whatever name is given: there is
        # nobody to choose (ensure_user_name gives the login's name).
        if action is Action.APPROVE and self.context.db.identity() is None:
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
                "Sau khi duyệt, biên bản được cấp số (nếu chưa có), khóa nội dung và chỉ mở để "
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
                    self.read()
                    return False
                jump = True
            except MinutesError as exc:
                self._report(
                    self.tr("Không thực hiện được «{step}»").format(
                        step=transition.label(self.context.language)
                    ),
                    exc,
                )
                self.read()
                return False
        self._apply_step(changes)
        if changes.number_assigned:
            self.context.interaction.information(
                self.tr("Đã duyệt biên bản"),
                self.tr("Biên bản được cấp số {number} trong sổ biên bản.").format(
                    number=changes.number_assigned
                ),
            )
        self.step_taken.emit(changes)
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
