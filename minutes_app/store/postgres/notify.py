"""Wait for the changes other PCs make: LISTEN on the office database's ``minutes_app`` channel.

The database announces every change to a meeting or its comments (a trigger, migrations/0004);
a feed holds its own connection, so waiting never blocks the store's queries.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg

from minutes_app.domain.model import Status
from minutes_app.store.api import MeetingChange
from minutes_app.store.errors import ServerUnreachable
from minutes_app.store.postgres.connection import connect, is_unreachable, unreachable
from minutes_app.store.postgres.target import OfficeTarget

CHANNEL = "minutes_app"


def parse_change(payload: str) -> MeetingChange | None:
    """Return the change a notification announces, None for a payload that is not one."""
    try:
        data: dict[str, Any] = json.loads(payload)
        status = Status(data["status"]) if data.get("status") else None
        version = int(data["version"]) if data.get("version") is not None else None
        extra = {k: v for k, v in data.items() if k not in ("id", "op", "status", "version")}
        return MeetingChange(int(data["id"]), str(data["op"]), status, version, extra)
    except (ValueError, KeyError, TypeError):
        return None


class PgChangeFeed:
    """The changes announced on the office database, read from a connection of its own."""

    def __init__(self, target: OfficeTarget, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.target = target
        self._conn = conn

    @classmethod
    def open(cls, session: Any) -> PgChangeFeed:
        """Open a listening connection beside the store's ``session`` (same login and password)."""
        conn, _password = connect(session.target, password=session._password, prompt=None)
        conn.execute(f"LISTEN {CHANNEL}")
        return cls(session.target, conn)

    def wait(self, timeout: float) -> list[MeetingChange]:
        """Return the changes announced within ``timeout`` seconds (all that arrived together).

        Raises ``ServerUnreachable`` when the connection was lost: open a new feed then (and
        re-read the list, since announcements made meanwhile are not kept).
        """
        found: list[MeetingChange] = []
        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=1):
                change = parse_change(note.payload)
                if change is not None:
                    found.append(change)
            # Others that arrived with the first one.
            for note in self._conn.notifies(timeout=0.05):
                change = parse_change(note.payload)
                if change is not None:
                    found.append(change)
        except psycopg.Error as exc:
            if is_unreachable(exc) or self._conn.broken:
                raise unreachable(self.target, str(exc)) from None
            raise ServerUnreachable(str(exc), str(exc), self.target.display) from None
        return found

    def close(self) -> None:
        """Stop listening."""
        self._conn.close()
