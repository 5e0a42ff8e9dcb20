"""The review panel's comments page: comments per part of the meeting, answers, resolving."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.fields import comment_parts
from minutes_app.domain.labels import part_label
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import local_time_text
from minutes_app.services import workflow
from minutes_app.store import ReviewComment, Store
from minutes_app.ui.context import AppContext
from minutes_app.ui.review.page import LazyPage, is_shown, report
from minutes_app.ui.review.text_dialog import TextAsker
from minutes_app.ui.review.user_name import NameAsker, ensure_user_name

log = logging.getLogger(__name__)

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


class CommentsPage(LazyPage[Sequence[ReviewComment]]):
    """The comments of one meeting, read from the database only while shown.

    The parts offered come from the meeting the panel hands over (read by the workflow bar, or
    the one a save or a step carries). A save writes no comment, so it never makes this page
    read; a comment or a resolve written here updates it from what the verb returned.
    """

    # A comment was double-clicked: show the part it is about (``agenda[0]``, ``meeting``…).
    part_activated = Signal(str)
    # A comment was written or resolved here (the meeting's id).
    comments_changed = Signal(int)

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        ask_text: TextAsker,
        ask_name: NameAsker | None = None,
    ) -> None:
        super().__init__(context, meeting_id, parent)
        self._ask_text = ask_text
        self._ask_name = ask_name
        self._comments: list[ReviewComment] = []
        #: A meeting whose parts are not listed yet (``set_meeting``).
        self._parts_of: Meeting | None = None
        self.part_combo = QComboBox(self)
        self.part_combo.setObjectName("part_combo")
        self.part_combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.only_part = QCheckBox(self.tr("Chỉ phần này"), self)
        self.only_part.toggled.connect(lambda _c: self._fill())
        self.show_resolved = QCheckBox(self.tr("Hiện ý kiến đã giải quyết"), self)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _c: self._fill())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("comment_tree")
        self.tree.setHeaderLabels(
            [
                self.tr("Phần"),
                self.tr("Người viết"),
                self.tr("Nội dung"),
                self.tr("Thời gian"),
                self.tr("Trạng thái"),
            ]
        )
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappedTextDelegate(self.tree))
        self.tree.header().setStretchLastSection(False)
        header = self.tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4):  # short texts: as wide as they are, the rest for the comment
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 130)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.setToolTip(self.tr("Bấm đúp để đến phần được góp ý"))
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Thêm ý kiến…"), self)
        self.add_button.clicked.connect(self.add_comment)
        self.reply_button = QPushButton(self.tr("Trả lời…"), self)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Đã giải quyết"), self)
        self.resolve_button.clicked.connect(self.resolve)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Phần:"), self))
        row.addWidget(self.part_combo, 1)
        row.addWidget(self.only_part)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.reply_button, self.resolve_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    # -- reading -----------------------------------------------------------------------------

    def query(self) -> Callable[[Store], Sequence[ReviewComment]]:
        meeting_id = self._id
        return lambda db: db.review.comments(meeting_id)

    def show_rows(self, rows: Sequence[ReviewComment]) -> None:
        self._comments = list(rows)
        self._fill()

    def show_error(self, exc: BaseException) -> None:
        log.warning("cannot read comments: %s", exc)
        self.show_rows([])

    def comments(self) -> list[ReviewComment]:
        """Return the meeting's comments as stored (replies included)."""
        return list(self.context.db.review.comments(self._id))

    def set_meeting(self, meeting: Meeting) -> None:
        """Offer the parts of ``meeting`` (kept selected when it still has it).

        Listed when the page shows or its parts are asked for: every autosave hands its
        meeting over, and listing the parts of a long one on the UI thread while nobody looks
        at them made typing wait.
        """
        self._parts_of = meeting
        if is_shown(self):
            self._list_parts()

    def _list_parts(self) -> None:
        meeting, self._parts_of = self._parts_of, None
        if meeting is None:
            return
        current = self.part_combo.currentData()
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        for path, label in meeting_parts(meeting, self.context.language):
            self.part_combo.addItem(label, path)
        index = self.part_combo.findData(current) if current else 0
        self.part_combo.setCurrentIndex(max(index, 0))
        self.part_combo.blockSignals(False)

    # -- showing -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._list_parts()
        super().showEvent(event)

    def current_part(self) -> str:
        """Return the part new comments go to."""
        self._list_parts()
        return str(self.part_combo.currentData() or "meeting")

    def parts(self) -> list[str]:
        """Return the parts offered (their paths)."""
        self._list_parts()
        return [str(self.part_combo.itemData(i)) for i in range(self.part_combo.count())]

    def show_part(self, part: str) -> None:
        """Select ``part`` (the editor's current agenda item, statement, vote or task)."""
        self._list_parts()
        index = self.part_combo.findData(part)
        if index >= 0:
            self.part_combo.setCurrentIndex(index)

    def _fill(self) -> None:
        self.tree.clear()
        wanted = self.current_part() if self.only_part.isChecked() else None
        items: dict[int, QTreeWidgetItem] = {}
        for c in self._comments:
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
                self.tree.addTopLevelItem(item)
            items[c.id] = item
        self.tree.expandAll()
        self._update_buttons()

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        while parent is not None:  # a reply is about its comment's part
            item, parent = parent, parent.parent()
        part = item.data(0, PART_ROLE)
        if part:
            self.part_activated.emit(str(part))

    def _selected(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        top = item
        while (parent := top.parent()) is not None:
            top = parent
        value = top.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def select_comment(self, comment_id: int) -> bool:
        """Make ``comment_id`` the current comment; True when it is shown."""
        for i in range(self.tree.topLevelItemCount()):
            stack = [self.tree.topLevelItem(i)]
            while stack:
                item = stack.pop()
                if item is None:
                    continue
                if item.data(0, Qt.ItemDataRole.UserRole) == comment_id:
                    self.tree.setCurrentItem(item)
                    return True
                stack += [item.child(k) for k in range(item.childCount())]
        return False

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.reply_button.setEnabled(selected)
        self.resolve_button.setEnabled(selected)

    # -- writing -----------------------------------------------------------------------------

    def add_comment(self) -> int | None:
        """Ask for a comment on the selected part and store it; return its id."""
        part = self.current_part()
        text = self._ask_text(
            self,
            self.tr("Ý kiến góp ý"),
            self.tr("Ý kiến về «{part}»:").format(part=part_label(part, self.context.language)),
        )
        return self._store(text, part=part)

    def reply(self) -> int | None:
        """Ask for an answer to the selected comment and store it; return its id."""
        parent = self._selected()
        if parent is None:
            return None
        text = self._ask_text(self, self.tr("Trả lời ý kiến"), self.tr("Câu trả lời:"))
        return self._store(text, reply_to=parent)

    def _store(
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
            report(self.context, self.tr("Không lưu được ý kiến"), exc)
            return None
        comment = changes.comment
        assert comment is not None
        self._comments.append(comment)
        self._fill()
        self.select_comment(comment.id)
        self.comments_changed.emit(self._id)
        return comment.id

    def resolve(self) -> bool:
        """Mark the selected comment (and its answers) resolved; it stays in the history."""
        comment_id = self._selected()
        if comment_id is None:
            return False
        by = ensure_user_name(self.context, self, self._ask_name)
        if not by:
            return False
        try:
            changes = workflow.resolve(self.context.db, comment_id, by)
        except MinutesError as exc:
            report(self.context, self.tr("Không cập nhật được ý kiến"), exc)
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
        self._fill()
        self.comments_changed.emit(self._id)
        return True
