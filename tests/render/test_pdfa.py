"""PDF/A-2b archive copies: every one we write passes pikepdf's own PDF/A checker."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from minutes_app.domain.model import Meeting
from minutes_app.render.api import render_pdf_bytes, resolve_profile
from minutes_app.render.pdfa import (
    INFO_KEYS,
    PdfaCheckFailed,
    check_pdfa,
    metadata_for,
    pdfa_findings,
    srgb_profile,
    to_pdfa,
)
from tests.render.conftest import load_fixture, long_meeting

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


def archive(meeting: Meeting, profile: str, stamp: dt.datetime | None = None) -> bytes:
    layout = resolve_profile(meeting, profile)
    return to_pdfa(render_pdf_bytes(meeting, profile), metadata_for(meeting, layout, stamp))


def _cases() -> list[tuple[str, Meeting, str]]:
    state = load_fixture("state-meeting.json")
    seed = load_fixture("seed-meeting.json")
    return [
        ("state", state, "state"),
        ("state-as-party", state, "party"),
        ("seed-party", seed, "party"),
        ("seed-state", seed, "state"),
        ("long-state", long_meeting(state, 300), "state"),
        ("long-party", long_meeting(seed, 300), "party"),
    ]


@pytest.mark.parametrize(("name", "meeting", "profile"), _cases(), ids=[c[0] for c in _cases()])
def test_every_archive_copy_passes_pikepdfs_checker(
    name: str, meeting: Meeting, profile: str
) -> None:
    data = archive(meeting, profile)
    assert pdfa_findings(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        # The rules the issue names, one by one (the checker covers them and more).
        for page in pdf.pages:
            assert "/Trans" not in page.obj
            for font in page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant.FontDescriptor, font.BaseFont
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        assert intent.DestOutputProfile.read_bytes() == srgb_profile()
        xmp = ET.fromstring(pdf.Root.Metadata.read_bytes())
        assert xmp.find(".//pdfaid:part", NS).text == "2"
        assert xmp.find(".//pdfaid:conformance", NS).text == "B"
        if name.startswith("long"):
            assert len(pdf.pages) > 40


def test_the_decree_30_record_is_in_the_metadata() -> None:
    meeting = load_fixture("state-meeting.json")
    data = archive(meeting, "state", dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        xmp = ET.fromstring(pdf.Root.Metadata.read_bytes())
        info = {str(k)[1:]: str(v) for k, v in pdf.docinfo.items()}
        pages = len(pdf.pages)

    def bag(tag: str) -> list[str]:
        return [li.text or "" for li in xmp.findall(f".//dc:{tag}//rdf:li", NS)]

    assert xmp.find(".//dc:identifier", NS).text == "Số: 07/BB-UBND"
    assert bag("date") == [meeting.date.isoformat()]
    assert bag("type") == ["Biên bản"]
    assert bag("subject") == [" ".join(meeting.title.split())]
    assert bag("publisher") == [meeting.issuer.name]
    assert bag("contributor") == [meeting.chair.name, meeting.secretary.name]
    assert bag("relation") == [f"số trang: {pages}"]
    assert xmp.find(".//xmp:CreateDate", NS).text == "2026-03-02T08:30:00+07:00"
    assert info["CreationDate"] == "D:20260302083000+07'00'"
    assert info[INFO_KEYS["number"]] == "Số: 07/BB-UBND"
    assert info[INFO_KEYS["pages"]] == str(pages)
    assert info[INFO_KEYS["signers"]] == f"{meeting.chair.name}; {meeting.secretary.name}"
    # The Vietnamese text survives as NFC in both places.
    assert bag("publisher")[0] == info[INFO_KEYS["issuer"]]


def test_the_same_minutes_give_the_same_archive_bytes() -> None:
    meeting = load_fixture("seed-meeting.json")
    assert archive(meeting, "party") == archive(meeting, "party")


def _helvetica_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, "Helvetica, not embedded")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_checker_refuses_what_is_not_pdfa() -> None:
    plain = render_pdf_bytes(load_fixture("state-meeting.json"), "state")
    assert any("Metadata" in f for f in pdfa_findings(plain))
    with pytest.raises(PdfaCheckFailed, match="PDF/A-2b"):
        check_pdfa(plain)
    meeting = load_fixture("state-meeting.json")
    meta = metadata_for(meeting, resolve_profile(meeting, "state"))
    with pytest.raises(PdfaCheckFailed) as caught:
        to_pdfa(_helvetica_pdf(), meta)  # a font that is not embedded
    assert "font" in str(caught.value).lower()
