"""Field-level differences between two versions of a meeting."""

from __future__ import annotations

import copy

from minutes_app.domain.diff import diff_meetings
from minutes_app.domain.model import Attendee, Vote


def test_identical_meetings_have_no_difference(seed_meeting) -> None:
    assert diff_meetings(seed_meeting, copy.deepcopy(seed_meeting)) == []


def test_changes_are_named_with_vietnamese_labels(seed_meeting) -> None:
    new = copy.deepcopy(seed_meeting)
    new.title = "Hội nghị giao ban tháng 3"
    new.agenda[0].statements[1].content = "Nội dung mới"
    new.tasks[0].due = None
    changes = {c.path: c for c in diff_meetings(seed_meeting, new)}
    assert set(changes) == {"title", "agenda[0].statements[1].content", "tasks[0].due"}
    assert changes["title"].label_vi == "Tên cuộc họp (trích yếu)"
    assert changes["title"].new == "Hội nghị giao ban tháng 3"
    content = changes["agenda[0].statements[1].content"]
    assert content.label_vi == "Nội dung 1 › Ý kiến 2 › Nội dung phát biểu"
    assert content.kind == "changed" and content.new == "Nội dung mới"
    assert changes["tasks[0].due"].kind == "removed"
    assert "xóa" in changes["tasks[0].due"].text()


def test_an_inserted_row_does_not_shift_every_later_row(seed_meeting) -> None:
    new = copy.deepcopy(seed_meeting)
    new.attendees.insert(1, Attendee(name="Trần Văn Bình", position="Chánh Văn phòng"))
    new.votes.append(Vote("Thông qua biên bản", 20, 0, 1, 27))
    changes = diff_meetings(seed_meeting, new)
    assert [(c.path, c.kind) for c in changes] == [("attendees[1]", "added"), ("votes[0]", "added")]
    assert changes[0].new == "Trần Văn Bình"
    assert changes[0].label_vi == "Người dự 2"
