"""Consistent database copies: daily backups kept N deep, ``backup --out`` and ``restore``."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.derived import KIND_LABELS, DerivedKind
from minutes_app.domain.files import replacing
from minutes_app.domain.labels import period_text
from minutes_app.store.connection import _inspect_existing, _read_only, foreign_schema
from minutes_app.store.errors import (
    DatabaseTooNew,
    DatabaseUnavailable,
    NotADatabase,
    RestoreWouldLoseApprovals,
)
from minutes_app.store.repository import Database
from minutes_app.store.schema import APPLICATION_ID, latest_version, schema_differences

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
            if _empty(entry):
                continue  # an empty file is no backup (a copy that never got its data)
            if (match := _DAILY.match(entry.name)) is not None:
                found.append(BackupInfo(entry, "daily", match.group(1) + "T000000Z"))
            elif (match := _BEFORE_RESTORE.match(entry.name)) is not None:
                found.append(BackupInfo(entry, "before-restore", match.group(1)))
    # Backups made before a migration live beside the database (minutes_app.store.schema).
    migration = re.compile(re.escape(path.name) + r"\.bak-v\d+-(\d{8}T\d{6}Z)(?:-\d+)?$")
    if path.parent.is_dir():
        for entry in path.parent.iterdir():
            if (match := migration.match(entry.name)) is not None and not _empty(entry):
                found.append(BackupInfo(entry, "before-migration", match.group(1)))
    found.sort(key=lambda b: (b.stamp, b.path.name), reverse=True)
    return found


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return True


# -- leftovers of a copy that was killed ------------------------------------------------------

#: Temporary copies carry the writer's process id: ``.NAME.PID-RANDOM.part`` (+ ``-journal``).
_PART = re.compile(r"^\..+\.(\d+)-[A-Za-z0-9_]+\.part(?:-journal|-wal|-shm)?$")
#: Leftovers without a process id (older versions, backups before a migration).
_OLD_PART = re.compile(r"^(?:\..+\.[A-Za-z0-9_]{8}\.part|.+\.bak-v\d+-.+\.part)(?:-journal)?$")
#: A part file without a process id this old belongs to no copy still running.
STALE_PART_SECONDS = 15 * 60


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no safe probe here (os.kill would end the process): judge by age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True


def clean_stale_parts(folder: Path) -> list[Path]:
    """Delete the temporary files a killed backup or restore left in ``folder``; return them.

    A part file whose writer is still running is kept; one without a process id is removed
    once it is older than ``STALE_PART_SECONDS``.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _PART.match(entry.name)
        if match is not None:
            stale = not _alive(int(match.group(1))) or (
                os.name != "posix" and _age(entry, now) > STALE_PART_SECONDS
            )
        elif _OLD_PART.match(entry.name):
            stale = _age(entry, now) > STALE_PART_SECONDS
        else:
            continue
        if stale and entry.is_file():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _copy_online(
    source: sqlite3.Connection,
    target: Path,
    mode: int | None = None,
    owner: tuple[int, int] | None = None,
) -> None:
    """Copy the database of ``source`` to ``target`` atomically (``domain.files.replacing``).

    ``mode`` sets the file's permission bits and ``owner`` its (uid, gid) before it takes
    its name (default: private, the current user); an owner that cannot be set is left.
    """
    with replacing(target, private=True) as temp:
        dest = sqlite3.connect(temp)
        try:
            # SQLite's online backup API: a consistent snapshot even while others write.
            source.backup(dest)
            # A standalone copy: no -wal file needed beside it to read it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        if mode is not None:
            os.chmod(temp, mode)
        if owner is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):
                os.chown(temp, *owner)


def _copy_bytes(source: Path, target: Path) -> None:
    """Copy a file byte for byte to ``target`` atomically; nothing is left when it fails."""
    with replacing(target, private=True) as temp:
        with temp.open("r+b") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)


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
    clean_stale_parts(target.parent)
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
    clean_stale_parts(db.path.parent)  # a killed migration backup or restore
    clean_stale_parts(folder)  # a killed daily backup
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


def _damaged(where: str, exc: BaseException | str) -> NotADatabase:
    return NotADatabase(
        f"tệp bị hỏng ({exc}); không dùng được để khôi phục",
        f"the file is damaged ({exc}); it cannot be restored",
        where,
    )


@contextlib.contextmanager
def _readable(path: Path, scratch: Path | None = None) -> Iterator[Path]:
    """Yield a standalone file holding what ``path`` holds, reading it without changing it.

    A file with a ``-wal`` beside it holds part of its data in that WAL: both are copied to a
    temporary folder (in ``scratch``, else the system's) and opened there normally, which
    merges them; a file without one is read as it is.
    """
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        yield path
        return
    folder = Path(tempfile.mkdtemp(prefix=f".restore-{os.getpid()}-", dir=scratch))
    try:
        merged = folder / "merged.sqlite"
        try:
            shutil.copyfile(path, merged)
            shutil.copyfile(wal, Path(f"{merged}-wal"))
            conn = sqlite3.connect(merged, isolation_level=None)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise DatabaseUnavailable(
                f"không đọc được tệp cùng tệp -wal bên cạnh ({reason}); chưa khôi phục, không có "
                "gì thay đổi",
                f"cannot read the file together with the -wal beside it ({reason}); nothing was "
                "restored or changed",
                str(path),
            ) from None
        except sqlite3.DatabaseError as exc:
            raise _damaged(str(path), exc) from None
        yield merged
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_readable(readable: Path, where: str) -> int:
    """Check a standalone copy: our application id, a known version, the exact schema, sound."""
    latest = latest_version()
    uri = readable.absolute().as_uri() + "?mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(uri, uri=True)
        try:
            probe.execute("PRAGMA trusted_schema = OFF")
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
            if app_id != APPLICATION_ID or version < 1 or "meetings" not in tables:
                raise NotADatabase(
                    "tệp không phải cơ sở dữ liệu biên bản",
                    "the file is not a minutes database",
                    where,
                )
            if version > latest:
                raise DatabaseTooNew(
                    f"bản sao lưu ở phiên bản {version}, mới hơn ứng dụng này (phiên bản "
                    f"{latest}); hãy cập nhật ứng dụng",
                    f"the backup is schema version {version}, newer than this application "
                    f"(version {latest}); update the application",
                    where,
                )
            differences = schema_differences(probe, version)
            if differences:
                raise foreign_schema(where, differences)
            verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(where, exc) from None
    if verdict != "ok":
        raise _damaged(where, verdict)
    return version


def _source_problem(path: Path) -> None:
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
    _inspect_existing(path, latest_version())  # not SQLite, truncated, another program's, too new


def check_backup_file(source: str | Path) -> int:
    """Check that ``source`` is a sound minutes-app database this app can open; return its version.

    The schema must be exactly what the migrations make (no extra table, view or trigger).
    A ``-wal`` beside it is read too. Raises ``NotADatabase``, ``DatabaseTooNew`` or
    ``DatabaseUnavailable``; reads only.
    """
    path = Path(source).expanduser()
    _source_problem(path)
    with _readable(path) as readable:
        return _check_readable(readable, str(path))


# -- what a restore would take back -----------------------------------------------------------


@dataclass
class _Issued:
    """What a database has issued that a restore could take back."""

    #: The approved revisions: (meeting id, revision, SHA-256).
    revisions: set[tuple[Any, ...]] = field(default_factory=set)
    #: The register numbers of the minutes, as shown to the user.
    numbers: dict[tuple[Any, ...], str] = field(default_factory=dict)
    #: The derived documents (migration 0006), numbered in their kind's register or not.
    documents: dict[tuple[Any, ...], str] = field(default_factory=dict)


def _document_label(doc_id: int, kind: str, number: int | None, issuer: str, period: str) -> str:
    try:
        name = KIND_LABELS[DerivedKind(kind)]
    except ValueError:
        name = kind
    if number is None:
        return f"{name} d{doc_id}"
    return f"{name} {int(number):02d} ({issuer or '—'}, {period_text(period)})"


def _approval_records(path: Path, *, standalone: bool) -> _Issued:
    """Return the approved revisions, the register numbers and the derived documents of a
    database (empty if unreadable).

    A ``standalone`` copy is read without locks or side files; the live database is opened
    normally (so its WAL is seen, and folded in when the connection closes).
    """
    issued = _Issued()
    try:
        if standalone:
            conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
        else:
            conn = sqlite3.connect(path)
    except sqlite3.Error:
        return issued
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "revisions" in names:
            issued.revisions = set(
                conn.execute("SELECT meeting_id, revision, sha256 FROM revisions")
            )
        if "register" in names:
            for key, period, number, issuer, abbreviation in conn.execute(
                "SELECT issuer_key, period, number, issuer, abbreviation FROM register"
            ):
                body = abbreviation or issuer
                issued.numbers[(key, period, number)] = (
                    f"{int(number):02d} ({body}, {period_text(period)})"
                )
        if "derived_documents" in names:
            for doc_id, kind, meeting_id, revision, number, issuer, key, period in conn.execute(
                "SELECT id, kind, meeting_id, revision, number, issuer, issuer_key, period "
                "FROM derived_documents ORDER BY id"
            ):
                issued.documents[(doc_id, kind, meeting_id, revision, number, key, period)] = (
                    _document_label(doc_id, kind, number, issuer, period)
                )
    except (sqlite3.Error, TypeError, ValueError):
        return _Issued()
    finally:
        conn.close()
    return issued


def _shown(labels: list[str]) -> str:
    return ", ".join(labels[:12]) + (f" (+{len(labels) - 12})" if len(labels) > 12 else "")


def _losses(current: Path, backup: Path, where: str) -> RestoreWouldLoseApprovals | None:
    if not current.exists() or current.stat().st_size == 0:
        return None
    now = _approval_records(current, standalone=False)
    then = _approval_records(backup, standalone=True)
    lost_revisions = now.revisions - then.revisions
    lost_numbers = [label for key, label in sorted(now.numbers.items()) if key not in then.numbers]
    lost_documents = [label for key, label in now.documents.items() if key not in then.documents]
    if not lost_revisions and not lost_numbers and not lost_documents:
        return None
    count = len(lost_revisions)
    lost_vi: list[str] = []
    lost_en: list[str] = []
    if lost_revisions or lost_numbers or not lost_documents:
        shown = _shown(lost_numbers)
        numbers_vi = f" và các số {shown} trong sổ biên bản" if lost_numbers else ""
        numbers_en = f" and the register numbers {shown}" if lost_numbers else ""
        lost_vi.append(f"{count} lần duyệt{numbers_vi}")
        lost_en.append(f"{count} approvals{numbers_en}")
    if lost_documents:
        shown = _shown(lost_documents)
        lost_vi.append(f"{len(lost_documents)} văn bản lập từ biên bản ({shown})")
        lost_en.append(f"{len(lost_documents)} derived documents ({shown})")
    return RestoreWouldLoseApprovals(
        f"bản sao lưu cũ hơn cơ sở dữ liệu hiện tại: khôi phục sẽ làm mất "
        f"{' và '.join(lost_vi)} đã cấp sau bản sao lưu này (các số đó sẽ bị cấp lại); nếu vẫn "
        "muốn khôi phục, hãy xác nhận (dòng lệnh: --force)",
        f"the backup is older than the current database: restoring it would lose "
        f"{' and '.join(lost_en)} issued after it (those numbers would be given again); to "
        "restore anyway, confirm it (command line: --force)",
        where,
        count,
        lost_numbers,
        lost_documents,
    )


def _keep_current(path: Path) -> Path | None:
    """Copy the current database to ``before-restore-…`` in its backup folder; return the copy.

    A damaged or foreign file is kept byte for byte (with its ``-wal``): it may still be worth
    rescuing. Any other failure (a full disk) leaves no file behind and is raised.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    clean_stale_parts(folder)
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
            current.execute("PRAGMA trusted_schema = OFF")
            current.execute("PRAGMA quick_check(1)")
            _copy_online(current, target)
            # Fold the WAL into the file so no -wal is left to replay over the restored copy.
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            current.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorname", "") or ""
        if not code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise
        wal = Path(f"{path}-wal")
        if wal.exists():
            _copy_bytes(wal, Path(f"{target}-wal"))
        _copy_bytes(path, target)
    return target


def _file_owner(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_uid, info.st_gid


def _file_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def restore(db_path: str | Path, source: str | Path, *, force: bool = False) -> Path | None:
    """Replace the database at ``db_path`` by the backup ``source``; return the kept current copy.

    ``source`` is checked first (a sound minutes-app database of a supported version, with
    exactly our schema; a ``-wal`` beside it is merged in, never dropped). When the backup lacks
    approvals or register numbers the current database has, ``RestoreWouldLoseApprovals`` says
    how many and which, and nothing happens unless ``force``. The current file is copied to
    its backup folder, then replaced atomically, keeping its permissions and (where it may)
    its owner. The application must
    not have the database open meanwhile.
    """
    path = Path(db_path).expanduser()
    src = Path(source).expanduser()
    _source_problem(src)
    if _same_file(path, src):
        raise DatabaseUnavailable(
            "bản sao lưu chính là cơ sở dữ liệu hiện tại",
            "the backup is the current database",
            str(src),
        )
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
    clean_stale_parts(folder)
    wal = Path(f"{path}-wal")
    shm = Path(f"{path}-shm")
    with _readable(src, folder) as readable:
        _check_readable(readable, str(src))
        if wal.exists():
            _refuse_open(path)
        loss = _losses(path, readable, str(src))
        if loss is not None and not force:
            raise loss
        mode, owner = _file_mode(path), _file_owner(path)
        try:
            kept = _keep_current(path)
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise DatabaseUnavailable(
                f"không giữ lại được bản hiện tại ({reason}); chưa khôi phục, không có gì thay đổi",
                f"cannot keep a copy of the current database ({reason}); nothing was restored",
                str(path),
            ) from None
        if wal.exists():
            _refuse_open(path)
        source_uri = readable.absolute().as_uri() + "?mode=ro&immutable=1"
        try:
            reader = sqlite3.connect(source_uri, uri=True)
            try:
                _copy_online(reader, path, mode, owner)
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


def _refuse_open(path: Path) -> None:
    # Another program still has the database open (the last close removes the -wal).
    raise DatabaseUnavailable(
        "cơ sở dữ liệu đang được mở ở chương trình khác; hãy đóng ứng dụng rồi khôi phục "
        "(không có gì thay đổi)",
        "the database is open in another program; close the application and restore again "
        "(nothing was changed)",
        str(path),
    )
