"""Review in Word from the command line: review-copy, review-import, review-changes (registered by cli)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from minutes_app.cli_args import MAX_ID, record_id, whole_number
from minutes_app.cli_base import problem_line
from minutes_app.domain.labels import field_label
from minutes_app.domain.text import printable
from minutes_app.domain.validation import Problem
from minutes_app.store import Database, default_db_path, default_user


class _Output:
    """The command line's output, as minutes_app.cli writes it (control characters escaped)."""

    @staticmethod
    def _out(*lines: str) -> None:
        for line in lines:
            print(printable(line), flush=True)

    @staticmethod
    def _err(*lines: str) -> None:
        for line in lines:
            print(printable(line), file=sys.stderr, flush=True)

    @staticmethod
    def _problem_line(problem: Problem) -> str:
        return problem_line(problem)

    @staticmethod
    def _open_db(args: argparse.Namespace) -> Database:
        return Database.open(Path(args.db).expanduser() if args.db else default_db_path())


def _cli() -> type[_Output]:
    return _Output


def _by(args: argparse.Namespace) -> str:
    return str(args.by).strip() if getattr(args, "by", None) else default_user()


def cmd_review_copy(args: argparse.Namespace) -> int:
    """Write the review copy (DOCX) of a meeting for the chair to comment on in Word."""
    from minutes_app.services import word_review

    cli = _cli()
    with cli._open_db(args) as db:
        done = word_review.write_review_copy(
            db, args.id, args.out, by=_by(args), profile=args.profile
        )
    cli._err(*(cli._problem_line(p) for p in done.warnings))
    cli._out(
        f"{done.path}: bản góp ý của biên bản số {args.id}, phiên bản {done.copy.version} "
        f"({done.parts} phần đánh dấu) / review copy of meeting {args.id}, version "
        f"{done.copy.version} ({done.parts} parts bookmarked)"
    )
    return 0


def cmd_review_import(args: argparse.Namespace) -> int:
    """Import a returned review copy: its comments and proposed changes (the minutes unchanged)."""
    from minutes_app.services import word_review

    cli = _cli()
    with cli._open_db(args) as db:
        done = word_review.import_review_copy(
            db, args.id, args.file, by=default_user(), reviewer=args.by
        )
    f = done.file
    cli._out(
        f"{f.name} (SHA-256 {f.sha256}): {len(done.comments)} ý kiến, {len(done.proposals)} đề "
        f"xuất sửa của {f.reviewer} / {len(done.comments)} comments, {len(done.proposals)} "
        f"proposed changes from {f.reviewer}"
    )
    if done.changed_since_copy:
        cli._err(
            "biên bản đã thay đổi từ khi tạo bản góp ý: đề xuất nào còn khớp văn bản cũ mới được "
            "áp dụng / the minutes changed since the copy was made: only proposals whose old "
            "text still matches will apply"
        )
    if done.missing_parts:
        shown = ", ".join(done.missing_parts[:10])
        cli._err(
            f"không tìm thấy các phần (dấu đã bị xóa trong tệp) / parts not found (their "
            f"bookmarks were removed): {shown}"
        )
    if done.cut_comments:
        cli._err(
            f"{done.cut_comments} ý kiến quá dài đã bị cắt / {done.cut_comments} comments were "
            "too long and were cut"
        )
    cli._out("xem: review-changes / see: review-changes")
    return 0


def _view_dict(view: Any) -> dict[str, Any]:
    p = view.proposal
    return {
        "id": p.id,
        "path": p.path,
        "label": field_label(p.path),
        "kind": p.kind,
        "author": p.author,
        "made_at": p.made_at,
        "old": p.old_text,
        "new": p.new_text,
        "state": p.state,
        "applies_to": view.applies_to,
        "conflict": view.conflict,
        "manual": view.manual,
        "file": {"name": p.file_name, "sha256": p.file_sha256},
        "decided_by": p.decided_by,
        "decided_at": p.decided_at,
        "version": p.version,
    }


_STATES = {
    "open": "chờ / open",
    "accepted": "đã nhận / accepted",
    "rejected": "đã bỏ / rejected",
}


def cmd_review_changes(args: argparse.Namespace) -> int:
    """List the proposed changes of a meeting, or accept or reject them."""
    from minutes_app.services import word_review

    cli = _cli()
    by = _by(args)
    status = 0
    with cli._open_db(args) as db:
        if args.reject is not None:
            word_review.reject(db, args.id, args.reject, by=by)
            cli._out(f"đã bỏ đề xuất {args.reject} / proposal {args.reject} rejected")
            return 0
        decisions = []
        if args.accept is not None:
            decisions = [word_review.accept(db, args.id, args.accept, by=by)]
        elif args.accept_all:
            decisions = word_review.accept_all(db, args.id, by=by)
        for d in decisions:
            if d.state == "conflict":
                status = 1
                cli._err(
                    f"đề xuất {d.proposal_id}: xung đột, văn bản cũ không còn trong biên bản / "
                    f"proposal {d.proposal_id}: conflict, its old text is no longer there"
                )
            elif d.manual:
                cli._out(
                    f"đề xuất {d.proposal_id}: đã nhận, cần sửa tay phần này trong biên bản / "
                    f"proposal {d.proposal_id}: accepted, edit this part by hand"
                )
            else:
                version = f", phiên bản {d.record.version}" if d.record is not None else ""
                cli._out(
                    f"đề xuất {d.proposal_id}: đã áp dụng vào {d.applied_to}{version} / "
                    f"proposal {d.proposal_id}: applied to {d.applied_to}"
                )
        if decisions:
            return status
        views = word_review.review_changes(db, args.id)
        files = word_review.returned_files(db, args.id)
    if args.json:
        print(json.dumps([_view_dict(v) for v in views], ensure_ascii=False, indent=2))
        return 0
    for f, comments, proposals in files:
        cli._out(
            f"tệp / file {f.name} (SHA-256 {f.sha256}) — {f.reviewer}; nhận / imported "
            f"{f.imported_at} bởi / by {f.imported_by}: {comments} ý kiến / comments, "
            f"{proposals} đề xuất / proposals"
        )
    if not views:
        cli._err("(chưa có đề xuất nào / no proposed changes)")
    for v in views:
        p = v.proposal
        state = _STATES.get(p.state, p.state)
        if v.conflict:
            state = "xung đột / conflict"
        elif v.manual and p.state == "open":
            state += " (sửa tay / by hand)"
        how = "theo dõi thay đổi / tracked" if p.kind == "tracked" else "sửa trực tiếp / untracked"
        cli._out(
            f"[{p.id}] {field_label(p.path)} ({p.path}) — {p.author}, {how}, {state}",
            f"    tệp / file: {p.file_name} (SHA-256 {p.file_sha256[:16]}…)",
            f"    cũ / old: {p.old_text}",
            f"    mới / new: {p.new_text}",
        )
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the Word review subcommands to the minutes-app parser."""
    from minutes_app.domain.model import Profile

    p = sub.add_parser(
        "review-copy",
        parents=[common],
        help="bản góp ý Word cho chủ trì / a Word review copy for the chair",
    )
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.docx")
    p.add_argument("--profile", choices=[pr.value for pr in Profile])
    p.add_argument("--by", metavar="NAME", help="người tạo / who makes it")
    p.set_defaults(func=cmd_review_copy)

    p = sub.add_parser(
        "review-import",
        parents=[common],
        help="nhận bản góp ý Word / import a returned review copy",
    )
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("file", metavar="FILE.docx")
    p.add_argument(
        "--by",
        metavar="NAME",
        help="người gửi bản góp ý (cho các chỗ sửa không bật theo dõi) / who sent it (named for "
        "edits made without Track Changes); default: the file's last author",
    )
    p.set_defaults(func=cmd_review_import)

    p = sub.add_parser(
        "review-changes",
        parents=[common],
        help="đề xuất sửa từ bản góp ý / proposed changes from review copies",
    )
    p.add_argument("id", type=record_id, metavar="ID")
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    number = whole_number(1, MAX_ID, "số đề xuất", "proposal number")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--accept", type=number, metavar="N", help="áp dụng đề xuất N / apply N")
    act.add_argument("--reject", type=number, metavar="N", help="bỏ đề xuất N / reject N")
    act.add_argument(
        "--accept-all",
        action="store_true",
        help="áp dụng mọi đề xuất còn khớp / apply all that still match",
    )
    p.add_argument("--by", metavar="NAME", help="người quyết định / who decides")
    p.set_defaults(func=cmd_review_changes)
