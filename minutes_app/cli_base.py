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
    from minutes_app.store import Database

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
    """Return one problem as the command line prints it: ``source: vi text / English``."""
    where = f"{source}: " if source else ""
    return f"{where}{problem.text('vi')} / {problem.message_en}"


def db_path(args: argparse.Namespace) -> Path:
    """Return the database the command works on: ``--db``, else the default one."""
    if args.db:
        return Path(args.db).expanduser()
    from minutes_app.store.connection import default_db_path

    return default_db_path()


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    """Open the command's database (``create``: make it when missing)."""
    from minutes_app.store import Database

    return Database.open(db_path(args), create=create)
