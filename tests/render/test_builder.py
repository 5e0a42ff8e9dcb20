"""The builder: the document model of a meeting, element by element, in customary wording."""

from __future__ import annotations

import copy
import datetime as dt
import unicodedata

import pytest

from minutes_app.domain.model import Attendance, Attendee, Meeting, Role, Vote
from minutes_app.domain.validation import is_printed, text_fields
from minutes_app.render import build_document, load_profile
from minutes_app.render.document import (
    BulletList,
    Document,
    Paragraph,
    Rule,
    Section,
    Spacer,
    Table,
)
from minutes_app.render.metrics import font_metrics
from minutes_app.render.typography import typeset
from minutes_app.render.units import Pt


def header_cells(doc: Document) -> tuple[list, list, list, list]:
    table = doc.section("header").blocks[0]
    assert isinstance(table, Table) and table.role == "header" and not table.borders
    (l1, r1), (l2, r2) = table.rows
    return list(l1.blocks), list(r1.blocks), list(l2.blocks), list(r2.blocks)


def plain(text: str) -> str:
    """Return printed text with its no-break spaces as plain spaces (they only glue words)."""
    return text.replace("\u00a0", " ")


def texts(blocks) -> list[str]:
    return [plain(b.text) for b in blocks if isinstance(b, Paragraph)]


def body_text(doc: Document) -> str:
    out = []
    for block in doc.section("body").blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, BulletList):
            out.extend(item.text for item in block.items)
    return plain("\n".join(out))


def test_state_header(state_meeting: Meeting) -> None:
    doc = build_document(state_meeting)
    left, right, left2, right2 = header_cells(doc)
    assert texts(left) == ["ỦY BAN NHÂN DÂN\nXÃ ĐỒNG HƯỚNG"]  # broken between its units
    assert texts(right) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert texts(left2) == ["Số: 07/BB-UBND"]
    assert right2 == []  # Mẫu 1.9: no place-and-date line by default
    table = doc.section("header").blocks[0]
    assert table.columns[0].ratio(table.width) == pytest.approx(0.4, abs=1e-6)
    assert table.width == doc.page.text_width  # 165 mm, in the whole twips a DOCX states
    assert table.width.mm == pytest.approx(165, abs=0.02)
    # The rule under the motto is as wide as the motto; the one under the body 0.4 of its name.
    profile = load_profile("state")
    motto_rule = right[-1]
    assert isinstance(motto_rule, Rule)
    motto = font_metrics(profile.fonts).text_width("Độc lập - Tự do - Hạnh phúc", Pt(14), bold=True)
    assert motto_rule.length.pt == pytest.approx(motto.pt, abs=0.01)
    body_rule = left[-1]
    assert isinstance(body_rule, Rule)
    inner = table.columns[0] - profile.header_padding * 2
    # The name is on two lines; the rule follows the wider one.
    widest = max(
        font_metrics(profile.fonts).text_width(line, Pt(13), bold=True)
        for line in ("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG HƯỚNG")
    )
    assert widest < inner
    assert body_rule.length.pt == pytest.approx(0.4 * widest.pt, abs=0.01)


def test_state_title_block(state_meeting: Meeting) -> None:
    doc = build_document(state_meeting)
    blocks = doc.section("title").blocks
    assert texts(blocks) == ["BIÊN BẢN", "Họp Ủy ban nhân dân xã thường kỳ tháng 3 năm 2020"]
    assert [b.style for b in blocks if isinstance(b, Paragraph)] == ["doc_type", "title"]
    rule = blocks[-1]
    assert isinstance(rule, Rule)
    profile = load_profile("state")
    width = font_metrics(profile.fonts).text_width(state_meeting.title, Pt(14), bold=True)
    assert rule.length.pt == pytest.approx(width.pt * 0.3333, abs=0.05)


def test_party_header_and_title(seed_meeting: Meeting) -> None:
    doc = build_document(seed_meeting)
    left, right, left2, right2 = header_cells(doc)
    assert texts(left) == ["ĐẢNG BỘ TỈNH NINH BÌNH", "HUYỆN ỦY KIM SƠN", "*"]
    assert [b.style for b in left] == ["parent_body", "issuing_body", "body_mark"]
    assert texts(right) == ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert isinstance(right[-1], Rule)
    profile = load_profile("party")
    width = font_metrics(profile.fonts).text_width("ĐẢNG CỘNG SẢN VIỆT NAM", Pt(15), bold=True)
    assert right[-1].length.pt == pytest.approx(width.pt, abs=0.01)
    assert texts(left2) == ["Số      -BB/HU"]  # unnumbered: room to write by hand
    assert texts(right2) == ["Kim Sơn, ngày 25 tháng 02 năm 2020"]
    title = doc.section("title").blocks
    assert texts(title)[0] == "BIÊN BẢN" and texts(title)[-1] == "-----"
    assert not any(isinstance(b, Rule) for b in title)


def test_numbers_and_place_date_toggle(state_meeting: Meeting, seed_meeting: Meeting) -> None:
    state_meeting.number = "5"
    state_meeting.show_place_date = True
    _, _, left2, right2 = header_cells(build_document(state_meeting))
    assert texts(left2) == ["Số: 05/BB-UBND"]
    assert texts(right2) == ["Đồng Hướng, ngày 06 tháng 3 năm 2020"]
    seed_meeting.number = "12"
    seed_meeting.symbol = "BB/CB"
    seed_meeting.show_place_date = False
    _, _, left2, right2 = header_cells(build_document(seed_meeting))
    assert texts(left2) == ["Số 12-BB/CB"] and right2 == []
    state_meeting.number = ""
    _, _, left2, _ = header_cells(build_document(state_meeting))
    assert texts(left2) == ["Số:      /BB-UBND"]


def test_body_opening_lines(state_meeting: Meeting) -> None:
    text = body_text(build_document(state_meeting))
    assert "Thời gian bắt đầu: 08 giờ 00 phút, ngày 06 tháng 3 năm 2020." in text
    assert "Địa điểm: Phòng họp Ủy ban nhân dân xã Đồng Hướng." in text
    assert "Chủ trì (chủ tọa): đồng chí Phạm Văn Hùng, Chủ tịch Ủy ban nhân dân xã." in text
    assert (
        "Thư ký (người ghi biên bản): đồng chí Trần Thị Mai, Công chức Văn phòng - Thống kê."
        in text
    )
    body = build_document(state_meeting).section("body").blocks
    first = body[0]
    assert (
        isinstance(first, Paragraph)
        and first.runs[0].bold
        and first.runs[0].text == "Thời gian bắt đầu:"
    )


def test_attendance_counts_and_names(state_meeting: Meeting) -> None:
    text = body_text(build_document(state_meeting))
    assert (
        "Thành phần tham dự: có mặt 07/09 đồng chí được triệu tập (trong đó 01 đồng chí "
        "đến muộn), vắng mặt 02 đồng chí; 09 đại biểu khách mời."
    ) in text
    assert (
        "- Đến muộn (01 đồng chí): đồng chí Vũ Văn Nam, Trưởng Công an xã (lý do: dự họp "
        "giao ban an ninh tại huyện)."
    ) in text
    assert (
        "- Vắng mặt có lý do (01 đồng chí): đồng chí Hoàng Văn Sơn, Công chức Địa chính - "
        "Xây dựng (lý do: đi tập huấn tại tỉnh)."
    ) in text
    assert "- Vắng mặt không có lý do (01 đồng chí): đồng chí Bùi Văn Long" in text
    assert (
        "- Khách mời: đồng chí Đỗ Văn Tâm, Bí thư Đảng ủy xã; Trưởng thôn các thôn (08 đồng chí)."
        in text
    )
    assert "đồng chí Mai Thị Thu, Công chức Tài chính - Kế toán." in text


def test_groups_without_counts_are_worded_naturally(seed_meeting: Meeting) -> None:
    text = body_text(build_document(seed_meeting))
    assert "Thành phần dự hội nghị: có mặt đầy đủ các thành phần được triệu tập." in text
    assert "Trưởng các Ban xây dựng Đảng của Huyện ủy; Trưởng các đoàn thể" in text
    assert "Bí thư Đảng bộ các xã, thị trấn (25 đồng chí)." in text
    seed_meeting.attendees.append(
        Attendee(name="Lê Văn Tám", attendance=Attendance.ABSENT_EXCUSED, reason="ốm")
    )
    text = body_text(build_document(seed_meeting))
    assert "Thành phần dự hội nghị: vắng mặt 01 đồng chí." in text
    assert "- Vắng mặt có lý do (01 đồng chí): đồng chí Lê Văn Tám (lý do: ốm)." in text


def test_agenda_statements_and_conclusions(state_meeting: Meeting, seed_meeting: Meeting) -> None:
    doc = build_document(state_meeting)
    text = body_text(doc)
    assert (
        "1. Kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 02 và nhiệm vụ tháng 3 năm 2020"
        in text
    )
    assert "Trình bày: đồng chí Nguyễn Văn Bình, Phó Chủ tịch Ủy ban nhân dân xã." in text
    assert "Đồng chí Lê Đức Thọ, Chỉ huy trưởng Ban Chỉ huy quân sự xã: Công tác tuyển quân" in text
    assert "Các đại biểu dự họp: Thống nhất với báo cáo" in text
    assert "Kết luận: Thống nhất thông qua báo cáo" in text
    assert "3. Kinh phí tổ chức gặp mặt tân binh năm 2020" in text
    # A statement of two paragraphs becomes two paragraphs; the second has no speaker label.
    paragraphs = [b for b in doc.section("body").blocks if isinstance(b, Paragraph)]
    i = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Đồng chí Nguyễn Văn Bình"))
    assert paragraphs[i + 1].text.startswith("Tháng 3, tập trung chăm sóc lúa xuân")
    assert paragraphs[i].runs[0].bold and not paragraphs[i + 1].runs[0].bold
    headings = [p for p in paragraphs if p.style == "item_heading"]
    assert len(headings) == 3
    seed_text = body_text(build_document(seed_meeting))
    assert "Các đại biểu dự hội nghị: Các đại biểu nêu khó khăn" in seed_text


def test_votes_use_vietnamese_percentages(state_meeting: Meeting) -> None:
    state_meeting.votes.append(
        Vote(subject="Thông qua kế hoạch", in_favour=15, against=1, abstain=1, eligible=17)
    )
    text = body_text(build_document(state_meeting))
    assert (
        "- Thông qua Phương án phòng, chống dịch Covid-19: 06/07 đồng chí tán thành, đạt "
        "85,71%; 01/07 đồng chí không có ý kiến, chiếm 14,29%."
    ) in text
    assert "- Mức chi gặp mặt tân binh năm 2020: 07/07 đồng chí tán thành, đạt 100%." in text
    assert (
        "- Thông qua kế hoạch: 15/17 đồng chí tán thành, đạt 88,24%; 01/17 đồng chí không "
        "tán thành, chiếm 5,88%; 01/17 đồng chí không có ý kiến, chiếm 5,88%."
    ) in text


def test_conclusion_tasks_and_closing(state_meeting: Meeting, seed_meeting: Meeting) -> None:
    text = body_text(build_document(state_meeting))
    assert "Kết luận của chủ trì (chủ tọa):\nCác đồng chí thành viên" in text
    assert (
        "- Văn phòng - Thống kê: Hoàn thiện báo cáo kinh tế - xã hội tháng 02, gửi Ủy ban "
        "nhân dân huyện; thời hạn: ngày 10 tháng 3 năm 2020."
    ) in text
    assert "- Công chức Tài chính - Kế toán: Lập dự toán kinh phí gặp mặt tân binh." in text
    assert text.endswith(
        "Cuộc họp kết thúc vào hồi 11 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho các "
        "thành viên dự họp nghe, nhất trí thông qua và được lập thành 02 bản./."
    )
    seed_text = body_text(build_document(seed_meeting))
    assert seed_text.endswith(
        "Hội nghị kết thúc vào hồi 11 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho các "
        "đại biểu dự hội nghị nghe, nhất trí thông qua và được lập thành 03 bản."
    )


def test_closing_variants(state_meeting: Meeting) -> None:
    m = copy.deepcopy(state_meeting)
    m.end = dt.datetime(2020, 3, 7, 9, 5)
    m.copies = None
    assert body_text(build_document(m)).endswith(
        "Cuộc họp kết thúc vào hồi 09 giờ 05 phút, ngày 07 tháng 3 năm 2020. Biên bản đã được "
        "đọc lại cho các thành viên dự họp nghe, nhất trí thông qua./."
    )
    m.end = None
    assert "Cuộc họp kết thúc vào hồi ........ giờ ........ phút cùng ngày." in body_text(
        build_document(m)
    )
    m.closing = "Cuộc họp kết thúc lúc 11 giờ.\n\nBiên bản lập thành 04 bản."
    text = body_text(build_document(m))
    assert text.endswith("Cuộc họp kết thúc lúc 11 giờ.\nBiên bản lập thành 04 bản./.")
    m.closing = "Xong./."
    assert body_text(build_document(m)).endswith("\nXong./.")


def test_signature_block(state_meeting: Meeting, seed_meeting: Meeting) -> None:
    table = build_document(state_meeting).section("signature").blocks[0]
    assert isinstance(table, Table) and table.role == "signature" and not table.borders
    assert table.keep_together
    (left, right), (left_name, right_name), *recipients = table.rows
    assert len(recipients) == len(state_meeting.recipients)
    assert texts(left.blocks) == ["THƯ KÝ"] and texts(right.blocks) == ["CHỦ TỌA"]
    assert isinstance(left_name.blocks[0], Spacer) and left_name.blocks[0].height >= Pt(14 * 3.5)
    assert texts(left_name.blocks) == ["Trần Thị Mai"] and texts(right_name.blocks) == [
        "Phạm Văn Hùng"
    ]
    assert build_document(state_meeting).style("signature_name").bold
    state_meeting.signature.chair_prefix = "TM. Ủy ban nhân dân"
    state_meeting.signature.chair_label = "Chủ trì"
    state_meeting.signature.chair_title = "Chủ tịch"
    state_meeting.signature.secretary_label = "Người ghi biên bản"
    (left, right), *_ = build_document(state_meeting).section("signature").blocks[0].rows
    assert texts(right.blocks) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TRÌ", "CHỦ TỊCH"]
    assert texts(left.blocks) == ["NGƯỜI GHI BIÊN BẢN"]
    (left, right), *_ = build_document(seed_meeting).section("signature").blocks[0].rows
    assert texts(left.blocks) == ["NGƯỜI GHI BIÊN BẢN", "CHUYÊN VIÊN\nVĂN PHÒNG HUYỆN ỦY"]
    assert texts(right.blocks) == ["CHỦ TRÌ HỘI NGHỊ", "PHÓ BÍ THƯ THƯỜNG TRỰC HUYỆN ỦY"]


def test_recipients_are_the_last_rows_of_the_signature_table(
    state_meeting: Meeting, seed_meeting: Meeting
) -> None:
    # Form 1.9 draws "Nơi nhận" under the secretary's column, in the signature table: kept
    # together with the signatures, it can be neither stranded on a page nor split from them.
    table = build_document(state_meeting).section("signature").blocks[0]
    rows = table.rows[2:]
    assert all(right.blocks == () for _, right in rows)
    section = build_document(state_meeting).section("recipients")
    assert section == rows[0][0].blocks[0]
    label, first = section.blocks
    assert (
        isinstance(label, Paragraph)
        and label.text == "Nơi nhận:"
        and label.style == "recipients_label"
    )
    entries = [first] + [left.blocks[0] for left, _ in rows[1:]]
    assert all(isinstance(e, BulletList) and e.style == "recipients_entry" for e in entries)
    assert [e.items[0].text for e in entries] == [
        "- UBND huyện Kim Sơn (để b/c);",
        "- Thường trực Đảng ủy xã;",
        "- Thành viên UBND xã;",
        "- Lưu: VT, Hồ sơ.",
    ]
    seed_meeting.recipients = []
    assert len(build_document(seed_meeting).section("signature").blocks[0].rows) == 2
    with pytest.raises(KeyError):
        build_document(seed_meeting).section("recipients")


def test_page_numbers_and_metadata(state_meeting: Meeting) -> None:
    doc = build_document(state_meeting, metadata={"approval_hash": "abc", "revision": "3"})
    assert doc.page_numbers is not None and doc.page_numbers.skip_first
    assert doc.style(doc.page_numbers.style).size == Pt(14)
    assert doc.metadata.author == "ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG"
    assert "Họp Ủy ban nhân dân xã thường kỳ tháng 3 năm 2020" in doc.metadata.title
    assert doc.metadata.subject
    assert dict(doc.metadata.extra) == {"approval_hash": "abc", "revision": "3"}


def test_profile_override(seed_meeting: Meeting) -> None:
    doc = build_document(seed_meeting, "state")
    _, right, _, _ = header_cells(doc)
    assert texts(right)[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_text_is_nfc_and_nothing_typed_is_dropped(state_meeting: Meeting) -> None:
    m = copy.deepcopy(state_meeting)
    m.location = unicodedata.normalize("NFD", "Hội trường Đồng Hướng")
    m.attendees.append(
        Attendee(name="Khách <b>&amp;", role=Role.GUEST, organization='Công ty "A&B"')
    )
    doc = build_document(m)
    everything = plain(" ".join(doc.texts()).replace("\n", " "))
    assert everything == unicodedata.normalize("NFC", everything)
    assert "Hội trường Đồng Hướng" in everything
    folded = everything.upper()
    for path, value in text_fields(m):
        for part in value.replace("\n\n", "\n").split("\n"):
            part = unicodedata.normalize("NFC", part).strip().rstrip(".;,").strip()
            part = plain(typeset(part))  # printed with curly quotes and no-break spaces
            if not part or path in ("issuer.abbreviation", "symbol", "place", "kind"):
                continue
            if not is_printed(path):  # scratch notes
                continue
            assert part.upper() in folded, f"{path}: {part!r} is missing from the document"
    assert (
        m.kind in doc.metadata.subject
    )  # the free label of the meeting type goes to the properties


def test_a_draft_with_nothing_filled_in_still_builds() -> None:
    doc = build_document(Meeting())
    text = "\n".join(doc.texts())
    assert "Thời gian bắt đầu: ........ giờ ........ phút" in text
    assert "\nĐịa điểm: ........\n" in text
    assert any(isinstance(b, Section) for b in doc.blocks)


def test_a_late_arrival_prints_its_time_and_a_statement_time_only_when_asked(
    seed_meeting: Meeting,
) -> None:
    m = copy.deepcopy(seed_meeting)
    m.attendees[1].attendance = Attendance.LATE
    m.attendees[1].arrived = dt.datetime(2020, 2, 25, 8, 15)
    m.attendees[1].reason = "họp ở tỉnh"
    m.agenda[0].statements[0].time = dt.datetime(2020, 2, 25, 7, 40)
    m.agenda[0].scratch = "NHÁP KHÔNG ĐƯỢC IN"
    text = body_text(build_document(m))
    assert (
        "Đến muộn (01 đồng chí): đồng chí Hoàng Văn Thắng, Phó Bí thư Huyện ủy "
        "(đến lúc 08 giờ 15 phút; lý do: họp ở tỉnh)."
    ) in text
    assert "07 giờ 40 phút" not in text
    assert "NHÁP" not in "\n".join(build_document(m).texts())
    m.show_statement_times = True
    text = body_text(build_document(m))
    assert (
        "Đồng chí Mai Văn Thanh, Phó Bí thư Thường trực Huyện ủy (07 giờ 40 phút): Trong tháng"
    ) in text
    # A present person keeps no arrival time in print, even if one was stamped and corrected.
    m.attendees[1].attendance = Attendance.PRESENT
    assert "đến lúc" not in body_text(build_document(m))
