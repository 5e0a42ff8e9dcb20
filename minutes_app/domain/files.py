"""Writing and reading the user's files safely: one atomic write, in-place streams, input caps.

A regular file is replaced atomically (a temporary file in the same folder, fsync, rename), so a
crash or a full disk leaves either the old file or the new one. A pipe, a device, a socket or a
descriptor link such as ``/dev/stdout`` is written in place and never unlinked or replaced.
Standard library only: the store, the renderer and the services all write through here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError

#: Mode of a newly written file before the umask: what editors and office programs create.
FILE_MODE = 0o644
#: ``/proc/self/fd/1``, ``/dev/fd/1``, ``/proc/<our pid>/fd/1``: a link to one of our descriptors.
_DESCRIPTOR_LINK = re.compile(r"^/(?:proc/(self|thread-self|\d+)|dev)/fd/(\d+)$")
_MAX_LINKS = 40
_READ_CHUNK = 1 << 20


class FileWriteError(BilingualError):
    """A file that could not be written; the old file, if any, is unchanged and no temp is left."""

    def __init__(self, message_vi: str, message_en: str, path: str | Path | None = None) -> None:
        super().__init__(message_vi, message_en)
        self.path = Path(path) if path is not None else None


class FileReadError(BilingualError):
    """A file that could not be read (missing, unreadable, too large); the message names it."""

    def __init__(self, message_vi: str, message_en: str, path: str | Path | None = None) -> None:
        super().__init__(message_vi, message_en)
        self.path = Path(path) if path is not None else None


def os_error_reason(exc: OSError) -> tuple[str, str]:
    """Return why an OS call failed, in Vietnamese and English, in the user's words."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "ổ đĩa đã đầy", "the disk is full"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "không có quyền ghi vào thư mục này", "no permission to write there"
    if code == errno.ENOENT:
        return "thư mục chứa tệp không tồn tại", "the folder does not exist"
    if code == errno.EISDIR:
        return "đường dẫn là một thư mục", "the path is a folder"
    if code == errno.ENAMETOOLONG:
        return "tên tệp quá dài", "the file name is too long"
    reason = exc.strerror or str(exc)
    return reason, reason


def write_error(path: Path, exc: OSError) -> FileWriteError:
    """Return the error for a failed write of ``path``, naming the target (never the temp file)."""
    vi, en = os_error_reason(exc)
    return FileWriteError(f"Không ghi được tệp {path}: {vi}", f"cannot write {path}: {en}", path)


# -- what kind of target ------------------------------------------------------------------


def own_descriptor(path: str | Path) -> int | None:
    """Return N when ``path`` is (a link to) ``/proc/self/fd/N`` or ``/dev/fd/N``, else None.

    ``/dev/stdout`` is such a link on Linux: writing to it means writing to descriptor 1,
    whatever that is (a terminal, a pipe, a file opened for appending by the shell).
    """
    current = os.path.abspath(os.fspath(path))
    for _ in range(_MAX_LINKS):
        match = _DESCRIPTOR_LINK.match(current)
        if match is not None:
            owner = match.group(1)
            if owner in (None, "self", "thread-self") or owner == str(os.getpid()):
                return int(match.group(2))
            return None
        try:
            target = os.readlink(current)
        except OSError:
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return None


def is_stream(path: str | Path) -> bool:
    """Return True when ``path`` is (a link to) a pipe or a character device: written in place."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _unwritable_kind(path: Path) -> tuple[str, str] | None:
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISBLK(mode):
        return "một thiết bị lưu trữ (block device)", "a block device"
    if stat.S_ISSOCK(mode):
        return "một socket", "a socket"
    return None


# -- protected files ----------------------------------------------------------------------


@dataclass(frozen=True)
class Protected:
    """Files an output must never replace: a database, its -wal/-shm, its backups folder."""

    files: tuple[tuple[Path, str, str], ...] = ()  # path, what it is (vi, en)
    folders: tuple[tuple[Path, str, str], ...] = ()  # every file inside is protected

    def refusal(self, target: str | Path) -> tuple[str, str] | None:
        """Return what ``target`` is (vi, en) when it must not be written, else None.

        Catches the same file under another name: a symbolic link (by resolving it) and a hard
        link (by device and inode), and names that do not exist yet (a -wal made later).
        """
        path = Path(target)
        resolved = _resolved(path)
        for file, vi, en in self.files:
            if resolved == _resolved(file):
                return vi, en
        for folder, vi, en in self.folders:
            if resolved.parent == _resolved(folder):
                return vi, en
        identity = _identity(path)
        if identity is None:
            return None
        for file, vi, en in self.files:
            if _identity(file) == identity:
                return vi, en
        for folder, vi, en in self.folders:
            for entry in _entries(folder):
                if _identity(entry) == identity:
                    return vi, en
        return None

    def guards_folder(self, folder: str | Path) -> bool:
        """Return True when every file in ``folder`` is protected (a backups folder)."""
        resolved = _resolved(Path(folder))
        return any(resolved == _resolved(guarded) for guarded, _, _ in self.folders)

    def check(self, target: str | Path) -> None:
        """Raise ``FileWriteError`` when ``target`` is one of the protected files."""
        refused = self.refusal(target)
        if refused is not None:
            raise FileWriteError(
                f"Không ghi vào {target}: đó là {refused[0]}; không có gì thay đổi",
                f"refusing to write {target}: it is {refused[1]}; nothing was changed",
                target,
            )


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _entries(folder: Path) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        yield from folder.iterdir()


# -- writing ------------------------------------------------------------------------------


def write_file(target: str | Path, data: bytes, *, protected: Protected | None = None) -> Path:
    """Write ``data`` to ``target``: atomically for a regular file, in place for a stream.

    A new or replaced regular file gets mode 0644 less the umask, like the files office
    programs write. ``protected`` lists files that must never be replaced (``FileWriteError``).
    """
    path = Path(target)
    if protected is not None:
        protected.check(path)
    descriptor = own_descriptor(path)
    if descriptor is not None:
        write_descriptor(descriptor, data, path)
        return path
    if is_stream(path):
        _write_in_place(path, data)
        return path
    kind = _unwritable_kind(path)
    if kind is not None:
        raise FileWriteError(
            f"Không ghi vào {path}: đó là {kind[0]}; không có gì thay đổi",
            f"refusing to write {path}: it is {kind[1]}; nothing was changed",
            path,
        )
    _replace_atomically(path, data)
    return path


def write_descriptor(descriptor: int, data: bytes, name: str | Path = "-") -> None:
    """Write ``data`` to an open descriptor (standard output: 1), keeping its mode and offset."""
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
    except BrokenPipeError:
        raise  # the reader went away (``| head``): the caller ends quietly
    except OSError as exc:
        raise write_error(Path(name), exc) from None


def write_stream(stream: BinaryIO, data: bytes, name: str | Path = "-") -> None:
    """Write ``data`` to an open binary stream (``sys.stdout.buffer``) and flush it."""
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise write_error(Path(name), exc) from None


def _write_in_place(path: Path, data: bytes) -> None:
    # No O_CREAT: if the node vanished since it was looked at, fail rather than make a file.
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        write_descriptor(fd, data, path)
    finally:
        os.close(fd)


def _check_folder(path: Path) -> Path:
    if path.is_dir():
        raise FileWriteError(
            f"Không ghi được tệp {path}: đường dẫn là một thư mục",
            f"cannot write {path}: the path is a folder",
            path,
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(
            f"Không ghi được tệp {path}: thư mục {folder} không tồn tại",
            f"cannot write {path}: the folder {folder} does not exist",
            path,
        )
    return folder


def _temp_name(folder: Path, name: str) -> Path:
    # Keep the temporary name within NAME_MAX even when the target's own name is long.
    stem = name.encode("utf-8")[:80].decode("utf-8", "ignore")
    # ``.NAME.PID-RANDOM.part``: the store's clean-up of killed copies knows whose it is.
    return folder / f".{stem}.{os.getpid()}-{os.urandom(4).hex()}.part"


def _replace_atomically(path: Path, data: bytes) -> None:
    folder = _check_folder(path)
    temp: Path | None = None
    try:
        for _ in range(100):
            candidate = _temp_name(folder, path.name)
            try:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                fd = os.open(candidate, flags, FILE_MODE)  # the umask applies
            except FileExistsError:
                continue
            temp = candidate
            break
        else:
            raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
        fsync_folder(folder)
    except OSError as exc:
        raise write_error(path, exc) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not every platform lets a folder be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def replacing(target: str | Path, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is fsynced and renamed onto it.

    For writers that need a path rather than bytes (an SQLite copy): whatever the block
    writes to the yielded path replaces ``target`` atomically, and a failure removes it
    (with its ``-journal``), leaving ``target`` as it was. ``private`` creates the file
    first, empty and readable by its owner alone (a copy of a database holds every meeting).
    """
    path = Path(target)
    folder = _check_folder(path)
    temp = _temp_name(folder, path.name)
    try:
        if private:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            os.close(os.open(temp, flags, 0o600))
        yield temp
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_folder(folder)
    finally:
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


# -- reading ------------------------------------------------------------------------------


def read_limited(source: str | Path | BinaryIO, limit: int, name: str | None = None) -> bytes:
    """Return the bytes of a file or stream, refusing (``FileReadError``) more than ``limit``.

    Reads at most ``limit + 1`` bytes, so ``/dev/zero`` or an endless pipe ends at once with a
    clear message naming the file and the cap.
    """
    label = name if name is not None else str(getattr(source, "name", source))
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir():
            raise FileReadError(
                f"{label}: là một thư mục, không phải tệp",
                f"{label}: is a folder, not a file",
                path,
            )
        try:
            with open(path, "rb") as handle:
                return _read_capped(handle, limit, label)
        except FileNotFoundError:
            raise FileReadError(
                f"{label}: không tìm thấy tệp", f"{label}: file not found", path
            ) from None
        except PermissionError:
            raise FileReadError(
                f"{label}: không có quyền đọc tệp", f"{label}: no permission to read the file", path
            ) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise FileReadError(
                f"{label}: không đọc được tệp ({reason})",
                f"{label}: cannot read the file ({reason})",
                path,
            ) from None
    return _read_capped(source, limit, label)


def _read_capped(handle: BinaryIO, limit: int, label: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = handle.read(min(_READ_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise FileReadError(
        f"{label}: tệp quá lớn (tối đa {size_text(limit)})",
        f"{label}: the file is too large (at most {size_text(limit)})",
    )


def size_text(size: int) -> str:
    """Return a byte count for people: ``20 MB``, ``512 KB``, ``900 byte``."""
    for unit, factor in (("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
        if size >= 10 * factor:
            return f"{size / factor:.0f} {unit}"
    return f"{size} byte"
