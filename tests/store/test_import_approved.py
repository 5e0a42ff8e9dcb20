"""Approved minutes arriving by import (review F3, F-GUI-IMPORT).

An import of ``"status": "approved"`` goes through the register (a duplicate number is refused)
and is recorded as an "imported as approved" step naming who imported it; "in review" arrives
as a draft. Several files are imported in one transaction: all of them, or none.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain.model import Status
from minutes_app.domain.workflow import Action
from minutes_app.services.imports import import_files
from minutes_app.store import Database, DatabaseUnavailable, DuplicateNumber, InvalidNumber
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")

REPO = Path(__file__).resolve().parents[2]


def test_an_approved_import_is_registered_recorded_and_verifies(db: Database) -> None:
    record = db.create(make_meeting(status=Status.APPROVED, number="07"), by="Chủ tịch")
    assert record.meeting.status is Status.APPROVED and record.meeting.number == "07"
    (step,) = db.review.history(record.id)
    assert (step.action, step.by, step.source, step.target, step.revision) == (
        Action.IMPORT,
        "Chủ tịch",
        Status.DRAFT,
        Status.APPROVED,
        1,
    )
    (series,) = db.review.register()
    assert [(e.number, e.meeting_id) for e in series.entries] == [(7, record.id)]
    assert db.review.verify(record.id).intact


def test_a_duplicate_number_is_refused_and_nothing_is_stored(db: Database) -> None:
    first = db.create(make_meeting(number=""))
    db.review.submit(first.id, "Lê Thị Hoa")
    assert db.review.approve(first.id, "Phạm Văn Hùng").number_assigned == "01"
    forged = make_meeting("Nghị quyết giả", status=Status.APPROVED, number="01")
    with pytest.raises(DuplicateNumber, match="đã được cấp cho biên bản số 1"):
        db.create(forged, by="Chủ tịch")
    assert db.count() == 1
    # The same text as a draft is fine, and its approval takes the next number.
    second = db.create(make_meeting("Nghị quyết", number=""))
    db.review.submit(second.id, "Lê Thị Hoa")
    assert db.review.approve(second.id, "Phạm Văn Hùng").number_assigned == "02"


@pytest.mark.parametrize("number", ["00", "12a", "²", "1" * 12])
def test_a_number_the_register_cannot_hold_is_refused(db: Database, number: str) -> None:
    with pytest.raises(InvalidNumber, match="sổ biên bản"):
        db.create(make_meeting(status=Status.APPROVED, number=number))
    assert db.count() == 0


def test_in_review_arrives_as_a_draft(db: Database) -> None:
    record = db.create(make_meeting(status=Status.IN_REVIEW))
    assert record.meeting.status is Status.DRAFT
    assert db.get(record.id).meeting.status is Status.DRAFT
    assert db.review.history(record.id) == [] and db.review.verify(record.id).intact


def test_the_reports_forgery_through_the_command_line(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "f3.sqlite"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "minutes_app", "--db", str(db), *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )

    data = json.loads(seed_path.read_text(encoding="utf-8"))
    data.update(status="approved", number="01")
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    first = cli("import", str(forged), "--by", "Chủ tịch")
    assert first.returncode == 0 and "imported as approved" in first.stderr
    assert cli("import", str(seed_path)).returncode == 0
    assert cli("submit", "2", "--by", "a").returncode == 0
    approved = cli("approve", "2", "--by", "b")
    assert approved.returncode == 0 and "đã cấp số 02" in approved.stdout  # not a second 01
    rows = json.loads(cli("list", "--json").stdout)
    assert sorted((r["id"], r["status"], r["number"]) for r in rows) == [
        (1, "approved", "01"),
        (2, "approved", "02"),
    ]
    history = json.loads(cli("history", "1", "--json").stdout)
    assert [(h["action"], h["by"]) for h in history] == [("import", "Chủ tịch")]
    register = json.loads(cli("register", "--json").stdout)
    assert [(e["number"], e["id"]) for s in register for e in s["entries"]] == [(1, 1), (2, 2)]
    # The export of an approved meeting, edited and imported as new, is refused the same way.
    exported = cli("export", "1", "--format", "json").stdout
    edited = json.loads(exported)
    edited["conclusion"] = "Khác hẳn."
    again = tmp_path / "again.json"
    again.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    refused = cli("import", str(again))
    assert refused.returncode == 1 and "đã được cấp cho biên bản số 1" in refused.stderr
    assert len(json.loads(cli("list", "--json").stdout)) == 2
    assert cli("verify", "1").returncode == 0


def _write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_multi_file_import_is_one_transaction(
    db: Database, tmp_path: Path, seed_path: Path
) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    approved = _write(
        tmp_path / "a.json",
        {**data, "status": "approved", "number": "03", "title": "ĐÃ DUYỆT (nhập)"},
    )
    duplicate = _write(tmp_path / "b.json", {**data, "status": "approved", "number": "03"})
    with pytest.raises(DuplicateNumber):
        import_files(db, [approved, duplicate])
    assert db.count() == 0  # the approved meeting of the first file is not left behind
    draft = _write(tmp_path / "c.json", {**data, "status": "draft"})
    result = import_files(db, [approved, draft])
    assert [r.meeting.status for r in result.created] == [Status.APPROVED, Status.DRAFT]
    assert db.review.history(result.created[0].id)[0].action is Action.IMPORT


def test_a_busy_database_imports_nothing(db_path: Path, tmp_path: Path, seed_path: Path) -> None:
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    files = [
        _write(tmp_path / "a.json", {**data, "status": "approved", "number": "05"}),
        _write(tmp_path / "b.json", data),
    ]
    with Database.open(db_path) as db:
        db._conn.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseUnavailable, match="busy"):
                import_files(db, files)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert db.count() == 0
