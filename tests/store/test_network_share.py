"""A database file on a network share (SMB, NFS, a mapped drive) is refused, pointing to the office mode."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from minutes_app.store import Database, DatabaseUnavailable, shares
from minutes_app.store.shares import mount_of, network_share, refuse_network_share

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
41 22 0:36 / /mnt/office rw,relatime shared:3 - cifs //server/van\\040thu rw,vers=3.1.1
42 22 0:37 / /srv/nfs rw,relatime shared:4 - nfs4 nas:/export/minutes rw
43 22 0:38 / /mnt/c rw,noatime - 9p drvfs rw
44 40 0:39 / /home/hoa/share rw - fuse.sshfs hoa@nas:/data rw
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/office/minutes.sqlite", "cifs"),
        ("/srv/nfs/a/b/minutes.sqlite", "nfs4"),
        ("/home/hoa/share/minutes.sqlite", "fuse.sshfs"),
    ],
)
def test_network_mounts_are_recognised(path: str, expected: str) -> None:
    found = network_share(Path(path), mountinfo=MOUNTINFO, windows=False)
    assert found is not None and found.startswith(expected)


@pytest.mark.parametrize(
    "path", ["/home/hoa/minutes.sqlite", "/mnt/c/Users/hoa/m.sqlite", "/tmp/x"]
)
def test_local_disks_are_not_shares(path: str) -> None:
    assert network_share(Path(path), mountinfo=MOUNTINFO, windows=False) is None


def test_the_longest_mount_point_wins_and_escapes_are_read() -> None:
    assert mount_of("/mnt/office/x", MOUNTINFO) == ("/mnt/office", "cifs", "//server/van thu")
    assert mount_of("/home/hoa/share2/x", MOUNTINFO)[0] == "/home"  # type: ignore[index]


def test_unc_paths_are_shares_on_windows() -> None:
    assert network_share(Path(PureWindowsPath(r"\\server\van thu\minutes.sqlite")), windows=True)
    assert network_share(Path("C:/Users/hoa/minutes.sqlite"), windows=True) is None


def test_the_refusal_points_to_the_office_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(shares.ALLOW_ENV, raising=False)
    with pytest.raises(DatabaseUnavailable) as caught:
        refuse_network_share(Path("/mnt/office/minutes.sqlite"), mountinfo=MOUNTINFO, windows=False)
    text = str(caught.value)
    assert "ổ mạng" in text and "network share" in text and "postgresql://" in text
    assert "docs/office.md" in text
    monkeypatch.setenv(shares.ALLOW_ENV, "1")
    refuse_network_share(Path("/mnt/office/minutes.sqlite"), mountinfo=MOUNTINFO, windows=False)


def test_opening_a_file_on_a_share_leaves_it_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real open path asks the running system; a share seen there is refused before any write."""
    path = tmp_path / "minutes.sqlite"
    fake = f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n41 22 0:36 / {tmp_path} rw - cifs //srv/x rw\n"
    monkeypatch.delenv(shares.ALLOW_ENV, raising=False)
    real = shares.network_share
    monkeypatch.setattr(
        shares, "network_share", lambda p, **kw: real(p, mountinfo=fake, windows=False)
    )
    with pytest.raises(DatabaseUnavailable, match="network share"):
        Database.open(path)
    assert not path.exists()
