"""The meeting model: what a biên bản records, as plain dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum

from minutes_app.domain.dataclass import dataclass


class Profile(StrEnum):
    """Layout regime of the printed document."""

    STATE = "state"  # Decree 30/2020/NĐ-CP, sample form 1.9
    PARTY = "party"  # Party-document rules (HD 36-HD/VPTW)


class Role(StrEnum):
    """Whether an attendee is a summoned member or an invited guest."""

    MEMBER = "member"
    GUEST = "guest"


class Attendance(StrEnum):
    """How a summoned person attended."""

    PRESENT = "present"
    LATE = "late"
    ABSENT_EXCUSED = "absent_excused"
    ABSENT = "absent"


class Membership(StrEnum):
    """An attendee's Party membership, as a Party cell records it."""

    OFFICIAL = "official"  # đảng viên chính thức
    PROBATIONARY = "probationary"  # đảng viên dự bị
    NON_MEMBER = "non_member"  # quần chúng (e.g. the person being admitted)


class FormOfAddress(StrEnum):
    """How the minutes name people: "đồng chí A", "ông A" / "bà B" (as typed), or the name alone."""

    COMRADE = "comrade"
    MR_MS = "mr_ms"
    NONE = "none"


class VotePurpose(StrEnum):
    """What a vote decides, when a rule counts it differently."""

    ORDINARY = "ordinary"
    # Admitting a new Party member: only official members vote, and at least two thirds of the
    # cell's official members must vote in favour (Điều lệ Đảng, Điều 4).
    ADMISSION = "admission"


class Status(StrEnum):
    """Where the minutes stand in the review workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"


@dataclass
class Issuer:
    """The body that issues the minutes, with its superior body."""

    name: str = ""
    abbreviation: str = ""
    parent: str = ""


@dataclass
class Person:
    """A named person with an optional position."""

    name: str = ""
    position: str = ""


@dataclass
class Attendee:
    """One summoned person, or a group of people (``group`` set, ``count`` optional).

    ``arrived`` is when a late person came in, stamped while the meeting runs ("Đang họp").
    """

    name: str = ""
    position: str = ""
    organization: str = ""
    role: Role = Role.MEMBER
    attendance: Attendance = Attendance.PRESENT
    reason: str = ""
    group: str | None = None
    count: int | None = None
    membership: Membership | None = None  # None: not recorded (state bodies, groups)
    arrived: dt.datetime | None = None

    @property
    def is_group(self) -> bool:
        """Return True when this row stands for a group of people."""
        return self.group is not None

    @property
    def label(self) -> str:
        """Return the name or the group's name."""
        return self.group if self.group is not None else self.name

    @classmethod
    def person(cls, name: str, position: str = "", **kwargs: object) -> Attendee:
        """Return a person attendee."""
        return cls(name=name, position=position, **kwargs)  # type: ignore[arg-type]

    @classmethod
    def of_group(cls, group: str, count: int | None = None, role: Role = Role.MEMBER) -> Attendee:
        """Return a group attendee."""
        return cls(group=group, count=count, role=role)


@dataclass
class Speaker:
    """Who speaks: a person (name, position) or a collective voice (``group``)."""

    name: str = ""
    position: str = ""
    group: str | None = None

    @property
    def is_group(self) -> bool:
        """Return True for a collective voice such as ``Các đại biểu dự hội nghị``."""
        return self.group is not None

    @property
    def label(self) -> str:
        """Return the name or the group's name."""
        return self.group if self.group is not None else self.name


@dataclass
class Statement:
    """What one speaker said; paragraphs separated by blank lines.

    ``time`` is when the statement began (stamped while the meeting runs); it is printed only
    when the meeting asks for it (``Meeting.show_statement_times``).
    """

    speaker: Speaker = field(default_factory=Speaker)
    content: str = ""
    time: dt.datetime | None = None


@dataclass
class AgendaItem:
    """One item of the proceedings, with its presenter, statements and conclusion.

    ``scratch`` is the secretary's scratch note on the item: never printed, never part of the
    minutes until its text is moved into a statement or the conclusion.
    """

    title: str = ""
    presenter: Person | None = None
    statements: list[Statement] = field(default_factory=list)
    conclusion: str = ""
    scratch: str = ""


@dataclass
class Vote:
    """A formal vote; ``eligible`` absent means the members present (for an admission vote:
    the cell's official members)."""

    subject: str = ""
    in_favour: int = 0
    against: int = 0
    abstain: int = 0
    eligible: int | None = None
    purpose: VotePurpose = VotePurpose.ORDINARY

    @property
    def cast(self) -> int:
        """Return how many took part in the vote."""
        return self.in_favour + self.against + self.abstain


@dataclass
class Task:
    """An assignment made at the meeting."""

    description: str = ""
    owner: str = ""
    due: dt.date | None = None


@dataclass
class Signature:
    """Per-meeting overrides of the signature block; empty means the profile's default."""

    secretary_label: str = ""
    chair_label: str = ""
    chair_prefix: str = ""  # e.g. "TM." / "T/M", printed above the chair's label
    chair_title: str = ""  # e.g. "CHỦ TỊCH" under the label


@dataclass
class Meeting:
    """One meeting's minutes, exactly the fields of the interchange format."""

    profile: Profile = Profile.STATE
    issuer: Issuer = field(default_factory=Issuer)
    number: str = ""
    symbol: str = ""
    place: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    title: str = ""
    kind: str = ""
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    location: str = ""
    chair: Person = field(default_factory=Person)
    secretary: Person = field(default_factory=Person)
    attendees: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    conclusion: str = ""
    votes: list[Vote] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    closing: str = ""
    recipients: list[str] = field(default_factory=list)
    copies: int | None = None
    status: Status = Status.DRAFT
    signature: Signature = field(default_factory=Signature)
    show_place_date: bool | None = None  # None: the profile decides
    form_of_address: FormOfAddress | None = None  # None: the profile decides
    show_statement_times: bool = False  # print when each statement began

    def effective_symbol(self) -> str:
        """Return the symbol as given, or the one derived from the profile and the issuer."""
        if self.symbol.strip():
            return self.symbol.strip()
        abbreviation = self.issuer.abbreviation.strip()
        if self.profile is Profile.PARTY:
            return f"BB/{abbreviation}" if abbreviation else "BB"
        return f"BB-{abbreviation}" if abbreviation else "BB"
