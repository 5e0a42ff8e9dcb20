"""Turn what PostgreSQL refused into the store's own errors, worded as the SQLite store words them.

The office functions raise SQLSTATE codes ``MA001``… with a machine-readable DETAIL; the
messages are built here from the same helpers the SQLite store uses, so a user reads the same
sentence whichever backend refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import psycopg

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action, WorkflowError, apply
from minutes_app.store import register
from minutes_app.store.comments import _not_found as comment_not_found
from minutes_app.store.errors import (
    DatabaseUnavailable,
    InvalidMeeting,
    InvalidPart,
    InvalidText,
    PermissionDenied,
    StoreError,
)
from minutes_app.store.postgres.connection import is_unreachable, unreachable
from minutes_app.store.postgres.target import OfficeTarget
from minutes_app.store.tables import Tables
from minutes_app.store.workflow import self_approval_refused

ROLE_NAMES_VI = {
    "secretary": "thư ký",
    "chair": "chủ trì",
    "clerk": "văn thư",
    "admin": "quản trị",
}

_WHAT_VI = {
    "creating or importing minutes": "tạo hoặc nhập biên bản",
    "importing approved minutes": "nhập biên bản đã duyệt",
    "editing minutes": "sửa biên bản",
    "deleting minutes": "xóa biên bản",
    "submitting minutes": "trình duyệt biên bản",
    "the step return": "trả lại biên bản",
    "the step approve": "duyệt biên bản",
    "the step reopen": "mở lại biên bản",
    "commenting": "góp ý",
    "resolving comments": "đánh dấu ý kiến đã giải quyết",
    "setting a term": "đặt nhiệm kỳ",
    "changing the database's settings": "đổi cài đặt của cơ sở dữ liệu",
    "recording signatures": "ghi nhận chữ ký số",
    "trusting a certificate authority": "thêm tổ chức chứng thực tin cậy",
    "removing a certificate authority": "bỏ tổ chức chứng thực tin cậy",
    "managing users": "quản lý người dùng",
}


@dataclass
class Context:
    """What a refusal's message needs to name: the meeting, the step, who acted."""

    tables: Tables
    target: OfficeTarget
    login: str = ""
    meeting_id: int | None = None
    expected_version: int | None = None
    meeting: Meeting | None = None
    step: Action | None = None
    note: str = ""
    start: dt.date | None = None
    issuer: str = ""


def permission_denied(login: str, roles: list[str], what: str, where: str) -> PermissionDenied:
    """Return the refusal of a step the login's office role does not allow."""
    roles_vi = " hoặc ".join(ROLE_NAMES_VI.get(r, r) for r in roles) or "phù hợp"
    roles_en = " or ".join(roles) or "a suitable"
    what_vi = _WHAT_VI.get(what, what or "thay đổi này")
    return PermissionDenied(
        f"tài khoản {login} không được {what_vi}: cần vai trò {roles_vi} (cơ sở dữ liệu từ "
        "chối; người quản trị cấp vai trò bằng «office add-user»)",
        f"the login {login} may not do this ({what or 'this change'}): it needs the {roles_en} "
        "role (refused by the database; an admin grants roles with 'office add-user')",
        where,
        tuple(roles),
    )


def translate(exc: psycopg.Error, ctx: Context) -> Exception:
    """Return the store error (or ``WorkflowError``) a refused call is reported as."""
    where = ctx.target.display
    if is_unreachable(exc):
        return unreachable(ctx.target, str(exc))
    code = exc.sqlstate or ""
    diag = exc.diag
    detail = diag.message_detail or ""
    message = diag.message_primary or str(exc)
    if code == "42501":
        roles, _sep, what = detail.partition(";")
        return permission_denied(ctx.login or "?", [r for r in roles.split(",") if r], what, where)
    if code == "MA001" and ctx.meeting_id is not None:
        return ctx.tables.stale(ctx.meeting_id, int(detail or 0), ctx.expected_version)
    if code == "MA002":
        return ctx.tables.not_found(int(detail) if detail.isdigit() else ctx.meeting_id or 0)
    if code == "MA003" and ctx.meeting_id is not None:
        return ctx.tables.read_only(ctx.meeting_id, detail)
    if code == "MA004" and ctx.meeting_id is not None:
        return ctx.tables.in_review(ctx.meeting_id, detail)
    if code == "MA005" and ctx.step is not None:
        try:
            apply(Status(detail), ctx.step, ctx.login or "?", ctx.note)
        except (WorkflowError, ValueError) as refused:
            return refused
        return WorkflowError(message, message)
    if code == "MA006":
        return self_approval_refused(detail or ctx.login)
    if code in ("MA007", "MA008", "MA009", "MA010") and ctx.meeting is not None:
        data = json.loads(detail or "{}")
        period = str(data.get("period", ""))
        if code == "MA007":
            return register.invalid_number(str(data["text"]), int(data["following"]), where)
        if code == "MA008":
            return register.number_jump(
                str(data["text"]), int(data["following"]), ctx.meeting, period, where
            )
        if code == "MA010":
            return register.register_full(ctx.meeting, period, where)
        numbered = dataclasses.replace(ctx.meeting, number=str(data.get("number", "")))
        return register.duplicate_number(
            numbered,
            period,
            data.get("holder"),
            str(data.get("title", "")),
            str(data.get("date", "")),
            where,
        )
    if code == "MA011" and ctx.start is not None:
        data = json.loads(detail or "{}")
        if data.get("kind") == "clash":
            return register.term_clash(
                ctx.start, [(int(n), str(p)) for n, p in data.get("rows", [])], where
            )
        moving = [
            (int(r["number"]), str(r["period"]), str(r["date"])) for r in data.get("rows", [])
        ]
        return register.term_in_use(ctx.issuer, ctx.start, moving, where)
    if code == "MA012":
        return comment_not_found(ctx.tables, int(detail) if detail.isdigit() else 0, ctx.meeting_id)
    if code == "MA013":
        return InvalidPart(
            f"phần «{detail}» không có trong biên bản",
            f"the part {detail!r} is not in the minutes",
            where,
        )
    if code == "MA014":
        return InvalidMeeting(
            f"cơ sở dữ liệu từ chối: {message}", f"the database refused: {message}"
        )
    if code == "MA015":
        return InvalidText(
            f"{detail or 'văn bản'} chứa ký tự điều khiển hoặc ký tự định hướng không được phép",
            f"{detail or 'the text'} holds control or text-direction characters that are not allowed",
            where,
        )
    if code == "MA016":
        return StoreError("ý kiến trống", "the comment is empty", where)
    if code == "MA018":
        return StoreError(
            "cần tên hoặc tên viết tắt của cơ quan và ngày bắt đầu hợp lệ",
            "the body's name or abbreviation and a valid start date are needed",
            where,
        )
    if code == "MA900" or code.startswith("23"):
        return StoreError(
            f"cơ sở dữ liệu từ chối thay đổi này ({message}); không có gì thay đổi",
            f"the database refused this change ({message}); nothing was changed",
            where,
        )
    return DatabaseUnavailable(
        f"lỗi cơ sở dữ liệu ({message})", f"database error ({message})", where
    )
