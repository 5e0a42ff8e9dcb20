"""The review verbs: submit, return, approve, reopen, comment and resolve, each saying what it changed.

A verb runs what the product promises before the store is asked (submitting and approving run
the layout check: minutes with errors go no further), takes one store transaction, and returns
a ``Changes`` naming what was written, so the caller refreshes that and re-reads nothing.
"""

from __future__ import annotations

from minutes_app.domain.errors import BilingualError, problem_summary
from minutes_app.domain.fields import editor_label
from minutes_app.domain.validation import Problem
from minutes_app.domain.workflow import Action, WorkflowError
from minutes_app.render import check_meeting
from minutes_app.services.changes import Changes
from minutes_app.store import (
    MeetingRecord,
    StaleVersion,
    Store,
    TransitionResult,
)


class ChecksFailed(BilingualError):
    """The layout check found errors, so the step was not taken; ``problems`` lists them all."""

    def __init__(self, meeting_id: int, action: Action, problems: list[Problem]) -> None:
        self.meeting_id = meeting_id
        self.action = action
        self.problems = problems
        vi, en = problem_summary(problems, label=editor_label)
        verb_vi = {Action.SUBMIT: "trình duyệt", Action.APPROVE: "duyệt"}.get(action, action.value)
        super().__init__(
            f"biên bản số {meeting_id} chưa {verb_vi} được vì còn lỗi: {vi}",
            f"meeting {meeting_id} cannot be {'submitted' if action is Action.SUBMIT else 'approved'}"
            f" while it has errors: {en}",
        )

    @property
    def errors(self) -> list[Problem]:
        """Return only the errors."""
        return [p for p in self.problems if p.is_error]


def _checked(db: Store, meeting_id: int, action: Action) -> tuple[MeetingRecord, list[Problem]]:
    record = db.get(meeting_id)
    problems = check_meeting(record.meeting)
    if not record.meeting.number.strip():
        # "Not numbered yet" does not apply here: approval gives the register's next number.
        problems = [p for p in problems if p.is_error or p.path != "number"]
    if any(p.is_error for p in problems):
        raise ChecksFailed(meeting_id, action, problems)
    return record, problems


def _changes(result: TransitionResult, warnings: list[Problem] | None = None) -> Changes:
    return Changes(
        meeting_id=result.record.id,
        record=result.record,
        event=result.event,
        revision=result.revision,
        number_assigned=result.number_assigned,
        warnings=list(warnings or []),
    )


def _seen(db: Store, meeting_id: int, seen: int, now: int) -> StaleVersion:
    return StaleVersion(
        f"biên bản số {meeting_id} đã thay đổi từ phiên bản {seen} bạn đã đọc (nay là phiên bản "
        f"{now}); hãy đọc lại trước khi duyệt",
        f"meeting {meeting_id} changed since version {seen} that you read (it is version {now} "
        "now); read it again before approving",
        db.where,
    )


def submit(db: Store, meeting_id: int, by: str) -> Changes:
    """Send a draft for review once the layout check finds no error."""
    record, warnings = _checked(db, meeting_id, Action.SUBMIT)
    result = db.review.submit(meeting_id, by, expected_version=record.version)
    return _changes(result, warnings)


def return_for_changes(db: Store, meeting_id: int, by: str, comment: str) -> Changes:
    """Return minutes in review to the secretary, with a comment."""
    return _changes(db.review.return_(meeting_id, by, comment))


def approve(
    db: Store,
    meeting_id: int,
    by: str,
    *,
    version: int | None = None,
    allow_number_jump: bool = False,
) -> Changes:
    """Approve minutes in review: refuse if they changed since ``version`` (the one the reviewer
    read) or if the layout check finds an error; then number, freeze and approve them."""
    record, warnings = _checked(db, meeting_id, Action.APPROVE)
    if version is not None and record.version != version:
        raise _seen(db, meeting_id, version, record.version)
    result = db.review.approve(
        meeting_id, by, expected_version=record.version, allow_number_jump=allow_number_jump
    )
    return _changes(result, warnings)


def reopen(db: Store, meeting_id: int, by: str, reason: str) -> Changes:
    """Reopen approved minutes as a draft, with a reason; the next approval is a new revision."""
    return _changes(db.review.reopen(meeting_id, by, reason))


def take(
    db: Store,
    meeting_id: int,
    action: Action,
    by: str,
    text: str = "",
    *,
    version: int | None = None,
    allow_number_jump: bool = False,
) -> Changes:
    """Take one workflow step by its action (the verbs above, chosen by ``action``)."""
    if action is Action.SUBMIT:
        return submit(db, meeting_id, by)
    if action is Action.RETURN:
        return return_for_changes(db, meeting_id, by, text)
    if action is Action.APPROVE:
        return approve(db, meeting_id, by, version=version, allow_number_jump=allow_number_jump)
    if action is Action.REOPEN:
        return reopen(db, meeting_id, by, text)
    raise WorkflowError(
        f"«{action.value}» không phải một bước duyệt", f"{action.value!r} is not a workflow step"
    )


def comment(
    db: Store,
    meeting_id: int,
    text: str,
    by: str,
    *,
    part: str = "meeting",
    reply_to: int | None = None,
) -> Changes:
    """Attach a review comment to a part of the minutes (or answer one)."""
    written = db.review.add_comment(meeting_id, text, by, part=part, reply_to=reply_to)
    return Changes(meeting_id, comment=written)


def resolve(db: Store, comment_id: int, by: str) -> Changes:
    """Mark a comment (and its answers) resolved; it stays in the history."""
    written = db.review.resolve_comment(comment_id, by)
    return Changes(written.meeting_id, comment=written)
