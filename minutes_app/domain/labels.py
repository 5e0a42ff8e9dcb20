"""What stored codes are called on screen: field paths, audit actions, workflow steps, comment parts."""

from __future__ import annotations

import datetime as dt
import re

from minutes_app.domain.model import Status

#: Field names of the interchange document -> (Vietnamese, English); a list's items take the
#: singular and their number ("Nội dung 2").
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "profile": ("Thể thức", "Layout"),
    "issuer": ("Cơ quan ban hành", "Issuing body"),
    "parent": ("Cơ quan cấp trên", "Parent body"),
    "abbreviation": ("Tên viết tắt", "Abbreviation"),
    "number": ("Số", "Number"),
    "symbol": ("Ký hiệu", "Symbol"),
    "place": ("Địa danh", "Place"),
    "date": ("Ngày", "Date"),
    "title": ("Tiêu đề", "Title"),
    "kind": ("Loại cuộc họp", "Kind"),
    "start": ("Thời gian bắt đầu", "Start"),
    "end": ("Thời gian kết thúc", "End"),
    "location": ("Địa điểm", "Location"),
    "chair": ("Chủ trì", "Chair"),
    "secretary": ("Thư ký", "Secretary"),
    "name": ("Họ tên", "Name"),
    "position": ("Chức vụ", "Position"),
    "organization": ("Đơn vị", "Organisation"),
    "role": ("Vai trò", "Role"),
    "attendance": ("Tình trạng dự họp", "Attendance"),
    "reason": ("Lý do", "Reason"),
    "group": ("Nhóm", "Group"),
    "count": ("Số người", "Count"),
    "attendees": ("Người dự", "Attendee"),
    "agenda": ("Nội dung", "Agenda item"),
    "presenter": ("Người trình bày", "Presenter"),
    "statements": ("Ý kiến", "Statement"),
    "speaker": ("Người phát biểu", "Speaker"),
    "content": ("Nội dung phát biểu", "Content"),
    "conclusion": ("Kết luận", "Conclusion"),
    "votes": ("Biểu quyết", "Vote"),
    "subject": ("Nội dung biểu quyết", "Subject"),
    "in_favour": ("Tán thành", "In favour"),
    "against": ("Không tán thành", "Against"),
    "abstain": ("Không biểu quyết", "Abstain"),
    "eligible": ("Số người có quyền biểu quyết", "Eligible"),
    "tasks": ("Nhiệm vụ", "Task"),
    "description": ("Nội dung nhiệm vụ", "Description"),
    "owner": ("Người/đơn vị thực hiện", "Owner"),
    "due": ("Thời hạn", "Due"),
    "closing": ("Lời kết thúc", "Closing"),
    "recipients": ("Nơi nhận", "Recipient"),
    "copies": ("Số bản", "Copies"),
    "status": ("Trạng thái", "Status"),
    "signature": ("Chữ ký", "Signature"),
    "secretary_label": ("Nhãn chữ ký thư ký", "Secretary's label"),
    "chair_label": ("Nhãn chữ ký chủ trì", "Chair's label"),
    "chair_prefix": ("Thẩm quyền ký", "Signing prefix"),
    "chair_title": ("Chức vụ người ký", "Chair's title"),
    "show_place_date": ("In dòng địa danh, ngày", "Print the place and date line"),
    "show_statement_times": ("In giờ phát biểu", "Print the time of each statement"),
    "arrived": ("Giờ đến", "Arrived at"),
    "time": ("Giờ phát biểu", "Time of the statement"),
    "scratch": ("Ghi chú nháp (không in)", "Scratch note (not printed)"),
    "membership": ("Đảng viên chính thức, dự bị hay quần chúng", "Party membership"),
    "purpose": ("Loại biểu quyết", "Kind of vote"),
    "form_of_address": ("Cách gọi người dự", "Form of address"),
}
# Labels that depend on where the key stands (a meeting's title is not an item's title).
FIELD_OVERRIDES: dict[tuple[str | int, ...], tuple[str, str]] = {
    ("title",): ("Tên cuộc họp (trích yếu)", "Meeting title"),
    ("conclusion",): ("Kết luận chung", "Overall conclusion"),
    ("issuer", "name"): ("Tên cơ quan", "Body name"),
}
#: Fields whose stored value is ``true`` / ``false``.
BOOLEAN_FIELDS = frozenset({"show_place_date", "show_statement_times"})

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]|\.")

#: The actions of the audit log: the workflow steps and the edits of a meeting.
AUDIT_ACTIONS: dict[str, tuple[str, str]] = {
    "create": ("Tạo", "Created"),
    "import": ("Nhập từ tệp", "Imported"),
    "update": ("Sửa", "Edited"),
    "delete": ("Xoá", "Deleted"),
    "submit": ("Trình duyệt", "Submitted"),
    "return": ("Trả lại", "Returned"),
    "approve": ("Duyệt", "Approved"),
    "reopen": ("Mở lại", "Reopened"),
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


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def path_steps(path: str) -> list[str | int]:
    """Return the keys and indexes of a field path: ``agenda[1].title`` -> ``["agenda", 1, "title"]``.

    Anything that is not a field path gives the whole text as one key.
    """
    steps: list[str | int] = []
    pos = 0
    while pos < len(path):
        match = _STEP.match(path, pos)
        if match is None:
            return [path]
        if match.group(1) is not None:
            steps.append(match.group(1))
        elif match.group(2) is not None:
            steps.append(int(match.group(2)))
        pos = match.end()
    return steps


def field_labels(steps: list[str | int]) -> tuple[str, str]:
    """Return the Vietnamese and English labels of a field path given as its steps."""
    vi_parts: list[str] = []
    en_parts: list[str] = []
    for i, part in enumerate(steps):
        if isinstance(part, int):
            if vi_parts:
                vi_parts[-1] += f" {part + 1}"
                en_parts[-1] += f" {part + 1}"
            continue
        key = tuple(steps[: i + 1])
        vi, en = FIELD_OVERRIDES.get(key, FIELD_LABELS.get(part, (part, part)))
        vi_parts.append(vi)
        en_parts.append(en)
    return " › ".join(vi_parts), " › ".join(en_parts)


def field_label(path: str, language: str = "vi") -> str:
    """Return the label of a stored field path (``votes[0].in_favour`` -> ``Biểu quyết 1 › Tán thành``)."""
    vi, en = field_labels(path_steps(path))
    return en if language == "en" else vi


def value_text(path: str, value: str | None, language: str = "vi") -> str | None:
    """Return a stored value as shown: ``true``/``false`` of a yes-no field as có/không (yes/no)."""
    steps = path_steps(path)
    if value in ("true", "false") and steps and steps[-1] in BOOLEAN_FIELDS:
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
        return f"{label}: {'removed' if language == 'en' else 'xoá'} «{shown_old}»"
    return f"{label}: «{shown_old}» → «{shown_new}»"


def audit_action_label(action: str, language: str = "vi") -> str:
    """Return the name of an audit-log action; an unknown code is shown as it is."""
    pair = AUDIT_ACTIONS.get(action)
    return _pick(pair, language) if pair else action


def step_label(action: str, language: str = "vi") -> str:
    """Return the name of a workflow step of the history; an unknown code is shown as it is."""
    pair = STEPS.get(action)
    return _pick(pair, language) if pair else action


def status_label(status: Status | str, language: str = "vi") -> str:
    """Return the name of a workflow status; an unknown code is shown as it is."""
    try:
        return _pick(STATUSES[Status(status)], language)
    except ValueError:
        return str(status)


_PART = re.compile(
    r"^(meeting|agenda\[([0-9]+)\](\.statements\[([0-9]+)\])?|votes\[([0-9]+)\]|tasks\[([0-9]+)\])$"
)


def part_label(part: str, language: str = "vi") -> str:
    """Return the label of a comment's part: ``Nội dung 1 › Ý kiến 2`` (``Agenda item 1 › Statement 2``)."""
    en = language == "en"
    match = _PART.match(part)
    if not match or part == "meeting":
        return "The whole minutes" if en else "Toàn bộ biên bản"
    if match.group(2) is not None:
        label = f"{'Agenda item' if en else 'Nội dung'} {int(match.group(2)) + 1}"
        if match.group(4) is not None:
            label += f" › {'Statement' if en else 'Ý kiến'} {int(match.group(4)) + 1}"
        return label
    if match.group(5) is not None:
        return f"{'Vote' if en else 'Biểu quyết'} {int(match.group(5)) + 1}"
    return f"{'Task' if en else 'Nhiệm vụ'} {int(match.group(6) or 0) + 1}"


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
