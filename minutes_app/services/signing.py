"""Signing verbs: PDF/A export, sign, verify, take back a signed file, trusted roots (no Qt)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path

from asn1crypto import x509  # type: ignore[import-untyped]

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.files import write_file
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.text import ascii_digits
from minutes_app.domain.validation import Problem
from minutes_app.render.api import render_pdf_bytes, resolve_profile
from minutes_app.render.pdfa import check_pdfa, metadata_for, to_pdfa
from minutes_app.services.export import STDOUT, Renderer, export_meeting, protected_files
from minutes_app.signing.errors import SigningError
from minutes_app.signing.roles import Role
from minutes_app.signing.sign import SignedResult, SignRequest, sign_pdf
from minutes_app.signing.verify import (
    SignatureCheck,
    content_fingerprint,
    load_roots,
    original_revision_info,
    verify_signatures,
)
from minutes_app.store import Store
from minutes_app.store import signatures as store
from minutes_app.store.review import META_APPROVED_AT, META_REVISION, META_SHA256

#: Info keys our exports add so a signed file names its meeting and layout.
META_MEETING = "minutes_app_meeting"
META_PROFILE = "minutes_app_profile"
#: The largest PDF we sign or take back (a safety cap on every input path).
MAX_PDF_BYTES = 200 * 1024 * 1024


# -- PDF/A export ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfaExport:
    """What a PDF/A export wrote."""

    path: Path
    meeting_id: int
    warnings: list[Problem]


def pdfa_renderer(meeting_id: int) -> Renderer:
    """Return the renderer the export verb uses for the PDF/A-2b archive copy of a meeting.

    It adds the meeting's id and layout to the approval metadata the verb passes in (after
    its layout and tamper checks) and converts the PDF to PDF/A-2b, checked by pikepdf.
    """

    def render(
        meeting: Meeting, fmt: str, profile: str | None, metadata: Mapping[str, str] | None
    ) -> bytes:
        layout = resolve_profile(meeting, profile)
        stamped = dict(metadata or {})
        stamped[META_MEETING] = str(meeting_id)
        stamped[META_PROFILE] = layout.name
        stamp = None
        if stamped.get(META_APPROVED_AT):
            stamp = dt.datetime.fromisoformat(stamped[META_APPROVED_AT])
        raw = render_pdf_bytes(meeting, profile, metadata=stamped)
        return to_pdfa(raw, metadata_for(meeting, layout, stamp))

    return render


def export_pdfa(
    db: Store, meeting_id: int, out: str | Path, profile: str | None = None
) -> PdfaExport:
    """Write the PDF/A-2b of a meeting through the export verb (``services.export``).

    The same checks and targets as any export: the layout check, the approval metadata with
    the tamper check, never over the database or its backups, '-' and pipes in place.
    """
    result = export_meeting(
        meeting_id, "pdf", out, db=db, profile=profile, renderer=pdfa_renderer(meeting_id)
    )
    return PdfaExport(result.file.path or Path(STDOUT), meeting_id, result.warnings)


# -- which approved revision a PDF is --------------------------------------------------------


@dataclass
class Binding:
    """The meeting revision a PDF claims to be, and whether the database agrees."""

    meeting_id: int | None
    revision: int | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.meeting_id is not None and not self.problems


def bind(db: Store, data: bytes) -> Binding:
    """Return the approved revision ``data`` shows, checking it against the database.

    The PDF names its revision by hash (Info keys written at export, read as the first
    signature signed them); the database must hold that revision as the meeting's current
    approved one, and the pages must be exactly what this application prints for it.
    """
    info = original_revision_info(data)
    sha = info.get(META_SHA256, "").strip().lower()
    if not sha:
        return Binding(
            None,
            None,
            [
                "tệp không mang mã băm của biên bản đã duyệt (không phải bản xuất của biên bản đã "
                "duyệt) / the file carries no approved-minutes hash (not an export of approved minutes)"
            ],
        )
    candidates = store.find_revision(db, sha)
    wanted = info.get(META_MEETING, "")
    if ascii_digits(wanted) and len(wanted) <= 19:  # a PDF's own text: "²" or 5,000 digits
        candidates = [c for c in candidates if c[0] == int(wanted)]
    if not candidates:
        return Binding(
            None,
            None,
            [
                "cơ sở dữ liệu không có phiên bản đã duyệt nào mang mã băm này / "
                "no approved revision in the database has this hash"
            ],
        )
    meeting_id, number = candidates[-1]
    binding = Binding(meeting_id, number)
    claimed = info.get(META_REVISION, "")
    if claimed and claimed != str(number):
        binding.problems.append(
            f"tệp ghi phiên bản {claimed} nhưng mã băm là của phiên bản {number} / "
            f"the file says revision {claimed} but the hash is revision {number}'s"
        )
    record = db.get(meeting_id)
    latest = db.review.revisions(meeting_id)[-1]
    if record.meeting.status is not Status.APPROVED or latest.revision != number:
        binding.problems.append(
            f"phiên bản đã duyệt {number} của biên bản số {meeting_id} không còn hiệu lực "
            "(đã mở lại hoặc duyệt lại) / approved revision "
            f"{number} of meeting {meeting_id} is no longer current (reopened or re-approved)"
        )
    check = db.review.verify(meeting_id)
    if not check.intact:
        binding.problems.append(
            "biên bản trong cơ sở dữ liệu không khớp phiên bản đã duyệt / "
            "the stored minutes do not match their approved revision"
        )
    revision = db.review.revision(meeting_id, number)
    profile = info.get(META_PROFILE) or None
    try:
        printed = render_pdf_bytes(revision.meeting(), profile)
    except Exception as exc:  # a damaged revision or an unknown profile
        binding.problems.append(
            f"không in lại được phiên bản đã duyệt ({type(exc).__name__}) / "
            f"cannot print the approved revision again ({type(exc).__name__})"
        )
        return binding
    if content_fingerprint(printed) != content_fingerprint(data):
        binding.problems.append(
            f"nội dung các trang khác với phiên bản đã duyệt {number} của biên bản số "
            f"{meeting_id} / the pages differ from approved revision {number} of meeting "
            f"{meeting_id}"
        )
    return binding


# -- signing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignOutcome:
    """What signing did: the file written and the history row."""

    path: Path
    result: SignedResult
    meeting_id: int
    revision: int
    record: store.SignatureRecord


def _unreadable(path: Path, exc: OSError) -> SigningError:
    return SigningError(
        f"{path}: không đọc được tệp ({exc.strerror})", f"{path}: cannot read the file"
    )


def _read(path: Path) -> bytes:
    """Return a file's bytes; one that cannot be read is refused naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _read_pdf(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise SigningError(f"{path}: tệp quá lớn", f"{path}: the file is too large")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"{path}: không tìm thấy tệp", f"{path}: file not found") from None
    except IsADirectoryError:
        raise SigningError(f"{path}: là một thư mục", f"{path}: is a folder") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not data.startswith(b"%PDF-"):
        raise SigningError(f"{path}: không phải tệp PDF", f"{path}: not a PDF file")
    return data


def _first_revision(data: bytes) -> bytes:
    """Return the document as it was before its first signature (the whole file if unsigned)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = list(reader.embedded_signatures)
    if not signatures:
        return data
    first = min(signatures, key=lambda s: s.signed_revision)
    end = reader.xrefs.get_xref_container_info(max(first.signed_revision - 1, 0)).end_location
    eof = data.find(b"%%EOF", end)
    if eof < 0:
        return data
    cut = eof + 5
    while cut < len(data) and data[cut : cut + 1] in (b"\r", b"\n"):
        cut += 1
    return data[:cut]


def sign_file(db: Store, source: Path, out: Path, request: SignRequest, *, by: str) -> SignOutcome:
    """Sign ``source`` into ``out`` as ``request.role``; record it in the meeting's history.

    Refused unless the file is the PDF/A of minutes whose approved revision is current and
    matches the pages, and the earlier signatures are intact.
    """
    data = _read_pdf(source)
    binding = bind(db, data)
    if not binding.ok or binding.meeting_id is None or binding.revision is None:
        raise SigningError(
            "không ký: " + "; ".join(p.split(" / ")[0] for p in binding.problems),
            "not signed: " + "; ".join(p.split(" / ")[-1] for p in binding.problems),
        )
    check_pdfa(_first_revision(data), str(source))
    roots = trusted_roots(db)
    earlier = verify_signatures(data, roots) if roots else []
    broken = [c for c in earlier if any("sửa" in p or "bao trọn" in p for p in c.problems)]
    if broken:
        raise SigningError(
            f"không ký: chữ ký trước đó đã hỏng ({broken[0].field_name})",
            f"not signed: an earlier signature is broken ({broken[0].field_name})",
        )
    result = sign_pdf(data, request)
    # Never over the database or its backups (the same guard as every export).
    local = getattr(db, "path", None)  # the office database has no file here to guard
    path = write_file(
        out, result.data, protected=protected_files(local) if local is not None else None
    )
    _, rows = store.record(
        db,
        binding.meeting_id,
        binding.revision,
        [
            _new_signature(
                result.role.value,
                result.signer,
                _cert_sha(result.data, result.role),
                result.signed_at,
                result.level,
            )
        ],
        source="sign",
        by=by,
        document=(path.name, result.data, hashlib.sha256(result.data).hexdigest()),
    )
    return SignOutcome(path, result, binding.meeting_id, binding.revision, rows[0])


def _new_signature(
    role: str, signer: str, cert: str, when: dt.datetime | None, level: str
) -> store.NewSignature:
    return store.NewSignature(role, signer, cert, when.isoformat() if when else "", level)


def _cert_sha(data: bytes, role: Role) -> str:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    for sig in reader.embedded_signatures:
        if sig.field_name == role.field_name:
            return hashlib.sha256(sig.signer_cert.dump()).hexdigest()
    return ""


# -- verification ----------------------------------------------------------------------------


@dataclass
class VerifyReport:
    """The verdict on a file: one check per signature, and the content against the database."""

    checks: list[SignatureCheck]
    binding: Binding | None  # None: no database was open

    @property
    def ok(self) -> bool:
        return (
            bool(self.checks)
            and all(c.ok for c in self.checks)
            and (self.binding is None or self.binding.ok)
        )

    def lines(self) -> list[str]:
        """Return the report, one line per signature, then the content check."""
        out = [c.line() for c in self.checks]
        if not self.checks:
            out.append("tệp không có chữ ký số nào / the file has no digital signature")
        if self.binding is not None:
            if self.binding.ok:
                out.append(
                    f"nội dung / content: là phiên bản đã duyệt {self.binding.revision} của biên "
                    f"bản số {self.binding.meeting_id} / is approved revision "
                    f"{self.binding.revision} of meeting {self.binding.meeting_id}"
                )
            else:
                out.extend(f"nội dung / content: {p}" for p in self.binding.problems)
        return out


def trusted_roots(db: Store | None, extra: list[Path] | None = None) -> list[x509.Certificate]:
    """Return the roots set in the database plus those in the ``extra`` PEM files."""
    roots: list[x509.Certificate] = []
    if db is not None:
        for root in store.roots(db):
            roots.extend(load_roots(root.pem.encode("ascii"), root.subject))
    for path in extra or []:
        roots.extend(load_roots(_read(path), str(path)))
    return roots


def verify_data(
    data: bytes, db: Store | None, extra_roots: list[Path] | None = None
) -> VerifyReport:
    """Verify every signature of ``data``; with a database, bind it to its approved revision."""
    checks = verify_signatures(data, trusted_roots(db, extra_roots))
    binding = bind(db, data) if db is not None else None
    return VerifyReport(checks, binding)


def verify_file(
    path: Path, db: Store | None, extra_roots: list[Path] | None = None
) -> VerifyReport:
    """Verify a PDF file (see :func:`verify_data`)."""
    return verify_data(_read_pdf(path), db, extra_roots)


# -- taking back a file signed elsewhere -----------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    """A signed file taken back: the report and the rows recorded."""

    report: VerifyReport
    document: store.SignedDocument
    records: list[store.SignatureRecord]


def import_signed(
    db: Store, path: Path, *, by: str, extra_roots: list[Path] | None = None
) -> ImportOutcome:
    """Verify a file signed with another tool and file it with its meeting ("Nhập bản đã ký")."""
    data = _read_pdf(path)
    report = verify_data(data, db, extra_roots)
    if not report.ok or report.binding is None or report.binding.meeting_id is None:
        raise SigningError(
            "không nhập: " + "; ".join(report.lines()), "not taken back: see the report above"
        )
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    certs = {
        s.field_name: hashlib.sha256(s.signer_cert.dump()).hexdigest()
        for s in reader.embedded_regular_signatures
    }
    new = [
        _new_signature(
            c.role.value if c.role else "unknown",
            c.signer,
            certs.get(c.field_name, ""),
            c.signed_at,
            c.level,
        )
        for c in report.checks
    ]
    assert report.binding.revision is not None
    document, rows = store.record(
        db,
        report.binding.meeting_id,
        report.binding.revision,
        new,
        source="import",
        by=by,
        document=(path.name, data, hashlib.sha256(data).hexdigest()),
    )
    assert document is not None
    return ImportOutcome(report, document, rows)


# -- trusted roots ---------------------------------------------------------------------------


def add_trusted_root(db: Store, path: Path, *, by: str) -> list[store.TrustedRoot]:
    """Trust every certificate in a PEM/DER file (the body's roots, e.g. the government CA)."""
    data = _read(path)
    added = []
    for cert in load_roots(data, str(path)):
        der = cert.dump()
        pem_text = (
            "-----BEGIN CERTIFICATE-----\n"
            + "\n".join(_chunks(__import__("base64").b64encode(der).decode("ascii"), 64))
            + "\n-----END CERTIFICATE-----\n"
        )
        added.append(
            store.add_root(
                db, hashlib.sha256(der).hexdigest(), cert.subject.human_friendly, pem_text, by
            )
        )
    return added


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]
