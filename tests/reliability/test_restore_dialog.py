"""The editor's restore-a-backup step: lists backups, restores the chosen one, reports refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from minutes_app.store import Database
from minutes_app.store.backup import ensure_daily_backup
from minutes_app.ui.dialogs.restore_backup import restore_backup_interactively
from tests.store.conftest import make_meeting, sha256
from tests.ui.conftest import FakeInteraction


def _damaged_with_a_backup(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting("Họp được sao lưu"))
        ensure_daily_backup(db, today=dt.date(2026, 3, 1))
    path.write_bytes(b"garbage, the disk failed")
    return path


def test_a_damaged_database_is_restored_from_its_daily_backup(qapp: object, tmp_path: Path) -> None:
    path = _damaged_with_a_backup(tmp_path)
    ui = FakeInteraction(item_answers=[0])
    assert restore_backup_interactively(path, ui)
    listed = ui.asked[0][2].splitlines()
    assert len(listed) == 2 and "01/03/2026" in listed[0] and "daily-20260301" in listed[0]
    assert ui.messages[-1][0] == "information"
    with Database.open(path, create=False) as db:
        assert [m.title for m in db.list()] == ["Họp được sao lưu"]
    kept = list((tmp_path / "minutes.sqlite.backups").glob("before-restore-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage, the disk failed"


def test_a_bad_file_chosen_by_hand_is_refused_and_nothing_changes(
    qapp: object, tmp_path: Path
) -> None:
    path = _damaged_with_a_backup(tmp_path)
    before = sha256(path)
    wrong = tmp_path / "notes.txt"
    wrong.write_text("không phải sao lưu", encoding="utf-8")
    ui = FakeInteraction(item_answers=[1], open_paths=[wrong])
    assert not restore_backup_interactively(path, ui)
    kind, _title, text, _ = ui.messages[-1]
    assert kind == "error" and str(wrong) in text and "không phải" in text
    assert sha256(path) == before


def test_cancelling_changes_nothing(qapp: object, tmp_path: Path) -> None:
    path = _damaged_with_a_backup(tmp_path)
    before = sha256(path)
    assert not restore_backup_interactively(path, FakeInteraction(item_answers=[None]))
    assert not restore_backup_interactively(
        path, FakeInteraction(item_answers=[0], confirm_answers=[False])
    )
    assert sha256(path) == before


def test_an_older_backup_asks_before_taking_back_approvals(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting("Họp cũ"))
        ensure_daily_backup(db, today=dt.date(2026, 3, 1))
        meeting_id = db.create(make_meeting("Họp được duyệt", number="")).id
        db.review.submit(meeting_id, "Lê Thị Hoa")
        db.review.approve(meeting_id, "Phạm Văn Hùng")
    before = sha256(path)
    ui = FakeInteraction(item_answers=[0], confirm_answers=[True, False])
    assert not restore_backup_interactively(path, ui)
    kind, title, text = ui.asked[-1]
    assert kind == "confirm" and "1 lần duyệt" in text and "01 (UBND" in text
    assert sha256(path) == before
    ui = FakeInteraction(item_answers=[0], confirm_answers=[True, True])
    assert restore_backup_interactively(path, ui)
    with Database.open(path, create=False) as db:
        assert [m.title for m in db.list()] == ["Họp cũ"]
