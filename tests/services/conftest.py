"""Service fixtures: a fresh database per test, built by the real init code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes_app.store import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """Return a fresh Database created by the real init code (migrations included)."""
    database = Database.open(tmp_path / "minutes.sqlite")
    yield database
    database.close()
