"""Section 2, Thành phần: the attendee table with groups, attendance and live counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from minutes_app.domain.facts import attendance_counts, party_counts
from minutes_app.domain.model import Profile
from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.section import Section
from minutes_app.ui.editor.session import Change, EditSession
from minutes_app.ui.editor.table_models import AttendeeTableModel
from minutes_app.ui.editor.views import CellDelegate, RowTableView


class AttendeesSection(Section):
    """Who was summoned and who came: people and groups, members and guests."""

    prefixes = ("attendees",)

    def __init__(
        self, session: EditSession, directory: PeopleDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.counts_label = QLabel()
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.body.addWidget(self.counts_label)

        self.model = AttendeeTableModel(session, directory, self)
        self.table = RowTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(directory, self.table))
        self.table.setAccessibleName(self.tr("Bảng thành phần tham dự"))
        self.body.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("&Thêm người"))
        self.add_person_button.setToolTip(
            self.tr("Thêm một người (Enter ở dòng cuối cũng thêm dòng)")
        )
        self.add_group_button = QPushButton(self.tr("Thêm &nhóm"))
        self.add_group_button.setToolTip(
            self.tr("Thêm một nhóm người, ví dụ “Bí thư Đảng bộ các xã”")
        )
        self.remove_button = QPushButton(self.tr("&Xóa dòng"))
        self.remove_button.setToolTip(self.tr("Xóa dòng đang chọn (Ctrl+Delete)"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.up_button.setToolTip(self.tr("Chuyển dòng lên (Alt+↑)"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.down_button.setToolTip(self.tr("Chuyển dòng xuống (Alt+↓)"))
        self.all_present_button = QPushButton(self.tr("Đánh dấu tất cả &có mặt"))
        for button in (
            self.add_person_button,
            self.add_group_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_present_button)
        self.body.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Gõ vào ô để sửa; Enter ở dòng cuối thêm dòng mới; Tab sang ô bên "
                "cạnh; chọn tên gợi ý sẽ điền chức vụ."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.body.addWidget(hint)

        self.add_person_button.clicked.connect(self.add_person)
        self.add_group_button.clicked.connect(self.add_group)
        self.remove_button.clicked.connect(self.table.remove_current)
        self.up_button.clicked.connect(lambda: self.table.move_current(-1))
        self.down_button.clicked.connect(lambda: self.table.move_current(1))
        self.all_present_button.clicked.connect(self.model.mark_all_present)
        session.changed.connect(self._on_changed)
        self.update_counts()
        self.update_membership_column()

    def add_person(self) -> None:
        """Add a person row and start typing the name."""
        self.table.append_and_edit()

    def add_group(self) -> None:
        """Add a group row and start typing its name."""
        self.table.finish_editing()
        row = self.model.insert_group()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def _on_changed(self, change: Change) -> None:
        if change.kind == "reset" or change.path.startswith("attendees"):
            self.update_counts()
        if change.kind == "reset" or change.path == "profile":
            self.update_membership_column()
            self.update_counts()

    def update_membership_column(self) -> None:
        """Show the "Đảng viên" column for Party meetings only (a Party cell records who is an
        official or probationary member and who is not a member)."""
        party = self.session.meeting.profile is Profile.PARTY
        self.table.setColumnHidden(AttendeeTableModel.MEMBERSHIP, not party)

    def counts_text(self) -> str:
        """Return the live counts line: ``Triệu tập 27 · Có mặt 25 · Vắng 2 (1 có lý do)``."""
        counts = attendance_counts(self.session.meeting.attendees)
        parts = [self.tr("Triệu tập {n}").format(n=counts.summoned)]
        present = self.tr("Có mặt {n}").format(n=counts.attending)
        if counts.late:
            present += self.tr(" ({n} đến muộn)").format(n=counts.late)
        parts.append(present)
        absent = self.tr("Vắng {n}").format(n=counts.absent_total)
        if counts.absent_total:
            absent += self.tr(" ({n} có lý do)").format(n=counts.absent_excused)
        parts.append(absent)
        if counts.guests:
            parts.append(self.tr("Khách mời {n}").format(n=counts.guests))
        party = party_counts(self.session.meeting.attendees)
        if party is not None and self.session.meeting.profile is Profile.PARTY:
            parts.insert(
                0,
                self.tr("Đảng viên {n} (chính thức {official}, dự bị {probationary})").format(
                    n=party.total, official=party.official, probationary=party.probationary
                ),
            )
        text = " · ".join(parts)
        if counts.uncounted_groups:
            text += self.tr(" — {n} nhóm chưa ghi số người").format(n=counts.uncounted_groups)
        return text

    def update_counts(self) -> None:
        """Refresh the counts line."""
        self.counts_label.setText(self.counts_text())

    def show_model_problems(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)

    def focus_path(self, path: str) -> bool:
        cell = self.model.problem_column(path)
        if cell is None:
            self.table.setFocus()
            return path == "attendees"
        index = self.model.index(*cell)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        for button in (
            self.add_person_button,
            self.add_group_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.all_present_button,
        ):
            button.setEnabled(not read_only)
