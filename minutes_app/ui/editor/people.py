"""Name suggestions from the people directory and the meeting itself, and a completer over them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import fold_key
from minutes_app.store.records import PersonEntry

log = logging.getLogger(__name__)


def standard_voices() -> list[str]:
    """Return the collective voices minutes use for a statement by many people."""
    tr = QCoreApplication.translate
    return [
        tr("MeetingEditor", "Các đại biểu dự hội nghị"),
        tr("MeetingEditor", "Các đại biểu dự họp"),
        tr("MeetingEditor", "Các thành viên"),
        tr("MeetingEditor", "Các đảng viên trong chi bộ"),
    ]


@dataclass(frozen=True)
class Suggestion:
    """One entry of the completion list."""

    name: str
    position: str = ""
    organization: str = ""
    is_group: bool = False


def matches(prefix: str, name: str) -> bool:
    """Return True when a word of ``name`` (diacritics and case ignored) starts with ``prefix``."""
    key = fold_key(prefix)
    if not key:
        return True
    folded = fold_key(name)
    return folded.startswith(key) or f" {key}" in f" {folded}"


class PeopleDirectory:
    """Suggests names: the meeting's own people first, then the database's people directory."""

    def __init__(
        self, people: Callable[[str], list[PersonEntry]] | None, meeting: Callable[[], Meeting]
    ) -> None:
        self._people = people
        self._meeting = meeting

    def _from_meeting(self, *, voices: bool) -> list[Suggestion]:
        meeting = self._meeting()
        found: list[Suggestion] = []
        for person in (meeting.chair, meeting.secretary):
            if person.name.strip():
                found.append(Suggestion(person.name, person.position))
        for attendee in meeting.attendees:
            if attendee.is_group:
                if voices and (attendee.group or "").strip():
                    found.append(Suggestion(attendee.group or "", is_group=True))
            elif attendee.name.strip():
                found.append(Suggestion(attendee.name, attendee.position, attendee.organization))
        if voices:
            found.extend(Suggestion(v, is_group=True) for v in standard_voices())
        return found

    def suggestions(
        self, prefix: str, *, voices: bool = False, limit: int = 30
    ) -> list[Suggestion]:
        """Return suggestions whose name has a word starting with ``prefix``, each name once."""
        seen: set[str] = set()
        out: list[Suggestion] = []

        def add(s: Suggestion) -> None:
            if s.name not in seen and matches(prefix, s.name):
                seen.add(s.name)
                out.append(s)

        for suggestion in self._from_meeting(voices=voices):
            add(suggestion)
        if self._people is not None:
            try:
                entries = self._people(prefix)
            except Exception:  # a directory problem must never stop typing
                log.exception("people directory lookup failed")
                entries = []
            for entry in entries:
                add(
                    Suggestion(
                        entry.name,
                        entry.positions[0] if entry.positions else "",
                        entry.organization,
                    )
                )
        return out[:limit]

    def lookup(self, name: str, *, voices: bool = False) -> Suggestion | None:
        """Return the suggestion named exactly ``name`` (case and spacing ignored), if any."""
        key = " ".join(name.split()).casefold()
        if not key:
            return None
        for suggestion in self.suggestions(name, voices=voices, limit=200):
            if " ".join(suggestion.name.split()).casefold() == key:
                return suggestion
        return None


class NameCompleter(QCompleter):
    """A completer whose list follows the text typed, matched without diacritics on any word."""

    def _hide_popup(self) -> None:
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def __init__(
        self,
        directory: PeopleDirectory,
        line_edit: QLineEdit,
        *,
        voices: bool = False,
        parent: QObject | None = None,
    ) -> None:
        self._model = QStringListModel()
        super().__init__(self._model, parent or line_edit)
        self.directory = directory
        self.voices = voices
        self.current: list[Suggestion] = []
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # We filter ourselves (diacritics-insensitive, any word); the completer only shows.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self._line_edit = line_edit
        line_edit.setCompleter(self)
        line_edit.textEdited.connect(self.update_for)

    def update_for(self, text: str) -> None:
        """Refresh the list for ``text`` and show it when there is something to offer."""
        if not text.strip():
            self.current = []
            self._model.setStringList([])
            self._hide_popup()
            return
        self.current = self.directory.suggestions(text, voices=self.voices)
        names = [s.name for s in self.current]
        if names == [text]:
            names = []
        self._model.setStringList(names)
        if names and self._line_edit.hasFocus():
            self.complete()
        else:
            self._hide_popup()

    def suggestion(self, name: str) -> Suggestion | None:
        """Return the suggestion behind a completion text."""
        for s in self.current:
            if s.name == name:
                return s
        return self.directory.lookup(name, voices=self.voices)
