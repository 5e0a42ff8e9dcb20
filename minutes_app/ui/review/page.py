"""A page of the review panel that reads the database only while it is shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import shiboken6
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from minutes_app.domain.errors import MinutesError, message
from minutes_app.ui.context import AppContext

if TYPE_CHECKING:
    from minutes_app.store import Store
    from minutes_app.ui.tasks import TaskFailure

log = logging.getLogger(__name__)

T = TypeVar("T")


def is_shown(widget: QWidget) -> bool:
    """Return True when ``widget`` is on screen, or would be once its window is shown.

    A page behind another tab (of the panel, of the side panel, of the window) is not shown.
    """
    window = widget.window()
    return widget.isVisible() if window is widget else widget.isVisibleTo(window)


def report(context: AppContext, title: str, exc: BaseException) -> None:
    """Tell the user ``exc`` in the interface language (the raw text goes in the details)."""
    context.interaction.error(title, message(exc, context.language), str(exc))


class LazyPage(QWidget, Generic[T]):
    """A page whose rows come from the database: read when shown, marked stale when hidden.

    A page says what it reads (``query``: a function of the store, run on the UI thread's
    connection or on the task lane's own) and how it shows it (``show_rows``).
    ``refresh()`` reads only when the page is stale and shown; ``invalidate()`` says that what
    it shows changed (a step, a comment): it reads now if shown, else when it is shown (the
    panel refreshes the page when its tab is chosen; a ``showEvent`` does too). With
    ``in_background`` the read runs on the task lane, after the verbs started before it (the
    catch-up after a save), and the rows are shown when they arrive.
    """

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._id = meeting_id
        self._stale = True
        self._reads = 0  # reads started: only the latest one's rows are shown

    def is_stale(self) -> bool:
        """Return True when the page must read before it shows its rows again."""
        return self._stale

    def mark_stale(self) -> None:
        """Read again the next time the page is refreshed while shown."""
        self._stale = True

    def invalidate(self) -> None:
        """What the page shows changed: read it now if shown, else when shown."""
        self._stale = True
        self.refresh()

    def refresh(self, *, in_background: bool = False) -> bool:
        """Read the page's rows if they are stale and the page is shown; True when read."""
        if not self._stale or not is_shown(self):
            return False
        self.read(in_background=in_background)
        return True

    def read(self, *, in_background: bool = False) -> None:
        """Read the page's rows now, shown or not (on the task lane with ``in_background``)."""
        self._stale = False
        self._reads += 1
        reads = self._reads
        query = self.query()
        if in_background:
            self.context.tasks.run_query(
                self.context.db,
                query,
                on_done=lambda rows: self._arrived(reads, rows),
                on_error=lambda failure: self._failed(reads, failure),
            )
            return
        try:
            rows = query(self.context.db)
        except MinutesError as exc:
            self.show_error(exc)
            return
        self.show_rows(rows)

    def _arrived(self, reads: int, rows: T) -> None:
        if shiboken6.isValid(self) and reads == self._reads:
            self.show_rows(rows)

    def _failed(self, reads: int, failure: TaskFailure) -> None:
        if not failure.expected:
            log.error("reading %s failed:\n%s", type(self).__name__, failure.details)
        if shiboken6.isValid(self) and reads == self._reads:
            self.show_error(failure.exc)

    def query(self) -> Callable[[Store], T]:
        """Return what the page reads: a function of a store (it must not touch a widget)."""
        raise NotImplementedError

    def show_rows(self, rows: T) -> None:
        """Show what ``query`` read."""
        raise NotImplementedError

    def show_error(self, exc: BaseException) -> None:
        """Show that the rows could not be read (logged by default)."""
        log.warning("%s cannot read: %s", type(self).__name__, exc)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()
