"""Numbered schema migrations (``migrations/NNNN_name.sql``) tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from minutes_app.store.errors import DatabaseTooNew, DatabaseUnavailable, StoreError

# Written into every minutes-app database (PRAGMA application_id) so that a SQLite
# file of another program is recognised and refused instead of being altered.
APPLICATION_ID = 0x4D494E55  # "MINU"

_NAME = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    """One schema step: the SQL that takes a database from ``version - 1`` to ``version``."""

    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """Return the migrations shipped in ``minutes_app/store/migrations``, in order."""
    found: list[Migration] = []
    for entry in resources.files("minutes_app.store.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbers must run 1, 2, 3 …: {migration.name}")
    return found


def latest_version(migrations: list[Migration] | None = None) -> int:
    """Return the schema version this application writes."""
    steps = bundled_migrations() if migrations is None else migrations
    return steps[-1].version if steps else 0


def backup_path(db_path: Path, version: int, now: dt.datetime | None = None) -> Path:
    """Return a free backup name beside ``db_path``: ``minutes.sqlite.bak-v1-20260101T080000Z``."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    candidate = db_path.with_name(f"{db_path.name}.bak-v{version}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = db_path.with_name(f"{db_path.name}.bak-v{version}-{stamp}-{n}")
    return candidate


def make_backup(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    """Copy the whole database (WAL included) to a backup file beside it and return its path."""
    target = backup_path(db_path, version)
    partial = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailable(
            f"không sao lưu được cơ sở dữ liệu trước khi nâng cấp ({exc}); chưa thay đổi gì",
            f"could not back up the database before upgrading it ({exc}); nothing was changed",
            str(db_path),
        ) from None
    return target


def migrate(
    conn: sqlite3.Connection,
    db_path: Path,
    migrations: list[Migration] | None = None,
    *,
    target: int | None = None,
) -> Path | None:
    """Bring the schema up to date, one transaction per step; return the backup made, if any.

    A database that already holds data is copied to a backup beside it first. A
    database newer than the application is refused with ``DatabaseTooNew``.
    """
    steps = bundled_migrations() if migrations is None else migrations
    latest = steps[-1].version if steps else 0
    goal = latest if target is None else target
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > latest:
        raise DatabaseTooNew(
            f"cơ sở dữ liệu ở phiên bản {current}, mới hơn ứng dụng này (phiên bản {latest}); "
            "hãy cập nhật ứng dụng",
            f"the database is schema version {current}, newer than this application "
            f"(version {latest}); update the application",
            str(db_path),
        )
    pending = [m for m in steps if current < m.version <= goal]
    if not pending:
        return None
    backup = make_backup(conn, db_path, current) if current > 0 else None
    for step in pending:
        # The script carries its own BEGIN/COMMIT so that the step and the new
        # user_version are one transaction; any failure rolls both back.
        script = (
            "BEGIN IMMEDIATE;\n"
            + (f"PRAGMA application_id = {APPLICATION_ID};\n" if step.version == 1 else "")
            + step.sql
            + f"\n;PRAGMA user_version = {step.version};\nCOMMIT;\n"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            where = f" (bản sao lưu: {backup})" if backup else ""
            where_en = f" (backup: {backup})" if backup else ""
            raise StoreError(
                f"nâng cấp cơ sở dữ liệu lên phiên bản {step.version} thất bại: {exc}; "
                f"dữ liệu giữ nguyên{where}",
                f"upgrading the database to version {step.version} failed: {exc}; "
                f"the data is unchanged{where_en}",
                str(db_path),
            ) from None
    return backup
