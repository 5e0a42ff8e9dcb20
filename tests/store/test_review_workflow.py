"""Review workflow in the store: steps with who/when/why, revisions, read-only approved minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action, WorkflowError
from minutes_app.store import Database, ReadOnlyMeeting
from minutes_app.store.review import sha256_text
from tests.store.conftest import Refused, behind_the_app, make_meeting

BACKENDS = ("sqlite", "postgresql")

SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"


def test_draft_review_returned_review_approved_reopened_approved(db: Database) -> None:
    meeting_id = db.create(make_meeting(number=""), by=SECRETARY).id
    review = db.review
    review.submit(meeting_id, SECRETARY)
    review.return_(meeting_id, CHAIR, "Bổ sung ý kiến của thôn Tây")
    review.submit(meeting_id, SECRETARY)
    first = review.approve(meeting_id, CHAIR)
    review.reopen(meeting_id, CHAIR, "Sai chức vụ đại biểu")
    review.submit(meeting_id, SECRETARY)
    second = review.approve(meeting_id, CHAIR)

    steps = review.history(meeting_id)
    assert [(s.action, s.by, s.note) for s in steps] == [
        (Action.SUBMIT, SECRETARY, ""),
        (Action.RETURN, CHAIR, "Bổ sung ý kiến của thôn Tây"),
        (Action.SUBMIT, SECRETARY, ""),
        (Action.APPROVE, CHAIR, ""),
        (Action.REOPEN, CHAIR, "Sai chức vụ đại biểu"),
        (Action.SUBMIT, SECRETARY, ""),
        (Action.APPROVE, CHAIR, ""),
    ]
    assert [s.target for s in steps] == [
        Status.IN_REVIEW,
        Status.DRAFT,
        Status.IN_REVIEW,
        Status.APPROVED,
        Status.DRAFT,
        Status.IN_REVIEW,
        Status.APPROVED,
    ]
    assert all(s.at for s in steps) and [s.at for s in steps] == sorted(s.at for s in steps)
    assert [steps[3].revision, steps[4].revision, steps[6].revision] == [1, 1, 2]
    assert (
        first.revision and first.revision.revision,
        second.revision and second.revision.revision,
    ) == (1, 2)
    # The first approval numbered the minutes; the second kept that number.
    assert first.number_assigned == "01" and second.number_assigned is None
    stored = db.get(meeting_id)
    assert stored.meeting.status is Status.APPROVED and stored.meeting.number == "01"
    revisions = review.revisions(meeting_id)
    assert [r.approved_by for r in revisions] == [CHAIR, CHAIR]
    assert revisions[-1].sha256 == sha256_text(
        db.tables.query("SELECT document FROM meetings WHERE id = ?", (meeting_id,))[0][0]
    )
    assert review.verify(meeting_id).intact


@pytest.mark.parametrize(
    ("steps", "action", "text", "fragment"),
    [
        ([], Action.APPROVE, "", "Chờ duyệt"),
        ([Action.SUBMIT], Action.RETURN, " ", "ý kiến"),
        ([Action.SUBMIT, Action.APPROVE], Action.REOPEN, "", "lý do"),
        ([Action.SUBMIT, Action.APPROVE], Action.SUBMIT, "", "Đã duyệt"),
    ],
)
def test_a_step_that_is_not_allowed_changes_nothing(
    db: Database, steps: list[Action], action: Action, text: str, fragment: str
) -> None:
    meeting_id = db.create(make_meeting()).id
    for step in steps:
        db.review.transition(meeting_id, step, SECRETARY if step is Action.SUBMIT else CHAIR)
    before = db.get(meeting_id)
    with pytest.raises(WorkflowError) as caught:
        db.review.transition(meeting_id, action, CHAIR, text)
    assert fragment in caught.value.message_vi
    assert db.get(meeting_id).version == before.version
    assert len(db.review.history(meeting_id)) == len(steps)


@pytest.mark.sqlite_only  # the office's step is taken by the login, never by a typed name
def test_a_step_needs_a_name(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    with pytest.raises(WorkflowError, match="Tùy chọn"):
        db.review.submit(meeting_id, "  ")


def test_an_approved_meeting_cannot_be_changed_or_deleted(db: Database) -> None:
    meeting_id = db.create(make_meeting("Họp giao ban quý I")).id
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    record = db.get(meeting_id)
    changed = db.get(meeting_id).meeting
    changed.title = "Tên khác"
    with pytest.raises(ReadOnlyMeeting) as caught:
        db.update(meeting_id, changed, expected_version=record.version)
    message = str(caught.value)
    assert f"biên bản số {meeting_id}" in message and "Họp giao ban quý I" in message
    assert "Mở lại" in message and "reopen" in message
    with pytest.raises(ReadOnlyMeeting):
        db.delete(meeting_id)
    # Even SQL that skips the application is stopped by the file's own trigger.
    with pytest.raises(Refused, match="read-only"):
        behind_the_app(db, "UPDATE meetings SET title = 'x' WHERE id = ?", (meeting_id,))
    with pytest.raises(Refused, match="read-only"):
        behind_the_app(db, "UPDATE revisions SET document = '{}'")
    assert db.get(meeting_id) == record
    assert db.review.verify(meeting_id).intact
    # After reopening it can be edited again, and the next approval is a new revision.
    db.review.reopen(meeting_id, CHAIR, "Sửa tên")
    edited = db.update(meeting_id, changed)
    assert edited.meeting.title == "Tên khác" and edited.meeting.status is Status.DRAFT


def test_a_save_keeps_the_workflow_status(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    sneaky = make_meeting(status=Status.APPROVED)
    record = db.update(meeting_id, sneaky)
    assert record.meeting.status is Status.DRAFT
    assert db.list()[0].status is Status.DRAFT
    assert db.review.revisions(meeting_id) == []


def test_a_step_checks_the_version_when_given(db: Database) -> None:
    from minutes_app.store import StaleVersion

    record = db.create(make_meeting())
    db.update(record.id, make_meeting("Khác"))
    with pytest.raises(StaleVersion):
        db.review.submit(record.id, SECRETARY, expected_version=record.version)
    assert db.review.submit(record.id, SECRETARY, expected_version=2).record.version == 3


def test_a_meeting_imported_as_approved_is_frozen_and_verifies(db: Database) -> None:
    meeting_id = db.create(make_meeting(status=Status.APPROVED), by="Nhập").id
    (revision,) = db.review.revisions(meeting_id)
    assert revision.revision == 1 and revision.approved_by == "Nhập"
    assert db.review.verify(meeting_id).intact


def test_diff_between_revisions_and_the_current_draft(db: Database) -> None:
    meeting_id = db.create(make_meeting(number="5")).id
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    db.review.reopen(meeting_id, CHAIR, "Sửa kết luận")
    meeting = db.get(meeting_id).meeting
    meeting.agenda[0].conclusion = "Thống nhất, giao Văn phòng theo dõi."
    meeting.title = "Họp giao ban tháng 3 (bổ sung)"
    db.update(meeting_id, meeting)
    lines = [c.text() for c in db.review.diff(meeting_id, 1, "current")]
    assert (
        "Tên cuộc họp (trích yếu): «Họp giao ban tháng 3» → «Họp giao ban tháng 3 (bổ sung)»"
        in lines
    )
    assert "Nội dung 1 › Kết luận: «Thống nhất.» → «Thống nhất, giao Văn phòng theo dõi.»" in lines
    assert "Trạng thái: «Đã duyệt» → «Bản nháp»" in lines  # the status by its name, not its code
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    between = [c.path for c in db.review.diff(meeting_id, 1, 2)]
    assert between == ["title", "agenda[0].conclusion"]
    assert db.review.diff(meeting_id, 2, "current") == []
    with pytest.raises(Exception, match="không có phiên bản đã duyệt số 7"):
        db.review.diff(meeting_id, 1, 7)


def test_deleting_a_reopened_meeting_keeps_its_number_and_audit(db: Database) -> None:
    meeting_id = db.create(make_meeting(number="")).id
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    db.review.reopen(meeting_id, CHAIR, "Hủy")
    db.delete(meeting_id, by=CHAIR)
    (series,) = db.review.register()
    assert [(e.number, e.meeting_id, e.status) for e in series.entries] == [(1, None, None)]
    assert db.review.audit(meeting_id)[-1].action == "delete"
    other = db.create(make_meeting(number="")).id
    db.review.submit(other, SECRETARY)
    assert db.review.approve(other, CHAIR).number_assigned == "02"


def test_the_v1_fixture_approved_meeting_gets_a_frozen_revision(tmp_path: Path) -> None:
    import shutil

    from tests.store.conftest import FIXTURE_DB

    path = tmp_path / "minutes.sqlite"
    shutil.copy(FIXTURE_DB / "v1.sqlite", path)
    with Database.open(path) as db:
        (revision,) = db.review.revisions(2)
        assert revision.approved_by == "" and db.review.verify(2).intact
        with pytest.raises(ReadOnlyMeeting):
            db.update(2, db.get(2).meeting)
        assert db.review.revisions(1) == []
