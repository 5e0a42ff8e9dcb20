"""The office database's schema: numbered migrations under the SQLite numbers, and its version check."""

from __future__ import annotations

import psycopg

from minutes_app.store import schema
from minutes_app.store.errors import DatabaseTooNew, DatabaseUnavailable, NotADatabase, StoreError
from minutes_app.store.schema import Migration

APPLICATION = "minutes-app"
#: Taken while migrating, so two PCs opening a new database at once apply each step once.
_LOCK = 0x4D494E55


def bundled_migrations() -> list[Migration]:
    """Return the PostgreSQL migrations shipped with the application, in order."""
    return schema.bundled_migrations("minutes_app.store.postgres.migrations")


def latest_version() -> int:
    """Return the schema version this application writes (the same number as SQLite's)."""
    return bundled_migrations()[-1].version


def current_version(conn: psycopg.Connection[tuple[object, ...]], where: str) -> int | None:
    """Return the database's schema version, None when it has no minutes-app schema yet."""
    row = conn.execute("SELECT to_regclass('minutes.meta') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return None
    meta = {
        str(k): str(v) for k, v in conn.execute("SELECT key, value FROM minutes.meta").fetchall()
    }
    if meta.get("application") != APPLICATION:
        raise NotADatabase(
            "lược đồ «minutes» của cơ sở dữ liệu này thuộc chương trình khác",
            "the schema 'minutes' of this database belongs to another program",
            where,
        )
    try:
        return int(str(meta.get("schema_version", "")))
    except ValueError:
        raise NotADatabase(
            "cơ sở dữ liệu không ghi rõ phiên bản lược đồ",
            "the database has no schema version",
            where,
        ) from None


def not_set_up(where: str) -> DatabaseUnavailable:
    """Return the error for an office database nobody has set up yet."""
    return DatabaseUnavailable(
        "cơ sở dữ liệu này chưa được thiết lập cho ứng dụng biên bản; người quản trị cần chạy "
        "«minutes-app --db URI office init» (xem docs/office.md)",
        "this database is not set up for minutes-app yet; an administrator runs "
        "'minutes-app --db URI office init' (see docs/office.md)",
        where,
    )


def check_version(conn: psycopg.Connection[tuple[object, ...]], where: str) -> int:
    """Return the schema version; refuse a database not set up, too new, or too old to use."""
    version = current_version(conn, where)
    latest = latest_version()
    if version is None:
        raise not_set_up(where)
    if version > latest:
        raise DatabaseTooNew(
            f"cơ sở dữ liệu ở phiên bản {version}, mới hơn ứng dụng này (phiên bản {latest}); "
            "hãy cập nhật ứng dụng",
            f"the database is schema version {version}, newer than this application "
            f"(version {latest}); update the application",
            where,
        )
    return version


def migrate(conn: psycopg.Connection[tuple[object, ...]], where: str) -> list[int]:
    """Bring the schema up to date, one transaction per step; return the versions applied.

    Must run as the owner of the database (``office init``): it creates the schema, the group
    roles when they are missing (that needs CREATEROLE), the functions and the grants.
    """
    applied: list[int] = []
    for step in bundled_migrations():
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                version = current_version(conn, where) or 0
                if version >= step.version:
                    continue
                conn.execute(step.sql.encode("utf-8"))
                conn.execute(
                    "UPDATE minutes.meta SET value = %s WHERE key = 'schema_version'",
                    (str(step.version),),
                )
        except psycopg.errors.InsufficientPrivilege as exc:
            raise StoreError(
                f"không đủ quyền để thiết lập cơ sở dữ liệu ({exc.diag.message_primary}); hãy "
                "chạy «office init» bằng tài khoản chủ sở hữu cơ sở dữ liệu hoặc superuser",
                f"not enough rights to set up the database ({exc.diag.message_primary}); run "
                "'office init' as the database's owner or a superuser",
                where,
            ) from None
        except psycopg.Error as exc:
            raise StoreError(
                f"thiết lập cơ sở dữ liệu lên phiên bản {step.version} thất bại: {exc}; "
                "dữ liệu giữ nguyên",
                f"setting the database up to version {step.version} failed: {exc}; "
                "the data is unchanged",
                where,
            ) from None
        applied.append(step.version)
    return applied
