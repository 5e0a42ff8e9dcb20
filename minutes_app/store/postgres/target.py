"""An office database address: a libpq URI, checked to hold no password (no psycopg import here)."""

from __future__ import annotations

import urllib.parse

from minutes_app.domain.dataclass import dataclass
from minutes_app.store.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")


def is_office_uri(target: object) -> bool:
    """Return True when ``target`` is a ``postgresql://`` (or ``postgres://``) URI."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


class PasswordInCommandLine(StoreError):
    """A URI carries a password: refused, so it never sits in a shell history or a process list."""


@dataclass(frozen=True)
class OfficeTarget:
    """A checked office database URI and how messages show it."""

    uri: str
    user: str
    host: str
    port: str
    dbname: str

    @property
    def location(self) -> str:
        """Return where the database is, as a password question names it: host:port/dbname."""
        return f"{self.host or 'localhost'}:{self.port}/{self.dbname}"

    @property
    def display(self) -> str:
        """Return the URI as messages show it (it holds no password)."""
        return self.uri


def parse_target(text: str) -> OfficeTarget:
    """Return the office target of ``text``; refuse a password written into it."""
    uri = text.strip()
    parts = urllib.parse.urlsplit(uri)
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    if parts.password is not None or "password" in query:
        raise PasswordInCommandLine(
            "địa chỉ cơ sở dữ liệu không được chứa mật khẩu (lộ trong lịch sử lệnh); hãy dùng biến "
            "PGPASSWORD, tệp ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf), hoặc để ứng "
            "dụng hỏi mật khẩu",
            "the database address must not hold a password (it would show in the command "
            "history); use PGPASSWORD, ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf), "
            "or let the application ask for it",
            urllib.parse.urlunsplit(parts._replace(netloc=parts.hostname or "", query="")),
        )
    host = parts.hostname or query.get("host", [""])[0]
    return OfficeTarget(
        uri=uri,
        user=urllib.parse.unquote(parts.username or "") or query.get("user", [""])[0],
        host=host,
        port=str(parts.port or query.get("port", ["5432"])[0]),
        dbname=urllib.parse.unquote(parts.path.lstrip("/")) or query.get("dbname", [""])[0],
    )
