"""The editor's tables edit fields of the one field table, each with an editor of its kind."""

from __future__ import annotations

import pytest

from minutes_app.domain.fields import Kind, children, field_at
from minutes_app.ui.editor.table_models import (
    AttendeeTableModel,
    RowsModel,
    TaskTableModel,
    VoteTableModel,
)

#: How a column edits its cell -> the kinds of field it may edit.
_EDITS = {
    "text": {Kind.TEXT},
    "name": {Kind.TEXT},
    "owner": {Kind.TEXT},
    "choice": {Kind.CHOICE},
    "count": {Kind.INTEGER},
    "date": {Kind.DATE},
}


@pytest.mark.parametrize(
    ("model", "items"),
    [(AttendeeTableModel, "attendees[]"), (VoteTableModel, "votes[]"), (TaskTableModel, "tasks[]")],
)
def test_every_editable_column_is_a_field_of_its_list(model: type[RowsModel], items: str) -> None:
    assert field_at(items.removesuffix("[]")) is not None
    keys = {row.key for row in children(items)}
    edited = [c for c in model.columns if c.kind != "computed"]
    assert edited
    for column in edited:
        assert column.field in keys, f"{items}.{column.field}"
        kinds = {row.kind for row in children(items) if row.key == column.field}
        assert kinds <= _EDITS[column.kind], (column.field, kinds, column.kind)
