"""PDF/A-2b archive copies: our PDF plus an sRGB OutputIntent and Decree 30 XMP, checked by pikepdf."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from xml.sax.saxutils import escape

import pikepdf

from minutes_app import paths
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.model import Meeting
from minutes_app.render.errors import ExportError
from minutes_app.render.profile import LayoutProfile

#: The PDF/A flavour we write: part 2, conformance B (transparent signature images are allowed).
FLAVOUR = "2b"
#: Document-information keys holding the Decree 30 (Phụ lục VI) record in plain text as well.
INFO_KEYS = {
    "number": "nd30_so_ky_hieu",
    "date": "nd30_ngay",
    "doc_type": "nd30_ten_loai",
    "summary": "nd30_trich_yeu",
    "issuer": "nd30_co_quan_ban_hanh",
    "signers": "nd30_nguoi_ky",
    "pages": "nd30_so_trang",
}
_VN = dt.timezone(dt.timedelta(hours=7), "+07:00")


class PdfaCheckFailed(ExportError):
    """A document that pikepdf's PDF/A checker does not approve (the findings are in the text)."""


@dataclass(frozen=True)
class ArchiveMetadata:
    """The Decree 30 (Phụ lục VI) record of one document, as written into the XMP packet."""

    number: str  # số và ký hiệu: "Số: 07/BB-UBND"
    date: dt.date  # ngày, tháng, năm ban hành
    doc_type: str  # tên loại: "Biên bản"
    summary: str  # trích yếu nội dung
    issuer: str  # cơ quan, tổ chức ban hành
    signers: tuple[str, ...]  # người ký
    language: str = "vi"
    #: The time written as the document's creation and modification date (fixed: the same
    #: minutes always give the same archive bytes); the approval time for approved minutes.
    stamp: dt.datetime | None = None


def metadata_for(
    meeting: Meeting, profile: LayoutProfile, stamp: dt.datetime | None = None
) -> ArchiveMetadata:
    """Return the archive record of ``meeting`` as ``profile`` prints it."""
    doc_type = profile.doc_type.strip()
    number = " ".join(
        profile.number_text(meeting.number.strip(), meeting.effective_symbol()).split()
    )
    signers = tuple(
        name for name in (meeting.chair.name.strip(), meeting.secretary.name.strip()) if name
    )
    return ArchiveMetadata(
        number=number,
        date=meeting.date,
        doc_type=doc_type[:1].upper() + doc_type[1:].lower(),
        summary=" ".join((meeting.title or meeting.kind).split()),
        issuer=" ".join(meeting.issuer.name.split()),
        signers=signers,
        stamp=stamp,
    )


def srgb_profile() -> bytes:
    """Return the bundled sRGB ICC profile (resources/icc/README.md says where it comes from)."""
    return paths.resource("icc", "sRGB.icc").read_bytes()


def _stamp(meta: ArchiveMetadata) -> dt.datetime:
    if meta.stamp is not None:
        stamp = meta.stamp if meta.stamp.tzinfo else meta.stamp.replace(tzinfo=dt.UTC)
    else:
        stamp = dt.datetime.combine(meta.date, dt.time(0, 0), _VN)
    return stamp.astimezone(_VN).replace(microsecond=0)


def _pdf_date(when: dt.datetime) -> str:
    offset = when.strftime("%z")  # +0700
    return when.strftime("D:%Y%m%d%H%M%S") + f"{offset[:3]}'{offset[3:]}'"


def _clean(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot hold."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n\r"
        or (0x20 <= ord(ch) <= 0xD7FF)
        or (0xE000 <= ord(ch) <= 0xFFFD)
        or ord(ch) >= 0x10000
    )


def _x(text: str) -> str:
    return escape(_clean(text))


def _alt(tag: str, value: str, lang: str) -> str:
    return (
        f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{_x(value)}</rdf:li></rdf:Alt></{tag}>'
        if value
        else ""
    )


def _list(tag: str, kind: str, values: Iterable[str]) -> str:
    items = "".join(f"<rdf:li>{_x(v)}</rdf:li>" for v in values if v)
    return f"<{tag}><rdf:{kind}>{items}</rdf:{kind}></{tag}>" if items else ""


def _simple(tag: str, value: str) -> str:
    return f"<{tag}>{_x(value)}</{tag}>" if value else ""


def xmp_packet(meta: ArchiveMetadata, info: dict[str, str], pages: int) -> bytes:
    """Return the XMP packet: PDF/A-2B identification, Dublin Core record, Info equivalents."""
    when = _stamp(meta).isoformat()
    body = "".join(
        [
            '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
            "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
            "</rdf:Description>",
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
            "<dc:format>application/pdf</dc:format>",
            _alt("dc:title", info.get("/Title", ""), meta.language),
            _alt("dc:description", info.get("/Subject", ""), meta.language),
            _list("dc:creator", "Seq", [info.get("/Author", "")]),
            _simple("dc:identifier", meta.number),
            _list("dc:date", "Seq", [meta.date.isoformat()]),
            _list("dc:type", "Bag", [meta.doc_type]),
            _list("dc:publisher", "Bag", [meta.issuer]),
            _list("dc:contributor", "Bag", meta.signers),
            _list("dc:language", "Bag", [meta.language]),
            _list("dc:subject", "Bag", [meta.summary]),
            _list("dc:relation", "Bag", [f"số trang: {pages}"]),
            "</rdf:Description>",
            '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
            _simple("xmp:CreatorTool", info.get("/Creator", "")),
            f"<xmp:CreateDate>{when}</xmp:CreateDate>",
            f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
            f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
            "</rdf:Description>",
            '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
            _simple("pdf:Producer", info.get("/Producer", "")),
            _simple("pdf:Keywords", info.get("/Keywords", "")),
            "</rdf:Description>",
        ]
    )
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{body}</rdf:RDF></x:xmpmeta>"
        + "\n"
        + " " * 2000
        + "\n"  # padding, so a later editor can grow the packet in place
        + '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def _text(value: object) -> str:
    return str(value) if value is not None else ""


def _record(meta: ArchiveMetadata, pages: int) -> dict[str, str]:
    return {
        INFO_KEYS["number"]: meta.number,
        INFO_KEYS["date"]: meta.date.isoformat(),
        INFO_KEYS["doc_type"]: meta.doc_type,
        INFO_KEYS["summary"]: meta.summary,
        INFO_KEYS["issuer"]: meta.issuer,
        INFO_KEYS["signers"]: "; ".join(meta.signers),
        INFO_KEYS["pages"]: str(pages),
    }


def to_pdfa(pdf_bytes: bytes, meta: ArchiveMetadata) -> bytes:
    """Return ``pdf_bytes`` as PDF/A-2b, checked by pikepdf; raise ``PdfaCheckFailed`` if not."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            # Our writer already omits these; a PDF from elsewhere may carry an empty one.
            if "/Trans" in page.obj and not page.obj.Trans.keys():
                del page.obj["/Trans"]
        when = _pdf_date(_stamp(meta))
        info = pdf.docinfo
        info["/CreationDate"] = when
        info["/ModDate"] = when
        for key, value in _record(meta, pages).items():
            info[f"/{key}"] = value
        texts = {
            k: _text(info.get(k))
            for k in ("/Title", "/Subject", "/Author", "/Creator", "/Producer", "/Keywords")
        }
        if "/Trapped" in info:
            del info["/Trapped"]  # not in the XMP tables PDF/A-2 checks agree with
        pdf.Root.Metadata = pdf.make_stream(
            xmp_packet(meta, texts, pages), Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML
        )
        icc = pdf.make_stream(srgb_profile(), N=3)
        pdf.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.OutputIntent,
                    S=pikepdf.Name.GTS_PDFA1,
                    OutputConditionIdentifier="sRGB",
                    Info="sRGB IEC61966-2.1",
                    DestOutputProfile=icc,
                )
            ]
        )
        if meta.language:
            pdf.Root.Lang = meta.language
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    data = out.getvalue()
    check_pdfa(data)
    return data


def pdfa_findings(data: bytes) -> list[str]:
    """Return why pikepdf's PDF/A-2b checker refuses ``data`` (empty: it passes)."""
    import pikepdf.pdfa

    report = pikepdf.pdfa.validate_written(io.BytesIO(data), FLAVOUR)
    if report.passed:
        return []
    return [str(f) for f in report.findings] or [f"verdict: {report.verdict}"]


def check_pdfa(data: bytes, name: str = "PDF") -> None:
    """Raise ``PdfaCheckFailed`` naming the broken rules unless ``data`` is PDF/A-2b."""
    findings = pdfa_findings(data)
    if findings:
        shown = "; ".join(findings[:5]) + (f" (+{len(findings) - 5})" if len(findings) > 5 else "")
        raise PdfaCheckFailed(
            f"{name} không đạt chuẩn PDF/A-2b: {shown}",
            f"{name} is not PDF/A-2b: {shown}",
            None,
        )
