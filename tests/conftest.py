"""Shared fixtures: the seed example, fresh databases built by the real init code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# `make test` (and CI) runs the property tests on a fixed, derandomised set of examples so
# that main stays green run after run; `make fuzz` explores new random examples.
settings.register_profile("suite", derandomize=True, database=None)
settings.register_profile("fuzz", derandomize=False)
settings.load_profile(os.environ.get("MINUTES_HYPOTHESIS_PROFILE", "suite"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12 on Python 3.11 drops a reference to None per void call: guard once, before
# any test builds a widget (as run_app does for the app; see minutes_app/ui/refguard.py).
from minutes_app.ui.refguard import make_singletons_immortal  # noqa: E402

make_singletons_immortal()

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """Return the path of the seed example (shared/ when present, else the test fixture copy)."""
    shared = SHARED / "examples" / "seed-meeting.json"
    return shared if shared.exists() else FIXTURES / "seed-meeting.json"


@pytest.fixture
def seed_meeting(seed_path: Path):
    """Return the seed example as a domain Meeting."""
    from minutes_app.domain import interchange

    return interchange.parse(seed_path.read_bytes()).meeting


# -- the office backend: one throwaway PostgreSQL cluster per session -------------------------

BACKENDS_ALL = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run a test once per backend its module names (``BACKENDS``; SQLite alone by default).

    A test marked ``sqlite_only`` (it looks inside the SQLite file) runs on SQLite alone.
    """
    if "backend" not in metafunc.fixturenames:
        return
    backends = tuple(getattr(metafunc.module, "BACKENDS", ("sqlite",)))
    if metafunc.definition.get_closest_marker("sqlite_only"):
        backends = ("sqlite",)
    if metafunc.definition.get_closest_marker("postgresql_only"):
        backends = ("postgresql",)
    metafunc.parametrize("backend", backends)


@pytest.fixture(scope="session")
def pg_cluster():
    """Start a throwaway PostgreSQL cluster for the session (stopped by its pid at the end).

    Its database ``minutes_template`` is set up by the real ``office init`` code; each test
    gets a copy (``office_uri``).
    """
    from tests import pgcluster

    reason = pgcluster.why_not()
    if reason is not None:
        pytest.skip(f"PostgreSQL tests need a local server: {reason}")
    cluster = pgcluster.start()
    try:
        import psycopg

        from minutes_app.store.postgres.repository import PgDatabase

        with psycopg.connect(cluster.superuser_uri(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE minutes_template")
        db, _steps = PgDatabase.initialise(cluster.superuser_uri("minutes_template"))
        db.close()
        yield cluster
    finally:
        cluster.stop()


_DATABASES = iter(range(1, 10**9))


@pytest.fixture
def office_uri(pg_cluster):
    """Return the superuser URI of a fresh office database (a copy of the template), dropped after."""
    import psycopg

    name = f"office_test_{next(_DATABASES)}"
    with psycopg.connect(pg_cluster.superuser_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE minutes_template")
    yield pg_cluster.superuser_uri(name)
    with psycopg.connect(pg_cluster.superuser_uri(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def open_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    """Return a function opening one more connection to this test's database (either backend)."""
    if backend == "postgresql":
        from tests.office import open_acting

        uri = request.getfixturevalue("office_uri")
        return lambda: open_acting(uri)
    from minutes_app.store import Database

    path = tmp_path / "minutes.sqlite"
    return lambda: Database.open(path)
