"""The PDF writer: renders the document model with reportlab platypus, fonts embedded."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle as RLStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.paragraph import FragLine  # type: ignore[import-untyped]

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
from minutes_app.render.fonts import ASCENT_FACTOR, SINGLE_LINE_FACTOR

_ALIGN = {
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
    Align.JUSTIFY: TA_JUSTIFY,
}
_SPACES = re.compile(r" {2,}")
# A paragraph longer than two chunks is cut into chunks of at least this many lines (see
# PdfWriter.chunked); shorter paragraphs are left whole, so ordinary minutes print as before.
MIN_CHUNK_LINES = 40
# No printed line holds fewer characters than this (long words are split to fill lines), so a
# paragraph with less text than ``2 * chunk * _MIN_LINE_CHARS`` is never wrapped in advance.
_MIN_LINE_CHARS = 12


def leading_pt(size_pt: float, spacing: LineSpacing) -> float:
    """Return the baseline-to-baseline distance for a font size and a line-spacing rule."""
    if spacing.rule is SpacingRule.EXACT:
        return spacing.value
    natural = size_pt * SINGLE_LINE_FACTOR
    if spacing.rule is SpacingRule.MULTIPLE:
        return natural * spacing.value
    return natural


def markup(text: str) -> str:
    """Return user text as reportlab markup that prints literally (``<b>``, ``&``, quotes)."""
    escaped = escape(text, {'"': "&quot;", "'": "&#39;"})
    escaped = _SPACES.sub(lambda m: "\u00a0" * len(m.group()), escaped)
    return escaped.replace("\n", "<br/>")


class _RuleFlowable(Flowable):  # type: ignore[misc]
    """A centred horizontal line of a fixed length."""

    def __init__(self, rule: Rule) -> None:
        super().__init__()
        self.rule = rule
        self._avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        r = self.rule
        return avail_width, r.space_before.pt + 1.0 + r.thickness.pt + r.space_after.pt

    def draw(self) -> None:
        r = self.rule
        length = min(r.length.pt, self._avail)
        x0 = (self._avail - length) / 2
        y = r.space_after.pt + r.thickness.pt / 2
        self.canv.setLineWidth(r.thickness.pt)
        self.canv.line(x0, y, x0 + length, y)


class _Chunk(RLParagraph):  # type: ignore[misc]
    """Consecutive lines of a long paragraph, drawn exactly as the whole paragraph was broken.

    ``_source`` holds the whole paragraph's broken lines, this chunk's first and end line, the
    line widths they were broken at and reportlab's function that turns lines back into
    fragments. Wrapping at those widths returns the lines as they are (no second line
    breaking); a page break splits the chunk into two chunks of the same lines, so no part of
    a long paragraph is ever broken into lines twice. At any other width (never expected) the
    chunk falls back to ordinary line breaking of its own text.
    """

    _source: tuple[Any, int, int, list[float], Callable[..., Any]] | None = None

    @classmethod
    def of(cls, style: RLStyle, source: tuple[Any, int, int, list[float], Callable[..., Any]],
           justify_last: bool) -> _Chunk:  # fmt: skip
        # The placeholder fragments are never drawn: breakLines returns the source lines.
        lines, start = source[0].lines, source[1]
        first = lines[start]
        chunk = cls(None, style, frags=list(first.words[:1]) if hasattr(first, "words")
                    else [source[0].clone(words=list(first[1][:1]))])  # fmt: skip
        chunk._source = source
        if justify_last:
            chunk._JustifyLast = True
        return chunk

    def breakLines(self, width: Any) -> Any:
        source = self._source
        if source is not None:
            whole, start, stop, widths, cut = source
            if list(width) == widths:
                return whole.clone(lines=whole.lines[start:stop])
            self.frags = cut(whole, start, stop)
            self._source = None
        return super().breakLines(width)

    def _get_split_blParaFunc(self) -> Callable[..., Any]:
        if self._source is None:
            return super()._get_split_blParaFunc()  # type: ignore[no-any-return]
        return lambda *_: self.frags  # placeholder fragments: split() below sets the lines

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        source = self._source
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return parts
        head, tail = parts
        if source is None:  # an ordinary re-broken part: only keep the last-line rule
            if getattr(self, "_JustifyLast", False):
                tail._JustifyLast = True
            return parts
        whole, start, stop, widths, cut = source
        cut_at = start + len(head.blPara.lines)
        head._source = (whole, start, cut_at, widths, cut)
        tail_widths = [widths[1], widths[1]]  # reportlab drops the first-line indent
        tail._source = (whole, cut_at, stop, tail_widths, cut)
        if getattr(self, "_JustifyLast", False):
            tail._JustifyLast = True
        return parts


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

    def __init__(self, document: Document, *, split_long_paragraphs: bool = True) -> None:
        self.doc = document
        fonts.register(document.fonts)
        self._styles: dict[str, RLStyle] = {}
        self._split_long = split_long_paragraphs
        self._table_depth = 0  # paragraphs inside table cells are never chunked
        #: Where the signers' blocks were drawn (filled by render(); see signature_boxes).
        self.signatures = signature_boxes.SignatureRecorder()
        frame = self.body_frame()
        # The width the frame offers a paragraph (float for float) and the height of a page.
        self._frame_width: float = frame._getAvailableWidth()
        self._frame_height: float = frame._aH
        self._visitors: dict[type, Callable[[Any], list[Flowable]]] = {
            Paragraph: self.visit_paragraph,
            Rule: self.visit_rule,
            Spacer: self.visit_spacer,
            BulletList: self.visit_list,
            Table: self.visit_table,
            Section: self.visit_section,
        }

    def body_frame(self) -> Frame:
        """Return the frame the body flows in: the page between the margins, no padding."""
        page = self.doc.page
        return Frame(
            page.left.pt, page.bottom.pt, page.text_width.pt, page.text_height.pt,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip

    def face(self, bold: bool, italic: bool) -> str:
        return fonts.face_name(self.doc.fonts, bold, italic)

    def rl_style(self, name: str) -> RLStyle:
        if name not in self._styles:
            st: ParagraphStyle = self.doc.style(name)
            self._styles[name] = RLStyle(
                name=name,
                fontName=self.face(st.bold, st.italic),
                fontSize=st.size.pt,
                leading=leading_pt(st.size.pt, st.line_spacing),
                alignment=_ALIGN[st.align],
                firstLineIndent=st.first_line_indent.pt,
                leftIndent=st.left_indent.pt,
                spaceBefore=st.space_before.pt,
                spaceAfter=st.space_after.pt,
                keepWithNext=int(st.keep_with_next),
                allowWidows=0,
                allowOrphans=0,
                splitLongWords=1,
                underlineWidth=0.6,
                underlineOffset=-0.12 * st.size.pt,
            )
        return self._styles[name]

    def runs_markup(self, style: ParagraphStyle, runs: tuple[Run, ...]) -> str:
        out = []
        for run in runs:
            bold = style.bold if run.bold is None else run.bold
            italic = style.italic if run.italic is None else run.italic
            underline = style.underline if run.underline is None else run.underline
            piece = f'<font name="{self.face(bold, italic)}">{markup(run.text)}</font>'
            out.append(f"<u>{piece}</u>" if underline else piece)
        return "".join(out)

    # -- visitors ------------------------------------------------------------------------------
    def flowables(self, blocks: tuple[Block, ...]) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            visitor = self._visitors.get(type(block))
            if visitor is None:
                raise UnknownNodeError("PdfWriter", block)
            out.extend(visitor(block))
        return out

    def visit_paragraph(self, p: Paragraph) -> list[Flowable]:
        st = self.doc.style(p.style)
        rl = self.rl_style(p.style)
        if p.keep_with_next and not st.keep_with_next:
            rl = RLStyle(name=p.style + "+keep", parent=rl, keepWithNext=1)
        text = self.runs_markup(st, p.runs)
        if not p.runs:
            text = "\u00a0"  # an empty paragraph still takes one line, as in Word
        return self.chunked(text, rl, p.text)

    def visit_rule(self, rule: Rule) -> list[Flowable]:
        return [_RuleFlowable(rule)]

    def visit_spacer(self, spacer: Spacer) -> list[Flowable]:
        return [RLSpacer(1, spacer.height.pt)]

    def visit_list(self, lst: BulletList) -> list[Flowable]:
        st = self.doc.style(lst.style)
        rl = self.rl_style(lst.style)
        out: list[Flowable] = []
        for item in lst.items:
            marker = f'<font name="{self.face(st.bold, st.italic)}">{markup(item.marker)} </font>'
            out.extend(self.chunked(marker + self.runs_markup(st, item.runs), rl, item.text))
        return out

    def chunked(self, text: str, rl: RLStyle, plain: str) -> list[Flowable]:
        """Return the paragraph ``text`` as one flowable, or a long one as consecutive chunks.

        reportlab re-wraps the whole rest of a paragraph each time a page break splits it, so
        one paragraph of n pages costs time in n². A long paragraph is therefore broken into
        lines once, at the frame width, and handed over as chunks of those very lines, each
        drawn as broken and never broken again (which also drops reportlab's empty first line
        on a page that starts right after a forced line break). The print is the same line
        for line as the unsplit paragraph: a chunk's last line is justified like any inner
        line (unless a line break ends it); only
        the first chunk has the first-line indent, the space before and the orphan rule, only
        the last one the space after and the widow rule; every chunk keeps with the next as
        the paragraph did; the first chunk is taller than a page, so a keep-with-next group
        ending in it breaks where one ending in the whole paragraph would.
        """
        chunk = max(MIN_CHUNK_LINES, int(self._frame_height / rl.leading) + 1)
        rough = len(plain) + plain.count("\n") * 80
        if not self._split_long or self._table_depth or rough < 2 * chunk * _MIN_LINE_CHARS:
            return [RLParagraph(text, rl)]
        whole = RLParagraph(text, rl)
        whole.wrap(self._frame_width, self._frame_height)
        lines = whole.blPara.lines
        n = len(lines)
        if n < 2 * chunk:
            return [RLParagraph(text, rl)]  # a fresh one: exactly what is printed today
        cut = whole._get_split_blParaFunc()
        first = RLStyle(name=rl.name + "+first", parent=rl, spaceAfter=0, allowWidows=1)
        inner = RLStyle(name=rl.name + "+inner", parent=rl, firstLineIndent=0, spaceBefore=0,
                        spaceAfter=0, allowOrphans=1, allowWidows=1)  # fmt: skip
        last = RLStyle(name=rl.name + "+last", parent=rl, firstLineIndent=0, spaceBefore=0,
                       allowOrphans=1)  # fmt: skip
        widths = list(whole._wrapWidths)
        starts = list(range(0, n - chunk + 1, chunk))  # the last chunk takes the remainder
        out: list[Flowable] = []
        for i, start in enumerate(starts):
            final = i == len(starts) - 1
            stop = n if final else start + chunk
            style = first if i == 0 else last if final else inner
            end = lines[stop - 1]
            justify = not final and not (
                isinstance(end, FragLine) and getattr(end, "lineBreak", False)
            )
            source = (whole.blPara, start, stop, widths if i == 0 else [widths[1], widths[1]], cut)
            out.append(_Chunk.of(style, source, justify))
        return out

    def visit_table(self, table: Table) -> list[Flowable]:
        self._table_depth += 1
        try:
            data = [[self.flowables(cell.blocks) or "" for cell in row] for row in table.rows]
        finally:
            self._table_depth -= 1
        pad = table.padding.pt
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.face(False, False)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        if table.borders:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)))
        table_class = self.signatures.table_class() if table.role == "signature" else RLTable
        rl = table_class(data, colWidths=[c.pt for c in table.columns], style=TableStyle(commands),
                     hAlign="LEFT")  # fmt: skip
        rl.spaceBefore = table.space_before.pt
        return [KeepTogether([rl])] if table.keep_together else [rl]

    def visit_section(self, section: Section) -> list[Flowable]:
        return self.flowables(section.blocks)

    # -- the document --------------------------------------------------------------------------
    def render(self) -> bytes:
        d = self.doc
        page = d.page
        buffer = io.BytesIO()
        numbering = d.page_numbers
        number_style = d.style(numbering.style) if numbering else None

        def on_page(canvas: Canvas, template: BaseDocTemplate) -> None:
            if numbering is None or number_style is None:
                return
            n = canvas.getPageNumber()
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

        frame = self.body_frame()
        template = BaseDocTemplate(
            buffer,
            pagesize=(page.width.pt, page.height.pt),
            leftMargin=page.left.pt,
            rightMargin=page.right.pt,
            topMargin=page.top.pt,
            bottomMargin=page.bottom.pt,
            title=d.metadata.title,
            author=d.metadata.author,
            subject=d.metadata.subject,
            keywords=d.metadata.keywords,
            creator="minutes-app",
            lang=d.metadata.language,
            invariant=1,
            # Start on our own font: the default Helvetica would be listed and not embedded.
            initialFontName=regular,
            pageCompression=1,
        )
        template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        template.build(self.flowables(d.blocks), canvasmaker=_Canvas)
        return buffer.getvalue()


def render_pdf(document: Document, *, split_long_paragraphs: bool = True) -> bytes:
    """Return the PDF bytes of ``document`` (``split_long_paragraphs=False``: the slow path)."""
    return PdfWriter(document, split_long_paragraphs=split_long_paragraphs).render()
