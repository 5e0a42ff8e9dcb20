"""Office (PostgreSQL) helpers for the tests: a store whose ``by`` names become real logins.

The shared store tests name who acts (``by="Lê Thị Hoa"``), as the SQLite store records it.
In the office the login acts, so to run the same tests against PostgreSQL this subclass turns
each name into a login of its own (a role with all four office roles, created on first use)
and runs every change as that login (``SET LOCAL SESSION AUTHORIZATION``, which the superuser
test connection may do). The database then records and checks that login exactly as it would
for a person logged in under that name: nothing of the product's checking is bypassed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql

from minutes_app.store.actors import check_name
from minutes_app.store.postgres import errors as pg_errors
from minutes_app.store.postgres.repository import ROLES, PgDatabase

#: Who acts when a test passes no name (the SQLite store uses ``db.user_name`` the same way).
DEFAULT_LOGIN = "tester"


def ensure_login(
    conn: psycopg.Connection[Any],
    login: str,
    *,
    roles: tuple[str, ...] = ROLES,
    full_name: str | None = None,
    password: str | None = None,
) -> None:
    """Create ``login`` (once) in the given office roles, with a full name in office_users."""
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    if exists is None:
        # Two test threads may make the same login at once: the second waits for the first.
        conn.execute("SELECT pg_advisory_xact_lock(7)")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    if exists is None:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        for role in roles:
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(
                    sql.Identifier(f"minutes_{role}"), sql.Identifier(login)
                )
            )
    if password is not None:
        conn.execute(
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(password)
            )
        )
    conn.execute(
        "INSERT INTO minutes.office_users (login, full_name, role, created_at, created_by) "
        "VALUES (%s, %s, %s, '2026-01-01T00:00:00+00:00', 'tests') ON CONFLICT (login) DO NOTHING",
        (login, full_name if full_name is not None else login, ",".join(roles)),
    )


class ActingPgDatabase(PgDatabase):
    """A superuser connection that acts as the login named by each call's ``by``."""

    user_name = DEFAULT_LOGIN

    @contextmanager
    def _acting(self, by: str | None) -> Iterator[tuple[psycopg.Cursor[Any], str]]:
        name = by if by is not None and by.strip() else self.user_name
        login = (
            check_name(name, "tên người thực hiện (--by)", "the name of who acts (--by)")
            or DEFAULT_LOGIN
        )
        conn = self.session.conn
        try:
            with conn.transaction():
                ensure_login(conn, login)
            with conn.transaction(), conn.cursor() as cur:
                cur.execute(
                    sql.SQL("SET LOCAL SESSION AUTHORIZATION {}").format(sql.Identifier(login))
                )
                yield cur, login
        except psycopg.Error as exc:
            raise pg_errors.translate(exc, self._context(login)) from None


def open_acting(uri: str) -> ActingPgDatabase:
    """Open the office database at ``uri`` (a superuser URI) as an acting test store."""
    db = ActingPgDatabase.open(uri)
    assert isinstance(db, ActingPgDatabase)
    return db
