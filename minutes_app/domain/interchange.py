"""The JSON interchange format, version 1: lossless dump and all-or-nothing parse."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import field
from json.encoder import encode_basestring as _encode_string
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.fields import (
    VARIANT_KEY,
    Emit,
    Field,
    Kind,
    Variant,
    children,
    field_at,
    has_variants,
    item_pattern,
    variant_of,
    walk,
)
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import clean, count_vi
from minutes_app.domain.validation import Problem, errors_of, validate, warning

FORMAT = "minutes-app.meeting"
VERSION = 1

#: The largest interchange file read (the command line, the window and stdin alike).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The longest list of each kind a meeting may hold (``Field.max_items`` of ``domain.fields``):
#: far beyond any real minutes, small enough that a hostile file cannot make the reader build
#: millions of objects.
#: Integers in the file have at most this many digits (counts, copies, the version).
MAX_INT_DIGITS = 15
#: At most this many ``{`` and ``[`` in a file (strings included): every object costs memory
#: and time before any list can be checked, and no meeting needs a million of them.
MAX_CONTAINERS = 1_000_000

_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")


class _Object(dict[str, Any]):
    """A JSON object as read, remembering the keys that appeared more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        for key, _ in pairs:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        obj.duplicates = tuple(repeated)
    return obj


def _shown(value: Any, limit: int = 60) -> str:
    """Return ``repr(value)``, cut for a message (a hostile value may be megabytes long)."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} ký tự / characters)"


def _too_many_digits(where: str, digits: int) -> Problem:
    return Problem(
        where,
        f"số quá lớn ({count_vi(digits)} chữ số, tối đa {MAX_INT_DIGITS})",
        f"the number is too large ({digits:,} digits, at most {MAX_INT_DIGITS})",
    )


def _too_long(where: str, entries: int, limit: int) -> Problem:
    return Problem(
        where,
        f"danh sách quá dài ({count_vi(entries)} mục, tối đa {count_vi(limit)}); "
        "không đọc danh sách này",
        f"the list is too long ({entries:,} entries, at most {limit:,}); it was not read",
    )


def _too_many_containers(containers: int) -> Problem:
    return Problem(
        "",
        f"tệp có quá nhiều đối tượng và mảng JSON ({count_vi(containers)}, "
        f"tối đa {count_vi(MAX_CONTAINERS)}); không đọc tệp này",
        f"the file holds too many JSON objects and arrays ({containers:,}, at "
        f"most {MAX_CONTAINERS:,}); it was not read",
    )


class _HugeInteger(str):
    """An integer literal with more digits than any count needs (kept as its text)."""


def _integer(text: str) -> int | _HugeInteger:
    digits = text.lstrip("-")
    return _HugeInteger(text) if len(digits) > MAX_INT_DIGITS else int(text)


#: The keys of the document that are not fields of the meeting.
_HEADER_KEYS = frozenset({"format", "version"})


@dataclass
class ParseResult:
    """A parsed meeting and the warnings met on the way (unknown keys, incomplete fields)."""

    meeting: Meeting
    warnings: list[Problem] = field(default_factory=list)


class _Reader:
    """Collects problems while reading a JSON object tree into domain objects."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def err(self, path: str, vi: str, en: str) -> None:
        self.problems.append(Problem(path, vi, en))

    def unknown(self, obj: dict[str, Any], known: set[str], path: str) -> None:
        for key in obj:
            if key not in known:
                where = f"{path}.{key}" if path else key
                self.problems.append(
                    warning(
                        where,
                        "khóa không xác định, đã bỏ qua",
                        "unknown key, ignored",
                    )
                )

    def obj(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.err(path, "phải là một đối tượng JSON", "must be a JSON object")
            return None
        for key in getattr(value, "duplicates", ()):
            where = f"{path}.{key}" if path else key
            self.err(
                where,
                "khóa xuất hiện nhiều lần; không biết giá trị nào đúng",
                "the key appears more than once; which value is meant is unclear",
            )
        return value

    def text(self, obj: dict[str, Any], key: str, path: str, required: bool = False) -> str:
        where = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                self.err(where, "thiếu trường bắt buộc", "required field is missing")
            return ""
        value = obj[key]
        if not isinstance(value, str) or isinstance(value, _HugeInteger):
            self.err(where, "phải là chuỗi ký tự", "must be a string")
            return ""
        return clean(value)

    def integer(self, obj: dict[str, Any], key: str, path: str) -> int | None:
        where = f"{path}.{key}" if path else key
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, _HugeInteger):
            self.problems.append(_too_many_digits(where, len(value.lstrip("-"))))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(where, "phải là số nguyên", "must be an integer")
            return None
        return value

    def date(
        self, obj: dict[str, Any], key: str, path: str, required: bool = False
    ) -> dt.date | None:
        where = f"{path}.{key}" if path else key
        raw = obj.get(key)
        if raw is None or raw == "":
            if required:
                self.err(where, "thiếu ngày (YYYY-MM-DD)", "the date is missing (YYYY-MM-DD)")
            return None
        if not isinstance(raw, str):
            self.err(where, "ngày phải là chuỗi YYYY-MM-DD", "the date must be a YYYY-MM-DD string")
            return None
        try:
            if not _DATE_FORM.fullmatch(raw):
                raise ValueError(raw)
            return dt.date.fromisoformat(raw)
        except ValueError:
            self.err(
                where,
                f"ngày không hợp lệ: {_shown(raw)} (cần YYYY-MM-DD)",
                f"not a valid date: {_shown(raw)} (expected YYYY-MM-DD)",
            )
            return None

    def moment(self, obj: dict[str, Any], key: str, path: str) -> dt.datetime | None:
        where = f"{path}.{key}" if path else key
        raw = obj.get(key)
        if raw is None:
            return None
        if not isinstance(raw, str):
            self.err(
                where,
                "thời gian phải là chuỗi YYYY-MM-DDTHH:MM",
                "the time must be a YYYY-MM-DDTHH:MM string",
            )
            return None
        try:
            # Exactly YYYY-MM-DDTHH:MM: no time zone (which made times incomparable), no
            # week dates, no fractions.
            if not _MOMENT_FORM.fullmatch(raw):
                raise ValueError(raw)
            return dt.datetime.fromisoformat(raw)
        except ValueError:
            self.err(
                where,
                f"thời gian không hợp lệ: {_shown(raw)} (cần YYYY-MM-DDTHH:MM, không múi giờ)",
                f"not a valid time: {_shown(raw)} (expected YYYY-MM-DDTHH:MM, no time zone)",
            )
            return None

    def choice(
        self, obj: dict[str, Any], key: str, path: str, enum: type[Any], default: Any
    ) -> Any:
        where = f"{path}.{key}" if path else key
        raw = obj.get(key)
        if raw is None:
            return default
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(f'"{m.value}"' for m in enum)
            self.err(
                where,
                f"giá trị {_shown(raw)} không hợp lệ; cho phép: {allowed}",
                f"invalid value {_shown(raw)}; allowed: {allowed}",
            )
            return default

    def array(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        required: bool = False,
        limit: int | None = None,
    ) -> list[Any]:
        where = f"{path}.{key}" if path else key
        if key not in obj or obj[key] is None:
            if required:
                self.err(where, "thiếu danh sách bắt buộc", "required list is missing")
            return []
        value = obj[key]
        if not isinstance(value, list):
            self.err(where, "phải là một danh sách (mảng JSON)", "must be a JSON array")
            return []
        if limit is not None and len(value) > limit:
            self.problems.append(_too_long(where, len(value), limit))
            return []
        return value

    def flag(
        self, obj: dict[str, Any], key: str, path: str, optional: bool, default: bool | None
    ) -> bool | None:
        if key not in obj:
            return default
        raw = obj[key]
        if raw is None and optional:
            return None
        if not isinstance(raw, bool):
            where = f"{path}.{key}" if path else key
            self.err(where, "phải là true hoặc false", "must be true or false")
            return default
        return raw

    # -- objects, as ``domain.fields`` describes them ----------------------------------------

    def read(self, value: Any, pattern: str, path: str, cls: type) -> Any:
        """Return the object at ``pattern`` read from a JSON value (its class's default if bad)."""
        obj = self.obj(value, path)
        if obj is None:
            return cls()
        return self.fields(obj, pattern, path, cls)

    def fields(
        self,
        obj: dict[str, Any],
        pattern: str,
        path: str,
        cls: type,
        also_known: frozenset[str] = frozenset(),
    ) -> Any:
        variant = None
        if has_variants(pattern):
            variant = Variant.GROUP if VARIANT_KEY in obj else Variant.PERSON
        rows = children(pattern, variant)
        self.unknown(obj, {row.key for row in rows} | also_known, path)
        return cls(**{row.key: self.field(row, obj, path) for row in rows})

    def field(self, row: Field, obj: dict[str, Any], path: str) -> Any:
        key = row.key
        where = f"{path}.{key}" if path else key
        kind = row.kind
        if row.required and key not in obj and kind in (Kind.OBJECT, Kind.CHOICE, Kind.MOMENT):
            vi, en = row.missing or ("thiếu trường bắt buộc", "required field is missing")
            self.err(where, vi, en)
            return row.default()
        if kind is Kind.TEXT:
            raw = obj.get(key)
            if row.number_as_text and isinstance(raw, (int, _HugeInteger)):
                if not isinstance(raw, bool):
                    obj = {key: str(raw)}
            return self.text(obj, key, path, row.required)
        if kind is Kind.INTEGER:
            number = self.integer(obj, key, path)
            return number if number is not None or row.optional else row.default()
        if kind is Kind.DATE:
            day = self.date(obj, key, path, row.required)
            return day if day is not None or row.optional else row.default()
        if kind is Kind.MOMENT:
            return self.moment(obj, key, path)
        if kind is Kind.CHOICE:
            return self.choice(obj, key, path, row.value_type, row.default())
        if kind is Kind.FLAG:
            return self.flag(obj, key, path, row.optional, row.default())
        if kind is Kind.OBJECT:
            raw = obj.get(key)
            if raw is None and (row.optional or key not in obj):
                return None if row.optional else row.default()
            return self.read(raw, row.pattern, where, row.value_type)
        inner = item_pattern(row.pattern)
        values = self.array(obj, key, path, row.required, row.max_items)
        text_row = field_at(inner)
        if text_row is None:
            return [
                self.read(item, inner, f"{where}[{i}]", row.value_type)
                for i, item in enumerate(values)
            ]
        texts = []
        for i, raw in enumerate(values):
            if isinstance(raw, str) and not isinstance(raw, _HugeInteger):
                texts.append(clean(raw))
            else:
                self.err(f"{where}[{i}]", "phải là chuỗi ký tự", "must be a string")
        return texts


def parse(
    data: str | bytes | dict[str, Any], source: str = "", *, check: bool = True
) -> ParseResult:
    """Return the meeting of an interchange document, or raise ``InterchangeError`` listing every error.

    ``check=False`` skips the meeting rules (``validate``) and keeps only the format's own
    errors: the store uses it to load drafts it saved, which may still break a rule.
    """
    if isinstance(data, (str, bytes)):
        try:
            if isinstance(data, bytes):
                data = data.decode("utf-8")
            too_many = container_problems(data)
            if too_many:
                raise InterchangeError(too_many, source)
            # Notepad and some Windows tools start UTF-8 files with a byte order mark.
            loaded = json.loads(
                data.removeprefix("\ufeff"), object_pairs_hook=_object, parse_int=_integer
            )
        except UnicodeDecodeError as exc:
            raise InterchangeError(
                [
                    Problem(
                        "",
                        f"tệp không phải UTF-8 ({exc.reason} tại byte {exc.start})",
                        f"the file is not UTF-8 ({exc.reason} at byte {exc.start})",
                    )
                ],
                source,
            ) from None
        except json.JSONDecodeError as exc:
            raise InterchangeError(
                [
                    Problem(
                        "",
                        f"JSON không hợp lệ: dòng {exc.lineno}, cột {exc.colno}: {exc.msg}",
                        f"invalid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}",
                    )
                ],
                source,
            ) from None
        except RecursionError:
            raise InterchangeError(
                [
                    Problem(
                        "",
                        "JSON không hợp lệ: lồng nhau quá sâu (mảng hoặc đối tượng trong nhau)",
                        "invalid JSON: nested too deeply (arrays or objects inside each other)",
                    )
                ],
                source,
            ) from None
        except ValueError as exc:  # e.g. a float literal beyond every limit
            raise InterchangeError(
                [Problem("", f"JSON không hợp lệ: {exc}", f"invalid JSON: {exc}")], source
            ) from None
    else:
        loaded = data
    reader = _Reader()
    top = reader.obj(loaded, "")
    if top is None:
        raise InterchangeError(reader.problems, source)
    if top.get("format") != FORMAT:
        reader.err("format", f'phải là "{FORMAT}"', f'must be "{FORMAT}"')
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        reader.err("version", "phải là số nguyên (1)", "must be an integer (1)")
    elif version > VERSION:
        raise InterchangeError(
            [
                Problem(
                    "version",
                    f"tệp ở phiên bản định dạng {version}, mới hơn phiên bản ứng dụng hỗ trợ "
                    f"({VERSION}); hãy cập nhật ứng dụng",
                    f"the file is format version {version}, newer than this application supports "
                    f"({VERSION}); update the application",
                )
            ],
            source,
        )
    elif version < 1:
        reader.err("version", "phiên bản không hợp lệ", "invalid version")
    meeting = reader.fields(top, "", "", Meeting, _HEADER_KEYS)
    problems = reader.problems + (validate(meeting) if check else [])
    if errors_of(problems):
        raise InterchangeError(problems, source)
    return ParseResult(meeting, [p for p in problems if not p.is_error])


def container_problems(text: str) -> list[Problem]:
    """Return the error of a document with more ``{`` and ``[`` than the reader reads, if so."""
    containers = text.count("{") + text.count("[")
    return [_too_many_containers(containers)] if containers > MAX_CONTAINERS else []


def limit_problems(meeting: Meeting) -> list[Problem]:
    """Return the errors the reader would find in ``meeting``'s own document: a list longer than
    its cap, an integer with more digits than any count needs.

    The store checks them before saving, so that whatever it saves it can read back.
    """
    problems: list[Problem] = []
    for path, row, current in walk(meeting):
        if row.kind is Kind.LIST and row.max_items is not None and len(current) > row.max_items:
            problems.append(_too_long(path, len(current), row.max_items))
        elif row.kind is Kind.INTEGER and isinstance(current, int):
            if abs(current) >= 10**MAX_INT_DIGITS:
                # str() refuses ints of over 4300 digits: count those from their bits.
                bits = abs(current).bit_length()
                digits = len(str(abs(current))) if bits < 14_000 else int(bits * 0.30103) + 1
                problems.append(_too_many_digits(path, digits))
    return problems


def _moment_text(moment: dt.datetime) -> str:
    # Not strftime("%Y"): it writes the year 999 as "999", which the reader then refuses.
    return f"{moment.date().isoformat()}T{moment.hour:02d}:{moment.minute:02d}"


def _dump_object(obj: Any, pattern: str) -> dict[str, Any]:
    """Return the JSON object of a domain object, its keys in the table's order."""
    out: dict[str, Any] = {}
    for row in children(pattern, variant_of(obj, pattern)):
        current = getattr(obj, row.key)
        if row.emit is Emit.IF_SET and current == row.default():
            continue
        out[row.key] = _dump_value(row, current)
    return out


def _dump_value(row: Field, current: Any) -> Any:
    if current is None:
        return None
    kind = row.kind
    if kind is Kind.DATE:
        return current.isoformat()
    if kind is Kind.MOMENT:
        return _moment_text(current)
    if kind is Kind.CHOICE:
        return current.value
    if kind is Kind.OBJECT:
        return _dump_object(current, row.pattern)
    if kind is Kind.LIST:
        inner = item_pattern(row.pattern)
        if field_at(inner) is not None:
            return list(current)
        return [_dump_object(item, inner) for item in current]
    return current  # text, integer, flag


def to_dict(meeting: Meeting) -> dict[str, Any]:
    """Return the interchange document of ``meeting`` as plain JSON data."""
    return {"format": FORMAT, "version": VERSION, **_dump_object(meeting, "")}


def dumps(meeting: Meeting) -> str:
    """Return the interchange document of ``meeting`` as pretty UTF-8 JSON text."""
    return json.dumps(to_dict(meeting), ensure_ascii=False, indent=2) + "\n"


def canonical_bytes(meeting: Meeting) -> bytes:
    """Return the canonical JSON of ``meeting`` (sorted keys, no spaces): the basis of content hashes."""
    return b"".join(part.encode("utf-8") for part in _canonical_chunks(to_dict(meeting)))


def canonical_text(meeting: Meeting) -> str:
    """Return the canonical JSON of ``meeting`` as text (``canonical_bytes`` decoded)."""
    return "".join(_canonical_chunks(to_dict(meeting)))


#: Longest piece (characters) the canonical writer hands to one C call: ``json.dumps`` of a
#: whole megabyte meeting holds the interpreter for 5-15 ms (the window's event loop waits as
#: long when a worker saves); pieces of this size take a fraction of a millisecond each.
CANONICAL_CHUNK = 1 << 15


def _canonical_chunks(data: Any) -> Iterator[str]:
    """Yield the text of ``json.dumps(data, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))`` in pieces of about ``CANONICAL_CHUNK`` characters, the same
    characters, written one value at a time."""
    parts: list[str] = []
    size = 0
    for part in _canonical_parts(data):
        parts.append(part)
        size += len(part)
        if size >= CANONICAL_CHUNK:
            yield "".join(parts)
            parts, size = [], 0
    if parts:
        yield "".join(parts)


def _canonical_parts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if len(value) <= CANONICAL_CHUNK:
            yield _encode_string(value)
            return
        # Each character is escaped on its own, so a long text is escaped piece by piece.
        yield '"'
        for start in range(0, len(value), CANONICAL_CHUNK):
            yield _encode_string(value[start : start + CANONICAL_CHUNK])[1:-1]
        yield '"'
    elif isinstance(value, dict):
        yield "{"
        for i, key in enumerate(sorted(value)):
            if not isinstance(key, str):
                raise TypeError(f"canonical JSON keys are text, not {type(key).__name__}")
            yield f",{_encode_string(key)}:" if i else f"{_encode_string(key)}:"
            yield from _canonical_parts(value[key])
        yield "}"
    elif isinstance(value, (list, tuple)):
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            yield from _canonical_parts(item)
        yield "]"
    else:  # numbers, true, false, null: as json.dumps writes them
        yield json.dumps(value)
