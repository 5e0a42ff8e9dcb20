"""Thin table models over the meeting's lists (attendees, agenda, statements, votes, tasks).

Each model reads the live meeting of an ``EditSession`` and writes through it (one undo
command per cell edit), refreshes only the rows a change touched, and carries the
validation problems of its cells (tooltip and colour).  They are tested without a view.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import message
from minutes_app.domain.facts import eligible_for, vote_result
from minutes_app.domain.fields import field_after, index_in, is_within
from minutes_app.domain.labels import choice_label
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Membership,
    Role,
    Statement,
    Task,
    Vote,
    VotePurpose,
)
from minutes_app.domain.text import clean
from minutes_app.domain.validation import Problem
from minutes_app.ui.editor.parsing import format_date, parse_count, parse_date
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.session import INSERT, MOVE, REMOVE, RESET, SET, Change, EditSession
from minutes_app.ui.i18n import current_language

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain object of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # native value (int, date, str) for sorting
PATH_ROLE = Qt.ItemDataRole.UserRole + 3  # the field path of the cell (problems, navigation)
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 4  # "error", "warning" or ""

ERROR_COLOUR = QColor(211, 47, 47, 60)
WARNING_COLOUR = QColor(239, 143, 0, 60)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingEditor", text)


_Choice = TypeVar("_Choice", bound=StrEnum)


def choices(kind: type[_Choice]) -> dict[_Choice, str]:
    """Return the names of a choice type's values in the interface's language, from the one
    table the command line and the history use too (``domain.labels.CHOICES``)."""
    language = current_language()
    return {value: choice_label(kind, value, language) for value in kind}


def role_labels() -> dict[Role, str]:
    """Return the names of the attendee roles."""
    return choices(Role)


def attendance_labels() -> dict[Attendance, str]:
    """Return the names of the attendance states."""
    return choices(Attendance)


def membership_labels() -> dict[Membership | None, str]:
    """Return the names of the Party memberships (None: not recorded)."""
    labels: dict[Membership | None, str] = {None: "—"}
    labels.update(choices(Membership).items())
    return labels


def purpose_labels() -> dict[VotePurpose, str]:
    """Return the names of the kinds of vote."""
    return choices(VotePurpose)


def begin_list_change(model: QAbstractItemModel, list_path: str, change: Change) -> None:
    """Announce to Qt the row insert, removal, move or reset that ``change`` is about to make."""
    if change.kind == RESET:
        model.beginResetModel()
    elif change.path == list_path:
        if change.kind == INSERT:
            model.beginInsertRows(QModelIndex(), change.index, change.index)
        elif change.kind == REMOVE:
            model.beginRemoveRows(QModelIndex(), change.index, change.index)
        elif change.kind == MOVE:
            destination = change.to + 1 if change.to > change.index else change.to
            model.beginMoveRows(
                QModelIndex(), change.index, change.index, QModelIndex(), destination
            )


@dataclass(frozen=True)
class Column:
    """One column: the field it edits, its header and how it is edited."""

    field: str
    header: str  # marked with QT_TRANSLATE_NOOP; headerData translates it when shown
    kind: str = "text"  # text | name | choice | count | date | computed
    width: int = 0  # pixels; negative: this column takes the spare width


class _ProblemsMixin:
    """Problems of the cells, keyed by (row, field)."""

    def _init_problems(self) -> None:
        self.problems: dict[tuple[int, str], list[Problem]] = {}

    def _problems_at(self, row: int, fields: tuple[str, ...]) -> list[Problem]:
        found: list[Problem] = []
        for name in fields:
            found.extend(self.problems.get((row, name), []))
        return found


class RowsModel(QAbstractTableModel, _ProblemsMixin):
    """A table over the list at ``list_path`` of the session's meeting."""

    columns: list[Column] = []
    row_label = "dòng"

    def __init__(self, session: EditSession, list_path: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_path = list_path
        self._init_problems()
        self._pending_reset = False
        session.about_to_change.connect(self._before_change)
        session.changed.connect(self._after_change)

    # -- reading -----------------------------------------------------------------------

    def items(self) -> list[Any]:
        """Return the live list (empty when the list path does not exist any more)."""
        if not self.list_path:
            return []
        try:
            value = self.session.value(self.list_path)
        except (IndexError, AttributeError):
            return []
        return value if isinstance(value, list) else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return _tr(self.columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def item(self, row: int) -> Any:
        """Return the domain object of ``row``."""
        return self.items()[row]

    def field_of(self, row: int, column: int) -> str:
        """Return the field a cell edits (a group row's name cell edits ``group``)."""
        return self.columns[column].field

    def cell_path(self, row: int, column: int) -> str:
        """Return the field path of a cell, e.g. ``attendees[3].name``."""
        return f"{self.list_path}[{row}].{self.field_of(row, column)}"

    def column_of(self, field: str) -> int:
        """Return the column showing ``field`` (-1 if none)."""
        for i, column in enumerate(self.columns):
            if column.field == field:
                return i
        return -1

    def display(self, obj: Any, row: int, column: int) -> Any:
        value = getattr(obj, self.field_of(row, column), "")
        return "" if value is None else str(value)

    def edit_value(self, obj: Any, row: int, column: int) -> Any:
        return self.display(obj, row, column)

    def sort_value(self, obj: Any, row: int, column: int) -> Any:
        value = getattr(obj, self.field_of(row, column), "")
        return "" if value is None else value

    def editable(self, obj: Any, row: int, column: int) -> bool:
        return self.columns[column].kind != "computed"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self.items()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        row, column = index.row(), index.column()
        obj = rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(obj, row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(obj, row, column)
        if role == OBJECT_ROLE:
            return obj
        if role == SORT_ROLE:
            return self.sort_value(obj, row, column)
        if role == PATH_ROLE:
            return self.cell_path(row, column)
        problems = self._problems_at(row, self._problem_fields(row, column))
        if role == PROBLEM_ROLE:
            if any(p.is_error for p in problems):
                return "error"
            return "warning" if problems else ""
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(message(p, current_language()) for p in problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            colour = ERROR_COLOUR if any(p.is_error for p in problems) else WARNING_COLOUR
            return QBrush(colour)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and self.columns[column].kind == "choice"
            and not self.session.read_only
            and self.editable(obj, row, column)
        ):
            return QCoreApplication.translate(
                "MeetingEditor", "Chọn trong danh sách: F2, Alt+↓ hoặc gõ chữ đầu"
            )
        return self.extra_data(obj, row, column, role)

    def extra_data(self, obj: Any, row: int, column: int, role: int) -> Any:
        return None

    def _problem_fields(self, row: int, column: int) -> tuple[str, ...]:
        field = self.field_of(row, column)
        return (field, "") if column == 0 else (field,)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        rows = self.items()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return base
        if not self.session.read_only and self.editable(
            rows[index.row()], index.row(), index.column()
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # -- writing -----------------------------------------------------------------------

    def convert(self, row: int, column: int, value: Any) -> Any:
        """Return the model value of what the user typed; raise ValueError to refuse it."""
        return clean(str(value)) if isinstance(value, str) else value

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        try:
            converted = self.convert(index.row(), index.column(), value)
        except ValueError:
            return False
        return self.write(index.row(), index.column(), converted)

    def write(self, row: int, column: int, value: Any) -> bool:
        if self.session.value(self.cell_path(row, column)) == value:
            return True
        return self.session.set(self.cell_path(row, column), value)

    def new_item(self) -> Any:
        raise NotImplementedError

    def is_blank(self, row: int) -> bool:
        """Return True when ``row`` is still exactly a new, untouched row."""
        return 0 <= row < len(self.items()) and self.items()[row] == self.new_item()

    def insert_row(self, row: int | None = None, item: Any = None) -> int:
        """Insert a new row (at the end by default) and return its index."""
        row = len(self.items()) if row is None else row
        self.session.insert(self.list_path, row, self.new_item() if item is None else item)
        return row

    def remove_row(self, row: int) -> bool:
        """Remove ``row``."""
        return self.session.remove(self.list_path, row)

    def move_row(self, row: int, to: int) -> bool:
        """Move ``row`` to position ``to``."""
        return self.session.move(self.list_path, row, to)

    def set_list_path(self, list_path: str) -> None:
        """Show another list (the statements of another agenda item)."""
        self.beginResetModel()
        self.list_path = list_path
        self.problems = {}
        self.endResetModel()

    # -- problems ----------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        """Keep the problems that concern this list's cells and repaint the rows concerned."""
        found: dict[tuple[int, str], list[Problem]] = {}
        for problem in problems:
            row = index_in(problem.path, self.list_path)
            if row is None:
                continue
            field = field_after(problem.path, self.list_path)
            found.setdefault((row, self._problem_key(field)), []).append(problem)
        if found == self.problems:
            return
        rows = {r for r, _ in found} | {r for r, _ in self.problems}
        self.problems = found
        for row in sorted(rows):
            if row < self.rowCount():
                self._row_changed(row)

    def _problem_key(self, field: str) -> str:
        return field

    def problem_column(self, path: str) -> tuple[int, int] | None:
        """Return (row, column) of the cell showing ``path``."""
        row = index_in(path, self.list_path)
        if row is None:
            return None
        field = self._problem_key(field_after(path, self.list_path))
        column = self.column_of(field) if field else 0
        return row, max(column, 0)

    # -- change notifications ------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _before_change(self, change: Change) -> None:
        begin_list_change(self, self.list_path, change)

    def _after_change(self, change: Change) -> None:
        if change.kind == RESET:
            self.problems = {}
            self.endResetModel()
            return
        if change.path == self.list_path:
            if change.kind == INSERT:
                self.endInsertRows()
            elif change.kind == REMOVE:
                self.endRemoveRows()
            elif change.kind == MOVE:
                self.endMoveRows()
            elif change.kind == SET:
                self.beginResetModel()
                self.endResetModel()
            return
        if change.kind == SET:
            row = index_in(change.path, self.list_path)
            if row is not None and row < self.rowCount():
                self._row_changed(row)
            elif self.list_path and is_within(self.list_path, change.path):
                self.beginResetModel()  # an ancestor was replaced
                self.endResetModel()
        self.other_change(change)

    def other_change(self, change: Change) -> None:
        """React to a change elsewhere in the meeting (e.g. attendees for vote defaults)."""


class AttendeeTableModel(RowsModel):
    """The attendee list: people and groups, with role and attendance."""

    NAME, COUNT, POSITION, ORGANIZATION, ROLE, ATTENDANCE, REASON, MEMBERSHIP = range(8)
    columns = [
        Column("name", str(QT_TRANSLATE_NOOP("MeetingEditor", "Họ tên / nhóm")), "name", 230),
        Column("count", str(QT_TRANSLATE_NOOP("MeetingEditor", "Số người")), "count", 70),
        Column("position", str(QT_TRANSLATE_NOOP("MeetingEditor", "Chức vụ")), "text", 220),
        Column("organization", str(QT_TRANSLATE_NOOP("MeetingEditor", "Đơn vị")), "text", 150),
        Column("role", str(QT_TRANSLATE_NOOP("MeetingEditor", "Vai trò")), "choice", 100),
        Column("attendance", str(QT_TRANSLATE_NOOP("MeetingEditor", "Tham dự")), "choice", 130),
        Column("reason", str(QT_TRANSLATE_NOOP("MeetingEditor", "Lý do vắng")), "text", 150),
        # Party cells only (the section hides it otherwise): đảng viên chính thức, dự bị or
        # quần chúng, which the minutes count and address differently.
        Column("membership", str(QT_TRANSLATE_NOOP("MeetingEditor", "Đảng viên")), "choice", 110),
    ]

    def __init__(
        self, session: EditSession, directory: PeopleDirectory | None = None, parent: Any = None
    ) -> None:
        super().__init__(session, "attendees", parent)
        self.directory = directory

    def new_item(self) -> Attendee:
        return Attendee()

    def field_of(self, row: int, column: int) -> str:
        if column == self.NAME and self.item(row).is_group:
            return "group"
        return self.columns[column].field

    def _problem_key(self, field: str) -> str:
        return "name" if field == "group" else field

    def _problem_fields(self, row: int, column: int) -> tuple[str, ...]:
        if column == self.NAME:
            return ("name", "")
        return (self.columns[column].field,)

    def choices(self, column: int) -> list[tuple[str, Any]]:
        """Return (label, value) for a choice column."""
        if column == self.ROLE:
            return [(label, value) for value, label in role_labels().items()]
        if column == self.ATTENDANCE:
            return [(label, value) for value, label in attendance_labels().items()]
        if column == self.MEMBERSHIP:
            # "" stands for "not recorded": a combo box keeps no None.
            return [(label, value or "") for value, label in membership_labels().items()]
        return []

    def display(self, obj: Attendee, row: int, column: int) -> Any:
        if column == self.MEMBERSHIP:
            return "" if obj.is_group else membership_labels()[obj.membership]
        if column == self.ROLE:
            return role_labels()[obj.role]
        if column == self.ATTENDANCE:
            if obj.is_group:
                return ""
            label = attendance_labels()[obj.attendance]
            if obj.attendance is Attendance.LATE and obj.arrived is not None:
                label += f" {obj.arrived:%H:%M}"  # stamped in the live mode
            return label
        if column == self.COUNT:
            return "" if obj.count is None else str(obj.count)
        if obj.is_group and column in (self.POSITION, self.ORGANIZATION, self.REASON):
            return ""
        return super().display(obj, row, column)

    def edit_value(self, obj: Attendee, row: int, column: int) -> Any:
        if column == self.MEMBERSHIP:
            return obj.membership.value if obj.membership is not None else ""
        if column == self.ROLE:
            return obj.role
        if column == self.ATTENDANCE:
            return obj.attendance
        return self.display(obj, row, column)

    def sort_value(self, obj: Attendee, row: int, column: int) -> Any:
        if column == self.COUNT:
            return obj.count if obj.count is not None else -1
        if column == self.NAME:
            return obj.label
        return super().sort_value(obj, row, column)

    def extra_data(self, obj: Attendee, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.NAME and obj.is_group:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and obj.is_group:
            return _tr("Nhóm người dự (ghi số người nếu biết)")
        return None

    def editable(self, obj: Attendee, row: int, column: int) -> bool:
        if obj.is_group:
            return column in (self.NAME, self.ROLE, self.COUNT)
        return column != self.COUNT

    def convert(self, row: int, column: int, value: Any) -> Any:
        if column == self.COUNT:
            return parse_count(str(value), blank=None)
        if column == self.ROLE:
            return Role(value)
        if column == self.ATTENDANCE:
            return Attendance(value)
        if column == self.MEMBERSHIP:
            return Membership(value) if value else None
        return super().convert(row, column, value)

    def write(self, row: int, column: int, value: Any) -> bool:
        obj = self.item(row)
        if column == self.NAME and not obj.is_group and self.directory is not None:
            found = self.directory.lookup(value) if value else None
            fills: list[tuple[str, str]] = []
            if found is not None and not found.is_group:
                if found.position and not obj.position.strip():
                    fills.append(("position", found.position))
                if found.organization and not obj.organization.strip():
                    fills.append(("organization", found.organization))
            if fills and value != obj.name:
                with self.session.macro(_tr("Chọn người dự: {name}").format(name=value)):
                    self.session.set(f"{self.list_path}[{row}].name", value)
                    for name, text in fills:
                        self.session.set(f"{self.list_path}[{row}].{name}", text)
                return True
        return super().write(row, column, value)

    def insert_group(self, row: int | None = None) -> int:
        """Add a group row (``Các đại biểu …`` with an optional count) and return its index;
        a blank last row (just added with Enter) becomes the group instead."""
        last = len(self.items()) - 1
        if row is None and last >= 0 and self.is_blank(last):
            self.session.set(
                f"{self.list_path}[{last}]",
                Attendee.of_group(""),
                text=_tr("Thêm nhóm vào thành phần"),
            )
            return last
        return self.insert_row(row, Attendee.of_group(""))

    def mark_all_present(self) -> bool:
        """Mark every summoned person present (one undo step); return False if nothing changed."""
        rows = [
            i
            for i, a in enumerate(self.items())
            if not a.is_group and a.attendance is not Attendance.PRESENT
        ]
        if not rows:
            return False
        with self.session.macro(_tr("Đánh dấu tất cả có mặt")):
            for i in rows:
                self.session.set(f"{self.list_path}[{i}].attendance", Attendance.PRESENT)
                if self.items()[i].reason:
                    self.session.set(f"{self.list_path}[{i}].reason", "")
        return True


class VoteTableModel(RowsModel):
    """Votes with live percentages of those eligible; a blank eligible means the members present."""

    SUBJECT, IN_FAVOUR, AGAINST, ABSTAIN, ELIGIBLE, RESULT, PURPOSE = range(7)
    columns = [
        Column(
            "subject", str(QT_TRANSLATE_NOOP("MeetingEditor", "Nội dung biểu quyết")), "text", 260
        ),
        Column("in_favour", str(QT_TRANSLATE_NOOP("MeetingEditor", "Tán thành")), "count", 85),
        Column("against", str(QT_TRANSLATE_NOOP("MeetingEditor", "Không tán thành")), "count", 85),
        Column("abstain", str(QT_TRANSLATE_NOOP("MeetingEditor", "Không biểu quyết")), "count", 85),
        Column(
            "eligible",
            str(QT_TRANSLATE_NOOP("MeetingEditor", "Số người có quyền BQ")),
            "count",
            110,
        ),
        Column("result", str(QT_TRANSLATE_NOOP("MeetingEditor", "Kết quả")), "computed", 260),
        # An admission counts against the cell's official members and needs two thirds.
        Column(
            "purpose", str(QT_TRANSLATE_NOOP("MeetingEditor", "Loại biểu quyết")), "choice", 150
        ),
    ]

    def __init__(self, session: EditSession, parent: Any = None) -> None:
        super().__init__(session, "votes", parent)

    def new_item(self) -> Vote:
        return Vote()

    def default_eligible(self, vote: Vote | None = None) -> int:
        """Return who may vote when a vote gives no number: the members present (for an
        admission: the cell's official members)."""
        return eligible_for(vote or Vote(), self.session.meeting)

    def choices(self, column: int) -> list[tuple[str, Any]]:
        """Return (label, value) for a choice column."""
        if column == self.PURPOSE:
            return [(label, value.value) for value, label in purpose_labels().items()]
        return []

    def result_text(self, vote: Vote) -> str:
        """Return the live result line of ``vote``."""
        result = vote_result(vote, self.session.meeting)
        text = _tr(
            "{yes} tán thành ({yes_pct}), {no} không tán thành ({no_pct}), "
            "{abstain} không biểu quyết ({abstain_pct}) / {eligible}"
        ).format(
            yes=result.in_favour,
            yes_pct=result.in_favour_percent,
            no=result.against,
            no_pct=result.against_percent,
            abstain=result.abstain,
            abstain_pct=result.abstain_percent,
            eligible=result.eligible,
        )
        if result.exceeds_eligible:
            text = "⚠ " + text
        return text

    def display(self, obj: Vote, row: int, column: int) -> Any:
        if column == self.RESULT:
            return self.result_text(obj)
        if column == self.PURPOSE:
            return purpose_labels()[obj.purpose]
        if column == self.ELIGIBLE and obj.eligible is None:
            return str(self.default_eligible(obj))
        return super().display(obj, row, column)

    def edit_value(self, obj: Vote, row: int, column: int) -> Any:
        if column == self.PURPOSE:
            return obj.purpose.value
        if column == self.ELIGIBLE and obj.eligible is None:
            return ""
        return super().edit_value(obj, row, column)

    def sort_value(self, obj: Vote, row: int, column: int) -> Any:
        if column == self.RESULT:
            return obj.in_favour
        if column == self.ELIGIBLE:
            return obj.eligible if obj.eligible is not None else self.default_eligible(obj)
        if column == self.PURPOSE:
            return obj.purpose.value
        return super().sort_value(obj, row, column)

    def extra_data(self, obj: Vote, row: int, column: int, role: int) -> Any:
        if column == self.ELIGIBLE and obj.eligible is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(128, 128, 128))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if obj.purpose is VotePurpose.ADMISSION:
                    return _tr("Để trống: số đảng viên chính thức của chi bộ ({n})").format(
                        n=self.default_eligible(obj)
                    )
                return _tr("Để trống: số thành viên có mặt ({n})").format(
                    n=self.default_eligible(obj)
                )
        if column == self.RESULT and vote_result(obj, self.session.meeting).exceeds_eligible:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ERROR_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("Tổng số phiếu vượt số người có quyền biểu quyết")
        return None

    def placeholder(self, column: int, row: int | None = None) -> str:
        """Return the hint shown in an empty editor of ``column``."""
        if column == self.ELIGIBLE:
            vote = self.item(row) if row is not None and 0 <= row < self.rowCount() else None
            return _tr("mặc định: {n}").format(n=self.default_eligible(vote))
        return ""

    def _problem_fields(self, row: int, column: int) -> tuple[str, ...]:
        if column == self.RESULT:
            return ("",)
        return (self.columns[column].field,)

    def convert(self, row: int, column: int, value: Any) -> Any:
        if column == self.PURPOSE:
            return VotePurpose(value)
        if column == self.ELIGIBLE:
            return parse_count(str(value), blank=None)
        if column in (self.IN_FAVOUR, self.AGAINST, self.ABSTAIN):
            return parse_count(str(value), blank=0)
        return super().convert(row, column, value)

    def other_change(self, change: Change) -> None:
        if self.rowCount() and (is_within(change.path, "attendees") or change.path == ""):
            top = self.index(0, self.ELIGIBLE)
            bottom = self.index(self.rowCount() - 1, self.PURPOSE)
            self.dataChanged.emit(top, bottom)

    def exceeding(self) -> list[tuple[int, Any]]:
        """Return (row, result) of the votes whose counts exceed those eligible."""
        out = []
        for i, vote in enumerate(self.items()):
            result = vote_result(vote, self.session.meeting)
            if result.exceeds_eligible:
                out.append((i, result))
        return out


class TaskTableModel(RowsModel):
    """Tasks assigned at the meeting: description, owner, optional due date."""

    DESCRIPTION, OWNER, DUE = range(3)
    columns = [
        Column(
            "description", str(QT_TRANSLATE_NOOP("MeetingEditor", "Nhiệm vụ")), "text", -420
        ),  # negative: stretches
        Column(
            "owner",
            str(QT_TRANSLATE_NOOP("MeetingEditor", "Người / đơn vị thực hiện")),
            "owner",
            260,
        ),
        Column("due", str(QT_TRANSLATE_NOOP("MeetingEditor", "Thời hạn")), "date", 110),
    ]

    def __init__(self, session: EditSession, parent: Any = None) -> None:
        super().__init__(session, "tasks", parent)

    def new_item(self) -> Task:
        return Task()

    def display(self, obj: Task, row: int, column: int) -> Any:
        if column == self.DUE:
            return format_date(obj.due)
        return super().display(obj, row, column)

    def sort_value(self, obj: Task, row: int, column: int) -> Any:
        if column == self.DUE:
            return obj.due or dt.date.max
        return super().sort_value(obj, row, column)

    def convert(self, row: int, column: int, value: Any) -> Any:
        if column == self.DUE:
            if isinstance(value, dt.date) or value is None:
                return value
            return parse_date(value) if str(value).strip() else None
        return super().convert(row, column, value)


class StatementTableModel(RowsModel):
    """The statements of one agenda item: who spoke and the start of what was said."""

    SPEAKER = 0
    columns = [
        Column(
            "speaker", str(QT_TRANSLATE_NOOP("MeetingEditor", "Ý kiến phát biểu")), "computed", 300
        )
    ]

    def __init__(self, session: EditSession, list_path: str = "", parent: Any = None) -> None:
        super().__init__(session, list_path, parent)

    def new_item(self) -> Statement:
        return Statement()

    def display(self, obj: Statement, row: int, column: int) -> Any:
        speaker = obj.speaker.label or _tr("(chưa ghi người phát biểu)")
        first = " ".join(obj.content.split())
        excerpt = first[:110] + ("…" if len(first) > 110 else "")
        return f"{speaker}: {excerpt}" if excerpt else speaker

    def _problem_fields(self, row: int, column: int) -> tuple[str, ...]:
        return ("speaker.name", "speaker.group", "speaker.position", "content", "")

    def editable(self, obj: Any, row: int, column: int) -> bool:
        return False


class AgendaListModel(QAbstractListModel, _ProblemsMixin):
    """The agenda items, numbered; rows move by drag and drop or Alt+Up/Down."""

    def __init__(self, session: EditSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_path = "agenda"
        self._init_problems()
        self._helper = _ListHelper(self)
        session.about_to_change.connect(self._helper.before)
        session.changed.connect(self._helper.after)

    def items(self) -> list[AgendaItem]:
        return self.session.meeting.agenda

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self.items()
        if not index.isValid() or not 0 <= index.row() < len(items):
            return None
        item = items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = item.title.strip() or _tr("(chưa có tiêu đề)")
            return f"{index.row() + 1}. {title}"
        if role == OBJECT_ROLE:
            return item
        if role == PATH_ROLE:
            return f"agenda[{index.row()}]"
        problems = [p for (r, _), ps in self.problems.items() if r == index.row() for p in ps]
        if role == PROBLEM_ROLE:
            if any(p.is_error for p in problems):
                return "error"
            return "warning" if problems else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.title] + [message(p, current_language()) for p in problems]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(
                QColor(198, 40, 40) if any(p.is_error for p in problems) else QColor(184, 100, 0)
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.session.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def set_problems(self, problems: list[Problem]) -> None:
        found: dict[tuple[int, str], list[Problem]] = {}
        for problem in problems:
            row = index_in(problem.path, "agenda")
            if row is not None:
                found.setdefault((row, field_after(problem.path, "agenda")), []).append(problem)
        if found != self.problems:
            self.problems = found
            if self.rowCount():
                self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def insert_row(self, row: int | None = None) -> int:
        row = len(self.items()) if row is None else row
        self.session.insert("agenda", row, AgendaItem())
        return row

    def remove_row(self, row: int) -> bool:
        return self.session.remove("agenda", row)

    def move_row(self, row: int, to: int) -> bool:
        return self.session.move("agenda", row, to)


class _ListHelper:
    """Turns session changes of one list into the list model's row notifications."""

    def __init__(self, model: AgendaListModel) -> None:
        self.model = model

    def before(self, change: Change) -> None:
        begin_list_change(self.model, self.model.list_path, change)

    def after(self, change: Change) -> None:
        model = self.model
        if change.kind == RESET:
            model.problems = {}
            model.endResetModel()
        elif change.path == model.list_path:
            if change.kind == INSERT:
                model.endInsertRows()
            elif change.kind == REMOVE:
                model.endRemoveRows()
            elif change.kind == MOVE:
                model.endMoveRows()
            else:
                model.beginResetModel()
                model.endResetModel()
        elif change.kind == SET:
            row = index_in(change.path, model.list_path)
            if row is not None and row < model.rowCount():
                model.dataChanged.emit(model.index(row), model.index(row))
        # numbers shown ("2. …") change for every row after a move/insert/remove
        if change.kind in (INSERT, REMOVE, MOVE) and change.path == model.list_path:
            if model.rowCount():
                model.dataChanged.emit(model.index(0), model.index(model.rowCount() - 1))
