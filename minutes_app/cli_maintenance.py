"""Maintenance subcommands (backup, restore), registered by minutes_app.cli.build_parser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minutes_app.store import Database


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a consistent copy of the database to ``--out`` (SQLite's online backup, atomic)."""
    from minutes_app.cli import EXIT_OK, UsageError, _db_path, _err
    from minutes_app.store.backup import backup_to, keep_setting, set_keep_setting

    if args.out is None and args.keep is None:
        raise UsageError("backup: cần --out FILE hoặc --keep N / give --out FILE or --keep N")
    with Database.open(_db_path(args), create=False) as db:
        if args.keep is not None:
            set_keep_setting(db, args.keep)
            _err(f"Giữ {keep_setting(db)} bản sao lưu hằng ngày / keeping "
                 f"{keep_setting(db)} daily backups")  # fmt: skip
        if args.out is None:
            return EXIT_OK
        out = backup_to(db, Path(args.out))
        count = db.count()
    print(out, flush=True)
    _err(f"Đã sao lưu {count} biên bản vào {out} / backed up {count} meetings to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database by a checked backup, keeping the current file as a backup first."""
    from minutes_app.cli import EXIT_OK, _db_path, _err
    from minutes_app.store.backup import restore

    path = _db_path(args)
    kept = restore(path, Path(args.file), force=args.force)
    if kept is not None:
        _err(f"Đã giữ lại cơ sở dữ liệu cũ tại {kept} / the previous database was kept at {kept}")
    _err(f"Đã khôi phục {path} từ {args.file} / restored {path} from {args.file}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """Show or change the settings stored in the database (they belong to the file)."""
    from minutes_app.cli import EXIT_OK, _open_db
    from minutes_app.store.backup import DEFAULT_KEEP, KEEP_SETTING
    from minutes_app.store.workflow import SELF_APPROVAL_SETTING

    with _open_db(args, create=False) as db:
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
    p.add_argument("--out", metavar="FILE",
                   help="tệp sao lưu cần ghi / the backup file to write")  # fmt: skip
    p.add_argument("--keep", type=int, metavar="N",
                   help="số bản sao lưu hằng ngày cần giữ / daily backups to keep")  # fmt: skip
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common],
        help="khôi phục từ bản sao lưu (giữ lại bản hiện tại) / restore a backup (keeps the "
        "current database as a backup)",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE", help="bản sao lưu / the backup file")
    p.add_argument(
        "--force",
        action="store_true",
        help="khôi phục cả khi bản sao lưu thiếu những lần duyệt đã có / restore even when the "
        "backup lacks approvals made since",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "settings", parents=[common],
        help="cài đặt lưu trong cơ sở dữ liệu / settings stored in the database",
    )  # fmt: skip
    p.add_argument(
        "--allow-self-approval",
        choices=["yes", "no"],
        help="người trình duyệt có được tự duyệt không (mặc định: no) / may the one who "
        "submits approve too (default: no)",
    )
    p.set_defaults(func=cmd_settings)
