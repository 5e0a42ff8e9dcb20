"""Review comments on parts of the minutes, and the field-level audit log of every change."""

from __future__ import annotations

import pytest

from minutes_app.domain.labels import (
    audit_action_label,
    change_text,
    field_label,
    part_label,
    value_text,
)
from minutes_app.store import CommentNotFound, Database, InvalidPart, MeetingNotFound, StoreError
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")

CHAIR = "Phạm Văn Hùng"
SECRETARY = "Lê Thị Hoa"


def test_comments_on_parts_with_replies_and_resolution(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    review = db.review
    whole = review.add_comment(meeting_id, "Ghi rõ giờ kết thúc", CHAIR)
    statement = review.add_comment(
        meeting_id, "Sai tên người phát biểu", CHAIR, part="agenda[0].statements[0]"
    )
    vote = review.add_comment(meeting_id, "Kiểm tra số phiếu", CHAIR, part="votes[0]")
    answer = review.add_comment(meeting_id, "Đã sửa", SECRETARY, reply_to=statement.id)
    assert (whole.part, statement.part, vote.part) == (
        "meeting",
        "agenda[0].statements[0]",
        "votes[0]",
    )
    assert answer.parent_id == statement.id and answer.part == statement.part
    resolved = review.resolve_comment(statement.id, SECRETARY)
    assert resolved.resolved and resolved.resolved_by == SECRETARY
    everything = review.comments(meeting_id)
    assert [c.id for c in everything] == [whole.id, statement.id, vote.id, answer.id]
    assert {c.id for c in everything if c.resolved} == {statement.id, answer.id}
    assert [c.id for c in review.comments(meeting_id, include_resolved=False)] == [
        whole.id,
        vote.id,
    ]
    assert part_label("agenda[0].statements[1]") == "Nội dung 1 › Ý kiến 2"
    assert part_label("tasks[2]") == "Nhiệm vụ 3" and part_label("meeting") == "Toàn bộ biên bản"


@pytest.mark.parametrize(
    "part",
    [
        "agenda[5]",
        "agenda[0].statements[9]",
        "votes[3]",
        "tasks[1]",
        "attendees[0]",
        "agenda[-1]",
        "bogus",
    ],
)
def test_a_comment_on_a_missing_part_is_refused(db: Database, part: str) -> None:
    meeting_id = db.create(make_meeting()).id
    with pytest.raises(InvalidPart, match="không có trong biên bản"):
        db.review.add_comment(meeting_id, "?", CHAIR, part=part)
    assert db.review.comments(meeting_id) == []


def test_comment_errors_are_clear(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    with pytest.raises(StoreError, match="ý kiến trống"):
        db.review.add_comment(meeting_id, "  ", CHAIR)
    if db.backend == "sqlite":  # in the office the login writes the comment, never a typed name
        with pytest.raises(StoreError, match="chưa có tên"):
            db.review.add_comment(meeting_id, "Được", "")
    with pytest.raises(CommentNotFound, match="không có ý kiến số 99"):
        db.review.add_comment(meeting_id, "Trả lời", CHAIR, reply_to=99)
    with pytest.raises(CommentNotFound):
        db.review.resolve_comment(99, CHAIR)
    with pytest.raises(MeetingNotFound):
        db.review.add_comment(42, "x", CHAIR)


def test_comments_do_not_change_an_approved_meeting(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    db.review.add_comment(meeting_id, "Lưu ý cho lần sau", CHAIR)
    assert db.review.verify(meeting_id).intact


def test_the_audit_log_records_who_changed_which_field(db: Database) -> None:
    meeting_id = db.create(make_meeting(), by=SECRETARY).id
    meeting = db.get(meeting_id).meeting
    meeting.title = "Họp giao ban tháng 3 (sửa)"
    meeting.votes[0].in_favour = 2
    db.update(meeting_id, meeting, by=SECRETARY)
    db.update(meeting_id, meeting, by=SECRETARY)  # an autosave that changed nothing
    db.review.submit(meeting_id, SECRETARY)
    db.review.approve(meeting_id, CHAIR)
    log = db.review.audit(meeting_id)
    assert [(e.action, e.by, e.path) for e in log] == [
        ("create", SECRETARY, ""),
        ("update", SECRETARY, "title"),
        ("update", SECRETARY, "votes[0].in_favour"),
        ("submit", SECRETARY, "status"),
        ("approve", CHAIR, "status"),
    ]
    title = log[1]
    assert (field_label(title.path), title.old, title.new, title.version) == (
        "Tên cuộc họp (trích yếu)",
        "Họp giao ban tháng 3",
        "Họp giao ban tháng 3 (sửa)",
        2,
    )
    assert change_text(log[2].path, log[2].old, log[2].new) == "Biểu quyết 1 › Tán thành: «1» → «2»"
    assert audit_action_label(log[0].action) == "Tạo"
    assert log[0].at <= log[-1].at
    assert log[-1].as_dict()["field"] == "status"
    # the log keeps the code, the reader sees the word, in the language asked for
    approve = log[-1]
    assert (approve.old, approve.new) == ("in_review", "approved")
    assert change_text(approve.path, approve.old, approve.new) == (
        "Trạng thái: «Chờ duyệt» → «Đã duyệt»"
    )
    assert change_text(approve.path, approve.old, approve.new, "en") == (
        "Status: «In review» → «Approved»"
    )
    assert value_text("status", "no-such-status") == "no-such-status"


def test_the_audit_log_uses_the_connections_user_by_default(db: Database) -> None:
    db.user_name = "Người dùng máy này"
    meeting_id = db.create(make_meeting()).id
    meeting = db.get(meeting_id).meeting
    meeting.place = "Ninh Bình"
    db.update(meeting_id, meeting, action="import")
    assert [(e.by, e.action) for e in db.review.audit(meeting_id)] == [
        ("Người dùng máy này", "create"),
        ("Người dùng máy này", "import"),
    ]


def test_default_user_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_app.store import default_user

    monkeypatch.setenv("MINUTES_APP_USER", "Trần Thị Thu")
    assert default_user() == "Trần Thị Thu"
    monkeypatch.delenv("MINUTES_APP_USER")
    assert default_user()  # the OS user name


def test_audit_of_an_unknown_meeting(db: Database) -> None:
    with pytest.raises(MeetingNotFound):
        db.review.audit(42)
