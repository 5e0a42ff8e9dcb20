"""The meeting list model without a view: rows, display, sort role, object role, narrow updates."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex, QPoint, Qt

from minutes_app.domain.model import Issuer, Meeting, Status
from minutes_app.store import MeetingSummary
from minutes_app.ui.meeting_list_model import (
    COL_DATE,
    COL_ISSUER,
    COL_NUMBER,
    COL_STATUS,
    COL_TITLE,
    OBJECT_ROLE,
    SORT_ROLE,
    MeetingListModel,
    MeetingSortProxy,
    summary_of,
)


def _summary(
    i: int,
    day: dt.date,
    title: str,
    status: Status = Status.DRAFT,
    number: str = "",
    issuer: str = "Văn phòng",
) -> MeetingSummary:
    return MeetingSummary(
        id=i,
        date=day,
        title=title,
        issuer_name=issuer,
        status=status,
        number=number,
        symbol="BB-VP",
        updated_at="",
        version=1,
    )


def test_rows_columns_and_display(qapp) -> None:
    model = MeetingListModel()
    model.set_summaries(
        [
            _summary(1, dt.date(2026, 3, 5), "Giao ban tuần", Status.APPROVED, "12"),
            _summary(2, dt.date(2026, 1, 9), "Họp chi bộ", Status.IN_REVIEW),
        ]
    )
    assert model.rowCount() == 2
    assert model.columnCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    idx = model.index(0, COL_DATE)
    assert model.data(idx) == "05/03/2026"
    assert model.data(model.index(0, COL_NUMBER)) == "12/BB-VP"
    assert model.data(model.index(1, COL_NUMBER)) == "BB-VP"
    assert model.data(model.index(0, COL_TITLE)) == "Giao ban tuần"
    assert model.data(model.index(0, COL_ISSUER)) == "Văn phòng"
    assert model.data(model.index(0, COL_STATUS)) == "Đã duyệt"
    assert model.data(model.index(1, COL_STATUS)) == "Chờ duyệt"
    assert model.headerData(COL_NUMBER, Qt.Orientation.Horizontal) == "Số/ký hiệu"
    assert model.data(model.index(5, 0)) is None


def test_sort_role_native_values_and_object_role(qapp) -> None:
    model = MeetingListModel()
    s = _summary(7, dt.date(2026, 2, 1), "Đại hội Đảng bộ", Status.IN_REVIEW, "3")
    model.set_summaries([s])
    assert model.data(model.index(0, COL_DATE), SORT_ROLE) == dt.date(2026, 2, 1)
    assert model.data(model.index(0, COL_TITLE), SORT_ROLE) == "dai hoi dang bo"
    assert model.data(model.index(0, COL_STATUS), SORT_ROLE) == 1
    assert model.data(model.index(0, COL_NUMBER), SORT_ROLE)[0] == 3
    assert model.data(model.index(0, COL_TITLE), OBJECT_ROLE) is s


def test_proxy_sorts_dates_numbers_and_vietnamese_titles(qapp) -> None:
    model = MeetingListModel()
    model.set_summaries(
        [
            _summary(1, dt.date(2026, 3, 5), "Ủy ban", number="10"),
            _summary(2, dt.date(2025, 12, 31), "An toàn", number="9"),
            _summary(3, dt.date(2026, 1, 1), "Đảng ủy", number="100"),
        ]
    )
    proxy = MeetingSortProxy()
    proxy.setSourceModel(model)

    def ids() -> list[int]:
        return [proxy.data(proxy.index(r, 0), OBJECT_ROLE).id for r in range(proxy.rowCount())]

    proxy.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert ids() == [2, 3, 1]
    proxy.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)  # numeric, not "10" < "9"
    assert ids() == [2, 1, 3]
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)  # Đ sorts with D, Ủ with U
    assert ids() == [2, 3, 1]
    proxy.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert ids() == [1, 3, 2]


def test_update_emits_narrow_data_changed(qtbot) -> None:
    model = MeetingListModel()
    model.set_summaries([_summary(i, dt.date(2026, 1, i), f"Họp {i}") for i in range(1, 6)])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, roles=(): changed.append((a.row(), a.column(), b.row(), b.column()))
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    new = dataclasses.replace(model.summary(2), title="Họp đã sửa", version=2)
    model.update_summary(new)
    assert changed == [(2, 0, 2, 4)]
    assert not resets
    assert model.data(model.index(2, COL_TITLE)) == "Họp đã sửa"


def test_update_inserts_unknown_meeting_and_remove(qtbot) -> None:
    model = MeetingListModel()
    model.set_summaries([_summary(1, dt.date(2026, 1, 1), "Một")])
    with qtbot.waitSignal(model.rowsInserted):
        model.update_summary(_summary(9, dt.date(2026, 2, 2), "Chín"))
    assert [s.id for s in model.summaries()] == [9, 1]
    model.update_summary(_summary(10, dt.date(2026, 2, 2), "Mười"), insert=False)
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.remove_meeting(9)
    assert not model.remove_meeting(9)
    assert model.row_of(1) == 0


def test_saving_through_the_store_refreshes_only_that_row(qtbot, db) -> None:
    a = db.create(
        Meeting(issuer=Issuer("Văn phòng", "VP"), title="Giao ban", date=dt.date(2026, 1, 5))
    )
    b = db.create(
        Meeting(issuer=Issuer("Văn phòng", "VP"), title="Chi bộ", date=dt.date(2026, 1, 6))
    )
    model = MeetingListModel()
    model.set_summaries(db.list())
    assert [s.id for s in model.summaries()] == [b.id, a.id]  # newest first from the store
    assert model.summary(1) == db.list()[1]
    edited = dataclasses.replace(a.meeting, title="Giao ban tháng 1")
    db.update(a.id, edited, expected_version=a.version)
    record = db.review.submit(a.id, "Lê Thị Hoa").record  # the status belongs to the workflow
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_summary(summary_of(record))
    first, last = blocker.args[0], blocker.args[1]
    assert (first.row(), last.row()) == (1, 1)
    assert model.data(model.index(1, COL_TITLE)) == "Giao ban tháng 1"
    assert model.data(model.index(1, COL_STATUS)) == "Chờ duyệt"
    assert summary_of(record) == next(s for s in db.list() if s.id == a.id)
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(QModelIndex()) == 2


def test_sorting_by_number_with_odd_digits_never_crashes(qtbot, app_context, seed_meeting) -> None:  # noqa: ANN001
    """F7: "²", "①" or 5,000 digits made the sort raise inside Qt's C++ sort: a segfault."""
    import copy

    from minutes_app.ui.main_window import MainWindow
    from tests.ui.placeholder_editor import PlaceholderEditor

    numbers = ["²", "①", "٠٧", "5" * 5000, "12a", "3", "", "10"]
    for i, number in enumerate(numbers):
        meeting = copy.deepcopy(seed_meeting)
        meeting.number, meeting.title = number, f"Họp {i}"
        app_context.db.create(meeting)  # stored as drafts: the store keeps what it is given
    window = MainWindow(app_context, editor_factory=PlaceholderEditor)
    window.act.preview.setChecked(False)
    qtbot.addWidget(window)
    window.refresh_list()
    window.show()
    header = window.list_page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_NUMBER) + header.sectionSize(COL_NUMBER) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))  # the user
    assert header.sortIndicatorSection() == COL_NUMBER
    window.list_page.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    proxy = window.list_page.proxy
    shown = [
        proxy.data(proxy.index(r, COL_NUMBER), OBJECT_ROLE).number for r in range(proxy.rowCount())
    ]
    assert shown[:2] == ["3", "10"]  # real numbers first, in numeric order
    assert set(shown) == set(numbers)
    window.list_page.table.sortByColumn(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == len(numbers)
