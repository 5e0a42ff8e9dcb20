"""The plain PDF already keeps the PDF/A rules the writer controls: fonts embedded, no empty /Trans."""

from __future__ import annotations

import io

import pikepdf
import pytest

from minutes_app.domain.model import Meeting
from minutes_app.render.api import render_pdf_bytes
from tests.render.conftest import load_fixture, long_meeting


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [
        o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"
    ]


def _embedded(font: pikepdf.Dictionary) -> bool:
    if "/DescendantFonts" in font:
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def _meetings() -> list[tuple[str, Meeting, str]]:
    state = load_fixture("state-meeting.json")
    seed = load_fixture("seed-meeting.json")
    empty_cells = load_fixture("state-meeting.json")
    empty_cells.chair.name = ""
    empty_cells.secretary.name = ""
    return [
        ("state/state", state, "state"),
        ("seed/party", seed, "party"),
        ("seed/state", seed, "state"),
        ("long/state", long_meeting(state, 120), "state"),
        ("empty signature cells", empty_cells, "state"),
    ]


@pytest.mark.parametrize(("name", "meeting", "profile"), _meetings(), ids=lambda v: str(v)[:20])
def test_every_font_is_embedded_and_no_page_has_an_empty_transition(
    name: str, meeting: Meeting, profile: str
) -> None:
    pdf = pikepdf.open(io.BytesIO(render_pdf_bytes(meeting, profile)))
    fonts = _fonts(pdf)
    assert fonts, name
    assert [str(f.get("/BaseFont")) for f in fonts if not _embedded(f)] == []
    assert not any("Helvetica" in str(f.get("/BaseFont")) for f in fonts)
    for number, page in enumerate(pdf.pages, start=1):
        assert "/Trans" not in page, f"{name}: page {number} has /Trans"
