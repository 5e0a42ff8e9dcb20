"""The PDF writer: lays the document model out as Word and LibreOffice do, draws it with reportlab.

reportlab's own paragraphs break lines differently from the word processors (they squeeze
spaces by up to 5 %), re-break the rest of a paragraph at every page (time in the square of its
length) and drop "keep with next" in front of a table kept together. So the writer brings its
own text block: lines are broken by :mod:`minutes_app.render.linebreak` exactly where
LibreOffice breaks them, once per paragraph, and a page break splits the lines already made
(two lines at least on each side, as Word's widow control does); and it groups
"keep with next" chains itself, as Word does: a paragraph kept with the next stays on the
page of the next one's first lines. :mod:`minutes_app.render.pdf_flow` places the blocks on
pages; reportlab's canvas draws them and writes the file.

reportlab internals this module relies on (pyproject.toml pins the minor versions tested):
the canvas's ``_doc.info`` (replaced to add metadata keys) and ``_doc.addPage``;
``PDFInfo.format``; and a TTF font drawing a no-break space as code 32, which the word
spacing ``Tw`` widens.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from minutes_app.render import fonts, signature_boxes
from minutes_app.render.document import (
    Align,
    Block,
    BulletList,
    Document,
    LineSpacing,
    Paragraph,
    ParagraphStyle,
    Rule,
    Run,
    Section,
    Spacer,
    SpacingRule,
    Table,
    UnknownNodeError,
)
from minutes_app.render.linebreak import SOFT_HYPHEN, Line, Measure, break_lines
from minutes_app.render.metrics import (
    ASCENT_FACTOR,
    UNITS_PER_PT,
    FontMetrics,
    font_metrics,
    single_line_height,
)
from minutes_app.render.pdf_flow import FUZZ as _FUZZ
from minutes_app.render.pdf_flow import Block as FlowBlock
from minutes_app.render.pdf_flow import Gap, GridTable, KeepTogether, PageFlow
from minutes_app.render.units import Pt

# Word keeps at least this many lines of a paragraph on each side of a page break.
_WIDOW_LINES = 2


def leading_pt(size_pt: float, spacing: LineSpacing) -> float:
    """Return the baseline-to-baseline distance for a font size and a line-spacing rule."""
    if spacing.rule is SpacingRule.EXACT:
        return spacing.value
    natural = single_line_height(Pt(size_pt)).pt
    if spacing.rule is SpacingRule.MULTIPLE:
        return round(natural * spacing.value * 20) / 20
    return natural


def _stretchable(text: str) -> int:
    """Return how many characters of ``text`` a justified line widens."""
    return text.count(" ") + text.count("\u00a0")


class _RuleBlock(FlowBlock):
    """A centred horizontal line of a fixed length."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._avail = 0.0
        self.keep_with_next = True  # as in the DOCX: a line stays with what it underlines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        r = self.rule
        return avail_width, r.space_before.pt + 1.0 + r.thickness.pt + r.space_after.pt

    def draw(self, canvas: Any) -> None:
        r = self.rule
        length = min(r.length.pt, self._avail)
        x0 = (self._avail - length) / 2
        y = r.space_after.pt + r.thickness.pt / 2
        canvas.setLineWidth(r.thickness.pt)
        canvas.line(x0, y, x0 + length, y)


class _Text:
    """One paragraph's text, its faces and its lines once broken at a given width."""

    def __init__(self, writer: PdfWriter, style: ParagraphStyle, runs: tuple[Run, ...]) -> None:
        self.style = style
        self.size = style.size.pt
        self.metrics = writer.metrics
        self.face_name = writer.face
        parts: list[tuple[str, bool, bool, bool]] = []
        for run in runs:
            bold = style.bold if run.bold is None else run.bold
            italic = style.italic if run.italic is None else run.italic
            underline = style.underline if run.underline is None else run.underline
            if not run.text:
                continue
            if parts and parts[-1][1:] == (bold, italic, underline):
                parts[-1] = (parts[-1][0] + run.text, bold, italic, underline)
            else:
                parts.append((run.text, bold, italic, underline))
        self.text = "".join(p[0] for p in parts)
        self.parts: list[tuple[int, bool, bool, bool]] = []  # (end, bold, italic, underline)
        end = 0
        for piece, bold, italic, underline in parts:
            end += len(piece)
            self.parts.append((end, bold, italic, underline))
        self._lines: dict[float, list[Line]] = {}

    def lines(self, width: float) -> list[Line]:
        """Return the lines at a frame or cell width (points), broken once per width."""
        key = round(width, 6)
        if key not in self._lines:
            st = self.style
            to_units = UNITS_PER_PT
            full = round((width - st.left_indent.pt) * to_units)
            first = full - round(st.first_line_indent.pt * to_units)
            faces = [
                (end, self.metrics.face(bold, italic).layout_table(self.size))
                for end, bold, italic, _ in self.parts
            ] or [(0, self.metrics.face(st.bold, st.italic).layout_table(self.size))]
            self._lines[key] = break_lines(Measure(self.text, faces), first, full)
        return self._lines[key]

    def pieces(self, line: Line) -> list[tuple[str, bool, bool, bool]]:
        """Return the line's text cut where the face changes: (text, bold, italic, underline)."""
        out: list[tuple[str, bool, bool, bool]] = []
        start = line.start
        for end, bold, italic, underline in self.parts:
            if start >= line.end:
                break
            if end <= start:
                continue
            stop = min(end, line.end)
            piece = self.text[start:stop]
            if SOFT_HYPHEN in piece:
                ends_soft = stop == line.end and piece.endswith(SOFT_HYPHEN)
                piece = piece.replace(SOFT_HYPHEN, "") + ("-" if ends_soft else "")
            out.append((piece, bold, italic, underline))
            start = stop
        return out


class _TextBlock(FlowBlock):
    """A paragraph, or the lines ``lo:hi`` of one after a page break split it."""

    def __init__(
        self,
        text: _Text,
        leading: float,
        *,
        lo: int = 0,
        hi: int | None = None,
        first: bool = True,
        last: bool = True,
        in_cell: bool = False,
    ) -> None:
        self.t = text
        self.leading = leading
        self.lo, self.hi = lo, hi
        self.first, self.last = first, last
        st = text.style
        # In a table cell the spacing is part of the paragraph's height, as in Word (reportlab
        # would drop the first paragraph's space before); in the page flow the frame adds it.
        self.in_cell = in_cell
        self._before = st.space_before.pt if first else 0.0
        self._after = st.space_after.pt if last else 0.0
        self.keep_with_next = bool(st.keep_with_next) if last else False
        self._width = 0.0
        self._all: list[Line] = []

    # -- the page flow's block protocol --------------------------------------------------------
    def space_before(self) -> float:
        return 0.0 if self.in_cell else self._before

    def space_after(self) -> float:
        return 0.0 if self.in_cell else self._after

    def _lines(self) -> list[Line]:
        hi = len(self._all) if self.hi is None else self.hi
        return self._all[self.lo : hi]

    def line_count(self, width: float) -> int:
        """Return how many lines this part has at ``width``."""
        self._all = self.t.lines(width)
        self._width = width
        return len(self._lines())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        n = self.line_count(avail_width)
        height = n * self.leading
        if self.in_cell:
            height += self._before + self._after
        return avail_width, height

    def split(self, avail_width: float, avail_height: float, at_top: bool = False) -> list[Any]:
        n = self.line_count(avail_width)
        fit = int((avail_height + _FUZZ) / self.leading)
        keep = min(fit, n - _WIDOW_LINES)
        if self.in_cell or keep < _WIDOW_LINES:
            return []
        hi = self.lo + keep
        head = _TextBlock(self.t, self.leading, lo=self.lo, hi=hi, first=self.first, last=False)
        tail = _TextBlock(self.t, self.leading, lo=hi, hi=self.hi, first=False, last=self.last)
        return [head, tail]

    def min_first_height(self, avail_width: float) -> float:
        """Return the least height of this paragraph that must share the page of what precedes it
        when that is kept with it: two lines, or all of a paragraph too short to split."""
        n = self.line_count(avail_width)
        lines = n if n < 2 * _WIDOW_LINES else _WIDOW_LINES
        return lines * self.leading

    def draw(self, canvas: Any) -> None:
        t = self.t
        st = t.style
        size = t.size
        width = self._width
        lines = self._lines()
        top = self.wrap(width, 0)[1] - (self._before if self.in_cell else 0.0)
        all_count = len(self._all)
        canvas.saveState()
        # One text object for the whole block: the font and word spacing change only when they
        # must (a line costs little more than its text: 32,000 attendees in one paragraph).
        text_object = canvas.beginText(0, 0)
        font: tuple[bool, bool] | None = None
        spacing = 0.0
        underlines: list[tuple[float, float, float]] = []
        for i, line in enumerate(lines):
            index = self.lo + i
            pieces = [
                (text, bold, italic, underline, t.metrics.face(bold, italic).width_pt(text, size))
                for text, bold, italic, underline in t.pieces(line)
            ]
            natural = sum(p[4] for p in pieces)
            left = st.left_indent.pt + (st.first_line_indent.pt if index == 0 else 0.0)
            room = width - left
            # reportlab draws a no-break space as a space (code 32), which the word spacing of a
            # justified line widens too: count it with the spaces.
            spaces = sum(_stretchable(p[0]) for p in pieces)
            last_line = index == all_count - 1 or line.forced
            word_space = 0.0
            if st.align is Align.JUSTIFY and not last_line and spaces and natural < room:
                word_space = (room - natural) / spaces
            if st.align is Align.CENTER:
                x = left + (room - natural) / 2
            elif st.align is Align.RIGHT:
                x = width - natural
            else:
                x = left
            y = top - size - i * self.leading
            text_object.setTextOrigin(x, y)
            if word_space != spacing:
                text_object.setWordSpace(word_space)
                spacing = word_space
            cursor = x
            for text, bold, italic, underline, advance in pieces:
                if font != (bold, italic):
                    text_object.setFont(t.face_name(bold, italic), size)
                    font = (bold, italic)
                text_object.textOut(text)
                advance += _stretchable(text) * word_space
                if underline:
                    underlines.append((cursor, cursor + advance, y - 0.12 * size))
                cursor += advance
        canvas.drawText(text_object)
        if underlines:
            canvas.setLineWidth(0.6)
            for x0, x1, y in underlines:
                canvas.line(x0, y, x1, y)
        canvas.restoreState()


def _first_lines_height(block: Any, width: float, page_height: float) -> float:
    """Return what of ``block`` must share a page with a paragraph kept with it: two lines of a
    paragraph (all of a short one), all of a table kept together that fits on a page, else a
    table's first row, else the whole block."""
    if isinstance(block, _TextBlock):
        return block.min_first_height(width)
    if isinstance(block, GridTable):
        height = block.height()
        if block.keep_together and height <= page_height + _FUZZ:
            return height
        return block.first_row_height() if block.rows else height
    return float(block.wrap(width, page_height)[1])


class _KeepChain(FlowBlock):
    """Paragraphs kept with the next and that next block, placed as Word places them.

    The chain moves to the next page unless its kept paragraphs, and the next block's first
    two lines (a table kept together: all of it), fit on this one; at the top of a page it
    simply flows. A plain "keep together" would instead move the whole next block.
    """

    def __init__(self, kept: list[Any], follower: Any | None, page_height: float) -> None:
        self.kept = kept
        self.follower = follower
        self.page_height = page_height

    def content(self) -> list[Any]:
        follower = self.follower
        if isinstance(follower, GridTable) and follower.keep_together:
            follower = KeepTogether(follower)
        return [*self.kept, *([follower] if follower is not None else [])]

    def space_before(self) -> float:
        return float(self.kept[0].space_before())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, float(0xFFFFFF)  # never drawn whole: split() hands over the content

    def needed(self, avail_width: float) -> float:
        total = 0.0
        previous_after = None
        for block in self.kept:
            _, height = block.wrap(avail_width, self.page_height)
            if previous_after is not None:
                total += previous_after + block.space_before()
            total += height
            previous_after = block.space_after()
        follower = self.follower
        if follower is not None:
            total += (previous_after or 0.0) + follower.space_before()
            total += _first_lines_height(follower, avail_width, self.page_height)
        return total

    def split(self, avail_width: float, avail_height: float, at_top: bool = False) -> list[Any]:
        if at_top or self.needed(avail_width) <= avail_height + _FUZZ:
            return self.content()
        return []


def _info_with_extras(
    fixed: tuple[tuple[str, str], ...], later: Callable[[], list[tuple[str, str]]] = list
) -> type:
    class _Info(PDFInfo):  # type: ignore[misc]
        def format(self, document: Any) -> Any:
            formatted = super().format(document)
            extra = [*fixed, *later()]  # ``later``: what drawing the pages found out
            if not extra:
                return formatted
            D: dict[str, Any] = {}
            for key, value in extra:
                name = re.sub(r"[^A-Za-z0-9_.-]", "_", key) or "_"
                D[name] = PDFString(value)
            extra_dict = PDFDictionary(D).format(document)
            # Merge: drop the closing ">>" of the standard dictionary and the opening "<<" of ours.
            return formatted.rstrip()[:-2] + extra_dict.lstrip()[2:]

    return _Info


class PdfWriter:
    """Renders one :class:`Document` to PDF bytes; an unknown node raises UnknownNodeError."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.metrics: FontMetrics = font_metrics(document.fonts)
        self._in_cell = 0
        self._page_height = document.page.text_height.pt
        #: Where the signers' blocks were drawn (filled by render(); see signature_boxes).
        self.signatures = signature_boxes.SignatureRecorder()
        self._visitors: dict[type, Callable[[Any], list[Any]]] = {
            Paragraph: self.visit_paragraph,
            Rule: self.visit_rule,
            Spacer: self.visit_spacer,
            BulletList: self.visit_list,
            Table: self.visit_table,
            Section: self.visit_section,
        }

    def face(self, bold: bool, italic: bool) -> str:
        return fonts.registered(self.doc.fonts, bold, italic)

    def text_block(self, style_name: str, runs: tuple[Run, ...], keep: bool = False) -> _TextBlock:
        st = self.doc.style(style_name)
        block = _TextBlock(
            _Text(self, st, runs),
            leading_pt(st.size.pt, st.line_spacing),
            in_cell=self._in_cell > 0,
        )
        if keep:
            block.keep_with_next = True
        return block

    # -- visitors ------------------------------------------------------------------------------
    def flowables(self, blocks: tuple[Block, ...]) -> list[Any]:
        """Return the flow's blocks for the document's ``blocks``."""
        out: list[Any] = []
        for block in blocks:
            visitor = self._visitors.get(type(block))
            if visitor is None:
                raise UnknownNodeError("PdfWriter", block)
            out.extend(visitor(block))
        return out

    def visit_paragraph(self, p: Paragraph) -> list[Any]:
        return [self.text_block(p.style, p.runs, p.keep_with_next)]

    def visit_rule(self, rule: Rule) -> list[Any]:
        return [_RuleBlock(rule)]

    def visit_spacer(self, spacer: Spacer) -> list[Any]:
        return [Gap(spacer.height.pt)]

    def visit_list(self, lst: BulletList) -> list[Any]:
        self.doc.style(lst.style)
        return [
            self.text_block(lst.style, (Run(item.marker + " "), *item.runs)) for item in lst.items
        ]

    def visit_table(self, table: Table) -> list[Any]:
        self._in_cell += 1
        try:
            rows = [[self.flowables(cell.blocks) for cell in row] for row in table.rows]
        finally:
            self._in_cell -= 1
        return [
            GridTable(
                rows,
                [c.pt for c in table.columns],
                padding=table.padding.pt,
                borders=table.borders,
                header_rows=table.header_rows,
                space_before=table.space_before.pt,
                keep_together=table.keep_together,
                on_cell=self.signatures.cell_drawn if table.role == "signature" else None,
            )
        ]

    def visit_section(self, section: Section) -> list[Any]:
        return self.flowables(section.blocks)

    def chained(self, blocks: list[Any]) -> list[Any]:
        """Return the blocks with every "keep with next" run grouped as Word groups it."""
        out: list[Any] = []
        kept: list[Any] = []
        for block in blocks:
            if block.keep_with_next:
                block.keep_with_next = False
                kept.append(block)
                continue
            if kept:
                out.append(_KeepChain(kept, block, self._page_height))
                kept = []
            elif isinstance(block, GridTable) and block.keep_together:
                out.append(KeepTogether(block))
            else:
                out.append(block)
        if kept:
            out.append(_KeepChain(kept, None, self._page_height))
        return out

    # -- the document --------------------------------------------------------------------------
    def render(self) -> bytes:
        d = self.doc
        page = d.page
        buffer = io.BytesIO()
        numbering = d.page_numbers
        number_style = d.style(numbering.style) if numbering else None
        mark = d.first_page_mark
        mark_style = d.style(mark.style) if mark else None

        def on_page(canvas: Canvas) -> None:
            n = canvas.getPageNumber()
            if n == 1 and mark is not None and mark_style is not None:
                size = mark_style.size.pt
                canvas.setFont(self.face(mark_style.bold, mark_style.italic), size)
                y = page.height.pt - page.header_distance.pt - size * ASCENT_FACTOR
                canvas.drawRightString(page.width.pt - page.right.pt, y, mark.text)
            if numbering is None or number_style is None:
                return
            if n == 1 and numbering.skip_first:
                return
            size = number_style.size.pt
            canvas.setFont(self.face(number_style.bold, number_style.italic), size)
            y = page.height.pt - page.header_distance.pt - size * ASCENT_FACTOR
            canvas.drawCentredString(page.left.pt + page.text_width.pt / 2, y, str(n))

        def boxes() -> list[tuple[str, str]]:
            found = self.signatures.boxes()
            return [(signature_boxes.INFO_KEY, signature_boxes.encode(found))] if found else []

        info_class = _info_with_extras(d.metadata.extra, boxes)

        regular = self.face(False, False)

        class _Canvas(Canvas):  # type: ignore[misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                old = self._doc.info
                new = info_class()
                new.__dict__.update(old.__dict__)
                self._doc.info = new
                add_page = self._doc.addPage

                def add_page_without_transition(rl_page: Any) -> None:
                    # reportlab writes an empty /Trans on every page; PDF/A allows no such key.
                    if isinstance(rl_page.Trans, PDFDictionary) and not rl_page.Trans.dict:
                        rl_page.Trans = None
                    add_page(rl_page)

                self._doc.addPage = add_page_without_transition

        canvas = _Canvas(
            buffer,
            pagesize=(page.width.pt, page.height.pt),
            invariant=1,
            pageCompression=1,
            # Start on our own font: the default Helvetica would be listed and not embedded.
            initialFontName=regular,
            lang=d.metadata.language,
        )
        canvas.setAuthor(d.metadata.author)
        canvas.setTitle(d.metadata.title)
        canvas.setSubject(d.metadata.subject)
        canvas.setCreator("minutes-app")
        canvas.setKeywords(d.metadata.keywords)
        flow = PageFlow(
            canvas,
            left=page.left.pt,
            bottom=page.bottom.pt,
            width=page.text_width.pt,
            height=page.text_height.pt,
            on_page=on_page,
        )
        flow.run(self.chained(self.flowables(d.blocks)))
        canvas.save()
        return buffer.getvalue()


def render_pdf(document: Document) -> bytes:
    """Return the PDF bytes of ``document``."""
    return PdfWriter(document).render()
