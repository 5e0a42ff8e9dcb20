"""Check every signature of a PDF: intact, covering the file, chained to a trusted root."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import field

import pikepdf
from asn1crypto import pem, x509  # type: ignore[import-untyped]
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from minutes_app.domain.dataclass import dataclass
from minutes_app.signing.errors import SigningError
from minutes_app.signing.roles import VN_TIME, Role, role_of_field
from minutes_app.signing.sign import common_name

_HARMLESS = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)


@dataclass
class SignatureCheck:
    """The verdict on one signature, with the reasons it fails (bilingual, one a line)."""

    field_name: str
    role: Role | None
    signer: str
    signed_at: dt.datetime | None
    timestamp_at: dt.datetime | None
    level: str
    revision: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        """Return the one-line report: who, when, role, result."""
        when = self.signed_at.isoformat() if self.signed_at else "?"
        if self.timestamp_at:
            when += f" (dấu thời gian / timestamp {self.timestamp_at.isoformat()})"
        role = self.role.label if self.role else "không rõ / unknown"
        result = (
            "HỢP LỆ / VALID" if self.ok else "KHÔNG HỢP LỆ / INVALID: " + "; ".join(self.problems)
        )
        return f"{self.field_name}: {self.signer or '?'}, {when}, {role}, {self.level}: {result}"


def load_roots(pem_data: bytes, name: str = "") -> list[x509.Certificate]:
    """Return the certificates of a PEM (or one DER) file of trusted roots."""
    certs: list[x509.Certificate] = []
    try:
        if pem.detect(pem_data):
            for _, _, der in pem.unarmor(pem_data, multiple=True):
                certs.append(x509.Certificate.load(der))
        else:
            certs.append(x509.Certificate.load(pem_data))
        for cert in certs:
            cert.native  # noqa: B018 (parses it now: a damaged file fails here)
    except Exception:
        raise SigningError(
            f"{name}: không phải chứng thư X.509 (PEM hoặc DER)",
            f"{name}: not an X.509 certificate (PEM or DER)",
        ) from None
    if not certs:
        raise SigningError(f"{name}: tệp không có chứng thư nào", f"{name}: no certificate in it")
    return certs


def _vn(when: dt.datetime | None) -> dt.datetime | None:
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(VN_TIME)


def _context(roots: list[x509.Certificate], moment: dt.datetime | None = None) -> ValidationContext:
    # Offline: no fetching; a certificate without revocation information is not refused
    # for that alone (the body's own CA may publish none), but a known revocation is.
    return ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=moment
    )


def verify_signatures(data: bytes, roots: list[x509.Certificate]) -> list[SignatureCheck]:
    """Return one check per signature, oldest first; an unsigned file gives an empty list."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_regular_signatures)
        revisions = reader.xrefs.total_revisions
    except Exception as exc:
        raise SigningError(
            f"không đọc được tệp PDF ({type(exc).__name__})",
            f"cannot read the PDF ({type(exc).__name__})",
        ) from None
    checks: list[SignatureCheck] = []
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    for n, sig in enumerate(signatures):
        last = n == len(signatures) - 1
        name = str(sig.field_name)
        check = SignatureCheck(
            name, role_of_field(name), "", None, None, "B-B", sig.signed_revision
        )
        checks.append(check)
        try:
            status = validate_pdf_signature(
                sig,
                signer_validation_context=_context(roots),
                ts_validation_context=_context(roots),
                key_usage_settings=usage,
            )
        except Exception as exc:  # a damaged signature container
            check.problems.append(
                f"chữ ký hỏng, không kiểm tra được ({type(exc).__name__}) / "
                f"damaged signature ({type(exc).__name__})"
            )
            continue
        check.signer = common_name(status.signing_cert)
        check.signed_at = _vn(status.signer_reported_dt)
        ts = status.timestamp_validity
        if ts is not None:
            check.level = "B-T"
            check.timestamp_at = _vn(ts.timestamp)
            if not (ts.intact and ts.valid and ts.trusted):
                check.problems.append(
                    "dấu thời gian không hợp lệ hoặc không tin cậy / "
                    "the timestamp is invalid or untrusted"
                )
        if not status.intact or not status.valid:
            check.problems.append(
                "nội dung đã bị sửa sau khi ký (chữ ký không khớp) / "
                "the content was changed after signing (signature does not match)"
            )
        elif not status.trusted:
            check.problems.append(
                "chứng thư không dẫn tới gốc tin cậy nào / "
                "the certificate does not chain to a trusted root"
            )
        coverage = status.coverage
        level = status.modification_level
        if coverage == SignatureCoverageLevel.ENTIRE_FILE:
            pass
        elif coverage == SignatureCoverageLevel.ENTIRE_REVISION and not last:
            if level not in _HARMLESS:
                check.problems.append(
                    "tệp bị sửa sau chữ ký này (không chỉ thêm chữ ký) / "
                    "the file was changed after this signature (not only signatures added)"
                )
        else:
            check.problems.append(
                "chữ ký không bao trọn tệp: có phần thêm vào sau chữ ký cuối / "
                "the signature does not cover the file: something was appended after the last one"
            )
    if signatures:
        # Every revision after the unsigned original must be one of the signatures' own: an
        # update that no signature covers (a page added, an annotation, an empty field with
        # its own appearance) is refused even when pyHanko calls it harmless.
        signed = {s.signed_revision for s in reader.embedded_signatures}
        stray = [r for r in range(1, revisions) if r not in signed]
        if stray and checks:
            checks[-1].problems.append(
                f"có {len(stray)} lần sửa tệp không được ký / "
                f"{len(stray)} update(s) of the file are not signed"
            )
        unsigned_fields = _empty_signature_fields(data)
        if unsigned_fields and checks:
            checks[-1].problems.append(
                "có ô chữ ký trống được thêm vào: "
                + ", ".join(unsigned_fields)
                + " / empty signature fields were added"
            )
    return checks


def _empty_signature_fields(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        form = pdf.Root.get("/AcroForm")
        if form is None:
            return []
        return [
            str(f.get("/T", "?"))
            for f in form.get("/Fields", [])
            if f.get("/FT") == "/Sig" and "/V" not in f
        ]


def original_revision_info(data: bytes) -> dict[str, str]:
    """Return the document information as the first signature signed it (else as it is now)."""
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = list(reader.embedded_signatures)
    if signatures:
        resolver = reader.get_historical_resolver(min(s.signed_revision for s in signatures))
        trailer = resolver.trailer_view
    else:
        trailer = reader.trailer_view
    info = trailer.get("/Info")
    if info is None:
        return {}
    info = info.get_object()
    out: dict[str, str] = {}
    for key, value in info.items():
        try:
            out[str(key).lstrip("/")] = str(value.get_object())
        except Exception:
            continue
    return out


def content_fingerprint(data: bytes) -> str:
    """Return a hash of what the pages show: their size, content streams and embedded fonts.

    Metadata, object numbers, compression and signature widgets do not count, so a PDF/A copy
    and the plain PDF of the same minutes, signed or not, give the same fingerprint.
    """
    digest = hashlib.sha256()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            digest.update(b"page" + repr([float(v) for v in page.mediabox]).encode())
            contents = page.obj.get("/Contents")
            streams = contents if isinstance(contents, pikepdf.Array) else [contents]
            for stream in streams:
                if stream is not None:
                    digest.update(stream.read_bytes())
            resources = page.obj.get("/Resources", pikepdf.Dictionary())
            for name, font in sorted(resources.get("/Font", pikepdf.Dictionary()).items()):
                digest.update(name.encode() + str(font.get("/BaseFont", "")).encode())
                target = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = target.get("/FontDescriptor")
                if descriptor is not None:
                    for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                        if key in descriptor:
                            digest.update(descriptor[key].read_bytes())
            for name, xobject in sorted(resources.get("/XObject", pikepdf.Dictionary()).items()):
                digest.update(name.encode() + xobject.read_bytes())
    return digest.hexdigest()
