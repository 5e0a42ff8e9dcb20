"""What only the PostgreSQL backend does, checked against the SQLite one where they must agree.

The hash chains and the canonical JSON are computed inside PostgreSQL; they must be byte for
byte those of ``store.chain`` and ``domain.interchange`` so that ``verify`` (shared Python
code) and a copy between backends give the same answers. Search must find the same meetings.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import psycopg
import pytest

from minutes_app.domain import interchange
from minutes_app.domain.model import Meeting
from minutes_app.store import Database, DatabaseTooNew, NotADatabase, open_store
from minutes_app.store import schema as sqlite_schema
from minutes_app.store.chain import digest, sha256_text
from minutes_app.store.postgres import schema as pg_schema
from minutes_app.store.postgres.repository import PgDatabase
from tests.office import open_acting
from tests.store.conftest import make_meeting

TRICKY = [
    "",
    "Đồng Hướng",
    'quote " and \\ backslash',
    "tab\tnew\nline\rcr",
    "\x01\x1f\x7f\x80\x9f",
    "\u2028\u2029\u200b\u202e",
    "emoji 😀 ✓",
    "</script>&<>'",
    "chữ Nôm 𡨸",
    "€\ufeff",
    "/solidus/",
    "\b\f",
]


def test_the_database_hashes_exactly_as_store_chain(office_uri: str) -> None:
    with psycopg.connect(
        office_uri.replace("?", "?options=-csearch_path%3Dminutes&"), autocommit=True
    ) as conn:
        for text in TRICKY:
            fields: list[object] = [7, text, None, 2**40]
            encoded = [
                "null" if f is None else (str(f) if isinstance(f, int) else None) for f in fields
            ]
            row = conn.execute(
                "SELECT minutes.digest('audit', %s, ARRAY[%s, minutes.js(%s), %s, %s])",
                (text, encoded[0], text, encoded[2], encoded[3]),
            ).fetchone()
            assert row is not None
            assert row[0] == digest("audit", text, fields), repr(text)
            (sha,) = conn.execute("SELECT minutes.sha256_text(%s)", (text,)).fetchone()  # type: ignore[misc]
            assert sha == sha256_text(text)


@pytest.mark.parametrize("which", ["seed", "small", "tricky"])
def test_the_database_writes_the_canonical_json_of_the_interchange(
    office_uri: str, seed_meeting: Meeting, which: str
) -> None:
    meeting = {"seed": seed_meeting, "small": make_meeting()}.get(which)
    if meeting is None:
        meeting = make_meeting(" ".join(t for t in TRICKY if "\x00" not in t))
        meeting.recipients = TRICKY[:5]
    document = interchange.canonical_bytes(meeting).decode("utf-8")
    with psycopg.connect(office_uri, autocommit=True) as conn:
        (made,) = conn.execute("SELECT minutes.canonical(%s::jsonb)", (document,)).fetchone()  # type: ignore[misc]
    assert made == document


def test_approval_in_the_database_matches_what_sqlite_would_store(
    office_uri: str, tmp_path: Path, seed_meeting: Meeting
) -> None:
    """The same steps on both backends freeze the same document, with the same SHA-256."""
    revisions = []
    for db in (Database.open(tmp_path / "m.sqlite"), open_acting(office_uri)):
        with db:
            meeting_id = db.create(seed_meeting, by="Lê Thị Hoa").id
            db.review.submit(meeting_id, "Lê Thị Hoa")
            done = db.review.approve(meeting_id, "Phạm Văn Hùng")
            assert done.revision is not None and db.review.verify(meeting_id).intact
            revisions.append((done.revision.document, done.revision.sha256, done.number_assigned))
            stamp = done.event.at
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", stamp)
    assert revisions[0] == revisions[1]


def test_search_finds_the_same_meetings_on_both_backends(office_uri: str, tmp_path: Path) -> None:
    meetings = [
        make_meeting("Họp bàn kế hoạch Đồng Hướng", content="Về đường giao thông nông thôn."),
        make_meeting("Giao ban tháng 5", content="Kế-hoạch!!! số 12/KH-UBND, ngày 02/03/2026."),
        make_meeting("Hội nghị tổng kết", issuer="UBND XÃ ĐỒNG HƯỚNG", content="Tổng kết năm."),
        make_meeting("Họp chi bộ", chair=None, content="Đồng chí Nguyễn Văn An phát biểu."),
    ]
    queries = [
        "dong huong",
        "huong dong",
        "ĐỒNG HƯỚNG",
        "ke hoach",
        "kế-hoạch!!!",
        "12/KH-UBND",
        "02/03/2026",
        "nguyen van an",
        "giao",
        "gia",
        "tong ket nam",
        "an",
        "((",
        "*",
        "nông thôn",
    ]
    found: list[list[set[int]]] = []
    for db in (Database.open(tmp_path / "m.sqlite"), open_acting(office_uri)):
        with db:
            for meeting in meetings:
                db.create(meeting)
            found.append([{m.id for m in db.search(q)} for q in queries])
    assert found[0] == found[1]
    assert found[0][0] == {1, 3} and found[0][1] == {1, 3} and found[0][12] == set()


def test_search_ranks_a_title_match_first(office_uri: str) -> None:
    with open_acting(office_uri) as db:
        body = db.create(make_meeting("Họp thường kỳ", content="Bàn về chợ Kim Đông.")).id
        title = db.create(make_meeting("Họp về chợ Kim Đông")).id
        assert [m.id for m in db.search("cho kim dong")] == [title, body]


def test_migration_numbers_are_those_of_sqlite() -> None:
    mine = [m.version for m in pg_schema.bundled_migrations()]
    theirs = [m.version for m in sqlite_schema.bundled_migrations()]
    assert mine == theirs
    names = [m.name.split("_", 1)[1] for m in pg_schema.bundled_migrations()]
    assert names == [m.name.split("_", 1)[1] for m in sqlite_schema.bundled_migrations()]


def test_a_database_newer_than_the_app_or_not_ours_is_refused(office_uri: str) -> None:
    with psycopg.connect(office_uri, autocommit=True) as conn:
        conn.execute("UPDATE minutes.meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(DatabaseTooNew, match="99"):
        open_store(office_uri)
    with psycopg.connect(office_uri, autocommit=True) as conn:
        conn.execute("UPDATE minutes.meta SET value = 'other' WHERE key = 'application'")
    with pytest.raises(NotADatabase, match="another program"):
        open_store(office_uri)


def test_the_notification_names_the_meeting_its_status_and_version(office_uri: str) -> None:
    with open_acting(office_uri) as db:
        feed = db.changes()
        try:
            meeting_id = db.create(make_meeting()).id
            db.review.submit(meeting_id, "Lê Thị Hoa")
            seen = []
            for _ in range(20):
                seen += feed.wait(1.0)
                if len(seen) >= 2:
                    break
        finally:
            feed.close()
    assert [
        (c.meeting_id, c.operation, c.status.value if c.status else None, c.version)
        for c in seen[:2]
    ] == [(meeting_id, "insert", "draft", 1), (meeting_id, "update", "in_review", 2)]
    assert json.dumps(seen[0].extra) == "{}"


def test_a_big_meeting_is_stored_and_found(office_uri: str) -> None:
    meeting = make_meeting("Họp dài", content=" ".join(f"từ{i}" for i in range(60_000)))
    with open_acting(office_uri) as db:
        meeting_id = db.create(meeting).id
        assert [m.id for m in db.search("tu59999")] == [meeting_id]
        assert isinstance(db, PgDatabase) and db.get(meeting_id).meeting == meeting
        assert dt.date(2026, 3, 2) == db.get(meeting_id).meeting.date
