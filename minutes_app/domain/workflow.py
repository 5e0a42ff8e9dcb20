"""The review workflow: states, the transitions between them and what each transition needs."""

from __future__ import annotations

from enum import StrEnum

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError
from minutes_app.domain.labels import status_label
from minutes_app.domain.model import Status


class Action(StrEnum):
    """A step of the workflow."""

    SUBMIT = "submit"  # draft -> in review
    RETURN = "return"  # in review -> draft, with a comment
    APPROVE = "approve"  # in review -> approved
    REOPEN = "reopen"  # approved -> draft, with a reason; starts a new revision
    # Not a step anyone takes: the record that a meeting arrived already approved (imported),
    # written once with the import, naming who imported it.
    IMPORT = "import"


@dataclass(frozen=True)
class Transition:
    """What one action does: from which state to which, and whether it needs a text."""

    action: Action
    source: Status
    target: Status
    needs_text: bool
    label_vi: str
    label_en: str
    #: What the text it needs is called ("ý kiến" / "comment"), in each language.
    text_label_vi: str = ""
    text_label_en: str = ""

    def label(self, language: str = "vi") -> str:
        """Return the step's name in ``language`` (English for ``en``, else Vietnamese)."""
        return self.label_en if language == "en" else self.label_vi

    def text_label(self, language: str = "vi") -> str:
        """Return what the step's text is called in ``language`` ("" when it needs none)."""
        return self.text_label_en if language == "en" else self.text_label_vi


TRANSITIONS: dict[Action, Transition] = {
    Action.SUBMIT: Transition(
        Action.SUBMIT, Status.DRAFT, Status.IN_REVIEW, False, "Trình duyệt", "Submit for review"
    ),
    Action.RETURN: Transition(
        Action.RETURN,
        Status.IN_REVIEW,
        Status.DRAFT,
        True,
        "Trả lại",
        "Return",
        "ý kiến",
        "comment",
    ),
    Action.APPROVE: Transition(
        Action.APPROVE, Status.IN_REVIEW, Status.APPROVED, False, "Duyệt", "Approve"
    ),
    Action.REOPEN: Transition(
        Action.REOPEN, Status.APPROVED, Status.DRAFT, True, "Mở lại", "Reopen", "lý do", "reason"
    ),
}


class WorkflowError(BilingualError):
    """A transition that is not allowed from the current state, or lacks its comment or reason."""


def allowed_actions(status: Status) -> list[Action]:
    """Return the actions allowed from ``status``, in the order a toolbar shows them."""
    return [t.action for t in TRANSITIONS.values() if t.source is status]


def apply(status: Status, action: Action, by: str, text: str = "") -> Status:
    """Return the state after ``action``, or raise ``WorkflowError`` naming what is wrong."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise WorkflowError(
            f"«{action}» không phải một bước duyệt", f"{action!r} is not a workflow step"
        )
    if transition.source is not status:
        raise WorkflowError(
            f"không thể «{transition.label_vi}» khi biên bản đang ở trạng thái "
            f"«{status_label(status)}» (cần «{status_label(transition.source)}»)",
            f"cannot {transition.label_en.lower()} minutes that are {status_label(status, 'en').lower()}"
            f" (they must be {status_label(transition.source, 'en').lower()})",
        )
    if not by.strip():
        raise WorkflowError(
            "chưa có tên người thực hiện (đặt tên trong Tùy chọn, hoặc --by)",
            "who is doing this is not known (set your name in the preferences, or --by)",
        )
    if transition.needs_text and not text.strip():
        raise WorkflowError(
            f"«{transition.label_vi}» cần ghi {transition.text_label_vi}",
            f"{transition.label_en} needs a {transition.text_label_en}",
        )
    return transition.target
