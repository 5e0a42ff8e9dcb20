"""The office from the command line: init, users, every command on a URI, passwords, migrate-to.

Each command runs as a real process against the test cluster, as the logins an office has.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import psycopg
import pytest

from minutes_app.store import Database
from minutes_app.store.postgres import schema as pg_schema
from tests.cli.test_cli_import_export import run
from tests.store.conftest import make_meeting

PEOPLE = [
    ("hoa", "secretary", "Lê Thị Hoa"),
    ("hung", "chair", "Phạm Văn Hùng"),
    ("lan", "clerk", "Nguyễn Thị Lan"),
]


def pw(login: str) -> str:
    return f"pw-{login}-2026"


@pytest.fixture
def fresh_office(pg_cluster: Any) -> Any:
    """Return (superuser URI, dbname) of an empty database nobody has set up yet."""
    name = f"cli_office_{os.getpid()}_{id(object())}"
    with psycopg.connect(pg_cluster.superuser_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_cluster.superuser_uri(name), name
    with psycopg.connect(pg_cluster.superuser_uri(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def office(pg_cluster: Any, fresh_office: Any) -> Any:
    """Set the office up through the commands themselves and return a function giving URIs."""
    root, name = fresh_office
    done = run("office", "init", db=root)
    assert done.returncode == 0, done.stderr
    assert "minutes_secretary" in done.stdout
    for login, role, full_name in PEOPLE:
        added = run(
            "office",
            "add-user",
            login,
            "--role",
            role,
            "--full-name",
            full_name,
            "--password-stdin",
            db=root,
            stdin=f"{pw(login)}\n".encode(),
        )
        assert added.returncode == 0, added.stderr
        assert pw(login) not in added.stdout + added.stderr

    def uri(login: str) -> str:
        return pg_cluster.login_uri(login, name)

    uri.root = root  # type: ignore[attr-defined]
    return uri


def as_login(office: Any, login: str, *args: str | Path, **kw: Any) -> Any:
    env = {"PGPASSWORD": pw(login), "PGPASSFILE": "/nonexistent"}
    return run(*args, db=office(login), env=env, **kw)


def test_init_on_an_empty_database_then_again_changes_nothing(fresh_office: Any) -> None:
    root, _name = fresh_office
    unset = run("list", db=root)
    assert unset.returncode == 1 and "office init" in unset.stderr
    first = run("office", "init", db=root)
    latest = pg_schema.bundled_migrations()[-1].version
    assert first.returncode == 0 and f"phiên bản {latest};" in first.stdout
    again = run("office", "init", db=root)
    assert again.returncode == 0 and f"already at schema version {latest}" in again.stdout


def test_users_are_listed(office: Any) -> None:
    listed = as_login(office, "hoa", "office", "users", "--json")
    assert listed.returncode == 0, listed.stderr
    found = {u["login"]: (u["full_name"], u["roles"]) for u in json.loads(listed.stdout)}
    assert found["hung"] == ("Phạm Văn Hùng", ["secretary", "chair"])
    assert found["lan"] == ("Nguyễn Thị Lan", ["clerk"])
    refused = as_login(
        office,
        "hoa",
        "office",
        "add-user",
        "x1",
        "--role",
        "chair",
        "--full-name",
        "X",
        "--password-stdin",
        stdin=b"abc\n",
    )
    assert refused.returncode == 1 and "quản trị" in refused.stderr


def test_the_review_through_the_office_with_full_names_in_history(
    office: Any, seed_path: Path, tmp_path: Path
) -> None:
    imported = as_login(office, "hoa", "import", seed_path)
    assert imported.returncode == 0, imported.stderr
    meeting_id = imported.stdout.strip()
    assert as_login(office, "hoa", "submit", meeting_id).returncode == 0
    by = as_login(office, "hung", "approve", meeting_id, "--by", "Phạm Văn Hùng")
    assert by.returncode == 2 and "--by" in by.stderr and "login" in by.stderr
    denied = as_login(office, "hoa", "approve", meeting_id)
    assert denied.returncode == 1 and "chủ trì" in denied.stderr and "chair" in denied.stderr
    approved = as_login(office, "hung", "approve", meeting_id)
    assert approved.returncode == 0, approved.stderr
    assert "đã cấp số 01" in approved.stdout
    history = as_login(office, "lan", "history", meeting_id)
    assert "Lê Thị Hoa (hoa)" in history.stdout and "Phạm Văn Hùng (hung)" in history.stdout
    as_json = json.loads(as_login(office, "lan", "history", meeting_id, "--json").stdout)
    assert [(s["by"], s.get("name")) for s in as_json] == [
        ("hoa", "Lê Thị Hoa"),
        ("hung", "Phạm Văn Hùng"),
    ]
    # Every other command works on the office database as well.
    for args in [
        ("list",),
        ("list", "--json"),
        ("search", "kim", "son"),
        ("check", meeting_id),
        ("verify", meeting_id),
        ("audit", meeting_id),
        ("register",),
        ("term", "list"),
        ("comments", meeting_id),
        ("settings",),
        ("diff", meeting_id, "--from", "1"),
        ("export", meeting_id, "--format", "json", "--out", str(tmp_path / "m.json")),
        ("export", meeting_id, "--format", "pdf", "--out", str(tmp_path / "m.pdf")),
    ]:
        done = as_login(office, "lan", *args)
        assert done.returncode == 0, (args, done.stderr)
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    listed = json.loads(as_login(office, "lan", "list", "--json").stdout)
    assert [(m["status"], m["number"]) for m in listed] == [("approved", "01")]


def test_a_password_in_the_uri_is_refused_and_never_echoed(office: Any) -> None:
    uri = office("hoa").replace("hoa@", "hoa:Bi-Mat-123@")
    done = run("list", db=uri)
    assert done.returncode == 1
    assert "PGPASSWORD" in done.stderr and "pgpass" in done.stderr
    assert "Bi-Mat-123" not in done.stderr + done.stdout


def test_passwords_from_pgpass_and_a_wrong_one(office: Any, tmp_path: Path) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:*:*:hoa:{pw('hoa')}\n")
    passfile.chmod(0o600)
    ok = run("list", db=office("hoa"), env={"PGPASSFILE": str(passfile), "PGPASSWORD": ""})
    assert ok.returncode == 0, ok.stderr
    wrong = run("list", db=office("hoa"), env={"PGPASSWORD": "sai", "PGPASSFILE": "/nonexistent"})
    assert wrong.returncode == 1 and "refused the login" in wrong.stderr


def test_an_unreachable_server_is_named_clearly(tmp_path: Path) -> None:
    done = run("list", db="postgresql://hoa@127.0.0.1:9/minutes", env={"PGPASSWORD": "x"})
    assert done.returncode == 1
    assert "cannot reach the database server 127.0.0.1:9" in done.stderr
    assert "không kết nối được máy chủ" in done.stderr


def test_migrate_to_copies_everything_and_refuses_a_second_copy(
    office: Any, tmp_path: Path
) -> None:
    path = tmp_path / "local.sqlite"
    with Database.open(path) as local:
        first = local.create(make_meeting("Họp tháng 1", number=""), by="Lê Thị Hoa").id
        local.review.submit(first, "Lê Thị Hoa")
        local.review.approve(first, "Phạm Văn Hùng")
        local.review.add_comment(first, "Ghi chú", "Phạm Văn Hùng")
        second = local.create(make_meeting("Họp tháng 2"), by="Lê Thị Hoa").id
        local.review.submit(second, "Lê Thị Hoa")
        chain = local.review.verify(first).chain
    moved = run("migrate-to", office.root, db=path)  # the owner (office init) copies
    assert moved.returncode == 0, moved.stderr
    assert "Đã chép 2 biên bản" in moved.stdout and "chain hashes kept" in moved.stdout
    verified = as_login(office, "lan", "verify", str(first))
    assert verified.returncode == 0 and chain in verified.stdout
    listed = json.loads(as_login(office, "lan", "list", "--json").stdout)
    assert sorted((m["title"], m["status"]) for m in listed) == [
        ("Họp tháng 1", "approved"),
        ("Họp tháng 2", "in_review"),
    ]
    history = as_login(office, "lan", "history", str(first))
    assert "Phạm Văn Hùng" in history.stdout  # names typed in the file stay as they were
    again = run("migrate-to", office.root, db=path)
    assert again.returncode == 1 and "đã có các số 01" in again.stderr
    assert len(json.loads(as_login(office, "lan", "list", "--json").stdout)) == 2


def test_migrate_to_a_busy_office_renumbers_and_recomputes_the_chains(
    office: Any, tmp_path: Path
) -> None:
    busy = as_login(office, "hoa", "import", "-", stdin=b"")
    assert busy.returncode == 1  # (empty input: refused, nothing written)
    path = tmp_path / "other.sqlite"
    with Database.open(path) as local:
        meeting_id = local.create(make_meeting("Họp khác", number="")).id
        local.review.submit(meeting_id, "A")
        local.review.approve(meeting_id, "B")
    with Database.open(tmp_path / "first.sqlite") as first:
        first.create(make_meeting("Đã có ở văn phòng", issuer="UBND XÃ KHÁC"))
    assert run("migrate-to", office.root, db=tmp_path / "first.sqlite").returncode == 0
    moved = run("migrate-to", office.root, db=path)
    assert moved.returncode == 0, moved.stderr
    assert "1 → 2" in moved.stdout and "recomputed" in moved.stdout
    verified = as_login(office, "lan", "verify", "2")
    assert verified.returncode == 0, verified.stderr


def test_without_a_password_the_terminal_asks_and_never_echoes_it(office: Any) -> None:
    import pty
    import select
    import sys

    from tests.cli.test_cli_import_export import REPO

    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(PGPASSFILE="/nonexistent", PYTHONPATH=str(REPO))
    pid, fd = pty.fork()  # the child gets a terminal of its own, as a person at a PC has
    if pid == 0:  # pragma: no cover - the child process
        os.chdir(REPO)
        os.execve(
            sys.executable,
            [sys.executable, "-m", "minutes_app", "--db", office("hoa"), "office", "users"],
            env,
        )
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        while marker not in seen:
            ready, _, _ = select.select([fd], [], [], 60)
            assert ready, seen
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                chunk = b""
            assert chunk, seen
            seen += chunk

    read_until(b"password for hoa")
    os.write(fd, f"{pw('hoa')}\n".encode())
    read_until("Nguyễn Thị Lan".encode())
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert pw("hoa").encode() not in seen
