"""Open the store a user names: a local SQLite file (path) or the office database (``postgresql://`` URI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from minutes_app.store.api import Store
from minutes_app.store.connection import default_db_path
from minutes_app.store.postgres.target import OfficeTarget, is_office_uri
from minutes_app.store.repository import Database

#: Asks for the password of an office login (the terminal, or the window's dialog).
PasswordPrompt = Callable[[OfficeTarget], str | None]


def is_office(target: str | Path | None) -> bool:
    """Return True when ``target`` names an office database (a ``postgresql://`` URI)."""
    return is_office_uri(target)


def open_store(
    target: str | Path | None = None,
    *,
    create: bool = True,
    password_prompt: PasswordPrompt | None = None,
) -> Store:
    """Open the store at ``target``: the default file when None, a URI's office database, a path's file.

    ``create`` applies to a file (a missing one is made); an office database is set up by an
    administrator (``office init``). psycopg is imported only for a URI.
    """
    if isinstance(target, str) and is_office_uri(target):
        from minutes_app.store.postgres.repository import PgDatabase

        return PgDatabase.open(target, password_prompt=password_prompt)
    path = Path(target).expanduser() if target else default_db_path()
    return Database.open(path, create=create)
