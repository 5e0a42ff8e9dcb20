"""Find and replace inside the open minutes (Ctrl+F, Ctrl+H, F3): every field, shown in place.

The bar sits under the editor. Matches come from ``services.find_replace`` over the meeting as
edited; the current one is selected in its field (switching section, agenda item or statement)
and highlighted in the PDF preview. A replacement is one undo step; "replace all" is one macro.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from minutes_app.domain.fields import index_in
from minutes_app.domain.text import nfc
from minutes_app.services.find_replace import (
    FindOptions,
    Match,
    find_all,
    find_in,
    replace_all,
    replace_value,
    text_fields,
)
from minutes_app.ui.editor.labels import describe_path

log = logging.getLogger(__name__)


def widget_offset(widget_text: str, model_offset: int) -> int:
    """Return the offset in ``widget_text`` of ``model_offset`` in its NFC form (the model's).

    A field typed with decomposed Vietnamese (some input methods) holds more characters than
    the meeting's NFC value; everything else maps one to one.
    """
    if nfc(widget_text) == widget_text:
        return min(model_offset, len(widget_text))
    for end in range(len(widget_text) + 1):
        if len(nfc(widget_text[:end])) >= model_offset:
            return end
    return len(widget_text)


def _bound_widgets(editor: QWidget) -> list[Any]:
    from minutes_app.ui.editor.widgets import BoundLineEdit, BoundPlainTextEdit

    return [*editor.findChildren(BoundLineEdit), *editor.findChildren(BoundPlainTextEdit)]


def reveal_match(editor: Any, match: Match) -> QWidget | None:
    """Show ``match`` in the editor: its section and field, with the matched text selected.

    Returns the field widget, or None when the match is in a table cell (the cell is selected).
    """
    editor.focus_problem(match.path)
    line_of: int | None = None
    target: Any = None
    for widget in _bound_widgets(editor):
        if not widget.path or not widget.isVisibleTo(editor):
            continue
        if widget.path == match.path:
            target = widget
            break
        row = index_in(match.path, widget.path)
        if row is not None and match.path == f"{widget.path}[{row}]":
            target, line_of = widget, row  # a line of a list shown one per line (recipients)
            break
    if target is None:
        return None
    value = editor.session.value(match.path)
    text = target.text() if isinstance(target, QLineEdit) else target.toPlainText()
    base = 0
    if line_of is not None:
        lines = text.split("\n")
        base = sum(len(line) + 1 for line in lines[:line_of])
        text = lines[line_of] if line_of < len(lines) else ""
    if nfc(text) != value:
        text = value  # the field shows something else (being refreshed): select by the model
    start = base + widget_offset(text, match.start)
    end = base + widget_offset(text, match.end)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(target, QLineEdit):
        target.setSelection(start, end - start)
    elif isinstance(target, QPlainTextEdit):
        cursor = target.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        target.setTextCursor(cursor)
        target.ensureCursorVisible()
    _scroll_into_view(target)
    return target  # type: ignore[no-any-return]


def _scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            return
        if isinstance(parent, QAbstractScrollArea):
            return
        parent = parent.parentWidget()


class FindBar(QWidget):
    """The find and replace bar of one open meeting."""

    match_shown = Signal(object)  # Match, or None when nothing is found

    def __init__(self, editor: Any, preview: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.preview = preview
        self.current: Match | None = None
        self.setObjectName("findBar")
        self.setAutoFillBackground(True)

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findText")
        self.find_edit.setPlaceholderText(self.tr("Tìm trong biên bản…"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceText")
        self.replace_edit.setPlaceholderText(self.tr("Thay bằng…"))
        self.previous_button = QPushButton(self.tr("Tìm lùi"), self)
        self.previous_button.setToolTip(self.tr("Kết quả trước (Shift+F3)"))
        self.next_button = QPushButton(self.tr("Tìm tiếp"), self)
        self.next_button.setToolTip(self.tr("Kết quả sau (F3 hoặc Enter)"))
        self.next_button.setDefault(True)
        self.replace_button = QPushButton(self.tr("Thay"), self)
        self.replace_button.setToolTip(self.tr("Thay kết quả đang chọn rồi tìm tiếp"))
        self.replace_all_button = QPushButton(self.tr("Thay tất cả"), self)
        self.case_check = QCheckBox(self.tr("Phân biệt hoa/thường"), self)
        self.words_check = QCheckBox(self.tr("Cả từ"), self)
        self.marks_check = QCheckBox(self.tr("Bỏ qua dấu"), self)
        self.marks_check.setToolTip(
            self.tr("Gõ không dấu vẫn tìm được chữ có dấu: “nghi” thấy “nghị”")
        )
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Đóng (Esc)"))
        self.find_label = QLabel(self.tr("Tìm:"), self)
        self.replace_label = QLabel(self.tr("Thay bằng:"), self)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.case_check, 0, 4)
        grid.addWidget(self.words_check, 0, 5)
        grid.addWidget(self.marks_check, 0, 6)
        grid.addWidget(self.close_button, 0, 7)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.addWidget(self.status_label, 1, 4, 1, 4)
        grid.setColumnStretch(1, 1)

        self.find_edit.textChanged.connect(self._on_query_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(lambda: self.find_next())
        self.previous_button.clicked.connect(lambda: self.find_previous())
        self.replace_button.clicked.connect(lambda: self.replace_current())
        self.replace_all_button.clicked.connect(lambda: self.replace_everything())
        self.close_button.clicked.connect(self.close_bar)
        for check in (self.case_check, self.words_check, self.marks_check):
            check.toggled.connect(self._on_query_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.set_replace_shown(False)
        self.hide()

    # -- opening and closing -------------------------------------------------------------

    def set_replace_shown(self, shown: bool) -> None:
        """Show or hide the replace row (Ctrl+H shows it, Ctrl+F hides it)."""
        for widget in (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        ):
            widget.setVisible(shown)
        self._update_buttons()

    def open(self, *, replace: bool = False) -> None:
        """Show the bar with the find field focused (pre-filled with the selected text)."""
        selected = self._selected_text()
        self.set_replace_shown(replace)
        self.show()
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self._update_status()

    def close_bar(self) -> None:
        """Hide the bar and the preview's highlight; the editor keeps the last match selected."""
        self.hide()
        if self.preview is not None:
            self.preview.clear_search()
        if self.current is not None:
            reveal_match(self.editor, self.current)

    def _selected_text(self) -> str:
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        if widget is None or not self.editor.isAncestorOf(widget):
            return ""
        if isinstance(widget, QLineEdit):
            return widget.selectedText()
        if isinstance(widget, QPlainTextEdit):
            return widget.textCursor().selectedText()
        return ""

    # -- finding --------------------------------------------------------------------------

    def options(self) -> FindOptions:
        """Return the options ticked in the bar."""
        return FindOptions(
            match_case=self.case_check.isChecked(),
            whole_words=self.words_check.isChecked(),
            ignore_marks=self.marks_check.isChecked(),
        )

    def query(self) -> str:
        """Return the text being looked for."""
        return self.find_edit.text()

    def matches(self) -> list[Match]:
        """Return every match in the meeting as edited now."""
        return find_all(self.editor.session.meeting, self.query(), self.options())

    def _order(self) -> dict[str, int]:
        return {path: i for i, (path, _) in enumerate(text_fields(self.editor.session.meeting))}

    def find_next(self, *, backward: bool = False) -> Match | None:
        """Show the next match after the current one (wrapping round); None when there is none."""
        matches = self.matches()
        if not matches:
            self._show(None)
            return None
        order = self._order()

        def key(m: Match) -> tuple[int, int]:
            return order.get(m.path, -1), m.start

        if self.current is None:
            chosen = matches[-1] if backward else matches[0]
        elif backward:
            before = [m for m in matches if key(m) < key(self.current)]
            chosen = before[-1] if before else matches[-1]
        else:
            after = [m for m in matches if key(m) > key(self.current)]
            chosen = after[0] if after else matches[0]
        self._show(chosen, matches)
        return chosen

    def find_previous(self) -> Match | None:
        """Show the match before the current one (wrapping round)."""
        return self.find_next(backward=True)

    def _on_query_changed(self, *_args: object) -> None:
        # Search as you type, from the start of the meeting.
        self.current = None
        if self.query():
            self.find_next()
        else:
            self._show(None)

    def _show(self, match: Match | None, matches: list[Match] | None = None) -> None:
        self.current = match
        if match is not None:
            reveal_match(self.editor, match)
            # Typing goes on in the find field; a line edit keeps its selection (the match,
            # shown in place) only when it loses the focus to a "popup".
            self.find_edit.setFocus(Qt.FocusReason.PopupFocusReason)
            if self.preview is not None:
                self.preview.show_search(self.query(), self._ordinal(match, matches or []))
        elif self.preview is not None:
            self.preview.clear_search()
        self._update_status(matches)
        self.match_shown.emit(match)

    def _ordinal(self, match: Match, matches: list[Match]) -> int:
        # The preview's search finds the same words in the printed text, in reading order: the
        # n-th match in the fields is (nearly always) the n-th on the pages.
        return next((i for i, m in enumerate(matches) if m == match), 0)

    def _update_status(self, matches: list[Match] | None = None) -> None:
        if not self.query():
            self.status_label.setText("")
            self.find_edit.setStyleSheet("")
        else:
            matches = self.matches() if matches is None else matches
            if not matches:
                self.status_label.setText(self.tr("Không tìm thấy"))
                self.find_edit.setStyleSheet("QLineEdit { background: #fde2e1; }")
            else:
                self.find_edit.setStyleSheet("")
                index = matches.index(self.current) + 1 if self.current in matches else 0
                where = describe_path(self.current.path) if self.current else ""
                text = self.tr("%1/%2 — %3") if where else self.tr("%2 kết quả")
                self.status_label.setText(
                    text.replace("%1", str(index))
                    .replace("%2", str(len(matches)))
                    .replace("%3", where)
                )
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.editor.session.read_only
        has_query = bool(self.query())
        self.replace_button.setEnabled(editable and has_query)
        self.replace_all_button.setEnabled(editable and has_query)
        self.next_button.setEnabled(has_query)
        self.previous_button.setEnabled(has_query)

    # -- replacing -------------------------------------------------------------------------

    def _still_matches(self, match: Match) -> bool:
        try:
            value = self.editor.session.value(match.path)
        except (AttributeError, IndexError, ValueError):
            return False
        if not isinstance(value, str):
            return False
        return (match.start, match.end) in find_in(value, self.query(), self.options())

    def replace_current(self) -> bool:
        """Replace the match shown (one undo step), then show the next; False if none shown."""
        session = self.editor.session
        if session.read_only or not self.query():
            return False
        match = self.current
        if match is None or not self._still_matches(match):
            self.find_next()
            return False
        replacement = nfc(self.replace_edit.text())
        value = session.value(match.path)
        session.seal()
        session.set(
            match.path,
            replace_value(value, match.start, match.end, replacement),
            text=self.tr("Thay “%1” bằng “%2”")
            .replace("%1", value[match.start : match.end])
            .replace("%2", replacement),
        )
        session.seal()
        # Go on after the replacement (it may itself contain the query).
        self.current = Match(match.path, match.start, match.start + len(replacement))
        if not self.matches():
            self.current = None
            self._show(None)
            self.status_label.setText(self.tr("Đã thay; không còn kết quả nào"))
            return True
        self.find_next()
        return True

    def replace_everything(self) -> int:
        """Replace every match in the meeting as one undo step; return how many were replaced."""
        session = self.editor.session
        if session.read_only or not self.query():
            return 0
        count = len(self.matches())
        changed = replace_all(
            session.meeting, self.query(), nfc(self.replace_edit.text()), self.options()
        )
        if changed:
            label = (
                self.tr("Thay tất cả “%1” bằng “%2”")
                .replace("%1", self.query())
                .replace("%2", self.replace_edit.text())
            )
            with session.macro(label):
                for path, value in changed.items():
                    session.set(path, value)
        self.current = None
        if self.preview is not None:
            self.preview.clear_search()
        self._update_status()
        self.status_label.setText(
            self.tr("Đã thay %n chỗ", "", count) if changed else self.tr("Không tìm thấy")
        )
        return count if changed else 0
