"""Command-line subcommands of the review group (registered by minutes_app.cli.build_parser)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from minutes_app.cli_args import MAX_ID, record_id, whole_number
from minutes_app.cli_base import (
    CliError,
    UsageError,
    acting_name,
    err,
    open_db,
    out,
    problem_line,
)
from minutes_app.domain.labels import (
    audit_action_label,
    change_text,
    field_label,
    part_label,
    series_label,
    status_label,
    step_label,
)
from minutes_app.domain.text import ascii_digits, local_time_text
from minutes_app.domain.workflow import TRANSITIONS, Action
from minutes_app.store import default_user


def _by(args: argparse.Namespace, db: Any) -> str:
    # A local file records the name given (--by, else $MINUTES_APP_USER or the OS user); the
    # office database records the login and refuses --by.
    return acting_name(args, db) or default_user()


def _who(names: dict[str, str], by: str) -> str:
    """Return who acted as shown: the full name and the login in the office, else the name."""
    full = names.get(by, "")
    return f"{full} ({by})" if full and full != by else by


def _dumps(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- workflow ------------------------------------------------------------------------------


def cmd_transition(args: argparse.Namespace) -> int:
    """Take one workflow step (submit, return, approve, reopen) and say what it did."""
    from minutes_app.services import workflow
    from minutes_app.services.workflow import ChecksFailed

    action = Action(args.action)
    text = getattr(args, "comment", None) or getattr(args, "reason", None) or ""
    with open_db(args) as db:
        try:
            changes = workflow.take(
                db,
                args.id,
                action,
                _by(args, db),
                text,
                version=getattr(args, "version", None),
                allow_number_jump=getattr(args, "allow_number_jump", False),
            )
        except ChecksFailed as exc:
            err(f"{args.id}: {exc.message_vi} / {exc.message_en}")
            err(*(problem_line(p) for p in exc.problems))
            return 1
    assert changes.record is not None
    meeting = changes.record.meeting
    transition = TRANSITIONS[action]
    line = (
        f"{args.id}: {transition.label_vi} — trạng thái mới «{status_label(meeting.status)}» / "
        f"{transition.label_en}: now {status_label(meeting.status, 'en')} (phiên bản / version "
        f"{changes.record.version})"
    )
    out(line)
    if changes.number_assigned:
        out(f"đã cấp số {changes.number_assigned} / number {changes.number_assigned} assigned")
    if changes.revision is not None:
        out(
            f"phiên bản đã duyệt {changes.revision.revision}, SHA-256 {changes.revision.sha256} / "
            f"approved revision {changes.revision.revision}"
        )
        out(
            f"mã chuỗi (ghi lại để đối chiếu với verify) / chain hash (note it down to compare "
            f"with verify): {changes.revision.chain}"
        )
    err(*(problem_line(p) for p in changes.warnings))
    return 0


def _report_damaged(damaged: list[str]) -> int:
    for line in damaged:
        err(line)
    return 1 if damaged else 0


def cmd_history(args: argparse.Namespace) -> int:
    """Print the workflow steps of a meeting, oldest first."""
    from minutes_app.store import signatures as signed

    with open_db(args) as db:
        steps = db.review.history(args.id)
        signing = signed.signatures(db, args.id) if db.schema_version >= 5 else []
        names = db.full_names()
    if args.json:
        _dumps([{**s.as_dict(), **({"name": names[s.by]} if s.by in names else {})} for s in steps])
        return _report_damaged(steps.damaged)
    if not steps:
        err("(chưa có bước duyệt nào / no workflow steps yet)")
    for step in steps:
        label = step_label(step.action.value)
        revision = f" (phiên bản {step.revision})" if step.revision else ""
        note = ""
        if step.note:
            note = f" — {'ý kiến' if step.action is Action.RETURN else 'lý do'}: {step.note}"
        out(f"{local_time_text(step.at)}  {label}{revision}  {_who(names, step.by)}{note}")
    for sig in signing:  # digital signatures, made here or taken back from another tool
        how = "nhập bản đã ký" if sig.source == "import" else "ký số"
        out(
            f"{sig.signed_at}  Ký số: {sig.role}, {sig.level} (phiên bản {sig.revision}, {how})"
            f"  {sig.signer}"
        )
    return _report_damaged(steps.damaged)


def cmd_audit(args: argparse.Namespace) -> int:
    """Print the field-level audit log of a meeting, oldest first."""
    with open_db(args) as db:
        entries = db.review.audit(args.id)
        names = db.full_names()
    if args.json:
        _dumps([{**e.as_dict(), "label": field_label(e.path) if e.path else ""} for e in entries])
        return 0
    for entry in entries:
        action = audit_action_label(entry.action)
        what = f"  {change_text(entry.path, entry.old, entry.new)}" if entry.path else ""
        out(f"{local_time_text(entry.at)}  {_who(names, entry.by)}  {action}{what}")
    return 0


# -- integrity and revisions ---------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    """Compare a meeting with its approved revision; exit 0 when intact, 1 when not."""
    with open_db(args) as db:
        check = db.review.verify(args.id)
    for message in check.messages:
        if check.intact:
            out(f"{args.id}: {message}")
        else:
            err(f"{args.id}: {message}")
    if not check.intact:
        err(f"{args.id}: KHÔNG nguyên vẹn / NOT intact")
    return 0 if check.intact else 1


def _which(text: str) -> int | str:
    value = text.strip().lower()
    if value in ("current", "draft", "hiện tại", "hien tai"):
        return "current"
    if ascii_digits(value) and len(value) <= 9 and int(value) >= 1:
        return int(value)
    raise UsageError(
        f"phiên bản «{text}» không hợp lệ: dùng số phiên bản (1, 2, …) hoặc current / "
        "a revision is a number (1, 2, …) or current"
    )


def cmd_diff(args: argparse.Namespace) -> int:
    """Print the field-level differences between two revisions (or a revision and the draft)."""
    old, new = _which(args.old), _which(args.new)
    with open_db(args) as db:
        changes = db.review.diff(args.id, old, new)
    if args.json:
        _dumps(
            [
                {"field": c.path, "label": c.label_vi, "kind": c.kind, "old": c.old, "new": c.new}
                for c in changes
            ]
        )
        return 0
    name = {"current": "bản hiện tại"}
    out(f"Biên bản {args.id}: phiên bản {name.get(str(old), old)} → {name.get(str(new), new)}")
    if not changes:
        out("(không có khác biệt / no differences)")
    for change in changes:
        out(f"  {change.text()}")
    return 0


# -- the register ----------------------------------------------------------------------------


def cmd_register(args: argparse.Namespace) -> int:
    """Print the numbering register with the gaps of each series; ``--kind``: a derived kind's
    register; ``--format docx|pdf --out``: the outgoing-documents register of ``--year``."""
    if args.format is not None:
        from minutes_app import cli_derived

        return int(cli_derived.register_book(args))
    if args.kind is not None:
        from minutes_app import cli_derived

        return int(cli_derived.register_kind(args))
    with open_db(args) as db:
        series = db.review.register(year=args.year, issuer=args.issuer)
    code = _report_damaged(series.damaged)
    if args.json:
        _dumps(
            [
                {
                    "issuer": s.issuer,
                    "abbreviation": s.abbreviation,
                    "period": s.period,
                    "entries": [e.as_dict() for e in s.entries],
                    "gaps": [[first, last] for first, last in s.gaps],
                }
                for s in series
            ]
        )
        return code
    if not series:
        err("(sổ biên bản trống / the register is empty)")
    for block in series:
        out(f"SỔ BIÊN BẢN — {series_label(block.issuer, block.abbreviation, block.period)}")
        for e in block.entries:
            status = status_label(e.status) if e.status else "đã xóa"
            ident = f"#{e.meeting_id}" if e.meeting_id is not None else "—"
            out(
                f"  {e.number:>4}  {e.date.strftime('%d/%m/%Y')}  {status:<9}  {ident:>5}  "
                f"{e.title}"
            )
        if block.gaps:
            runs = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in block.gaps)
            out(f"  Số còn thiếu / gaps: {runs}")
        else:
            out("  Không thiếu số nào / no gaps")
    return code


def cmd_term_set(args: argparse.Namespace) -> int:
    """Record the start of a Party body's term (its numbering restarts then)."""
    try:
        start = dt.date.fromisoformat(args.start)
    except ValueError:
        raise CliError(
            f"--start: «{args.start}» không phải ngày YYYY-MM-DD / not a date YYYY-MM-DD"
        ) from None
    with open_db(args) as db:
        change = db.review.set_term(args.issuer, start, _by(args, db), refile=args.refile)
    out(f"{args.issuer}: nhiệm kỳ từ {start.strftime('%d/%m/%Y')} / term starts {start}")
    for entry in change.refiled:
        out(
            f"  đã chuyển số {entry.number:02d} ({entry.date.strftime('%d/%m/%Y')}) vào nhiệm kỳ / "
            f"number {entry.number:02d} moved into the term"
        )
    return 0


def cmd_term_list(args: argparse.Namespace) -> int:
    """Print the configured term starts."""
    with open_db(args) as db:
        terms = db.review.terms(args.issuer)
    if args.json:
        _dumps([{"issuer": k, "start": s.isoformat()} for k, s in terms])
        return _report_damaged(terms.damaged)
    for key, start in terms:
        out(f"{key}  {start.strftime('%d/%m/%Y')}")
    return _report_damaged(terms.damaged)


# -- comments ------------------------------------------------------------------------------


def cmd_comment(args: argparse.Namespace) -> int:
    """Attach a review comment to a part of the minutes, or answer one."""
    from minutes_app.services import workflow

    with open_db(args) as db:
        changes = workflow.comment(
            db, args.id, args.text, _by(args, db), part=args.part, reply_to=args.reply_to
        )
    assert changes.comment is not None
    print(changes.comment.id)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    """Mark a review comment resolved (it stays in the history)."""
    from minutes_app.services import workflow

    with open_db(args) as db:
        changes = workflow.resolve(db, args.comment_id, _by(args, db))
    assert changes.comment is not None
    out(f"ý kiến {changes.comment.id}: đã giải quyết / resolved")
    return 0


def cmd_comments(args: argparse.Namespace) -> int:
    """Print the review comments of a meeting, replies under their comment."""
    with open_db(args) as db:
        comments = db.review.comments(args.id, include_resolved=not args.open)
        names = db.full_names()
    if args.json:
        _dumps(
            [
                {
                    "id": c.id,
                    "reply_to": c.parent_id,
                    "part": c.part,
                    "author": c.author,
                    "text": c.text,
                    "at": c.created_at,
                    "resolved_by": c.resolved_by,
                    "resolved_at": c.resolved_at,
                }
                for c in comments
            ]
        )
        return 0
    for c in comments:
        indent = "    ↳ " if c.parent_id else ""
        mark = " [đã giải quyết]" if c.resolved else ""
        where = "" if c.parent_id else f"[{part_label(c.part)}] "
        author = _who(names, c.author)
        out(f"{indent}#{c.id} {where}{author}, {local_time_text(c.created_at)}{mark}: {c.text}")
    return 0


# -- parser --------------------------------------------------------------------------------


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the minutes-app parser."""
    by_help = "người thực hiện / who (mặc định / default: $MINUTES_APP_USER hoặc tên người dùng)"

    def meeting(name: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("id", type=record_id, metavar="ID")
        return p

    for action, help_text in [
        (Action.SUBMIT, "trình duyệt / submit for review"),
        (Action.RETURN, "trả lại kèm ý kiến / return with a comment"),
        (Action.APPROVE, "duyệt, cấp số, khóa nội dung / approve, number and freeze"),
        (Action.REOPEN, "mở lại kèm lý do / reopen with a reason"),
    ]:
        p = meeting(action.value, help_text)
        p.add_argument("--by", metavar="NAME", help=by_help)
        if action is Action.RETURN:
            p.add_argument("--comment", required=True, metavar="TEXT", help="ý kiến / comment")
        if action is Action.REOPEN:
            p.add_argument("--reason", required=True, metavar="TEXT", help="lý do / reason")
        if action is Action.APPROVE:
            p.add_argument(
                "--version",
                type=whole_number(1, MAX_ID, "phiên bản", "version"),
                metavar="N",
                help="phiên bản bạn đã đọc; từ chối nếu biên bản đã đổi / the version you read; "
                "refused if the minutes changed since",
            )
            p.add_argument(
                "--allow-number-jump",
                action="store_true",
                help="xác nhận số ghi tay cách xa số tiếp theo / confirm a hand-given number far "
                "above the next one",
            )
        p.set_defaults(func=cmd_transition, action=action.value)

    p = meeting("history", "các bước duyệt / workflow steps")
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    p.set_defaults(func=cmd_history)

    p = meeting("audit", "nhật ký thay đổi từng trường / field-level change log")
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    p.set_defaults(func=cmd_audit)

    p = meeting("verify", "kiểm tra tính nguyên vẹn / check integrity (exit 0 intact, 1 not)")
    p.set_defaults(func=cmd_verify)

    p = meeting("diff", "khác biệt giữa hai phiên bản / differences between revisions")
    p.add_argument("--from", dest="old", required=True, metavar="R", help="số phiên bản / revision")
    p.add_argument(
        "--to",
        dest="new",
        default="current",
        metavar="R|current",
        help="số phiên bản hoặc current (mặc định) / revision or current (default)",
    )
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("register", parents=[common], help="sổ biên bản / numbering register")
    p.add_argument("--year", type=whole_number(1, 9999, "năm", "year"), metavar="Y")
    p.add_argument("--issuer", metavar="ABBR|NAME", help="tên hoặc tên viết tắt cơ quan")
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    p.add_argument(
        "--kind",
        choices=["thong-bao", "trich-sao", "trich-bien-ban", "nghi-quyet"],
        help="sổ của loại văn bản này / the register of this derived kind",
    )
    p.add_argument(
        "--format",
        choices=["docx", "pdf"],
        help="in sổ đăng ký văn bản đi (cả năm, mọi loại) / print the outgoing "
        "register (a year, every kind)",
    )
    p.add_argument("--out", metavar="PATH", help="tệp sổ (với --format) / the file (--format)")
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("term", parents=[common], help="nhiệm kỳ (Đảng) / Party terms")
    terms = p.add_subparsers(
        dest="term_command", metavar="set|list", required=True, parser_class=type(p)
    )
    t = terms.add_parser(
        "set", parents=[common], help="đặt ngày bắt đầu nhiệm kỳ / set a term start"
    )
    t.add_argument("--issuer", required=True, metavar="ABBR|NAME")
    t.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    t.add_argument("--by", metavar="NAME", help=by_help)
    t.add_argument(
        "--refile",
        action="store_true",
        help="chuyển các số đã cấp trong nhiệm kỳ vào nhiệm kỳ / move numbers already given in "
        "the term into it",
    )
    t.set_defaults(func=cmd_term_set)
    t = terms.add_parser("list", parents=[common], help="liệt kê nhiệm kỳ / list terms")
    t.add_argument("--issuer", metavar="ABBR|NAME")
    t.add_argument("--json", action="store_true", help="in JSON / print JSON")
    t.set_defaults(func=cmd_term_list)

    p = meeting("comment", "góp ý một phần biên bản / comment on a part")
    p.add_argument("text", metavar="TEXT")
    p.add_argument(
        "--part",
        default="meeting",
        help="meeting | agenda[i] | agenda[i].statements[j] | votes[i] | tasks[i] (từ 0)",
    )
    p.add_argument(
        "--reply-to", type=record_id, metavar="COMMENT_ID", help="trả lời ý kiến / answer"
    )
    p.add_argument("--by", metavar="NAME", help=by_help)
    p.set_defaults(func=cmd_comment)

    p = sub.add_parser(
        "resolve", parents=[common], help="đánh dấu đã giải quyết / resolve a comment"
    )
    p.add_argument("comment_id", type=record_id, metavar="COMMENT_ID")
    p.add_argument("--by", metavar="NAME", help=by_help)
    p.set_defaults(func=cmd_resolve)

    p = meeting("comments", "các ý kiến góp ý / review comments")
    p.add_argument("--open", action="store_true", help="chỉ ý kiến chưa giải quyết / open only")
    p.add_argument("--json", action="store_true", help="in JSON / print JSON")
    p.set_defaults(func=cmd_comments)
