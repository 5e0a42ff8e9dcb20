"""The office commands: ``office init``, ``office add-user``, ``office users`` and ``migrate-to``.

Registered by ``minutes_app.cli.build_parser``. They work on an office database (``--db
postgresql://…``); ``migrate-to`` copies a local file into one. This module does not import
``minutes_app.cli`` (no import circle): it reports errors by raising the store's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from minutes_app.store import StoreError, default_db_path, is_office


def _err(*lines: str) -> None:
    for line in lines:
        print(line, file=sys.stderr, flush=True)


def ask_password(target: Any) -> str | None:
    """Ask for an office login's password on the terminal (never from the command line)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    user = target.user or "?"
    try:
        return getpass.getpass(f"Mật khẩu của {user} ({target.location}) / password for {user}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _office_uri(args: argparse.Namespace, what: str) -> str:
    if not is_office(args.db):
        raise StoreError(
            f"{what}: cần --db postgresql://TÊN@MÁY-CHỦ:CỔNG/TÊN-CSDL (cơ sở dữ liệu văn phòng)",
            f"{what}: give --db postgresql://USER@HOST:PORT/DBNAME (the office database)",
        )
    return str(args.db)


def cmd_office_init(args: argparse.Namespace) -> int:
    """Create or upgrade the office schema and the four group roles."""
    from minutes_app.store.postgres.repository import PgDatabase

    db, steps = PgDatabase.initialise(
        _office_uri(args, "office init"), password_prompt=ask_password
    )
    with db:
        version = db.schema_version
    if steps:
        print(
            f"Đã thiết lập cơ sở dữ liệu văn phòng (phiên bản {version}; các bước "
            f"{', '.join(map(str, steps))}) / the office database is set up (schema version "
            f"{version})"
        )
    else:
        print(
            f"Cơ sở dữ liệu văn phòng đã ở phiên bản {version} / already at schema version {version}"
        )
    print(
        "Nhóm quyền / group roles: minutes_secretary, minutes_chair, minutes_clerk, minutes_admin; "
        'thêm người dùng / add people: office add-user LOGIN --role … --full-name "…"'
    )
    return 0


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise StoreError("mật khẩu trống (--password-stdin)", "the password is empty")
        return password
    if not sys.stdin.isatty():
        raise StoreError(
            "không có thiết bị đầu cuối để hỏi mật khẩu; dùng --password-stdin",
            "no terminal to ask for the password; use --password-stdin",
        )
    import getpass

    first = getpass.getpass(f"Mật khẩu mới cho {args.login} / new password for {args.login}: ")
    second = getpass.getpass("Nhập lại / again: ")
    if first != second:
        raise StoreError("hai lần nhập mật khẩu không khớp", "the two passwords differ")
    if not first:
        raise StoreError("mật khẩu trống", "the password is empty")
    return first


def cmd_office_add_user(args: argparse.Namespace) -> int:
    """Create a login in one or more office roles (an admin's step)."""
    from minutes_app.store.postgres.office import add_user, check_login
    from minutes_app.store.postgres.repository import PgDatabase

    uri = _office_uri(args, "office add-user")
    check_login(args.login, uri)
    password = _read_password(args)
    with PgDatabase.open(uri, password_prompt=ask_password) as db:
        user = add_user(db, args.login, args.role, args.full_name, password)
    print(
        f"{user.login}: {user.full_name} — {', '.join(user.roles)} (đã tạo / created)", flush=True
    )
    return 0


def cmd_office_users(args: argparse.Namespace) -> int:
    """List the office's logins with their full names and roles."""
    from minutes_app.store.postgres.office import users
    from minutes_app.store.postgres.repository import PgDatabase

    with PgDatabase.open(_office_uri(args, "office users"), password_prompt=ask_password) as db:
        found = users(db)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "login": u.login,
                        "full_name": u.full_name,
                        "roles": list(u.roles),
                        "can_login": u.can_login,
                    }
                    for u in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not found:
        _err("(chưa có người dùng / no users yet)")
    for u in found:
        lock = "" if u.can_login else "  [không đăng nhập được / cannot log in]"
        print(f"{u.login}\t{u.full_name}\t{','.join(u.roles)}{lock}")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    """Copy a local database file into the office database, then verify every hash."""
    from minutes_app.store.repository import Database
    from minutes_app.store.transfer import migrate_to

    if is_office(args.db):
        raise StoreError(
            "migrate-to: --db phải là tệp trên máy này (nguồn), URI là đích",
            "migrate-to: --db is the local file (the source), the URI is the target",
        )
    if not is_office(args.uri):
        raise StoreError(
            "migrate-to: đích phải là postgresql://TÊN@MÁY-CHỦ:CỔNG/TÊN-CSDL",
            "migrate-to: the target must be postgresql://USER@HOST:PORT/DBNAME",
        )
    from minutes_app.store.postgres.repository import PgDatabase

    source_path = Path(args.db).expanduser() if args.db else default_db_path()
    with (
        Database.open(source_path, create=False) as source,
        PgDatabase.open(args.uri, password_prompt=ask_password) as target,
    ):
        report = migrate_to(source, target)
    for line in report.lines():
        print(line, flush=True)
    return 0 if report.ok else 1


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the minutes-app parser."""
    p = sub.add_parser(
        "office", parents=[common], help="văn phòng (PostgreSQL) / the office database"
    )
    office = p.add_subparsers(
        dest="office_command", metavar="init|add-user|users", required=True, parser_class=type(p)
    )
    o = office.add_parser(
        "init",
        parents=[common],
        help="tạo lược đồ và nhóm quyền (chủ sở hữu CSDL hoặc superuser) / create the schema and "
        "the group roles (database owner or superuser)",
    )
    o.set_defaults(func=cmd_office_init)
    o = office.add_parser("add-user", parents=[common], help="thêm người dùng / add a login")
    o.add_argument("login", metavar="LOGIN")
    o.add_argument(
        "--role",
        action="append",
        required=True,
        choices=["secretary", "chair", "clerk", "admin"],
        help="vai trò (lặp lại được) / role (may be repeated)",
    )
    o.add_argument("--full-name", required=True, metavar="NAME", help="họ và tên / full name")
    o.add_argument(
        "--password-stdin",
        action="store_true",
        help="đọc mật khẩu từ dòng đầu của stdin (không bao giờ từ dòng lệnh) / read the password "
        "from the first line of stdin (never from the command line)",
    )
    o.set_defaults(func=cmd_office_add_user)
    o = office.add_parser("users", parents=[common], help="liệt kê người dùng / list the logins")
    o.add_argument("--json", action="store_true", help="in JSON / print JSON")
    o.set_defaults(func=cmd_office_users)

    p = sub.add_parser(
        "migrate-to",
        parents=[common],
        help="chép cơ sở dữ liệu trên máy này vào cơ sở dữ liệu văn phòng / copy this PC's "
        "database into the office database",
    )
    p.add_argument("uri", metavar="URI", help="postgresql://USER@HOST:PORT/DBNAME")
    p.set_defaults(func=cmd_migrate_to)
