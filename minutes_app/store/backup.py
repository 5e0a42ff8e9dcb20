"""Consistent database copies: daily backups kept N deep, ``backup --out`` and ``restore``."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from minutes_app.store.connection import _inspect_existing, _read_only
from minutes_app.store.errors import DatabaseUnavailable, NotADatabase
from minutes_app.store.repository import Database
from minutes_app.store.schema import APPLICATION_ID, latest_version

DEFAULT_KEEP = 10
#: Key in the database's ``settings`` table (when a schema has one) overriding ``DEFAULT_KEEP``.
KEEP_SETTING = "backup.keep"

_DAILY = re.compile(r"^daily-(\d{8})\.sqlite$")
_BEFORE_RESTORE = re.compile(r"^before-restore-(\d{8}T\d{6}Z)(?:-\d+)?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of a database and what kind it is (``daily``, ``before-restore``)."""

    path: Path
    kind: str
    stamp: str


def backup_folder(db_path: str | Path) -> Path:
    """Return the folder holding the backups of ``db_path``: ``minutes.sqlite.backups``."""
    path = Path(db_path)
    return path.with_name(path.name + ".backups")


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Return the backups of ``db_path`` (daily, before-restore, before-migration), newest first."""
    path = Path(db_path)
    found: list[BackupInfo] = []
    folder = backup_folder(path)
    if folder.is_dir():
        for entry in folder.iterdir():
            if (match := _DAILY.match(entry.name)) is not None:
                found.append(BackupInfo(entry, "daily", match.group(1) + "T000000Z"))
            elif (match := _BEFORE_RESTORE.match(entry.name)) is not None:
                found.append(BackupInfo(entry, "before-restore", match.group(1)))
    # Backups made before a migration live beside the database (minutes_app.store.schema).
    migration = re.compile(re.escape(path.name) + r"\.bak-v\d+-(\d{8}T\d{6}Z)(?:-\d+)?$")
    if path.parent.is_dir():
        for entry in path.parent.iterdir():
            if (match := migration.match(entry.name)) is not None:
                found.append(BackupInfo(entry, "before-migration", match.group(1)))
    found.sort(key=lambda b: (b.stamp, b.path.name), reverse=True)
    return found


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable; not every platform lets a folder be opened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_online(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database of ``source`` to ``target`` atomically (temp file, fsync, rename)."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        dest = sqlite3.connect(temp)
        try:
            # SQLite's online backup API: a consistent snapshot even while others write.
            source.backup(dest)
            # A standalone copy: no -wal file needed beside it to read it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_dir(folder)
    except BaseException:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)
        raise


def _target_problem(out: Path) -> tuple[str, str] | None:
    if out.is_dir():
        return "đường dẫn là một thư mục", "the path is a folder"
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        return f"thư mục {folder} không tồn tại", f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"không có quyền ghi vào thư mục {folder}", f"no permission to write in {folder}"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def backup_to(db: Database, out: str | Path) -> Path:
    """Write a consistent copy of the open database ``db`` to ``out`` (atomic) and return it."""
    target = Path(out).expanduser()
    problem = _target_problem(target)
    if problem is None and (_same_file(target, db.path) or target.absolute() == db.path.absolute()):
        problem = ("tệp đích chính là cơ sở dữ liệu đang mở", "the target is the open database")
    if problem is not None:
        raise DatabaseUnavailable(
            f"không ghi được bản sao lưu: {problem[0]}; không có gì thay đổi",
            f"cannot write the backup: {problem[1]}; nothing was changed",
            str(target),
        )
    try:
        _copy_online(db._conn, target)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseUnavailable(
            f"không ghi được bản sao lưu ({reason}); không có tệp nào được tạo",
            f"cannot write the backup ({reason}); no file was left behind",
            str(target),
        ) from None
    return target


def keep_setting(db: Database) -> int | None:
    """Return the number of daily backups to keep stored in the database, if it has one."""
    try:
        row = db._conn.execute(
            "SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,)
        ).fetchone()
    except sqlite3.Error:
        return None  # this schema has no settings table
    try:
        value = int(row[0]) if row is not None else None
    except (TypeError, ValueError):
        return None
    return value if value is not None and value >= 1 else None


def set_keep_setting(db: Database, keep: int) -> None:
    """Store how many daily backups to keep for this database (at least 1)."""
    if keep < 1:
        raise DatabaseUnavailable(
            "số bản sao lưu cần giữ phải từ 1 trở lên",
            "the number of backups to keep must be at least 1",
            str(db.path),
        )
    with db._conn:
        db._conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (KEEP_SETTING, str(keep)),
        )


def prune_backups(db_path: str | Path, keep: int, kind: str = "daily") -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``kind``; return the deleted paths."""
    keep = max(1, keep)
    mine = [b for b in list_backups(db_path) if b.kind == kind]
    removed: list[Path] = []
    for old in mine[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def ensure_daily_backup(
    db: Database, *, keep: int | None = None, today: dt.date | None = None
) -> Path | None:
    """Make today's backup of ``db`` if it is the first start today; keep the newest ``keep``.

    Call it once at start-up, after opening. ``keep`` defaults to the database's
    ``backup.keep`` setting, else ``DEFAULT_KEEP``. Returns the new backup, or None when
    today's exists already or the database holds no meeting yet. A backup that cannot be
    written raises ``DatabaseUnavailable`` (the database itself is untouched).
    """
    day = today or dt.date.today()
    folder = backup_folder(db.path)
    target = folder / f"daily-{day:%Y%m%d}.sqlite"
    if target.exists() or db.count() == 0:
        return None
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"không tạo được thư mục sao lưu ({exc.strerror})",
            f"cannot create the backup folder ({exc.strerror})",
            str(folder),
        ) from None
    made = backup_to(db, target)
    prune_backups(db.path, keep or keep_setting(db) or DEFAULT_KEEP)
    return made


# -- restore -------------------------------------------------------------------------------


def check_backup_file(source: str | Path) -> int:
    """Check that ``source`` is a sound minutes-app database this app can open; return its version.

    Raises ``NotADatabase``, ``DatabaseTooNew`` or ``DatabaseUnavailable``; reads only.
    """
    path = Path(source).expanduser()
    where = str(path)
    if path.is_dir():
        raise DatabaseUnavailable(
            "đường dẫn là một thư mục, không phải bản sao lưu",
            "the path is a folder, not a backup",
            where,
        )
    if not path.exists():
        raise DatabaseUnavailable("không tìm thấy tệp", "the file does not exist", where)
    if path.stat().st_size == 0:
        raise NotADatabase(
            "tệp rỗng, không phải bản sao lưu cơ sở dữ liệu biên bản",
            "the file is empty, not a minutes database backup",
            where,
        )
    latest = latest_version()
    _inspect_existing(path, latest)  # not SQLite, truncated, another program's, too new
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(uri, uri=True)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
            verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(
            f"tệp bị hỏng ({exc}); không dùng được để khôi phục",
            f"the file is damaged ({exc}); it cannot be restored",
            where,
        ) from None
    if app_id != APPLICATION_ID or version < 1 or "meetings" not in tables:
        raise NotADatabase(
            "tệp không phải cơ sở dữ liệu biên bản", "the file is not a minutes database", where
        )
    if verdict != "ok":
        raise NotADatabase(
            f"tệp bị hỏng ({verdict}); không dùng được để khôi phục",
            f"the file is damaged ({verdict}); it cannot be restored",
            where,
        )
    return version


def _keep_current(path: Path) -> Path | None:
    """Copy the current database to ``before-restore-…`` in its backup folder; return the copy."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"before-restore-{stamp}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"before-restore-{stamp}-{n}.sqlite"
    try:
        # A plain connection: Database.open would migrate an older file before copying it.
        current = sqlite3.connect(path, isolation_level=None)
        try:
            current.execute("PRAGMA quick_check(1)")
            _copy_online(current, target)
            # Fold the WAL into the file so no -wal is left to replay over the restored copy.
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            current.close()
    except sqlite3.DatabaseError:
        # A damaged or foreign file is kept byte for byte: it may still be worth rescuing.
        shutil.copy2(path, target)
    return target


def restore(db_path: str | Path, source: str | Path) -> Path | None:
    """Replace the database at ``db_path`` by the backup ``source``; return the kept current copy.

    ``source`` is checked first (a sound minutes-app database of a supported version);
    the current file is copied to its backup folder; the replacement is atomic. The
    application must not have the database open meanwhile.
    """
    path = Path(db_path).expanduser()
    src = Path(source).expanduser()
    check_backup_file(src)
    if _same_file(path, src):
        raise DatabaseUnavailable(
            "bản sao lưu chính là cơ sở dữ liệu hiện tại", "the backup is the current database",
            str(src),
        )  # fmt: skip
    if path.is_dir():
        raise DatabaseUnavailable(
            "đường dẫn là một thư mục, không phải tệp cơ sở dữ liệu",
            "the path is a folder, not a database file",
            str(path),
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DatabaseUnavailable(
            f"thư mục {folder} không tồn tại", f"the folder {folder} does not exist", str(path)
        )
    if path.exists() and _read_only(path):
        raise DatabaseUnavailable(
            "tệp cơ sở dữ liệu chỉ cho phép đọc; hãy bỏ thuộc tính chỉ đọc trước khi khôi phục; "
            "tệp được giữ nguyên",
            "the database file is read-only; make it writable before restoring; "
            "it was left untouched",
            str(path),
        )
    wal = Path(f"{path}-wal")
    shm = Path(f"{path}-shm")
    try:
        kept = _keep_current(path)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseUnavailable(
            f"không giữ lại được bản hiện tại ({exc}); chưa khôi phục, không có gì thay đổi",
            f"cannot keep a copy of the current database ({exc}); nothing was restored",
            str(path),
        ) from None
    if wal.exists():
        # Another program still has the database open (the last close removes the -wal).
        raise DatabaseUnavailable(
            "cơ sở dữ liệu đang được mở ở chương trình khác; hãy đóng ứng dụng rồi khôi phục "
            "(không có gì thay đổi)",
            "the database is open in another program; close the application and restore again "
            "(nothing was changed)",
            str(path),
        )
    source_uri = src.absolute().as_uri() + "?mode=ro&immutable=1"
    try:
        reader = sqlite3.connect(source_uri, uri=True)
        try:
            _copy_online(reader, path)
        finally:
            reader.close()
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseUnavailable(
            f"không khôi phục được ({reason}); cơ sở dữ liệu hiện tại giữ nguyên",
            f"the restore failed ({reason}); the current database is unchanged",
            str(path),
        ) from None
    for leftover in (wal, shm):
        leftover.unlink(missing_ok=True)
    return kept
