"""Integrity of approved minutes: verify detects any change made behind the application's back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from minutes_app.domain.model import Status
from minutes_app.store import Database, StoreError
from minutes_app.store.review import META_REVISION, META_SHA256
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")


def _approved(db: Database, **fields: object) -> int:
    meeting_id = db.create(make_meeting(**fields)).id
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, "Phạm Văn Hùng")
    return meeting_id


def _tamper(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change the file with plain sqlite3, as a careful attacker would: drop every trigger,
    make the change, put the triggers back exactly as they were (so the schema still matches)."""
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(sql, params)
        for _name, sql_text in triggers:
            conn.execute(sql_text)
        conn.commit()
    finally:
        conn.close()


def _document(path: Path, meeting_id: int) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        (text,) = conn.execute(
            "SELECT document FROM meetings WHERE id = ?", (meeting_id,)
        ).fetchone()
    finally:
        conn.close()
    data: dict[str, object] = json.loads(text)
    return data


def _canonical(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_an_untouched_approved_meeting_verifies(db: Database) -> None:
    meeting_id = _approved(db)
    check = db.review.verify(meeting_id)
    assert check.intact and check.revision == 1 and len(check.sha256) == 64
    assert "nguyên vẹn" in check.messages[0]


@pytest.mark.parametrize(
    "change",
    [
        "content",  # the text of a statement inside the stored JSON
        "title_column",  # only the indexed title column
        "revision",  # the frozen revision itself
        "one_character",  # a single letter of the conclusion, re-serialised canonically
    ],
)
def test_a_change_behind_the_apps_back_makes_verify_fail(db_path: Path, change: str) -> None:
    with Database.open(db_path) as db:
        meeting_id = _approved(db)
    data = _document(db_path, meeting_id)
    agenda = data["agenda"]
    assert isinstance(agenda, list)
    if change == "content":
        agenda[0]["statements"][0]["content"] = "Nội dung đã bị sửa."
        _tamper(
            db_path, "UPDATE meetings SET document = ? WHERE id = ?", (_canonical(data), meeting_id)
        )
    elif change == "title_column":
        _tamper(db_path, "UPDATE meetings SET title = 'Tên khác' WHERE id = ?", (meeting_id,))
    elif change == "revision":
        agenda[0]["conclusion"] = "Không thống nhất."
        _tamper(
            db_path,
            "UPDATE revisions SET document = ? WHERE meeting_id = ?",
            (_canonical(data), meeting_id),
        )
    else:
        agenda[0]["conclusion"] = "Thống nhat."
        _tamper(
            db_path, "UPDATE meetings SET document = ? WHERE id = ?", (_canonical(data), meeting_id)
        )
    with Database.open(db_path) as db:
        check = db.review.verify(meeting_id)
        assert not check.intact
        assert check.messages and "/" in check.messages[0]
        # The export refuses to stamp the approval hash on other content.
        with pytest.raises(StoreError, match="không khớp"):
            db.review.export_metadata(meeting_id)


def test_a_document_tampered_with_the_same_json_but_other_formatting_fails(db_path: Path) -> None:
    with Database.open(db_path) as db:
        meeting_id = _approved(db)
    data = _document(db_path, meeting_id)
    _tamper(
        db_path,
        "UPDATE meetings SET document = ? WHERE id = ?",
        (json.dumps(data, ensure_ascii=False, indent=1), meeting_id),
    )
    with Database.open(db_path) as db:
        assert not db.review.verify(meeting_id).intact


def test_verify_of_a_draft_and_of_a_reopened_meeting(db: Database) -> None:
    draft = db.create(make_meeting()).id
    check = db.review.verify(draft)
    assert check.intact and check.revision is None
    reopened = _approved(db)
    db.review.reopen(reopened, "Phạm Văn Hùng", "Sửa")
    meeting = db.get(reopened).meeting
    meeting.title = "Đang sửa lại"
    db.update(reopened, meeting)
    check = db.review.verify(reopened)
    assert check.intact and check.revision == 1  # the draft may differ; the revision is intact


def test_approved_status_without_a_revision_is_reported(db_path: Path) -> None:
    with Database.open(db_path) as db:
        meeting_id = db.create(make_meeting()).id
    _tamper(db_path, "UPDATE meetings SET status = 'approved' WHERE id = ?", (meeting_id,))
    with Database.open(db_path) as db:
        check = db.review.verify(meeting_id)
        assert not check.intact
        assert any("không có phiên bản đã duyệt" in m for m in check.messages)
        assert any("khác bước cuối cùng của lịch sử duyệt" in m for m in check.messages)


def test_export_metadata_of_approved_and_draft_meetings(db: Database) -> None:
    meeting_id = _approved(db)
    meta = db.review.export_metadata(meeting_id)
    assert meta[META_REVISION] == "1"
    assert meta[META_SHA256] == db.review.revisions(meeting_id)[0].sha256
    draft = db.create(make_meeting()).id
    assert db.review.export_metadata(draft) == {}
    assert db.get(meeting_id).meeting.status is Status.APPROVED
