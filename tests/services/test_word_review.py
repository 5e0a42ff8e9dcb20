"""The chair reviews in Word: the review copy out, comments and changes back in, accept/reject."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from minutes_app.domain import interchange
from minutes_app.domain.model import Meeting, Speaker, Statement
from minutes_app.render import render_docx_bytes
from minutes_app.render.anchors import bookmark_name, path_of_bookmark
from minutes_app.services import word_review as review
from minutes_app.services.review_docx import MAX_COMMENT_CHARS, ReviewFileError
from minutes_app.store import Database
from minutes_app.store import word_review as records
from tests.services import word_edits as edits

SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"
MEMBER = "Nguyễn Văn Bình"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _state() -> Meeting:
    return interchange.parse((FIXTURES / "state-meeting.json").read_bytes()).meeting


@pytest.fixture
def stored(db: Database) -> int:
    return db.create(_state(), by=SECRETARY).id


@pytest.fixture
def copy_path(db: Database, stored: int, tmp_path: Path) -> Path:
    target = tmp_path / "gop-y.docx"
    review.write_review_copy(db, stored, target, by=SECRETARY)
    return target


def _returned(tmp_path: Path, document: object, name: str = "tra-lai.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(edits.save(document))
    return path


def _bookmarks(data: bytes) -> list[str]:
    body = docx.Document(io.BytesIO(data)).element.body
    return [el.get(qn("w:name")) for el in body.iter(qn("w:bookmarkStart"))]


# -- out -------------------------------------------------------------------------------------


def test_the_review_copy_prints_as_the_export_marked_draft_with_every_part_bookmarked(
    db: Database, stored: int, copy_path: Path
) -> None:
    data = copy_path.read_bytes()
    copy_doc = docx.Document(io.BytesIO(data))
    export = docx.Document(io.BytesIO(render_docx_bytes(db.get(stored).meeting)))
    assert [p.text for p in copy_doc.paragraphs] == [p.text for p in export.paragraphs]
    first_header = copy_doc.sections[0].first_page_header
    assert "DỰ THẢO" in " ".join(p.text for p in first_header.paragraphs)
    names = set(_bookmarks(data))
    meeting = db.get(stored).meeting
    expected = {"conclusion"}
    expected |= {f"attendees[{i}]" for i in range(len(meeting.attendees))}
    expected |= {f"votes[{i}]" for i in range(len(meeting.votes))}
    expected |= {f"tasks[{i}]" for i in range(len(meeting.tasks))}
    for i, item in enumerate(meeting.agenda):
        if item.conclusion:
            expected.add(f"agenda[{i}].conclusion")
        expected |= {f"agenda[{i}].statements[{j}].content" for j in range(len(item.statements))}
    assert {bookmark_name(p) for p in expected} <= names
    assert all(len(n) <= 40 and path_of_bookmark(n) for n in names)
    custom = zipfile.ZipFile(copy_path).read("docProps/custom.xml").decode()
    assert f">{stored}<" in custom and review.text_sha256(meeting) in custom
    assert review.PROP_VERSION in custom and review.PROP_COPY in custom


def test_a_part_reads_back_as_the_field_it_prints(
    db: Database, stored: int, copy_path: Path
) -> None:
    parts = review.part_texts(db.get(stored).meeting)
    meeting = db.get(stored).meeting
    assert parts["agenda[0].conclusion"][0] == meeting.agenda[0].conclusion
    assert parts["tasks[0].owner"][0].replace("\u00a0", " ") == meeting.tasks[0].owner


def test_marker_characters_in_user_text_never_make_bookmarks(db: Database) -> None:
    meeting = _state()
    meeting.conclusion = "Kết luận \U000f0001 có ký tự lạ\U00100001"
    record = db.create(meeting, by=SECRETARY)
    parts = review.part_texts(record.meeting)
    assert parts["conclusion"][0] == "Kết luận  có ký tự lạ"


# -- back in ---------------------------------------------------------------------------------


def test_word_comments_become_review_comments_with_their_part_author_text_and_replies(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    first = edits.comment(document, "agenda[0].statements[0].content", "Bổ sung số liệu", CHAIR)
    edits.reply(document, first, "agenda[0].statements[0].content", "Đã bổ sung", SECRETARY)
    edits.comment(document, "votes[1]", "Kiểm tra lại số phiếu", CHAIR)
    done = review.import_review_copy(db, stored, _returned(tmp_path, document), by=SECRETARY)
    comments = db.review.comments(stored)
    assert [(c.part, c.author, c.text) for c in comments] == [
        ("agenda[0].statements[0]", CHAIR, "Bổ sung số liệu"),
        ("agenda[0].statements[0]", SECRETARY, "Đã bổ sung"),
        ("votes[1]", CHAIR, "Kiểm tra lại số phiếu"),
    ]
    assert comments[1].parent_id == comments[0].id
    anchored = records.file_comments(db.tables, stored)
    assert anchored[0][2] == "agenda[0].statements[0].content"
    assert anchored[0][3].startswith("Trong tháng 02")
    assert anchored[2][3].startswith("Mức chi gặp mặt tân binh")
    assert done.proposals == [] and db.get(stored).version == 1


def test_tracked_changes_become_proposals_kept_apart_by_author_and_change_nothing(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    edits.tracked_replace(
        document, "agenda[0].conclusion", "Thống nhất", "Nhất trí", CHAIR, "2026-11-30T08:15:00Z"
    )
    edits.tracked_replace(document, "agenda[0].conclusion", "hoàn thiện", "chỉnh sửa", MEMBER)
    edits.tracked_replace(document, "tasks[1].description", "Ban hành và ", "", CHAIR)
    review.import_review_copy(db, stored, _returned(tmp_path, document), by=SECRETARY)
    found = records.proposals(db.tables, stored)
    old = db.get(stored).meeting.agenda[0].conclusion
    assert [(p.path, p.kind, p.author) for p in found] == [
        ("agenda[0].conclusion", "tracked", MEMBER),
        ("agenda[0].conclusion", "tracked", CHAIR),
        ("tasks[1].description", "tracked", CHAIR),
    ]
    by_member, by_chair, task = found
    assert by_chair.old_text == old == by_member.old_text
    assert by_chair.new_text == old.replace("Thống nhất", "Nhất trí")
    assert by_member.new_text == old.replace("hoàn thiện", "chỉnh sửa")
    assert by_chair.made_at == "2026-11-30T08:15:00+00:00"
    assert task.new_text == "tổ chức thực hiện Phương án phòng, chống dịch Covid-19"
    assert by_chair.file_name == "tra-lai.docx" and len(by_chair.file_sha256) == 64
    assert db.get(stored).version == 1  # nothing changes until accepted


def test_edits_typed_without_track_changes_are_found_part_by_part(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    edits.untracked_replace(document, "conclusion", "Các đồng chí", "Các đồng chí lãnh đạo")
    edits.untracked_replace(document, "attendees[0]", "Phạm Văn Hùng", "Phạm Văn Hưng")
    review.import_review_copy(
        db, stored, _returned(tmp_path, document), by=SECRETARY, reviewer=CHAIR
    )
    found = records.proposals(db.tables, stored)
    assert [(p.path, p.kind, p.author) for p in found] == [
        ("attendees[0]", "untracked", CHAIR),
        ("conclusion", "untracked", CHAIR),
    ]
    assert "lãnh đạo" in found[1].new_text and "lãnh đạo" not in found[1].old_text
    views = {v.proposal.path: v for v in review.review_changes(db, stored)}
    assert views["attendees[0]"].manual and not views["conclusion"].manual
    assert views["conclusion"].applies_to == "conclusion"


def _proposals_file(db: Database, stored: int, copy_path: Path, tmp_path: Path) -> list[int]:
    document = edits.open_copy(copy_path.read_bytes())
    edits.tracked_replace(document, "agenda[0].conclusion", "Thống nhất", "Nhất trí", CHAIR)
    edits.untracked_replace(document, "conclusion", "Các đồng chí", "Các đồng chí lãnh đạo")
    return review.import_review_copy(
        db, stored, _returned(tmp_path, document), by=SECRETARY, reviewer=CHAIR
    ).proposals


def test_accepting_applies_one_saved_version_and_rejecting_keeps_the_history(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    first, second = _proposals_file(db, stored, copy_path, tmp_path)
    before = db.get(stored).meeting
    done = review.accept(db, stored, first, by=SECRETARY)
    after = db.get(stored)
    assert done.applied_to == "agenda[0].conclusion" and after.version == 2
    assert after.meeting.agenda[0].conclusion == before.agenda[0].conclusion.replace(
        "Thống nhất", "Nhất trí"
    )
    assert after.meeting.conclusion == before.conclusion
    audit = db.review.audit(stored)
    assert audit[-1].action == records.ACCEPT_ACTION and audit[-1].path == "agenda[0].conclusion"
    review.reject(db, stored, second, by=SECRETARY)
    assert db.get(stored).meeting.conclusion == before.conclusion
    states = {p.id: (p.state, p.decided_by) for p in records.proposals(db.tables, stored)}
    assert states == {first: ("accepted", SECRETARY), second: ("rejected", SECRETARY)}
    with pytest.raises(Exception, match="already"):
        review.accept(db, stored, second, by=SECRETARY)


def test_changed_since_the_copy_matching_proposals_apply_where_the_text_now_stands(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    edits.tracked_replace(document, "agenda[0].statements[0].content", "412", "415", CHAIR)
    edits.tracked_replace(document, "agenda[1].conclusion", "Thống nhất", "Đồng ý", CHAIR)
    # Meanwhile the secretary adds a statement first and rewrites the second item's conclusion.
    record = db.get(stored)
    changed = copy.deepcopy(record.meeting)
    changed.agenda[0].statements.insert(0, Statement(Speaker("Lê Thị Hoa"), "Khai mạc."))
    changed.agenda[1].conclusion = "Giao Trạm Y tế xã xây dựng lại phương án."
    db.update(stored, changed, expected_version=record.version, by=SECRETARY)
    done = review.import_review_copy(db, stored, _returned(tmp_path, document), by=SECRETARY)
    assert done.changed_since_copy
    decisions = review.accept_all(db, stored, by=SECRETARY)
    assert [(d.state, d.applied_to) for d in decisions] == [
        ("accepted", "agenda[0].statements[1].content"),
        ("conflict", None),
    ]
    meeting = db.get(stored).meeting
    assert "415 ha" in meeting.agenda[0].statements[1].content
    assert meeting.agenda[1].conclusion == "Giao Trạm Y tế xã xây dựng lại phương án."
    views = review.review_changes(db, stored)
    assert [v.conflict for v in views] == [False, True]


def test_several_reviewers_copies_are_kept_apart(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    for who, name in ((CHAIR, "chu-tri.docx"), (MEMBER, "thanh-vien.docx")):
        document = edits.open_copy(copy_path.read_bytes())
        edits.untracked_replace(document, "conclusion", "Các đồng chí", f"Các đồng chí ({who})")
        edits.comment(document, "conclusion", f"Ý kiến của {who}", who)
        review.import_review_copy(
            db, stored, _returned(tmp_path, document, name), by=SECRETARY, reviewer=who
        )
    found = records.proposals(db.tables, stored)
    assert [(p.author, p.file_name) for p in found] == [
        (CHAIR, "chu-tri.docx"),
        (MEMBER, "thanh-vien.docx"),
    ]
    assert [c.author for c in db.review.comments(stored)] == [CHAIR, MEMBER]
    files = records.files(db.tables, stored)
    assert [(f.reviewer, f.imported_by) for f in files] == [(CHAIR, SECRETARY), (MEMBER, SECRETARY)]


# -- hostile files ---------------------------------------------------------------------------


def test_another_meetings_copy_is_refused_naming_its_meeting(
    db: Database, stored: int, copy_path: Path
) -> None:
    other = db.create(_state(), by=SECRETARY).id
    with pytest.raises(review.ReviewRefused, match=f"biên bản số {stored}"):
        review.import_review_copy(db, other, copy_path, by=SECRETARY)
    assert records.files(db.tables, other) == []


def test_the_same_file_twice_and_a_copy_from_another_database_are_refused(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    review.import_review_copy(db, stored, copy_path, by=SECRETARY)
    with pytest.raises(review.ReviewRefused, match="already imported"):
        review.import_review_copy(db, stored, copy_path, by=SECRETARY)
    with Database.open(tmp_path / "other.sqlite") as elsewhere:
        elsewhere.create(_state(), by=SECRETARY)
        with pytest.raises(review.ReviewRefused, match="not made from this database"):
            review.import_review_copy(elsewhere, 1, copy_path, by=SECRETARY)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a zip at all", "not a Word document"),
        (b"", "not a Word document"),
        ("zip-without-document", "word/document.xml is missing"),
        ("plain-docx", "not a review copy"),
        ("bomb", "zip bomb"),
        ("entities", "not valid XML|not a review copy"),
    ],
)
def test_hostile_files_are_refused_and_change_nothing(
    db: Database, stored: int, tmp_path: Path, content: bytes | str, message: str
) -> None:
    path = tmp_path / "hostile.docx"
    if content == "zip-without-document":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "xin chào")
    elif content == "plain-docx":
        path.write_bytes(render_docx_bytes(_state()))
    elif content == "bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", b"<" + b" " * (200 << 20) + b">")
    elif content == "entities":
        laughs = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
        )
        xml = (
            laughs + ']><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p>'
            "</w:body></w:document>"
        )
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", xml)
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    assert path.stat().st_size < 5 << 20
    with pytest.raises((ReviewFileError, review.ReviewRefused), match=message):
        review.import_review_copy(db, stored, path, by=SECRETARY)
    assert records.files(db.tables, stored) == [] and db.get(stored).version == 1


def test_huge_comments_are_cut_and_comments_on_deleted_text_keep_their_words(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    edits.comment(document, "conclusion", "Rất dài. " * 50_000, CHAIR)
    edits.tracked_replace(document, "tasks[2].description", "Lập dự toán", "", CHAIR)
    runs = edits.runs_of(document, "tasks[2].description")
    deleted = [r for r in runs if r.find(qn("w:delText")) is not None]
    from docx.text.run import Run

    document.add_comment(Run(deleted[0], deleted[0].getparent()), text="Sao lại bỏ?", author=MEMBER)
    done = review.import_review_copy(db, stored, _returned(tmp_path, document), by=SECRETARY)
    assert done.cut_comments == 1
    comments = db.review.comments(stored)
    assert len(comments[0].text) < MAX_COMMENT_CHARS + 100 and "too long, cut" in comments[0].text
    anchored = records.file_comments(db.tables, stored)
    assert anchored[1][2] == "tasks[2].description" and anchored[1][3] == "Lập dự toán"
    assert comments[1].part == "tasks[2]"


# -- LibreOffice -----------------------------------------------------------------------------


@pytest.mark.libreoffice
@pytest.mark.skipif(edits.soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_copies_saved_by_libreoffice_bring_the_same_comments_and_proposals(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    edits.comment(document, "agenda[0].statements[0].content", "Bổ sung số liệu", CHAIR)
    edits.tracked_replace(document, "agenda[0].conclusion", "Thống nhất", "Nhất trí", CHAIR)
    edits.tracked_replace(document, "agenda[1].conclusion", "Thống nhất", "Đồng ý", MEMBER)
    edits.untracked_replace(document, "conclusion", "Các đồng chí", "Các đồng chí lãnh đạo")
    word = edits.save(document)
    saved = edits.through_libreoffice(word, tmp_path / "lo")
    assert saved != word
    (tmp_path / "word.docx").write_bytes(word)
    (tmp_path / "libreoffice.docx").write_bytes(saved)
    for name in ("word.docx", "libreoffice.docx"):
        review.import_review_copy(db, stored, tmp_path / name, by=SECRETARY, reviewer=CHAIR)
    found = records.proposals(db.tables, stored)
    shapes = [(p.path, p.kind, p.author, p.new_text) for p in found]
    half = len(shapes) // 2
    assert len(shapes) == 6 and shapes[:half] == shapes[half:]
    comments = db.review.comments(stored)
    assert [(c.part, c.author, c.text) for c in comments[:1]] == [
        (c.part, c.author, c.text) for c in comments[1:]
    ]
    # A copy LibreOffice saved (its own bookmarks and properties) is accepted like Word's.
    assert review.accept(db, stored, found[half].id, by=SECRETARY).state == "accepted"


def test_a_copy_whose_properties_were_altered_is_refused(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    data = copy_path.read_bytes()
    digest = review.text_sha256(db.get(stored).meeting).encode()
    altered = tmp_path / "sua-thuoc-tinh.docx"
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(altered, "w") as target:
        for info in source.infolist():
            raw = source.read(info.filename)
            if info.filename == "docProps/custom.xml":
                assert digest in raw
                raw = raw.replace(digest, b"0" * 64)
            target.writestr(info, raw)
    with pytest.raises(review.ReviewRefused, match="properties were altered"):
        review.import_review_copy(db, stored, altered, by=SECRETARY)


def test_a_part_whose_bookmark_was_removed_is_reported_not_guessed(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    document = edits.open_copy(copy_path.read_bytes())
    name = bookmark_name("conclusion")
    body = document.element.body
    start = next(e for e in body.iter(qn("w:bookmarkStart")) if e.get(qn("w:name")) == name)
    start.getparent().remove(start)
    done = review.import_review_copy(db, stored, _returned(tmp_path, document), by=SECRETARY)
    assert done.missing_parts == ["conclusion"] and done.proposals == []


def test_decided_proposals_are_history(
    db: Database, stored: int, copy_path: Path, tmp_path: Path
) -> None:
    import sqlite3

    first, _second = _proposals_file(db, stored, copy_path, tmp_path)
    review.reject(db, stored, first, by=SECRETARY)
    conn = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="cannot change"):
            conn.execute("UPDATE review_proposals SET state = 'accepted' WHERE id = ?", (first,))
        with pytest.raises(sqlite3.DatabaseError, match="history"):
            conn.execute("DELETE FROM review_proposals")
    finally:
        conn.close()
    files = review.returned_files(db, stored)
    assert [(f.name, c, p) for f, c, p in files] == [("tra-lai.docx", 0, 2)]


def test_the_office_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    """Review copies live in a local file for now: on the office database each verb says so."""

    class Office:
        supports_word_review = False

    office = Office()
    for call in (
        lambda: review.write_review_copy(office, 1, tmp_path / "copy.docx", by="Hoa"),  # type: ignore[arg-type]
        lambda: review.review_changes(office, 1),  # type: ignore[arg-type]
        lambda: review.reject(office, 1, 1, by="Hùng"),  # type: ignore[arg-type]
    ):
        with pytest.raises(review.ReviewRefused) as caught:
            call()
        assert "PostgreSQL" in caught.value.message_vi
        assert "office database" in caught.value.message_en
    assert not (tmp_path / "copy.docx").exists()
