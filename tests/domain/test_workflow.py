"""Workflow transitions: allowed steps, who and why."""

from __future__ import annotations

import pytest

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action, WorkflowError, allowed_actions, apply


@pytest.mark.parametrize(
    ("status", "action", "text", "expected"),
    [
        (Status.DRAFT, Action.SUBMIT, "", Status.IN_REVIEW),
        (Status.IN_REVIEW, Action.RETURN, "Sửa phần kết luận", Status.DRAFT),
        (Status.IN_REVIEW, Action.APPROVE, "", Status.APPROVED),
        (Status.APPROVED, Action.REOPEN, "Sai tên đại biểu", Status.DRAFT),
    ],
)
def test_allowed_transitions(status: Status, action: Action, text: str, expected: Status) -> None:
    assert apply(status, action, "Mai Văn Thanh", text) is expected


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (Status.DRAFT, Action.APPROVE),
        (Status.DRAFT, Action.RETURN),
        (Status.APPROVED, Action.SUBMIT),
        (Status.IN_REVIEW, Action.REOPEN),
        (Status.APPROVED, Action.APPROVE),
    ],
)
def test_refused_transitions_name_the_states(status: Status, action: Action) -> None:
    with pytest.raises(WorkflowError) as info:
        apply(status, action, "Mai Văn Thanh", "lý do")
    assert "trạng thái" in info.value.message_vi


@pytest.mark.parametrize("action", [Action.RETURN, Action.REOPEN])
def test_return_and_reopen_need_a_text(action: Action) -> None:
    source = Status.IN_REVIEW if action is Action.RETURN else Status.APPROVED
    with pytest.raises(WorkflowError):
        apply(source, action, "Mai Văn Thanh", "   ")


def test_a_transition_needs_a_person() -> None:
    with pytest.raises(WorkflowError) as info:
        apply(Status.DRAFT, Action.SUBMIT, "")
    assert "--by" in info.value.message_en


def test_allowed_actions() -> None:
    assert allowed_actions(Status.DRAFT) == [Action.SUBMIT]
    assert allowed_actions(Status.IN_REVIEW) == [Action.RETURN, Action.APPROVE]
    assert allowed_actions(Status.APPROVED) == [Action.REOPEN]
