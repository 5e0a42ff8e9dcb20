"""Vietnamese names of the meeting's fields, for undo entries and the problems lists."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingEditor", text)


def _names() -> dict[str, str]:
    # Built on each call so that a language switch takes effect without a restart.
    return {
        "profile": _tr("Thể thức"),
        "issuer": _tr("Cơ quan ban hành"),
        "issuer.name": _tr("Tên cơ quan ban hành"),
        "issuer.parent": _tr("Cơ quan cấp trên"),
        "issuer.abbreviation": _tr("Tên viết tắt"),
        "number": _tr("Số"),
        "symbol": _tr("Ký hiệu"),
        "place": _tr("Địa danh"),
        "date": _tr("Ngày"),
        "title": _tr("Tên cuộc họp"),
        "kind": _tr("Loại cuộc họp"),
        "start": _tr("Bắt đầu"),
        "end": _tr("Kết thúc"),
        "location": _tr("Địa điểm"),
        "chair.name": _tr("Chủ trì"),
        "chair.position": _tr("Chức vụ người chủ trì"),
        "secretary.name": _tr("Thư ký"),
        "secretary.position": _tr("Chức vụ thư ký"),
        "show_place_date": _tr("Dòng địa danh, ngày tháng"),
        "form_of_address": _tr("Cách gọi người dự"),
        "show_statement_times": _tr("In giờ phát biểu"),
        "attendees": _tr("Thành phần"),
        "agenda": _tr("Nội dung"),
        "conclusion": _tr("Kết luận"),
        "votes": _tr("Biểu quyết"),
        "tasks": _tr("Nhiệm vụ"),
        "closing": _tr("Câu kết thúc"),
        "recipients": _tr("Nơi nhận"),
        "copies": _tr("Số bản"),
        "signature.secretary_label": _tr("Chức danh ký bên thư ký"),
        "signature.chair_label": _tr("Chức danh ký bên chủ trì"),
        "signature.chair_prefix": _tr("Quyền hạn ký (TM., T/M)"),
        "signature.chair_title": _tr("Chức vụ người ký"),
        # fields of list rows
        "name": _tr("Họ tên"),
        "group": _tr("Tên nhóm"),
        "count": _tr("Số người"),
        "position": _tr("Chức vụ"),
        "organization": _tr("Đơn vị"),
        "role": _tr("Vai trò"),
        "attendance": _tr("Tham dự"),
        "reason": _tr("Lý do"),
        "membership": _tr("Đảng viên"),
        "arrived": _tr("Giờ đến"),
        "title@agenda": _tr("Tiêu đề"),
        "presenter": _tr("Người trình bày"),
        "presenter.name": _tr("Người trình bày"),
        "presenter.position": _tr("Chức vụ người trình bày"),
        "statements": _tr("Ý kiến phát biểu"),
        "speaker": _tr("Người phát biểu"),
        "speaker.name": _tr("Người phát biểu"),
        "speaker.group": _tr("Người phát biểu"),
        "speaker.position": _tr("Chức vụ người phát biểu"),
        "content": _tr("Nội dung phát biểu"),
        "conclusion@agenda": _tr("Kết luận nội dung"),
        "scratch": _tr("Ghi chú nháp"),
        "time": _tr("Giờ phát biểu"),
        "subject": _tr("Nội dung biểu quyết"),
        "in_favour": _tr("Tán thành"),
        "against": _tr("Không tán thành"),
        "abstain": _tr("Không biểu quyết"),
        "eligible": _tr("Số người có quyền biểu quyết"),
        "purpose": _tr("Loại biểu quyết"),
        "description": _tr("Nhiệm vụ"),
        "owner": _tr("Người thực hiện"),
        "due": _tr("Thời hạn"),
    }


_ROWS = {
    "attendees": QT_TRANSLATE_NOOP("MeetingEditor", "Thành phần, dòng {n}"),
    "agenda": QT_TRANSLATE_NOOP("MeetingEditor", "Nội dung {n}"),
    "statements": QT_TRANSLATE_NOOP("MeetingEditor", "ý kiến {n}"),
    "votes": QT_TRANSLATE_NOOP("MeetingEditor", "Biểu quyết {n}"),
    "tasks": QT_TRANSLATE_NOOP("MeetingEditor", "Nhiệm vụ {n}"),
    "recipients": QT_TRANSLATE_NOOP("MeetingEditor", "Nơi nhận, dòng {n}"),
}


def describe_path(path: str) -> str:
    """Return where ``path`` is, in words: ``Nội dung 3, ý kiến 1: Người phát biểu``."""
    names = _names()
    if path in names:
        return names[path]
    parts: list[str] = []
    rest = path
    in_agenda = False
    while True:
        match = re.match(r"([a-z_]+)\[(\d+)\]\.?", rest)
        if not match:
            break
        key, n = match.group(1), int(match.group(2)) + 1
        in_agenda = in_agenda or key == "agenda"
        parts.append(_tr(_ROWS.get(key, key + " {n}")).format(n=n))
        rest = rest[match.end() :]
    place = ", ".join(parts)
    if not rest:
        return place or path
    field = names.get(f"{rest}@agenda") if in_agenda and "." not in rest else None
    field = field or names.get(rest) or names.get(rest.rsplit(".", 1)[-1]) or rest
    return f"{place}: {field}" if place else field


def field_label(path: str, action: str = "edit") -> str:
    """Return the undo entry text for an edit of ``path``: ``Sửa Tên cuộc họp``."""
    where = describe_path(path)
    if action == "add":
        return _tr("Thêm vào {where}").format(where=where)
    if action == "remove":
        return _tr("Xoá khỏi {where}").format(where=where)
    if action == "move":
        return _tr("Sắp xếp lại {where}").format(where=where)
    return _tr("Sửa {where}").format(where=where)
