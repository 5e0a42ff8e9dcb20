"""Backup and restore verbs: a consistent copy of the database, the daily copies, a checked restore.

The store does the work (``store.backup``: SQLite's online backup, atomic writes, the checks a
restore makes); these verbs are what the command line and the window call, and each says
what it changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.services.changes import Changes, WrittenFile

if TYPE_CHECKING:
    from minutes_app.store import Database

#: The format name a database copy carries in ``WrittenFile.fmt``.
DATABASE = "sqlite"


def _written(path: Path) -> WrittenFile:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return WrittenFile(path, DATABASE, size)


def backup(db: Database, out: str | Path) -> Changes:
    """Write a consistent copy of the open database to ``out`` (atomic); the file is in ``files``."""
    from minutes_app.store.backup import backup_to

    return Changes(files=(_written(backup_to(db, out)),))


def keep_daily_backups(db: Database, keep: int) -> int:
    """Keep the newest ``keep`` daily copies of this database from now on; return the setting."""
    from minutes_app.store.backup import keep_setting, set_keep_setting

    set_keep_setting(db, keep)
    return keep_setting(db) or keep


def daily_backup(db: Database) -> Changes:
    """Make today's copy of the database at the first start of the day (the newest N are kept)."""
    from minutes_app.store.backup import ensure_daily_backup

    made = ensure_daily_backup(db)
    return Changes(files=(_written(made),) if made is not None else ())


def restore(db_path: str | Path, source: str | Path, *, force: bool = False) -> Changes:
    """Replace the database at ``db_path`` by the checked backup ``source``.

    The database must not be open. ``RestoreWouldLoseApprovals`` (nothing done) when the
    backup lacks approvals the current file has, unless ``force``. The current file is kept in
    the backup folder first: that copy is in ``files``. Every view reloads
    (``database_replaced``).
    """
    from minutes_app.store.backup import restore as restore_file

    kept = restore_file(db_path, source, force=force)
    return Changes(
        files=(_written(kept),) if kept is not None else (),
        database_replaced=True,
    )
