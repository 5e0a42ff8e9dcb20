"""Section 3, Nội dung: agenda items, each with presenter, statements and its conclusion."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import message
from minutes_app.domain.fields import index_in, is_within
from minutes_app.domain.model import AgendaItem, Speaker, Statement
from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.people import NameCompleter, PeopleDirectory
from minutes_app.ui.editor.person_fields import PersonFields
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import INSERT, MOVE, REMOVE, RESET, SET, Change, EditSession
from minutes_app.ui.editor.table_models import AgendaListModel, StatementTableModel
from minutes_app.ui.editor.undo_notice import UndoNotice
from minutes_app.ui.editor.views import ReorderListView
from minutes_app.ui.editor.widgets import BoundLineEdit, BoundPlainTextEdit, mark_problem
from minutes_app.ui.i18n import current_language


class ContentSection(Section):
    """The proceedings: pick an agenda item on the left, write its statements on the right."""

    prefixes = ("agenda",)

    def __init__(
        self, session: EditSession, directory: PeopleDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.directory = directory
        self.item_row = -1
        self.statement_row = -1
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(splitter, 1)

        # -- left: the agenda ---------------------------------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading(self.tr("Các nội dung")))
        self.agenda_model = AgendaListModel(session, self)
        self.agenda_view = ReorderListView(
            self.agenda_model.move_row, remove=lambda row: self.remove_item()
        )
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setAccessibleName(self.tr("Danh sách nội dung cuộc họp"))
        self.agenda_view.setToolTip(
            self.tr("Kéo thả hoặc Alt+↑/↓ để sắp xếp; Delete để xóa nội dung đang chọn")
        )
        left_layout.addWidget(self.agenda_view, 1)
        self.undo_notice = UndoNotice(session, self)
        left_layout.addWidget(self.undo_notice)
        buttons = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Thêm &nội dung"))
        self.remove_item_button = QPushButton(self.tr("Xóa nội dung"))
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.remove_item_button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        # -- right: the selected item ---------------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        item_box = QGroupBox(self.tr("Nội dung đang chọn"))
        form = QFormLayout(item_box)
        self.title_edit = BoundLineEdit(session, placeholder=self.tr("Tiêu đề nội dung"))
        self.presenter_name_edit = BoundLineEdit(session, placeholder=self.tr("Họ và tên"))
        self.presenter_position_edit = BoundLineEdit(session, placeholder=self.tr("Chức vụ"))
        self.presenter_fields = PersonFields(
            session, directory, self.presenter_name_edit, self.presenter_position_edit
        )
        form.addRow(self.tr("Tiêu đề:"), self.title_edit)
        row = QHBoxLayout()
        row.addWidget(self.presenter_name_edit, 2)
        row.addWidget(self.presenter_position_edit, 3)
        form.addRow(self.tr("Người trình bày:"), row)
        right_layout.addWidget(item_box)

        statements_box = QGroupBox(self.tr("Ý kiến phát biểu"))
        statements_layout = QVBoxLayout(statements_box)
        self.statement_model = StatementTableModel(session, "", self)
        self.statement_view = ReorderListView(self.statement_model.move_row)
        self.statement_view.setModel(self.statement_model)
        self.statement_view.setAccessibleName(self.tr("Danh sách ý kiến phát biểu"))
        self.statement_view.setToolTip(self.tr("Kéo thả hoặc Alt+↑/↓ để sắp xếp"))
        self.statement_view.setMaximumHeight(130)
        statements_layout.addWidget(self.statement_view)
        buttons = QHBoxLayout()
        self.add_statement_button = QPushButton(self.tr("Thêm ý kiến (Ctrl+Enter)"))
        self.remove_statement_button = QPushButton(self.tr("Xóa ý kiến"))
        buttons.addWidget(self.add_statement_button)
        buttons.addWidget(self.remove_statement_button)
        buttons.addStretch(1)
        statements_layout.addLayout(buttons)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(QLabel(self.tr("Người phát biểu:")))
        self.speaker_edit = BoundLineEdit(
            session, placeholder=self.tr("gõ tên để chọn trong thành phần")
        )
        self.speaker_completer = NameCompleter(directory, self.speaker_edit, voices=True)
        self.group_check = QCheckBox(self.tr("Ý kiến &chung"))
        self.group_check.setToolTip(
            self.tr("Ý kiến của nhiều người, ví dụ “Các đại biểu dự hội nghị”")
        )
        self.speaker_position_edit = BoundLineEdit(session, placeholder=self.tr("Chức vụ"))
        speaker_row.addWidget(self.speaker_edit, 3)
        speaker_row.addWidget(self.group_check)
        speaker_row.addWidget(self.speaker_position_edit, 3)
        statements_layout.addLayout(speaker_row)
        self.content_edit = BoundPlainTextEdit(
            session, placeholder=self.tr("Nội dung phát biểu; để một dòng trống giữa các đoạn.")
        )
        self.content_edit.setMinimumHeight(160)
        statements_layout.addWidget(self.content_edit, 1)
        right_layout.addWidget(statements_box, 1)

        conclusion_box = QGroupBox(self.tr("Kết luận của nội dung này"))
        conclusion_layout = QVBoxLayout(conclusion_box)
        self.item_conclusion_edit = BoundPlainTextEdit(
            session, placeholder=self.tr("Kết luận của người chủ trì về nội dung này")
        )
        self.item_conclusion_edit.setMaximumHeight(90)
        conclusion_layout.addWidget(self.item_conclusion_edit)
        right_layout.addWidget(conclusion_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 780])

        # -- wiring ---------------------------------------------------------------------------
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.add_statement_button.clicked.connect(self.add_statement)
        self.remove_statement_button.clicked.connect(self.remove_statement)
        self.agenda_view.selectionModel().currentChanged.connect(self._on_item_selected)
        self.statement_view.selectionModel().currentChanged.connect(self._on_statement_selected)
        self.group_check.toggled.connect(self._on_group_toggled)
        self.speaker_completer.activated[str].connect(self._on_speaker_picked)  # type: ignore[index]
        self.speaker_edit.editingFinished.connect(self._on_speaker_finished)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_statement)
        session.changed.connect(self._on_changed)
        self.select_item(0 if session.meeting.agenda else -1)

    # -- binding -------------------------------------------------------------------------------

    def _item_path(self) -> str:
        return f"agenda[{self.item_row}]" if self.item_row >= 0 else ""

    def _statement_path(self) -> str:
        if self.item_row < 0 or self.statement_row < 0:
            return ""
        return f"agenda[{self.item_row}].statements[{self.statement_row}]"

    def _bind_item(self) -> None:
        base = self._item_path()
        self.title_edit.bind(f"{base}.title" if base else "")
        self.presenter_name_edit.bind(f"{base}.presenter.name" if base else "")
        self.presenter_position_edit.bind(f"{base}.presenter.position" if base else "")
        self.item_conclusion_edit.bind(f"{base}.conclusion" if base else "")
        if not base:
            for edit in (self.title_edit, self.presenter_name_edit, self.presenter_position_edit):
                edit.clear()
            self.item_conclusion_edit.setPlainText("")
        list_path = f"{base}.statements" if base else ""
        if self.statement_model.list_path != list_path:
            self.statement_model.set_list_path(list_path)
        for widget in (
            self.title_edit,
            self.presenter_name_edit,
            self.presenter_position_edit,
            self.item_conclusion_edit,
        ):
            widget.setEnabled(bool(base))
        editable = bool(base) and not self.session.read_only
        self.add_statement_button.setEnabled(editable)
        self.remove_item_button.setEnabled(editable)
        self._apply_problems()

    def _bind_statement(self) -> None:
        base = self._statement_path()
        speaker: Speaker | None = self.session.value(f"{base}.speaker") if base else None
        if speaker is None:
            self.speaker_edit.bind("")
            self.speaker_position_edit.bind("")
            self.content_edit.bind("")
            self.speaker_edit.clear()
            self.speaker_position_edit.clear()
            self.content_edit.setPlainText("")
        else:
            field = "group" if speaker.is_group else "name"
            self.speaker_edit.bind(f"{base}.speaker.{field}")
            self.speaker_position_edit.bind(f"{base}.speaker.position")
            self.content_edit.bind(f"{base}.content")
        self.group_check.blockSignals(True)
        self.group_check.setChecked(bool(speaker and speaker.is_group))
        self.group_check.blockSignals(False)
        enabled = speaker is not None
        for edit in (self.speaker_edit, self.content_edit):
            edit.setEnabled(enabled)
        for control in (self.group_check, self.remove_statement_button):
            control.setEnabled(enabled and not self.session.read_only)
        self.speaker_position_edit.setEnabled(enabled and not speaker.is_group)  # type: ignore[union-attr]
        self._apply_problems()

    def select_item(self, row: int) -> None:
        """Show agenda item ``row`` (-1: none) and its first statement."""
        count = len(self.session.meeting.agenda)
        row = row if 0 <= row < count else (-1 if count == 0 else min(max(row, 0), count - 1))
        if row >= 0:
            index = self.agenda_model.index(row)
            if self.agenda_view.currentIndex() != index:
                self.agenda_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return  # _on_item_selected does the rest
        if row != self.item_row or self.statement_model.list_path != (
            f"agenda[{row}].statements" if row >= 0 else ""
        ):
            self.item_row = row
            self._bind_item()
            self.select_statement(0)
        else:
            self._bind_item()

    def select_statement(self, row: int) -> None:
        """Show statement ``row`` of the current item (-1: none)."""
        count = self.statement_model.rowCount()
        row = row if 0 <= row < count else (-1 if count == 0 else count - 1)
        if row >= 0:
            index = self.statement_model.index(row, 0)
            if self.statement_view.currentIndex() != index:
                self.statement_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return
        self.statement_row = row
        self._bind_statement()

    def _on_item_selected(self, current: object, previous: object) -> None:
        row = self.agenda_view.currentIndex().row()
        self.item_row = row
        self._bind_item()
        self.select_statement(0)

    def _on_statement_selected(self, current: object, previous: object) -> None:
        self.statement_row = self.statement_view.currentIndex().row()
        self._bind_statement()

    def _on_changed(self, change: Change) -> None:
        if change.kind == RESET:
            self.item_row = -1
            self.select_item(0)
            return
        if change.path == "agenda" and change.kind in (INSERT, REMOVE, MOVE, SET):
            # The view keeps its current row through moves; follow it.
            current = self.agenda_view.currentIndex().row()
            self.item_row = -2  # force a rebind
            self.select_item(current if current >= 0 else 0)
            return
        base = self._item_path()
        if (
            base
            and change.path == f"{base}.statements"
            and change.kind in (INSERT, REMOVE, MOVE, SET)
        ):
            self.statement_row = -2
            current = self.statement_view.currentIndex().row()
            self.select_statement(current if current >= 0 else 0)
            return
        statement = self._statement_path()
        if (
            statement
            and change.kind == SET
            and (change.path == f"{statement}.speaker" or is_within(statement, change.path))
        ):
            self._bind_statement()  # the speaker switched between a person and a group

    # -- actions --------------------------------------------------------------------------------

    def add_item(self) -> None:
        """Add an agenda item after the current one and start typing its title."""
        if self.session.read_only:
            return
        row = self.item_row + 1 if self.item_row >= 0 else len(self.session.meeting.agenda)
        self.session.insert("agenda", row, AgendaItem())
        self.select_item(row)
        self.title_edit.setFocus()

    def remove_item(self) -> None:
        """Remove the current agenda item and say so, with a way back (Ctrl+Z)."""
        if self.item_row < 0 or self.session.read_only:
            return
        row = self.item_row
        title = self.session.meeting.agenda[row].title.strip()
        if self.session.remove("agenda", row):
            label = f"{row + 1}. {title}" if title else self.tr("nội dung {n}").format(n=row + 1)
            self.undo_notice.show_removed(self.tr("Đã xóa «{item}».").format(item=label))
            self.agenda_view.setFocus()

    def add_statement(self) -> None:
        """Add a statement after the current one (Ctrl+Enter) and focus its speaker."""
        if self.session.read_only:
            return
        if self.item_row < 0:
            self.add_item()
        if self.item_row < 0:
            return
        statements = self.session.value(f"{self._item_path()}.statements")
        row = self.statement_row + 1 if self.statement_row >= 0 else len(statements)
        self.session.insert(f"{self._item_path()}.statements", row, Statement())
        self.select_statement(row)
        self.speaker_edit.setFocus()

    def remove_statement(self) -> None:
        """Remove the current statement."""
        if self.statement_row >= 0:
            self.session.remove(f"{self._item_path()}.statements", self.statement_row)

    def _on_group_toggled(self, checked: bool) -> None:
        base = self._statement_path()
        if not base:
            return
        speaker: Speaker = self.session.value(f"{base}.speaker")
        if checked == speaker.is_group:
            return
        if checked:
            new = Speaker(group=speaker.name)
        else:
            new = Speaker(name=speaker.group or "")
        self.session.set(f"{base}.speaker", new, text=self.tr("Đổi kiểu người phát biểu"))

    def _set_speaker_from(self, text: str, *, exact_only: bool) -> None:
        base = self._statement_path()
        if not base or self.session.read_only:
            return
        found = (
            self.directory.lookup(text, voices=True)
            if exact_only
            else self.speaker_completer.suggestion(text)
        )
        if found is None:
            return
        speaker: Speaker = self.session.value(f"{base}.speaker")
        if found.is_group:
            new = Speaker(group=found.name)
        else:
            position = speaker.position
            if not position.strip() or (not speaker.is_group and speaker.name != found.name):
                position = found.position or position
            new = Speaker(name=found.name, position=position)
        if new != speaker:
            self.session.set(
                f"{base}.speaker",
                new,
                origin=self.speaker_edit.token,
                text=self.tr("Chọn người phát biểu: {name}").format(name=found.name),
            )

    def _on_speaker_picked(self, text: str) -> None:
        self._set_speaker_from(text, exact_only=False)

    def _on_speaker_finished(self) -> None:
        base = self._statement_path()
        if not base:
            return
        speaker: Speaker = self.session.value(f"{base}.speaker")
        if speaker.is_group or (speaker.position.strip() and speaker.name):
            return
        self._set_speaker_from(self.speaker_edit.text(), exact_only=True)

    # -- problems and navigation ------------------------------------------------------------

    def show_model_problems(self, problems: list[Problem]) -> None:
        self.agenda_model.set_problems(problems)
        self.statement_model.set_problems(problems)
        self._apply_problems()

    def _apply_problems(self) -> None:
        widgets = {
            "title": self.title_edit,
            "presenter.name": self.presenter_name_edit,
            "presenter.position": self.presenter_position_edit,
            "conclusion": self.item_conclusion_edit,
        }
        base = self._item_path()
        statement = self._statement_path()
        found: dict[int, list[Problem]] = {}
        for problem in self.problems:
            widget = self._widget_in_view(problem.path, base, statement, widgets)
            if widget is not None:
                found.setdefault(id(widget), []).append(problem)
        for widget in (
            *widgets.values(),
            self.speaker_edit,
            self.speaker_position_edit,
            self.content_edit,
        ):
            mine = found.get(id(widget), [])
            severity = "error" if any(p.is_error for p in mine) else ("warning" if mine else "")
            mark_problem(widget, severity, "\n".join(message(p, current_language()) for p in mine))

    def _widget_in_view(
        self, path: str, base: str, statement: str, widgets: dict[str, QWidget]
    ) -> QWidget | None:
        if not base or not is_within(path, base):
            return None
        if statement and is_within(path, statement):
            rest = path[len(statement) :].lstrip(".")
            if rest.startswith("speaker.position"):
                return self.speaker_position_edit
            if rest.startswith("speaker"):
                return self.speaker_edit
            if rest == "content":
                return self.content_edit
            return None
        rest = path[len(base) :].lstrip(".")
        return widgets.get(rest)

    def focus_path(self, path: str) -> bool:
        row = index_in(path, "agenda")
        if row is None:
            self.agenda_view.setFocus()
            return path == "agenda"
        self.select_item(row)
        base = f"agenda[{row}]"
        srow = index_in(path, f"{base}.statements")
        if srow is not None:
            self.select_statement(srow)
        widget = self._widget_in_view(
            path,
            base,
            self._statement_path(),
            {
                "title": self.title_edit,
                "presenter.name": self.presenter_name_edit,
                "presenter.position": self.presenter_position_edit,
                "conclusion": self.item_conclusion_edit,
            },
        )
        (widget or self.title_edit).setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        has_item = self.item_row >= 0
        has_statement = has_item and self.statement_row >= 0
        self.add_item_button.setEnabled(not read_only)
        self.remove_item_button.setEnabled(not read_only and has_item)
        self.add_statement_button.setEnabled(not read_only and has_item)
        self.remove_statement_button.setEnabled(not read_only and has_statement)
        self.group_check.setEnabled(not read_only and has_statement)
