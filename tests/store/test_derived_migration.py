"""Schema version 6 (derived documents) from the fixture databases of versions 5 and 6."""

from __future__ import annotations

import shutil
from pathlib import Path

from minutes_app.domain.derived import DerivedKind
from minutes_app.services import derived as service
from minutes_app.store import Database
from minutes_app.store import derived as store
from tests.store.conftest import FIXTURE_DB


def _copy(version: int, tmp_path: Path) -> Path:
    path = tmp_path / "minutes.sqlite"
    shutil.copy(FIXTURE_DB / f"v{version}.sqlite", path)
    return path


def test_version_5_gets_an_empty_register_of_derived_documents(tmp_path: Path) -> None:
    with Database.open(_copy(5, tmp_path)) as db:
        assert db.schema_version >= 6 and db.backup_path is not None
        assert service.list_documents(db) == []
        record = service.derive_document(db, 2, DerivedKind.THONG_BAO)  # approved in v5
        assert record.document.number == "01" and record.document.revision == 1


def test_version_6_keeps_its_derived_document(tmp_path: Path) -> None:
    with Database.open(_copy(6, tmp_path)) as db:
        [row] = service.list_documents(db)
        doc = store.get(db, row.id).document
        assert (doc.kind, doc.meeting_id, doc.number) == (DerivedKind.THONG_BAO, 2, "01")
        assert doc.title.startswith("Kết luận của")
        again = service.derive_document(db, 2, DerivedKind.THONG_BAO, today=doc.date)
        assert again.document.number == "02"
