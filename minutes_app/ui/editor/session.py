"""The editing session: the live domain Meeting, its undo stack and the commands that change it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.fields import get_value, parse_path, set_value, typed
from minutes_app.domain.model import Meeting
from minutes_app.domain.snapshot import copied
from minutes_app.domain.snapshot import snapshot as copy_of
from minutes_app.ui.editor.labels import field_label

SET = "set"
INSERT = "insert"
REMOVE = "remove"
MOVE = "move"
RESET = "reset"


@dataclass(frozen=True)
class Change:
    """What one step of an edit changed: views refresh only that (house style, habit 4).

    ``kind`` is ``set`` (``path`` is the field), ``insert``/``remove`` (``path`` is the list,
    ``index`` the row), ``move`` (row ``index`` now at ``to``) or ``reset`` (everything).
    ``origin`` is the token of the widget that typed the edit, 0 for undo/redo and programs:
    a widget never rewrites itself from its own edit (input methods keep their composition).
    """

    kind: str
    path: str = ""
    index: int = -1
    to: int = -1
    origin: int = 0


class EditSession(QObject):
    """Owns the Meeting being edited; every change goes through an undoable command."""

    about_to_change = Signal(object)  # Change, before insert/remove/move/reset
    changed = Signal(object)  # Change, after any change

    def __init__(self, meeting: Meeting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = copy_of(meeting)
        self.undo_stack = QUndoStack(self)
        self.read_only = False
        # index in the stack -> our command object (typing bursts extend the top one)
        self._commands: dict[int, SetValueCommand] = {}
        self._macro_depth = 0
        #: How many changes the meeting has had: a save knows whether edits came after it.
        self.edits = 0
        # The last copy ``snapshot`` gave and the paths changed since (None: everything).
        self._frozen: Meeting | None = None
        self._dirty: set[str] | None = None
        self.undo_stack.indexChanged.connect(self._forget_undone)

    # -- reading -------------------------------------------------------------------

    def value(self, path: str) -> Any:
        """Return the current value at ``path``."""
        return get_value(self.meeting, path)

    def snapshot(self) -> Meeting:
        """Return a copy of the meeting as it is now, which nobody may change (a save, a render
        and the validation read it on a worker thread).

        Its cost follows the edits made since the last snapshot, not the meeting's size: the
        parts no edit touched are shared with that snapshot, and only the changed fields and
        the objects and lists above them are copied again. Whoever wants to change the copy
        takes ``copy()`` instead.
        """
        frozen = self._frozen
        if frozen is None or self._dirty is None:
            frozen = copy_of(self.meeting)
        elif self._dirty:
            frozen = _refreshed(frozen, self.meeting, self._dirty)
        self._frozen, self._dirty = frozen, set()
        return frozen

    def copy(self) -> Meeting:
        """Return an independent copy of the meeting (about 2 ms for a megabyte of text)."""
        return copied(self.snapshot())

    def _touch(self, path: str) -> None:
        """Note that ``path`` changed: the next snapshot copies it (and what lies above it)."""
        if self._dirty is not None:
            self._dirty.add(path)

    # -- editing (undoable) ----------------------------------------------------------

    def set(
        self, path: str, value: Any, *, origin: int = 0, merge: bool = False, text: str = ""
    ) -> bool:
        """Set one field; ``merge`` lets consecutive typing in the same field be one undo step.

        Typed text is kept as it is saved (NFC, ``\\n`` line ends): ``domain.fields.typed``.
        """
        value = typed(path, value)
        if self.read_only or self.value(path) == value:
            return False
        top = self._open_command(path, origin) if merge else None
        if top is not None:
            top.extend(value)
            return True
        self.undo_stack.push(
            SetValueCommand(self, path, value, origin=origin, merge=merge, text=text)
        )
        return True

    def _open_command(self, path: str, origin: int) -> SetValueCommand | None:
        """Return the command a keystroke in ``path`` continues, if its typing burst is open.

        Merging is done here rather than with QUndoCommand.id()/mergeWith(): under PySide6
        6.12 on Python 3.11 every call of those overrides drops a reference to None (see
        refguard.py), and one keystroke would cost several.  Like Qt, it never merges into
        the command the last save marked clean.
        """
        stack = self.undo_stack
        index = stack.index()
        if index == 0 or index == stack.cleanIndex() or stack.count() != index:
            return None
        top = self._commands.get(index - 1)
        if (
            top is None
            or top.session is not self
            or not top.open
            or top.path != path
            or top.origin != origin
        ):
            return None
        if stack.command(index - 1) is not top:
            return None
        return top

    def insert(self, list_path: str, index: int, item: Any, text: str = "") -> bool:
        """Insert ``item`` into the list at ``list_path``."""
        if self.read_only:
            return False
        size = len(self.value(list_path))
        index = max(0, min(index, size))
        self.undo_stack.push(InsertCommand(self, list_path, index, item, text))
        return True

    def remove(self, list_path: str, index: int, text: str = "") -> bool:
        """Remove row ``index`` of the list at ``list_path``."""
        if self.read_only or not 0 <= index < len(self.value(list_path)):
            return False
        self.undo_stack.push(RemoveCommand(self, list_path, index, text))
        return True

    def move(self, list_path: str, index: int, to: int, text: str = "") -> bool:
        """Move row ``index`` of the list at ``list_path`` so that it ends up at ``to``."""
        size = len(self.value(list_path))
        if self.read_only or index == to or not (0 <= index < size and 0 <= to < size):
            return False
        self.undo_stack.push(MoveCommand(self, list_path, index, to, text))
        return True

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits made inside the block into one undo step."""
        self.seal()
        self.undo_stack.beginMacro(text)
        self._macro_depth += 1
        try:
            yield
        finally:
            self._macro_depth -= 1
            self.undo_stack.endMacro()

    def seal(self) -> None:
        """End the current typing burst: the next keystroke starts a new undo step."""
        for command in self._commands.values():
            command.open = False

    def _forget_undone(self, index: int) -> None:
        for key in [k for k in self._commands if k >= self.undo_stack.count()]:
            del self._commands[key]

    def refresh(self) -> None:
        """Tell every view to re-read everything (e.g. after the read-only flag changed)."""
        change = Change(RESET)
        self.about_to_change.emit(change)
        self.changed.emit(change)

    def replace(self, meeting: Meeting) -> None:
        """Replace the whole meeting (reload): not undoable, the undo history is cleared."""
        change = Change(RESET)
        self.about_to_change.emit(change)
        self.meeting = copy_of(meeting)
        self._dirty = None
        self.edits += 1
        self.undo_stack.clear()
        self._commands.clear()
        self.changed.emit(change)

    # -- primitive changes, called by the commands only -----------------------------------

    def _apply_set(self, path: str, value: Any, origin: int) -> None:
        # Normalised once on the way in (``set``); undo restores what was kept.
        set_value(self.meeting, path, copy.deepcopy(value), normalise=False)
        self._touch(path)
        self.edits += 1
        self.changed.emit(Change(SET, path, origin=origin))

    def _apply_insert(self, list_path: str, index: int, item: Any) -> None:
        change = Change(INSERT, list_path, index)
        self.about_to_change.emit(change)
        self.value(list_path).insert(index, typed(f"{list_path}[{index}]", copy.deepcopy(item)))
        self._touch(list_path)
        self.edits += 1
        self.changed.emit(change)

    def _apply_remove(self, list_path: str, index: int) -> Any:
        change = Change(REMOVE, list_path, index)
        self.about_to_change.emit(change)
        item = self.value(list_path).pop(index)
        self._touch(list_path)
        self.edits += 1
        self.changed.emit(change)
        return item

    def _apply_move(self, list_path: str, index: int, to: int) -> None:
        change = Change(MOVE, list_path, index, to)
        self.about_to_change.emit(change)
        items = self.value(list_path)
        items.insert(to, items.pop(index))
        self._touch(list_path)
        self.edits += 1
        self.changed.emit(change)


def _refreshed(old: Meeting, live: Meeting, paths: set[str]) -> Meeting:
    """Return a copy of ``live`` that shares with ``old`` (an earlier copy) all but ``paths``.

    Each changed path is copied from ``live``; the objects and lists above it are copied
    shallowly from ``old`` (they keep sharing their other children). A path below another
    changed one is covered by it. Where ``old`` does not have the shape of ``live`` on the way
    down, the copy is taken from ``live`` there: setting a field of an absent optional object
    (a presenter) creates it, and blanking its last field removes it.
    """
    steps_by_length = sorted({tuple(parse_path(path)) for path in paths}, key=len)
    kept: list[tuple[str | int, ...]] = []
    for steps in steps_by_length:
        if steps and not any(steps[: len(k)] == k for k in kept):
            kept.append(steps)
    root: Meeting = _shallow(old)
    fresh = {id(root)}  # the objects and lists made for this copy: safe to change
    for steps in kept:
        node: Any = root
        source: Any = live
        for depth, step in enumerate(steps):
            child, live_child = _child(node, step), _child(source, step)
            last = depth == len(steps) - 1
            if last or not _same_shape(child, live_child):
                _put(node, step, copied(live_child))
                break
            if id(child) not in fresh:
                child = _shallow(child)
                fresh.add(id(child))
                _put(node, step, child)
            node, source = child, live_child
    return root


def _child(node: Any, step: str | int) -> Any:
    return node[step] if isinstance(step, int) else getattr(node, step)


def _put(node: Any, step: str | int, value: Any) -> None:
    if isinstance(step, int):
        node[step] = value
    else:
        setattr(node, step, value)


def _same_shape(old: Any, live: Any) -> bool:
    """Return True when ``old`` can be copied shallowly to stand for ``live`` on a path."""
    if isinstance(live, list):
        return isinstance(old, list) and len(old) == len(live)
    return type(old) is type(live) and hasattr(type(live), "__dataclass_fields__")


def _shallow(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    clone = object.__new__(type(value))
    clone.__dict__.update(value.__dict__)
    return clone


class SetValueCommand(QUndoCommand):
    """Set one field; consecutive typing in the same field merges into one command."""

    def __init__(
        self,
        session: EditSession,
        path: str,
        value: Any,
        *,
        origin: int = 0,
        merge: bool = False,
        text: str = "",
    ) -> None:
        super().__init__(text or field_label(path))
        self.session = session
        self.path = path
        self.old = copy.deepcopy(session.value(path))
        self.new = copy.deepcopy(value)
        self.origin = origin
        self.mergeable = merge
        self.open = merge
        self._first = True

    def extend(self, value: Any) -> None:
        """Continue the typing burst: this command now ends at ``value``."""
        self.new = copy.deepcopy(value)
        self.session._apply_set(self.path, self.new, self.origin)

    def redo(self) -> None:
        origin = self.origin if self._first else 0
        if self._first and self.mergeable and self.session._macro_depth == 0:
            self.session._commands[self.session.undo_stack.index()] = self
        else:
            self.open = False
        self._first = False
        self.session._apply_set(self.path, self.new, origin)

    def undo(self) -> None:
        self.open = False
        self.session._apply_set(self.path, self.old, 0)


class InsertCommand(QUndoCommand):
    """Insert a row into a list of the meeting."""

    def __init__(
        self, session: EditSession, list_path: str, index: int, item: Any, text: str = ""
    ) -> None:
        super().__init__(text or field_label(list_path, "add"))
        self.session = session
        self.list_path = list_path
        self.index = index
        self.item = copy.deepcopy(item)

    def redo(self) -> None:
        self.session._apply_insert(self.list_path, self.index, self.item)

    def undo(self) -> None:
        self.session._apply_remove(self.list_path, self.index)


class RemoveCommand(QUndoCommand):
    """Remove a row from a list of the meeting."""

    def __init__(self, session: EditSession, list_path: str, index: int, text: str = "") -> None:
        super().__init__(text or field_label(list_path, "remove"))
        self.session = session
        self.list_path = list_path
        self.index = index
        self.item = copy.deepcopy(session.value(list_path)[index])

    def redo(self) -> None:
        self.session._apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self.session._apply_insert(self.list_path, self.index, self.item)


class MoveCommand(QUndoCommand):
    """Move a row within a list of the meeting."""

    def __init__(
        self, session: EditSession, list_path: str, index: int, to: int, text: str = ""
    ) -> None:
        super().__init__(text or field_label(list_path, "move"))
        self.session = session
        self.list_path = list_path
        self.index = index
        self.to = to

    def redo(self) -> None:
        self.session._apply_move(self.list_path, self.index, self.to)

    def undo(self) -> None:
        self.session._apply_move(self.list_path, self.to, self.index)
