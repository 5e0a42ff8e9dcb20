"""The user's cache folder (minutes_app/user_cache.py) and the schema kept there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_app import user_cache
from minutes_app.store import schema


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(user_cache, "root", folder)
    return folder


def test_what_is_written_is_read_back_and_older_files_go(cache: Path) -> None:
    first = user_cache.folder("kind", "a.json")
    user_cache.write(first, b"one")
    assert user_cache.read(first) == b"one"
    second = user_cache.folder("kind", "b.json")
    user_cache.write(second, b"hai")
    assert user_cache.read(second) == b"hai"
    assert not first.exists()  # a newer file of the same kind replaces the older one
    assert sorted(p.name for p in second.parent.iterdir()) == ["b.json"]  # no temporary left


def test_a_damaged_or_missing_file_reads_as_missing(cache: Path) -> None:
    path = user_cache.folder("kind", "a.json")
    assert user_cache.read(path) is None
    user_cache.write(path, b"contents")
    stored = path.read_bytes()
    path.write_bytes(stored[:-1] + b"X")
    assert user_cache.read(path) is None
    path.write_bytes(b"ab")
    assert user_cache.read(path) is None


def test_a_folder_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    user_cache.write(blocker / "kind" / "a.json", b"x")  # no error
    assert blocker.read_text() == "not a folder"


def _fresh_expected() -> frozenset[schema.SchemaObject]:
    schema._expected.cache_clear()
    return schema.expected_schema(schema.latest_version())


def test_the_expected_schema_is_kept_and_read_back(cache: Path) -> None:
    made = schema._apply_all(schema.bundled_migrations())
    assert _fresh_expected() == made  # computed, then written
    (kept,) = (cache / "schema").iterdir()
    assert sorted(map(tuple, json.loads(user_cache.read(kept) or b""))) == sorted(made)
    assert _fresh_expected() == made  # read back


def test_a_damaged_or_foreign_schema_file_is_made_again(cache: Path) -> None:
    made = _fresh_expected()
    (kept,) = (cache / "schema").iterdir()
    kept.write_bytes(b"damaged")
    assert _fresh_expected() == made
    user_cache.write(kept, b'{"not": "a list of objects"}')
    assert _fresh_expected() == made
    assert json.loads(user_cache.read(kept) or b"") == [list(o) for o in sorted(made)]


def test_other_migrations_are_kept_under_another_name(cache: Path) -> None:
    steps = schema.bundled_migrations()
    schema._expected.cache_clear()
    schema.expected_schema(2, steps)
    schema.expected_schema(schema.latest_version(), steps)
    assert len(list((cache / "schema").iterdir())) == 1  # the newest only
    schema._expected.cache_clear()
    assert schema.expected_schema(2, steps) == schema._apply_all(steps[:2])
