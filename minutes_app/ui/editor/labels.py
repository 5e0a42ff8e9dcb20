"""The editor's names of the meeting's fields, for undo entries and the problems lists.

The names come from the one field table (``domain.fields``), in the interface language.
"""

from __future__ import annotations

from minutes_app.domain.fields import editor_label
from minutes_app.ui.i18n import current_language

#: Undo entries: what was done to the field or list (Vietnamese, English).
_ACTIONS = {
    "edit": ("Sửa {where}", "Edit {where}"),
    "add": ("Thêm vào {where}", "Add to {where}"),
    "remove": ("Xóa khỏi {where}", "Remove from {where}"),
    "move": ("Sắp xếp lại {where}", "Reorder {where}"),
}


def describe_path(path: str) -> str:
    """Return where ``path`` is, in words: ``Nội dung 3, ý kiến 1: Người phát biểu``."""
    return editor_label(path, current_language())


def field_label(path: str, action: str = "edit") -> str:
    """Return the undo entry text for an edit of ``path``: ``Sửa Tên cuộc họp``."""
    language = current_language()
    vi, en = _ACTIONS.get(action, _ACTIONS["edit"])
    return (en if language == "en" else vi).format(where=editor_label(path, language))
