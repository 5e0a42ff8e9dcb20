"""Validation: every problem of a meeting at once, each with its field path and a bilingual message."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from minutes_app.domain.facts import attendance_counts, default_eligible
from minutes_app.domain.fields import any_index
from minutes_app.domain.fields import is_printed as is_printed  # re-exported: the typed texts
from minutes_app.domain.fields import text_fields as text_fields  # every check walks
from minutes_app.domain.model import Attendance, Meeting, Vote
from minutes_app.domain.problems import Problem as Problem  # re-exported: where callers find it
from minutes_app.domain.problems import Severity as Severity
from minutes_app.domain.problems import error as error
from minutes_app.domain.problems import warning as warning
from minutes_app.domain.register import MAX_NUMBER_DIGITS
from minutes_app.domain.text import (
    ascii_digits,
    count_vi,
    describe_character,
    forbidden_characters,
    short_date,
)


class Purpose(StrEnum):
    """What the meeting is checked for: saving a draft or exporting the official document."""

    SAVE = "save"
    EXPORT = "export"


def _blank(text: str) -> bool:
    return not text.strip()


def validate(meeting: Meeting, purpose: Purpose = Purpose.SAVE) -> list[Problem]:
    """Return every problem of ``meeting``; for export, missing essentials are errors, not warnings."""
    problems: list[Problem] = []
    exporting = purpose is Purpose.EXPORT

    def essential(path: str, vi: str, en: str) -> None:
        problems.append(error(path, vi, en) if exporting else warning(path, vi, en))

    for path, text in text_fields(meeting):
        bad = forbidden_characters(text)
        if bad:
            names = ", ".join(describe_character(ch) for ch in bad)
            problems.append(
                error(
                    path,
                    f"chứa ký tự không thể in vào DOCX/PDF ({names}); hãy xóa ký tự đó",
                    f"contains characters that cannot go into a DOCX or PDF ({names}); remove them",
                )
            )

    if _blank(meeting.issuer.name):
        essential("issuer.name", "chưa có tên cơ quan ban hành", "the issuing body has no name")
    if _blank(meeting.issuer.abbreviation) and _blank(meeting.symbol):
        problems.append(
            warning(
                "issuer.abbreviation",
                "chưa có tên viết tắt của cơ quan (dùng cho ký hiệu biên bản)",
                "the issuing body has no abbreviation (used in the document symbol)",
            )
        )
    problems += _number_problems(meeting.number.strip())
    if _blank(meeting.title):
        problems.append(
            warning("title", "chưa có tên cuộc họp (trích yếu)", "the meeting has no title")
        )
    if _blank(meeting.place):
        problems.append(warning("place", "chưa có địa danh", "the place name is empty"))
    problems += _year_problems(meeting)
    if meeting.start is None:
        essential("start", "chưa có thời gian bắt đầu", "the start time is missing")
    elif meeting.end is not None and meeting.end < meeting.start:
        problems.append(
            error(
                "end", "thời gian kết thúc trước thời gian bắt đầu", "the end is before the start"
            )
        )
    problems += _day_problems(meeting)
    if _blank(meeting.location):
        essential("location", "chưa có địa điểm họp", "the location is missing")
    if _blank(meeting.chair.name):
        essential("chair.name", "chưa có người chủ trì", "the chair is missing")
    if _blank(meeting.secretary.name):
        problems.append(
            warning(
                "secretary.name", "chưa có tên thư ký", "the secretary's name is not filled in yet"
            )
        )
    if not meeting.attendees:
        problems.append(
            warning("attendees", "chưa có thành phần tham dự", "no attendees are listed yet")
        )
    for i, attendee in enumerate(meeting.attendees):
        base = f"attendees[{i}]"
        if attendee.is_group:
            if _blank(attendee.group or ""):
                problems.append(error(f"{base}.group", "nhóm chưa có tên", "the group has no name"))
            if attendee.count is not None and attendee.count < 0:
                problems.append(
                    error(f"{base}.count", "số người không được âm", "the count cannot be negative")
                )
            continue
        if _blank(attendee.name):
            problems.append(
                error(f"{base}.name", "chưa có họ tên người dự", "the attendee has no name")
            )
        if (
            attendee.arrived is not None
            and attendee.attendance is Attendance.LATE
            and meeting.start is not None
            and attendee.arrived < meeting.start
        ):
            problems.append(
                warning(
                    f"{base}.arrived",
                    "giờ đến muộn trước giờ bắt đầu họp",
                    "the late arrival is before the start of the meeting",
                )
            )
        if attendee.attendance is Attendance.ABSENT_EXCUSED and _blank(attendee.reason):
            problems.append(
                warning(
                    f"{base}.reason",
                    "vắng có lý do nhưng chưa ghi lý do",
                    "absent with a reason, but no reason is given",
                )
            )
    if not meeting.agenda:
        problems.append(warning("agenda", "chưa có nội dung cuộc họp", "the agenda is empty"))
    for i, item in enumerate(meeting.agenda):
        base = f"agenda[{i}]"
        if _blank(item.title):
            problems.append(
                warning(f"{base}.title", "nội dung chưa có tiêu đề", "the agenda item has no title")
            )
        if item.presenter is not None and _blank(item.presenter.name):
            problems.append(
                warning(
                    f"{base}.presenter.name",
                    "chưa có tên người trình bày",
                    "the presenter has no name",
                )
            )
        if not item.statements and _blank(item.conclusion):
            problems.append(
                warning(
                    base,
                    "nội dung chưa có ý kiến phát biểu hay kết luận",
                    "the agenda item has no statements and no conclusion",
                )
            )
        if not _blank(item.scratch):
            problems.append(
                warning(
                    f"{base}.scratch",
                    "còn ghi chú nháp chưa chuyển vào biên bản (ghi chú nháp không được in)",
                    "a scratch note is left that is not in the minutes (scratch notes are not "
                    "printed)",
                )
            )
        for j, statement in enumerate(item.statements):
            sbase = f"{base}.statements[{j}]"
            speaker = statement.speaker
            if speaker.is_group and _blank(speaker.group or ""):
                problems.append(
                    error(
                        f"{sbase}.speaker.group", "chưa ghi ai phát biểu", "the speaker is missing"
                    )
                )
            elif not speaker.is_group and _blank(speaker.name):
                problems.append(
                    error(
                        f"{sbase}.speaker.name", "chưa ghi ai phát biểu", "the speaker is missing"
                    )
                )
            if _blank(statement.content):
                problems.append(
                    warning(
                        f"{sbase}.content",
                        "ý kiến phát biểu chưa có nội dung",
                        "the statement has no content",
                    )
                )
    for i, vote in enumerate(meeting.votes):
        base = f"votes[{i}]"
        if _blank(vote.subject):
            problems.append(
                warning(
                    f"{base}.subject", "chưa ghi nội dung biểu quyết", "the vote has no subject"
                )
            )
        negative = False
        for name, value in (
            ("in_favour", vote.in_favour),
            ("against", vote.against),
            ("abstain", vote.abstain),
            ("eligible", vote.eligible),
        ):
            if value is not None and value < 0:
                negative = True
                problems.append(
                    error(
                        f"{base}.{name}", "số phiếu không được âm", "the count cannot be negative"
                    )
                )
        if negative:
            continue
        if vote.eligible is not None:
            if vote.cast > vote.eligible:
                problems.append(
                    error(
                        base,
                        f"tổng số biểu quyết ({vote.cast}) vượt số người có quyền biểu quyết "
                        f"({vote.eligible})",
                        f"the votes cast ({vote.cast}) exceed those eligible ({vote.eligible})",
                    )
                )
            else:
                problems += _votes_over_present(meeting, vote, base)
        else:
            present = default_eligible(meeting)
            if meeting.attendees and vote.cast > present:
                problems.append(
                    error(
                        base,
                        f"tổng số biểu quyết ({vote.cast}) vượt số thành viên có mặt ({present}); "
                        "hãy ghi số người có quyền biểu quyết",
                        f"the votes cast ({vote.cast}) exceed the members present ({present}); "
                        "give the eligible count",
                    )
                )
            elif not meeting.attendees:
                problems.append(
                    warning(
                        f"{base}.eligible",
                        "chưa có thành phần tham dự nên chưa tính được tỷ lệ biểu quyết",
                        "no attendees yet, so the vote percentages cannot be computed",
                    )
                )
    for i, task in enumerate(meeting.tasks):
        base = f"tasks[{i}]"
        if _blank(task.description):
            problems.append(
                error(
                    f"{base}.description",
                    "nhiệm vụ chưa có nội dung",
                    "the task has no description",
                )
            )
        if _blank(task.owner):
            problems.append(
                warning(f"{base}.owner", "nhiệm vụ chưa giao cho ai", "the task has no owner")
            )
    for i, recipient in enumerate(meeting.recipients):
        if _blank(recipient):
            problems.append(
                warning(f"recipients[{i}]", "dòng nơi nhận để trống", "an empty recipient line")
            )
    if meeting.copies is not None and meeting.copies < 1:
        problems.append(
            error("copies", "số bản phải từ 1 trở lên", "the number of copies must be at least 1")
        )
    if exporting and not meeting.number.strip():
        problems.append(
            warning(
                "number",
                "biên bản chưa có số (văn thư sẽ ghi số bằng tay)",
                "the document is not numbered yet (the records office numbers it by hand)",
            )
        )
    return problems


def _day_problems(meeting: Meeting) -> list[Problem]:
    """Return warnings when the start or end is not on the meeting's date, or the meeting spans days."""
    problems: list[Problem] = []
    day = meeting.date
    start = meeting.start.date() if meeting.start is not None else None
    end = meeting.end.date() if meeting.end is not None else None
    if start is not None and start != day:
        problems.append(
            warning(
                "start",
                f"ngày bắt đầu ({short_date(start)}) khác ngày của biên bản ({short_date(day)})",
                f"the start date ({start.isoformat()}) differs from the meeting date "
                f"({day.isoformat()})",
            )
        )
    if end is not None and start is not None and end > start:
        problems.append(
            warning(
                "end",
                f"cuộc họp kéo dài qua nhiều ngày (từ {short_date(start)} đến {short_date(end)})",
                f"the meeting spans several days ({start.isoformat()} to {end.isoformat()})",
            )
        )
    elif end is not None and end != day and start == day:
        problems.append(
            warning(
                "end",
                f"ngày kết thúc ({short_date(end)}) khác ngày của biên bản ({short_date(day)})",
                f"the end date ({end.isoformat()}) differs from the meeting date "
                f"({day.isoformat()})",
            )
        )
    return problems


def _votes_over_present(meeting: Meeting, vote: Vote, base: str) -> list[Problem]:
    """Return a warning when a vote's cast or eligible count exceeds the members present."""
    counts = attendance_counts(meeting.attendees)
    if not meeting.attendees or counts.uncounted_groups:
        return []  # nobody listed yet, or a group of unknown size: "present" is not known
    present = counts.attending
    if vote.cast > present:
        return [
            warning(
                base,
                f"tổng số biểu quyết ({vote.cast}) nhiều hơn số thành viên có mặt ({present})",
                f"the votes cast ({vote.cast}) exceed the members present ({present})",
            )
        ]
    if vote.eligible is not None and vote.eligible > present:
        return [
            warning(
                f"{base}.eligible",
                f"số người có quyền biểu quyết ({vote.eligible}) nhiều hơn số thành viên có mặt "
                f"({present})",
                f"the eligible count ({vote.eligible}) exceeds the members present ({present})",
            )
        ]
    return []


def _year_problems(meeting: Meeting) -> list[Problem]:
    """Return an error for each date before the year 1000 (a year is written with four digits)."""
    dates: list[tuple[str, dt.date | None]] = [
        ("date", meeting.date),
        ("start", meeting.start.date() if meeting.start else None),
        ("end", meeting.end.date() if meeting.end else None),
    ]
    dates += [(f"tasks[{i}].due", task.due) for i, task in enumerate(meeting.tasks)]
    return [
        error(
            path,
            f"năm {day.year} không hợp lệ: năm phải có bốn chữ số (từ 1000)",
            f"the year {day.year} is not valid: a year has four digits (1000 or later)",
        )
        for path, day in dates
        if day is not None and day.year < 1000
    ]


def _number_problems(number: str) -> list[Problem]:
    """Return the problems of a registry number: only the digits 0–9 make a number."""
    if not number or ascii_digits(number) and len(number) <= MAX_NUMBER_DIGITS:
        return []
    foreign = [ch for ch in number if ch.isdigit() and not ch.isascii()]
    if foreign:
        shown = ", ".join(f"«{ch}» ({describe_character(ch)})" for ch in dict.fromkeys(foreign))
        return [
            error(
                "number",
                f"số biên bản chỉ dùng các chữ số 0–9; không dùng {shown}",
                f"the number may use only the digits 0–9, not {shown}",
            )
        ]
    if ascii_digits(number):
        return [
            error(
                "number",
                f"số biên bản quá dài ({len(number)} chữ số, tối đa {MAX_NUMBER_DIGITS})",
                f"the number is too long ({len(number)} digits, at most {MAX_NUMBER_DIGITS})",
            )
        ]
    return [
        warning("number", "số biên bản thường chỉ gồm chữ số", "the number is usually digits only")
    ]


#: How many problems with the same message and field pattern are listed before a summary line.
SIMILAR_SHOWN = 10


def collapse(problems: list[Problem], keep: int = SIMILAR_SHOWN) -> list[Problem]:
    """Return ``problems`` with each run of the same problem cut after ``keep``, then summarised.

    Two million empty recipients give ten ``recipients[i]`` warnings and one line
    ``recipients[…]: … và 1.999.990 cảnh báo tương tự`` / ``… and 1,999,990 more like it``.
    Order is kept; the summary stands where the first hidden problem was.
    """
    counts: dict[tuple[Severity, str, str], int] = {}
    out: list[Problem | tuple[Severity, str, str]] = []
    for problem in problems:
        key = (problem.severity, any_index(problem.path), problem.message_en)
        seen = counts.get(key, 0) + 1
        counts[key] = seen
        if seen <= keep:
            out.append(problem)
        elif seen == keep + 1:
            out.append(key)  # filled in once the whole run is counted
    result = []
    for item in out:
        if isinstance(item, Problem):
            result.append(item)
            continue
        severity, path, _ = item
        hidden = counts[item] - keep
        kind_vi = "lỗi" if severity is Severity.ERROR else "cảnh báo"
        result.append(
            Problem(
                path,
                f"… và {count_vi(hidden)} {kind_vi} tương tự",
                f"… and {hidden:,} more like it",
                severity,
            )
        )
    return result


def errors_of(problems: list[Problem]) -> list[Problem]:
    """Return only the errors."""
    return [p for p in problems if p.is_error]
