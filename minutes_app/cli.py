"""The command line over store and render (no Qt): import, export, check, list, search, validate."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from minutes_app import appinfo
from minutes_app.cli_args import DerivedRef, document_id, record_id, whole_number
from minutes_app.cli_base import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    UsageError,
    acting_name,
    err,
    open_db,
    out,
    problem_line,
)
from minutes_app.domain import interchange
from minutes_app.domain.errors import InterchangeError, MinutesError
from minutes_app.domain.files import FileReadError, read_limited
from minutes_app.domain.labels import RETURNED_LABEL, status_label
from minutes_app.domain.model import Profile, Status
from minutes_app.domain.text import printable
from minutes_app.domain.validation import Problem, Purpose, collapse, validate
from minutes_app.services.export import STDOUT, export_meeting
from minutes_app.store import (
    MeetingRecord,
    MeetingSummary,
    Rows,
    StoreError,
)

MAX_SEARCH_LIMIT = 10_000


# -- output ------------------------------------------------------------------


def _utf8_streams() -> None:
    """Make stdout/stderr write UTF-8 even when they are a pipe or a non-UTF-8 console."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (OSError, ValueError):
                pass


def _read_input(name: str) -> bytes:
    """Return the bytes of an input file ('-': standard input), at most the interchange cap."""
    source = sys.stdin.buffer if name == "-" else Path(name)
    try:
        return read_limited(source, interchange.MAX_FILE_BYTES, name)
    except FileReadError as exc:
        raise CliError(str(exc)) from None


def _summary_dict(row: MeetingSummary) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.date.isoformat(),
        "title": row.title,
        "issuer": row.issuer_name,
        "status": row.status.value,
        "number": row.number,
        "symbol": row.symbol,
        "version": row.version,
        "updated_at": row.updated_at,
    }


def _status_word(row: MeetingSummary) -> str:
    """Return the status as the window names it (never the stored key ``draft``)."""
    if row.returned_note and row.status is Status.DRAFT:
        return RETURNED_LABEL
    return status_label(row.status)


def _print_summaries(rows: list[MeetingSummary], as_json: bool) -> None:
    if as_json:
        print(json.dumps([_summary_dict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        err("(không có biên bản nào / no meetings)")
        return
    header = ("ID", "NGÀY", "TRẠNG THÁI", "CƠ QUAN", "TÊN CUỘC HỌP")
    # Escaped before measuring: a newline in a title must not start a forged row.
    table = [header] + [
        (
            str(r.id),
            r.date.isoformat(),
            _status_word(r),
            printable(r.issuer_name),
            printable(r.title),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        cells = [row[i].ljust(widths[i]) if i else row[i].rjust(widths[i]) for i in range(4)]
        out("  ".join([*cells, row[4]]).rstrip())


# -- commands ----------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    """Import each file as its own unit; a bad file changes nothing and makes the exit status 1."""
    from minutes_app.services import meetings

    if args.replace is not None and len(args.files) != 1:
        raise UsageError("--replace cần đúng một tệp / --replace takes exactly one file")
    if isinstance(args.replace, DerivedRef):
        from minutes_app import cli_derived

        return cli_derived.replace_text(args, _read_input(args.files[0]))
    status = EXIT_OK
    with open_db(args) as db:
        for name in args.files:
            try:
                result = interchange.parse(_read_input(name), name)
            except CliError as exc:
                err(str(exc))
                status = EXIT_BAD_INPUT
                continue
            except InterchangeError as exc:
                err(
                    f"{name}: không nhập được, cơ sở dữ liệu không thay đổi / "
                    "not imported, nothing was changed"
                )
                err(*(problem_line(p, name) for p in collapse(exc.problems)))
                status = EXIT_BAD_INPUT
                continue
            err(*(problem_line(p, name) for p in collapse(result.warnings)))
            by = acting_name(args, db)  # None: $MINUTES_APP_USER / OS user (a local file)
            if args.replace is not None:  # approved or in review refuses (ReadOnlyMeeting, exit 1)
                changes = meetings.save(
                    db, args.replace, result.meeting, expected_version=None, by=by, action="import"
                )
            else:
                changes = meetings.create(
                    db,
                    result.meeting,
                    by=by,
                    action="import",
                    allow_number_jump=args.allow_number_jump,
                )
            record = changes.record
            assert record is not None
            if args.replace is None:
                err(*_import_notes(name, result.meeting.status, record))
            print(record.id, flush=True)
    return status


def _import_notes(name: str, given: Status, record: MeetingRecord) -> list[str]:
    """Say what an import did with the status the file gave (approved, in review)."""
    if given is Status.APPROVED:
        number = record.meeting.number or "chưa có số / no number"
        return [
            f"{name}: nhập ở trạng thái đã duyệt (số {number}), ghi vào lịch sử là «nhập ở trạng "
            f"thái đã duyệt» / imported as approved (number {number}), recorded in the history "
            "as imported by the importer"
        ]
    if given is Status.IN_REVIEW:
        return [
            f"{name}: tệp ghi «chờ duyệt»; biên bản được nhập là bản nháp (trình duyệt lại ở đây) / "
            "the file says in review; the meeting is imported as a draft (submit it here)"
        ]
    return []


def cmd_export(args: argparse.Namespace) -> int:
    """Export one meeting as interchange JSON, DOCX or PDF (or every selected one with --all)."""
    if args.all:
        from minutes_app.cli_batch import run_batch_export

        return run_batch_export(args)
    if args.id is None:
        raise UsageError("export: cần ID hoặc --all / give a meeting ID or --all")
    if isinstance(args.id, DerivedRef):
        from minutes_app import cli_derived

        return cli_derived.export(args)
    fmt = args.format
    if fmt == "json":
        if args.profile is not None:
            raise UsageError("--profile chỉ dùng cho docx/pdf / --profile is for docx and pdf")
    elif not args.out:
        raise UsageError(
            f"--out PATH là bắt buộc với --format {fmt} ('-': stdout) / "
            "--out PATH is required ('-': standard output)"
        )
    if getattr(args, "pdfa", False):
        from minutes_app.cli_signing import export_pdfa

        return int(export_pdfa(args))
    target = args.out or STDOUT
    if fmt != "json" and target == STDOUT and sys.stdout.isatty():
        raise UsageError(
            f"không in tệp {fmt} nhị phân ra màn hình; hãy chuyển hướng hoặc dùng --out TỆP / "
            f"refusing to write binary {fmt} to a terminal; redirect it or give --out FILE"
        )
    from minutes_app.render import LayoutCheckFailed

    with open_db(args) as db:
        try:
            result = export_meeting(args.id, fmt, target, db=db, profile=args.profile)
        except LayoutCheckFailed as exc:
            err(f"{args.out}: chưa xuất được vì biên bản còn lỗi / not exported, it has errors")
            err(*(problem_line(p) for p in collapse(exc.problems)))
            return EXIT_BAD_INPUT
    err(*(problem_line(p) for p in collapse(result.warnings)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Print every problem the layout check finds; exit 1 when one is an error."""
    if isinstance(args.id, DerivedRef):
        from minutes_app import cli_derived

        return cli_derived.check(args)
    with open_db(args) as db:
        meeting = db.get(args.id).meeting
    from minutes_app.render import check_meeting

    problems: list[Problem] = check_meeting(meeting, args.profile)
    out(*(problem_line(p) for p in collapse(problems)))
    return EXIT_BAD_INPUT if any(p.is_error for p in problems) else EXIT_OK


def _report_rows(rows: Rows[MeetingSummary]) -> int:
    """Tell what the store said about the rows (a shortened query, damaged rows); exit 1 on damage."""
    err(*rows.notes)
    err(*rows.damaged)
    return EXIT_BAD_INPUT if rows.damaged else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """Print the stored meetings, newest first (``--kind``: the derived documents of a kind)."""
    if args.kind is not None:
        from minutes_app import cli_derived

        return cli_derived.list_kind(args)
    with open_db(args) as db:
        rows = db.list(status=args.status)
    _print_summaries(rows, args.json)
    return _report_rows(rows)


def cmd_search(args: argparse.Namespace) -> int:
    """Print the meetings matching the query, best first (``--kind``: derived documents)."""
    query = " ".join(args.query)
    if args.kind is not None:
        from minutes_app import cli_derived

        return cli_derived.list_kind(args, query=query)
    with open_db(args) as db:
        rows = db.search(query, limit=args.limit)
    _print_summaries(rows, args.json)
    return _report_rows(rows)


def cmd_validate(args: argparse.Namespace) -> int:
    """Print every problem of an interchange file, one a line; exit 1 on errors."""
    name = args.file
    data = _read_input(name)
    try:
        result = interchange.parse(data, name)
    except InterchangeError as exc:
        out(*(problem_line(p, name) for p in collapse(exc.problems)))
        return EXIT_BAD_INPUT
    problems = list(result.warnings)
    if args.export:
        # Keep the format's own warnings (unknown keys); the meeting rules are re-run for export.
        draft_rules = validate(result.meeting, Purpose.SAVE)
        problems = [p for p in problems if p not in draft_rules]
        problems += validate(result.meeting, Purpose.EXPORT)
    out(*(problem_line(p, name) for p in collapse(problems)))
    if any(p.is_error for p in problems):
        return EXIT_BAD_INPUT
    err(f"{name}: hợp lệ / valid")
    return EXIT_OK


# -- parser ------------------------------------------------------------------


#: Stands for the default database's path in the help of ``--db`` until a help is shown:
#: finding that path loads platformdirs, which a command given ``--db`` never needs.
_DEFAULT_DB = "\0default-db\0"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with status 2 and a clear message."""

    def format_help(self) -> str:
        from minutes_app.store.connection import default_db_path

        for action in self._actions:
            if action.help and _DEFAULT_DB in action.help:
                action.help = action.help.replace(_DEFAULT_DB, str(default_db_path()))
        return super().format_help()

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi cú pháp lệnh / usage error: {message}\n")


#: The command modules and the subcommands each registers, in the order ``--help`` lists them
#: (after this module's own). A command line naming one of them builds that module's parser
#: only; ``tests/cli/test_parser.py`` checks this table against what the modules register.
COMMAND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "cli_review",
        (
            "submit",
            "return",
            "approve",
            "reopen",
            "history",
            "audit",
            "verify",
            "diff",
            "register",
            "term",
            "comment",
            "resolve",
            "comments",
        ),
    ),
    ("cli_word_review", ("review-copy", "review-import", "review-changes")),
    ("cli_derived", ("derive",)),
    ("cli_maintenance", ("backup", "restore", "settings")),
    ("cli_signing", ("sign", "verify-pdf", "import-signed", "trust")),
    ("cli_office", ("office", "migrate-to")),
)


def _add_import(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="nhập tệp JSON / import JSON files")
    p.add_argument("files", nargs="+", metavar="FILE.json", help="'-' đọc từ stdin / reads stdin")
    p.add_argument(
        "--replace",
        type=document_id,
        metavar="ID",
        help="cập nhật biên bản ID (hoặc văn bản dID) từ tệp / update meeting ID (or derived "
        "document dID) from the file",
    )
    p.add_argument("--by", metavar="NAME", help="người nhập (nhật ký) / who, for the audit log")
    p.add_argument(
        "--allow-number-jump",
        action="store_true",
        help="xác nhận số của biên bản đã duyệt cách xa số tiếp theo / confirm an approved "
        "meeting's number far above the register's next one",
    )
    p.set_defaults(func=cmd_import)


def _add_export(sub: Any, common: argparse.ArgumentParser) -> None:
    from minutes_app.cli_batch import add_batch_arguments

    p = sub.add_parser("export", parents=[common], help="xuất biên bản / export a meeting")
    p.add_argument(
        "id",
        type=document_id,
        metavar="ID",
        nargs="?",
        help="biên bản (12) hoặc văn bản lập từ biên bản (d12) / minutes or derived",
    )
    p.add_argument("--format", required=True, choices=["json", "docx", "pdf"])
    p.add_argument("--out", metavar="PATH", help="'-' hoặc bỏ trống: stdout (json)")
    p.add_argument("--profile", choices=[pr.value for pr in Profile])
    p.add_argument(
        "--pdfa",
        action="store_true",
        help="bản lưu trữ PDF/A-2b (với --format pdf) / PDF/A-2b archive copy",
    )
    add_batch_arguments(p)
    p.set_defaults(func=cmd_export)


def _add_check(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="kiểm tra bố cục / layout check")
    p.add_argument("id", type=document_id, metavar="ID", help="12 hoặc d12 / 12 or d12")
    p.add_argument("--profile", choices=[pr.value for pr in Profile])
    p.set_defaults(func=cmd_check)


def _add_list(sub: Any, common: argparse.ArgumentParser) -> None:
    from minutes_app.domain.derived import DerivedKind

    p = sub.add_parser("list", parents=[common], help="liệt kê biên bản / list meetings")
    p.add_argument("--json", action="store_true", help="in danh sách JSON / print JSON")
    p.add_argument("--status", choices=["draft", "in_review", "approved"])
    p.add_argument(
        "--kind",
        choices=["all", *(k.value for k in DerivedKind)],
        help="văn bản lập từ biên bản / derived documents of this kind",
    )
    p.add_argument(
        "--meeting",
        type=record_id,
        metavar="ID",
        help="chỉ văn bản lập từ biên bản ID (với --kind) / only those of meeting ID",
    )
    p.set_defaults(func=cmd_list)


def _add_search(sub: Any, common: argparse.ArgumentParser) -> None:
    from minutes_app.domain.derived import DerivedKind

    p = sub.add_parser("search", parents=[common], help="tìm kiếm / search meetings")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="in danh sách JSON / print JSON")
    p.add_argument(
        "--limit",
        type=whole_number(1, MAX_SEARCH_LIMIT, "giới hạn", "limit"),
        default=200,
        help=f"số kết quả tối đa / at most this many results (1–{MAX_SEARCH_LIMIT})",
    )
    p.add_argument(
        "--kind",
        choices=["all", *(k.value for k in DerivedKind)],
        help="tìm văn bản lập từ biên bản / search derived documents",
    )
    p.set_defaults(func=cmd_search)


def _add_validate(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("validate", parents=[common], help="kiểm tra tệp JSON / validate a file")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "--export",
        action="store_true",
        help="áp dụng quy tắc khi xuất / apply the export rules too",
    )
    p.set_defaults(func=cmd_validate)


#: This module's own subcommands, in the order ``--help`` lists them.
_OWN_COMMANDS: dict[str, Callable[[Any, argparse.ArgumentParser], None]] = {
    "import": _add_import,
    "export": _add_export,
    "check": _add_check,
    "list": _add_list,
    "search": _add_search,
    "validate": _add_validate,
}


def _register_group(module_name: str, sub: Any, common: argparse.ArgumentParser) -> None:
    """Let one command module (``cli_review``, …) add its subcommands."""
    module = importlib.import_module(f"minutes_app.{module_name}")
    module.register(sub, common)


def command_named(argv: Sequence[str]) -> str | None:
    """Return the subcommand ``argv`` names when nothing but ``--db`` comes before it.

    None otherwise (no subcommand, ``--help``, ``--version``, an abbreviated option, a
    typo): the full parser answers those, so every message is the same as before.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
        elif arg.startswith("--db="):
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            known = arg in _OWN_COMMANDS or any(arg in names for _, names in COMMAND_GROUPS)
            return arg if known else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser of ``minutes-app``.

    With ``command`` (a subcommand's name), the parser knows that subcommand only (and those
    its module registers with it): a command line naming it parses exactly as with the full
    parser, without building, or importing the modules of, every other subcommand.
    """
    common = _Parser(add_help=False)
    db_help = (
        "tệp cơ sở dữ liệu, hoặc cơ sở dữ liệu văn phòng postgresql://TÊN@MÁY-CHỦ:CỔNG/TÊN-CSDL "
        f"/ database file, or the office database postgresql://USER@HOST:PORT/DBNAME "
        f"(default: {_DEFAULT_DB})"
    )
    common.add_argument("--db", metavar="PATH|URI", default=argparse.SUPPRESS, help=db_help)
    parser = _Parser(
        prog=appinfo.APP_NAME,
        description=f"{appinfo.DISPLAY_NAME} / {appinfo.DISPLAY_NAME_EN}. "
        "Không có lệnh con: mở ứng dụng giao diện / no subcommand: start the desktop app.",
    )
    parser.add_argument("--db", metavar="PATH|URI", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"%(prog)s {appinfo.VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if command in _OWN_COMMANDS:
        _OWN_COMMANDS[command](sub, common)
        return parser
    for module_name, names in COMMAND_GROUPS:
        if command in names:
            _register_group(module_name, sub, common)
            return parser
    for add in _OWN_COMMANDS.values():
        add(sub, common)
    # Further command groups live in their own modules; each adds its subcommands here.
    for module_name, _names in COMMAND_GROUPS:
        _register_group(module_name, sub, common)
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """Parse ``argv``; return the arguments, or the exit status when argparse has answered.

    ``--help``, ``--version`` and a usage error are answered here (printed, then their status).
    """
    _utf8_streams()
    try:
        given = list(sys.argv[1:] if argv is None else argv)
        args = build_parser(command_named(given)).parse_args(given)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if getattr(args, "db", None) is None:
        args.db = None
    return args


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args``; return the exit status (errors become messages)."""
    try:
        if args.command is None:
            raise UsageError("thiếu lệnh con / no subcommand given")
        code: int = args.func(args)
        return code
    except UsageError as exc:
        build_parser().print_usage(sys.stderr)
        err(f"{appinfo.APP_NAME}: lỗi cú pháp lệnh / usage error: {exc}")
        return EXIT_USAGE
    except (StoreError, MinutesError) as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        err(f"{where}lỗi tệp ({exc.strerror or exc}) / file error")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``minutes_app.__main__`` opens the window when no subcommand is given)."""
    args = parse_arguments(argv)
    return args if isinstance(args, int) else run(args)


if __name__ == "__main__":
    sys.exit(main())
