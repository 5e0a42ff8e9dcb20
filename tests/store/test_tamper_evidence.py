"""Tamper evidence (review F4, F-AUDIT): plain SQL cannot rewrite approvals, and verify sees it.

Each case starts from an approved meeting and changes the file with plain ``sqlite3`` only, as
the attack report's ``tamper.py`` does: first with every trigger in place (the file refuses),
then as a careful attacker who drops the triggers, edits, and puts them back exactly as they
were (the schema then matches, so the file opens, and ``verify`` must find the change).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.store import Database, StoreError
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")

SECRETARY = "Lê Thị Hoa"
CHAIR = "Phạm Văn Hùng"


def _approved(path: Path) -> int:
    with Database.open(path) as db:
        meeting_id = db.create(make_meeting(number=""), by=SECRETARY, action="import").id
        meeting = db.get(meeting_id).meeting
        meeting.place = "Kim Sơn, Ninh Bình"
        db.update(meeting_id, meeting, by=SECRETARY)
        db.review.submit(meeting_id, SECRETARY)
        db.review.approve(meeting_id, CHAIR)
        assert db.review.verify(meeting_id).intact
        return meeting_id


def _canonical(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _edited(conn: sqlite3.Connection, meeting_id: int) -> str:
    (text,) = conn.execute("SELECT document FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    data = json.loads(text)
    data["agenda"][0]["conclusion"] = "KHÔNG thống nhất."
    data["status"] = "approved"
    return _canonical(data)


# -- the report's tamper script, step by step -----------------------------------------------


def flip_status_and_text(conn: sqlite3.Connection, meeting_id: int) -> None:
    """tamper.py step 1: draft, then approved again with another text."""
    edited = _edited(conn, meeting_id)
    conn.execute("UPDATE meetings SET status = 'draft' WHERE id = ?", (meeting_id,))
    conn.execute(
        "UPDATE meetings SET status = 'approved', document = ? WHERE id = ?", (edited, meeting_id)
    )


def replace_revision(conn: sqlite3.Connection, meeting_id: int) -> None:
    """tamper.py steps 2 and 3: delete the revision, insert the edited text with its SHA-256."""
    edited = _edited(conn, meeting_id)
    row = conn.execute(
        "SELECT approved_by, approved_at, event_hash, chain FROM revisions WHERE meeting_id = ?",
        (meeting_id,),
    ).fetchone()
    conn.execute("DELETE FROM revisions WHERE meeting_id = ?", (meeting_id,))
    conn.execute(
        "INSERT INTO revisions VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
        (meeting_id, edited, hashlib.sha256(edited.encode()).hexdigest(), *row),
    )
    conn.execute("UPDATE meetings SET document = ? WHERE id = ?", (edited, meeting_id))


def whole_tamper_script(conn: sqlite3.Connection, meeting_id: int) -> None:
    """tamper.py as a whole: flip, delete and re-insert with a fresh hash."""
    flip_status_and_text(conn, meeting_id)
    replace_revision(conn, meeting_id)


def status_to_draft(conn: sqlite3.Connection, meeting_id: int) -> None:
    """The report's variant: only the status, with no reopen step in the history."""
    conn.execute("UPDATE meetings SET status = 'draft' WHERE id = ?", (meeting_id,))


def delete_the_meeting(conn: sqlite3.Connection, meeting_id: int) -> None:
    conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))


def approver_renamed(conn: sqlite3.Connection, meeting_id: int) -> None:
    """F-AUDIT: someone else's name on the approval step."""
    conn.execute(
        "UPDATE workflow_events SET actor = 'Chủ tịch' WHERE meeting_id = ? AND action = 'approve'",
        (meeting_id,),
    )


def import_row_deleted(conn: sqlite3.Connection, meeting_id: int) -> None:
    """F-AUDIT: the audit row of the import is deleted."""
    conn.execute("DELETE FROM audit_log WHERE meeting_id = ? AND action = 'import'", (meeting_id,))


def audit_value_edited(conn: sqlite3.Connection, meeting_id: int) -> None:
    conn.execute(
        "UPDATE audit_log SET new_value = 'Hà Nội' WHERE meeting_id = ? AND path = 'place'",
        (meeting_id,),
    )


def revision_reinserted_with_another_approver(conn: sqlite3.Connection, meeting_id: int) -> None:
    """F-AUDIT: delete and re-insert revision 1 naming another approver."""
    row = conn.execute("SELECT * FROM revisions WHERE meeting_id = ?", (meeting_id,)).fetchone()
    conn.execute("DELETE FROM revisions WHERE meeting_id = ?", (meeting_id,))
    conn.execute(
        "INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*row[:4], "Chủ tịch", *row[5:])
    )


def fake_reopen_then_edit(conn: sqlite3.Connection, meeting_id: int) -> None:
    """A reopen step inserted by hand (no valid hash), then the text changed as a draft."""
    (last,) = conn.execute("SELECT max(id) FROM workflow_events").fetchone()
    conn.execute(
        "INSERT INTO workflow_events (id, meeting_id, action, source, target, actor, at, note, "
        "revision, audit_head, hash) VALUES (?, ?, 'reopen', 'approved', 'draft', 'Chủ tịch', "
        "'2030-01-01T00:00:00+00:00', 'sửa', 1, '', 'x')",
        (last + 1, meeting_id),
    )
    conn.execute("UPDATE meetings SET status = 'draft' WHERE id = ?", (meeting_id,))


TAMPERS: dict[str, Callable[[sqlite3.Connection, int], None]] = {
    "flip status and text": flip_status_and_text,
    "replace the revision": replace_revision,
    "the whole tamper script": whole_tamper_script,
    "status to draft": status_to_draft,
    "approver renamed in the history": approver_renamed,
    "import row deleted from the audit log": import_row_deleted,
    "audit value edited": audit_value_edited,
    "revision re-inserted with another approver": revision_reinserted_with_another_approver,
}


@pytest.mark.parametrize("kind", [*TAMPERS, "delete the approved meeting"])
def test_plain_sql_with_the_triggers_in_place_is_refused(db_path: Path, kind: str) -> None:
    meeting_id = _approved(db_path)
    tamper = {**TAMPERS, "delete the approved meeting": delete_the_meeting}[kind]
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            tamper(conn, meeting_id)
        conn.rollback()
    finally:
        conn.close()
    with Database.open(db_path) as db:
        assert db.review.verify(meeting_id).intact


def test_a_hand_made_reopen_step_passes_the_triggers_but_not_verify(db_path: Path) -> None:
    # Appending is allowed (that is how the app writes); only the hash chain tells a step the
    # application wrote from one typed in by hand.
    meeting_id = _approved(db_path)
    conn = sqlite3.connect(db_path)
    fake_reopen_then_edit(conn, meeting_id)
    conn.commit()
    conn.close()
    with Database.open(db_path) as db:
        check = db.review.verify(meeting_id)
    assert not check.intact and "lịch sử duyệt: bước" in " ".join(check.messages)


def _as_careful_attacker(path: Path, tamper: Callable[[sqlite3.Connection], None]) -> None:
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        tamper(conn)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("kind", [*TAMPERS, "fake reopen"])
def test_a_careful_attacker_is_caught_by_verify_and_the_export_refuses(
    db_path: Path, kind: str
) -> None:
    meeting_id = _approved(db_path)
    tamper = {**TAMPERS, "fake reopen": fake_reopen_then_edit}[kind]
    _as_careful_attacker(db_path, lambda conn: tamper(conn, meeting_id))
    with Database.open(db_path) as db:
        check = db.review.verify(meeting_id)
        assert not check.intact, kind
        assert all(" / " in m for m in check.messages)
        status = db._query("SELECT status FROM meetings WHERE id = ?", (meeting_id,))[0][0]
        if status == "approved":
            with pytest.raises(StoreError, match="không khớp"):
                db.review.export_metadata(meeting_id)


def test_verify_names_what_is_wrong(db_path: Path) -> None:
    meeting_id = _approved(db_path)
    _as_careful_attacker(db_path, lambda conn: status_to_draft(conn, meeting_id))
    with Database.open(db_path) as db:
        messages = " ".join(db.review.verify(meeting_id).messages)
    assert "khác bước cuối cùng của lịch sử duyệt" in messages
    assert "disagrees with the last workflow step" in messages
    meeting_id = _approved(db_path)
    _as_careful_attacker(db_path, lambda conn: approver_renamed(conn, meeting_id))
    with Database.open(db_path) as db:
        messages = " ".join(db.review.verify(meeting_id).messages)
    assert "lịch sử duyệt: bước" in messages and "changed, removed or inserted" in messages


def test_an_approved_meeting_that_was_reopened_keeps_its_records_when_deleted(
    db_path: Path,
) -> None:
    meeting_id = _approved(db_path)
    with Database.open(db_path) as db:
        db.review.reopen(meeting_id, CHAIR, "Hủy biên bản")
        db.delete(meeting_id, by=CHAIR)
        assert [s.action.value for s in db.review.history(meeting_id)] == [
            "submit",
            "approve",
            "reopen",
        ]
        assert [r.revision for r in db.review.revisions(meeting_id)] == [1]
        assert db.review.audit(meeting_id)[-1].action == "delete"


def test_the_chain_hash_printed_at_approval_is_the_one_verify_shows(db: Database) -> None:
    meeting_id = db.create(make_meeting()).id
    db.review.submit(meeting_id, SECRETARY)
    result = db.review.approve(meeting_id, CHAIR)
    assert result.revision is not None and len(result.revision.chain) == 64
    check = db.review.verify(meeting_id)
    assert check.chain == result.revision.chain and result.revision.chain in check.messages[0]
