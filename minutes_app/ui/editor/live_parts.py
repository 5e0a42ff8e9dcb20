"""The pieces of the live mode: the roll call, the speaker bar and the quick vote entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIntValidator, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.facts import attendance_counts, vote_result
from minutes_app.domain.model import Attendance, Speaker
from minutes_app.services import live
from minutes_app.services.live import Edit, InsertRow, SetField, SpeakerChoice
from minutes_app.ui.editor.people import standard_voices
from minutes_app.ui.editor.session import RESET, Change, EditSession
from minutes_app.ui.editor.widgets import BoundLineEdit

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def apply_plan(session: EditSession, text: str, edits: Sequence[Edit], *, origin: int = 0) -> bool:
    """Carry out ``edits`` as one undoable step named ``text``; return False if nothing changed.

    ``origin`` is the token of the widget the first edit comes from (it is not rewritten).
    """
    if session.read_only:
        return False
    pending = [
        (i, e)
        for i, e in enumerate(edits)
        if not isinstance(e, SetField) or session.value(e.path) != e.value
    ]
    if not pending:
        return False
    session.seal()
    with session.macro(text):
        for i, edit in pending:
            if isinstance(edit, InsertRow):
                session.insert(edit.list_path, edit.index, edit.item)
            else:
                session.set(edit.path, edit.value, origin=origin if i == 0 else 0)
    return True


def hhmm(moment: dt.datetime | None) -> str:
    """Return ``08:15`` (empty for no time)."""
    return "" if moment is None else f"{moment:%H:%M}"


class RollCallList(QListWidget):
    """The summoned people with a tick each; Space, Enter or a click ticks the current name."""

    toggle_requested = Signal(int)  # attendee index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.itemClicked.connect(self._on_clicked)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.toggle_requested.emit(int(item.data(INDEX_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            item = self.currentItem()
            if item is not None:
                self.toggle_requested.emit(int(item.data(INDEX_ROLE)))
            return
        super().keyPressEvent(event)


class RollCall(QWidget):
    """Attendance by ticking names: present before the start, late (with the time) after it."""

    def __init__(
        self, session: EditSession, clock: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        layout.addWidget(self.counts_label)
        self.list = RollCallList(self)
        self.list.setAccessibleName(self.tr("Điểm danh"))
        self.list.setToolTip(
            self.tr(
                "Dấu cách hoặc Enter: đánh dấu có mặt / vắng. Sau khi bắt đầu họp, người được "
                "đánh dấu là đến muộn, ghi giờ đến."
            )
        )
        layout.addWidget(self.list, 1)
        self.others_label = QLabel()
        self.others_label.setWordWrap(True)
        self.others_label.setEnabled(False)
        layout.addWidget(self.others_label)
        # Two rows: the roll call stays narrow beside the agenda item on a laptop's screen.
        buttons = QGridLayout()
        self.all_button = QPushButton(self.tr("Tất cả có mặt"))
        self.none_button = QPushButton(self.tr("Bỏ đánh dấu hết"))
        self.none_button.setToolTip(self.tr("Để đánh dấu từng người khi họ đến"))
        self.on_time_button = QPushButton(self.tr("Không tính muộn"))
        self.on_time_button.setToolTip(
            self.tr("Người đang chọn được tính là có mặt từ đầu (bỏ giờ đến muộn)")
        )
        for index, button in enumerate((self.all_button, self.none_button, self.on_time_button)):
            button.setAutoDefault(False)
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)
        self.list.toggle_requested.connect(self.toggle)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.all_button.clicked.connect(lambda: self._mark_everyone(True))
        self.none_button.clicked.connect(lambda: self._mark_everyone(False))
        self.on_time_button.clicked.connect(self.mark_on_time)
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- actions ------------------------------------------------------------------------------

    def toggle(self, index: int) -> None:
        """Tick or untick attendee ``index``."""
        meeting = self.session.meeting
        if not 0 <= index < len(meeting.attendees):
            return
        attendee = meeting.attendees[index]
        edits = live.toggle_presence(meeting, index, self.clock())
        if live.is_attending(attendee):
            text = self.tr("Vắng: {name}").format(name=attendee.name)
        elif live.phase(meeting) is live.Phase.RUNNING:
            text = self.tr("Đến muộn: {name}").format(name=attendee.name)
        else:
            text = self.tr("Có mặt: {name}").format(name=attendee.name)
        apply_plan(self.session, text, edits)

    def mark_on_time(self) -> None:
        """Count the selected late arrival as present from the start."""
        item = self.list.currentItem()
        if item is not None:
            index = int(item.data(INDEX_ROLE))
            apply_plan(
                self.session,
                self.tr("Không tính muộn: {name}").format(
                    name=self.session.meeting.attendees[index].name
                ),
                live.mark_on_time(self.session.meeting, index),
            )

    def _mark_everyone(self, present: bool) -> None:
        text = self.tr("Đánh dấu tất cả có mặt") if present else self.tr("Bỏ đánh dấu điểm danh")
        apply_plan(self.session, text, live.mark_everyone(self.session.meeting, present))

    # -- showing ------------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.kind == RESET or change.path.startswith(("attendees", "start", "end")):
            self.refresh()

    def entry_text(self, index: int) -> str:
        """Return the line of attendee ``index``: name, and the arrival time or absence."""
        attendee = self.session.meeting.attendees[index]
        text = attendee.name
        if attendee.attendance is Attendance.LATE:
            text += self.tr(" — đến muộn {time}").format(time=hhmm(attendee.arrived)).rstrip()
        elif attendee.attendance is Attendance.ABSENT_EXCUSED:
            text += self.tr(" — vắng có lý do")
        return text

    def refresh(self) -> None:
        """Show the roll call and the counts as the meeting has them."""
        meeting = self.session.meeting
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for index in live.roll_call(meeting):
            item = QListWidgetItem(self.entry_text(index))
            item.setData(INDEX_ROLE, index)
            attending = live.is_attending(meeting.attendees[index])
            item.setCheckState(Qt.CheckState.Checked if attending else Qt.CheckState.Unchecked)
            if not attending:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self.list.blockSignals(False)
        counts = attendance_counts(meeting.attendees)
        text = self.tr("Có mặt {present}/{summoned}").format(
            present=counts.attending, summoned=counts.summoned
        )
        if counts.late:
            text += self.tr(" · {n} đến muộn").format(n=counts.late)
        if counts.absent_total:
            text += self.tr(" · vắng {n}").format(n=counts.absent_total)
        self.counts_label.setText(text)
        others = [
            f"{a.group} ({a.count})" if a.count is not None else (a.group or "")
            for a in meeting.attendees
            if a.is_group
        ]
        guests = [a.name for a in meeting.attendees if not a.is_group and a.role.value == "guest"]
        lines = []
        if others:
            lines.append(self.tr("Nhóm: {names}").format(names="; ".join(others)))
        if guests:
            lines.append(self.tr("Khách mời: {names}").format(names="; ".join(guests)))
        self.others_label.setText("\n".join(lines))
        self.others_label.setVisible(bool(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        read_only = self.session.read_only
        item = self.list.currentItem()
        late = False
        if item is not None:
            index = int(item.data(INDEX_ROLE))
            attendees = self.session.meeting.attendees
            late = index < len(attendees) and attendees[index].attendance is Attendance.LATE
        self.on_time_button.setEnabled(late and not read_only)
        self.all_button.setEnabled(not read_only)
        self.none_button.setEnabled(not read_only)


class SpeakerBar(QListWidget):
    """The people who may speak, as a row of buttons; the first nine answer Alt+1…9."""

    picked = Signal(object)  # SpeakerChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the name box drives it
        self.setStyleSheet(
            "QListWidget { background: transparent; border: none; }"
            "QListWidget::item { border: 1px solid #9aa7b5; border-radius: 4px; "
            "padding: 3px 8px; background: #f4f7fa; color: #1d2733; }"
            "QListWidget::item:selected { background: #1f6fb2; color: white; "
            "border-color: #1f6fb2; }"
        )
        self.choices: list[SpeakerChoice] = []
        self.itemClicked.connect(self._on_clicked)

    def show_choices(self, choices: Sequence[SpeakerChoice]) -> None:
        """Show ``choices`` in order, the first one selected (what Enter picks)."""
        self.choices = list(choices)
        self.clear()
        for i, choice in enumerate(self.choices):
            label = f"{i + 1}  {choice.label}" if i < 9 else choice.label
            if not choice.present:
                label += self.tr(" (vắng)")
            item = QListWidgetItem(label)
            item.setData(INDEX_ROLE, i)
            if choice.speaker.is_group:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            if i < 9:
                item.setToolTip(self.tr("Alt+{n}").format(n=i + 1))
            self.addItem(item)
        if self.choices:
            self.setCurrentRow(0)
        self.fit()

    def fit(self) -> None:
        """Grow to show every choice, up to four rows (then it scrolls)."""
        row = self.fontMetrics().height() + 16
        bottom = row
        if self.count():
            self.doItemsLayout()
            rects = [self.visualItemRect(self.item(i)) for i in range(self.count())]
            bottom = max(r.bottom() for r in rects) + self.verticalOffset() + 6
        self.setFixedHeight(min(bottom, 4 * row) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        width_changed = event.size().width() != event.oldSize().width()
        super().resizeEvent(event)
        if width_changed:
            QTimer.singleShot(0, self.fit)

    def selected(self) -> SpeakerChoice | None:
        """Return the choice Enter would pick."""
        row = self.currentRow()
        return self.choices[row] if 0 <= row < len(self.choices) else None

    def step(self, delta: int) -> None:
        """Select the next (+1) or previous (-1) choice."""
        if self.choices:
            self.setCurrentRow((self.currentRow() + delta) % len(self.choices))

    def _on_clicked(self, item: QListWidgetItem) -> None:
        row = int(item.data(INDEX_ROLE))
        if 0 <= row < len(self.choices):
            self.picked.emit(self.choices[row])


class SpeakerFinder(QLineEdit):
    """Type a few letters of a name; Enter starts the statement, ↑/↓ choose, Esc goes back."""

    accepted = Signal()
    stepped = Signal(int)
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.accepted.emit()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.stepped.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def speaker_choices(session: EditSession) -> list[SpeakerChoice]:
    """Return who may speak in the session's meeting (the editor's collective voices)."""
    return live.speaker_choices(session.meeting, standard_voices())


class CountField(QLineEdit):
    """One count of the vote shown (in favour, against, abstain): digits only."""

    def __init__(self, session: EditSession, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.field = field
        self.token = id(self)
        self.setValidator(QIntValidator(0, 100_000, self))
        self.setMaximumWidth(70)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Undo and redo are the meeting's, as in every bound field (not the box's own text).
        if event.matches(QKeySequence.StandardKey.Undo):
            self.session.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.session.undo_stack.redo()
        else:
            super().keyPressEvent(event)


class VotePanel(QWidget):
    """Quick vote entry: a new vote begins with everyone present in favour."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Biểu quyết mới (Alt+B)"))
        self.new_button.setAutoDefault(False)
        self.which_label = QLabel()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.which_label)
        layout.addLayout(top)
        self.subject_edit = BoundLineEdit(
            session, placeholder=self.tr("Nội dung biểu quyết, ví dụ: Thông qua báo cáo")
        )
        layout.addWidget(self.subject_edit)
        grid = QGridLayout()
        self.counts = {
            "in_favour": CountField(session, "in_favour"),
            "against": CountField(session, "against"),
            "abstain": CountField(session, "abstain"),
        }
        labels = {
            "in_favour": self.tr("Tán thành"),
            "against": self.tr("Không tán thành"),
            "abstain": self.tr("Không biểu quyết"),
        }
        self.count_widgets: list[QWidget] = []
        for column, (field, edit) in enumerate(self.counts.items()):
            label = QLabel(labels[field])
            label.setBuddy(edit)
            self.count_widgets += [label, edit]
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            edit.textEdited.connect(lambda text, f=field: self._on_count_edited(f, text))
        layout.addLayout(grid)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.new_button.clicked.connect(self.new_vote)
        session.changed.connect(self._on_changed)
        self.show_row(len(session.meeting.votes) - 1)

    def new_vote(self) -> None:
        """Record a vote taken now and start typing its subject."""
        meeting = self.session.meeting
        if apply_plan(self.session, self.tr("Biểu quyết mới"), [live.new_vote(meeting)]):
            self.show_row(len(self.session.meeting.votes) - 1)
            self.subject_edit.setFocus()

    def show_row(self, row: int) -> None:
        """Show vote ``row`` (-1: none yet)."""
        votes = self.session.meeting.votes
        self.row = row if 0 <= row < len(votes) else len(votes) - 1
        self.subject_edit.bind(f"votes[{self.row}].subject" if self.row >= 0 else "")
        if self.row < 0:
            self.subject_edit.clear()
        self.refresh()

    def _on_count_edited(self, field: str, text: str) -> None:
        if self.row < 0:
            return
        value = int(text) if text.strip().isdigit() else 0
        edits = live.set_vote_count(self.session.meeting, self.row, field, value)
        apply_plan(
            self.session,
            self.tr("Sửa số phiếu biểu quyết"),
            edits,
            origin=self.counts[field].token,
        )
        self.refresh(keep=field)

    def _on_changed(self, change: Change) -> None:
        if change.kind == RESET or change.path == "votes":
            self.show_row(len(self.session.meeting.votes) - 1)
        elif change.path.startswith(("votes", "attendees")):
            self.refresh(keep=self._typing_field(change))

    def _typing_field(self, change: Change) -> str:
        for field, edit in self.counts.items():
            if change.origin and change.origin == edit.token:
                return field
        return ""

    def refresh(self, keep: str = "") -> None:
        """Show the counts of the vote and the live result of those present."""
        meeting = self.session.meeting
        enabled = self.row >= 0 and not self.session.read_only
        for field, edit in self.counts.items():
            edit.setEnabled(enabled)
            if field == keep:
                continue
            value = str(getattr(meeting.votes[self.row], field)) if self.row >= 0 else ""
            if edit.text() != value:
                edit.setText(value)
        self.subject_edit.setVisible(self.row >= 0)
        for widget in self.count_widgets:
            widget.setVisible(self.row >= 0)
        self.new_button.setEnabled(not self.session.read_only)
        present = live.present_count(meeting)
        if self.row < 0:
            self.which_label.setText("")
            self.result_label.setText(
                self.tr("Có mặt {n} người có quyền biểu quyết.").format(n=present)
            )
            return
        self.which_label.setText(
            self.tr("Biểu quyết {n}/{total}").format(n=self.row + 1, total=len(meeting.votes))
        )
        result = vote_result(meeting.votes[self.row], meeting)
        if result.eligible == present:
            who = self.tr("Có mặt {n}").format(n=present)
        else:
            who = self.tr("Có quyền biểu quyết {eligible} (đang có mặt {present})").format(
                eligible=result.eligible, present=present
            )
        text = self.tr(
            "{who}: tán thành {yes} ({yes_pct}), không tán thành {no} ({no_pct}), "
            "không biểu quyết {abstain} ({abstain_pct})."
        ).format(
            who=who,
            yes=result.in_favour,
            yes_pct=result.in_favour_percent,
            no=result.against,
            no_pct=result.against_percent,
            abstain=result.abstain,
            abstain_pct=result.abstain_percent,
        )
        if result.exceeds_eligible:
            text = "⚠ " + text
        self.result_label.setText(text)


def speaker_text(speaker: Speaker) -> str:
    """Return how the live page names a speaker: the name (and position) or the voice."""
    if speaker.is_group:
        return speaker.group or ""
    return ", ".join(part for part in (speaker.name, speaker.position) if part)
