"""A throwaway PostgreSQL cluster for the tests and the load test: initdb, start on a free port, stop by pid.

initdb and pg_ctl refuse to run as root, so as root they run as the ``postgres`` user
(``runuser``); the data and socket folders live in a temporary folder of their own. Logins
connect over TCP on 127.0.0.1 with passwords (SCRAM); the superuser also connects through
the socket without one.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "postgres-test-password"


def find_bin() -> Path | None:
    """Return the folder of initdb/pg_ctl/psql (PostgreSQL 15 or newer), or None.

    ``MINUTES_PG_BIN`` names the folder; set to a folder without them (``MINUTES_PG_BIN=none``)
    it runs the suite as on a machine without PostgreSQL.
    """
    explicit = os.environ.get("MINUTES_PG_BIN")
    if explicit:
        return Path(explicit) if (Path(explicit) / "pg_ctl").exists() else None
    found = shutil.which("pg_ctl")
    if found:
        folder = Path(found).resolve().parent  # Debian links pg_ctl into /usr/local/bin at most
        if (folder / "initdb").exists() and (folder / "psql").exists():
            return folder
    versions = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return versions[-1] if versions else None


def why_not() -> str | None:
    """Return why no cluster can start here (None when one can)."""
    if find_bin() is None:
        return "PostgreSQL (initdb, pg_ctl) is not installed: apt-get install postgresql"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root without runuser"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running throwaway cluster."""

    bin: Path
    base: Path
    port: int
    pid: int
    options: str = ""

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    def superuser_uri(self, dbname: str = "postgres") -> str:
        """Return the superuser's URI through the socket (no password)."""
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def login_uri(self, login: str, dbname: str) -> str:
        """Return a login's URI over TCP (the password comes from PGPASSWORD or a prompt)."""
        return f"postgresql://{login}@127.0.0.1:{self.port}/{dbname}"

    def psql(
        self, uri: str, sql: str, *, password: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run ``sql`` with psql as the URI's login; return the finished process."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        if password is not None:
            env["PGPASSWORD"] = password
        return subprocess.run(
            [str(self.bin / "psql"), "-X", "-v", "ON_ERROR_STOP=1", "-At", "-d", uri, "-c", sql],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    def pause(self) -> None:
        """Stop the server and keep its data, as a server that went down (``resume`` after)."""
        subprocess.run(
            _as_server_user(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.base / "data"),
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    "120",
                    "stop",
                ]
            ),
            check=True,
            capture_output=True,
            timeout=180,
        )

    def resume(self) -> None:
        """Start the paused server again on the same port."""
        data = self.base / "data"
        subprocess.run(
            _as_server_user(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(self.base / "server.log"),
                    "-o",
                    self.options,
                    "-w",
                    "-t",
                    "120",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
            timeout=180,
        )
        self.pid = int((data / "postmaster.pid").read_text().splitlines()[0])

    def stop(self) -> None:
        """Stop the server (fast shutdown, by its pid) and remove its folder."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGINT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        shutil.rmtree(self.base, ignore_errors=True)


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


def start() -> Cluster:
    """Create and start a cluster in a new temporary folder; return it (call ``stop`` after)."""
    binary = find_bin()
    assert binary is not None, why_not()
    base = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
    base.chmod(0o755)
    (base / "sock").mkdir()
    pwfile = base / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        for path in (base, base / "sock", pwfile):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    data = base / "data"
    subprocess.run(
        _as_server_user(
            [
                str(binary / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                f"--pwfile={pwfile}",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=300,
    )
    port = _free_port()
    options = (
        f"-p {port} -k {base / 'sock'} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=150 "
        "-c shared_buffers=64MB"
    )
    subprocess.run(
        _as_server_user(
            [
                str(binary / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(base / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "120",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=180,
    )
    pid = int((data / "postmaster.pid").read_text().splitlines()[0])
    return Cluster(binary, base, port, pid, options)
