"""Service fixtures: a fresh database per test, built by the real init code."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from minutes_app.store import Database


@pytest.fixture
def db(open_db: Callable[[], Database]) -> Iterator[Database]:
    """Return a fresh database created by the real init code (migrations included).

    SQLite, or the office's PostgreSQL in the modules that run on both (``BACKENDS``).
    """
    database = open_db()
    yield database
    database.close()
