"""Sign a PDF incrementally (PAdES B-B, or B-T with a timestamp) with the Decree 30 appearance."""

from __future__ import annotations

import asyncio
import datetime as dt
import io

import pikepdf
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.stamp import StaticStampStyle

from minutes_app.domain.dataclass import dataclass
from minutes_app.render.signature_boxes import INFO_KEY, decode
from minutes_app.signing.appearance import (
    Rect,
    SignatureImage,
    copy_lines,
    copy_rect,
    fit,
    image_appearance,
    seal_rect,
    signer_lines,
    text_appearance,
)
from minutes_app.signing.errors import SigningError
from minutes_app.signing.keys import KeySource, open_signer
from minutes_app.signing.roles import Role, vn_now


@dataclass(frozen=True)
class SignRequest:
    """What to sign with, as whom, and how it looks."""

    role: Role
    key: KeySource
    image: SignatureImage | None = None
    tsa_url: str | None = None
    copy_form: str = "SAO Y"  # for Role.COPY: the copy form (sao y, sao lục, trích sao)
    body: str = ""  # for Role.COPY: the body that makes the copy
    seal_mm: float | None = None  # the seal's real width when the image does not say it
    reason: str = ""
    location: str = ""


@dataclass(frozen=True)
class SignedResult:
    """The signed bytes and what was signed."""

    data: bytes
    role: Role
    signer: str
    signed_at: dt.datetime
    level: str  # "B-B" or "B-T"
    rect: Rect


class _BytesPage(content.ImportedPdfPage):
    """A PDF page, given as bytes, imported as the appearance (pyHanko's class reads a file)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(file_name="", page_ix=0)  # type: ignore[no-untyped-call]
        self._data = data

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._data)), page_ix=0)
        self.resources.xobject["/Appearance"] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return b"/Appearance Do"


def signed_fields(data: bytes) -> dict[str, Rect | None]:
    """Return the signed signature fields of ``data`` with their widget rectangles."""
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    names = {sig.field_name for sig in reader.embedded_signatures}
    found: dict[str, Rect | None] = {name: None for name in names}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = {page.obj.objgen: n for n, page in enumerate(pdf.pages, start=1)}
        for n, page in enumerate(pdf.pages, start=1):
            for annot in page.obj.get("/Annots", []):
                name = str(annot.get("/T", ""))
                if name in found and "/Rect" in annot:
                    x0, y0, x1, y1 = (float(v) for v in annot.Rect)
                    where = pages.get(annot.P.objgen, n) if "/P" in annot else n
                    found[name] = Rect(where, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return found


def _boxes(data: bytes) -> tuple[dict[str, object], tuple[float, float]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        text = str(pdf.docinfo.get(f"/{INFO_KEY}", ""))
        box = pdf.pages[0].mediabox
        size = (float(box[2]) - float(box[0]), float(box[3]) - float(box[1]))
    return dict(decode(text)), size


def _place(
    data: bytes, request: SignRequest, signed: dict[str, Rect | None], name: str, when: dt.datetime
) -> tuple[Rect, bytes]:
    """Return the widget rectangle and the appearance (a one-page PDF) of this signature."""
    role = request.role
    boxes, (page_w, page_h) = _boxes(data)
    if role is Role.COPY:
        rect = copy_rect(page_w, page_h)
        lines = copy_lines(request.copy_form, request.body or name, when)
        return rect, text_appearance(rect, lines, 10.0, align="right")
    if role is Role.ORGANISATION:
        if request.image is None:
            raise SigningError(
                "chữ ký số của cơ quan cần ảnh con dấu (--image CON_DAU.png)",
                "the organisation's signature needs the seal image (--image SEAL.png)",
            )
        chair = signed.get(Role.CHAIR.field_name)
        if chair is None:
            raise SigningError(
                "không tìm thấy vị trí chữ ký của chủ trì để đóng dấu lên",
                "the chair's signature is not where the seal should overlap it",
            )
        rect = seal_rect(chair, request.image, request.seal_mm)
        return rect, image_appearance(rect, request.image)
    box = boxes.get(role.value)
    if box is None:
        raise SigningError(
            "tệp PDF không ghi vị trí khối chữ ký (không phải bản xuất của ứng dụng này); "
            "hãy xuất lại bằng “export --pdfa”",
            "the PDF does not record where the signature block is (not exported by this "
            "application); export it again with 'export --pdfa'",
        )
    from minutes_app.render.signature_boxes import SignatureBox

    assert isinstance(box, SignatureBox)
    if request.image is not None:
        rect = fit(box, request.image)
        return rect, image_appearance(rect, request.image)
    rect = Rect(box.page, box.x0, box.y0, box.x1, box.y1)
    return rect, text_appearance(rect, signer_lines(name, when), 10.0)


def _check_order(role: Role, signed: dict[str, Rect | None]) -> None:
    if role.field_name in signed:
        raise SigningError(
            f"tệp đã có chữ ký của {role.label.split(' / ')[0]}; mỗi vai trò chỉ ký một lần",
            f"the file is already signed by the {role.label.split(' / ')[1]}; each role signs once",
        )
    needed = role.requires
    if needed is not None and needed.field_name not in signed:
        raise SigningError(
            f"{needed.label.split(' / ')[0]} phải ký trước {role.label.split(' / ')[0]} "
            "(thứ tự: thư ký, chủ trì, cơ quan)",
            f"the {needed.label.split(' / ')[1]} must sign before the "
            f"{role.label.split(' / ')[1]} (order: secretary, chair, organisation)",
        )


async def _sign(
    pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter, when: dt.datetime
) -> bytes:
    # pyHanko's sign_pdf, with the signing time set by us (Vietnam's time, also in the stamp).
    session = pdf_signer.init_signing_session(writer, existing_fields_only=False)
    session.system_time = when
    validation_info = await session.perform_presign_validation(writer)
    reserved = await session.estimate_signature_container_size(validation_info, tight=False)
    tbs = session.prepare_tbs_document(
        validation_info=validation_info, bytes_reserved=reserved, appearance_text_params=None
    )
    digest, output = tbs.digest_tbs_document(output=io.BytesIO(), in_place=False)
    post = await tbs.perform_signature(
        document_digest=digest.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(
            signing_time=when,
            cades_signed_attrs=pdf_signer.signature_meta.cades_signed_attr_spec,
        ),
    )
    await post.post_signature_processing(output)
    output.seek(0)
    return bytes(output.read())


def common_name(cert: object) -> str:
    """Return the certificate subject's common name (or the whole subject)."""
    subject = getattr(cert, "subject", None)
    if subject is None:
        return ""
    native = subject.native
    return str(native.get("common_name") or subject.human_friendly)


def sign_pdf(data: bytes, request: SignRequest) -> SignedResult:
    """Return ``data`` with one more signature appended (earlier signatures stay valid)."""
    role = request.role
    try:
        signed = signed_fields(data)
    except Exception as exc:
        raise SigningError(
            f"không đọc được tệp PDF ({type(exc).__name__})",
            f"cannot read the PDF ({type(exc).__name__})",
        ) from None
    _check_order(role, signed)
    when = vn_now()
    with open_signer(request.key) as signer:
        name = common_name(signer.signing_cert)
        rect, appearance = _place(data, request, signed, name, when)
        style = StaticStampStyle(
            background=_BytesPage(appearance),
            border_width=0,
            background_opacity=1.0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins(0, 0, 0, 0),
            ),
        )
        meta = signers.PdfSignatureMetadata(
            field_name=role.field_name,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=request.reason or role.label,
            location=request.location or None,
            name=name or None,
        )
        stamper = timestamps.HTTPTimeStamper(request.tsa_url) if request.tsa_url else None
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer,
            timestamper=stamper,
            stamp_style=style,
            new_field_spec=fields.SigFieldSpec(
                role.field_name,
                on_page=rect.page - 1,
                box=rect.as_tuple(),  # type: ignore[arg-type]
            ),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        try:
            out = asyncio.run(_sign(pdf_signer, writer, when))
        except SigningError:
            raise
        except Exception as exc:
            raise SigningError(
                f"ký không thành công: {type(exc).__name__}: {exc}",
                f"signing failed: {type(exc).__name__}: {exc}",
            ) from None
    return SignedResult(out, role, name, when, "B-T" if stamper else "B-B", rect)
