"""Every value of a choice field has one name in both languages (domain.labels.CHOICES)."""

from __future__ import annotations

from enum import StrEnum

from minutes_app.domain import fields
from minutes_app.domain.labels import CHOICES, STATUSES, change_text, choice_label, value_text
from minutes_app.domain.model import Attendance, Role, Status


def _choice_types() -> set[type]:
    return {
        row.value_type
        for row in fields.FIELDS
        if row.kind is fields.Kind.CHOICE and isinstance(row.value_type, type)
    }


def test_every_value_of_every_choice_field_has_a_name_in_both_languages() -> None:
    kinds = _choice_types()
    assert Attendance in kinds and Role in kinds  # the walk finds the choice fields
    for kind in kinds:
        assert issubclass(kind, StrEnum), kind
        for value in kind:
            vi, en = STATUSES[value] if kind is Status else CHOICES[value]
            assert vi.strip() and en.strip() and vi != en, value


def test_a_stored_choice_is_shown_by_its_name() -> None:
    path = "attendees[2].attendance"
    assert value_text(path, "late") == "Đến muộn"
    assert value_text(path, "absent_excused", "en") == "Absent with a reason"
    assert value_text("attendees[0].role", "guest", "en") == "Guest"
    assert value_text("votes[0].purpose", "admission") == "Kết nạp đảng viên"
    assert value_text("status", "approved", "en") == "Approved"
    assert value_text(path, "no_such_code") == "no_such_code"  # an old or foreign code: as it is
    assert value_text(path, None) is None


def test_a_changed_choice_reads_as_names_in_the_history() -> None:
    line = change_text("attendees[1].attendance", "present", "absent", "en")
    assert line.endswith("«Present» → «Absent without a reason»"), line
    assert choice_label(Attendance, Attendance.LATE) == "Đến muộn"
