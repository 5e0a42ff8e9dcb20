"""A page of the review panel that reads the database only while it is shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from minutes_app.domain.errors import message
from minutes_app.ui.context import AppContext


def is_shown(widget: QWidget) -> bool:
    """Return True when ``widget`` is on screen, or would be once its window is shown.

    A page behind another tab (of the panel, of the side panel, of the window) is not shown.
    """
    window = widget.window()
    return widget.isVisible() if window is widget else widget.isVisibleTo(window)


def report(context: AppContext, title: str, exc: BaseException) -> None:
    """Tell the user ``exc`` in the interface language (the raw text goes in the details)."""
    context.interaction.error(title, message(exc, context.language), str(exc))


class LazyPage(QWidget):
    """A page whose rows come from the database: read when shown, marked stale when hidden.

    ``refresh()`` reads only when the page is stale and shown; ``invalidate()`` says that what
    it shows changed (a save, a step, a comment): it reads now if shown, else when it is shown
    (the panel calls ``refresh()`` when its tab is chosen; a ``showEvent`` does too).
    """

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._id = meeting_id
        self._stale = True

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

    def refresh(self) -> bool:
        """Read the page's rows if they are stale and the page is shown; True when read."""
        if not self._stale or not is_shown(self):
            return False
        self._stale = False
        self.read()
        return True

    def read(self) -> None:
        """Read the page's rows from the database and show them."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()
