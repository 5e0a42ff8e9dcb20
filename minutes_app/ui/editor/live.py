"""The live mode ("Đang họp"): the same open meeting, laid out for taking minutes as it runs.

A page of the meeting editor over its edit session: every action is one undoable step,
autosaved like any edit. The verbs are in ``minutes_app.services.live``; this page only
shows the meeting and wires keys and buttons to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.fields import is_within
from minutes_app.domain.model import Speaker, Statement
from minutes_app.services import live
from minutes_app.services.live import Phase, SpeakerChoice
from minutes_app.ui.editor.live_parts import (
    RollCall,
    SpeakerBar,
    SpeakerFinder,
    VotePanel,
    apply_plan,
    hhmm,
    speaker_choices,
    speaker_text,
)
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.session import INSERT, MOVE, REMOVE, RESET, SET, Change, EditSession
from minutes_app.ui.editor.table_models import StatementTableModel
from minutes_app.ui.editor.widgets import BoundPlainTextEdit

Clock = Callable[[], dt.datetime]


class LiveStatementModel(StatementTableModel):
    """The statements of the current item, each with the time it began."""

    def display(self, obj: Statement, row: int, column: int) -> Any:
        text = super().display(obj, row, column)
        return f"{hhmm(obj.time)}  {text}" if obj.time is not None else text


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class LivePage(QWidget):
    """Clock, roll call, speaker bar, the current agenda item, its scratch note, quick votes."""

    def __init__(
        self,
        session: EditSession,
        directory: PeopleDirectory,
        *,
        clock: Clock = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.directory = directory
        self.clock = clock
        self.item = max(live.current_item(session.meeting), 0)
        self.statement_row = -1
        self._choices: list[SpeakerChoice] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self._build_clock_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # -- left: who is here, and the votes -----------------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        roll_box = QGroupBox(self.tr("Điểm danh (Alt+D)"))
        roll_layout = QVBoxLayout(roll_box)
        self.roll_call = RollCall(session, lambda: self.clock())
        roll_layout.addWidget(self.roll_call)
        left_layout.addWidget(roll_box, 3)
        vote_box = QGroupBox(self.tr("Biểu quyết"))
        vote_layout = QVBoxLayout(vote_box)
        self.votes = VotePanel(session)
        vote_layout.addWidget(self.votes)
        left_layout.addWidget(vote_box, 0)
        splitter.addWidget(left)

        # -- right: the current agenda item ---------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        self.position_label = QLabel()
        self.position_label.setEnabled(False)
        self.previous_button = QPushButton(self.tr("◀ Trước (Ctrl+PgUp)"))
        self.next_button = QPushButton(self.tr("Tiếp theo (Ctrl+PgDown) ▶"))
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        heading.addWidget(self.position_label, 1)
        heading.addWidget(self.previous_button)
        heading.addWidget(self.next_button)
        right_layout.addLayout(heading)
        self.title_label = _bold(QLabel(), 1.35)
        self.title_label.setWordWrap(True)
        right_layout.addWidget(self.title_label)
        self.presenter_label = QLabel()
        self.presenter_label.setWordWrap(True)
        right_layout.addWidget(self.presenter_label)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setEnabled(False)
        right_layout.addWidget(self.next_label)

        self.body = QStackedWidget()
        self.body.addWidget(self._build_item_page())
        self.body.addWidget(self._build_conclusion_page())
        right_layout.addWidget(self.body, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([330, 820])

        self._build_shortcuts()
        self.previous_button.clicked.connect(self.previous_item)
        self.next_button.clicked.connect(self.next_item)
        self.start_button.clicked.connect(self.start_meeting)
        self.end_button.clicked.connect(self.end_meeting)
        self.times_check.toggled.connect(self._on_times_toggled)
        self.finder.textChanged.connect(self._filter_speakers)
        self.finder.accepted.connect(self._pick_selected)
        self.finder.stepped.connect(self.bar.step)
        self.finder.escaped.connect(self.focus_content)
        self.bar.picked.connect(self.pick)
        self.statement_view.selectionModel().currentChanged.connect(self._on_statement_selected)
        self.to_statement_button.clicked.connect(lambda: self.move_scratch("statement"))
        self.to_conclusion_button.clicked.connect(lambda: self.move_scratch("conclusion"))
        session.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_clock)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_clock_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("liveClockBar")
        bar.setStyleSheet(
            "#liveClockBar { background: #14385c; border-radius: 6px; }"
            "#liveClockBar QLabel { color: white; }"
            "#liveClockBar QCheckBox { color: white; }"
        )
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        self.clock_label = _bold(QLabel(), 2.0)
        self.clock_label.setAccessibleName(self.tr("Đồng hồ"))
        self.phase_label = _bold(QLabel(), 1.1)
        self.phase_label.setWordWrap(True)  # two lines rather than a window wider than a screen
        self.start_button = QPushButton(self.tr("Bắt đầu họp (Ctrl+B)"))
        self.end_button = QPushButton(self.tr("Kết thúc (Ctrl+Shift+K)"))
        self.times_check = QCheckBox(self.tr("In giờ phát biểu"))
        self.times_check.setToolTip(
            self.tr("Ghi giờ bắt đầu mỗi ý kiến vào biên bản in (thường không in)")
        )
        for button in (self.start_button, self.end_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.times_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.clock_label)
        row.addSpacing(16)
        row.addWidget(self.phase_label, 1)
        row.addWidget(self.times_check)
        row.addWidget(self.start_button)
        row.addWidget(self.end_button)
        return bar

    def _build_item_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        # The how-to is a wrapped line inside the box, not its title: a group box is at least
        # as wide as its title, and this one would hold the whole page wider than a laptop's.
        speakers = QGroupBox()
        speakers_layout = QVBoxLayout(speakers)
        speakers_title = _bold(
            QLabel(
                self.tr("Người phát biểu — Ctrl+Enter, gõ vài chữ của tên rồi Enter; hoặc Alt+1…9")
            )
        )
        speakers_title.setWordWrap(True)
        speakers_layout.addWidget(speakers_title)
        self.finder = SpeakerFinder()
        self.finder.setPlaceholderText(
            self.tr("Gõ vài chữ của tên (không cần dấu), ví dụ “thanh”, rồi Enter")
        )
        self.finder.setAccessibleName(self.tr("Tìm người phát biểu"))
        speakers_layout.addWidget(self.finder)
        self.bar = SpeakerBar()
        speakers_layout.addWidget(self.bar)
        layout.addWidget(speakers)

        self.statement_model = LiveStatementModel(self.session, "", self)
        self.statement_view = QListView()
        self.statement_view.setModel(self.statement_model)
        self.statement_view.setAccessibleName(self.tr("Các ý kiến đã ghi của nội dung này"))
        self.statement_view.setWordWrap(False)
        self.statement_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.statement_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.statement_view.setUniformItemSizes(True)
        self.statement_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.statement_view)
        self.statement_label = _bold(QLabel())
        self.statement_label.setWordWrap(True)
        layout.addWidget(self.statement_label)
        self.content_edit = BoundPlainTextEdit(self.session)
        self.content_edit.setAccessibleName(self.tr("Nội dung ý kiến"))
        self.content_edit.setMinimumHeight(120)
        layout.addWidget(self.content_edit, 3)

        lower = QHBoxLayout()
        scratch_box = QGroupBox(self.tr("Ghi chú nháp — không in (Alt+N)"))
        scratch_layout = QVBoxLayout(scratch_box)
        self.scratch_edit = BoundPlainTextEdit(
            self.session,
            placeholder=self.tr(
                "Ghi nhanh điều cần nhớ; không vào biên bản cho đến khi chuyển vào ý kiến hoặc "
                "kết luận (chọn một đoạn hoặc chuyển cả ghi chú)."
            ),
        )
        self.scratch_edit.setAccessibleName(self.tr("Ghi chú nháp"))
        self.scratch_edit.setStyleSheet("QPlainTextEdit { background: #fffbe6; }")
        scratch_layout.addWidget(self.scratch_edit)
        moves = QVBoxLayout()  # one above the other: the box stays narrow
        self.to_statement_button = QPushButton(self.tr("→ Vào ý kiến (Ctrl+Shift+Y)"))
        self.to_conclusion_button = QPushButton(self.tr("→ Vào kết luận (Ctrl+Shift+L)"))
        for button in (self.to_statement_button, self.to_conclusion_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            moves.addWidget(button)
        scratch_layout.addLayout(moves)
        lower.addWidget(scratch_box, 1)
        conclusion_box = QGroupBox(self.tr("Kết luận nội dung này (Alt+L)"))
        conclusion_layout = QVBoxLayout(conclusion_box)
        self.item_conclusion_edit = BoundPlainTextEdit(
            self.session, placeholder=self.tr("Kết luận của người chủ trì về nội dung này")
        )
        self.item_conclusion_edit.setAccessibleName(self.tr("Kết luận nội dung"))
        conclusion_layout.addWidget(self.item_conclusion_edit)
        lower.addWidget(conclusion_box, 1)
        layout.addLayout(lower, 2)
        return page

    def _build_conclusion_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        label = _bold(QLabel(self.tr("Kết luận cuộc họp (Alt+L)")))
        layout.addWidget(label)
        self.meeting_conclusion_edit = BoundPlainTextEdit(
            self.session,
            "conclusion",
            placeholder=self.tr("Kết luận của người chủ trì; để một dòng trống giữa các đoạn."),
        )
        self.meeting_conclusion_edit.setAccessibleName(self.tr("Kết luận cuộc họp"))
        layout.addWidget(self.meeting_conclusion_edit, 1)
        hint = QLabel(
            self.tr(
                "Các nhiệm vụ được giao, nơi nhận và số bản ghi ở trình soạn thảo (Ctrl+5, Ctrl+6)."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        return page

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _build_shortcuts(self) -> None:
        self._shortcut("Ctrl+B", self.start_meeting)
        self._shortcut("Ctrl+Shift+K", self.end_meeting)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(keys, self.focus_finder)
        for n in range(1, 10):
            self._shortcut(f"Alt+{n}", partial(self.pick_number, n))
        self._shortcut("Ctrl+PgDown", self.next_item)
        self._shortcut("Ctrl+PgUp", self.previous_item)
        self._shortcut("Alt+D", lambda: self.roll_call.list.setFocus())
        self._shortcut("Alt+N", self.focus_scratch)
        self._shortcut("Alt+L", self.focus_conclusion)
        self._shortcut("Alt+Y", self.focus_content)
        self._shortcut("Alt+B", self.votes.new_vote)
        self._shortcut("Ctrl+Shift+Y", lambda: self.move_scratch("statement"))
        self._shortcut("Ctrl+Shift+L", lambda: self.move_scratch("conclusion"))

    # -- the clock ----------------------------------------------------------------------------

    def start_meeting(self) -> None:
        """Record that the meeting starts now ("Bắt đầu họp")."""
        meeting = self.session.meeting
        if live.phase(meeting) is not Phase.NOT_STARTED:
            return
        apply_plan(self.session, self.tr("Bắt đầu họp"), live.start_meeting(meeting, self.clock()))

    def end_meeting(self) -> None:
        """Record that the meeting ends now ("Kết thúc")."""
        meeting = self.session.meeting
        if live.phase(meeting) is not Phase.RUNNING:
            return
        apply_plan(self.session, self.tr("Kết thúc họp"), live.end_meeting(meeting, self.clock()))

    def duration_text(self, minutes: int) -> str:
        """Return ``45 phút`` or ``1 giờ 05 phút``."""
        if minutes < 60:
            return self.tr("{m} phút").format(m=minutes)
        return self.tr("{h} giờ {m:02d} phút").format(h=minutes // 60, m=minutes % 60)

    def phase_text(self) -> str:
        """Return where the meeting stands: not started, running since, ended at."""
        meeting = self.session.meeting
        now = self.clock()
        state = live.phase(meeting)
        if state is Phase.NOT_STARTED:
            return self.tr("Chưa bắt đầu — Ctrl+B khi cuộc họp bắt đầu")
        duration = self.duration_text(live.elapsed_minutes(meeting, now))
        if state is Phase.RUNNING:
            return self.tr("Đang họp từ {start} · {duration}").format(
                start=hhmm(meeting.start), duration=duration
            )
        return self.tr("Đã kết thúc lúc {end} · họp {duration}").format(
            end=hhmm(meeting.end), duration=duration
        )

    def update_clock(self) -> None:
        """Show the time now and how long the meeting has run."""
        self.clock_label.setText(f"{self.clock():%H:%M:%S}")
        self.phase_label.setText(self.phase_text())

    def _update_phase(self) -> None:
        state = live.phase(self.session.meeting)
        read_only = self.session.read_only
        self.start_button.setEnabled(state is Phase.NOT_STARTED and not read_only)
        self.end_button.setEnabled(state is Phase.RUNNING and not read_only)
        self.times_check.blockSignals(True)
        self.times_check.setChecked(self.session.meeting.show_statement_times)
        self.times_check.blockSignals(False)
        self.times_check.setEnabled(not read_only)
        self.update_clock()

    def _on_times_toggled(self, checked: bool) -> None:
        if not self.session.set("show_statement_times", checked, text=self.tr("In giờ phát biểu")):
            self._update_phase()

    # -- the agenda item ----------------------------------------------------------------------

    def page_count(self) -> int:
        """Return how many item pages there are: the items (at least one, the first statement
        adds it to an empty agenda), then the meeting's conclusion."""
        return max(len(self.session.meeting.agenda), 1)

    def is_conclusion_page(self) -> bool:
        """Return True when the meeting's conclusion is shown (after the last item)."""
        return self.item >= self.page_count()

    def _item_path(self) -> str:
        exists = self.item < len(self.session.meeting.agenda)
        return f"agenda[{self.item}]" if exists and not self.is_conclusion_page() else ""

    def show_item(self, index: int) -> None:
        """Show agenda item ``index``; the one after the last is the meeting's conclusion."""
        self.item = min(max(index, 0), self.page_count())
        self.session.seal()
        self.finder.clear()
        self._bind_item()
        self.select_statement(self.statement_model.rowCount() - 1)
        if not self.is_conclusion_page() and not self.content_edit.isEnabled():
            self.finder.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_content()

    def next_item(self) -> None:
        """Go to the next agenda item (Ctrl+PgDown)."""
        if not self.is_conclusion_page():
            self.show_item(self.item + 1)

    def previous_item(self) -> None:
        """Go to the previous agenda item (Ctrl+PgUp)."""
        if self.item > 0:
            self.show_item(self.item - 1)

    def _bind_item(self) -> None:
        conclusion_page = self.is_conclusion_page()
        self.body.setCurrentIndex(1 if conclusion_page else 0)
        self.previous_button.setEnabled(self.item > 0)
        self.next_button.setEnabled(not conclusion_page)
        base = self._item_path()
        self.scratch_edit.bind(f"{base}.scratch" if base else "")
        self.item_conclusion_edit.bind(f"{base}.conclusion" if base else "")
        list_path = f"{base}.statements" if base else ""
        if self.statement_model.list_path != list_path:
            self.statement_model.set_list_path(list_path)
        for edit in (self.scratch_edit, self.item_conclusion_edit):
            edit.setEnabled(bool(base))
        self._show_heading()

    def _show_heading(self) -> None:
        agenda = self.session.meeting.agenda
        count = len(agenda)
        if self.is_conclusion_page():
            self.position_label.setText(self.tr("Sau {n} nội dung").format(n=count))
            self.title_label.setText(self.tr("Kết luận cuộc họp"))
            self.presenter_label.setText("")
            self.presenter_label.setVisible(False)
            self.next_label.setText(self.tr("Ctrl+Shift+K khi cuộc họp kết thúc."))
            return
        item = agenda[self.item] if agenda else None
        self.position_label.setText(
            self.tr("Nội dung {n}/{count}").format(n=self.item + 1, count=max(count, 1))
        )
        title = item.title.strip() if item is not None else ""
        self.title_label.setText(
            title or self.tr("(chưa có tiêu đề — đặt ở trình soạn thảo, Ctrl+3)")
        )
        presenter = item.presenter if item is not None else None
        if presenter is not None and presenter.name.strip():
            self.presenter_label.setText(
                self.tr("Trình bày: {who}").format(
                    who=speaker_text(Speaker(presenter.name, presenter.position))
                )
            )
            self.presenter_label.setVisible(True)
        else:
            self.presenter_label.setVisible(False)
        if self.item + 1 < count:
            following = agenda[self.item + 1].title.strip() or self.tr("(chưa có tiêu đề)")
            self.next_label.setText(
                self.tr("Tiếp theo: {n}. {title}").format(n=self.item + 2, title=following)
            )
        else:
            self.next_label.setText(self.tr("Tiếp theo: Kết luận cuộc họp"))

    # -- statements ---------------------------------------------------------------------------

    def _statement_path(self) -> str:
        base = self._item_path()
        if not base or self.statement_row < 0:
            return ""
        return f"{base}.statements[{self.statement_row}]"

    def select_statement(self, row: int) -> None:
        """Make statement ``row`` of the item the one being written (-1: none)."""
        count = self.statement_model.rowCount()
        row = row if 0 <= row < count else (count - 1 if count else -1)
        if row >= 0:
            index = self.statement_model.index(row, 0)
            if self.statement_view.currentIndex() != index:
                self.statement_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return  # _on_statement_selected binds it
            self.statement_view.scrollTo(index)
        self.statement_row = row
        self._bind_statement()

    def _on_statement_selected(self, current: object, previous: object) -> None:
        self.statement_row = self.statement_view.currentIndex().row()
        self._bind_statement()

    def _bind_statement(self) -> None:
        base = self._statement_path()
        self.content_edit.bind(f"{base}.content" if base else "")
        if not base:
            self.content_edit.setPlainText("")
            self.content_edit.setPlaceholderText(
                self.tr("Chọn người phát biểu (Ctrl+Enter hoặc Alt+1…9) để ghi ý kiến.")
            )
        else:
            self.content_edit.setPlaceholderText(
                self.tr("Nội dung ý kiến (Alt+Y); để một dòng trống giữa các đoạn.")
            )
        self.content_edit.setEnabled(bool(base))
        self.to_statement_button.setEnabled(bool(base) and not self.session.read_only)
        self._show_statement_label()

    def _show_statement_label(self) -> None:
        rows = self.statement_model.rowCount()
        self.statement_view.setVisible(rows > 0)
        if rows:
            height = self.statement_view.sizeHintForRow(0) * min(rows, 4) + 6
            self.statement_view.setFixedHeight(height)
        base = self._statement_path()
        if not base:
            self.statement_label.setText(self.tr("Chưa có ý kiến nào ở nội dung này."))
            return
        statement: Statement = self.session.value(base)
        who = speaker_text(statement.speaker) or self.tr("(chưa ghi người phát biểu)")
        when = f" · {hhmm(statement.time)}" if statement.time is not None else ""
        self.statement_label.setText(
            self.tr("Ý kiến {n}{when}: {who}").format(n=self.statement_row + 1, when=when, who=who)
        )

    def focus_finder(self) -> None:
        """Put the cursor in the name box (Ctrl+Enter): a few letters and Enter start a statement."""
        if self.is_conclusion_page():
            return
        self.finder.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.finder.selectAll()

    def _filter_speakers(self, text: str = "") -> None:
        self._choices = live.match_speakers(self.finder.text(), speaker_choices(self.session))
        self.bar.show_choices(self._choices)

    def _pick_selected(self) -> None:
        choice = self.bar.selected()
        if choice is not None:
            self.pick(choice)

    def pick_number(self, n: int) -> None:
        """Start a statement by the ``n``-th speaker of the bar (Alt+1…9)."""
        if not self.is_conclusion_page() and 0 < n <= len(self.bar.choices):
            self.pick(self.bar.choices[n - 1])

    def pick(self, choice: SpeakerChoice) -> None:
        """Start a statement by ``choice`` now, and put the cursor in its content."""
        if self.session.read_only or self.is_conclusion_page():
            return
        plan = live.start_statement(self.session.meeting, self.item, choice.speaker, self.clock())
        text = self.tr("Ý kiến của {name}").format(name=choice.label)
        apply_plan(self.session, text, plan.edits)
        if plan.item != self.item or self.statement_model.list_path != (
            f"agenda[{plan.item}].statements"
        ):
            self.item = plan.item
            self._bind_item()
        self.finder.clear()
        self.select_statement(plan.statement)
        self._bind_statement()
        self.focus_content()

    # -- scratch notes and conclusions ---------------------------------------------------------

    def focus_content(self) -> None:
        """Put the cursor at the end of the statement being written (Alt+Y)."""
        if self.is_conclusion_page():
            self.meeting_conclusion_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        target = self.content_edit if self.content_edit.isEnabled() else self.finder
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if target is self.content_edit:
            self.content_edit.moveCursor(self.content_edit.textCursor().MoveOperation.End)

    def focus_scratch(self) -> None:
        """Put the cursor in the item's scratch note (Alt+N)."""
        if not self.is_conclusion_page():
            self.scratch_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_conclusion(self) -> None:
        """Put the cursor in the conclusion: of the item, or of the meeting (Alt+L)."""
        edit = (
            self.meeting_conclusion_edit if self.is_conclusion_page() else self.item_conclusion_edit
        )
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.moveCursor(edit.textCursor().MoveOperation.End)

    def move_scratch(self, target: str) -> None:
        """Move the selected part of the scratch note (or all of it) into the statement or the
        item's conclusion."""
        if self.is_conclusion_page() or self.session.read_only:
            return
        if target == "statement":
            base = self._statement_path()
            if not base:
                return
            path = f"{base}.content"
            text = self.tr("Chuyển ghi chú nháp vào ý kiến")
        else:
            path = f"agenda[{self.item}].conclusion"
            text = self.tr("Chuyển ghi chú nháp vào kết luận")
        cursor = self.scratch_edit.textCursor()
        edits = live.move_scratch(
            self.session.meeting, self.item, cursor.selectionStart(), cursor.selectionEnd(), path
        )
        apply_plan(self.session, text, edits)

    # -- following the meeting ----------------------------------------------------------------

    def refresh(self) -> None:
        """Show everything as the meeting has it (after a reload or a read-only change)."""
        self.item = min(self.item, self.page_count())
        self._bind_item()
        self.select_statement(self.statement_row)
        self._filter_speakers()
        self._update_phase()
        read_only = self.session.read_only
        self.finder.setEnabled(not read_only)
        self.to_conclusion_button.setEnabled(not read_only)

    def _on_changed(self, change: Change) -> None:
        if change.kind == RESET:
            self.refresh()
            return
        path = change.path
        if path in ("start", "end", "date", "show_statement_times"):
            self._update_phase()
            return
        if path.startswith(("attendees", "chair", "secretary")):
            self._filter_speakers()
            return
        if path == "agenda" and change.kind in (INSERT, REMOVE, MOVE, SET):
            self.item = min(self.item, self.page_count())
            self._bind_item()
            self.select_statement(self.statement_row)
            return
        if self.is_conclusion_page() or not is_within(path, f"agenda[{self.item}]"):
            return
        statements = f"agenda[{self.item}].statements"
        if path == statements or path == f"agenda[{self.item}]":
            if path != statements:
                self._bind_item()
            if change.kind in (REMOVE, MOVE, SET) or self.statement_row < 0:
                self.select_statement(min(self.statement_row, self.statement_model.rowCount() - 1))
            return
        statement = self._statement_path()
        if (
            change.kind == SET
            and statement
            and (path == statement or path.startswith(f"{statement}.speaker"))
        ):
            self._show_statement_label()
        elif change.kind == SET and path.startswith(
            (f"agenda[{self.item}].title", f"agenda[{self.item}].presenter")
        ):
            self._show_heading()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.update_clock()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.timer.stop()  # the clock ticks only while it is seen

    def default_focus(self) -> None:
        """Give the keyboard focus to where typing goes on: the statement, else the name box."""
        self.focus_content()

    def set_read_only(self, read_only: bool) -> None:
        """Follow the meeting's read-only state (an approved meeting)."""
        self.refresh()


def is_scratch_path(path: str) -> bool:
    """Return True for the path of a scratch note (``agenda[2].scratch``)."""
    return path.endswith(".scratch") and path.startswith("agenda[")
