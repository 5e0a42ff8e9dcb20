"""Derived documents and Word review copies are kept in a local file only: each store says so.

The office database answers the capability once (``supports_derived_documents``,
``supports_word_review``); every verb of the two features refuses it with its bilingual
message, and a local file takes them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.services import word_review
from minutes_app.store import Database, derived
from minutes_app.store.errors import StoreError

BACKENDS = ("sqlite", "postgresql")


def test_each_store_answers_what_it_keeps(db: Database, backend: str) -> None:
    local = backend == "sqlite"
    assert db.supports_derived_documents is local
    assert db.supports_word_review is local


@pytest.mark.postgresql_only
def test_the_office_store_refuses_derived_documents(db: Database) -> None:
    for call in (lambda: derived.listing(db), lambda: derived.get(db, 1)):
        with pytest.raises(StoreError) as caught:
            call()
        assert "chưa dùng được với cơ sở dữ liệu văn phòng (PostgreSQL)" in caught.value.message_vi
        assert "not available on the office database (PostgreSQL)" in caught.value.message_en
        assert caught.value.path == db.where


@pytest.mark.postgresql_only
def test_the_office_store_refuses_word_review_copies(db: Database, tmp_path: Path) -> None:
    for call in (
        lambda: word_review.write_review_copy(db, 1, tmp_path / "copy.docx", by="Hoa"),
        lambda: word_review.review_changes(db, 1),
        lambda: word_review.returned_files(db, 1),
    ):
        with pytest.raises(word_review.ReviewRefused) as caught:
            call()
        assert "«Duyệt»" in caught.value.message_vi
        assert "not available on the office database (PostgreSQL)" in caught.value.message_en
    assert not (tmp_path / "copy.docx").exists()
