"""Any user text survives the trip into reportlab markup and into the document model unchanged."""

from __future__ import annotations

import os
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.domain.model import Meeting, Speaker, Statement
from minutes_app.render import build_document, load_profile
from minutes_app.render.pdf_writer import markup

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
        ),  # fmt: skip
        blacklist_characters="\u00a0\u2028\u2029",
    ),
    max_size=80,
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(printable)
def test_markup_prints_text_literally(text: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from minutes_app.render import fonts

    profile = load_profile("state")
    fonts.register(profile.fonts)
    style = ParagraphStyle("t", fontName=profile.fonts.pdf_family, fontSize=12)
    shown = Paragraph(markup(text), style).getPlainText().replace("\u00a0", " ")
    assert " ".join(shown.split()) == " ".join(text.split())


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
    everything = "\n".join(doc.texts())
    for value in (title, content, speaker):
        value = unicodedata.normalize("NFC", value).strip()
        if value:
            assert value in everything or value.rstrip(".;,").strip() in everything
