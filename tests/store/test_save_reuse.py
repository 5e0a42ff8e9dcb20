"""A save reuses what its connection last wrote (the old meeting for the audit diff, the folded
texts for the search index) only while the stored row still holds exactly that."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain import interchange
from minutes_app.domain.model import Meeting, Speaker, Statement
from minutes_app.store import Database, tables
from minutes_app.store.index import folded_text
from minutes_app.store.tables import Tables, from_utf8, utf8
from tests.store.conftest import make_meeting


def _edits(meeting: Meeting) -> list[Meeting]:
    """Return a run of edited versions of ``meeting``, as an editor's autosaves would write them."""
    steps: list[Meeting] = []
    current = copy.deepcopy(meeting)
    for i in range(6):
        current = copy.deepcopy(current)
        if i == 0:
            current.title += " (sửa)"
        elif i == 1:
            current.agenda[0].statements.append(
                Statement(Speaker("Đỗ Thị Mai", "Trưởng thôn Tây"), "Đề nghị bổ sung kinh phí.")
            )
        elif i == 2:
            current.agenda[0].statements[0].content = "Nội dung đã sửa lại: Đồng Hướng."
        elif i == 3:
            pass  # an autosave that changed nothing
        elif i == 4:
            del current.agenda[0].statements[0]
        else:
            current.location = "Nhà văn hóa thôn Đông"
            current.attendees[0].name = "Trần Văn Bính"
        steps.append(current)
    return steps


def _audit(db: Database, meeting_id: int) -> list[tuple[Any, ...]]:
    return [(e.action, e.version, e.path, e.old, e.new) for e in db.review.audit(meeting_id)]


def _index(db: Database, meeting_id: int) -> tuple[Any, ...]:
    text = db._query(
        "SELECT title, issuer, people, body FROM meeting_text WHERE rowid = ?", (meeting_id,)
    )
    people = db._query(
        "SELECT name, name_key, position, organization, seq FROM people WHERE meeting_id = ? "
        "ORDER BY seq",
        (meeting_id,),
    )
    return tuple(text[0]), [tuple(p) for p in people]


def _full_rebuild(db: Database, meeting_id: int) -> tuple[str, ...]:
    """The full-text columns folded afresh from the stored document (no memo)."""
    stored = interchange.parse(
        db._query("SELECT document FROM meetings WHERE id = ?", (meeting_id,))[0][0]
    ).meeting
    folded = folded_text(stored)
    return (folded.title, folded.issuer, folded.people, folded.body)


def test_saves_give_the_audit_index_and_search_of_saves_that_reuse_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = make_meeting()
    results = []
    for reuse in (True, False):
        with Database.open(tmp_path / f"reuse-{reuse}.sqlite") as db:
            if not reuse:  # every save parses the stored row and folds every text again
                monkeypatch.setattr(Tables, "remember", lambda *args: None)
                monkeypatch.setattr(
                    tables, "folded_text", lambda meeting, memo=None: folded_text(meeting)
                )
            meeting_id = db.create(meeting, by="Lan").id
            version = 1
            for edited in _edits(meeting):
                version = db.update(meeting_id, edited, expected_version=version, by="Lan").version
                assert list(_index(db, meeting_id)[0]) == list(_full_rebuild(db, meeting_id))
            found = [[s.id for s in db.search(q)] for q in ("kinh phí", "bính", "dong huong")]
            results.append((_audit(db, meeting_id), _index(db, meeting_id), found))
        monkeypatch.undo()
    assert results[0] == results[1]
    audit = results[0][0]
    assert ("update", 2, "title", "Họp giao ban tháng 3", "Họp giao ban tháng 3 (sửa)") in audit
    assert [entry[1] for entry in audit].count(5) == 0  # the save that changed nothing: no row
    # The text added is found, the one deleted is not (the index follows every save).
    assert results[0][2] == [[meeting_id], [meeting_id], []]


def test_a_row_another_connection_changed_is_read_again_for_the_diff(db_path: Path) -> None:
    with Database.open(db_path) as mine, Database.open(db_path) as other:
        meeting = make_meeting()
        meeting_id = mine.create(meeting, by="Lan").id
        meeting.title = "Tiêu đề của tôi"
        mine.update(meeting_id, meeting, by="Lan")  # remembered by ``mine``
        theirs = copy.deepcopy(meeting)
        theirs.title = "Tiêu đề của người khác"
        other.update(meeting_id, theirs, by="Hoa")
        meeting.title = "Tiêu đề cuối"
        mine.update(meeting_id, meeting, by="Lan")
        last = [e for e in mine.review.audit(meeting_id) if e.path == "title"][-1]
        assert (last.by, last.old, last.new) == ("Lan", "Tiêu đề của người khác", "Tiêu đề cuối")


def test_a_row_changed_behind_the_app_without_a_new_version_is_read_again(
    db_path: Path,
) -> None:
    """Same version, other bytes (a restore, a tool): the remembered copy is not trusted."""
    with Database.open(db_path) as db:
        meeting = make_meeting()
        meeting_id = db.create(meeting, by="Lan").id
        record = db.update(meeting_id, meeting, by="Lan")
        changed = copy.deepcopy(meeting)
        changed.location = "Nơi khác hẳn"
        document = interchange.canonical_text(changed)
        conn = sqlite3.connect(db_path)
        conn.execute("UPDATE meetings SET document = ? WHERE id = ?", (document, meeting_id))
        conn.commit()
        conn.close()
        assert db.get(meeting_id).version == record.version
        meeting.title = "Tiêu đề mới"
        db.update(meeting_id, meeting, by="Lan")
        paths = {e.path: (e.old, e.new) for e in db.review.audit(meeting_id) if e.version == 3}
        assert paths["location"] == ("Nơi khác hẳn", meeting.location)
        assert "title" in paths


def test_changing_the_returned_record_does_not_change_the_next_diff(db: Database) -> None:
    meeting = make_meeting()
    meeting_id = db.create(meeting, by="Lan").id
    record = db.update(meeting_id, meeting, by="Lan")
    record.meeting.title = "Ai đó sửa bản ghi trả về"  # the caller's copy, not the store's
    record.meeting.agenda[0].statements.clear()
    meeting.title = "Tiêu đề mới"
    db.update(meeting_id, meeting, by="Lan")
    entries = [(e.path, e.old) for e in db.review.audit(meeting_id)]
    assert entries[-1] == ("title", "Họp giao ban tháng 3")


def test_a_stored_document_is_text_and_reads_back_as_written(db: Database) -> None:
    meeting = make_meeting(content="Đồng chí phát biểu 😀 " * 20_000)
    meeting_id = db.create(meeting).id
    meeting.title = "Sửa tiêu đề"
    record = db.update(meeting_id, meeting)
    kind, document = db._query(
        "SELECT typeof(document), document FROM meetings WHERE id = ?", (meeting_id,)
    )[0]
    assert kind == "text"
    assert document == interchange.canonical_text(record.meeting)
    assert db.get(meeting_id).meeting == record.meeting


@pytest.mark.parametrize("shift", range(5))
def test_utf8_in_pieces_cuts_between_characters(shift: int) -> None:
    text = "x" * shift + "ệ😀a\u2028đ" * 40_000
    raw = utf8(text)
    assert raw == text.encode("utf-8")
    assert from_utf8(raw) == text
    with pytest.raises(UnicodeDecodeError):
        from_utf8(raw[:-1] if text.endswith("đ") else raw + b"\xff")


def test_a_lone_surrogate_in_any_text_field_is_refused_naming_it(seed_meeting: Meeting) -> None:
    """The check scans the document once; every typed text is in it, so none slips through."""
    from minutes_app.domain.fields import set_value, text_fields
    from minutes_app.store.errors import InvalidMeeting
    from minutes_app.store.tables import prepare

    paths = [path for path, _text in text_fields(seed_meeting)]
    assert len(paths) > 30
    for path in paths:
        meeting = copy.deepcopy(seed_meeting)
        set_value(meeting, path, "xấu \udc80 chữ", normalise=False)
        with pytest.raises(InvalidMeeting) as info:
            prepare(meeting)
        assert path in info.value.message_en, path


@pytest.mark.parametrize("read_first", [True, False])
def test_the_first_save_after_opening_diffs_against_the_meeting_read(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, read_first: bool
) -> None:
    # The window reads a meeting on its connection and saves on the task lane's: the first
    # save diffs against what was read (no parse of the stored row, one long call that holds
    # the interpreter for a megabyte) while the row still holds exactly those bytes.
    with Database.open(db_path) as setup:
        meeting_id = setup.create(make_meeting(), by="Lan").id
    tables._MEMORY.clear()  # a new process: nothing read or written yet
    with Database.open(db_path) as window, Database.open(db_path) as lane:
        meeting = window.get(meeting_id).meeting if read_first else make_meeting()
        parsed: list[int] = []
        real_load = Tables.load

        def counting_load(self: Tables, document: str, mid: int) -> Any:
            parsed.append(mid)
            return real_load(self, document, mid)

        monkeypatch.setattr(Tables, "load", counting_load)
        old_title = meeting.title
        meeting.title = "Tiêu đề sau khi mở"
        lane.update(meeting_id, meeting, by="Lan")
        assert parsed == ([] if read_first else [meeting_id])
        last = [e for e in lane.review.audit(meeting_id) if e.path == "title"][-1]
        assert (last.old, last.new) == (old_title, "Tiêu đề sau khi mở")


def test_a_meeting_read_then_changed_behind_the_app_is_read_again(db_path: Path) -> None:
    with Database.open(db_path) as db:
        meeting_id = db.create(make_meeting(), by="Lan").id
        meeting = db.get(meeting_id).meeting
        changed = copy.deepcopy(meeting)
        changed.location = "Nơi khác hẳn"
        conn = sqlite3.connect(db_path)
        conn.execute(
            "UPDATE meetings SET document = ? WHERE id = ?",
            (interchange.canonical_text(changed), meeting_id),
        )
        conn.commit()
        conn.close()
        meeting.title = "Tiêu đề mới"
        db.update(meeting_id, meeting, by="Lan")
        paths = {e.path: (e.old, e.new) for e in db.review.audit(meeting_id) if e.version == 2}
        assert paths["location"] == ("Nơi khác hẳn", meeting.location)
