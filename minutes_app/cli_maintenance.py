"""Maintenance subcommands (backup, restore), registered by minutes_app.cli.build_parser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.cli_base import EXIT_OK, UsageError, db_path, err, open_db
from minutes_app.store import Database


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a consistent copy of the database to ``--out`` (SQLite's online backup, atomic)."""
    from minutes_app.services import backup

    if args.out is None and args.keep is None:
        raise UsageError("backup: cần --out FILE hoặc --keep N / give --out FILE or --keep N")
    with Database.open(db_path(args), create=False) as db:
        if args.keep is not None:
            kept = backup.keep_daily_backups(db, args.keep)
            err(f"Giữ {kept} bản sao lưu hằng ngày / keeping {kept} daily backups")
        if args.out is None:
            return EXIT_OK
        out = backup.backup(db, Path(args.out)).file.path
        count = db.count()
    print(out, flush=True)
    err(f"Đã sao lưu {count} biên bản vào {out} / backed up {count} meetings to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database by a checked backup, keeping the current file as a backup first."""
    from minutes_app.services.backup import restore

    path = db_path(args)
    changes = restore(path, Path(args.file), force=args.force)
    for kept in (f.path for f in changes.files):
        err(f"Đã giữ lại cơ sở dữ liệu cũ tại {kept} / the previous database was kept at {kept}")
    err(f"Đã khôi phục {path} từ {args.file} / restored {path} from {args.file}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """Show or change the settings stored in the database (they belong to the file)."""
    from minutes_app.store.backup import DEFAULT_KEEP, KEEP_SETTING
    from minutes_app.store.workflow import SELF_APPROVAL_SETTING

    with open_db(args, create=False) as db:
        if args.allow_self_approval is not None:
            db.set_setting(SELF_APPROVAL_SETTING, "1" if args.allow_self_approval == "yes" else "0")
        allowed = db.setting(SELF_APPROVAL_SETTING) == "1"
        keep = db.setting(KEEP_SETTING) or str(DEFAULT_KEEP)
    print(
        f"review.allow_self_approval = {'yes' if allowed else 'no'}  (người trình duyệt "
        f"{'được' if allowed else 'không được'} tự duyệt / the one who submits "
        f"{'may' if allowed else 'may not'} approve)"
    )
    print(f"backup.keep = {keep}  (số bản sao lưu hằng ngày / daily backups kept)")
    return EXIT_OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the minutes-app parser."""
    p = sub.add_parser(
        "backup", parents=[common], help="sao lưu cơ sở dữ liệu / back up the database"
    )
    p.add_argument("--out", metavar="FILE", help="tệp sao lưu cần ghi / the backup file to write")
    p.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="số bản sao lưu hằng ngày cần giữ / daily backups to keep",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="khôi phục từ bản sao lưu (giữ lại bản hiện tại) / restore a backup (keeps the "
        "current database as a backup)",
    )
    p.add_argument("file", metavar="FILE", help="bản sao lưu / the backup file")
    p.add_argument(
        "--force",
        action="store_true",
        help="khôi phục cả khi bản sao lưu thiếu những lần duyệt đã có / restore even when the "
        "backup lacks approvals made since",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "settings",
        parents=[common],
        help="cài đặt lưu trong cơ sở dữ liệu / settings stored in the database",
    )
    p.add_argument(
        "--allow-self-approval",
        choices=["yes", "no"],
        help="người trình duyệt có được tự duyệt không (mặc định: no) / may the one who "
        "submits approve too (default: no)",
    )
    p.set_defaults(func=cmd_settings)
