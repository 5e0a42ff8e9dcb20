"""Numbered schema migrations (``migrations/NNNN_name.sql``) tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from minutes_app import user_cache
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.files import FileWriteError, replacing
from minutes_app.store.chain import seal_version_4, sha256_text
from minutes_app.store.errors import DatabaseTooNew, DatabaseUnavailable, StoreError

# Written into every minutes-app database (PRAGMA application_id) so that a SQLite
# file of another program is recognised and refused instead of being altered.
APPLICATION_ID = 0x4D494E55  # "MINU"

_NAME = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.sql$")

#: Python steps that run after a bundled migration's SQL, inside its transaction.
_HOOKS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0004_integrity.sql": seal_version_4,
}


@dataclass(frozen=True)
class Migration:
    """One schema step: the SQL that takes a database from ``version - 1`` to ``version``."""

    version: int
    name: str
    sql: str


def bundled_migrations(package: str = "minutes_app.store.migrations") -> list[Migration]:
    """Return the migrations shipped in ``package`` (SQLite's by default), in order."""
    return list(_bundled_migrations(package))


@functools.cache
def _bundled_migrations(package: str) -> tuple[Migration, ...]:
    # Read once per process: opening a database asks for them several times.
    # The files lie beside the package's modules, in a wheel as in the bundled app; reading
    # them by path spares a command importlib.resources (and zipfile, tempfile, shutil).
    found: list[Migration] = []
    for folder in importlib.import_module(package).__path__:
        for entry in Path(folder).iterdir():
            match = _NAME.match(entry.name)
            if match:
                found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbers must run 1, 2, 3 …: {migration.name}")
    return tuple(found)


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
    """Copy the whole database (WAL included) to a backup file beside it and return its path.

    The copy is written under a name of its own (``.NAME.PID-RANDOM.part``), so two programs
    upgrading the same file at once never write into one another's copy.
    """
    target = backup_path(db_path, version)
    try:
        with replacing(target, private=True) as partial:
            dest = sqlite3.connect(partial)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    except (OSError, sqlite3.Error, FileWriteError) as exc:
        raise DatabaseUnavailable(
            f"không sao lưu được cơ sở dữ liệu trước khi nâng cấp ({exc}); chưa thay đổi gì",
            f"could not back up the database before upgrading it ({exc}); nothing was changed",
            str(db_path),
        ) from None
    return target


def statements(script: str) -> list[str]:
    """Split an SQL script into whole statements (a trigger's body stays with its CREATE)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                found.append(pending.strip())
            pending = ""
    if any(line.strip() and not line.strip().startswith("--") for line in pending.splitlines()):
        found.append(pending.strip())  # a last statement without its semicolon
    return found


def _only_while_migrating(_value: object) -> str:
    raise sqlite3.ProgrammingError("minutes_sha256 exists only while the schema is migrated")


def _register_migration_functions(conn: sqlite3.Connection, on: bool) -> None:
    # Migration 2 freezes the meetings approved before revisions existed with this function.
    # It works only while migrating (and trusted_schema=OFF keeps it from schema objects even
    # then); afterwards every call fails, so no trigger or view of a file can ever use it.
    conn.create_function(
        "minutes_sha256", 1, sha256_text if on else _only_while_migrating, deterministic=True
    )


def _apply(conn: sqlite3.Connection, step: Migration) -> None:
    if step.version == 1:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in statements(step.sql):
        conn.execute(statement)
    hook = _HOOKS.get(step.name)
    if hook is not None:
        hook(conn)
    conn.execute(f"PRAGMA user_version = {step.version}")


def migrate(
    conn: sqlite3.Connection,
    db_path: Path,
    migrations: list[Migration] | None = None,
    *,
    target: int | None = None,
) -> Path | None:
    """Bring the schema up to date, one transaction per step; return the backup made, if any.

    A database that already holds data is copied to a backup beside it first. A
    database newer than the application is refused with ``DatabaseTooNew``. The version is
    read again inside each step's write transaction, so two programs opening (or creating)
    the same file at once never apply a step twice.
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
    _register_migration_functions(conn, True)
    try:
        for step in pending:
            try:
                conn.execute("BEGIN IMMEDIATE")
                now = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if now >= step.version:  # another program took this step meanwhile
                    conn.execute("COMMIT")
                    continue
                _apply(conn, step)
                conn.execute("COMMIT")
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
    finally:
        _register_migration_functions(conn, False)
    return backup


# -- the expected schema ---------------------------------------------------------------------

#: Tables SQLite itself makes on request (ANALYZE); they change no behaviour.
_SQLITE_STATS = {"sqlite_stat1", "sqlite_stat4"}

SchemaObject = tuple[str, str, str, str]  # type, name, tbl_name, sql


def _key(steps: list[Migration]) -> tuple[tuple[int, str, str], ...]:
    return tuple((m.version, m.name, m.sql) for m in steps)


@functools.lru_cache(maxsize=16)
def _expected(key: tuple[tuple[int, str, str], ...]) -> frozenset[SchemaObject]:
    # Applying every migration to an empty database takes longer than the rest of opening
    # one: the result is kept in the user's cache, named after the migrations' text and the
    # SQLite library (which words what ALTER TABLE leaves in the schema).
    digest = hashlib.sha256(repr((key, sqlite3.sqlite_version)).encode("utf-8")).hexdigest()
    cached = user_cache.folder("schema", f"{digest[:32]}.json")
    kept = user_cache.read(cached)
    if kept is not None:
        try:
            objects = json.loads(kept)
            return frozenset((str(a), str(b), str(c), str(d)) for a, b, c, d in objects)
        except (ValueError, TypeError):
            pass  # not what this module writes: make it again
    made = _apply_all([Migration(version, name, sql) for version, name, sql in key])
    user_cache.write(cached, json.dumps(sorted(made), ensure_ascii=False).encode("utf-8"))
    return made


def _apply_all(steps: list[Migration]) -> frozenset[SchemaObject]:
    """Return the schema objects the migrations ``steps`` make in an empty database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _register_migration_functions(conn, True)
        for step in steps:
            conn.execute("BEGIN")
            _apply(conn, step)
            conn.execute("COMMIT")
        return frozenset(schema_objects(conn))
    finally:
        conn.close()


def expected_schema(
    version: int, migrations: list[Migration] | None = None
) -> frozenset[SchemaObject]:
    """Return the schema objects (type, name, table, SQL) the migrations up to ``version`` make."""
    steps = bundled_migrations() if migrations is None else migrations
    return _expected(_key([m for m in steps if m.version <= version]))


def schema_objects(conn: sqlite3.Connection) -> list[SchemaObject]:
    """Return every object of the file's schema, SQLite's own statistics tables left out."""
    rows = conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
    return [
        (str(kind), str(name), str(table), str(sql))
        for kind, name, table, sql in rows
        if name not in _SQLITE_STATS
    ]


def schema_differences(
    conn: sqlite3.Connection, version: int, migrations: list[Migration] | None = None
) -> list[str]:
    """Return what in the file's schema the migrations up to ``version`` do not make (or lack)."""
    found = set(schema_objects(conn))
    expected = expected_schema(version, migrations)
    extra = sorted(found - expected, key=lambda o: (o[0], o[1]))
    missing = sorted(expected - found, key=lambda o: (o[0], o[1]))
    extra_names = {(o[0], o[1]) for o in extra}
    lines = [f"{kind} {name}" for kind, name, _t, _s in extra]
    lines += [
        f"{kind} {name} (missing)"
        for kind, name, _t, _s in missing
        if (kind, name) not in extra_names
    ]
    # An object present under its name but with other SQL is listed once, as extra.
    return lines
