"""Open a minutes-app SQLite file safely: refuse bad files without touching them, set PRAGMAs."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

from minutes_app import appinfo
from minutes_app.store.errors import DatabaseTooNew, DatabaseUnavailable, NotADatabase
from minutes_app.store.schema import (
    APPLICATION_ID,
    Migration,
    _only_while_migrating,
    schema_differences,
)
from minutes_app.store.shares import refuse_network_share

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def default_db_path() -> Path:
    """Return ``minutes.sqlite`` in the user's data folder (the folder is made on first open)."""
    import platformdirs  # only here: a command given --db never needs it

    folder = platformdirs.user_data_path(appinfo.APP_NAME, appinfo.ORGANIZATION)
    return folder / appinfo.DB_FILE_NAME


def _is_default(path: Path) -> bool:
    try:
        return path.absolute() == default_db_path().absolute()
    except OSError:
        return False


def _header_int(header: bytes, offset: int, size: int = 4) -> int:
    return int.from_bytes(header[offset : offset + size], "big")


def _inspect_existing(path: Path, latest: int) -> None:
    """Refuse a file that is not ours, truncated or too new, reading it without changing it."""
    where = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise DatabaseUnavailable(
            "không có quyền đọc tệp", "no permission to read the file", where
        ) from None
    except OSError as exc:
        raise DatabaseUnavailable(
            f"không đọc được tệp ({exc.strerror})", f"cannot read the file ({exc.strerror})", where
        ) from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabase(
            "tệp này không phải cơ sở dữ liệu biên bản (không phải tệp SQLite); "
            "tệp được giữ nguyên",
            "this file is not a minutes database (not an SQLite file); it was left untouched",
            where,
        )
    page_size = _header_int(header, 16, 2) if len(header) >= 18 else 0
    if page_size == 1:
        page_size = 65536
    pages = _header_int(header, 28) if len(header) >= 32 else 0
    counter_valid = len(header) >= 96 and header[24:28] == header[92:96]
    # While a -wal file exists another connection may be checkpointing (growing the file
    # after page 1 was written), so the page count is trusted only for a quiet file.
    quiet = not Path(f"{path}-wal").exists()
    truncated = (
        len(header) < 100
        or page_size < 512
        or size % page_size != 0
        or (quiet and counter_valid and pages > 0 and size < pages * page_size)
    )
    if truncated:
        raise NotADatabase(
            "tệp cơ sở dữ liệu bị cụt hoặc hỏng; hãy dùng bản sao lưu; tệp được giữ nguyên",
            "the database file is truncated or damaged; use a backup; it was left untouched",
            where,
        )
    app_id = _header_int(header, 68)
    user_version = _header_int(header, 60)
    if app_id not in (0, APPLICATION_ID):
        raise NotADatabase(
            "đây là tệp SQLite của chương trình khác, không phải cơ sở dữ liệu biên bản; "
            "tệp được giữ nguyên",
            "this is another program's SQLite file, not a minutes database; it was left untouched",
            where,
        )
    if app_id == APPLICATION_ID and user_version > latest:
        raise DatabaseTooNew(
            f"cơ sở dữ liệu ở phiên bản {user_version}, mới hơn ứng dụng này (phiên bản {latest}); "
            "hãy cập nhật ứng dụng",
            f"the database is schema version {user_version}, newer than this application "
            f"(version {latest}); update the application",
            where,
        )
    if app_id == APPLICATION_ID:
        return  # ours: the real connection checks the rest (and sees the WAL)
    # An SQLite file without an application id is ours only if it is still empty.
    # Look inside without locks or writes (immutable=1 never creates -wal/-shm files).
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(uri, uri=True)
        try:
            objects = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(
            f"tệp cơ sở dữ liệu bị hỏng ({exc}); hãy dùng bản sao lưu; tệp được giữ nguyên",
            f"the database file is damaged ({exc}); use a backup; it was left untouched",
            where,
        ) from None
    if objects > 0:
        raise NotADatabase(
            "đây là tệp SQLite của chương trình khác, không phải cơ sở dữ liệu biên bản; "
            "tệp được giữ nguyên",
            "this is another program's SQLite file, not a minutes database; it was left untouched",
            where,
        )


def _read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    # Root may write anywhere; a file without any write bit is still meant to be read-only.
    return not os.access(path, os.W_OK) or not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def check_path(path: Path, *, create: bool, latest: int) -> bool:
    """Refuse a path the store cannot use, with a clear message; return True if the file exists."""
    where = str(path)
    refuse_network_share(path)
    if path.is_dir():
        raise DatabaseUnavailable(
            "đường dẫn là một thư mục, không phải tệp cơ sở dữ liệu",
            "the path is a folder, not a database file",
            where,
        )
    folder = path.parent
    if not folder.exists():
        if create and _is_default(path):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(
                    f"không tạo được thư mục dữ liệu {folder} ({exc.strerror})",
                    f"cannot create the data folder {folder} ({exc.strerror})",
                    where,
                ) from None
        else:
            raise DatabaseUnavailable(
                f"thư mục {folder} không tồn tại", f"the folder {folder} does not exist", where
            )
    elif not folder.is_dir():
        raise DatabaseUnavailable(
            f"{folder} không phải là thư mục", f"{folder} is not a folder", where
        )
    exists = path.exists()
    if not exists and not create:
        raise DatabaseUnavailable(
            "không tìm thấy tệp cơ sở dữ liệu", "the database file does not exist", where
        )
    if exists and path.stat().st_size > 0:
        _inspect_existing(path, latest)
    if exists and _read_only(path):
        raise DatabaseUnavailable(
            "tệp cơ sở dữ liệu chỉ cho phép đọc; hãy bỏ thuộc tính chỉ đọc hoặc chép tệp sang "
            "thư mục khác; tệp được giữ nguyên",
            "the database file is read-only; make it writable or copy it elsewhere; "
            "it was left untouched",
            where,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(
            f"không có quyền ghi vào thư mục {folder}",
            f"no permission to write in the folder {folder}",
            where,
        )
    return exists


def foreign_schema(where: str, differences: list[str]) -> NotADatabase:
    """Return the refusal of a file whose schema is not the one the migrations make."""
    shown = ", ".join(differences[:8]) + (
        f" (+{len(differences) - 8})" if len(differences) > 8 else ""
    )
    return NotADatabase(
        "cấu trúc của tệp khác cấu trúc ứng dụng tạo ra (có thể tệp đã bị sửa ngoài ứng dụng, "
        f"hoặc thuộc chương trình khác): {shown}; tệp được giữ nguyên",
        "the file's schema is not the one this application makes (it may have been altered "
        f"outside the application, or belong to another program): {shown}; it was left untouched",
        where,
    )


def check_schema(
    conn: sqlite3.Connection, where: str, latest: int, migrations: list[Migration] | None
) -> int:
    """Refuse a file that is not ours or whose schema the migrations do not make; return its version.

    Reads only (one read transaction): application id, ``user_version`` and every object
    of ``sqlite_master`` (tables, indexes, triggers, views) with its SQL.
    """
    conn.execute("BEGIN")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        refusal = _refusal(app_id, user_version, objects, latest, where)
        if refusal is not None:
            raise refusal
        differences = schema_differences(conn, user_version, migrations)
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    if differences:
        raise foreign_schema(where, differences)
    return user_version


def connect(
    path: Path, latest: int, migrations: list[Migration] | None = None
) -> sqlite3.Connection:
    """Open ``path`` in autocommit mode with WAL, foreign keys and a busy timeout.

    Everything that can refuse the file is read before the first write (the switch to WAL):
    its application id, version and schema, compared object by object with what the
    migrations make. Schema objects are not trusted to call application functions
    (``trusted_schema = OFF``).
    """
    where = str(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(
            f"không mở được cơ sở dữ liệu ({exc})", f"cannot open the database ({exc})", where
        ) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        check_schema(conn, where, latest, migrations)
        # Never callable outside a migration (store.schema swaps it in only while migrating).
        conn.create_function("minutes_sha256", 1, _only_while_migrating, deterministic=True)
        mode = _switch_to_wal(conn)
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal_mode is {mode}")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise DatabaseUnavailable(
                "cơ sở dữ liệu đang bị chương trình khác khóa; hãy thử lại",
                "the database is locked by another program; try again",
                where,
            ) from None
        if "malformed" in message or "not a database" in message:
            raise NotADatabase(
                f"tệp cơ sở dữ liệu bị hỏng ({message}); hãy dùng bản sao lưu",
                f"the database file is damaged ({message}); use a backup",
                where,
            ) from None
        raise DatabaseUnavailable(
            f"không mở được cơ sở dữ liệu ({message})",
            f"cannot open the database ({message})",
            where,
        ) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Switch ``conn``'s file to WAL (a no-op once it is) and return the journal mode.

    On a file still in rollback mode, the switch needs the file to itself. While another
    program writes to it, SQLite answers "locked" at once, without waiting for the busy
    timeout (waiting could deadlock): wait here, up to that timeout, and try again. Four
    programs opening one old database at once met this.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _refusal(
    app_id: int, user_version: int, objects: int, latest: int, where: str
) -> Exception | None:
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and objects > 0):
        return NotADatabase(
            "đây là tệp SQLite của chương trình khác, không phải cơ sở dữ liệu biên bản",
            "this is another program's SQLite file, not a minutes database",
            where,
        )
    if user_version > latest:
        return DatabaseTooNew(
            f"cơ sở dữ liệu ở phiên bản {user_version}, mới hơn ứng dụng này (phiên bản {latest}); "
            "hãy cập nhật ứng dụng",
            f"the database is schema version {user_version}, newer than this application "
            f"(version {latest}); update the application",
            where,
        )
    return None
