"""Signatures in the store: recorded with their filed PDF in one step, append-only, trusted roots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.store import Database, StoreError
from minutes_app.store import signatures as sg

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def approved(tmp_path: Path, seed_path: Path) -> tuple[Database, int]:
    db = Database.open(tmp_path / "m.sqlite")
    meeting = interchange.parse(seed_path.read_bytes()).meeting
    record = db.create(meeting, by="Hoa")
    db.review.submit(record.id, "Hoa")
    db.review.approve(record.id, "Hùng")
    yield db, record.id
    db.close()


def _sig(role: str) -> sg.NewSignature:
    return sg.NewSignature(role, "Trần Thị Mai", "ab" * 32, "2026-03-02T08:30:00+07:00", "B-B")


def test_signatures_are_recorded_with_the_filed_document(approved: tuple[Database, int]) -> None:
    db, mid = approved
    revision = db.review.revisions(mid)[-1]
    assert sg.find_revision(db, revision.sha256.upper()) == [(mid, revision.revision)]
    doc, rows = sg.record(
        db,
        mid,
        revision.revision,
        [_sig("secretary"), _sig("chair")],
        source="import",
        by="Hoa",
        document=("ky.pdf", b"%PDF-1.7 x", "cd" * 32),
    )
    assert doc is not None and doc.size == 10
    assert [r.role for r in sg.signatures(db, mid)] == ["secretary", "chair"]
    assert all(r.document_id == doc.id for r in rows)
    assert sg.documents(db, mid) == [doc]
    assert sg.document_data(db, doc.id) == b"%PDF-1.7 x"


def test_signatures_and_filed_documents_cannot_be_changed_or_deleted(
    approved: tuple[Database, int],
) -> None:
    db, mid = approved
    sg.record(
        db,
        mid,
        1,
        [_sig("secretary")],
        source="sign",
        by="Hoa",
        document=("a.pdf", b"x", "00" * 32),
    )
    conn = sqlite3.connect(db.path)
    try:
        for sql in (
            "UPDATE signatures SET signer = 'X'",
            "DELETE FROM signatures",
            "UPDATE signed_documents SET data = x'00'",
            "DELETE FROM signed_documents",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="cannot be"):
                conn.execute(sql)
    finally:
        conn.close()
    assert len(sg.signatures(db, mid)) == 1


def test_trusted_roots_are_added_once_and_removed_by_fingerprint(
    approved: tuple[Database, int],
) -> None:
    db, _ = approved
    root = sg.add_root(db, "12345678" + "0" * 56, "CN=Root", "PEM", "Hoa")
    sg.add_root(db, "12345678" + "0" * 56, "CN=Root", "PEM", "Hoa")
    assert sg.roots(db) == [root]
    with pytest.raises(StoreError, match="8"):
        sg.remove_root(db, "1234")
    assert sg.remove_root(db, "12:34:56:78") == [root]
    assert sg.roots(db) == []
