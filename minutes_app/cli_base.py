"""What every command module shares: exit statuses, the two errors, escaped output, the database.

``cli`` builds the parser and registers the command groups (``cli_review``, ``cli_maintenance``,
``cli_signing``, ``cli_batch``); they all import their common pieces from here, never from
``cli``, so no command module imports the module that imports it (no import circle).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.text import printable

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem
    from minutes_app.store import Store

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class CliError(MinutesError):
    """A bad input the command line reports as one message (exit status 1)."""


class UsageError(MinutesError):
    """A command line that does not make sense (exit status 2)."""


def out(*lines: str) -> None:
    """Print human-readable lines to stdout, control and bidi characters escaped (never JSON)."""
    for line in lines:
        print(printable(line), flush=True)


def err(*lines: str) -> None:
    """Print human-readable lines to stderr, control and bidi characters escaped."""
    for line in lines:
        print(printable(line), file=sys.stderr, flush=True)


def problem_line(problem: Problem, source: str = "") -> str:
    """Return one problem as the command line prints it: ``source: cảnh báo: Số: vi / Number: en``.

    The field is named by its label, in the window's words (``domain.fields.editor_label``:
    ``Thành phần, dòng 2: Họ tên``), not by its path; a key the field table does not know is
    named as written. (The path stays in ``Problem.path`` for any JSON output.)
    """
    from minutes_app.domain.fields import editor_label

    where = f"{source}: " if source else ""
    kind = "lỗi" if problem.is_error else "cảnh báo"
    if not problem.path:
        return f"{where}{kind}: {problem.message_vi} / {problem.message_en}"
    vi, en = editor_label(problem.path, "vi"), editor_label(problem.path, "en")
    return f"{where}{kind}: {vi}: {problem.message_vi} / {en}: {problem.message_en}"


def db_path(args: argparse.Namespace) -> Path:
    """Return the local database file of ``--db``, else the default one (refused for an office URI)."""
    from minutes_app.store import default_db_path, is_office

    if is_office(args.db):
        raise UsageError(
            f"{args.command}: lệnh này dùng cho tệp cơ sở dữ liệu trên máy này; cơ sở dữ liệu văn "
            "phòng do người quản trị sao lưu bằng pg_dump (docs/office.md) / this command works "
            "on a local database file; an office database is backed up by its administrator "
            "with pg_dump (docs/office.md)"
        )
    return Path(args.db).expanduser() if args.db else default_db_path()


def open_db(args: argparse.Namespace, *, create: bool = True) -> Store:
    """Open ``--db``: a local file (``create``: made when missing) or an office database."""
    from minutes_app.store import is_office, open_store

    if is_office(args.db):
        from minutes_app.cli_office import ask_password

        return open_store(str(args.db), password_prompt=ask_password)
    return open_store(db_path(args), create=create)


def acting_name(args: argparse.Namespace, db: Store) -> str | None:
    """Return the name ``--by`` gives (None: the default); refused in the office, where the login acts."""
    from minutes_app.store import POSTGRESQL

    given = getattr(args, "by", None)
    if db.backend == POSTGRESQL:
        if given is not None:
            raise UsageError(
                "--by không dùng được với cơ sở dữ liệu văn phòng: người thực hiện là tài khoản "
                "đăng nhập / --by is refused on an office database: the person who acts is the "
                "login"
            )
        return db.user_name
    return str(given).strip() if given else None
