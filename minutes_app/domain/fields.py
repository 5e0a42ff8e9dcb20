"""The one description of a meeting's fields, and the field-path grammar that addresses them.

``FIELDS`` has one row per attribute of every dataclass reachable from ``Meeting``, in the
order of the JSON document: its path pattern, its kind, how records (diff, audit, review) and
the editor name it in Vietnamese and English, and what each safety net does with it. The JSON
reader and writer (``interchange``), the texts the user typed (forbidden characters, the
store's surrogate refusal, the search index, layout lengths, glyph warnings, spelling, find
and replace), the labels, the parts a comment may name and the store's normalisation are all
derived from it. A new attribute without a row fails ``tests/domain/test_fields.py``; a new
text row must say whether it is printed, which index column it feeds and whether it is prose.

A path names one value of one meeting: ``agenda[1].statements[0].content``. Its pattern names
the row: ``agenda[].statements[].content``. ``FieldPath`` parses, formats, reads and writes
paths; a text that is not a path raises ``FieldPathError``.

To add a field: add the attribute to ``model.py`` and its row below, where its key stands in
the JSON document. ``text(...)`` for typed text (its index column, whether it is prose to
spell-check, whether it is printed, a ``print_limit`` if it sits in a header or signature
cell); ``value(...)`` for anything else; ``emit=IF_SET`` for an optional key, which keeps the
bytes of documents that lack it; ``variant=`` when only a person (or only a group) has it.
The reader, the writer, the labels and the checks follow; a value with rules of its own
(an admission vote's two thirds) still gets them in ``validation``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
import typing
import unicodedata
from collections.abc import Callable, Iterator
from enum import Enum, StrEnum
from functools import cache, lru_cache
from types import NoneType, UnionType
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import clean

#: A Vietnamese text and its English counterpart.
Label = tuple[str, str]
#: One step of a path: an attribute (JSON key) or a list index.
Step = str | int


class Kind(StrEnum):
    """What a field holds, as the JSON document writes it."""

    TEXT = "text"  # a text the user typed
    INTEGER = "integer"
    DATE = "date"  # YYYY-MM-DD
    MOMENT = "moment"  # YYYY-MM-DDTHH:MM, to the minute, no time zone
    CHOICE = "choice"  # one value of an enumeration
    FLAG = "flag"  # true or false
    OBJECT = "object"  # a nested object (optional ones may be absent)
    LIST = "list"  # a list of objects or of texts


class Emit(StrEnum):
    """When the JSON writer writes a field."""

    ALWAYS = "always"  # even when empty (absent values as null)
    IF_SET = "if_set"  # left out while it equals its default


class Variant(StrEnum):
    """The two shapes of an attendee or a speaker: a person, or a group (``group`` is set)."""

    PERSON = "person"
    GROUP = "group"


#: The field whose presence makes an object a group (``"group"`` in JSON, not None in Python).
VARIANT_KEY = "group"


class Column(StrEnum):
    """The columns of the store's full-text index that a text is folded into."""

    TITLE = "title"
    ISSUER = "issuer"
    PEOPLE = "people"
    BODY = "body"


@dataclass(frozen=True)
class Field:
    """One field of the meeting tree: where it is, what it holds, how it is named and checked.

    The attributes after ``print_limit`` are read from ``model.py`` when the table is built.
    """

    pattern: str
    kind: Kind
    label: Label  # as records name it: the diff, the audit log, the review page
    editor: Label  # as the editor names it: problems lists, undo entries
    item_editor: Label | None = None  # a list's row in the editor: "Thành phần, dòng {n}"
    required: bool = False  # the JSON reader refuses a document without it
    missing: Label | None = None  # the reader's words for a missing required object
    emit: Emit = Emit.ALWAYS
    variant: Variant | None = None  # only in this shape of an attendee or a speaker
    number_as_text: bool = False  # the reader accepts a JSON number and keeps its digits
    max_items: int | None = None  # a list's cap (a hostile file cannot make millions)
    comment_part: bool = False  # a review comment may name one item of this list
    summary: bool = False  # names its object in one line (a title, a subject, a name)
    # -- typed text ---------------------------------------------------------------------
    printed: bool = True  # the printed minutes show it (a scratch note: never)
    column: Column | None = None  # the search index column it is folded into
    spell: bool = False  # prose the spell checker underlines
    proper_name: bool = False  # a name whose words the spell checker accepts
    person: bool = False  # a person's name: the people directory records them
    print_limit: int | None = None  # longest text a header or signature cell can print
    # -- read from the dataclasses --------------------------------------------------------
    owner: type = object
    key: str = ""
    parent: str = ""
    value_type: type = object  # str, int, bool, date, datetime, an enum, a dataclass
    optional: bool = False  # None is one of its values
    default: Callable[[], Any] = dataclasses.field(default=lambda: None, compare=False)

    @property
    def is_text(self) -> bool:
        """Return True for a text the user typed (a field, or a line of a list of texts)."""
        return self.kind is Kind.TEXT

    def editor_in(self, language: str) -> str:
        """Return the editor's label in ``language``."""
        return self.editor[1] if language == "en" else self.editor[0]


# -- the table ----------------------------------------------------------------------------------


def _value(
    pattern: str, kind: Kind, label: Label, editor: Label | None = None, **more: Any
) -> Field:
    return Field(pattern, kind, label, editor or label, **more)


def text(
    pattern: str,
    label: Label,
    editor: Label | None = None,
    *,
    column: Column,
    spell: bool,
    printed: bool = True,
    **more: Any,
) -> Field:
    """Return the row of a typed text: it must say its index column and whether it is prose."""
    return _value(
        pattern, Kind.TEXT, label, editor, column=column, spell=spell, printed=printed, **more
    )


def value(
    pattern: str, kind: Kind, label: Label, editor: Label | None = None, **more: Any
) -> Field:
    """Return the row of a field that is not typed text (a number, a date, a choice, an object)."""
    if kind is Kind.TEXT:
        raise ValueError(f"{pattern}: a text row is made with text(), which classifies it")
    return _value(pattern, kind, label, editor, **more)


def items(
    pattern: str, label: Label, editor: Label, item_editor: Label, *, max_items: int, **more: Any
) -> Field:
    """Return the row of a list: its label (a row's, numbered), the editor's and its rows'."""
    return _value(
        pattern, Kind.LIST, label, editor, item_editor=item_editor, max_items=max_items, **more
    )


# Short names for the table below.
OBJECT, INTEGER, DATE, MOMENT = Kind.OBJECT, Kind.INTEGER, Kind.DATE, Kind.MOMENT
CHOICE, FLAG = Kind.CHOICE, Kind.FLAG
IF_SET = Emit.IF_SET
GROUP, PERSON = Variant.GROUP, Variant.PERSON
TITLE, ISSUER, PEOPLE, BODY = Column.TITLE, Column.ISSUER, Column.PEOPLE, Column.BODY

_NAME: Label = ("Họ tên", "Name")
_POSITION: Label = ("Chức vụ", "Position")
_GROUP: Label = ("Nhóm", "Group")
_ROLE: Label = ("Vai trò", "Role")
_SPEAKER: Label = ("Người phát biểu", "Speaker")


def _person(
    base: str,
    label: Label,
    name: Label,
    position: Label,
    *,
    limits: tuple[int, int] | None = None,
    **whole: Any,
) -> list[Field]:
    """Return the rows of a ``Person`` at ``base`` (chair, secretary, an item's presenter).

    ``name`` and ``position`` are the editor's labels; ``limits`` the printed lengths of both.
    """
    name_limit, position_limit = limits or (None, None)
    return [
        value(base, OBJECT, label, **whole),
        text(
            f"{base}.name",
            _NAME,
            name,
            column=PEOPLE,
            spell=False,
            required=True,
            proper_name=True,
            person=True,
            summary=True,
            print_limit=name_limit,
        ),
        text(
            f"{base}.position",
            _POSITION,
            position,
            column=PEOPLE,
            spell=True,
            emit=IF_SET,
            print_limit=position_limit,
        ),
    ]


FIELDS: tuple[Field, ...] = (
    value("profile", CHOICE, ("Thể thức", "Layout"), required=True),
    value("issuer", OBJECT, ("Cơ quan ban hành", "Issuing body"), required=True),
    text(
        "issuer.parent",
        ("Cơ quan cấp trên", "Parent body"),
        column=ISSUER,
        spell=True,
        emit=IF_SET,
        proper_name=True,
        print_limit=200,
    ),
    text(
        "issuer.name",
        ("Tên cơ quan", "Body name"),
        ("Tên cơ quan ban hành", "Name of the issuing body"),
        column=ISSUER,
        spell=False,
        required=True,
        proper_name=True,
        summary=True,
        print_limit=200,
    ),
    text(
        "issuer.abbreviation",
        ("Tên viết tắt", "Abbreviation"),
        column=ISSUER,
        spell=False,
        required=True,
        print_limit=40,
    ),
    text(
        "number", ("Số", "Number"), column=ISSUER, spell=False, number_as_text=True, print_limit=20
    ),
    text("symbol", ("Ký hiệu", "Symbol"), column=ISSUER, spell=False, emit=IF_SET, print_limit=40),
    text(
        "place",
        ("Địa danh", "Place"),
        column=BODY,
        spell=True,
        required=True,
        proper_name=True,
        print_limit=100,
    ),
    value("date", DATE, ("Ngày", "Date"), required=True),
    text(
        "title",
        ("Tên cuộc họp (trích yếu)", "Meeting title"),
        ("Tên cuộc họp", "Meeting title"),
        column=TITLE,
        spell=True,
        required=True,
    ),
    text(
        "kind",
        ("Loại cuộc họp", "Kind"),
        ("Loại cuộc họp", "Kind of meeting"),
        column=TITLE,
        spell=True,
        emit=IF_SET,
    ),
    value("start", MOMENT, ("Thời gian bắt đầu", "Start"), ("Bắt đầu", "Start"), required=True),
    value("end", MOMENT, ("Thời gian kết thúc", "End"), ("Kết thúc", "End"), emit=IF_SET),
    text(
        "location",
        ("Địa điểm", "Location"),
        column=BODY,
        spell=True,
        required=True,
        proper_name=True,
    ),
    *_person(
        "chair",
        ("Chủ trì", "Chair"),
        ("Chủ trì", "Chair"),
        ("Chức vụ người chủ trì", "Chair's position"),
        limits=(100, 200),
        required=True,
    ),
    *_person(
        "secretary",
        ("Thư ký", "Secretary"),
        ("Thư ký", "Secretary"),
        ("Chức vụ thư ký", "Secretary's position"),
        limits=(100, 200),
        required=True,
    ),
    items(
        "attendees",
        ("Người dự", "Attendee"),
        ("Thành phần", "Attendees"),
        ("Thành phần, dòng {n}", "Attendees, row {n}"),
        max_items=100_000,
        required=True,
    ),
    # A group: "Bí thư các chi bộ" with an optional head count.
    text(
        "attendees[].group",
        _GROUP,
        ("Tên nhóm", "Group name"),
        column=PEOPLE,
        spell=True,
        required=True,
        variant=GROUP,
        summary=True,
    ),
    value(
        "attendees[].count",
        INTEGER,
        ("Số người", "Count"),
        ("Số người", "Number of people"),
        emit=IF_SET,
        variant=GROUP,
    ),
    value("attendees[].role", CHOICE, _ROLE, emit=IF_SET, variant=GROUP),
    # A person.
    text(
        "attendees[].name",
        _NAME,
        column=PEOPLE,
        spell=False,
        required=True,
        variant=PERSON,
        proper_name=True,
        person=True,
        summary=True,
    ),
    text("attendees[].position", _POSITION, column=PEOPLE, spell=True, emit=IF_SET, variant=PERSON),
    text(
        "attendees[].organization",
        ("Đơn vị", "Organisation"),
        column=PEOPLE,
        spell=True,
        emit=IF_SET,
        variant=PERSON,
    ),
    value("attendees[].role", CHOICE, _ROLE, variant=PERSON),
    value(
        "attendees[].attendance",
        CHOICE,
        ("Tình trạng dự họp", "Attendance"),
        ("Tham dự", "Attendance"),
        variant=PERSON,
    ),
    text(
        "attendees[].reason",
        ("Lý do", "Reason"),
        column=BODY,
        spell=True,
        emit=IF_SET,
        variant=PERSON,
    ),
    value(
        "attendees[].membership",
        CHOICE,
        ("Đảng viên chính thức, dự bị hay quần chúng", "Party membership"),
        ("Đảng viên", "Party membership"),
        emit=IF_SET,
        variant=PERSON,
    ),
    value("attendees[].arrived", MOMENT, ("Giờ đến", "Arrived at"), emit=IF_SET, variant=PERSON),
    items(
        "agenda",
        ("Nội dung", "Agenda item"),
        ("Nội dung", "Proceedings"),
        ("Nội dung {n}", "Item {n}"),
        max_items=10_000,
        required=True,
        comment_part=True,
    ),
    text(
        "agenda[].title", ("Tiêu đề", "Title"), column=BODY, spell=True, required=True, summary=True
    ),
    *_person(
        "agenda[].presenter",
        ("Người trình bày", "Presenter"),
        ("Người trình bày", "Presenter"),
        ("Chức vụ người trình bày", "Presenter's position"),
        emit=IF_SET,
    ),
    items(
        "agenda[].statements",
        ("Ý kiến", "Statement"),
        ("Ý kiến phát biểu", "Statements"),
        ("ý kiến {n}", "statement {n}"),
        max_items=10_000,
        comment_part=True,
    ),
    value(
        "agenda[].statements[].speaker",
        OBJECT,
        _SPEAKER,
        required=True,
        missing=("thiếu người phát biểu", "the speaker is missing"),
    ),
    text(
        "agenda[].statements[].speaker.group",
        _GROUP,
        _SPEAKER,
        column=PEOPLE,
        spell=True,
        required=True,
        variant=GROUP,
        summary=True,
    ),
    text(
        "agenda[].statements[].speaker.name",
        _NAME,
        _SPEAKER,
        column=PEOPLE,
        spell=False,
        required=True,
        variant=PERSON,
        proper_name=True,
        person=True,
        summary=True,
    ),
    text(
        "agenda[].statements[].speaker.position",
        _POSITION,
        ("Chức vụ người phát biểu", "Speaker's position"),
        column=PEOPLE,
        spell=True,
        emit=IF_SET,
        variant=PERSON,
    ),
    text(
        "agenda[].statements[].content",
        ("Nội dung phát biểu", "Content"),
        ("Nội dung phát biểu", "What was said"),
        column=BODY,
        spell=True,
    ),
    value(
        "agenda[].statements[].time",
        MOMENT,
        ("Giờ phát biểu", "Time of the statement"),
        emit=IF_SET,
    ),
    text(
        "agenda[].conclusion",
        ("Kết luận", "Conclusion"),
        ("Kết luận nội dung", "Conclusion of the item"),
        column=BODY,
        spell=True,
        emit=IF_SET,
    ),
    text(
        "agenda[].scratch",
        ("Ghi chú nháp (không in)", "Scratch note (not printed)"),
        ("Ghi chú nháp", "Scratch note"),
        column=BODY,
        spell=True,
        emit=IF_SET,
        printed=False,
    ),
    text(
        "conclusion",
        ("Kết luận chung", "Overall conclusion"),
        ("Kết luận", "Conclusion"),
        column=BODY,
        spell=True,
        emit=IF_SET,
    ),
    items(
        "votes",
        ("Biểu quyết", "Vote"),
        ("Biểu quyết", "Votes"),
        ("Biểu quyết {n}", "Vote {n}"),
        max_items=1_000,
        comment_part=True,
    ),
    text(
        "votes[].subject", ("Nội dung biểu quyết", "Subject"), column=BODY, spell=True, summary=True
    ),
    value("votes[].in_favour", INTEGER, ("Tán thành", "In favour")),
    value("votes[].against", INTEGER, ("Không tán thành", "Against")),
    value("votes[].abstain", INTEGER, ("Không biểu quyết", "Abstain")),
    value(
        "votes[].eligible",
        INTEGER,
        ("Số người có quyền biểu quyết", "Eligible"),
        ("Số người có quyền biểu quyết", "Eligible to vote"),
        emit=IF_SET,
    ),
    value("votes[].purpose", CHOICE, ("Loại biểu quyết", "Kind of vote"), emit=IF_SET),
    items(
        "tasks",
        ("Nhiệm vụ", "Task"),
        ("Nhiệm vụ", "Tasks"),
        ("Nhiệm vụ {n}", "Task {n}"),
        max_items=10_000,
        comment_part=True,
    ),
    text(
        "tasks[].description",
        ("Nội dung nhiệm vụ", "Description"),
        ("Nhiệm vụ", "Task"),
        column=BODY,
        spell=True,
        required=True,
        summary=True,
    ),
    text(
        "tasks[].owner",
        ("Người/đơn vị thực hiện", "Owner"),
        ("Người thực hiện", "Owner"),
        column=PEOPLE,
        spell=True,
        proper_name=True,
    ),
    value("tasks[].due", DATE, ("Thời hạn", "Due"), emit=IF_SET),
    text(
        "closing",
        ("Lời kết thúc", "Closing"),
        ("Câu kết thúc", "Closing sentence"),
        column=BODY,
        spell=True,
        emit=IF_SET,
    ),
    items(
        "recipients",
        ("Nơi nhận", "Recipient"),
        ("Nơi nhận", "Recipients"),
        ("Nơi nhận, dòng {n}", "Recipients, line {n}"),
        max_items=1_000,
    ),
    text("recipients[]", ("Nơi nhận", "Recipient"), column=BODY, spell=True),
    value("copies", INTEGER, ("Số bản", "Copies"), ("Số bản", "Number of copies"), emit=IF_SET),
    value("status", CHOICE, ("Trạng thái", "Status")),
    value("signature", OBJECT, ("Chữ ký", "Signature"), ("Chữ ký", "Signatures"), emit=IF_SET),
    text(
        "signature.secretary_label",
        ("Nhãn chữ ký thư ký", "Secretary's label"),
        ("Chức danh ký bên thư ký", "Secretary's signing title"),
        column=BODY,
        spell=True,
        emit=IF_SET,
        print_limit=100,
    ),
    text(
        "signature.chair_label",
        ("Nhãn chữ ký chủ trì", "Chair's label"),
        ("Chức danh ký bên chủ trì", "Chair's signing title"),
        column=BODY,
        spell=True,
        emit=IF_SET,
        print_limit=100,
    ),
    text(
        "signature.chair_prefix",
        ("Thẩm quyền ký", "Signing prefix"),
        ("Quyền hạn ký (TM., T/M)", "Signing authority (TM., T/M)"),
        column=BODY,
        spell=True,
        emit=IF_SET,
        print_limit=150,
    ),
    text(
        "signature.chair_title",
        ("Chức vụ người ký", "Chair's title"),
        ("Chức vụ người ký", "Signer's position"),
        column=BODY,
        spell=True,
        emit=IF_SET,
        print_limit=150,
    ),
    value(
        "show_place_date",
        FLAG,
        ("In dòng địa danh, ngày", "Print the place and date line"),
        ("Dòng địa danh, ngày tháng", "Place and date line"),
        emit=IF_SET,
    ),
    value("form_of_address", CHOICE, ("Cách gọi người dự", "Form of address"), emit=IF_SET),
    value(
        "show_statement_times",
        FLAG,
        ("In giờ phát biểu", "Print the time of each statement"),
        emit=IF_SET,
    ),
)


# -- building the table from the dataclasses ---------------------------------------------------


def _split_pattern(pattern: str) -> tuple[str, str]:
    """Return (parent pattern, key): ``agenda[].title`` → (``agenda[]``, ``title``)."""
    if pattern.endswith("[]"):
        return pattern[:-2], ""
    parent, _, key = pattern.rpartition(".")
    return parent, key


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """Return (type, optional) of an annotation: ``Person | None`` → (Person, True)."""
    if isinstance(annotation, UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not NoneType]
        if len(args) == 1 and len(typing.get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


def kind_of(annotation: Any) -> tuple[Kind, Any, bool]:
    """Return the kind, the value type and whether None is allowed, of a dataclass attribute."""
    kind_type, optional = _unwrap(annotation)
    if typing.get_origin(kind_type) is list:
        (item,) = typing.get_args(kind_type)
        return Kind.LIST, item, optional
    if not isinstance(kind_type, type):
        raise TypeError(f"no field kind for {annotation!r}")
    if issubclass(kind_type, Enum):
        return Kind.CHOICE, kind_type, optional
    if kind_type is bool:
        return Kind.FLAG, kind_type, optional
    if kind_type is int:
        return Kind.INTEGER, kind_type, optional
    if kind_type is str:
        return Kind.TEXT, kind_type, optional
    if kind_type is dt.datetime:  # before dt.date: a datetime is a date too
        return Kind.MOMENT, kind_type, optional
    if kind_type is dt.date:
        return Kind.DATE, kind_type, optional
    if dataclasses.is_dataclass(kind_type):
        return Kind.OBJECT, kind_type, optional
    raise TypeError(f"no field kind for {annotation!r}")


def _default_of(attribute: dataclasses.Field[Any]) -> Callable[[], Any]:
    if attribute.default is not dataclasses.MISSING:
        constant = attribute.default
        return lambda: constant
    if attribute.default_factory is not dataclasses.MISSING:
        return attribute.default_factory
    raise TypeError(f"{attribute.name} has no default")


def _annotation(owner: type, key: str) -> Any:
    """Return the annotation of ``owner.key``, evaluated as ``typing.get_type_hints`` does.

    Only that one annotation is evaluated, in the module that wrote it: ``get_type_hints``
    evaluates all of a class's (and its bases') at every call, which made building the table
    at import cost tens of milliseconds (``tests/domain/test_fields.py`` compares both).
    """
    for cls in owner.__mro__:
        written = cls.__dict__.get("__annotations__", {}).get(key)
        if written is None:
            continue
        if isinstance(written, str):
            # As get_type_hints: the module's names first, then the class's.
            return eval(written, dict(vars(cls)), vars(sys.modules[cls.__module__]))
        return written
    raise TypeError(f"{owner.__name__}.{key} has no annotation")


def _resolve(rows: tuple[Field, ...]) -> tuple[Field, ...]:
    """Return the rows with their owner, key, type and default read from the dataclasses.

    A row naming no attribute, or declaring another kind than its annotation, is a
    programming error: ``TypeError`` at import.
    """
    classes: dict[str, type] = {"": Meeting}
    resolved: list[Field] = []
    for row in rows:
        parent, key = _split_pattern(row.pattern)
        if key == "":  # the items of a list of texts: "recipients[]"
            owner_row = next(r for r in resolved if r.pattern == parent)
            kind, item_type = Kind.TEXT, owner_row.value_type
            if kind_of(item_type)[0] is not Kind.TEXT or row.kind is not Kind.TEXT:
                raise TypeError(f"{row.pattern}: only a list of texts has a row for its items")
            resolved.append(
                dataclasses.replace(
                    row, owner=list, parent=parent, value_type=str, default=lambda: ""
                )
            )
            continue
        owner = classes.get(parent)
        if owner is None:
            raise TypeError(f"{row.pattern}: no row for {parent!r} comes before it")
        attributes = {a.name: a for a in dataclasses.fields(owner)}
        if key not in attributes:
            raise TypeError(f"{row.pattern}: {owner.__name__} has no attribute {key!r}")
        kind, value_type, optional = kind_of(_annotation(owner, key))
        if kind is not row.kind:
            raise TypeError(
                f"{row.pattern}: declared {row.kind}, but {owner.__name__}.{key} is {kind}"
            )
        if kind is Kind.OBJECT:
            classes[row.pattern] = value_type
        elif (
            kind is Kind.LIST
            and isinstance(value_type, type)
            and dataclasses.is_dataclass(value_type)
        ):
            classes[f"{row.pattern}[]"] = value_type
        resolved.append(
            dataclasses.replace(
                row,
                owner=owner,
                key=key,
                parent=parent,
                value_type=value_type,
                optional=optional,
                default=_default_of(attributes[key]),
            )
        )
    return tuple(resolved)


FIELDS = _resolve(FIELDS)


def missing_rows(root: type = Meeting, rows: tuple[Field, ...] | None = None) -> list[str]:
    """Return the pattern of every attribute reachable from ``root`` that has no row.

    Walks the dataclasses themselves (not the table): an attribute added to ``model.py``
    without a row here is listed, and so skips no check unnoticed. Empty when all is described.
    """
    table = {r.pattern for r in (FIELDS if rows is None else rows)}
    missing: list[str] = []

    def visit(cls: type, prefix: str) -> None:
        hints = typing.get_type_hints(cls)
        for attribute in dataclasses.fields(cls):
            pattern = f"{prefix}.{attribute.name}" if prefix else attribute.name
            if pattern not in table:
                missing.append(pattern)
                continue
            kind, inner, _optional = kind_of(hints[attribute.name])
            if kind is Kind.OBJECT:
                visit(inner, pattern)
            elif kind is Kind.LIST and isinstance(inner, type) and dataclasses.is_dataclass(inner):
                visit(inner, item_pattern(pattern))
            elif kind is Kind.LIST and item_pattern(pattern) not in table:
                missing.append(item_pattern(pattern))

    visit(root, "")
    return missing


#: Pattern -> its rows (two where an attendee's person and group shapes share an attribute).
_BY_PATTERN: dict[str, list[Field]] = {}
#: Pattern of an object -> the rows of its fields, in document order.
_CHILDREN: dict[str, list[Field]] = {}
for _row in FIELDS:
    _BY_PATTERN.setdefault(_row.pattern, []).append(_row)
    if _row.key:
        _CHILDREN.setdefault(_row.parent, []).append(_row)
del _row


def field_at(pattern: str) -> Field | None:
    """Return the row of a pattern (``agenda[].title``), or None when there is none."""
    found = _BY_PATTERN.get(pattern)
    return found[0] if found else None


@cache
def children(pattern: str, variant: Variant | None = None) -> tuple[Field, ...]:
    """Return the rows of the object at ``pattern`` (``""``: the meeting), of one shape if given."""
    rows = _CHILDREN.get(pattern, [])
    return tuple(r for r in rows if variant is None or r.variant in (None, variant))


@cache
def has_variants(pattern: str) -> bool:
    """Return True when the object at ``pattern`` is a person or a group (attendee, speaker)."""
    return any(r.variant is not None for r in _CHILDREN.get(pattern, ()))


def variant_of(obj: Any, pattern: str) -> Variant | None:
    """Return the shape of the domain object at ``pattern``: a group when ``group`` is set."""
    if not has_variants(pattern):
        return None
    return Variant.GROUP if getattr(obj, VARIANT_KEY, None) is not None else Variant.PERSON


def item_pattern(pattern: str) -> str:
    """Return the pattern of a list's items: ``attendees`` → ``attendees[]``."""
    return f"{pattern}[]"


#: The keys whose text names an object in one line, most telling first (the diff shows them).
SUMMARY_KEYS: tuple[str, ...] = tuple(dict.fromkeys(r.key for r in FIELDS if r.summary))


# -- paths ----------------------------------------------------------------------------------------

_NAME_STEP = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: An index: ASCII digits only, at most nine (no list holds a billion rows).
_INDEX_STEP = re.compile(r"\[([0-9]{1,9})\]")


class FieldPathError(BilingualError, ValueError):
    """A text that is not a field path, or a path that names nothing in a meeting."""


@lru_cache(maxsize=8192)
def _parse(written: str) -> tuple[Step, ...]:
    steps: list[Step] = []
    pos = 0
    while pos < len(written):
        if written[pos] == "[":
            match = _INDEX_STEP.match(written, pos)
            if match is None or not steps:
                break
            steps.append(int(match.group(1)))
        else:
            if steps:
                if written[pos] != ".":
                    break
                pos += 1
            match = _NAME_STEP.match(written, pos)
            if match is None:
                break
            steps.append(match.group())
        pos = match.end()
    else:
        return tuple(steps)
    raise FieldPathError(
        f"«{written}» không phải đường dẫn trường (ví dụ agenda[1].statements[0].content)",
        f"{written!r} is not a field path (e.g. agenda[1].statements[0].content)",
    )


def format_steps(steps: tuple[Step, ...] | list[Step]) -> str:
    """Return the text of a path given as its steps: ``("agenda", 1, "title")`` → ``agenda[1].title``."""
    out = ""
    for step in steps:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def _pattern(steps: tuple[Step, ...] | list[Step]) -> str:
    out = ""
    for step in steps:
        if isinstance(step, int):
            out += "[]"
        else:
            out += f".{step}" if out else step
    return out


@dataclass(frozen=True)
class FieldPath:
    """A path to one value of a meeting: ``agenda[1].statements[0].content`` (``""``: the meeting)."""

    steps: tuple[Step, ...] = ()

    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """Return the path written as ``text``; ``FieldPathError`` when it is not one."""
        return cls(_parse(text))

    def __str__(self) -> str:
        return format_steps(self.steps)

    @property
    def pattern(self) -> str:
        """Return the pattern of the row: ``agenda[].statements[].content``."""
        return _pattern(self.steps)

    @property
    def field(self) -> Field | None:
        """Return the row this path names, or None (a list's item of objects, an unknown key)."""
        return field_at(self.pattern)

    def child(self, step: Step) -> FieldPath:
        """Return the path one step further: an attribute or a list index."""
        return FieldPath((*self.steps, step))

    def get(self, root: Any) -> Any:
        """Return the value at this path; below an absent optional object, the field's default.

        ``agenda[0].presenter.name`` reads ``""`` while the item has no presenter.
        """
        obj = root
        for step in self.steps:
            if obj is None:
                row = self.field
                return row.default() if row is not None else ""
            obj = _child(obj, step, self)
        return obj

    def set(self, root: Any, new: Any, *, normalise: bool = True) -> None:
        """Set the value at this path; a typed text is normalised (NFC, ``\\n`` line ends)
        unless the caller did so already (``typed``).

        Writing a field of an absent optional object (a presenter) creates it; an optional
        object whose fields all went back to their defaults is absent (None) again.
        """
        if not self.steps:
            raise FieldPathError("đường dẫn trường rỗng", "empty field path")
        obj = root
        parents: list[tuple[Any, Step, Field | None]] = []
        for i, step in enumerate(self.steps[:-1]):
            child = _child(obj, step, self)
            row = field_at(_pattern(self.steps[: i + 1]))
            if child is None and row is not None and row.kind is Kind.OBJECT and row.optional:
                child = row.value_type()
                setattr(obj, str(step), child)
            parents.append((obj, step, row))
            obj = child
        last = self.steps[-1]
        if normalise:
            new = typed(self, new)
        if isinstance(last, int):
            obj[last] = new
        else:
            if not hasattr(obj, last):
                raise _no_field(self)
            setattr(obj, last, new)
        if parents:
            owner, step, row = parents[-1]
            if (
                row is not None
                and row.kind is Kind.OBJECT
                and row.optional
                and obj == row.value_type()
            ):
                setattr(owner, str(step), None)


def _no_field(path: FieldPath) -> FieldPathError:
    return FieldPathError(
        f"biên bản không có trường «{path}»", f"the minutes have no field {str(path)!r}"
    )


def _child(obj: Any, step: Step, path: FieldPath) -> Any:
    try:
        if isinstance(step, int):
            return obj[step]
        if not dataclasses.is_dataclass(obj):
            raise AttributeError(step)
        return getattr(obj, step)
    except (AttributeError, IndexError, TypeError, KeyError):
        raise _no_field(path) from None


def parse_path(text: str) -> list[Step]:
    """Return the steps of a path: ``agenda[1].title`` → ``["agenda", 1, "title"]``."""
    return list(_parse(text))


def get_value(root: Any, path: str) -> Any:
    """Return the value at ``path`` (see ``FieldPath.get``)."""
    return FieldPath.parse(path).get(root)


def set_value(root: Any, path: str, new: Any, *, normalise: bool = True) -> None:
    """Set the value at ``path`` (see ``FieldPath.set``)."""
    FieldPath.parse(path).set(root, new, normalise=normalise)


def is_within(path: str, ancestor: str) -> bool:
    """Return True when ``path`` is ``ancestor`` or lies below it (``""`` holds everything)."""
    if not ancestor:
        return True
    return path == ancestor or path.startswith(ancestor + ".") or path.startswith(ancestor + "[")


def index_in(path: str, list_path: str) -> int | None:
    """Return the index right after ``list_path`` in ``path`` (``attendees[3].name`` → 3)."""
    if not path.startswith(list_path + "["):
        return None
    match = _INDEX_STEP.match(path, len(list_path))
    return int(match.group(1)) if match else None


def field_after(path: str, list_path: str) -> str:
    """Return what follows ``list_path[i].`` in ``path`` (``attendees[3].name`` → ``name``)."""
    match = _INDEX_STEP.match(path, len(list_path)) if path.startswith(list_path + "[") else None
    if match is None:
        return ""
    return path[match.end() :].removeprefix(".")


_ANY_INDEX = re.compile(r"\[[0-9]+\]")


def any_index(path: str, mark: str = "[…]") -> str:
    """Return ``path`` with every index as ``mark``: ``recipients[7]`` → ``recipients[…]``.

    Quick on millions of paths (a summary of like problems); no check that it is a path.
    """
    return _ANY_INDEX.sub(mark, path)


def pattern_of_path(path: str) -> str:
    """Return the pattern of a path's text; a text that is not a path is its own pattern."""
    try:
        return _pattern(_parse(path))
    except FieldPathError:
        return path


# -- normalising values at the boundary -------------------------------------------------------


def typed(path: FieldPath | str, new: Any) -> Any:
    """Return ``new`` as the field at ``path`` keeps it: typed text in NFC with ``\\n`` line ends.

    The editor's one way in (the reader's is ``clean``), so that what is kept is what is saved.
    Objects and lists (a row inserted) are normalised throughout, as copies where they change;
    other values are returned as they are.
    """
    where = path if isinstance(path, FieldPath) else FieldPath.parse(path)
    return _typed(new, where.pattern)


def _typed(new: Any, pattern: str) -> Any:
    if isinstance(new, str):
        row = field_at(pattern)
        return normal_text(new) if row is not None and row.is_text else new
    if isinstance(new, list):
        inner = item_pattern(pattern)
        fixed_items = [_typed(x, inner) for x in new]
        changed = any(a is not b for a, b in zip(fixed_items, new, strict=True))
        return fixed_items if changed else new
    if dataclasses.is_dataclass(new) and not isinstance(new, type):
        fixes: dict[str, Any] = {}
        for row in children(pattern):
            current = getattr(new, row.key)
            fixed = _typed(current, row.pattern)
            if fixed is not current:
                fixes[row.key] = fixed
        return dataclasses.replace(new, **fixes) if fixes else new
    return new


# -- what the checks walk -------------------------------------------------------------------------


def walk(meeting: Meeting) -> Iterator[tuple[str, Field, Any]]:
    """Yield ``(path, row, value)`` for every field of ``meeting`` in document order.

    Only the fields of an object's shape (a group attendee has no name), and nothing below an
    absent optional object. Objects and lists are yielded before what they hold.
    """
    yield from _walk(meeting, "", "")


def _walk(obj: Any, path: str, pattern: str) -> Iterator[tuple[str, Field, Any]]:
    for row in children(pattern, variant_of(obj, pattern)):
        here = f"{path}.{row.key}" if path else row.key
        current = getattr(obj, row.key)
        yield here, row, current
        if current is None:
            continue
        if row.kind is Kind.OBJECT:
            yield from _walk(current, here, row.pattern)
        elif row.kind is Kind.LIST:
            inner = item_pattern(row.pattern)
            item_row = field_at(inner)
            for i, item in enumerate(current):
                if item_row is not None:  # a list of texts
                    yield f"{here}[{i}]", item_row, item
                else:
                    yield from _walk(item, f"{here}[{i}]", inner)


def named_people(meeting: Meeting) -> Iterator[tuple[str, Any]]:
    """Yield ``(path, object)`` for every person named in ``meeting``, in reading order.

    A person is an object whose shape has a ``person`` name row: the chair, the secretary,
    an attendee, a presenter, a speaker (not a group).
    """
    yield from _people(meeting, "", "")


def _people(obj: Any, path: str, pattern: str) -> Iterator[tuple[str, Any]]:
    rows = children(pattern, variant_of(obj, pattern))
    if pattern and any(row.person for row in rows):
        yield path, obj
    for row in rows:
        current = getattr(obj, row.key)
        here = f"{path}.{row.key}" if path else row.key
        if current is None:
            continue
        if row.kind is Kind.OBJECT:
            yield from _people(current, here, row.pattern)
        elif row.kind is Kind.LIST and field_at(item_pattern(row.pattern)) is None:
            for i, item in enumerate(current):
                yield from _people(item, f"{here}[{i}]", item_pattern(row.pattern))


def text_fields(meeting: Meeting) -> Iterator[tuple[str, str]]:
    """Yield ``(path, text)`` for every text the user typed into a meeting, in reading order.

    Scratch notes are included (they are typed text: the same character checks apply), but
    they are never printed: see ``is_printed``.
    """
    for path, row, current in walk(meeting):
        if row.kind is Kind.TEXT:
            yield path, current if current is not None else ""


def row_of(path: str) -> Field | None:
    """Return the row of a path's text, or None for a text that is no field's path."""
    return field_at(pattern_of_path(path))


def is_printed(path: str) -> bool:
    """Return False for a text field the printed minutes never show (a scratch note)."""
    row = row_of(path)
    return row is None or row.printed


def is_spell_checked(path: str) -> bool:
    """Return True for a text field whose words are prose to spell-check (not a name or code)."""
    row = row_of(path) if path else None
    return row is not None and row.kind is Kind.TEXT and row.spell


def proper_names(meeting: Meeting) -> list[str]:
    """Return the names written in ``meeting`` whose words the spell checker accepts."""
    return [text for path, text in text_fields(meeting) if text and _row_flag(path, "proper_name")]


def holds_proper_names(path: str) -> bool:
    """Return True when a change at ``path`` can change ``proper_names`` (a name, or what holds one)."""
    if not path:
        return True
    pattern = pattern_of_path(path)
    return any(
        r.proper_name and (r.pattern == pattern or is_within(r.pattern, pattern)) for r in FIELDS
    )


def _row_flag(path: str, flag: str) -> bool:
    row = row_of(path)
    return row is not None and bool(getattr(row, flag))


def print_limit(path: str) -> int | None:
    """Return the longest text a header or signature cell can print at ``path``, if limited."""
    row = row_of(path)
    return row.print_limit if row is not None else None


# -- labels ---------------------------------------------------------------------------------------


def path_steps(path: str) -> list[Step]:
    """Return the steps of a path; a text that is not a path gives itself as one key."""
    try:
        return list(_parse(path))
    except FieldPathError:
        return [path]


def _labels_by_key() -> dict[str, Field]:
    """Return, for each key, the row whose label it has in most places (nested ones first)."""
    by_key: dict[str, list[Field]] = {}
    for row in FIELDS:
        if row.key:
            by_key.setdefault(row.key, []).append(row)
    chosen: dict[str, Field] = {}
    for key, rows in by_key.items():
        nested = [r for r in rows if r.parent] or rows
        counts: dict[Label, int] = {}
        for row in nested:
            counts[row.label] = counts.get(row.label, 0) + 1
        best = max(counts, key=lambda label: counts[label])  # the first of the most common
        chosen[key] = next(r for r in nested if r.label == best)
    return chosen


#: Key -> the row that names it where its path is not in the table: a path of an older
#: version of the format, kept in the audit log (``signature.show_place_date``).
_BY_KEY = _labels_by_key()


def row_for(steps: list[Step] | tuple[Step, ...]) -> Field | None:
    """Return the row of a path given as its steps; for a path the table lacks, the row of its
    last key (an older version's path in the audit log); None for an unknown key."""
    row = field_at(_pattern(steps))
    if row is None and steps and isinstance(steps[-1], str):
        row = _BY_KEY.get(steps[-1])
    return row


def record_labels(steps: list[Step] | tuple[Step, ...]) -> Label:
    """Return the Vietnamese and English labels of a path: ``Nội dung 2 › Ý kiến 1 › Họ tên``.

    A list's item takes the list's label and its number; a key the table lacks is shown as is.
    """
    vi_parts: list[str] = []
    en_parts: list[str] = []
    for i, step in enumerate(steps):
        if isinstance(step, int):
            if vi_parts:
                vi_parts[-1] += f" {step + 1}"
                en_parts[-1] += f" {step + 1}"
            continue
        row = row_for(steps[: i + 1])
        vi, en = row.label if row is not None else (step, step)
        vi_parts.append(vi)
        en_parts.append(en)
    return " › ".join(vi_parts), " › ".join(en_parts)


def editor_label(path: str, language: str = "vi") -> str:
    """Return where ``path`` is as the editor says it: ``Nội dung 3, ý kiến 1: Người phát biểu``.

    Each list row on the way is named (``Thành phần, dòng 2``), then the field itself; a path
    that is not a field's is shown as it is.
    """
    try:
        steps = _parse(path)
    except FieldPathError:
        return path
    en = language == "en"
    places: list[str] = []
    last: str | None = None
    for i, step in enumerate(steps):
        if isinstance(step, int):
            row = field_at(_pattern(steps[:i]))
            template = row.item_editor if row is not None and row.item_editor else None
            if template is not None:
                places.append((template[1] if en else template[0]).format(n=step + 1))
            else:
                places.append(f"{steps[i - 1]} {step + 1}")
            last = None
            continue
        row = field_at(_pattern(steps[: i + 1]))
        last = row.editor_in(language) if row is not None else str(step)
        if i + 1 < len(steps) and isinstance(steps[i + 1], int):
            last = None  # named by its row's place instead
    place = ", ".join(places)
    if last is None:
        return place or path
    return f"{place}: {last}" if place else last


# -- the parts of the minutes a comment may name ------------------------------------------------

#: The part that stands for the whole minutes.
WHOLE_MINUTES = "meeting"


def comment_part_steps(part: str) -> tuple[Step, ...] | None:
    """Return the steps of a comment's part (``agenda[0].statements[1]``), None when it is none.

    A part is the whole minutes (``meeting``) or one item of a list comments may name, inside
    items of such lists only: ``agenda[i]``, ``agenda[i].statements[j]``, ``votes[i]``, ``tasks[i]``.
    """
    if part == WHOLE_MINUTES:
        return ()
    try:
        steps = _parse(part)
    except FieldPathError:
        return None
    if not steps or not isinstance(steps[-1], int):
        return None
    for i, step in enumerate(steps):
        if isinstance(step, int):
            row = field_at(_pattern(steps[:i]))
            if row is None or not row.comment_part:
                return None
        elif i + 1 >= len(steps) or not isinstance(steps[i + 1], int):
            return None  # only lists on the way: no field of an item
    return steps


def comment_part_forms() -> list[str]:
    """Return how comment parts are written: ``agenda[i]``, ``agenda[i].statements[j]``, …"""
    forms = []
    for row in FIELDS:
        if row.kind is Kind.LIST and row.comment_part:
            written = ""
            for letter, piece in zip("ijk", f"{row.pattern}[]".split("[]")[:-1], strict=False):
                written += f"{piece}[{letter}]"
            forms.append(written)
    return forms


def comment_part_exists(meeting: Meeting, part: str) -> bool:
    """Return True when ``part`` names the whole minutes or an item ``meeting`` has."""
    steps = comment_part_steps(part)
    if steps is None:
        return False
    try:
        FieldPath(steps).get(meeting)
    except FieldPathError:
        return False
    return True


def part_label(part: str, language: str = "vi") -> str:
    """Return the label of a comment's part: ``Nội dung 1 › Ý kiến 2`` (``Agenda item 1 › Statement 2``)."""
    steps = comment_part_steps(part)
    if not steps:
        return "The whole minutes" if language == "en" else "Toàn bộ biên bản"
    vi, en = record_labels(steps)
    return en if language == "en" else vi


def summary_of(obj: Any, pattern: str) -> str:
    """Return the text naming an object in one line: an item's title, a vote's subject, a
    statement's speaker (found in its speaker); ``""`` when it has none."""
    rows = children(pattern, variant_of(obj, pattern))
    named = [row for row in rows if row.summary]
    if named:
        found = getattr(obj, named[0].key)
        return found if isinstance(found, str) else ""
    for row in rows:
        inner = getattr(obj, row.key)
        if row.kind is Kind.OBJECT and inner is not None:
            found = summary_of(inner, row.pattern)
            if found:
                return found
    return ""


def comment_parts(meeting: Meeting, language: str = "vi") -> list[tuple[str, str]]:
    """Return the parts a comment can be attached to: (path, ``label: summary``), in order."""
    parts = [(WHOLE_MINUTES, part_label(WHOLE_MINUTES, language))]
    _parts_in(meeting, "", "", language, parts)
    return parts


def _parts_in(obj: Any, path: str, pattern: str, language: str, out: list[tuple[str, str]]) -> None:
    for row in children(pattern, variant_of(obj, pattern)):
        if row.kind is not Kind.LIST or not row.comment_part:
            continue
        here = f"{path}.{row.key}" if path else row.key
        inner = item_pattern(row.pattern)
        for i, item in enumerate(getattr(obj, row.key)):
            where = f"{here}[{i}]"
            out.append(
                (where, f"{part_label(where, language)}: {summary_of(item, inner)}".rstrip(": "))
            )
            _parts_in(item, where, inner, language, out)


# -- one normal form for what is stored ------------------------------------------------------------


def normal_text(value: str) -> str:
    """Return a typed text as stored: NFC, ``\\n`` line ends (``clean``), quickly when it is."""
    if "\r" not in value and unicodedata.is_normalized("NFC", value):
        return value
    return clean(value)


def normalised(meeting: Meeting) -> Meeting:
    """Return a copy of ``meeting`` in the one form the store keeps and the JSON reader gives.

    Texts are NFC with ``\\n`` line ends, moments are to the minute without a time zone, and
    the fields of an object's other shape (a group attendee's name) are back to their
    defaults: the meeting equals what reading its own JSON back would give, without the JSON.
    Values of the wrong type raise ``FieldPathError`` naming the field.
    """
    built = _normalised(meeting, "", "")
    assert isinstance(built, Meeting)
    return built


def _normalised(obj: Any, path: str, pattern: str) -> Any:
    variant = variant_of(obj, pattern)
    values: dict[str, Any] = {}
    for row in children(pattern, variant):
        here = f"{path}.{row.key}" if path else row.key
        values[row.key] = _normal_value(row, getattr(obj, row.key), here)
    return type(obj)(**values)


def _normal_value(row: Field, current: Any, path: str) -> Any:
    if current is None:
        if row.optional:
            return None
        raise _wrong(path, "thiếu giá trị", "the value is missing")
    kind = row.kind
    if kind is Kind.TEXT:
        if not isinstance(current, str):
            raise _wrong(path, "phải là chuỗi ký tự", "must be a string")
        return normal_text(current)
    if kind is Kind.INTEGER or kind is Kind.FLAG:
        wanted = int if kind is Kind.INTEGER else bool
        if not isinstance(current, wanted) or (wanted is int and isinstance(current, bool)):
            raise _wrong(
                path,
                f"phải là {'số nguyên' if wanted is int else 'true hoặc false'}",
                f"must be {'an integer' if wanted is int else 'true or false'}",
            )
        return current
    if kind is Kind.MOMENT:
        if not isinstance(current, dt.datetime):
            raise _wrong(path, "phải là thời gian", "must be a date and time")
        return current.replace(second=0, microsecond=0, tzinfo=None)
    if kind is Kind.DATE:
        if not isinstance(current, dt.date) or isinstance(current, dt.datetime):
            raise _wrong(path, "phải là ngày", "must be a date")
        return current
    if kind is Kind.CHOICE:
        try:
            return row.value_type(current)
        except ValueError:
            raise _wrong(
                path, f"giá trị {current!r} không hợp lệ", f"invalid value {current!r}"
            ) from None
    if kind is Kind.OBJECT:
        if not isinstance(current, row.value_type):
            raise _wrong(path, "phải là một đối tượng", "must be an object")
        return _normalised(current, path, row.pattern)
    if not isinstance(current, list):
        raise _wrong(path, "phải là một danh sách", "must be a list")
    inner = item_pattern(row.pattern)
    item_row = field_at(inner)
    if item_row is not None:
        return [_normal_value(item_row, x, f"{path}[{i}]") for i, x in enumerate(current)]
    out = []
    for i, item in enumerate(current):
        if not isinstance(item, row.value_type):
            raise _wrong(f"{path}[{i}]", "phải là một đối tượng", "must be an object")
        out.append(_normalised(item, f"{path}[{i}]", inner))
    return out


def _wrong(path: str, vi: str, en: str) -> FieldPathError:
    return FieldPathError(f"{path}: {vi}", f"{path}: {en}")
