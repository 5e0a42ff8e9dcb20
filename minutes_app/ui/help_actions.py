"""The Help menu's jobs: the guide (F1 at the part for what is on screen), the first-start page,
About; and the interface language of the Options menu.

Neither part calls back into the window: ``HelpActions`` reads what is on screen from the tabs
it was given and the focus of its parent widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from minutes_app.ui.context import AppContext
from minutes_app.ui.help import FirstStartGuide, HelpWindow, anchor_for
from minutes_app.ui.meeting_tabs import MeetingTabs


class HelpActions(QObject):
    """The guide, the first-start page and the About dialog, shown over ``parent``.

    Owns the guide's window: one, made on first use and shown again after.
    """

    def __init__(self, context: AppContext, tabs: MeetingTabs, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = tabs
        self.over = parent
        self.help_window: HelpWindow | None = None

    def open_help(self, anchor: str | None = None) -> HelpWindow:
        """Show the guide (F1): at ``anchor``, else at the part for what is on screen."""
        if anchor is None:
            anchor = anchor_for(self.tabs.current_tab(), self.over.focusWidget())
        if self.help_window is None:
            self.help_window = HelpWindow(self.over)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.show_anchor(anchor)
        return self.help_window

    def show_first_start_guide(self) -> FirstStartGuide:
        """Show the short first-start page (again: the Help menu asks for it)."""
        guide = FirstStartGuide(self.over)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.guide_wanted.connect(self.open_help)
        guide.show()
        return guide

    def show_first_start_once(self) -> FirstStartGuide | None:
        """Show the first-start page once per user (not modal); return it when shown."""
        settings = self.context.settings
        if settings.first_start_guide_shown:
            return None
        settings.first_start_guide_shown = True
        return self.show_first_start_guide()

    def show_about(self) -> None:
        """Show the About dialog."""
        from minutes_app.ui.about_dialog import show_about

        show_about(self.over)


class LanguageChoice(QObject):
    """The interface language chosen in the Options menu: remembered, applied at the next start."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def choose(self, code: str) -> None:
        """Remember the interface language ("" follows the system); say when it applies."""
        if code == self.context.settings.language:
            return
        self.context.settings.language = code
        self.context.interaction.information(
            self.tr("Ngôn ngữ"),
            self.tr(
                "Ngôn ngữ mới sẽ được áp dụng khi khởi động lại ứng dụng.\n"
                "The new language applies when the application is restarted."
            ),
        )
