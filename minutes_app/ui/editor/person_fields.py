"""A name field with completion whose choice fills in the position field next to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from minutes_app.ui.editor.people import NameCompleter, PeopleDirectory, Suggestion
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import BoundLineEdit


def fill_person(
    session: EditSession,
    directory: PeopleDirectory | None,
    name_path: str,
    position_path: str,
    name: str,
    found: Suggestion | None,
    *,
    origin: int = 0,
) -> None:
    """Set the name and, when the position is empty (or was filled for the previous name),
    the known position: one undo step."""
    old_name = session.value(name_path) or ""
    old_position = session.value(position_path) or ""
    position = old_position
    if found is not None and found.position:
        if not old_position.strip():
            position = found.position
        else:
            previous = directory.lookup(old_name) if directory and old_name else None
            if previous is not None and previous.position == old_position:
                position = found.position
    if name == old_name and position == old_position:
        return
    label = QCoreApplication.translate("MeetingEditor", "Chọn {name}").format(name=name)
    with session.macro(label):
        session.set(name_path, name, origin=origin)
        session.set(position_path, position)


class PersonFields(QObject):
    """Wires a name edit and a position edit: completion over the directory, position filled."""

    def __init__(
        self,
        session: EditSession,
        directory: PeopleDirectory,
        name: BoundLineEdit,
        position: BoundLineEdit,
    ) -> None:
        super().__init__(name)
        self.session = session
        self.name = name
        self.position = position
        self.completer = NameCompleter(directory, name)
        self.completer.activated[str].connect(self._on_picked)  # type: ignore[index]
        name.editingFinished.connect(self._on_finished)

    def _position_path(self) -> str:
        return self.name.path.rsplit(".", 1)[0] + ".position"

    def _fill(self, text: str, found: Suggestion | None) -> None:
        fill_person(
            self.session,
            self.completer.directory,
            self.name.path,
            self._position_path(),
            text,
            found,
            origin=self.name.token,
        )

    def _on_picked(self, text: str) -> None:
        if not self.name.path or self.session.read_only:
            return
        self._fill(text, self.completer.suggestion(text))

    def _on_finished(self) -> None:
        if not self.name.path or self.session.read_only:
            return
        text = self.name.to_model(self.name.text())
        if not self.session.value(self._position_path()):
            found = self.completer.directory.lookup(text)
            if found is not None and found.position:
                self._fill(text, found)
