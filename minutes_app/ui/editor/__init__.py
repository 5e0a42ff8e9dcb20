"""The meeting editor widget: every field of a meeting, undoable, autosaved, validated inline."""

from minutes_app.ui.editor.editor import MeetingEditor

__all__ = ["MeetingEditor"]
