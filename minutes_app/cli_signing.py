"""Signing subcommands (sign, verify-pdf, import-signed, trust), registered by cli.build_parser."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import Any

from minutes_app.cli_base import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    acting_name,
    db_path,
    err,
    open_db,
    problem_line,
)
from minutes_app.store import Store, is_office


def _quiet_libraries() -> None:
    """Keep pyHanko's own log (tracebacks of expected failures) off the terminal: we report."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _secret(args: argparse.Namespace, stdin_flag: str, prompt: str) -> str:
    """Return a password or PIN: one line of stdin with the flag, else a prompt (no echo)."""

    if getattr(args, stdin_flag):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(
            f"không có thiết bị đầu cuối để hỏi mật khẩu; dùng --{stdin_flag.replace('_', '-')} / "
            f"no terminal to ask for the secret; use --{stdin_flag.replace('_', '-')}"
        )
    return getpass.getpass(prompt)


def _open_db(args: argparse.Namespace, *, required: bool) -> Store | None:
    if not is_office(args.db) and not required and not db_path(args).exists():
        return None
    return open_db(args, create=False)


def _acting(args: argparse.Namespace, db: Store) -> str | None:
    return acting_name(args, db)


def export_pdfa(args: argparse.Namespace) -> int:
    """``export ID --format pdf --pdfa``: write the checked PDF/A-2b archive copy."""
    _quiet_libraries()
    from minutes_app.render.errors import LayoutCheckFailed
    from minutes_app.services.signing import export_pdfa as export

    if args.format != "pdf":
        raise UsageError("--pdfa chỉ dùng với --format pdf / --pdfa goes with --format pdf")
    if args.all:
        raise UsageError("--pdfa xuất từng biên bản một / --pdfa exports one meeting at a time")
    db = _open_db(args, required=True)
    assert db is not None
    with db:
        try:
            done = export(db, args.id, args.out, args.profile)
        except LayoutCheckFailed as exc:
            err(
                f"{args.out}: chưa xuất được vì biên bản còn lỗi / not exported, the meeting has errors"
            )
            err(*(problem_line(p) for p in exc.problems))
            return EXIT_BAD_INPUT
    err(*(problem_line(p) for p in done.warnings))
    err(f"{done.path}: PDF/A-2b (đã kiểm tra / checked)")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    """Sign a PDF as secretary, chair or organisation (or a copy) and record it in the history."""
    _quiet_libraries()
    from minutes_app.services import signing as service
    from minutes_app.services.signing_settings import SigningSettings
    from minutes_app.signing.appearance import load_image
    from minutes_app.signing.keys import KeySource, Pkcs12Key, TokenKey
    from minutes_app.signing.roles import Role
    from minutes_app.signing.sign import SignRequest

    role = Role(args.role)
    if args.copy and role is not Role.ORGANISATION:
        raise UsageError(
            "--copy chỉ dùng với --as organisation / --copy goes with --as organisation"
        )
    if args.copy:
        role = Role.COPY
    if bool(args.p12) == bool(args.pkcs11_module):
        raise UsageError(
            "cần đúng một trong --p12 hoặc --pkcs11-module / give --p12 or --pkcs11-module"
        )
    key: KeySource
    if args.p12:
        key = Pkcs12Key(Path(args.p12), _secret(args, "password_stdin", "Mật khẩu / password: "))
    else:
        if not args.token_label:
            raise UsageError(
                "--pkcs11-module cần --token-label / --pkcs11-module needs --token-label"
            )
        pin = _secret(args, "pin_stdin", "Mã PIN / PIN: ")
        key = TokenKey(Path(args.pkcs11_module), args.token_label, pin, args.key_label)
    settings = SigningSettings.load()
    image = None
    kind = "seal" if role is Role.ORGANISATION else "signature"
    if args.image and role is not Role.COPY:
        data = Path(args.image).read_bytes()
        image = load_image(data, args.image)
        if args.keep_image:
            settings.keep_image(kind, data)
            err(f"Đã lưu ảnh để dùng lần sau / image kept for next time ({kind})")
    elif role is not Role.COPY and not args.no_image:
        kept = settings.image(kind)
        if kept is not None:
            image = load_image(kept, f"({kind})")
    request = SignRequest(
        role,
        key,
        image,
        tsa_url=args.tsa,
        copy_form=args.copy or "",
        body=args.body or "",
        seal_mm=args.seal_size,
        reason=args.reason or "",
        location=args.location or "",
    )
    from minutes_app.store.review import default_user

    with open_db(args, create=False) as db:
        by = acting_name(args, db) or default_user()
        done = service.sign_file(db, Path(args.file), Path(args.out), request, by=by)
    r = done.result
    print(done.path, flush=True)
    err(
        f"Đã ký ({r.level}) với vai trò {role.label} / signed ({r.level}) as {role.value}: "
        f"{r.signer}, {r.signed_at.isoformat()}; biên bản số {done.meeting_id}, phiên bản "
        f"{done.revision} / meeting {done.meeting_id}, revision {done.revision}"
    )
    return EXIT_OK


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    """Check every signature of a PDF; exit 0 when all are valid, 1 otherwise."""
    _quiet_libraries()
    from minutes_app.services.signing import verify_file

    trust = [Path(p) for p in args.trust or []]
    db = None if args.no_db else _open_db(args, required=False)
    try:
        report = verify_file(Path(args.file), db, trust)
    finally:
        if db is not None:
            db.close()
    for line in report.lines():
        print(line, flush=True)
    return EXIT_OK if report.ok else EXIT_BAD_INPUT


def cmd_import_signed(args: argparse.Namespace) -> int:
    """Take back a file signed with another tool: verify it, then file it with its meeting."""
    _quiet_libraries()
    from minutes_app.services.signing import import_signed
    from minutes_app.store.review import default_user

    db = _open_db(args, required=True)
    assert db is not None
    with db:
        done = import_signed(
            db,
            Path(args.file),
            by=_acting(args, db) or default_user(),
            extra_roots=[Path(p) for p in args.trust or []],
        )
    for line in done.report.lines():
        print(line, flush=True)
    err(
        f"Đã lưu bản đã ký vào biên bản số {done.document.meeting_id} / filed with meeting "
        f"{done.document.meeting_id}"
    )
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    """List, add or remove the body's trusted root certificates (kept in the database)."""
    from minutes_app.services.signing import add_trusted_root
    from minutes_app.store import signatures as store
    from minutes_app.store.review import default_user

    db = _open_db(args, required=True)
    assert db is not None
    with db:
        if args.action == "add":
            for root in add_trusted_root(db, Path(args.value), by=default_user()):
                print(f"{root.sha256}  {root.subject}")
        elif args.action == "remove":
            gone = store.remove_root(db, args.value)
            if not gone:
                err(f"không có gốc tin cậy nào khớp {args.value} / no trusted root matches")
                return EXIT_BAD_INPUT
            for root in gone:
                print(f"{root.sha256}  {root.subject}")
        else:
            for root in store.roots(db):
                print(f"{root.sha256}  {root.subject}")
    return EXIT_OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the minutes-app parser."""
    from minutes_app.signing.roles import Role

    p = sub.add_parser("sign", parents=[common], help="ký số tệp PDF / digitally sign a PDF")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--out", required=True, metavar="SIGNED.pdf")
    p.add_argument(
        "--as", dest="role", required=True, choices=[r.value for r in Role if r is not Role.COPY]
    )
    p.add_argument("--p12", metavar="FILE", help="tệp khóa PKCS#12 / PKCS#12 key file")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="đọc mật khẩu từ stdin / read the password from stdin",
    )
    p.add_argument(
        "--pkcs11-module",
        metavar="PATH",
        help="trình điều khiển thiết bị ký / the token's PKCS#11 driver",
    )
    p.add_argument("--token-label", metavar="L")
    p.add_argument("--key-label", metavar="K")
    p.add_argument(
        "--pin-stdin", action="store_true", help="đọc PIN từ stdin / read the PIN from stdin"
    )
    p.add_argument(
        "--tsa", metavar="URL", help="máy chủ dấu thời gian (PAdES B-T) / timestamp server"
    )
    p.add_argument(
        "--image", metavar="FILE.png", help="ảnh chữ ký hoặc con dấu / signature or seal image"
    )
    p.add_argument(
        "--keep-image",
        action="store_true",
        help="lưu ảnh cho lần sau (theo người dùng) / keep the image for next time",
    )
    p.add_argument("--no-image", action="store_true", help="không dùng ảnh đã lưu / no kept image")
    p.add_argument(
        "--seal-size",
        type=float,
        metavar="MM",
        help="đường kính con dấu khi ảnh không ghi / the seal's size in mm",
    )
    p.add_argument(
        "--copy",
        metavar="FORM",
        help="ký bản sao (vd. “SAO Y”) ở góc trên phải trang 1 / sign a copy",
    )
    p.add_argument("--body", metavar="NAME", help="tên cơ quan sao / the body making the copy")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--location", metavar="TEXT")
    p.add_argument("--by", metavar="NAME", help="người thực hiện (lịch sử) / who, for the history")
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser(
        "verify-pdf",
        parents=[common],
        help="kiểm tra chữ ký số của tệp PDF / verify a PDF's signatures",
    )
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        action="append",
        metavar="ROOT.pem",
        help="gốc tin cậy thêm / an extra trusted root",
    )
    p.add_argument(
        "--no-db",
        action="store_true",
        help="không đối chiếu cơ sở dữ liệu / do not check against the database",
    )
    p.set_defaults(func=cmd_verify_pdf)

    p = sub.add_parser(
        "import-signed", parents=[common], help="nhập bản đã ký / take back a signed file"
    )
    p.add_argument("file", metavar="SIGNED.pdf")
    p.add_argument("--trust", action="append", metavar="ROOT.pem")
    p.add_argument("--by", metavar="NAME")
    p.set_defaults(func=cmd_import_signed)

    p = sub.add_parser(
        "trust",
        parents=[common],
        help="gốc chứng thư tin cậy của cơ quan / the body's trusted roots",
    )
    p.add_argument("action", choices=["list", "add", "remove"])
    p.add_argument("value", nargs="?", metavar="ROOT.pem|FINGERPRINT")
    p.set_defaults(func=cmd_trust)
