"""One word for each review status, everywhere in the window (list, review page, editor, batch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.model import Status


def status_label(status: Status, *, returned: bool = False) -> str:
    """Return the label of a review status; a draft the reviewer sent back is "Bị trả lại"."""
    if returned and status is Status.DRAFT:
        return QCoreApplication.translate("MeetingListModel", "Bị trả lại")
    labels = {
        Status.DRAFT: QCoreApplication.translate("MeetingListModel", "Bản nháp"),
        Status.IN_REVIEW: QCoreApplication.translate("MeetingListModel", "Chờ duyệt"),
        Status.APPROVED: QCoreApplication.translate("MeetingListModel", "Đã duyệt"),
    }
    return labels.get(status, str(status))


def returned_text(comment: str, by: str = "") -> str:
    """Return the line that shows why the minutes came back: the reviewer's comment."""
    if by:
        return (
            QCoreApplication.translate("MeetingListModel", "Bị trả lại — ý kiến của %1: %2")
            .replace("%1", by)
            .replace("%2", comment)
        )
    return QCoreApplication.translate("MeetingListModel", "Bị trả lại — ý kiến: %1").replace(
        "%1", comment
    )
