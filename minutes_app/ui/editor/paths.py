"""Field paths such as ``agenda[2].statements[0].speaker.name``: read and write them."""

from __future__ import annotations

import re
from typing import Any

from minutes_app.domain.model import Person

_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z_0-9]*)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")

Step = str | int


def parse_path(path: str) -> list[Step]:
    """Return the steps of ``path``: attribute names and list indexes."""
    steps: list[Step] = []
    if not path:
        return steps
    for part in path.split("."):
        match = _SEGMENT.fullmatch(part)
        if match is None:
            raise ValueError(f"bad field path: {path!r}")
        steps.append(match.group(1))
        steps.extend(int(i) for i in _INDEX.findall(match.group(2)))
    return steps


def join_path(steps: list[Step]) -> str:
    """Return the text form of ``steps`` (inverse of ``parse_path``)."""
    out = ""
    for step in steps:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def _child(obj: Any, step: Step) -> Any:
    return obj[step] if isinstance(step, int) else getattr(obj, step)


def get_value(root: Any, path: str) -> Any:
    """Return the value at ``path``; a missing optional person reads as empty fields."""
    obj = root
    for step in parse_path(path):
        if obj is None:
            return ""  # e.g. agenda[0].presenter.name while there is no presenter
        obj = _child(obj, step)
    return obj


def set_value(root: Any, path: str, value: Any) -> None:
    """Set the value at ``path``; writing a field of an absent presenter creates it, and a
    presenter whose name and position become empty is removed again (``None``)."""
    steps = parse_path(path)
    if not steps:
        raise ValueError("empty field path")
    obj = root
    parents: list[tuple[Any, Step]] = []
    for step in steps[:-1]:
        child = _child(obj, step)
        if child is None and step == "presenter":
            child = Person()
            setattr(obj, step, child)
        parents.append((obj, step))
        obj = child
    last = steps[-1]
    if isinstance(last, int):
        obj[last] = value
    else:
        setattr(obj, last, value)
    if parents and parents[-1][1] == "presenter" and isinstance(obj, Person):
        if not obj.name and not obj.position:
            owner, step = parents[-1]
            setattr(owner, str(step), None)


def is_within(path: str, ancestor: str) -> bool:
    """Return True when ``path`` is ``ancestor`` or lies below it."""
    if not ancestor:
        return True
    return path == ancestor or path.startswith(ancestor + ".") or path.startswith(ancestor + "[")


def index_in(path: str, list_path: str) -> int | None:
    """Return the index right after ``list_path`` in ``path`` (``attendees[3].name`` -> 3)."""
    if not path.startswith(list_path + "["):
        return None
    match = re.match(r"\[(\d+)\]", path[len(list_path) :])
    return int(match.group(1)) if match else None


def field_after(path: str, list_path: str) -> str:
    """Return what follows ``list_path[i].`` in ``path`` (``attendees[3].name`` -> ``name``)."""
    match = re.match(re.escape(list_path) + r"\[\d+\]\.?(.*)", path)
    return match.group(1) if match else ""
