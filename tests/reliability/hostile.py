"""Hypothesis strategies for hostile meetings and the checks that an export kept every character."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Profile,
    Role,
    Signature,
    Speaker,
    Statement,
    Task,
    Vote,
)
from minutes_app.domain.validation import Problem

# Pieces that broke other tools: markup reportlab or XML would interpret, controls XML
# forbids, bidi and zero-width controls, combining stacks, emoji sequences, odd spaces.
SNIPPETS = [
    "<b>",
    "</b>",
    "<i>x</i>",
    "<para>",
    "</para>",
    "<br/>",
    "<font name='Courier'>",
    "&amp;",
    "&lt;",
    "&#65;",
    "&nbsp;",
    "]]>",
    "<![CDATA[x]]>",
    "<?xml?>",
    "e\u0301\u0302\u0303\u0323",
    "\u0301",
    "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1fb\U0001f1f3",
    "\U0001f600",
    "\U0001d518\U0001d52b\U0001d526\U0001d520\U0001d52c\U0001d521\U0001d522",
    "\u4e2d\u6587",
    "\ud55c\uad6d\uc5b4",
    "\u2028",
    "\u2029",
    "\u0085",
    "\u007f",
    "\u009f",
    "\u000d\u000a",
    "\u000d",
    "\u0009",
    "     ",
    "\u00a0",
    "\u3000",
    "%s",
    "{0}",
    "\\",
    "'",
    '"',
    "\u0110\u1ed3ng ch\u00ed Nguy\u1ec5n Th\u1ecb \u00c1nh",
    "\u01f0",
    "\u00df",
    "\u0149",
    "\u0131",
    "\u0130",
    "\ufb01",
    "\u216b",
    "\u00bd",
    "\u2026",
    "\u2013",
    "\u2014",
    ".",
    ";",
]
# Characters no DOCX or PDF can hold: a meeting holding one must be refused, naming the field.
FORBIDDEN = ["\x00", "\x07", "\x1b", "\x0b", "\ufffe", "\uffff", "\ud800", "\udfff"]
WORDS = ["Họp", "Đồng", "kết luận", "UBND", "Chi bộ", "Lê Văn Tám", "An"]

# All of Unicode but controls and lone surrogates (those come in rarely, through FORBIDDEN).
any_char = st.characters(codec=None, exclude_categories=("Cs", "Cc"))
piece = st.one_of(st.text(any_char, max_size=6), st.sampled_from(SNIPPETS), st.sampled_from(WORDS))
hostile = st.lists(piece, max_size=4).map("".join)
# A field that is there (not blank) but still hostile: a word then anything.
present = st.builds(lambda w, rest: f"{w} {rest}", st.sampled_from(WORDS), hostile)
small = st.integers(0, 30)
moments = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)

persons = st.builds(Person, present, hostile)
attendees = st.one_of(
    st.builds(
        Attendee,
        name=present,
        position=hostile,
        organization=hostile,
        role=st.sampled_from(Role),
        attendance=st.sampled_from(Attendance),
        reason=hostile,
        arrived=st.none() | moments,
    ),
    st.builds(Attendee.of_group, present, st.none() | small, st.sampled_from(Role)),
)
speakers = st.one_of(st.builds(Speaker, present, hostile), st.builds(Speaker, group=present))
statements = st.builds(
    Statement,
    speakers,
    hostile,
    st.none() | moments,
)
items = st.builds(
    AgendaItem,
    title=hostile,
    presenter=st.none() | persons,
    statements=st.lists(statements, max_size=3),
    conclusion=hostile,
    scratch=hostile,
)
votes = st.builds(
    Vote, hostile, st.integers(0, 9), st.integers(0, 9), st.integers(0, 9), st.integers(30, 99)
)
tasks = st.builds(Task, present, hostile, st.none() | st.dates(dt.date(2000, 1, 1)))
signatures = st.builds(Signature, hostile, hostile, hostile, hostile)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """Return a meeting whose every text is hostile; essentials are filled most of the time."""
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    essential = present if draw(st.integers(0, 39)) else hostile
    meeting = Meeting(
        profile=draw(st.sampled_from(Profile)),
        issuer=Issuer(draw(essential), draw(hostile), draw(hostile)),
        number=draw(st.sampled_from(["", "7", "12"]) | hostile),
        symbol=draw(hostile),
        place=draw(hostile),
        date=day,
        title=draw(hostile),
        kind=draw(hostile),
        start=dt.datetime.combine(day, dt.time(8, 0)) if draw(st.integers(0, 39)) else None,
        location=draw(essential),
        chair=Person(draw(essential), draw(hostile)),
        secretary=Person(draw(hostile), draw(hostile)),
        attendees=draw(st.lists(attendees, max_size=4)),
        agenda=draw(st.lists(items, max_size=3)),
        conclusion=draw(hostile),
        votes=draw(st.lists(votes, max_size=2)),
        tasks=draw(st.lists(tasks, max_size=2)),
        closing=draw(hostile),
        recipients=draw(st.lists(hostile, max_size=2)),
        copies=draw(st.none() | st.integers(1, 9)),
        signature=draw(signatures),
        show_place_date=draw(st.none() | st.booleans()),
        show_statement_times=draw(st.booleans()),
    )
    if draw(st.integers(0, 7)) == 0:  # now and then one forbidden character somewhere
        bad = draw(st.sampled_from(FORBIDDEN))
        where = draw(st.sampled_from(["title", "conclusion", "closing", "location"]))
        setattr(meeting, where, getattr(meeting, where) + bad)
    return meeting


# -- what an export must contain -----------------------------------------------------------------


# A soft hyphen and a zero-width space only mark where a line may break: the PDF shows a
# soft hyphen only at a line end, a zero-width space never. Dropping them elsewhere is their
# meaning, not a loss (the DOCX keeps both for Word).
PDF_INVISIBLE = {"\u00ad", "\u200b"}


def squash(text: str) -> str:
    """Return ``text`` as compared: capitals ignored (styles print some in capitals), no spaces.

    Whitespace goes entirely because line wrapping, justification and long-word splitting
    only move or add it (and no-break spaces glue words); quotes are compared without their
    direction, because typed straight quotes print curly; every other character must stay,
    in order.
    """
    folded = "".join(unicodedata.normalize("NFC", text.upper()).casefold().split())
    return folded.translate(_QUOTES)


_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def field_key(value: str, dropped: set[str]) -> str:
    """Return what of a field must appear in the output: trailing ``.;,`` may be re-punctuated
    by the layout (``without_full_stop``), characters the user was warned about may be boxes."""
    core = value.strip().rstrip(".;,").strip()
    return "".join(ch for ch in squash(core) if ch not in dropped)


def printed_fields(meeting: Meeting) -> Iterator[tuple[str, str]]:
    """Yield the text fields the printed document shows, by design, for this meeting."""
    from minutes_app.domain.validation import is_printed, text_fields
    from minutes_app.render import load_profile

    profile = load_profile(str(meeting.profile))
    show_place = (
        meeting.show_place_date if meeting.show_place_date is not None else profile.show_place_date
    )
    for path, value in text_fields(meeting):
        if not value.strip():
            continue
        if path == "issuer.abbreviation" and meeting.symbol.strip():
            continue  # only used to derive the symbol when none is given
        if path == "place" and not show_place:
            continue  # the profile or the meeting hides the place-and-date line
        if path == "kind":
            continue  # used in the document properties (subject), not on the page
        if not is_printed(path):
            continue  # a scratch note never reaches the printed minutes
        yield path, value


def docx_text(data: bytes) -> str:
    """Return every text of a DOCX body (tables included) in document order, squashed."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    # One line per paragraph, so that a combining mark opening a paragraph is not composed
    # with the last letter of the one before.
    lines = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    return squash("\n".join(lines))


def pdf_text(data: bytes) -> tuple[str, int]:
    """Return the text a PDF draws, in drawing order without page numbers, and its page count.

    Asserts the PDF parses and embeds every font it uses.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=True)
    parts: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for name, ref in fonts.items():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant.get("/FontDescriptor")
            assert descriptor is not None, f"page {number}: font {name} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                f"page {number}: font {name} ({font.get('/BaseFont')}) is not embedded"
            )
        chunks: list[str] = []
        page.extract_text(visitor_text=lambda text, *_, into=chunks: into.append(text))
        drawn = [c for c in chunks if c.strip()]
        if number > 1 and drawn and drawn[0].strip() == str(number):
            drawn = drawn[1:]  # the page number at the top of pages 2, 3 …
        parts.append("\n".join(drawn))
    # A character without a glyph is drawn as the font's empty box, which reads back as NUL
    # (NUL itself can never be in a meeting: validation refuses it).
    return squash("\n".join(parts).replace("\x00", "")), len(reader.pages)


def pdf_without_marks(text: str) -> str:
    """Return ``text`` without combining marks."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Me"))


def _is_rtl(ch: str) -> bool:
    """Return True for a right-to-left letter or a mark of a right-to-left script."""
    code = ord(ch)
    return (
        unicodedata.bidirectional(ch) in ("R", "AL", "AN")
        or 0x0590 <= code <= 0x08FF
        or (0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)
    )


def missing_from(output: str, meeting: Meeting, problems: list[Problem], *, pdf: bool) -> list[Any]:
    """Return the fields whose text is not found in ``output``: must be empty."""
    from minutes_app.render import load_profile
    from minutes_app.render.glyphs import missing_glyphs

    fonts = load_profile(str(meeting.profile)).fonts
    warned = {p.path for p in problems if "cannot draw" in p.message_en and not p.is_error}
    lost = []
    if pdf:  # invisible break hints may be kept or dropped: compare without them
        bare_output = "".join(ch for ch in pdf_without_marks(output) if ch not in PDF_INVISIBLE)
    else:
        bare_output = output
    fields = list(printed_fields(meeting))
    # pypdf applies the bidirectional algorithm when it reads text back, and a right-to-left
    # character or a Hebrew/Arabic mark reorders the neutral text around it, even text of the
    # neighbouring field ("Họp ֑, ;0" reads back as "Họp ; ,֑0"). The drawing keeps the
    # logical order; with such characters anywhere, each field is checked character by
    # character instead of as a run.
    rtl_anywhere = pdf and any(_is_rtl(ch) for _, value in fields for ch in value)
    for path, value in fields:
        dropped: set[str] = set()
        if pdf:
            boxes = missing_glyphs(value, fonts)
            if boxes:
                assert path in warned, f"{path}: no glyph for {boxes!r} and no warning"
                dropped = set(squash("".join(boxes))) | set(boxes)
        if pdf:
            dropped |= PDF_INVISIBLE
        key = field_key(value, dropped)
        if pdf:
            # pypdf's text extraction may move a combining mark after the characters that
            # follow it (the drawing is right; the read-back order is not), so marks are
            # checked as present, and the rest of the text in order.
            # A mark drawn on a box (a character the font lacks) reads back composed with the
            # letter before the box once the box is dropped: look for marks decomposed.
            marks = {ch for ch in key if unicodedata.category(ch) in ("Mn", "Me")}
            seen = set(output) | set(unicodedata.normalize("NFD", output))
            if marks - seen:
                lost.append((path, f"combining marks {sorted(marks - seen)!r}"))
            key = "".join(ch for ch in key if ch not in marks)
        if rtl_anywhere:
            # pypdf reorders right-to-left runs when it reads text back: check each character.
            if set(key) - set(bare_output):
                lost.append((path, f"characters {sorted(set(key) - set(bare_output))!r}"))
            continue
        if pdf and "\u00ad" in value:
            # A soft hyphen at a line end is drawn as a hyphen: compare without hyphens.
            if key.replace("-", "") not in bare_output.replace("-", ""):
                lost.append((path, value if len(value) < 200 else value[:200] + "…"))
            continue
        if key and key not in bare_output:
            lost.append((path, value if len(value) < 200 else value[:200] + "…"))
    return lost
