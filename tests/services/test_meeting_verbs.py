"""The verbs on whole meetings each say what they changed, and that is what the database holds."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from minutes_app.domain.model import Issuer, Meeting, Status
from minutes_app.services import backup, meetings
from minutes_app.services.changes import Changes
from minutes_app.services.imports import ImportFailed, import_files
from minutes_app.services.templates import load_templates
from minutes_app.store import Database, MeetingNotFound, ReadOnlyMeeting, StaleVersion
from minutes_app.store.backup import list_backups

TODAY = dt.date(2026, 3, 27)


def _stored(db: Database, changes: Changes) -> Meeting:
    assert changes.record is not None
    return db.get(changes.record.id).meeting


def test_a_blank_meeting_takes_the_latest_issuing_body_and_place(
    db: Database, seed_meeting
) -> None:  # noqa: ANN001
    db.create(seed_meeting)
    changes = meetings.create_from_template(db, None, today=TODAY)
    assert changes.record is not None and changes.created == (changes.record,)
    stored = _stored(db, changes)
    assert stored == changes.record.meeting
    assert stored.date == TODAY and stored.status is Status.DRAFT and stored.title == ""
    assert stored.issuer == seed_meeting.issuer and stored.place == seed_meeting.place


def test_a_meeting_from_a_template_has_its_type(db: Database) -> None:
    template = load_templates()[0]
    changes = meetings.create_from_template(db, template, today=TODAY)
    stored = _stored(db, changes)
    assert stored.kind == template.kind and stored.profile is template.profile
    assert [item.title for item in stored.agenda] == list(template.agenda)
    assert changes.record is not None
    assert changes.touches(changes.record.id) and not changes.touches(changes.record.id + 1)


def test_a_copy_is_an_unnumbered_draft_with_its_own_title(db: Database, seed_meeting) -> None:  # noqa: ANN001
    original = db.create(seed_meeting)
    changes = meetings.duplicate(db, original.id)
    stored = _stored(db, changes)
    assert changes.record is not None and changes.record.id != original.id
    assert stored.title == f"{seed_meeting.title} (bản sao)" and stored.number == ""
    assert stored.attendees == seed_meeting.attendees
    named = meetings.duplicate(db, original.id, title="Copy")
    assert _stored(db, named).title == "Copy"


def test_delete_names_the_id_and_an_approved_meeting_stays(db: Database, seed_meeting) -> None:  # noqa: ANN001
    record = db.create(seed_meeting)
    changes = meetings.delete(db, record.id)
    assert changes.deleted == (record.id,) and changes.touches(record.id)
    with pytest.raises(MeetingNotFound):
        db.get(record.id)
    approved = db.create(seed_meeting)
    db.review.submit(approved.id, "Thư ký")
    db.review.approve(approved.id, "Chủ tọa")
    with pytest.raises(ReadOnlyMeeting):
        meetings.delete(db, approved.id)
    assert db.get(approved.id).meeting.status is Status.APPROVED


def test_save_refuses_a_stale_version_and_writes_nothing(db: Database, seed_meeting) -> None:  # noqa: ANN001
    record = db.create(seed_meeting)
    mine = db.get(record.id).meeting
    mine.title = "Bản của tôi"
    changes = meetings.save(db, record.id, mine, expected_version=record.version, by="Lan")
    assert changes.record is not None and changes.record.version == record.version + 1
    assert changes.record.meeting.title == "Bản của tôi" == db.get(record.id).meeting.title
    assert db.review.audit(record.id)[-1].by == "Lan"
    mine.title = "Cũ"
    with pytest.raises(StaleVersion):
        meetings.save(db, record.id, mine, expected_version=record.version)
    assert db.get(record.id).meeting.title == "Bản của tôi"


def test_import_creates_every_file_in_one_change_with_each_files_warnings(
    db: Database, tmp_path: Path, seed_path: Path
) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    second.write_text(json.dumps({**data, "extra": 1}, ensure_ascii=False), encoding="utf-8")
    changes = import_files(db, [first, second])
    assert [r.id for r in changes.created] == [s.id for s in reversed(db.list())]
    assert changes.stored == changes.created
    assert list(changes.file_warnings) == ["b.json"]
    assert any(p.path == "extra" for p in changes.file_warnings["b.json"])
    bad = tmp_path / "c.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ImportFailed):
        import_files(db, [first, bad])
    assert db.count() == 2


def test_backup_writes_a_readable_copy_and_restore_replaces_the_database(
    tmp_path: Path,
    seed_meeting,  # noqa: ANN001
) -> None:
    path = tmp_path / "m.sqlite"
    with Database.open(path) as db:
        db.create(seed_meeting)
        made = backup.backup(db, tmp_path / "copy.sqlite")
        assert made.file.path == tmp_path / "copy.sqlite" and made.file.size > 0
        db.create(Meeting(issuer=Issuer("UBND XÃ A"), date=TODAY, title="Sau sao lưu"))
    with sqlite3.connect(made.file.path) as copy:
        assert copy.execute("SELECT count(*) FROM meetings").fetchone() == (1,)
    changes = backup.restore(path, made.file.path)
    assert changes.database_replaced and changes.touches(12345)
    kept = [f.path for f in changes.files]
    assert kept and kept[0] in [b.path for b in list_backups(path)]
    with Database.open(path) as db:
        assert [s.title for s in db.list()] == [seed_meeting.title]
