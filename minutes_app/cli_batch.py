"""``minutes-app export --all``: batch export on the command line, with a terminal progress bar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from minutes_app.cli_base import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, problem_line
from minutes_app.domain.model import Status
from minutes_app.domain.text import printable

if TYPE_CHECKING:
    from minutes_app.services.batch import BatchSummary

# The batch service and the store are imported by the commands that use them: building the
# parser (every command does) must not load them.

BAR_WIDTH = 24


def _date_argument(text: str) -> object:
    from minutes_app.services.batch import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--all --status --from --to --out-dir`` to the ``export`` subcommand's parser."""
    group = parser.add_argument_group("xuất hàng loạt / batch export (--all)")
    group.add_argument(
        "--all",
        action="store_true",
        dest="all",
        help="xuất mọi biên bản khớp bộ lọc / export every matching meeting",
    )
    group.add_argument(
        "--status",
        choices=[s.value for s in Status],
        help="chỉ biên bản ở trạng thái này / only meetings with this status",
    )
    group.add_argument(
        "--from",
        dest="date_from",
        type=_date_argument,
        metavar="DATE",
        help="từ ngày (YYYY-MM-DD hoặc dd/mm/yyyy) / from this date",
    )
    group.add_argument(
        "--to",
        dest="date_to",
        type=_date_argument,
        metavar="DATE",
        help="đến ngày (kể cả ngày này) / up to this date, inclusive",
    )
    group.add_argument(
        "--out-dir", metavar="DIR", help="thư mục ghi các tệp / folder to write the files into"
    )
    group.add_argument(
        "--overwrite",
        action="store_true",
        help="ghi đè các tệp cùng tên đã có trong thư mục / replace files already in the folder",
    )


class TerminalProgress:
    """Print progress to a stream: a redrawn bar on a terminal, plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None, *, tty: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self._drawn = False

    def __call__(self, done: int, total: int, name: str) -> None:
        """Show that ``done`` of ``total`` are finished and ``name`` is next ("" when finished)."""
        if self.tty:
            filled = BAR_WIDTH * done // total if total else BAR_WIDTH
            bar = "█" * filled + "░" * (BAR_WIDTH - filled)
            line = f"\r[{bar}] {done}/{total} {name}"
            self.stream.write(line[:160].ljust(100) if name else line.rstrip() + "\n")
            self.stream.flush()
            self._drawn = bool(name)
        elif name:
            print(f"[{done + 1}/{total}] {name}", file=self.stream, flush=True)

    def close(self) -> None:
        """End a half-drawn bar with a newline (after a cancel or an error)."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _line(text: str, stream: TextIO) -> None:
    print(printable(text), file=stream, flush=True)


def _report(summary: BatchSummary, stream: TextIO) -> None:
    from minutes_app.domain.validation import collapse

    for name, warnings in summary.warnings.items():
        for problem in collapse(warnings):
            _line(problem_line(problem, name), stream)
    for failure in summary.failures:
        _line(f"{failure.text('vi')} / {failure.message_en}", stream)
        for problem in collapse(failure.problems):
            if problem.is_error:
                _line(f"    {problem_line(problem)}", stream)
    _line(f"{summary.text('vi')} / {summary.text('en')}", stream)


def run_batch_export(args: argparse.Namespace, *, stream: TextIO | None = None) -> int:
    """Run ``export --all`` from parsed arguments; return the exit status (1 when any failed)."""
    from minutes_app.services.batch import BatchError, BatchRequest, export_batch
    from minutes_app.store import default_db_path, open_store

    out = stream if stream is not None else sys.stderr
    if getattr(args, "id", None) is not None:
        print(
            "export: dùng ID hoặc --all, không dùng cả hai / give an ID or --all, not both",
            file=out,
        )
        return EXIT_USAGE
    if not getattr(args, "out_dir", None):
        print("export --all: cần --out-dir DIR / --out-dir DIR is required", file=out)
        return EXIT_USAGE
    fmt = args.format
    request = BatchRequest(
        out_dir=Path(args.out_dir).expanduser(),
        fmt=fmt,
        status=Status(args.status) if getattr(args, "status", None) else None,
        date_from=getattr(args, "date_from", None),
        date_to=getattr(args, "date_to", None),
        profile=getattr(args, "profile", None),
        overwrite=bool(getattr(args, "overwrite", False)),
    )
    target = args.db if getattr(args, "db", None) else default_db_path()
    progress = TerminalProgress(out)
    try:
        with open_store(target) as db:
            summary = export_batch(db, request, progress=progress)
    except BatchError as exc:
        progress.close()
        _line(str(exc), out)
        return EXIT_BAD_INPUT
    finally:
        progress.close()
    if summary.total == 0:
        print("không có biên bản nào khớp bộ lọc / no meeting matches the filters", file=out)
        return EXIT_OK
    _report(summary, out)
    return EXIT_OK if summary.ok else EXIT_BAD_INPUT
