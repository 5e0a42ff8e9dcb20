"""The intermediate document model that both writers render: page, styles and a tree of blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import field
from enum import StrEnum

from minutes_app.domain.dataclass import dataclass
from minutes_app.render.units import ZERO, Length, Pt


class Align(StrEnum):
    """Horizontal alignment of a paragraph."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class SpacingRule(StrEnum):
    """How a paragraph's line height is given."""

    SINGLE = "single"  # the font's natural line height (Word's "Single")
    MULTIPLE = "multiple"  # ``value`` times the natural line height
    EXACT = "exact"  # exactly ``value`` points


@dataclass(frozen=True)
class LineSpacing:
    """A paragraph's line spacing."""

    rule: SpacingRule = SpacingRule.SINGLE
    value: float = 1.0  # a factor for MULTIPLE, points for EXACT, unused for SINGLE


@dataclass(frozen=True)
class ParagraphStyle:
    """A named paragraph style; DOCX turns it into a Word style, the PDF writer sets its text in it."""

    name: str
    size: Length = Pt(14)
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False  # the builder upper-cases the text; writers never change the text
    align: Align = Align.LEFT
    first_line_indent: Length = ZERO
    left_indent: Length = ZERO
    space_before: Length = ZERO
    space_after: Length = ZERO
    line_spacing: LineSpacing = field(default_factory=LineSpacing)
    keep_with_next: bool = False


@dataclass(frozen=True)
class Run:
    """A piece of text with its own emphasis; ``\\n`` inside is a line break."""

    text: str
    bold: bool | None = None  # None: as the paragraph style says
    italic: bool | None = None
    underline: bool | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of styled runs."""

    style: str
    runs: tuple[Run, ...]
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        """Return the paragraph's plain text."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Rule:
    """A centred horizontal line of a given length (the lines under header elements)."""

    length: Length
    thickness: Length = Pt(0.75)
    space_before: Length = ZERO
    space_after: Length = Pt(2)


@dataclass(frozen=True)
class Spacer:
    """Blank vertical space, e.g. the room for a signature and seal."""

    height: Length


@dataclass(frozen=True)
class ListItem:
    """One entry of a list: a marker (``-``, ``1.``) and its runs."""

    marker: str
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        """Return the entry's text with its marker."""
        return self.marker + " " + "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class BulletList:
    """A list of entries in one paragraph style, each printed as its own paragraph."""

    style: str
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Cell:
    """A table cell holding blocks."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Table:
    """A table; ``borders=False`` for the header and signature layouts."""

    columns: tuple[Length, ...]
    rows: tuple[tuple[Cell, ...], ...]
    borders: bool = False
    padding: Length = Pt(4)
    role: str = "table"  # "header", "signature" or "table": for readers and tests
    keep_together: bool = True
    space_before: Length = ZERO
    header_rows: int = 0  # rows repeated at the top of every page the table runs onto

    @property
    def width(self) -> Length:
        """Return the sum of the column widths."""
        total = ZERO
        for column in self.columns:
            total = total + column
        return total


@dataclass(frozen=True)
class Section:
    """A named group of blocks (header, title, body, signature, recipients) without own layout."""

    role: str
    blocks: tuple[Block, ...]


Block = Paragraph | Rule | Spacer | BulletList | Table | Section


@dataclass(frozen=True)
class PageSetup:
    """Paper size, margins and where the page number sits."""

    width: Length
    height: Length
    top: Length
    bottom: Length
    left: Length
    right: Length
    header_distance: Length

    @property
    def text_width(self) -> Length:
        """Return the width between the margins."""
        return self.width - self.left - self.right

    @property
    def text_height(self) -> Length:
        """Return the height between the margins."""
        return self.height - self.top - self.bottom


@dataclass(frozen=True)
class PageNumbering:
    """Page numbers in the header in paragraph style ``style``; none on page 1 if ``skip_first``."""

    style: str
    skip_first: bool = True


@dataclass(frozen=True)
class PageMark:
    """A word printed at the top right of page 1, in the top margin ("DỰ THẢO" on drafts)."""

    text: str
    style: str


@dataclass(frozen=True)
class FontSet:
    """The font family name for DOCX and the TTF files the PDF embeds."""

    family: str
    pdf_family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


@dataclass(frozen=True)
class Metadata:
    """Document properties: title, author (the issuing body), subject, and extra keys."""

    title: str
    author: str
    subject: str
    keywords: str = ""
    language: str = "vi-VN"
    created: dt.datetime = dt.datetime(2000, 1, 1)
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Document:
    """A whole printable document."""

    page: PageSetup
    fonts: FontSet
    styles: dict[str, ParagraphStyle]
    blocks: tuple[Block, ...]
    metadata: Metadata
    page_numbers: PageNumbering | None = None
    first_page_mark: PageMark | None = None
    #: Review copies: the bookmark name of each anchor the text's markers open and close
    #: (``render.anchors``); empty for every other document.
    anchors: tuple[str, ...] = ()

    def style(self, name: str) -> ParagraphStyle:
        """Return a named style; a missing one is a builder bug and raises."""
        try:
            return self.styles[name]
        except KeyError:
            raise KeyError(f"the document uses an undefined paragraph style {name!r}") from None

    def walk(self) -> Iterator[Block]:
        """Yield every block depth-first, sections and table cells included."""

        def visit(blocks: tuple[Block, ...]) -> Iterator[Block]:
            for block in blocks:
                yield block
                if isinstance(block, Section):
                    yield from visit(block.blocks)
                elif isinstance(block, Table):
                    for row in block.rows:
                        for cell in row:
                            yield from visit(cell.blocks)

        return visit(self.blocks)

    def section(self, role: str) -> Section:
        """Return the first section with the given role."""
        for block in self.walk():
            if isinstance(block, Section) and block.role == role:
                return block
        raise KeyError(role)

    def texts(self) -> list[str]:
        """Return the text of every paragraph and list entry in reading order."""
        out: list[str] = []
        for block in self.walk():
            if isinstance(block, Paragraph):
                out.append(block.text)
            elif isinstance(block, BulletList):
                out.extend(item.text for item in block.items)
        return out


class UnknownNodeError(TypeError):
    """A writer met a block type it does not know: a programming error, never silently skipped."""

    def __init__(self, writer: str, node: object) -> None:
        super().__init__(f"{writer} cannot render a {type(node).__name__} node")
