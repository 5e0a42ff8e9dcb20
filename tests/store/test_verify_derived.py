"""``verify ID`` covers the documents derived from the meeting (migration 0006): each comes from
one of its approved revisions, and its columns (kind, number, date, title, …) agree with its
stored text. A row changed behind the application's back is named; the command exits 1."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_app.domain.derived import DerivedKind
from minutes_app.services import derived
from minutes_app.store import Database
from minutes_app.store import derived as store_derived
from tests.store.conftest import make_meeting

REPO = Path(__file__).resolve().parent.parent.parent


def _approved_with_documents(db: Database) -> tuple[int, int, int]:
    meeting_id = db.create(make_meeting("Họp A", number="")).id
    db.review.submit(meeting_id, "Lê Thị Hoa")
    db.review.approve(meeting_id, "Phạm Văn Hùng")
    notice = derived.derive_document(db, meeting_id, DerivedKind.THONG_BAO)
    extract = derived.derive_document(db, meeting_id, DerivedKind.TRICH_BIEN_BAN, items=[1])
    return meeting_id, notice.id, extract.id


def _behind(path: Path, sql: str) -> None:
    """Change the file as a careful tool other than the application would: the trigger that
    guards the number is dropped for the change and put back (the schema check passes)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (trigger,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'derived_documents_keep_their_number'"
        ).fetchone()
        conn.execute("DROP TRIGGER derived_documents_keep_their_number")
        conn.execute(sql)
        conn.execute(trigger)
    finally:
        conn.close()


def _verify(path: Path, meeting_id: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(path), "verify", str(meeting_id)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=120,
    )


def test_intact_documents_are_counted(db_path: Path) -> None:
    with Database.open(db_path) as db:
        meeting_id, notice, _extract = _approved_with_documents(db)
        edited = store_derived.get(db, notice).document
        store_derived.update(db, notice, replace(edited, title="Trích yếu đã sửa"))  # in the app
        check = db.review.verify(meeting_id)
    assert check.intact, check.messages
    assert any("2 văn bản lập từ biên bản" in m for m in check.messages), check.messages
    result = _verify(db_path, meeting_id)
    assert result.returncode == 0, result.stderr
    assert "2 derived documents" in result.stdout


@pytest.mark.parametrize(
    ("which", "change", "words"),
    [
        ("notice", "number = 7", ("số (7)", "the column number (7)")),
        ("extract", "revision = 9", ("phiên bản 9", "not an approved revision")),
        ("notice", "document = '{bad'", ("bị hỏng", "is damaged")),
    ],
    ids=["number-changed", "revision-never-approved", "damaged-text"],
)
def test_a_document_changed_behind_the_app_is_named(
    db_path: Path, which: str, change: str, words: tuple[str, str]
) -> None:
    with Database.open(db_path) as db:
        meeting_id, notice, extract = _approved_with_documents(db)
    doc_id = notice if which == "notice" else extract
    _behind(db_path, f"UPDATE derived_documents SET {change} WHERE id = {doc_id}")
    with Database.open(db_path) as db:
        check = db.review.verify(meeting_id)
    assert not check.intact
    line = next(m for m in check.messages if f"d{doc_id}" in m)
    assert words[0] in line and words[1] in line, line
    result = _verify(db_path, meeting_id)
    assert result.returncode == 1 and f"d{doc_id}" in result.stderr
