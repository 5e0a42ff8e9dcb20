"""Readable, field-level differences between two versions of a meeting, with Vietnamese labels."""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from minutes_app.domain.interchange import to_dict
from minutes_app.domain.model import Meeting

# key -> (Vietnamese, English); list keys label their items with the singular.
_LABELS: dict[str, tuple[str, str]] = {
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
    "membership": ("Đảng viên chính thức, dự bị hay quần chúng", "Party membership"),
    "purpose": ("Loại biểu quyết", "Kind of vote"),
    "form_of_address": ("Cách gọi người dự", "Form of address"),
}
# Labels that depend on where the key stands (a meeting's title is not an item's title).
_OVERRIDES: dict[tuple[str | int, ...], tuple[str, str]] = {
    ("title",): ("Tên cuộc họp (trích yếu)", "Meeting title"),
    ("conclusion",): ("Kết luận chung", "Overall conclusion"),
    ("issuer", "name"): ("Tên cơ quan", "Body name"),
}
_IGNORED = {"format", "version"}


@dataclass(frozen=True)
class FieldChange:
    """One changed field: where, its label, and the old and new values as text (None = absent)."""

    path: str
    label_vi: str
    label_en: str
    old: str | None
    new: str | None

    @property
    def kind(self) -> str:
        """Return ``added``, ``removed`` or ``changed``."""
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"

    def text(self) -> str:
        """Return one readable Vietnamese line for this change."""
        if self.old is None:
            return f"{self.label_vi}: thêm «{self.new}»"
        if self.new is None:
            return f"{self.label_vi}: xoá «{self.old}»"
        return f"{self.label_vi}: «{self.old}» → «{self.new}»"


def _show(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "group", "title", "subject", "description"):
            found = value.get(key)
            if isinstance(found, str) and found:
                return found
        if "speaker" in value:
            return f"{_show(value['speaker'])}: {_show(value.get('content', ''))}"
    return json.dumps(value, ensure_ascii=False)


def _label(path: list[str | int]) -> tuple[str, str]:
    vi_parts: list[str] = []
    en_parts: list[str] = []
    for i, part in enumerate(path):
        if isinstance(part, int):
            vi_parts[-1] += f" {part + 1}"
            en_parts[-1] += f" {part + 1}"
            continue
        key = tuple(path[: i + 1])
        vi, en = _OVERRIDES.get(key, _LABELS.get(part, (part, part)))
        vi_parts.append(vi)
        en_parts.append(en)
    return " › ".join(vi_parts), " › ".join(en_parts)


def _path_text(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _walk(old: Any, new: Any, path: list[str | int], out: list[FieldChange]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        keys = list(old) + [k for k in new if k not in old]
        for key in keys:
            if not path and key in _IGNORED:
                continue
            _walk(old.get(key), new.get(key), [*path, key], out)
        return
    if isinstance(old, list) and isinstance(new, list):
        encode = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in old]
        encode_new = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in new]
        matcher = SequenceMatcher(a=encode, b=encode_new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for k in range(paired):
                _walk(old[i1 + k], new[j1 + k], [*path, j1 + k], out)
            for k in range(i1 + paired, i2):
                _record(old[k], None, [*path, k], out)
            for k in range(j1 + paired, j2):
                _record(None, new[k], [*path, k], out)
        return
    _record(old, new, path, out)


def _record(old: Any, new: Any, path: list[str | int], out: list[FieldChange]) -> None:
    vi, en = _label(path)
    out.append(FieldChange(_path_text(path), vi, en, _show(old), _show(new)))


def diff_dicts(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """Return the field changes between two interchange documents."""
    out: list[FieldChange] = []
    _walk(old, new, [], out)
    return out


def diff_meetings(old: Meeting, new: Meeting) -> list[FieldChange]:
    """Return the field changes from ``old`` to ``new``, in document order."""
    return diff_dicts(to_dict(old), to_dict(new))
