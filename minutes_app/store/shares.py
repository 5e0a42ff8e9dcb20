"""Detect a database file on a network share (SMB, NFS, a mapped drive), where SQLite's locks fail.

SQLite relies on the file system's locks; SMB and NFS servers honour them badly, and several
PCs writing one file on a share is the classic way an office corrupts its data. The store
refuses such a path and points to the office mode (one PostgreSQL server, see docs/office.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from minutes_app.store.errors import DatabaseUnavailable

#: Set to 1 to open a file on a network share anyway (one PC only, at your own risk).
ALLOW_ENV = "MINUTES_APP_ALLOW_NETWORK_SHARE"

#: File systems reached over a network (Linux ``/proc/self/mountinfo`` types).
NETWORK_TYPES = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.smbnetfs",
        "fuse.glusterfs",
        "fuse.s3fs",
    }
)

_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as \\040 and so on.
    out = ""
    i = 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out += chr(int(field[i + 1 : i + 4], 8))
            i += 4
        else:
            out += field[i]
            i += 1
    return out


def mount_of(path: str, mountinfo: str) -> tuple[str, str, str] | None:
    """Return (mount point, file system type, source) of the mount holding ``path``."""
    best: tuple[str, str, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        dash = fields.index("-")
        if dash + 2 >= len(fields):
            continue
        point = _unescape(fields[4])
        fstype, source = fields[dash + 1], _unescape(fields[dash + 2])
        inside = path == point or path.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype, source)
    return best


def _existing(path: Path) -> Path:
    current = path.absolute()
    while not current.exists() and current.parent != current:
        current = current.parent
    try:
        return current.resolve()
    except OSError:
        return current


def _windows_share(path: str) -> str | None:
    text = str(PureWindowsPath(path))
    if text.startswith("\\\\"):
        return text  # a UNC path: \\server\share\... (also \\?\UNC\...)
    drive = PureWindowsPath(text).drive
    if sys.platform == "win32" and len(drive) == 2 and drive[1] == ":":
        import ctypes

        kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 (Windows only: mypy on Linux)
        if kernel32.GetDriveTypeW(f"{drive}\\") == _DRIVE_REMOTE:
            return f"{drive} (ổ mạng / mapped network drive)"
    return None


def network_share(
    path: Path, *, mountinfo: str | None = None, windows: bool | None = None
) -> str | None:
    """Return what names the network share holding ``path`` (e.g. ``nfs4 server:/srv``), or None.

    ``mountinfo`` and ``windows`` are for tests; by default the running system is asked
    (Linux: ``/proc/self/mountinfo``; Windows: UNC paths and mapped drives).
    """
    on_windows = (os.name == "nt") if windows is None else windows
    if on_windows:
        return _windows_share(str(path))
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text("utf-8", errors="replace")
        except OSError:
            return None
        where = str(_existing(path))
    else:
        where = str(path)
    found = mount_of(where, mountinfo)
    if found is None:
        return None
    point, fstype, source = found
    if fstype in NETWORK_TYPES:
        return f"{fstype} {source} ({point})"
    return None


def refuse_network_share(
    path: Path, *, mountinfo: str | None = None, windows: bool | None = None
) -> None:
    """Refuse a database path on a network share with a message that points to the office mode."""
    if os.environ.get(ALLOW_ENV, "").strip() == "1":
        return
    share = network_share(path, mountinfo=mountinfo, windows=windows)
    if share is None:
        return
    raise DatabaseUnavailable(
        f"tệp cơ sở dữ liệu nằm trên ổ mạng dùng chung ({share}); SQLite trên ổ mạng làm hỏng dữ "
        "liệu khi nhiều máy cùng ghi. Hãy chép tệp về máy này, hoặc dùng chế độ văn phòng (một máy "
        "chủ PostgreSQL: --db postgresql://TÊN@MÁY-CHỦ/minutes, xem docs/office.md)",
        f"the database file is on a network share ({share}); SQLite on a share corrupts data when "
        "several PCs write to it. Copy the file to this PC, or use the office mode (one "
        "PostgreSQL server: --db postgresql://USER@SERVER/minutes, see docs/office.md)",
        str(path),
    )
