"""What stored codes are called on screen: field paths (by ``domain.fields``), audit actions,
workflow steps, comment parts."""

from __future__ import annotations

import datetime as dt

from minutes_app.domain.fields import Kind, path_steps, record_labels, row_for
from minutes_app.domain.fields import part_label as part_label  # re-exported with the labels
from minutes_app.domain.model import (
    Attendance,
    FormOfAddress,
    Membership,
    Profile,
    Role,
    Status,
    VotePurpose,
)

#: The actions of the audit log: the workflow steps and the edits of a meeting.
AUDIT_ACTIONS: dict[str, tuple[str, str]] = {
    "create": ("Tạo", "Created"),
    "import": ("Nhập từ tệp", "Imported"),
    "update": ("Sửa", "Edited"),
    "delete": ("Xóa", "Deleted"),
    "submit": ("Trình duyệt", "Submitted"),
    "return": ("Trả lại", "Returned"),
    "approve": ("Duyệt", "Approved"),
    "reopen": ("Mở lại", "Reopened"),
    "review-accept": ("Chấp nhận góp ý (Word)", "Accepted a review change (Word)"),
}
#: The steps of the workflow history (``workflow_events.action``).
STEPS: dict[str, tuple[str, str]] = {
    "submit": ("Trình duyệt", "Submitted for review"),
    "return": ("Trả lại", "Returned"),
    "approve": ("Duyệt", "Approved"),
    "reopen": ("Mở lại", "Reopened"),
    "import": ("Nhập ở trạng thái đã duyệt", "Imported as approved"),
}
STATUSES: dict[Status, tuple[str, str]] = {
    Status.DRAFT: ("Bản nháp", "Draft"),
    Status.IN_REVIEW: ("Chờ duyệt", "In review"),
    Status.APPROVED: ("Đã duyệt", "Approved"),
}
#: The names of the other choice fields' values, as the editor offers them.
CHOICES: dict[object, tuple[str, str]] = {
    Profile.STATE: ("Nhà nước (Nghị định 30/2020/NĐ-CP)", "State (Decree 30/2020/NĐ-CP)"),
    Profile.PARTY: ("Đảng (Hướng dẫn 36-HD/VPTW)", "Party (Guideline 36-HD/VPTW)"),
    Role.MEMBER: ("Thành viên", "Member"),
    Role.GUEST: ("Khách mời", "Guest"),
    Attendance.PRESENT: ("Có mặt", "Present"),
    Attendance.LATE: ("Đến muộn", "Late"),
    Attendance.ABSENT_EXCUSED: ("Vắng có lý do", "Absent with a reason"),
    Attendance.ABSENT: ("Vắng không lý do", "Absent without a reason"),
    Membership.OFFICIAL: ("Chính thức", "Full member"),
    Membership.PROBATIONARY: ("Dự bị", "Probationary member"),
    Membership.NON_MEMBER: ("Quần chúng", "Not a member"),
    FormOfAddress.COMRADE: ("Đồng chí", "Comrade (đồng chí)"),
    FormOfAddress.MR_MS: ("Ông/Bà, như đã gõ trước tên", "Mr/Ms, as typed before the name"),
    FormOfAddress.NONE: ("Không ghi, chỉ họ tên", "None: the name only"),
    VotePurpose.ORDINARY: ("Thông thường", "Ordinary"),
    VotePurpose.ADMISSION: ("Kết nạp đảng viên", "Admission of a Party member"),
}
#: A draft whose latest review step was a return ("Trả lại"), as the list shows it.
RETURNED_LABEL = "Bị trả lại"


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def field_labels(steps: list[str | int]) -> tuple[str, str]:
    """Return the Vietnamese and English labels of a field path given as its steps."""
    return record_labels(steps)


def field_label(path: str, language: str = "vi") -> str:
    """Return the label of a stored field path (``votes[0].in_favour`` -> ``Biểu quyết 1 › Tán thành``)."""
    vi, en = record_labels(path_steps(path))
    return en if language == "en" else vi


def value_text(path: str, value: str | None, language: str = "vi") -> str | None:
    """Return a stored value as shown: ``true``/``false`` of a yes-no field as có/không (yes/no),
    a status or another choice by its name (``approved`` as Đã duyệt / Approved, ``late`` as
    Đến muộn / Late); an unknown code is shown as it is."""
    row = row_for(path_steps(path))
    if value is not None and row is not None and row.value_type is Status:
        return status_label(value, language)
    if value is not None and row is not None and row.kind is Kind.CHOICE:
        return choice_label(row.value_type, value, language)
    if value in ("true", "false") and row is not None and row.kind is Kind.FLAG:
        yes = value == "true"
        if language == "en":
            return "yes" if yes else "no"
        return "có" if yes else "không"
    return value


def change_text(path: str, old: str | None, new: str | None, language: str = "vi") -> str:
    """Return one readable line of a field change: ``Label: «old» → «new»``."""
    label = field_label(path, language)
    shown_old, shown_new = value_text(path, old, language), value_text(path, new, language)
    if shown_old is None:
        return f"{label}: {'added' if language == 'en' else 'thêm'} «{shown_new}»"
    if shown_new is None:
        return f"{label}: {'removed' if language == 'en' else 'xóa'} «{shown_old}»"
    return f"{label}: «{shown_old}» → «{shown_new}»"


def audit_action_label(action: str, language: str = "vi") -> str:
    """Return the name of an audit-log action; an unknown code is shown as it is."""
    pair = AUDIT_ACTIONS.get(action)
    return _pick(pair, language) if pair else action


def step_label(action: str, language: str = "vi") -> str:
    """Return the name of a workflow step of the history; an unknown code is shown as it is."""
    pair = STEPS.get(action)
    return _pick(pair, language) if pair else action


def choice_label(kind: type, value: object, language: str = "vi") -> str:
    """Return the name of a value of the choice type ``kind`` (``Attendance``, ``Role`` …);
    a value the type does not have is shown as it is."""
    try:
        member = kind(value)
    except (TypeError, ValueError):
        return str(value)
    pair = CHOICES.get(member)
    return _pick(pair, language) if pair else str(value)


def status_label(status: Status | str, language: str = "vi") -> str:
    """Return the name of a workflow status; an unknown code is shown as it is."""
    try:
        return _pick(STATUSES[Status(status)], language)
    except ValueError:
        return str(status)


def period_text(key: str, language: str = "vi") -> str:
    """Return a numbering period: ``năm 2026`` / ``nhiệm kỳ từ 01/10/2020`` (``year 2026`` …)."""
    en = language == "en"
    if key.startswith("term:"):
        try:
            start = dt.date.fromisoformat(key[5:])
        except ValueError:
            return key
        when = f"{start.day:02d}/{start.month:02d}/{start.year}"
        return f"term from {when}" if en else f"nhiệm kỳ từ {when}"
    return f"year {key}" if en else f"năm {key}"


def series_label(issuer: str, abbreviation: str, period: str, language: str = "vi") -> str:
    """Return the heading of one register series: ``UBND XÃ A (UBND), năm 2026``."""
    abbr = f" ({abbreviation})" if abbreviation else ""
    return f"{issuer}{abbr}, {period_text(period, language)}"
