"""Connect to the office database: passwords from libpq (PGPASSWORD, ~/.pgpass) or a prompt, TLS as libpq offers.

A password is never taken from the command line (``target.parse_target`` refuses a URI that
holds one). libpq itself reads ``PGPASSWORD``, the password file and every ``sslmode`` /
``sslrootcert`` setting of the URI or the ``PG*`` environment; when the server asks for a
password none of them gave, ``prompt`` (the terminal, or the window's dialog) is asked once.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from minutes_app.store.errors import AuthenticationFailed, ServerUnreachable, StoreError
from minutes_app.store.postgres.target import OfficeTarget

#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 5

#: Asks the user for the password of an office login; returns None when they cancel.
PasswordPrompt = Callable[[OfficeTarget], str | None]

_NO_PASSWORD = ("no password supplied", "password authentication failed", "password is required")
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "could not translate host name",
    "no route to host",
    "network is unreachable",
    "server closed the connection",
    "connection timed out",
    "name or service not known",
    "temporary failure in name resolution",
    "is the server running",
    "connection to server",
    "terminating connection",
    "the database system is shutting down",
    "the database system is starting up",
)


def unreachable(target: OfficeTarget, detail: str) -> ServerUnreachable:
    """Return the error for a server that cannot be reached (nothing was written)."""
    short = detail.strip().splitlines()[0] if detail.strip() else ""
    return ServerUnreachable(
        f"không kết nối được máy chủ cơ sở dữ liệu {target.host or 'localhost'}:{target.port} "
        f"({short}); những gì bạn đã nhập vẫn được giữ, hãy thử lại khi máy chủ hoạt động "
        "(xem docs/office.md, «Khi máy chủ không hoạt động»)",
        f"cannot reach the database server {target.host or 'localhost'}:{target.port} ({short}); "
        "what you typed is kept: try again when the server is back (docs/office.md, "
        "'When the server is down')",
        target.display,
    )


def is_unreachable(exc: BaseException) -> bool:
    """Return True when a psycopg error means the connection (not the statement) failed."""
    if isinstance(exc, psycopg.OperationalError):
        text = str(exc).lower()
        return any(mark in text for mark in _UNREACHABLE) or getattr(exc, "sqlstate", None) in (
            None,
            "57P01",
            "57P02",
            "57P03",
            "08000",
            "08003",
            "08006",
            "08001",
            "08004",
        )
    return isinstance(exc, psycopg.InterfaceError)


def _refused_login(target: OfficeTarget, detail: str) -> AuthenticationFailed:
    return AuthenticationFailed(
        f"máy chủ từ chối đăng nhập {target.user or '(người dùng hệ thống)'}: sai hoặc thiếu mật "
        f"khẩu ({detail.strip().splitlines()[0] if detail.strip() else ''}); đặt PGPASSWORD, "
        "dùng ~/.pgpass, hoặc nhập mật khẩu khi được hỏi",
        f"the server refused the login {target.user or '(the system user)'}: a wrong or missing "
        "password; set PGPASSWORD, use ~/.pgpass, or type it when asked",
        target.display,
    )


def connect(
    target: OfficeTarget,
    *,
    password: str | None = None,
    prompt: PasswordPrompt | None = None,
) -> tuple[psycopg.Connection[tuple[object, ...]], str | None]:
    """Open one autocommit connection with ``search_path`` set to the ``minutes`` schema.

    Returns the connection and the password that opened it when one had to be asked for (so a
    reconnection does not ask again). Raises ``ServerUnreachable`` or ``AuthenticationFailed``.
    """
    asked = 0
    while True:
        extra: dict[str, object] = {"autocommit": True, "application_name": "minutes-app"}
        if "connect_timeout" not in target.uri:
            extra["connect_timeout"] = CONNECT_TIMEOUT
        if password is not None:
            extra["password"] = password
        try:
            conn: psycopg.Connection[tuple[object, ...]] = psycopg.connect(target.uri, **extra)  # type: ignore[arg-type]
        except psycopg.OperationalError as exc:
            text = str(exc)
            if any(mark in text.lower() for mark in _NO_PASSWORD):
                if prompt is not None and asked < 3:  # the prompt may try a kept one first
                    asked += 1
                    password = prompt(target)
                    if password is not None:
                        continue
                raise _refused_login(target, text) from None
            if is_unreachable(exc):
                raise unreachable(target, text) from None
            raise StoreError(
                f"không mở được cơ sở dữ liệu ({text.strip()})",
                f"cannot open the database ({text.strip()})",
                target.display,
            ) from None
        except psycopg.Error as exc:
            raise StoreError(
                f"không mở được cơ sở dữ liệu ({exc})",
                f"cannot open the database ({exc})",
                target.display,
            ) from None
        try:
            conn.execute("SET search_path = minutes, pg_catalog")
        except psycopg.Error:
            conn.close()
            raise
        return conn, password
