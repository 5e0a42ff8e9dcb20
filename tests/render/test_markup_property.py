"""Any user text survives the trip into the document model and the line breaker unchanged."""

from __future__ import annotations

import os
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.domain.model import Meeting, Speaker, Statement
from minutes_app.render import build_document, load_profile
from minutes_app.render.linebreak import Measure, break_lines
from minutes_app.render.metrics import font_metrics
from minutes_app.render.typography import typeset

EXAMPLES = int(os.environ.get("MINUTES_FUZZ_EXAMPLES", "60"))

# Printable text: letters (Vietnamese included), digits, punctuation, symbols and plain spaces.
printable = st.text(
    alphabet=st.characters(
        whitelist_categories=(
            "Lu",
            "Ll",
            "Lt",
            "Lo",
            "Nd",
            "Pc",
            "Pd",
            "Ps",
            "Pe",
            "Po",
            "Sm",
            "Sc",
            "Sk",
            "So",
            "Zs",
        ),
        blacklist_characters="\u00a0\u2028\u2029",
    ),
    max_size=80,
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(printable, st.integers(1, 3000))
def test_line_breaking_keeps_every_character(text: str, width: int) -> None:
    # The PDF draws text literally, line by line: the lines and the spaces or line breaks
    # between them give back the text exactly, and only a single character may overflow.
    widths = font_metrics(load_profile("state").fonts).face().layout_table(12)
    lines = break_lines(Measure(text, [(len(text), widths)]), width, width)
    assert "".join(text[line.start : line.resume] for line in lines) == text
    for line in lines:
        assert text[line.end : line.resume].strip(" ") == ""
        assert (
            line.width <= width
            or line.end - line.start <= 1
            or " " not in text[line.start : line.end]
        )


@settings(max_examples=EXAMPLES, deadline=None)
@given(title=printable, content=printable, speaker=printable)
def test_builder_never_drops_typed_text(title: str, content: str, speaker: str) -> None:
    meeting = Meeting(title=title)
    meeting.agenda = []
    from minutes_app.domain.model import AgendaItem

    meeting.agenda.append(
        AgendaItem(title="Nội dung", statements=[Statement(Speaker(name=speaker), content)])
    )
    doc = build_document(meeting)
    everything = "\n".join(doc.texts()).replace("\u00a0", " ")
    for value in (title, content, speaker):
        # Printed with curly quotes and no-break spaces (read here as spaces).
        value = typeset(unicodedata.normalize("NFC", value).strip()).replace("\u00a0", " ")
        if value:
            assert value in everything or value.rstrip(".;,").strip() in everything
