"""The review panel's differences page: what changed between two revisions or the draft."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.diff import FieldChange
from minutes_app.domain.errors import message
from minutes_app.domain.text import local_time_text
from minutes_app.store import Revision, Store
from minutes_app.ui.context import AppContext
from minutes_app.ui.review.page import LazyPage

# The draft as it is stored now (the other choices are approved revision numbers).
CURRENT = "current"


class DiffPage(LazyPage[list[FieldChange] | None]):
    """The differences between two approved revisions, or one of them and the current draft.

    The choices come from the revisions the workflow bar read (or a step returned); the
    differences are read from the database only while the page is shown. A save changes the
    draft, so it makes the page stale.
    """

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self.from_combo = QComboBox(self)
        self.from_combo.setObjectName("diff_from")
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("diff_to")
        self.from_combo.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.to_combo.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.list = QListWidget(self)
        self.list.setObjectName("diff_list")
        self.list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Từ"), self))
        row.addWidget(self.from_combo, 1)
        row.addWidget(QLabel(self.tr("đến"), self))
        row.addWidget(self.to_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def set_revisions(self, revisions: Sequence[Revision]) -> None:
        """Offer ``revisions`` and the draft; compare the latest revision with the draft."""
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
        self.invalidate()

    def draft_changed(self) -> None:
        """The draft was saved or stepped: a comparison with it is stale (read when shown)."""
        old, new = self.from_combo.currentData(), self.to_combo.currentData()
        if CURRENT in (old, new) and old != new:
            self.mark_stale()

    def compare(self, old: int | str, new: int | str) -> list[str]:
        """Show the differences from ``old`` to ``new`` (revision numbers or ``"current"``)."""
        for combo, value in ((self.from_combo, old), (self.to_combo, new)):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self.read()  # asked for: read even when the page is not shown
        return self.lines()

    def lines(self) -> list[str]:
        """Return the lines shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def query(self) -> Callable[[Store], list[FieldChange] | None]:
        meeting_id = self._id
        old, new = self.from_combo.currentData(), self.to_combo.currentData()
        if old is None or new is None:
            return lambda _db: None
        if old == new:
            # A version against itself (a draft never approved offers only the current one):
            # no differences, and no need to read and compare a megabyte to find none.
            return lambda _db: []
        return lambda db: db.review.diff(meeting_id, old, new)

    def show_rows(self, rows: list[FieldChange] | None) -> None:
        self.list.clear()
        if rows is None:
            return
        if not rows:
            self.list.addItem(self.tr("(không có khác biệt)"))
        for change in rows:
            item = QListWidgetItem(change.text(self.context.language))
            item.setData(Qt.ItemDataRole.UserRole, change.path)
            self.list.addItem(item)

    def show_error(self, exc: BaseException) -> None:
        self.list.clear()
        self.list.addItem(message(exc, self.context.language))
