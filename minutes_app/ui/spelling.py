"""Spell checking as you type in the editor: red wavy underlines, suggestions on right click.

``SpellingService`` (one per application context) holds the checker: the bundled Vietnamese
dictionary, the people directory's names and the user's own words. ``attach_spelling`` gives
one editor its underlines: a ``QSyntaxHighlighter`` on each paragraph field and a painted
underline on each one-line text field, with suggestions and "Thêm vào từ điển" in the context
menu. Choosing a suggestion is an ordinary edit of the field (one undo step).
"""

from __future__ import annotations

import logging
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from minutes_app.domain.errors import message
from minutes_app.domain.fields import holds_proper_names, is_spell_checked, proper_names
from minutes_app.services.spelling import Misspelling, SpellChecker, load_engine, user_words_path
from minutes_app.store import StoreError

log = logging.getLogger(__name__)

UNDERLINE = QColor(220, 30, 30)
NAMES_DELAY_MS = 700


def is_checked_path(path: str) -> bool:
    """Return True for a field whose text is prose to spell-check (``Field.spell``)."""
    return is_spell_checked(path)


def utf16_offsets(text: str) -> list[int] | None:
    """Return the UTF-16 offset of each character of ``text`` (None when they are the same)."""
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return None
    offsets, position = [], 0
    for ch in text:
        offsets.append(position)
        position += 2 if ord(ch) > 0xFFFF else 1
    offsets.append(position)
    return offsets


class SpellingService(QObject):
    """The application's spell checker; ``changed`` when what is accepted changes."""

    changed = Signal()

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.enabled = bool(context.settings.spell_check)
        self._checker: SpellChecker | None = None

    @property
    def checker(self) -> SpellChecker:
        """Return the checker, loading the dictionary on first use."""
        if self._checker is None:
            path = user_words_path(self.context.user_data_dir())
            self._checker = SpellChecker(load_engine(), path)
            self.refresh_names()
        return self._checker

    def refresh_names(self) -> None:
        """Accept the names of the people directory (read from the database)."""
        try:
            people = self.context.db.people("", limit=1_000_000)
        except StoreError:
            log.warning("the people directory cannot be read for spell checking", exc_info=True)
            return
        if self.checker.set_names(p.name for p in people):
            self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        """Turn the underlines on or off everywhere (remembered)."""
        self.enabled = enabled
        self.context.settings.spell_check = enabled
        self.changed.emit()

    def add_word(self, word: str) -> None:
        """Add ``word`` to the user's own words; every field stops underlining it."""
        try:
            self.checker.add_user_word(word)
        except Exception as exc:  # the file could not be written: say so, keep the session's
            log.warning("the user's word list cannot be written", exc_info=True)
            self.context.interaction.error(
                self.tr("Không lưu được từ điển của bạn"),
                message(exc, self.context.language),
            )
        self.changed.emit()


def spelling_service(context: Any) -> SpellingService:
    """Return the context's spelling service, made on first use."""
    service = getattr(context, "spelling", None)
    if service is None:
        service = SpellingService(context)
        context.spelling = service
    return service


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines unknown words in a paragraph field, except the word being typed."""

    def __init__(self, editor: QPlainTextEdit, spelling: MeetingSpelling) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.spelling = spelling
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(UNDERLINE)
        self._typing_block = -1
        editor.cursorPositionChanged.connect(self._on_cursor_moved)

    def active(self) -> bool:
        return self.spelling.active() and is_checked_path(getattr(self.editor, "path", ""))

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        if not self.active() or not text:
            return
        cursor = self.editor.textCursor()
        block = self.currentBlock()
        typing_at = -1
        if self.editor.hasFocus() and cursor.block() == block and not cursor.hasSelection():
            typing_at = cursor.positionInBlock()
        offsets = utf16_offsets(text)
        for bad in self.spelling.checker.misspellings(text):
            start, end = bad.start, bad.end
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            if typing_at == end:
                self._typing_block = block.blockNumber()
                continue  # the word is still being typed
            self.setFormat(start, end - start, self.underline)

    def _on_cursor_moved(self) -> None:
        if self._typing_block < 0:
            return
        cursor = self.editor.textCursor()
        block = self.document().findBlockByNumber(self._typing_block)
        self._typing_block = -1
        if block.isValid():
            self.rehighlightBlock(block)
        if cursor.block() != block and cursor.block().isValid():
            self.rehighlightBlock(cursor.block())


class LineEditUnderline(QObject):
    """Paints the underlines of one one-line field (QLineEdit has no text formats)."""

    def __init__(self, edit: QLineEdit, spelling: MeetingSpelling) -> None:
        super().__init__(edit)
        self.edit = edit
        self.spelling = spelling
        edit.installEventFilter(self)
        edit.textChanged.connect(lambda _text: edit.update())

    def misspellings(self) -> list[Misspelling]:
        """Return the unknown words shown now (none while typing the last word)."""
        if not self.spelling.active() or not is_checked_path(getattr(self.edit, "path", "")):
            return []
        text = self.edit.text()
        found = self.spelling.checker.misspellings(text)
        if self.edit.hasFocus() and not self.edit.hasSelectedText():
            position = self.edit.cursorPosition()
            found = [m for m in found if m.end != position]
        return found

    def word_x(self, position: int) -> float:
        """Return the x of the text position ``position`` in the field's coordinates."""
        metrics = self.edit.fontMetrics()
        text = self.edit.text()
        cursor = self.edit.cursorPosition()
        here = self.edit.cursorRect().center().x()
        return float(
            here
            - metrics.horizontalAdvance(text[:cursor])
            + metrics.horizontalAdvance(text[:position])
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.Paint:
            found = self.misspellings()
            if not found or self.edit.echoMode() != QLineEdit.EchoMode.Normal:
                return False
            self.edit.paintEvent(
                cast(QPaintEvent, event)
            )  # the field first, then the underlines over it
            painter = QPainter(self.edit)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(UNDERLINE, 1.2))
                y = self.edit.cursorRect().bottom() - 1.5
                clip = self.edit.contentsRect()
                painter.setClipRect(clip)
                for bad in found:
                    wavy(painter, self.word_x(bad.start), self.word_x(bad.end), y)
            finally:
                painter.end()
            return True
        return False


def wavy(painter: QPainter, x1: float, x2: float, y: float) -> None:
    """Draw a wavy line from ``x1`` to ``x2`` at ``y`` (the spelling underline)."""
    path = QPainterPath(QPointF(x1, y))
    step, amplitude = 2.0, 1.2
    x, up = x1, True
    while x < x2:
        x = min(x + step, x2)
        path.lineTo(QPointF(x, y - amplitude if up else y + amplitude))
        up = not up
    painter.drawPath(path)


class MeetingSpelling(QObject):
    """The spell checking of one editor: highlighters, underlines, the context menu."""

    def __init__(self, editor: Any, service: SpellingService) -> None:
        super().__init__(editor)
        self.editor = editor
        self.service = service
        self.checker = service.checker
        self.highlighters: list[SpellHighlighter] = []
        self.underlines: list[LineEditUnderline] = []
        from minutes_app.ui.editor.widgets import BoundLineEdit, BoundPlainTextEdit

        # Every bound field; which ones are checked is decided by the path each shows now
        # (a field is rebound as the agenda item or statement changes): see is_checked_path.
        for field in editor.findChildren(BoundPlainTextEdit):
            self.highlighters.append(SpellHighlighter(field, self))
            field.viewport().installEventFilter(self)
        for line in editor.findChildren(BoundLineEdit):
            self.underlines.append(LineEditUnderline(line, self))
            line.installEventFilter(self)
        self._names_timer = QTimer(self)
        self._names_timer.setSingleShot(True)
        self._names_timer.setInterval(NAMES_DELAY_MS)
        self._names_timer.timeout.connect(self.update_meeting_names)
        editor.session.changed.connect(self._on_session_changed)
        service.changed.connect(self.refresh)
        self.update_meeting_names()

    def active(self) -> bool:
        """Return True when underlines are shown."""
        return self.service.enabled and self.checker.available

    def refresh(self) -> None:
        """Underline again everywhere (the accepted words or the switch changed)."""
        for highlighter in self.highlighters:
            highlighter.rehighlight()
        for underline in self.underlines:
            underline.edit.update()

    def _on_session_changed(self, change: Any) -> None:
        path = getattr(change, "path", "")
        if change.kind != "set" or holds_proper_names(path):
            self._names_timer.start()

    def update_meeting_names(self) -> None:
        """Accept the names written in this meeting (people, the body, the place)."""
        names = proper_names(self.editor.session.meeting)
        if self.checker.set_meeting_names(n for n in names if n):
            self.refresh()

    # -- the context menu -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        if isinstance(watched, QLineEdit):
            return self._line_menu(watched, event)
        field = watched.parent()
        if isinstance(field, QPlainTextEdit):
            return self._text_menu(field, event)
        return False

    def _line_menu(self, edit: QLineEdit, event: QContextMenuEvent) -> bool:
        underline = next((u for u in self.underlines if u.edit is edit), None)
        if underline is None or not self.active():
            return False
        position = edit.cursorPositionAt(event.pos())
        bad = next((m for m in underline.misspellings() if m.start <= position <= m.end), None)
        if bad is None:
            return False
        menu = edit.createStandardContextMenu()
        self._add_spelling_actions(menu, bad, lambda s: self.replace_in_line(edit, bad, s))
        self.show_menu(menu, event.globalPos())
        menu.deleteLater()
        return True

    def _text_menu(self, field: QPlainTextEdit, event: QContextMenuEvent) -> bool:
        if not self.active() or not is_checked_path(getattr(field, "path", "")):
            return False
        cursor = field.cursorForPosition(event.pos())
        block = cursor.block()
        position = cursor.positionInBlock()
        text = block.text()
        offsets = utf16_offsets(text)
        for bad in self.checker.misspellings(text):
            start, end = bad.start, bad.end
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            if start <= position <= end:
                base = block.position()
                menu = field.createStandardContextMenu(event.pos())
                self._add_spelling_actions(
                    menu,
                    bad,
                    lambda s, a=base + start, b=base + end: self.replace_in_text(field, a, b, s),
                )
                self.show_menu(menu, event.globalPos())
                menu.deleteLater()
                return True
        return False

    def show_menu(self, menu: QMenu, position: QPoint) -> None:
        """Show the context menu (modal; tests replace this)."""
        menu.exec(position)

    def menu_actions(self, bad: Misspelling, replace: Any) -> list[QAction]:
        """Return the spelling actions for ``bad``: suggestions, then "add to dictionary"."""
        actions: list[QAction] = []
        suggestions = self.checker.suggestions(bad.word)
        read_only = bool(self.editor.session.read_only)
        for suggestion in suggestions:
            action = QAction(suggestion, self)
            font = QFont(action.font())
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(not read_only)
            action.triggered.connect(lambda _checked=False, s=suggestion: replace(s))
            actions.append(action)
        if not suggestions:
            none = QAction(self.tr("(không có gợi ý)"), self)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(self.tr("Thêm “%1” vào từ điển").replace("%1", bad.word), self)
        add.triggered.connect(lambda _checked=False, w=bad.word: self.service.add_word(w))
        actions.append(add)
        return actions

    def _add_spelling_actions(self, menu: QMenu, bad: Misspelling, replace: Any) -> None:
        first = menu.actions()[0] if menu.actions() else None
        for action in self.menu_actions(bad, replace):
            menu.insertAction(first, action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]

    # -- replacing a word (an ordinary edit of the field) -----------------------------------------

    def replace_in_line(self, edit: QLineEdit, bad: Misspelling, suggestion: str) -> None:
        """Put ``suggestion`` in place of the misspelt word of a one-line field."""
        session = self.editor.session
        if session.read_only:
            return
        text = edit.text()
        session.seal()
        edit.setText(text[: bad.start] + suggestion + text[bad.end :])
        edit.setCursorPosition(bad.start + len(suggestion))
        commit = getattr(edit, "commit", None)
        if commit is not None:
            commit()
        session.seal()

    def replace_in_text(self, field: QPlainTextEdit, start: int, end: int, suggestion: str) -> None:
        """Put ``suggestion`` in place of the document range ``start:end`` of a paragraph field."""
        session = self.editor.session
        if session.read_only:
            return
        session.seal()
        cursor = QTextCursor(field.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion)
        session.seal()


def attach_spelling(editor: Any, context: Any) -> MeetingSpelling | None:
    """Give ``editor`` spell checking (None for an editor without an edit session)."""
    if not hasattr(editor, "session"):
        return None
    fresh = getattr(context, "spelling", None) is None
    service = spelling_service(context)
    if not fresh and service._checker is not None:
        service.refresh_names()  # people added since the dictionary was loaded
    spelling = MeetingSpelling(editor, service)
    editor.spelling = spelling
    return spelling


__all__ = [
    "LineEditUnderline",
    "MeetingSpelling",
    "SpellHighlighter",
    "SpellingService",
    "attach_spelling",
    "is_checked_path",
    "spelling_service",
    "utf16_offsets",
    "wavy",
]
