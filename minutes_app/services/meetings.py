"""Verbs on whole meetings: create (blank, from a template, from an earlier meeting), duplicate,
delete, save, and save a meeting as one's own template.

Qt-free: the window asks the questions (which template, which meeting, what name) and calls
these, off its UI thread; the command line calls the same ones. Each verb that writes the
database returns a ``Changes`` naming what it wrote (the stored record, the ids removed), so
the caller refreshes only that and re-reads nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

from minutes_app.domain import interchange
from minutes_app.domain.model import Attendance, Meeting, Status
from minutes_app.domain.text import clean, fold, fold_key, month_text, short_date
from minutes_app.services import templates
from minutes_app.services.changes import Changes
from minutes_app.services.files import write_atomic
from minutes_app.services.templates import MeetingTemplate, TemplateError
from minutes_app.store import MeetingSummary, Store

TEMPLATE_FORMAT = "minutes-app.template"
TEMPLATE_VERSION = 1
#: How many earlier meetings "Biên bản mới từ cuộc họp trước" offers, newest first.
EARLIER_LIMIT = 200

_ROMAN = ("I", "II", "III", "IV")
_MONTH = re.compile(
    r"(?<![\w\d])(?P<word>tháng)(?P<space>\s+)(?P<month>\d{1,2})(?!\d)"
    r"(?:(?P<sep>\s+năm\s+|\s*[/.-]\s*)(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
_QUARTER = re.compile(
    r"(?<![\w\d])(?P<word>quý)(?P<space>\s+)(?P<quarter>IV|III|II|I|[1-4])(?![\w\d])"
    r"(?:(?P<sep>\s+năm\s+|\s*[/.-]\s*)(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\w\d])(?P<word>năm\s+)(?P<year>\d{4})(?!\d)", re.IGNORECASE)


class TemplateExists(TemplateError):
    """A template of the user's with that name is already there (the caller asks to replace)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path.name}: mẫu đã có / the template already exists")


# -- the period in a title ------------------------------------------------------------------


def _month_digits(month: int, written: str, numeric: bool) -> str:
    """Return ``month`` written as the title wrote its month (``03``, ``3``), else officially.

    ``numeric`` is True for the ``02/2020`` form, where a padded month stays padded.
    """
    if len(written) == 2 and (numeric or int(written) >= 3):
        return f"{month:02d}"  # the title pads every month: keep doing so
    if len(written) == 1 and int(written) < 3:
        return str(month)  # the title never pads: keep doing so
    return month_text(month)  # official rule: 01, 02, then 3 … 12


def _next_month(match: re.Match[str]) -> str:
    month = int(match["month"])
    if not 1 <= month <= 12:
        return match[0]
    year = int(match["year"]) if match["year"] else None
    month += 1
    if month == 13:
        month = 1
        year = year + 1 if year is not None else None
    numeric = bool(match["sep"]) and "năm" not in match["sep"].lower()
    text = f"{match['word']}{match['space']}{_month_digits(month, match['month'], numeric)}"
    if match["year"]:
        text += f"{match['sep']}{year}"
    return text


def _next_quarter(match: re.Match[str]) -> str:
    written = match["quarter"]
    roman = not written.isdigit()
    quarter = _ROMAN.index(written.upper()) + 1 if roman else int(written)
    year = int(match["year"]) if match["year"] else None
    quarter += 1
    if quarter == 5:
        quarter = 1
        year = year + 1 if year is not None else None
    shown = _ROMAN[quarter - 1] if roman else str(quarter)
    text = f"{match['word']}{match['space']}{shown}"
    if match["year"]:
        text += f"{match['sep']}{year}"
    return text


def advance_title(title: str) -> str:
    """Return ``title`` with its period moved one step forward, as the next meeting's title.

    ``tháng 2 năm 2020`` → ``tháng 3 năm 2020``; ``tháng 12 năm 2020`` → ``tháng 01 năm 2021``
    (months written by the official date rule unless the title pads or never pads its months);
    ``tháng 02/2020`` → ``tháng 03/2020``; ``quý IV năm 2020`` → ``quý I năm 2021``; a title
    with only a year (``tổng kết công tác năm 2020``) moves to the next year.
    """
    moved, months = _MONTH.subn(_next_month, title)
    if months:
        return moved
    moved, quarters = _QUARTER.subn(_next_quarter, title)
    if quarters:
        return moved
    return _YEAR.sub(lambda m: f"{m['word']}{int(m['year']) + 1}", title)


# -- new from an earlier meeting -------------------------------------------------------------


def earlier_meetings(db: Store, *, limit: int = EARLIER_LIMIT) -> list[MeetingSummary]:
    """Return the meetings one may continue from, newest date first."""
    return db.list(limit=limit)


def suggested_previous(summaries: list[MeetingSummary], issuer_name: str = "") -> int:
    """Return the index of the meeting to offer first: the newest of ``issuer_name``, else 0."""
    key = fold_key(issuer_name)
    if key:
        for i, summary in enumerate(summaries):
            if fold_key(summary.issuer_name) == key:
                return i
    return 0


def meeting_from_previous(previous: Meeting, *, today: dt.date) -> Meeting:
    """Return the next meeting after ``previous``: same body and people, the title's period moved on."""
    meeting = templates.meeting_from_previous(previous, today=today)
    meeting.title = advance_title(previous.title)
    return meeting


def new_from_previous(
    db: Store, previous_id: int, *, today: dt.date, by: str | None = None
) -> Changes:
    """Store the meeting that continues the stored meeting ``previous_id``."""
    previous = db.get(previous_id).meeting
    return create(db, meeting_from_previous(previous, today=today), by=by)


# -- creating, copying, saving, deleting --------------------------------------------------------


def create(
    db: Store,
    meeting: Meeting,
    *,
    by: str | None = None,
    action: str = "create",
    allow_number_jump: bool = False,
) -> Changes:
    """Store ``meeting`` as a new meeting (a draft unless it arrives approved: see the store)."""
    record = db.create(meeting, by=by, action=action, allow_number_jump=allow_number_jump)
    return Changes(meeting_id=record.id, record=record, created=(record,))


def latest_meeting(db: Store) -> Meeting | None:
    """Return the newest stored meeting (a new one takes its issuing body and place), if any."""
    rows = db.list(limit=1)
    return db.get(rows[0].id).meeting if rows else None


def create_from_template(
    db: Store,
    template: MeetingTemplate | None,
    *,
    today: dt.date,
    by: str | None = None,
) -> Changes:
    """Store a new draft of ``template``'s type (None: a blank meeting), dated ``today``.

    The issuing body and place come from the newest stored meeting: they rarely change.
    """
    defaults = latest_meeting(db)
    if template is None:
        meeting = templates.blank_meeting(today=today, defaults=defaults)
    else:
        meeting = templates.meeting_from_template(template, today=today, defaults=defaults)
    return create(db, meeting, by=by)


def copy_title(title: str) -> str:
    """Return the title of a copy: ``Họp giao ban (bản sao)``."""
    return f"{title} (bản sao)".strip()


def duplicate(
    db: Store, meeting_id: int, *, title: str | None = None, by: str | None = None
) -> Changes:
    """Store a copy of a stored meeting as a new, unnumbered draft.

    ``title`` is the copy's title (default: ``copy_title`` of the original's).
    """
    meeting = copy.deepcopy(db.get(meeting_id).meeting)
    meeting.status = Status.DRAFT
    meeting.number = ""
    meeting.title = copy_title(meeting.title) if title is None else title
    return create(db, meeting, by=by)


def save(
    db: Store,
    meeting_id: int,
    meeting: Meeting,
    *,
    expected_version: int | None,
    by: str | None = None,
    action: str = "update",
) -> Changes:
    """Write the edited ``meeting`` over the stored one, if nobody saved it since ``expected_version``.

    ``StaleVersion`` when the stored version moved on (nothing is written); ``ReadOnlyMeeting``
    for minutes in review or approved.
    """
    record = db.update(meeting_id, meeting, expected_version=expected_version, by=by, action=action)
    return Changes(meeting_id=meeting_id, record=record)


def delete(db: Store, meeting_id: int, *, by: str | None = None) -> Changes:
    """Delete a meeting that is not approved (its history and register number are kept)."""
    db.delete(meeting_id, by=by)
    return Changes(meeting_id=meeting_id, deleted=(meeting_id,))


# -- the user's own templates -----------------------------------------------------------------


def own_templates_dir(data_dir: Path) -> Path:
    """Return the folder of the user's own templates inside the user's data folder."""
    return data_dir / "templates"


def template_skeleton(meeting: Meeting) -> Meeting:
    """Return what a new meeting takes from ``meeting``: the frame without this meeting's content.

    Kept: layout profile, issuing body, symbol, place, title, kind, location, chair, secretary,
    attendees (all present again), agenda titles and presenters, closing, recipients, copies,
    signature. Dropped: number, times, statements, conclusions, votes, tasks, the review state.
    """
    skeleton = copy.deepcopy(meeting)
    skeleton.number = ""
    skeleton.start = None
    skeleton.end = None
    skeleton.status = Status.DRAFT
    skeleton.conclusion = ""
    skeleton.votes = []
    skeleton.tasks = []
    for attendee in skeleton.attendees:
        if not attendee.is_group:
            attendee.attendance = Attendance.PRESENT
            attendee.reason = ""
    for item in skeleton.agenda:
        item.statements = []
        item.conclusion = ""
    return skeleton


def template_file_name(name: str) -> str:
    """Return the file name for a template called ``name`` (``Giao ban tháng`` → ``giao-ban-thang.json``)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60].strip("-")
    return f"{slug or 'mau'}.json"


def save_as_template(
    meeting: Meeting,
    name: str,
    folder: Path,
    *,
    description: str = "",
    replace: bool = False,
) -> MeetingTemplate:
    """Write ``meeting`` as the user's template ``name`` into ``folder``; return the template.

    Raises ``TemplateExists`` when a template of that name is there and ``replace`` is False,
    ``TemplateError`` for an empty name, ``FileWriteError`` when the file cannot be written.
    """
    name = " ".join(clean(name).split())
    if not name:
        raise TemplateError("tên mẫu: cần một tên / name: a name is needed")
    path = folder / template_file_name(name)
    if path.exists() and not replace:
        raise TemplateExists(path)
    skeleton = template_skeleton(meeting)
    document = {
        "format": TEMPLATE_FORMAT,
        "version": TEMPLATE_VERSION,
        "name": name,
        "description": clean(description) or f"lưu từ biên bản ngày {short_date(meeting.date)}",
        "kind": skeleton.kind,
        "profile": skeleton.profile.value,
        "title": skeleton.title,
        "agenda": [item.title for item in skeleton.agenda],
        "recipients": list(skeleton.recipients),
        "meeting": interchange.to_dict(skeleton),
    }
    data = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, data.encode("utf-8"))
    loaded = templates.load_template_file(path)
    return loaded


def own_templates(folder: Path) -> tuple[list[MeetingTemplate], list[str]]:
    """Return the user's templates in ``folder`` by name, and a message for each unreadable file.

    One damaged file never hides the others: it is skipped and named in the messages.
    """
    found: list[MeetingTemplate] = []
    problems: list[str] = []
    if not folder.is_dir():
        return found, problems
    for path in sorted(folder.glob("*.json")):
        try:
            found.append(templates.load_template_file(path))
        except TemplateError as exc:
            problems.append(str(exc))
    found.sort(key=lambda t: fold(t.name))
    return found, problems


def delete_template(template: MeetingTemplate) -> None:
    """Remove one of the user's templates (bundled templates cannot be removed)."""
    if not template.is_own or template.path is None:
        raise TemplateError(
            f"{template.name}: mẫu có sẵn không xóa được / a bundled template cannot be removed"
        )
    template.path.unlink(missing_ok=True)
