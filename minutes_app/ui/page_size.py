"""Stacks of pages that take the room of the page shown, not of their largest page.

A ``QStackedWidget`` (and the page stack inside a ``QTabWidget``) asks for the minimum size of
its largest page, shown or not, and for the largest height any page needs at a width: the
attendee section's row of buttons and the review page's workflow bar made a meeting's window
at least 1336 px wide, more than a 1366×768 laptop's screen leaves, and the live mode's height
stayed on after it was left. ``follow_current_page`` gives every hidden page an ``Ignored``
size policy (which a stack's layout leaves out of its minimum) and the page shown its own
policy again; ``PageStack`` also answers the height for a width from the page shown only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QWidget

_POLICY = "_minutes_own_size_policy"  # a page's own policy, kept while it is hidden


class PageStack(QStackedWidget):
    """A stacked widget that asks for the room of the page shown only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_current_page(self)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        page = self.currentWidget()
        if page is None or not page.hasHeightForWidth():
            return -1
        return page.heightForWidth(width)


def follow_current_page(stack: QStackedWidget | QTabWidget) -> None:
    """Make ``stack`` ask for the room of its current page only, now and after each change."""

    def update(_index: int = -1) -> None:
        current = stack.currentWidget()
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is not None:
                _set_hidden(page, page is not current)
        stack.updateGeometry()

    stack.currentChanged.connect(update)
    update()


def _set_hidden(page: QWidget, hidden: bool) -> None:
    own = page.property(_POLICY)
    if hidden:
        if own is None:
            page.setProperty(_POLICY, page.sizePolicy())
        ignored = QSizePolicy.Policy.Ignored
        page.setSizePolicy(ignored, ignored)
    elif isinstance(own, QSizePolicy):
        page.setSizePolicy(own)
        page.setProperty(_POLICY, None)
