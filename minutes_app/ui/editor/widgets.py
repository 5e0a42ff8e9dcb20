"""Field widgets bound to a path of the edited meeting, safe for Vietnamese input methods.

Rules (issue 4, point 3): a widget pushes its edits as undo commands when text is committed
(``textEdited``; never for pre-edit text), and it is never rewritten from its own edit: the
session's change carries the widget's token and the widget skips it.  While an input method
is composing, refreshes are deferred until the composition ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.domain.fields import is_within
from minutes_app.domain.text import clean
from minutes_app.ui.editor.parsing import (
    format_date,
    format_moment,
    parse_count,
    parse_date,
    parse_moment,
)
from minutes_app.ui.editor.session import RESET, SET, Change, EditSession

PROBLEM_STYLE = """
QLineEdit[problem="error"], QPlainTextEdit[problem="error"], QComboBox[problem="error"] {
    border: 2px solid #d32f2f; border-radius: 3px; }
QLineEdit[problem="warning"], QPlainTextEdit[problem="warning"], QComboBox[problem="warning"] {
    border: 2px solid #ef8f00; border-radius: 3px; }
QLineEdit[locked="true"], QPlainTextEdit[locked="true"], QTableView[locked="true"],
QListView[locked="true"] {
    background: #eeeeee; color: #555555; }
"""


def show_locked(widget: QWidget, locked: bool) -> None:
    """Grey ``widget`` when it cannot be edited (approved or waiting minutes): look as it acts."""
    if bool(widget.property("locked")) != locked:
        widget.setProperty("locked", locked)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()


def mark_problem(widget: QWidget, severity: str, tooltip: str) -> None:
    """Outline ``widget`` red (``error``) or orange (``warning``), or clear it (``""``)."""
    if widget.property("problem") != severity:
        widget.setProperty("problem", severity)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()
    base = widget.property("baseToolTip")
    if base is None:
        base = widget.toolTip()
        widget.setProperty("baseToolTip", base)
    widget.setToolTip("\n".join(t for t in (tooltip, base) if t))


def is_composing(widget: QWidget | None) -> bool:
    """Return True while an input method is composing text in ``widget``."""
    return bool(getattr(widget, "composing", False))


class _Bound:
    """The binding shared by every field widget: a path, a session, a token."""

    session: EditSession
    path: str

    def _init_binding(self, session: EditSession, path: str) -> None:
        self.session = session
        self.path = path
        self.token = id(self)
        self.composing = False
        self._refresh_pending = False
        session.changed.connect(self._on_session_changed)

    def bind(self, path: str) -> None:
        """Show another field (e.g. the next statement) in this widget."""
        self.path = path
        self.refresh(force=True)

    def _on_session_changed(self, change: Change) -> None:
        if not self.path:
            return
        if change.kind == RESET or (
            change.kind == SET
            and change.origin != self.token
            and (is_within(self.path, change.path) or is_within(change.path, self.path))
        ):
            self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Show the model's value, unless the user is composing (then later)."""
        if self.composing and not force:
            self._refresh_pending = True
            return
        self._refresh_pending = False
        if self.path:
            self.show_value(self.session.value(self.path))

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def _track_composition(self, event: QInputMethodEvent) -> None:
        self.composing = bool(event.preeditString())
        if not self.composing and self._refresh_pending:
            self.refresh()

    def _undo_key(self, event: QKeyEvent) -> bool:
        """Route the undo/redo keys to the meeting's stack instead of the widget's own."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.session.seal()
            self.session.undo_stack.undo()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            self.session.undo_stack.redo()
            return True
        return False


class BoundLineEdit(QLineEdit, _Bound):
    """A one-line text field bound to a string path; typing in one burst is one undo step."""

    committed = Signal(str)
    #: The user typed something this field has not written into the meeting yet (see
    #: ``commit_pending``); a plain text field writes every keystroke, so it never says this.
    input_pending = Signal()

    def __init__(
        self,
        session: EditSession,
        path: str = "",
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
    ) -> None:
        QLineEdit.__init__(self, parent)
        self._init_binding(session, path)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)
        self.refresh(force=True)

    def to_model(self, text: str) -> Any:
        """Return the model value of the widget text."""
        return clean(text)

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))
        self.setReadOnly(self.session.read_only)
        show_locked(self, self.session.read_only)

    def commit(self, text: str | None = None) -> None:
        """Write the widget's text (or ``text``) into the meeting."""
        if not self.path or self.composing:
            return
        value = self.to_model(self.text() if text is None else text)
        self.session.set(self.path, value, origin=self.token, merge=True)
        self.committed.emit(self.text())

    def _on_text_edited(self, text: str) -> None:
        self.commit(text)

    def commit_pending(self) -> None:
        """Write what is typed but not written yet (before a save); the text stays as typed."""

    def _on_editing_finished(self) -> None:
        self.commit()
        self.session.seal()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        super().inputMethodEvent(event)
        self._track_composition(event)
        if not self.composing and not isinstance(self, _ParsedLineEdit):
            # A committed word does not always come with textEdited: write it now.
            self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._undo_key(event):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.session.seal()


class BoundCountEdit(BoundLineEdit):
    """A whole number; ``blank`` is the model value of an empty field (``None`` or 0)."""

    def __init__(
        self,
        session: EditSession,
        path: str = "",
        parent: QWidget | None = None,
        *,
        blank: int | None = None,
        placeholder: str = "",
    ) -> None:
        self.blank = blank
        super().__init__(session, path, parent, placeholder=placeholder)
        self.setMaximumWidth(110)

    def to_model(self, text: str) -> Any:
        return parse_count(text, blank=self.blank)

    def show_value(self, value: Any) -> None:
        if value is not None and value == self.blank and not self.text().strip():
            value = None
        super().show_value(value)

    def commit(self, text: str | None = None) -> None:
        try:
            self.to_model(self.text() if text is None else text)
        except ValueError:
            mark_problem(self, "error", self.tr("Hãy nhập một số nguyên"))
            return
        mark_problem(self, "", "")
        super().commit(text)


class _ParsedLineEdit(BoundLineEdit):
    """A field whose text is parsed when editing finishes (dates, times), not per keystroke."""

    invalid_text = ""

    def __init__(
        self,
        session: EditSession,
        path: str = "",
        parent: QWidget | None = None,
        *,
        allow_blank: bool = True,
        placeholder: str = "",
    ) -> None:
        self.allow_blank = allow_blank
        self.valid = True
        self._typed = False  # typed since the field last wrote into the meeting or was shown
        super().__init__(session, path, parent, placeholder=placeholder)
        self.setMaximumWidth(200)

    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        self.valid = True
        self._typed = False
        mark_problem(self, "", "")
        super().show_value(self.format(value))

    def _on_text_edited(self, text: str) -> None:
        # Partial dates are not dates: parse when the user leaves the field, or when a
        # save comes while the cursor is still here (commit_pending).
        self._typed = True
        self.input_pending.emit()

    def commit_pending(self) -> None:
        if not self._typed or not self.path or self.composing or self.session.read_only:
            return
        self._typed = False
        raw = self.text()
        try:
            value = self.parse(raw) if raw.strip() else None
        except ValueError:
            return  # not a date (yet): nothing that could be saved
        if value is None and not self.allow_blank:
            return
        # Written under this field's token, so the field does not rewrite what the user is
        # typing; the text is tidied (25/2/2020 -> 25/02/2020) when the user leaves it.
        self.session.set(self.path, value, origin=self.token)

    def commit(self, text: str | None = None) -> None:
        if not self.path or self.composing:
            return
        self._typed = False
        raw = self.text() if text is None else text
        if not raw.strip():
            if not self.allow_blank:
                self.valid = False
                mark_problem(self, "error", self.invalid_text)
                return
            value = None
        else:
            try:
                value = self.parse(raw)
            except ValueError:
                self.valid = False
                mark_problem(self, "error", self.invalid_text)
                return
        self.valid = True
        mark_problem(self, "", "")
        self.session.set(self.path, value, origin=self.token)
        if self.format(value) != self.text():
            self.setText(self.format(value))  # normalise after the user left the field
        self.committed.emit(self.text())


class BoundDateEdit(_ParsedLineEdit):
    """A date typed as ``dd/mm/yyyy`` (``25/2/2020`` and ``2020-02-25`` work too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.invalid_text = self.tr(
            "Ngày không hợp lệ; hãy gõ theo dạng ngày/tháng/năm, ví dụ 25/02/2020"
        )
        if not self.placeholderText():
            self.setPlaceholderText(self.tr("ngày/tháng/năm"))

    def parse(self, text: str) -> Any:
        return parse_date(text)

    def format(self, value: Any) -> str:
        return format_date(value)


class BoundMomentEdit(_ParsedLineEdit):
    """A date and time: ``25/02/2020 07:30``, or only ``07:30`` for the meeting's day."""

    def __init__(
        self,
        session: EditSession,
        path: str = "",
        parent: QWidget | None = None,
        *,
        day: Callable[[], dt.date],
        allow_blank: bool = True,
        placeholder: str = "",
    ) -> None:
        self._day = day
        super().__init__(session, path, parent, allow_blank=allow_blank, placeholder=placeholder)
        self.invalid_text = self.tr(
            "Thời gian không hợp lệ; hãy gõ giờ:phút (07:30) hoặc ngày và giờ (25/02/2020 07:30)"
        )

    def parse(self, text: str) -> Any:
        return parse_moment(text, self._day())

    def format(self, value: Any) -> str:
        return format_moment(value)


class BoundPlainTextEdit(QPlainTextEdit, _Bound):
    """A roomy text field (paragraphs) bound to a string path; Tab moves on to the next field."""

    def __init__(
        self,
        session: EditSession,
        path: str = "",
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        lines: list[str] | None = None,
    ) -> None:
        QPlainTextEdit.__init__(self, parent)
        self._init_binding(session, path)
        self._updating = False
        self._last = ""
        self.setUndoRedoEnabled(False)  # the meeting's undo stack is the only one
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self._on_text_changed)
        self.refresh(force=True)

    def to_model(self, text: str) -> Any:
        return clean(text)

    def to_text(self, value: Any) -> str:
        return "" if value is None else str(value)

    def show_value(self, value: Any) -> None:
        self.setReadOnly(self.session.read_only)
        show_locked(self, self.session.read_only)
        text = self.to_text(value)
        current = self.toPlainText()
        self._last = text
        if text == current or self.to_model(current) == value:
            return
        # Replace only the part that differs: the document, the cursor elsewhere and the
        # scroll position stay (no setPlainText, which resets the document).
        start = 0
        limit = min(len(text), len(current))
        while start < limit and text[start] == current[start]:
            start += 1
        end_new, end_old = len(text), len(current)
        while end_new > start and end_old > start and text[end_new - 1] == current[end_old - 1]:
            end_new -= 1
            end_old -= 1
        self._updating = True
        try:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end_old, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text[start:end_new])
        finally:
            self._updating = False

    def _on_text_changed(self) -> None:
        if self._updating or self.composing or not self.path:
            return
        text = self.toPlainText()
        if text == self._last:
            return
        self._last = text
        self.session.set(self.path, self.to_model(text), origin=self.token, merge=True)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        self.composing = bool(event.preeditString())
        super().inputMethodEvent(event)
        self._track_composition(event)
        if not self.composing:
            self._on_text_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._undo_key(event):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.session.seal()


class BoundLinesEdit(BoundPlainTextEdit):
    """A list of strings, one per line (recipients); trailing empty lines are not entries."""

    def to_model(self, text: str) -> Any:
        lines = clean(text).split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        return lines

    def to_text(self, value: Any) -> str:
        return "\n".join(value or [])


class BoundChoice(QComboBox, _Bound):
    """A fixed choice (profile, role, attendance) bound to a path; labels are Vietnamese."""

    def __init__(
        self,
        session: EditSession,
        path: str,
        choices: Sequence[tuple[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        QComboBox.__init__(self, parent)
        self._init_binding(session, path)
        for label, value in choices:
            self.addItem(label, value)
        self._values = [value for _, value in choices]
        self.activated.connect(self._on_activated)
        self.refresh(force=True)

    def show_value(self, value: Any) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))
        self.setEnabled(not self.session.read_only)

    def _on_activated(self, index: int) -> None:
        if 0 <= index < len(self._values):
            self.session.set(self.path, self._values[index], origin=self.token)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802
        # Scrolling the section must not change a choice under the mouse by accident.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
