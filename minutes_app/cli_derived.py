"""Command-line verbs of derived documents: derive, and export/check/list/register on them (no Qt)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_app.cli_args import UsageError, record_id, whole_number
from minutes_app.domain.derived import KIND_LABELS, DerivedKind
from minutes_app.domain.text import printable
from minutes_app.domain.validation import Problem

if TYPE_CHECKING:
    from minutes_app.store import Database

KINDS = [k.value for k in DerivedKind]
EXIT_OK = 0
EXIT_BAD_INPUT = 1


def _open_db(args: argparse.Namespace) -> Database:
    from minutes_app.store import Database, default_db_path

    return Database.open(Path(args.db).expanduser() if args.db else default_db_path())


def _out(*lines: str) -> None:
    for line in lines:
        print(printable(line), flush=True)


def _err(*lines: str) -> None:
    for line in lines:
        print(printable(line), file=sys.stderr, flush=True)


def _problem_line(problem: Problem) -> str:
    """Return a derived document's problem as ``lỗi: Số (number): … / Number: …``: the field
    by its name, and by its JSON key too, since the JSON is what a clerk edits it in."""
    from minutes_app.domain.derived import field_label

    kind = "lỗi" if problem.is_error else "cảnh báo"
    if not problem.path:
        return f"{kind}: {problem.message_vi} / {problem.message_en}"
    vi, en = field_label(problem.path, "vi"), field_label(problem.path, "en")
    key = f" ({problem.path})" if vi != problem.path else ""
    return f"{kind}: {vi}{key}: {problem.message_vi} / {en}: {problem.message_en}"


def _report(damaged: list[str]) -> int:
    _err(*damaged)
    return EXIT_BAD_INPUT if damaged else EXIT_OK


def item_numbers(text: str) -> list[int]:
    """Return the agenda items of ``--items 1,3`` (numbers from 1, comma separated)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        raise argparse.ArgumentTypeError("--items cần số nội dung, ví dụ 1,3 / give item numbers")
    parse = whole_number(1, 10_000, "số nội dung", "item number")
    return [parse(p) for p in parts]


def cmd_derive(args: argparse.Namespace) -> int:
    """Make a derived document from approved minutes and print its id (``d12``)."""
    from minutes_app.services.derived import derive_document

    kind = DerivedKind(args.kind)
    if args.items and kind not in (DerivedKind.TRICH_SAO, DerivedKind.TRICH_BIEN_BAN):
        raise UsageError(
            "--items chỉ dùng cho trich-sao và trich-bien-ban / --items is for trich-sao and "
            "trich-bien-ban"
        )
    by = args.by.strip() if args.by else None
    with _open_db(args) as db:
        record = derive_document(db, args.id, kind, items=args.items or (), by=by)
    doc = record.document
    number = f"số {doc.number}" if doc.number else "không số / no number"
    _err(f"{KIND_LABELS[kind]} {number}: {doc.title}")
    print(f"d{record.id}", flush=True)
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    """Export a derived document (``export d12 --format pdf --out FILE``)."""
    from minutes_app.render import LayoutCheckFailed
    from minutes_app.services.derived import export_document
    from minutes_app.services.export import STDOUT

    if args.profile is not None or getattr(args, "pdfa", False):
        raise UsageError(
            "--profile và --pdfa không dùng cho văn bản lập từ biên bản / --profile and --pdfa "
            "are not for derived documents"
        )
    target = args.out or STDOUT
    if args.format != "json" and not args.out:
        raise UsageError("--out PATH là bắt buộc / --out PATH is required")
    if args.format != "json" and target == STDOUT and sys.stdout.isatty():
        raise UsageError("không in tệp nhị phân ra màn hình / refusing binary output")
    with _open_db(args) as db:
        try:
            result = export_document(db, int(args.id), args.format, target)
        except LayoutCheckFailed as exc:
            _err(f"{args.out}: chưa xuất được vì văn bản còn lỗi / not exported, it has errors")
            _err(*(_problem_line(p) for p in exc.problems))
            return EXIT_BAD_INPUT
    _err(*(_problem_line(p) for p in result.warnings))
    return EXIT_OK


def replace_text(args: argparse.Namespace, data: bytes) -> int:
    """Store the edited text of a derived document (``import FILE.json --replace d12``)."""
    from minutes_app.services.derived import replace_text as replace

    with _open_db(args) as db:
        record = replace(db, int(args.replace), data)
    _err(f"d{record.id}: đã lưu phiên bản {record.version} / saved as version {record.version}")
    print(f"d{record.id}", flush=True)
    return EXIT_OK


def check(args: argparse.Namespace) -> int:
    """Print the problems of a derived document; exit 1 when one is an error."""
    from minutes_app.services.derived import check_document

    with _open_db(args) as db:
        problems = check_document(db, int(args.id))
    _out(*(_problem_line(p) for p in problems))
    return EXIT_BAD_INPUT if any(p.is_error for p in problems) else EXIT_OK


def list_kind(args: argparse.Namespace, query: str = "") -> int:
    """Print the derived documents of ``--kind`` (``all``: every kind), newest first; with
    ``query`` only those holding every word of it (folded, as minutes are searched)."""
    from minutes_app.services.derived import list_documents

    kinds = [] if args.kind == "all" else [DerivedKind(args.kind)]
    with _open_db(args) as db:
        rows = list_documents(
            db, kinds=kinds, meeting_id=getattr(args, "meeting", None), query=query
        )
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return _report(rows.damaged)
    if not rows:
        _err("(không có văn bản nào / no documents)")
    for r in rows:
        number = f"{r.number:02d}" if r.number is not None else "—"
        _out(
            f"d{r.id:<5} {r.date.isoformat()}  {KIND_LABELS[r.kind]:<18}  số {number:>3}  "
            f"#{r.meeting_id:<4} {printable(r.title)}"
        )
    return _report(rows.damaged)


def register_kind(args: argparse.Namespace) -> int:
    """Print the register of one derived kind: per body and year, the numbers and the gaps."""
    from minutes_app.services.derived import kind_register

    kind = DerivedKind(args.kind)
    with _open_db(args) as db:
        series = kind_register(db, kind, args.year)
    if args.json:
        data = [
            {
                "kind": s.kind.value,
                "issuer": s.issuer,
                "year": s.year,
                "entries": [r.as_dict() for r in s.rows],
                "gaps": s.gaps,
            }
            for s in series
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not series:
        _err(f"(sổ {KIND_LABELS[kind].lower()} trống / the register is empty)")
    for s in series:
        _out(f"SỔ {KIND_LABELS[kind].upper()} — {printable(s.issuer)}, năm {s.year}")
        for r in s.rows:
            _out(f"  {r.number:>4}  {r.date.strftime('%d/%m/%Y')}  d{r.id:<5} {printable(r.title)}")
        gaps = ", ".join(str(g) for g in s.gaps)
        _out(f"  Số còn thiếu / gaps: {gaps}" if gaps else "  Không thiếu số nào / no gaps")
    return EXIT_OK


def register_book(args: argparse.Namespace) -> int:
    """Write the outgoing-documents register (sổ đăng ký văn bản đi) of a year as DOCX or PDF."""
    from minutes_app.domain.files import write_file
    from minutes_app.render.register_book import render_register
    from minutes_app.services.derived import outgoing_entries
    from minutes_app.services.export import protected_files

    if not args.out:
        raise UsageError("--out PATH là bắt buộc với --format / --out PATH is required")
    year = args.year or dt.date.today().year
    kinds = [DerivedKind(args.kind)] if args.kind else None
    with _open_db(args) as db:
        path = Path(args.out).expanduser()
        guard = protected_files(db.path)
        guard.check(path)
        entries = outgoing_entries(
            db, year, kinds, include_minutes=not args.kind, issuer=args.issuer
        )
        data = render_register(entries, year, args.format, args.issuer or "")
        write_file(path, data, protected=guard)
    _err(
        f"{path}: sổ đăng ký văn bản đi năm {year}, {len(entries)} văn bản / outgoing "
        f"register of {year}, {len(entries)} documents"
    )
    return EXIT_OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``derive`` subcommand."""
    p = sub.add_parser(
        "derive",
        parents=[common],
        help="lập văn bản từ biên bản đã duyệt / make a document from approved minutes",
    )
    p.add_argument("id", type=record_id, metavar="ID", help="biên bản đã duyệt / approved minutes")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument(
        "--items",
        type=item_numbers,
        metavar="N,M",
        help="nội dung trích (trích sao, trích biên bản) / agenda items to extract",
    )
    p.add_argument("--by", metavar="NAME", help="người lập (nhật ký) / who makes it")
    p.set_defaults(func=cmd_derive)
