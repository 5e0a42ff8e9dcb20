"""The review verbs of the application layer: the layout check first, then one change, described."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.workflow import Action
from minutes_app.services import workflow
from minutes_app.services.workflow import ChecksFailed
from minutes_app.store import Database, StaleVersion
from tests.store.conftest import make_meeting

SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"


BACKENDS = ("sqlite", "postgresql")


def test_each_verb_says_what_it_changed(db: Database) -> None:
    meeting_id = db.create(make_meeting(number="")).id
    submitted = workflow.submit(db, meeting_id, SECRETARY)
    assert submitted.status_changed and submitted.record is not None
    assert submitted.record.meeting.status is Status.IN_REVIEW
    assert submitted.event is not None and submitted.event.action is Action.SUBMIT
    assert submitted.revision is None and submitted.number_assigned is None
    approved = workflow.approve(db, meeting_id, CHAIR, version=submitted.record.version)
    assert approved.number_assigned == "01" and approved.revision is not None
    assert approved.record is not None and approved.record.meeting.number == "01"
    # What the verb returned is what the store holds: nobody needs to read it again.
    assert db.get(meeting_id) == approved.record
    comment = workflow.comment(db, meeting_id, "Lưu ý lần sau", CHAIR, part="agenda[0]")
    assert comment.comment is not None and not comment.status_changed
    resolved = workflow.resolve(db, comment.comment.id, SECRETARY)
    assert resolved.comment is not None and resolved.comment.resolved
    reopened = workflow.reopen(db, meeting_id, CHAIR, "Sai số liệu")
    assert reopened.event is not None and reopened.event.revision == 1


def test_an_empty_template_is_neither_submitted_nor_approved(db: Database) -> None:
    meeting_id = db.create(Meeting(date=dt.date(2026, 3, 2))).id
    with pytest.raises(ChecksFailed) as info:
        workflow.submit(db, meeting_id, SECRETARY)
    assert {p.path for p in info.value.errors} >= {"issuer.name", "chair.name", "location"}
    assert "chưa trình duyệt được" in info.value.message_vi
    assert "Tên cơ quan ban hành" in info.value.message_vi  # the field's name, not issuer.name
    assert "issuer.name" not in info.value.message_vi + info.value.message_en
    # Even if it got into review some other way, approving it is refused and numbers nothing.
    db.review.submit(meeting_id, SECRETARY)
    with pytest.raises(ChecksFailed, match="cannot be approved"):
        workflow.approve(db, meeting_id, CHAIR)
    assert db.get(meeting_id).meeting.status is Status.IN_REVIEW
    assert db.review.register() == [] and db.get(meeting_id).meeting.number == ""


def test_approve_refuses_another_version_than_the_one_read(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    read = workflow.submit(db, meeting_id, SECRETARY).record
    assert read is not None
    with pytest.raises(StaleVersion, match="read it again"):
        workflow.approve(db, meeting_id, CHAIR, version=read.version - 1)
    assert workflow.approve(db, meeting_id, CHAIR, version=read.version).revision is not None


def test_warnings_ride_along(db: Database) -> None:
    meeting = make_meeting(number="")
    meeting.secretary.name = ""  # a warning, not an error
    meeting_id = db.create(meeting).id
    changes = workflow.submit(db, meeting_id, SECRETARY)
    assert any(p.path == "secretary.name" for p in changes.warnings)
