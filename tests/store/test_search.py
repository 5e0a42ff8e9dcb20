"""Full-text search: diacritics and case ignored, all words in any order, best first, no errors."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from minutes_app.domain.model import Meeting
from minutes_app.domain.validation import text_fields
from minutes_app.store import Database
from minutes_app.store.index import fts_query
from tests.store.conftest import make_meeting

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def three(db: Database) -> dict[str, int]:
    """Store three meetings with distinct words and return their ids by nickname."""
    return {
        "plan": db.create(make_meeting("Triển khai kế hoạch năm 2026")).id,
        "dong": db.create(
            make_meeting("Họp dân xã Đồng Hướng", content="Bàn việc làm đường liên thôn.")
        ).id,
        "other": db.create(
            make_meeting("Sơ kết quý I", content="Nông nghiệp, thủy lợi.", day=dt.date(2026, 4, 1))
        ).id,
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ke hoach", "plan"),
        ("KẾ HOẠCH", "plan"),
        ("Kế Hoạch", "plan"),
        ("hoach ke", "plan"),  # any order
        ("dong huong", "dong"),
        ("ĐỒNG HƯỚNG", "dong"),
        ("Đồng-Hướng!", "dong"),  # punctuation ignored
        ("(dong), huong?", "dong"),
        ("duong lien thon", "dong"),  # statement content
        ("huon", "dong"),  # prefix on the last word
        ("thuy loi nong", "other"),
        (unicodedata.normalize("NFD", "đồng hướng"), "dong"),  # decomposed query
    ],
)
def test_query_finds_by_folded_words(
    db: Database, three: dict[str, int], query: str, expected: str
) -> None:
    ids = [m.id for m in db.search(query)]
    assert ids and ids[0] == three[expected]
    assert three[expected] in ids


def test_every_word_is_required(db: Database, three: dict[str, int]) -> None:
    assert db.search("dong huong ke hoach") == []
    assert [m.id for m in db.search("dan dong huong")] == [three["dong"]]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "AND",
        "OR",
        "NOT",
        "a OR",
        "NEAR(",
        "*",
        "^",
        "title:ke",
        "-",
        "ke)",
        '"ke',
        "((",
        "\\",
        "%",
        "_",
        ":",
        "…",
        "\u0301",
        "🙂",
        "ke NOT hoach",
        "x" * 500,
    ],
)
def test_no_query_is_an_fts_syntax_error(db: Database, three: dict[str, int], query: str) -> None:
    result = db.search(query)
    assert isinstance(result, list)


def test_empty_query_finds_nothing(db: Database, three: dict[str, int]) -> None:
    assert db.search("") == [] and db.search("  ,.;  ") == []


def test_fts_query_quotes_words_and_prefixes_the_last() -> None:
    assert fts_query('Kế hoạch "năm" AND') == '"ke" "hoach" "nam" "and"*'
    assert fts_query("!!") == ""


def test_best_match_first(db: Database) -> None:
    in_body = db.create(make_meeting("Họp thường kỳ", content="Nhắc đến thủy lợi một lần.")).id
    in_title = db.create(make_meeting("Chuyên đề thủy lợi nội đồng")).id
    assert [m.id for m in db.search("thuy loi")] == [in_title, in_body]


def test_every_text_of_a_meeting_is_searchable(db: Database) -> None:
    meeting = make_meeting()
    paths = [path for path, _ in text_fields(meeting)]
    for i, path in enumerate(paths):
        _set_text(meeting, path, f"Từkhóa{i:03d}")
    meeting_id = db.create(meeting).id
    db.create(make_meeting())
    missing = [
        path
        for i, path in enumerate(paths)
        if [m.id for m in db.search(f"tukhoa{i:03d}")] != [meeting_id]
    ]
    assert missing == []


def _set_text(meeting: Meeting, path: str, value: str) -> None:
    """Set the text at a validation path such as ``agenda[0].statements[1].speaker.name``."""
    target: object = meeting
    parts = path.replace("]", "").split(".")
    for part in parts[:-1]:
        name, _, index = part.partition("[")
        target = getattr(target, name)
        if index:
            target = target[int(index)]  # type: ignore[index]
    name, _, index = parts[-1].partition("[")
    if index:
        getattr(target, name)[int(index)] = value
    else:
        setattr(target, name, value)


def test_update_reindexes(db: Database) -> None:
    meeting_id = db.create(make_meeting("Chủ đề cũ")).id
    db.update(meeting_id, make_meeting("Chủ đề mới"))
    assert db.search("cu") == []
    assert [m.id for m in db.search("chu de moi")] == [meeting_id]


def test_limit(db: Database) -> None:
    for i in range(5):
        db.create(make_meeting(f"Kế hoạch số {i}"))
    assert len(db.search("ke hoach", limit=3)) == 3


def test_a_title_match_ranks_first_then_the_issuer_on_both_backends(db: Database) -> None:
    from minutes_app.domain.model import Person

    # Created best first, so a tie (same date) would list them the other way round.
    title = db.create(make_meeting("Họp bàn việc thôn Hoàng Mai")).id
    issuer = db.create(make_meeting("Họp thường kỳ", issuer="UBND XÃ HOÀNG MAI")).id
    people = db.create(make_meeting("Họp thường kỳ", chair=Person("Hoàng Mai", "Chủ tịch"))).id
    body = db.create(make_meeting("Họp thường kỳ", content="Bàn việc của thôn Hoàng Mai.")).id
    db.create(make_meeting("Họp thường kỳ"))
    for query in ("hoang mai", "mai hoang"):
        found = [m.id for m in db.search(query)]
        assert found[:2] == [title, issuer], query
        if db.backend == "sqlite":
            assert found[2:] == [people, body], query
        else:  # the office ranks a name as the body, newest first (see PgDatabase.search)
            assert found[2:] == [body, people], query
