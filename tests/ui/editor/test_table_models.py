"""The editor's table models, tested without a view (house style, habit 6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Meeting,
    Membership,
    Role,
    Statement,
    Task,
    Vote,
    VotePurpose,
)
from minutes_app.domain.validation import validate
from minutes_app.ui.editor.people import PeopleDirectory
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.table_models import (
    OBJECT_ROLE,
    PATH_ROLE,
    PROBLEM_ROLE,
    SORT_ROLE,
    AgendaListModel,
    AttendeeTableModel,
    StatementTableModel,
    TaskTableModel,
    VoteTableModel,
)

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def people_meeting() -> Meeting:
    return Meeting(
        date=dt.date(2020, 2, 25),
        attendees=[
            Attendee(name="Mai Văn Thanh", position="Phó Bí thư"),
            Attendee(name="Lê Văn Nam", attendance=Attendance.ABSENT_EXCUSED, reason="ốm"),
            Attendee.of_group("Bí thư các xã", 25),
        ],
    )


def test_attendee_model_reads_and_writes_through_undo(qapp) -> None:  # noqa: ANN001
    session = EditSession(people_meeting())
    model = AttendeeTableModel(session)
    QAbstractItemModelTester(model)
    A = AttendeeTableModel
    assert model.rowCount() == 3 and model.columnCount() == 8
    assert model.data(model.index(2, A.NAME)) == "Bí thư các xã"
    assert model.data(model.index(2, A.COUNT)) == "25"
    assert model.data(model.index(1, A.ATTENDANCE)) == "Vắng có lý do"
    assert model.data(model.index(0, A.ROLE), OBJECT_ROLE).name == "Mai Văn Thanh"
    assert model.data(model.index(2, A.NAME), PATH_ROLE) == "attendees[2].group"
    assert model.data(model.index(2, A.COUNT), SORT_ROLE) == 25
    # a group has no attendance or position to edit; a person has no count
    assert not model.flags(model.index(2, A.ATTENDANCE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, A.COUNT)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(2, A.NAME), "Bí thư Đảng bộ các xã, thị trấn")
    assert session.meeting.attendees[2].group == "Bí thư Đảng bộ các xã, thị trấn"
    assert model.setData(model.index(1, A.ROLE), Role.GUEST)
    assert model.setData(model.index(2, A.COUNT), "")
    assert session.meeting.attendees[2].count is None
    assert not model.setData(model.index(2, A.COUNT), "nhiều")
    session.undo_stack.undo()
    assert session.meeting.attendees[2].count == 25


def test_only_the_changed_row_is_refreshed(qapp) -> None:  # noqa: ANN001
    session = EditSession(people_meeting())
    model = AttendeeTableModel(session)
    changed = []
    model.dataChanged.connect(lambda tl, br: changed.append((tl.row(), br.row())))
    model.setData(model.index(1, AttendeeTableModel.POSITION), "Ủy viên")
    assert changed == [(1, 1)]


def test_rows_inserted_moved_removed_with_notifications(qapp) -> None:  # noqa: ANN001
    session = EditSession(people_meeting())
    model = AttendeeTableModel(session)
    QAbstractItemModelTester(model)
    events = []
    model.rowsInserted.connect(lambda p, a, b: events.append(("insert", a)))
    model.rowsMoved.connect(lambda p, a, b, d, r: events.append(("move", a, r)))
    model.rowsRemoved.connect(lambda p, a, b: events.append(("remove", a)))
    model.insert_row()
    model.move_row(3, 0)
    model.remove_row(0)
    assert events == [("insert", 3), ("move", 3, 0), ("remove", 0)]
    assert [a.label for a in session.meeting.attendees] == [
        "Mai Văn Thanh",
        "Lê Văn Nam",
        "Bí thư các xã",
    ]
    session.undo_stack.undo()
    assert model.rowCount() == 4


def test_mark_all_present_is_one_step(qapp) -> None:  # noqa: ANN001
    session = EditSession(people_meeting())
    model = AttendeeTableModel(session)
    assert model.mark_all_present()
    assert all(a.attendance is Attendance.PRESENT for a in session.meeting.attendees)
    assert session.meeting.attendees[1].reason == ""
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.meeting.attendees[1].attendance is Attendance.ABSENT_EXCUSED
    assert not AttendeeTableModel(EditSession(Meeting())).mark_all_present()


def test_choosing_a_known_name_fills_the_position(qapp) -> None:  # noqa: ANN001
    meeting = people_meeting()
    meeting.chair.name, meeting.chair.position = "Hoàng Văn Thắng", "Phó Bí thư Huyện ủy"
    session = EditSession(meeting)
    directory = PeopleDirectory(None, lambda: session.meeting)
    model = AttendeeTableModel(session, directory)
    model.insert_row()
    assert model.setData(model.index(3, 0), "Hoàng Văn Thắng")
    assert session.meeting.attendees[3].position == "Phó Bí thư Huyện ủy"
    session.undo_stack.undo()  # name and position went in as one step
    assert session.meeting.attendees[3] == Attendee()


def test_problems_are_shown_on_their_cells(qapp) -> None:  # noqa: ANN001
    meeting = people_meeting()
    meeting.attendees.append(Attendee(name=""))
    session = EditSession(meeting)
    model = AttendeeTableModel(session)
    model.set_problems(validate(meeting))
    assert model.data(model.index(3, 0), PROBLEM_ROLE) == "error"
    assert "chưa có họ tên" in model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, AttendeeTableModel.REASON), PROBLEM_ROLE) == ""
    assert model.problem_column("attendees[3].name") == (3, 0)


def test_vote_model_live_percentages_and_default_eligible(qapp) -> None:  # noqa: ANN001
    meeting = Meeting(
        attendees=[Attendee(name=f"N{i}") for i in range(17)], votes=[Vote("Thông qua", 15, 1, 1)]
    )
    session = EditSession(meeting)
    model = VoteTableModel(session)
    QAbstractItemModelTester(model)
    V = VoteTableModel
    assert model.data(model.index(0, V.ELIGIBLE)) == "17"  # the default, shown greyed
    assert model.data(model.index(0, V.ELIGIBLE), EDIT) == ""
    assert model.placeholder(V.ELIGIBLE) == "mặc định: 17"
    assert "88,24%" in model.data(model.index(0, V.RESULT))
    assert not model.exceeding()
    assert model.setData(model.index(0, V.IN_FAVOUR), "20")
    assert "⚠" in model.data(model.index(0, V.RESULT))
    assert [row for row, _ in model.exceeding()] == [0]
    assert model.setData(model.index(0, V.ELIGIBLE), "30")
    assert session.meeting.votes[0].eligible == 30 and not model.exceeding()
    assert not model.flags(model.index(0, V.RESULT)) & Qt.ItemFlag.ItemIsEditable
    # attendees change: the default eligible and the results are refreshed
    model.setData(model.index(0, V.ELIGIBLE), "")
    changed = []
    model.dataChanged.connect(lambda tl, br: changed.append((tl.column(), br.column())))
    session.remove("attendees", 0)
    assert (V.ELIGIBLE, V.PURPOSE) in changed
    assert model.data(model.index(0, V.ELIGIBLE)) == "16"


def test_attendee_membership_is_recorded_per_person(qapp) -> None:  # noqa: ANN001
    session = EditSession(people_meeting())
    model = AttendeeTableModel(session)
    A = AttendeeTableModel
    assert model.data(model.index(0, A.MEMBERSHIP)) == "—"  # not recorded
    assert model.data(model.index(0, A.MEMBERSHIP), EDIT) == ""
    assert [v for _, v in model.choices(A.MEMBERSHIP)] == [
        "",
        "official",
        "probationary",
        "non_member",
    ]
    assert model.setData(model.index(0, A.MEMBERSHIP), "probationary")
    assert session.meeting.attendees[0].membership is Membership.PROBATIONARY
    assert model.data(model.index(0, A.MEMBERSHIP)) == "Dự bị"
    assert model.setData(model.index(0, A.MEMBERSHIP), "")
    assert session.meeting.attendees[0].membership is None
    session.undo_stack.undo()
    assert session.meeting.attendees[0].membership is Membership.PROBATIONARY
    # a group has no membership
    assert model.data(model.index(2, A.MEMBERSHIP)) == ""
    assert not model.flags(model.index(2, A.MEMBERSHIP)) & Qt.ItemFlag.ItemIsEditable


def test_an_admission_vote_defaults_to_the_official_members(qapp) -> None:  # noqa: ANN001
    attendees = [Attendee(f"Đ{i}", membership=Membership.OFFICIAL) for i in range(9)]
    attendees += [Attendee("P", membership=Membership.PROBATIONARY)]
    attendees[0].attendance = Attendance.ABSENT
    session = EditSession(Meeting(attendees=attendees, votes=[Vote("Kết nạp", 7)]))
    model = VoteTableModel(session)
    QAbstractItemModelTester(model)
    V = VoteTableModel
    assert model.data(model.index(0, V.PURPOSE)) == "Thông thường"
    assert model.data(model.index(0, V.ELIGIBLE)) == "9"  # the members present
    assert model.setData(model.index(0, V.PURPOSE), "admission")
    assert session.meeting.votes[0].purpose is VotePurpose.ADMISSION
    assert model.data(model.index(0, V.PURPOSE)) == "Kết nạp đảng viên"
    assert model.data(model.index(0, V.ELIGIBLE)) == "9"  # the official members, absent too
    assert "chính thức" in model.data(model.index(0, V.ELIGIBLE), Qt.ItemDataRole.ToolTipRole)
    assert model.placeholder(V.ELIGIBLE, 0) == "mặc định: 9"
    assert "77,78%" in model.data(model.index(0, V.RESULT))


def test_task_model_dates(qapp) -> None:  # noqa: ANN001
    session = EditSession(Meeting(tasks=[Task("Rà soát", "Xã A", dt.date(2020, 3, 31))]))
    model = TaskTableModel(session)
    assert model.data(model.index(0, TaskTableModel.DUE)) == "31/03/2020"
    assert model.setData(model.index(0, TaskTableModel.DUE), "15/4/2020")
    assert session.meeting.tasks[0].due == dt.date(2020, 4, 15)
    assert not model.setData(model.index(0, TaskTableModel.DUE), "mai")
    assert model.setData(model.index(0, TaskTableModel.DUE), "")
    assert session.meeting.tasks[0].due is None


def test_agenda_and_statement_models_follow_moves(qapp) -> None:  # noqa: ANN001
    meeting = Meeting(
        agenda=[AgendaItem("Một", statements=[Statement(content="a b c")]), AgendaItem("Hai")]
    )
    session = EditSession(meeting)
    agenda = AgendaListModel(session)
    statements = StatementTableModel(session, "agenda[0].statements")
    QAbstractItemModelTester(agenda)
    assert agenda.data(agenda.index(1)) == "2. Hai"
    agenda.move_row(1, 0)
    assert agenda.data(agenda.index(0)) == "1. Hai"
    statements.set_list_path("agenda[1].statements")
    assert statements.rowCount() == 1
    assert "a b c" in statements.data(statements.index(0, 0))
    assert agenda.flags(agenda.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
