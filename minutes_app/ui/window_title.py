"""The window's title: the meeting being edited, or the body whose minutes are listed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from minutes_app.ui.editor_protocol import Editor


def body_name(issuers: Iterable[str]) -> str:
    """Return the body most of the listed minutes come from ("" when none is named)."""
    counts = Counter(name.strip() for name in issuers if name.strip())
    return counts.most_common(1)[0][0] if counts else ""


def meeting_heading(editor: Editor) -> str:
    """Return ``title — issuer`` of the meeting an editor shows ("" when it cannot say).

    Called on every keystroke: it reads the two fields, never a copy of the meeting.
    """
    try:
        title = str(editor.meeting_title()).strip()
        issuer = str(editor.meeting_issuer()).strip()
    except Exception:  # an editor without a meeting (placeholder) names nothing
        return ""
    title = title or QCoreApplication.translate("MainWindow", "(chưa có tên)")
    return f"{title} — {issuer}" if issuer else title


def window_title(heading: str, body: str) -> str:
    """Return the title: the meeting (or else the body), then the application's name."""
    name = QCoreApplication.translate("MainWindow", "Biên bản cuộc họp")
    first = heading or body
    return f"{first} — {name}[*]" if first else f"{name}[*]"
