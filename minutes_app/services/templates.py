"""New meetings from a template per meeting type or from the previous meeting of a body (no Qt).

Bundled templates (``resources/templates``) describe a meeting type; a template the user saved
from one of their meetings ("Lưu làm mẫu") also carries that meeting's skeleton: issuing body,
people, agenda titles, recipients, in the interchange format under the key ``meeting``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import field
from pathlib import Path
from typing import Any

from minutes_app.domain import interchange
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Profile,
    Signature,
    Speaker,
    Statement,
    Status,
)
from minutes_app.domain.text import clean, short_date

REVIEW_TITLE = "Kiểm điểm việc thực hiện nhiệm vụ của kỳ trước"
REVIEW_FALLBACK_SPEAKER = "Người chủ trì cuộc họp"


@dataclass(frozen=True)
class MeetingTemplate:
    """A meeting type: its kind, layout profile, a default title and an agenda skeleton."""

    key: str
    name: str
    name_en: str
    kind: str
    profile: Profile
    title: str = ""
    description: str = ""
    description_en: str = ""
    agenda: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    signature: Signature = field(default_factory=Signature)
    order: int = 100
    #: The meeting a user template was saved from, emptied of its content (None: bundled type).
    skeleton: Meeting | None = field(default=None, compare=False)
    #: The file the template was read from.
    path: Path | None = field(default=None, compare=False)

    @property
    def is_own(self) -> bool:
        """Return True for a template the user saved from one of their meetings."""
        return self.skeleton is not None

    def display_name(self, language: str = "vi") -> str:
        """Return the name shown in the chooser, in the interface language."""
        return self.name_en if language == "en" and self.name_en else self.name


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the field."""


def templates_dir() -> Path:
    """Return the bundled templates folder."""
    from minutes_app.paths import resource

    return resource("templates")


def _template(path: Path, data: Any) -> MeetingTemplate:
    if not isinstance(data, dict):
        raise TemplateError(f"{path.name}: phải là một đối tượng JSON / must be a JSON object")

    def text(key: str, required: bool = False) -> str:
        value = data.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise TemplateError(
                f"{path.name}: {key}: cần một chuỗi ký tự / must be a non-empty string"
            )
        return clean(value)

    def texts(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TemplateError(
                f"{path.name}: {key}: cần một danh sách chuỗi / must be a list of strings"
            )
        return tuple(clean(v) for v in value)

    try:
        profile = Profile(data.get("profile", "state"))
    except ValueError:
        raise TemplateError(
            f'{path.name}: profile: phải là "state" hoặc "party" / must be "state" or "party"'
        ) from None
    sig = data.get("signature") or {}
    if not isinstance(sig, dict):
        raise TemplateError(f"{path.name}: signature: phải là một đối tượng / must be an object")
    order = data.get("order", 100)
    skeleton = None
    if "meeting" in data:
        try:
            skeleton = interchange.parse(data["meeting"], path.name, check=False).meeting
        except InterchangeError as exc:
            raise TemplateError(
                f"{path.name}: meeting: không đọc được / cannot be read: {exc}"
            ) from None
    return MeetingTemplate(
        key=path.stem,
        name=text("name", required=True),
        name_en=text("name_en"),
        kind=text("kind"),
        profile=profile,
        title=text("title"),
        description=text("description"),
        description_en=text("description_en"),
        agenda=texts("agenda"),
        recipients=texts("recipients"),
        signature=Signature(
            **{
                k: clean(str(sig.get(k, "")))
                for k in ("secretary_label", "chair_label", "chair_prefix", "chair_title")
            }
        ),
        order=order if isinstance(order, int) else 100,
        skeleton=skeleton,
        path=path,
    )


def load_template_file(path: Path) -> MeetingTemplate:
    """Return the template in the file ``path``; ``TemplateError`` names the file and the field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8").removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"{path.name}: không đọc được / cannot be read: {exc}") from None
    return _template(path, data)


def load_templates(folder: Path | None = None) -> list[MeetingTemplate]:
    """Return the templates of ``folder`` (the bundled ones by default), in their display order."""
    folder = templates_dir() if folder is None else folder
    found = [load_template_file(path) for path in sorted(folder.glob("*.json"))]
    return sorted(found, key=lambda t: (t.order, t.name))


def blank_meeting(*, today: dt.date, defaults: Meeting | None = None) -> Meeting:
    """Return an empty draft dated ``today``, with the issuing body and place of ``defaults``."""
    meeting = Meeting(date=today, status=Status.DRAFT)
    if defaults is not None:
        meeting.issuer = copy.deepcopy(defaults.issuer)
        meeting.place = defaults.place
        meeting.profile = defaults.profile
    return meeting


def meeting_from_template(
    template: MeetingTemplate, *, today: dt.date, defaults: Meeting | None = None
) -> Meeting:
    """Return a new draft of the template's type: kind, profile, title and agenda filled in.

    ``defaults`` (usually the latest meeting in the database) gives the issuing body and place,
    which rarely change from one meeting to the next. A user template gives its own skeleton
    instead (issuing body, people, agenda titles), dated ``today``.
    """
    if template.skeleton is not None:
        meeting = copy.deepcopy(template.skeleton)
        meeting.date = today
        meeting.status = Status.DRAFT
        meeting.number = ""
        return meeting
    meeting = blank_meeting(today=today, defaults=defaults)
    meeting.profile = template.profile
    meeting.kind = template.kind
    meeting.title = template.title
    meeting.agenda = [AgendaItem(title=title) for title in template.agenda]
    meeting.recipients = list(template.recipients)
    meeting.signature = copy.deepcopy(template.signature)
    return meeting


def task_line(index: int, description: str, owner: str, due: dt.date | None) -> str:
    """Return one carried-over task as a line: ``1. Việc (Người thực hiện; hạn dd/mm/yyyy)``."""
    details = [part for part in (owner.strip(), f"hạn {short_date(due)}" if due else "") if part]
    suffix = f" ({'; '.join(details)})" if details else ""
    return f"{index}. {description.strip()}{suffix}"


def meeting_from_previous(previous: Meeting, *, today: dt.date) -> Meeting:
    """Return the next meeting of the same body, continuing from ``previous``.

    The issuing body, profile, kind, place, location, chair, secretary, attendees (all marked
    present again), recipients, copies and signature labels are copied. The tasks of the
    previous meeting are carried into a first agenda item that reviews them.
    """
    meeting = Meeting(
        profile=previous.profile,
        issuer=copy.deepcopy(previous.issuer),
        symbol=previous.symbol,
        place=previous.place,
        date=today,
        title=previous.title,
        kind=previous.kind,
        location=previous.location,
        chair=copy.deepcopy(previous.chair),
        secretary=copy.deepcopy(previous.secretary),
        attendees=copy.deepcopy(previous.attendees),
        recipients=list(previous.recipients),
        copies=previous.copies,
        status=Status.DRAFT,
        signature=copy.deepcopy(previous.signature),
        show_place_date=previous.show_place_date,
    )
    for attendee in meeting.attendees:
        if not attendee.is_group:
            attendee.attendance = Attendance.PRESENT
            attendee.reason = ""
    open_tasks = [t for t in previous.tasks if t.description.strip()]
    if open_tasks:
        lines = [f"Các nhiệm vụ giao tại cuộc họp ngày {short_date(previous.date)}:"]
        lines += [task_line(i, t.description, t.owner, t.due) for i, t in enumerate(open_tasks, 1)]
        chair = previous.chair
        speaker = (
            Speaker(chair.name, chair.position)
            if chair.name.strip()
            else Speaker(group=REVIEW_FALLBACK_SPEAKER)
        )
        presenter = Person(chair.name, chair.position) if chair.name.strip() else None
        meeting.agenda = [
            AgendaItem(
                title=REVIEW_TITLE,
                presenter=presenter,
                statements=[Statement(speaker, "\n\n".join(lines))],
            )
        ]
    return meeting


def issuer_choices(names: list[str]) -> list[str]:
    """Return the distinct issuing bodies of ``names`` (first spelling kept), in order."""
    from minutes_app.domain.text import fold_key

    seen: dict[str, str] = {}
    for name in names:
        key = fold_key(name)
        if key and key not in seen:
            seen[key] = name
    return list(seen.values())
