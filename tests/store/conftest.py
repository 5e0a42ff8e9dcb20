"""Store fixtures: a fresh database per test built by the real init code, and meeting builders."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from minutes_app.domain.model import (
    AgendaItem,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Profile,
    Speaker,
    Statement,
    Task,
    Vote,
)
from minutes_app.store import Database

FIXTURE_DB = Path(__file__).resolve().parent.parent / "fixtures" / "db"


def make_meeting(
    title: str = "Họp giao ban tháng 3",
    *,
    day: dt.date = dt.date(2026, 3, 2),
    issuer: str = "UBND XÃ THƯỢNG KIỆM",
    chair: Person | None = None,
    content: str = "Triển khai công việc tháng 3.",
    **fields: object,
) -> Meeting:
    """Return a small valid meeting; keyword fields override the defaults."""
    meeting = Meeting(
        profile=Profile.STATE,
        issuer=Issuer(name=issuer, abbreviation="UBND", parent="UBND HUYỆN KIM SƠN"),
        number="12",
        place="Kim Sơn",
        date=day,
        title=title,
        start=dt.datetime.combine(day, dt.time(8, 0)),
        end=dt.datetime.combine(day, dt.time(11, 0)),
        location="Hội trường UBND xã",
        chair=chair or Person("Phạm Văn Hùng", "Chủ tịch UBND xã"),
        secretary=Person("Lê Thị Hoa", "Công chức Văn phòng - Thống kê"),
        attendees=[
            Attendee.person("Trần Văn Bình", "Phó Chủ tịch UBND xã", organization="UBND xã"),
            Attendee.of_group("Trưởng các thôn", 12),
        ],
        agenda=[
            AgendaItem(
                title="Kết quả tháng 2",
                presenter=Person("Trần Văn Bình", "Phó Chủ tịch UBND xã"),
                statements=[
                    Statement(Speaker("Nguyễn Văn An", "Trưởng thôn Đông"), content),
                    Statement(Speaker(group="Các đại biểu dự họp"), "Nhất trí."),
                ],
                conclusion="Thống nhất.",
            )
        ],
        votes=[Vote("Thông qua nội dung", 1, 0, 0, eligible=2)],
        tasks=[Task("Hoàn thành báo cáo", "Văn phòng UBND xã", dt.date(2026, 3, 31))],
        recipients=["Lưu VP"],
    )
    for key, value in fields.items():
        setattr(meeting, key, value)
    return meeting


def sha256(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return where a test's database lives."""
    return tmp_path / "minutes.sqlite"


@pytest.fixture
def db(open_db: Callable[[], Database]) -> Iterator[Database]:
    """Return a fresh database built by the real open/migrate code, closed after the test.

    SQLite, or the office's PostgreSQL in the modules that run on both (``BACKENDS``).
    """
    database = open_db()
    try:
        yield database
    finally:
        database.close()


class Refused(Exception):
    """The database itself refused SQL run behind the application's back."""


def behind_the_app(db: Database, sql: str, params: tuple[object, ...] = ()) -> None:
    """Run ``sql`` (``?`` placeholders) as the database's owner would, skipping the application.

    SQLite: on the file's connection. PostgreSQL: as the superuser the tests connect as (more
    than any office login may do). A refusal by the database becomes ``Refused``.
    """
    if db.backend == "postgresql":
        import psycopg

        try:
            db.session.conn.execute(sql.replace("?", "%s"), params)  # type: ignore[attr-defined]
        except psycopg.Error as exc:
            raise Refused(str(exc)) from None
        return
    import sqlite3

    try:
        db._conn.execute(sql, params)
    except sqlite3.Error as exc:
        raise Refused(str(exc)) from None
