"""A very long query (review R4): repeated words count once, at most MAX_QUERY_WORDS are used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from minutes_app.store import Database
from minutes_app.store.index import MAX_QUERY_WORDS, fts_query, search_words
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")

REPO = Path(__file__).resolve().parents[2]


def test_repeated_words_count_once_and_the_last_stays_a_prefix() -> None:
    assert search_words("kim " * 40_000) == (["kim"], False)
    assert search_words("son kim son kim") == (["son", "kim"], False)
    assert fts_query("kim " * 40_000) == '"kim"*'


def test_a_query_of_many_distinct_words_is_cut_and_says_so() -> None:
    words = [f"tu{i}" for i in range(40_000)]
    kept, cut = search_words(" ".join(words))
    assert cut and len(kept) == MAX_QUERY_WORDS
    assert kept[:-1] == words[: MAX_QUERY_WORDS - 1] and kept[-1] == words[-1]


def test_a_forty_thousand_word_query_finds_the_same(db: Database) -> None:
    wanted = db.create(make_meeting("Họp thôn Quỳnh Lưu")).id
    db.create(make_meeting("Họp khác", issuer="UBND XÃ AN HÒA"))
    short = db.search("quynh")
    long = db.search("quynh " * 40_000)
    assert [r.id for r in long] == [r.id for r in short] == [wanted]
    assert long.notes == []
    cut = db.search(" ".join(["quynh"] + [f"x{i}" for i in range(40_000)]))
    assert cut == [] and "too long" in cut.notes[0] and str(MAX_QUERY_WORDS) in cut.notes[0]


def test_the_command_line_says_the_query_was_cut(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    with Database.open(path) as db:
        db.create(make_meeting())
    query = " ".join(f"x{i}" for i in range(5_000))
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(path), "search", query],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0 and "câu tìm kiếm quá dài" in result.stderr
    assert "Traceback" not in result.stderr
