"""The PDF writer records where each signer's block is, and the record matches the printed text."""

from __future__ import annotations

import io

import pdfplumber
import pikepdf
import pytest

from minutes_app.domain.model import Meeting
from minutes_app.render.api import render_pdf_bytes
from minutes_app.render.signature_boxes import INFO_KEY, SignatureBox, decode, encode
from tests.render.conftest import load_fixture, long_meeting


def _words(pdf_bytes: bytes, page: int) -> list[dict[str, float | str]]:
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        p = pdf.pages[page - 1]
        height = float(p.height)
        return [
            {
                "text": w["text"],
                "x0": w["x0"],
                "x1": w["x1"],
                "y0": height - w["bottom"],
                "y1": height - w["top"],
            }
            for w in p.extract_words()
        ]


def _line(
    words: list[dict[str, float | str]], text: str, box: SignatureBox, low: float, high: float
) -> list[dict[str, float | str]]:
    """Return the words of ``text`` printed in the column of ``box`` with a baseline in [low, high]."""
    wanted = text.split()
    found = [
        w
        for w in words
        if w["text"] in wanted
        and box.x0 - 1 <= float(w["x0"]) <= box.x1
        and low <= float(w["y0"]) <= high
    ]
    assert [w["text"] for w in found] == wanted, f"{text!r} not printed there for {box.role}"
    return found


@pytest.mark.parametrize("profile", ["state", "party"])
@pytest.mark.parametrize("statements", [0, 150])
def test_boxes_lie_between_each_signers_title_and_name(profile: str, statements: int) -> None:
    meeting: Meeting = long_meeting(load_fixture("state-meeting.json"), statements)
    data = render_pdf_bytes(meeting, profile)
    pdf = pikepdf.open(io.BytesIO(data))
    boxes = decode(str(pdf.docinfo[f"/{INFO_KEY}"]))
    assert set(boxes) == {"secretary", "chair"}
    assert {b.page for b in boxes.values()} == {len(pdf.pages)}  # the block ends the minutes
    words = _words(data, boxes["chair"].page)
    signers = {"secretary": meeting.secretary.name, "chair": meeting.chair.name}
    titles = {"secretary": "THƯ KÝ", "chair": "CHỦ TỌA"} if profile == "state" else None
    for role, box in boxes.items():
        # The name is printed right under the box, the title right above it.
        name = _line(words, signers[role], box, box.y0 - 25, box.y0)
        assert max(float(w["y1"]) for w in name) <= box.y0 + 0.5
        if titles:
            title = _line(words, titles[role], box, box.y1 - 5, box.y1 + 25)
            assert min(float(w["y0"]) for w in title) >= box.y1 - 2  # the title is above it
        assert box.height > 40  # room for a signature image (the gap is four lines)
        centre = (box.x0 + box.x1) / 2
        name_centre = (min(float(w["x0"]) for w in name) + max(float(w["x1"]) for w in name)) / 2
        assert abs(centre - name_centre) < 3  # centred over the name, as the name is centred
    assert boxes["secretary"].x1 <= boxes["chair"].x0


def test_encoding_round_trips_and_ignores_junk() -> None:
    boxes = [SignatureBox("secretary", 2, 10.0, 20.5, 110.25, 90.0)]
    assert decode(encode(boxes)) == {"secretary": boxes[0]}
    assert decode("chair:x:1,2,3,4;bad;secretary:1:5,5,1,1") == {}
