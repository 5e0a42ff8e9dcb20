"""Shared fixtures: the seed example, fresh databases built by the real init code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
