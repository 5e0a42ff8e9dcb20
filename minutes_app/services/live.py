"""Taking minutes while the meeting runs ("Đang họp"): the live mode's verbs, as edit plans.

Each verb reads the meeting and returns the edits that carry out what the secretary did
(tick a name, start a statement, move a scratch note, record a vote) without changing
anything itself. The window applies a plan as one undoable step of its edit session, so the
live mode has no data path of its own: it edits the same open meeting as the editor, and
autosave covers it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.facts import default_eligible, eligible_for
from minutes_app.domain.fields import FieldPath
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Meeting,
    Role,
    Speaker,
    Statement,
    Vote,
)
from minutes_app.domain.text import fold, fold_key

#: The collective voices minutes use for a statement by many people (printed as written).
COLLECTIVE_VOICES = (
    "Các đại biểu dự hội nghị",
    "Các đại biểu dự họp",
    "Các thành viên",
    "Các đảng viên trong chi bộ",
)

VOTE_COUNTS = ("in_favour", "against", "abstain")


@dataclass(frozen=True)
class SetField:
    """Set the value at ``path`` (``attendees[2].attendance``)."""

    path: str
    value: Any


@dataclass(frozen=True)
class InsertRow:
    """Insert ``item`` into the list at ``list_path`` before row ``index``."""

    list_path: str
    index: int
    item: Any


Edit = SetField | InsertRow


class Phase(StrEnum):
    """Where the meeting stands on the clock."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    ENDED = "ended"


def phase(meeting: Meeting) -> Phase:
    """Return whether the meeting has not started, is running or has ended."""
    if meeting.start is None:
        return Phase.NOT_STARTED
    return Phase.RUNNING if meeting.end is None else Phase.ENDED


def stamp(now: dt.datetime) -> dt.datetime:
    """Return ``now`` to the minute, as the minutes record times."""
    return now.replace(second=0, microsecond=0, tzinfo=None)


def elapsed_minutes(meeting: Meeting, now: dt.datetime) -> int:
    """Return the whole minutes since the start (to the end once it has ended); 0 before."""
    if meeting.start is None:
        return 0
    until = meeting.end if meeting.end is not None else now.replace(tzinfo=None)
    return max(int((until - meeting.start).total_seconds() // 60), 0)


# -- the clock ---------------------------------------------------------------------------------


def start_meeting(meeting: Meeting, now: dt.datetime) -> list[Edit]:
    """Return the edits of "Bắt đầu họp": the start time now, and the document's date today."""
    at = stamp(now)
    edits: list[Edit] = [SetField("start", at)]
    if meeting.end is not None and meeting.end < at:
        edits.append(SetField("end", None))
    if meeting.date != at.date():
        edits.append(SetField("date", at.date()))
    return edits


def end_meeting(meeting: Meeting, now: dt.datetime) -> list[Edit]:
    """Return the edits of "Kết thúc": the end time now (never before the start)."""
    at = stamp(now)
    if meeting.start is not None and at < meeting.start:
        at = meeting.start
    return [SetField("end", at)]


# -- the roll call ----------------------------------------------------------------------------


def is_attending(attendee: Attendee) -> bool:
    """Return True for a person present or arrived late (a group always counts as present)."""
    return attendee.is_group or attendee.attendance in (Attendance.PRESENT, Attendance.LATE)


def roll_call(meeting: Meeting) -> list[int]:
    """Return the indexes of the attendees the roll call ticks: the summoned people.

    Groups have a count instead of a tick, and guests are listed as invited whether or not
    they are ticked, so neither takes part.
    """
    return [
        i
        for i, a in enumerate(meeting.attendees)
        if not a.is_group and a.role is Role.MEMBER and a.name.strip()
    ]


def _absent(attendee: Attendee) -> Attendance:
    return Attendance.ABSENT_EXCUSED if attendee.reason.strip() else Attendance.ABSENT


def toggle_presence(meeting: Meeting, index: int, now: dt.datetime) -> list[Edit]:
    """Return the edits of ticking (or unticking) attendee ``index``.

    Ticked before the start: present. Ticked while the meeting runs: late, stamped with the
    time. Unticked: absent (with a reason on record: absent with a reason).
    """
    attendee = meeting.attendees[index]
    if attendee.is_group:
        return []
    base = f"attendees[{index}]"
    if is_attending(attendee):
        edits: list[Edit] = [SetField(f"{base}.attendance", _absent(attendee))]
    elif phase(meeting) is Phase.RUNNING:
        at = stamp(now)
        if meeting.start is not None and at < meeting.start:
            at = meeting.start
        return [SetField(f"{base}.attendance", Attendance.LATE), SetField(f"{base}.arrived", at)]
    else:
        edits = [SetField(f"{base}.attendance", Attendance.PRESENT)]
    if attendee.arrived is not None:
        edits.append(SetField(f"{base}.arrived", None))
    return edits


def mark_on_time(meeting: Meeting, index: int) -> list[Edit]:
    """Return the edits that count a person stamped late as present from the start."""
    attendee = meeting.attendees[index]
    if attendee.is_group or attendee.attendance is not Attendance.LATE:
        return []
    base = f"attendees[{index}]"
    return [SetField(f"{base}.attendance", Attendance.PRESENT), SetField(f"{base}.arrived", None)]


def mark_everyone(meeting: Meeting, present: bool) -> list[Edit]:
    """Return the edits that tick (``present``) or untick every name of the roll call."""
    edits: list[Edit] = []
    for i in roll_call(meeting):
        attendee = meeting.attendees[i]
        base = f"attendees[{i}]"
        wanted = Attendance.PRESENT if present else _absent(attendee)
        if attendee.attendance is not wanted:
            edits.append(SetField(f"{base}.attendance", wanted))
        if attendee.arrived is not None:
            edits.append(SetField(f"{base}.arrived", None))
    return edits


# -- speakers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerChoice:
    """Someone who may speak: a person of the meeting (present or not) or a collective voice."""

    speaker: Speaker
    present: bool = True

    @property
    def label(self) -> str:
        """Return the name or the voice."""
        return self.speaker.label


def speaker_choices(
    meeting: Meeting, voices: Sequence[str] = COLLECTIVE_VOICES
) -> list[SpeakerChoice]:
    """Return who may speak: the chair, the people of the meeting, then the collective voices.

    People come in the order of the attendee list (the chair first); those not ticked
    present are kept, marked absent, so that a name the roll call missed can still be found.
    """
    people: list[SpeakerChoice] = []
    seen: set[str] = set()

    def add_person(name: str, position: str, present: bool) -> None:
        key = fold_key(name)
        if key and key not in seen:
            seen.add(key)
            people.append(SpeakerChoice(Speaker(name=name.strip(), position=position), present))

    chair_key = fold_key(meeting.chair.name)
    chair = next(
        (
            a
            for a in meeting.attendees
            if not a.is_group and chair_key and fold_key(a.name) == chair_key
        ),
        None,
    )
    if chair is not None:
        add_person(chair.name, chair.position or meeting.chair.position, is_attending(chair))
    elif chair_key:
        add_person(meeting.chair.name, meeting.chair.position, True)
    for attendee in meeting.attendees:
        if not attendee.is_group:
            present = attendee.role is Role.GUEST or is_attending(attendee)
            add_person(attendee.name, attendee.position, present)
    add_person(meeting.secretary.name, meeting.secretary.position, True)
    groups: list[SpeakerChoice] = []
    for label in [a.group or "" for a in meeting.attendees if a.is_group] + list(voices):
        key = fold_key(label)
        if key and key not in seen:
            seen.add(key)
            groups.append(SpeakerChoice(Speaker(group=label.strip())))
    return people + groups


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def match_rank(query: str, label: str) -> int | None:
    """Return how well ``query`` (a few letters) names ``label``; lower is better, None: not.

    Vietnamese colleagues are called by the given name, the last word: ``thanh`` finds
    ``Mai Văn Thanh`` first. Every word typed must start a word of the name, in order
    (``mai th``); or the letters typed are the initials (``mvt``). Diacritics and case are
    ignored.
    """
    typed = _words(query)
    words = _words(label)
    if not typed or not words:
        return None
    if len(typed) == 1:
        token = typed[0]
        if words[-1].startswith(token):
            return 0
        if words[0].startswith(token):
            return 1
        if any(w.startswith(token) for w in words):
            return 2
        if len(token) >= 2 and "".join(w[0] for w in words).startswith(token):
            return 3
        return None
    position = 0
    for token in typed:
        while position < len(words) and not words[position].startswith(token):
            position += 1
        if position == len(words):
            return None
        position += 1
    return 1


def match_speakers(query: str, choices: Sequence[SpeakerChoice]) -> list[SpeakerChoice]:
    """Return the choices ``query`` names, best first (present people before absent ones)."""
    if not query.strip():
        return [c for c in choices if c.present]
    ranked: list[tuple[int, int, int, SpeakerChoice]] = []
    for order, choice in enumerate(choices):
        rank = match_rank(query, choice.label)
        if rank is not None:
            ranked.append((0 if choice.present else 1, rank, order, choice))
    ranked.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in ranked]


# -- statements --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementPlan:
    """The edits that start a statement, and where the statement is then."""

    edits: list[Edit]
    item: int
    statement: int


def start_statement(
    meeting: Meeting, item: int, speaker: Speaker, now: dt.datetime
) -> StatementPlan:
    """Return the edits that start a statement by ``speaker`` now, at the end of ``item``.

    A statement still without content (the previous pick was a slip) is given the new speaker
    instead of leaving an empty one behind. With no agenda yet, a first item is added.
    """
    edits: list[Edit] = []
    if not meeting.agenda:
        edits.append(InsertRow("agenda", 0, AgendaItem()))
        statements: list[Statement] = []
        item = 0
    else:
        item = min(max(item, 0), len(meeting.agenda) - 1)
        statements = meeting.agenda[item].statements
    at = stamp(now)
    list_path = f"agenda[{item}].statements"
    if statements and not statements[-1].content.strip():
        last = len(statements) - 1
        edits.append(
            SetField(f"{list_path}[{last}]", Statement(speaker, statements[-1].content, at))
        )
        return StatementPlan(edits, item, last)
    edits.append(InsertRow(list_path, len(statements), Statement(speaker, "", at)))
    return StatementPlan(edits, item, len(statements))


def current_item(meeting: Meeting) -> int:
    """Return the agenda item a reopened live mode shows: the last one with statements."""
    for index in range(len(meeting.agenda) - 1, -1, -1):
        if meeting.agenda[index].statements:
            return index
    return 0 if meeting.agenda else -1


# -- scratch notes -----------------------------------------------------------------------------


def append_paragraph(text: str, piece: str) -> str:
    """Return ``text`` with ``piece`` as a new paragraph after it."""
    return f"{text.rstrip()}\n\n{piece}" if text.strip() else piece


def move_scratch(meeting: Meeting, item: int, start: int, end: int, target: str) -> list[Edit]:
    """Return the edits that move part of item ``item``'s scratch note into the field ``target``.

    ``start``..``end`` is the part (a selection); an empty range moves the whole note. The
    text moved becomes a new paragraph of ``target`` (a statement's content, the item's or the
    meeting's conclusion) and leaves the note.
    """
    note = meeting.agenda[item].scratch
    start, end = sorted((max(0, min(start, len(note))), max(0, min(end, len(note)))))
    if start == end:
        start, end = 0, len(note)
    piece = note[start:end].strip()
    if not piece:
        return []
    rest = re.sub(r"\n{3,}", "\n\n", note[:start].rstrip() + "\n" + note[end:].lstrip()).strip()
    existing = _text_at(meeting, target)
    return [
        SetField(target, append_paragraph(existing, piece)),
        SetField(f"agenda[{item}].scratch", rest),
    ]


#: The texts a scratch note's piece may move into: the meeting's, an item's conclusion, a statement.
_SCRATCH_TARGETS = frozenset({"conclusion", "agenda[].conclusion", "agenda[].statements[].content"})


def _text_at(meeting: Meeting, path: str) -> str:
    where = FieldPath.parse(path)
    if where.pattern not in _SCRATCH_TARGETS:
        raise ValueError(f"not a text a scratch note can move into: {path!r}")
    text = where.get(meeting)
    assert isinstance(text, str)
    return text


# -- votes -------------------------------------------------------------------------------------


def present_count(meeting: Meeting) -> int:
    """Return who may vote now: the members present (late arrivals included)."""
    return default_eligible(meeting)


def new_vote(meeting: Meeting, subject: str = "") -> InsertRow:
    """Return the edit that records a vote taken now: everyone present in favour to begin with.

    The vote keeps the count of those present now (``eligible``), so that a later arrival
    does not change its percentages.
    """
    present = present_count(meeting)
    return InsertRow(
        "votes", len(meeting.votes), Vote(subject, in_favour=present, eligible=present)
    )


def set_vote_count(meeting: Meeting, index: int, field: str, value: int) -> list[Edit]:
    """Return the edits that set one count of vote ``index``.

    While "in favour" is still the rest (those eligible less the others), a change of
    "against" or "abstain" keeps it so: typing 2 against out of 27 leaves 25 in favour.
    """
    if field not in VOTE_COUNTS:
        raise ValueError(f"not a vote count: {field!r}")
    vote = meeting.votes[index]
    base = f"votes[{index}]"
    edits: list[Edit] = [SetField(f"{base}.{field}", value)]
    if field == "in_favour":
        return edits
    eligible = eligible_for(vote, meeting)
    if vote.in_favour == max(eligible - vote.against - vote.abstain, 0):
        counts = {"against": vote.against, "abstain": vote.abstain, field: value}
        rest = max(eligible - counts["against"] - counts["abstain"], 0)
        if rest != vote.in_favour:
            edits.append(SetField(f"{base}.in_favour", rest))
    return edits
