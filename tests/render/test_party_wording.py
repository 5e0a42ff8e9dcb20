"""How Party cells word their minutes, and how people are addressed (đồng chí, ông/bà, none)."""

from __future__ import annotations

import copy

import pytest

from minutes_app.domain.model import (
    Attendee,
    FormOfAddress,
    Meeting,
    Membership,
    Person,
    Role,
    Speaker,
    Statement,
)
from minutes_app.render import build_document, check_meeting
from minutes_app.render.document import Paragraph, Table
from tests.render.conftest import load_fixture

NBSP = "\u00a0"


def printed(meeting: Meeting) -> str:
    return "\n".join(build_document(meeting).texts()).replace(NBSP, " ")


def signature_cells(meeting: Meeting) -> tuple[list[str], list[str]]:
    table = build_document(meeting).section("signature").blocks[0]
    assert isinstance(table, Table)
    (left, right), (left_name, right_name), *_ = table.rows

    def lines(*cells) -> list[str]:  # type: ignore[no-untyped-def]
        return [
            b.text.replace(NBSP, " ")
            for cell in cells
            for b in cell.blocks
            if isinstance(b, Paragraph) and b.text
        ]

    return lines(left, left_name), lines(right, right_name)


def test_a_cell_writes_its_attendance_as_party_cells_do() -> None:
    text = printed(load_fixture("chi-bo-meeting.json"))
    assert (
        "Tổng số đảng viên của chi bộ: 11 đồng chí, trong đó chính thức 09, dự bị 02; "
        "có mặt 09 đồng chí (01 đồng chí đến muộn); vắng 02 đồng chí (có lý do 01, "
        "không có lý do 01); 01 đại biểu khách mời." in text
    )
    assert "được triệu tập" not in text


def test_a_non_member_is_never_called_comrade() -> None:
    meeting = load_fixture("chi-bo-meeting.json")
    text = printed(meeting)
    assert "Khách mời: bà Nguyễn Thị Hương, Giáo viên" in text  # typed "Bà": kept, lower case
    assert "Bà Nguyễn Thị Hương, Giáo viên: Trình bày" in text  # as a speaker
    assert "đồng chí Bà" not in text and "đồng chí Nguyễn Thị Hương" not in text
    # Typed without an honorific, a quần chúng is called so, as a guest and as a speaker.
    meeting.attendees[-1].name = "Nguyễn Thị Hương"
    meeting.agenda[1].statements[1].speaker = Speaker("Nguyễn Thị Hương", "Giáo viên")
    text = printed(meeting)
    assert "Khách mời: quần chúng Nguyễn Thị Hương" in text
    assert "Quần chúng Nguyễn Thị Hương, Giáo viên: Trình bày" in text
    assert "đồng chí Nguyễn Thị Hương" not in text


def test_an_admission_vote_is_counted_against_the_official_members() -> None:
    meeting = load_fixture("chi-bo-meeting.json")
    assert (
        "Đề nghị kết nạp quần chúng Nguyễn Thị Hương vào Đảng: 07/09 đảng viên chính thức "
        "tán thành, đạt 77,78%" in printed(meeting)
    )
    assert not [p for p in check_meeting(meeting) if p.path.startswith("votes")]
    meeting.votes[0].in_favour = 5
    (problem,) = [p for p in check_meeting(meeting) if p.path == "votes[0]"]
    assert "hai phần ba" in problem.message_vi and not problem.is_error


def test_a_membership_is_not_printed_under_a_signer() -> None:
    meeting = load_fixture("chi-bo-meeting.json")  # the secretary's "position": Đảng viên
    left, right = signature_cells(meeting)
    assert left == ["THƯ KÝ", "Phạm Thị Lan"]
    assert right == ["T/M CHI BỘ", "BÍ THƯ", "Đinh Văn Thành"]  # the prefix on the title's line
    meeting.secretary.position = "Đảng viên dự bị, Giáo viên"
    assert signature_cells(meeting)[0] == ["THƯ KÝ", "GIÁO VIÊN", "Phạm Thị Lan"]


@pytest.fixture
def state() -> Meeting:
    meeting = load_fixture("state-meeting.json")
    meeting.chair = Person("Ông Phạm Văn Hùng", "Chủ tịch Ủy ban nhân dân xã")
    meeting.attendees[0] = Attendee("Ông Phạm Văn Hùng", "Chủ tịch Ủy ban nhân dân xã")
    meeting.attendees[2] = Attendee("Bà Đinh Thị Hoa", "Phó Chủ tịch Ủy ban nhân dân xã")
    meeting.agenda[0].statements.insert(0, Statement(Speaker("Bà Đinh Thị Hoa", ""), "Nhất trí."))
    return meeting


def test_a_typed_honorific_is_kept_apart_from_the_name(state: Meeting) -> None:
    text = printed(state)
    assert "đồng chí Ông" not in text and "đồng chí Bà" not in text
    assert "Chủ trì (chủ tọa): ông Phạm Văn Hùng, Chủ tịch Ủy ban nhân dân xã." in text
    assert "bà Đinh Thị Hoa, Phó Chủ tịch Ủy ban nhân dân xã" in text
    assert "\nBà Đinh Thị Hoa: Nhất trí." in text
    assert "đồng chí Nguyễn Văn Bình" in text  # the others: the profile's form, đồng chí
    assert signature_cells(state)[1][-1] == "Phạm Văn Hùng"  # a signature has no honorific


def test_the_form_of_address_is_chosen_per_meeting(state: Meeting) -> None:
    state.form_of_address = FormOfAddress.MR_MS
    text = printed(state)
    assert "ông Phạm Văn Hùng" in text and "bà Đinh Thị Hoa" in text
    # No one is called a comrade (the user's own conclusion text may say "các đồng chí") …
    assert "đồng chí" not in text.replace("Các đồng chí thành viên", "")
    assert "Nguyễn Văn Bình, Phó Chủ tịch" in text  # … and no gender is guessed
    assert "có mặt 07/09 người được triệu tập" in text  # counted in people
    state.form_of_address = FormOfAddress.NONE
    text = printed(state)
    assert "Chủ trì (chủ tọa): Phạm Văn Hùng, Chủ tịch" in text
    assert "ông Phạm" not in text and "đồng chí Nguyễn" not in text


def test_the_profile_gives_each_regime_its_default() -> None:
    from minutes_app.render import load_profile

    assert load_profile("party").form_of_address is FormOfAddress.COMRADE
    assert load_profile("state").form_of_address is FormOfAddress.COMRADE
    meeting = copy.deepcopy(load_fixture("state-meeting.json"))
    meeting.attendees.append(
        Attendee("Trần Văn Khách", role=Role.GUEST, membership=Membership.NON_MEMBER)
    )
    # A state body has no "quần chúng": a non-member guest is named without a title.
    assert "Trần Văn Khách" in printed(meeting) and "quần chúng" not in printed(meeting)
