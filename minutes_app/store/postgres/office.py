"""The office's people: logins in the four group roles, with their full names (office add-user, users).

A login is a PostgreSQL role that can log in and is a member of one or more of
``minutes_secretary``, ``minutes_chair``, ``minutes_clerk``, ``minutes_admin``. An admin login
gets CREATEROLE so that it can add the others. Passwords are sent to the server as a SCRAM
verifier computed here, so the password itself never reaches the server's logs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata

import psycopg
from psycopg import sql

from minutes_app.domain.dataclass import dataclass
from minutes_app.store.actors import check_name
from minutes_app.store.errors import StoreError
from minutes_app.store.postgres import errors as pg_errors
from minutes_app.store.postgres.repository import ROLES, PgDatabase

_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")
_ITERATIONS = 4096


@dataclass(frozen=True)
class OfficeUser:
    """One login of the office: its full name, its roles, whether it may log in."""

    login: str
    full_name: str
    roles: tuple[str, ...]
    can_login: bool
    created_at: str
    created_by: str


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """Return PostgreSQL's SCRAM-SHA-256 verifier of ``password`` (what ALTER ROLE … PASSWORD stores)."""
    prepared = unicodedata.normalize("NFKC", password).encode("utf-8")
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", prepared, salt, _ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${_ITERATIONS}:{b64(salt).decode()}$"
        f"{b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def check_login(login: str, where: str) -> str:
    """Return ``login`` when it is a plain login name; refuse it otherwise."""
    if not _LOGIN.match(login):
        raise StoreError(
            f"tên đăng nhập «{login}» không hợp lệ: chỉ chữ thường không dấu, chữ số, «_», «.» "
            "và «-», bắt đầu bằng chữ, tối đa 63 ký tự",
            f"the login {login!r} is not valid: lowercase ASCII letters, digits, '_', '.' and "
            "'-', starting with a letter, at most 63 characters",
            where,
        )
    return login


def check_roles(roles: list[str], where: str) -> tuple[str, ...]:
    """Return the roles in their usual order; refuse an unknown one or none."""
    unknown = [r for r in roles if r not in ROLES]
    if unknown or not roles:
        raise StoreError(
            f"vai trò không hợp lệ: {', '.join(unknown) or '(không có)'}; dùng secretary, chair, "
            "clerk hoặc admin",
            f"unknown role: {', '.join(unknown) or '(none)'}; use secretary, chair, clerk or admin",
            where,
        )
    return tuple(r for r in ROLES if r in roles)


def add_user(
    db: PgDatabase, login: str, roles: list[str], full_name: str, password: str | None
) -> OfficeUser:
    """Create (or update) ``login`` in ``roles`` with ``full_name``; set its password if given.

    Needs an admin login (CREATEROLE) or a superuser; the database refuses anyone else.
    """
    where = db.where
    login = check_login(login, where)
    wanted = check_roles(roles, where)
    name = check_name(full_name, "họ và tên (--full-name)", "the full name (--full-name)", where)
    if not name:
        raise StoreError(
            "cần họ và tên (--full-name)", "the full name is needed (--full-name)", where
        )
    conn = db.session.conn
    me = db.identity().login
    try:
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
            ident = sql.Identifier(login)
            if exists is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
            if "admin" in wanted:
                conn.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(ident))
            if password is not None:
                conn.execute(
                    sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                        ident, sql.Literal(scram_verifier(password))
                    )
                )
            for role in wanted:
                conn.execute(
                    sql.SQL("GRANT {} TO {}").format(sql.Identifier(f"minutes_{role}"), ident)
                )
            conn.execute(
                "SELECT minutes.register_user(%s, %s, %s)", (login, name, ",".join(wanted))
            )
    except psycopg.errors.InsufficientPrivilege as exc:
        if exc.diag.message_detail and ";" in exc.diag.message_detail:
            raise pg_errors.translate(exc, db._context(me)) from None
        raise pg_errors.permission_denied(me, ["admin"], "managing users", where) from None
    except psycopg.Error as exc:
        raise pg_errors.translate(exc, db._context(me)) from None
    return next(u for u in users(db) if u.login == login)


def users(db: PgDatabase) -> list[OfficeUser]:
    """Return every login of the office (in office_users or in a group role), by login."""
    rows = db.tables.query(
        "SELECT r.rolname, coalesce(u.full_name, ''), r.rolcanlogin, "
        + ", ".join(f"pg_has_role(r.oid, 'minutes_{role}', 'MEMBER')" for role in ROLES)
        + ", coalesce(u.created_at, ''), coalesce(u.created_by, '') "
        "FROM pg_roles AS r LEFT JOIN minutes.office_users AS u ON u.login = r.rolname "
        "WHERE r.rolname NOT LIKE 'minutes\\_%' AND NOT r.rolsuper AND ("
        "u.login IS NOT NULL OR "
        + " OR ".join(f"pg_has_role(r.oid, 'minutes_{role}', 'MEMBER')" for role in ROLES)
        + ") ORDER BY r.rolname"
    )
    found: list[OfficeUser] = []
    for row in rows:
        login, full_name, can_login, *flags = row
        held, (created_at, created_by) = flags[: len(ROLES)], flags[len(ROLES) :]
        roles = tuple(r for r, has in zip(ROLES, held, strict=True) if has)
        found.append(OfficeUser(login, full_name, roles, bool(can_login), created_at, created_by))
    return found
