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
