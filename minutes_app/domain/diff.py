"""Readable, field-level differences between two versions of a meeting, labelled by domain.labels."""

from __future__ import annotations

import json
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.fields import SUMMARY_KEYS, format_steps, record_labels
from minutes_app.domain.interchange import to_dict
from minutes_app.domain.labels import change_text
from minutes_app.domain.model import Meeting

_IGNORED = {"format", "version"}


@dataclass(frozen=True)
class FieldChange:
    """One changed field: where, its label, and the old and new values as text (None = absent)."""

    path: str
    label_vi: str
    label_en: str
    old: str | None
    new: str | None

    @property
    def kind(self) -> str:
        """Return ``added``, ``removed`` or ``changed``."""
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"

    def text(self, language: str = "vi") -> str:
        """Return one readable line for this change (Vietnamese, or English with ``"en"``)."""
        return change_text(self.path, self.old, self.new, language)


def _show(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"  # shown as có/không by domain.labels
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        for key in SUMMARY_KEYS:
            found = value.get(key)
            if isinstance(found, str) and found:
                return found
        if "speaker" in value:
            return f"{_show(value['speaker'])}: {_show(value.get('content', ''))}"
    return json.dumps(value, ensure_ascii=False)


def _walk(old: Any, new: Any, path: list[str | int], out: list[FieldChange]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        keys = list(old) + [k for k in new if k not in old]
        for key in keys:
            if not path and key in _IGNORED:
                continue
            _walk(old.get(key), new.get(key), [*path, key], out)
        return
    if isinstance(old, list) and isinstance(new, list):
        encode = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in old]
        encode_new = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in new]
        from difflib import SequenceMatcher  # only here: a command that saves nothing never diffs

        matcher = SequenceMatcher(a=encode, b=encode_new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for k in range(paired):
                _walk(old[i1 + k], new[j1 + k], [*path, j1 + k], out)
            for k in range(i1 + paired, i2):
                _record(old[k], None, [*path, k], out)
            for k in range(j1 + paired, j2):
                _record(None, new[k], [*path, k], out)
        return
    _record(old, new, path, out)


def _record(old: Any, new: Any, path: list[str | int], out: list[FieldChange]) -> None:
    vi, en = record_labels(path)
    out.append(FieldChange(format_steps(path), vi, en, _show(old), _show(new)))


def diff_dicts(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """Return the field changes between two interchange documents."""
    out: list[FieldChange] = []
    _walk(old, new, [], out)
    return out


def diff_meetings(old: Meeting, new: Meeting) -> list[FieldChange]:
    """Return the field changes from ``old`` to ``new``, in document order."""
    return diff_dicts(to_dict(old), to_dict(new))
