"""The DOCX writer: renders the document model with python-docx, real Word styles, reproducibly."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.styles.style import StyleFactory
from docx.text.paragraph import Paragraph as DocxParagraph

from minutes_app.render.anchors import split_markers
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
from minutes_app.render.units import Length, Pt

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)
_VAL = qn("w:val")
_PRESERVE = qn("xml:space")


def word_style_name(name: str) -> str:
    """Return the Word style name of a document style (``doc_type`` → ``Minutes Doc Type``)."""
    return "Minutes " + name.replace("_", " ").title()


def _emu(length: Length) -> Emu:
    return Emu(length.emu)


def _set_fonts(rpr_owner: Any, family: str) -> None:
    """Set every script's font (ascii, hAnsi, eastAsia, cs) so Vietnamese never falls back."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def _apply_spacing(fmt: Any, spacing: LineSpacing) -> None:
    if spacing.rule is SpacingRule.EXACT:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Emu(Pt(spacing.value).emu)
    elif spacing.rule is SpacingRule.MULTIPLE:
        fmt.line_spacing = spacing.value
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE


class DocxWriter:
    """Renders one :class:`Document` to DOCX bytes; an unknown node raises UnknownNodeError."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.word = new_docx()
        self._style_ids: dict[str, str] = {}
        # New body paragraphs go straight before the section properties: python-docx would look
        # for them from the first paragraph on every call (time in the square of the length).
        self._sect_pr = self.word.element.body.sectPr
        self._visitors: dict[type, Callable[[Any, Any, Length], None]] = {
            Paragraph: self.visit_paragraph,
            Rule: self.visit_rule,
            Spacer: self.visit_spacer,
            BulletList: self.visit_list,
            Table: self.visit_table,
            Section: self.visit_section,
        }

    # -- styles ----------------------------------------------------------------------------------
    def setup_styles(self) -> None:
        family = self.doc.fonts.family
        normal = self.word.styles["Normal"]
        normal.font.name = family
        normal.font.size = Emu(Pt(14).emu)
        _set_fonts(normal.element, family)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), self.doc.metadata.language)
        lang.set(qn("w:eastAsia"), self.doc.metadata.language)
        normal.element.get_or_add_rPr().append(lang)
        fmt = normal.paragraph_format
        fmt.space_before = Emu(0)
        fmt.space_after = Emu(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        fmt.widow_control = True
        for name, st in self.doc.styles.items():
            self.add_style(name, st, normal)

    def add_style(self, name: str, st: ParagraphStyle, normal: Any) -> None:
        # Our style names are new to the template: python-docx's add_style would first compare
        # the name with all 160 template styles (a quarter of a small document's time).
        element = self.word.styles.element.add_style_of_type(
            word_style_name(name), WD_STYLE_TYPE.PARAGRAPH, False
        )
        style: Any = StyleFactory(element)  # a paragraph style
        self._style_ids[name] = style.style_id
        style.base_style = normal
        style.quick_style = True
        font = style.font
        font.name = self.doc.fonts.family
        _set_fonts(style.element, self.doc.fonts.family)
        font.size = _emu(st.size)
        font.bold = st.bold
        font.italic = st.italic
        font.underline = st.underline
        fmt = style.paragraph_format
        fmt.alignment = _ALIGN[st.align]
        fmt.first_line_indent = _emu(st.first_line_indent)
        fmt.left_indent = _emu(st.left_indent)
        fmt.space_before = _emu(st.space_before)
        fmt.space_after = _emu(st.space_after)
        _apply_spacing(fmt, st.line_spacing)
        fmt.keep_with_next = st.keep_with_next
        fmt.widow_control = True

    def style_id(self, name: str) -> str:
        """Return the Word style id of a document style, looked up once (python-docx resolves
        a style name by walking every style, for every paragraph)."""
        style_id = self._style_ids.get(name)
        if style_id is None:
            self.doc.style(name)  # an undefined style is a builder bug: raise here too
            style_id = self.word.styles[word_style_name(name)].style_id
            self._style_ids[name] = style_id
        return style_id

    def add_paragraph(self, container: Any, style: str | None = None, keep: bool = False) -> Any:
        """Return a new paragraph at the end of ``container`` (the body or a table cell).

        The XML is what python-docx writes (a test compares the bytes), built directly:
        python-docx finds every child's place by scanning its siblings, which is most of the
        time of a long document.
        """
        element = OxmlElement("w:p")
        if style is not None or keep:
            ppr = OxmlElement("w:pPr")
            if style is not None:
                pstyle = OxmlElement("w:pStyle")
                pstyle.set(_VAL, self.style_id(style))
                ppr.append(pstyle)
            if keep:
                ppr.append(OxmlElement("w:keepNext"))
            element.append(ppr)
        if container is self.word and self._sect_pr is not None:
            self._sect_pr.addprevious(element)
            return DocxParagraph(element, self.word._body)
        container._element.append(element)
        return DocxParagraph(element, container)

    # -- visitors --------------------------------------------------------------------------------
    def render_blocks(self, blocks: tuple[Block, ...], container: Any, width: Length) -> None:
        for block in blocks:
            visitor = self._visitors.get(type(block))
            if visitor is None:
                raise UnknownNodeError("DocxWriter", block)
            visitor(block, container, width)

    def add_runs(self, paragraph: Any, runs: tuple[Run, ...]) -> None:
        items: tuple[Any, ...] = self.bookmarked_runs(runs) if self.doc.anchors else runs
        p = paragraph._p
        for run in items:
            if not isinstance(run, Run):  # a bookmark's start or end
                p.append(run)
                continue
            pieces = run.text.split("\n")
            flags = [
                (tag, value)
                for tag, value in (("w:b", run.bold), ("w:i", run.italic), ("w:u", run.underline))
                if value is not None
            ]
            for i, piece in enumerate(pieces):
                if "\t" in piece or "\r" in piece:
                    # python-docx turns these into <w:tab/> and <w:br/>: rare, let it.
                    r = paragraph.add_run()
                    r.text = piece
                    if i < len(pieces) - 1:
                        r.add_break()
                    if run.bold is not None:
                        r.bold = run.bold
                    if run.italic is not None:
                        r.italic = run.italic
                    if run.underline is not None:
                        r.underline = run.underline
                    continue
                r = OxmlElement("w:r")
                if flags:
                    rpr = OxmlElement("w:rPr")
                    for tag, value in flags:
                        flag = OxmlElement(tag)
                        if tag == "w:u":
                            flag.set(_VAL, "single" if value else "none")
                        elif not value:
                            flag.set(_VAL, "0")
                        rpr.append(flag)
                    r.append(rpr)
                if piece:
                    t = OxmlElement("w:t")
                    t.text = piece
                    if len(piece.strip()) < len(piece):
                        t.set(_PRESERVE, "preserve")
                    r.append(t)
                if i < len(pieces) - 1:
                    r.append(OxmlElement("w:br"))
                p.append(r)

    def bookmarked_runs(self, runs: tuple[Run, ...]) -> tuple[Any, ...]:
        """Split runs at the anchor markers (review copies): runs, and the bookmark start or
        end element each marker stands for."""
        out: list[Any] = []
        for run in runs:
            for piece in split_markers(run.text):
                if isinstance(piece, str):
                    if piece:
                        out.append(Run(piece, run.bold, run.italic, run.underline))
                    continue
                opens, index = piece
                if index >= len(self.doc.anchors):
                    continue
                el = OxmlElement("w:bookmarkStart" if opens else "w:bookmarkEnd")
                el.set(qn("w:id"), str(index + 1))
                if opens:
                    el.set(qn("w:name"), self.doc.anchors[index])
                out.append(el)
        return tuple(out)

    def visit_paragraph(self, p: Paragraph, container: Any, width: Length) -> None:
        para = self.add_paragraph(container, p.style, keep=p.keep_with_next)
        self.add_runs(para, p.runs)

    def visit_rule(self, rule: Rule, container: Any, width: Length) -> None:
        para = self.add_paragraph(container)
        fmt = para.paragraph_format
        side = (width - rule.length) / 2 if rule.length < width else Pt(0)
        fmt.left_indent = _emu(side)
        fmt.right_indent = _emu(side)
        fmt.first_line_indent = Emu(0)
        fmt.space_before = _emu(rule.space_before)
        fmt.space_after = _emu(rule.space_after)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Emu(Pt(1).emu)
        fmt.keep_with_next = True
        ppr = para._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        bottom.set(qn("w:val"), "single")
        bottom.set(qn("w:sz"), str(max(2, round(rule.thickness.pt * 8))))
        bottom.set(qn("w:space"), "0")
        bottom.set(qn("w:color"), "000000")
        borders.append(bottom)
        # pBdr must come before spacing/ind in CT_PPr's sequence.
        anchor = ppr.find(qn("w:spacing"))
        if anchor is None:
            anchor = ppr.find(qn("w:ind"))
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            ppr.append(borders)

    def visit_spacer(self, spacer: Spacer, container: Any, width: Length) -> None:
        para = self.add_paragraph(container)
        fmt = para.paragraph_format
        fmt.space_before = Emu(0)
        fmt.space_after = Emu(0)
        fmt.first_line_indent = Emu(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = _emu(spacer.height)

    def visit_list(self, lst: BulletList, container: Any, width: Length) -> None:
        for item in lst.items:
            para = self.add_paragraph(container, lst.style)
            self.add_runs(para, (Run(item.marker + " "), *item.runs))

    def visit_table(self, table: Table, container: Any, width: Length) -> None:
        if table.space_before:
            self.visit_spacer(Spacer(table.space_before), container, width)
            container.paragraphs[-1].paragraph_format.keep_with_next = True
        rows, cols = len(table.rows), len(table.columns)
        t = container.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        tbl_pr = t._tbl.tblPr
        tbl_w = tbl_pr.find(qn("w:tblW"))
        if tbl_w is None:
            tbl_w = OxmlElement("w:tblW")
            tbl_pr.append(tbl_w)
        tbl_w.set(qn("w:w"), str(table.width.twips))
        tbl_w.set(qn("w:type"), "dxa")
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            if table.borders:
                el.set(qn("w:val"), "single")
                el.set(qn("w:sz"), "4")
                el.set(qn("w:space"), "0")
                el.set(qn("w:color"), "000000")
            else:
                el.set(qn("w:val"), "nil")
            borders.append(el)
        tbl_pr.append(borders)
        margins = OxmlElement("w:tblCellMar")
        for edge, value in (
            ("top", 0),
            ("left", table.padding.twips),
            ("bottom", 0),
            ("right", table.padding.twips),
        ):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:w"), str(value))
            el.set(qn("w:type"), "dxa")
            margins.append(el)
        tbl_pr.append(margins)
        _order_tbl_pr(tbl_pr)
        for i, grid_col in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
            grid_col.set(qn("w:w"), str(table.columns[i].twips))
        for r, row in enumerate(table.rows):
            word_row = t.rows[r]
            if table.keep_together or r < table.header_rows:
                tr_pr = word_row._tr.get_or_add_trPr()
                cant = OxmlElement("w:cantSplit")
                tr_pr.append(cant)
            if r < table.header_rows:
                word_row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for c, cell in enumerate(row):
                word_cell = word_row.cells[c]
                word_cell.width = _emu(table.columns[c])
                inner = table.columns[c] - table.padding * 2
                first = word_cell.paragraphs[0]
                self.render_blocks(cell.blocks, word_cell, inner)
                if len(word_cell.paragraphs) > 1 or word_cell.tables:
                    first._p.getparent().remove(first._p)
                elif not cell.blocks:
                    # A cell must hold a paragraph; an empty cell's is made 1 pt high, as the PDF
                    # draws nothing there (at 16 pt it would make the row taller than its text).
                    self.tiny(first)
                if table.keep_together and r < rows - 1:
                    for para in word_cell.paragraphs:
                        para.paragraph_format.keep_with_next = True

    def visit_section(self, section: Section, container: Any, width: Length) -> None:
        self.render_blocks(section.blocks, container, width)

    # -- the document ----------------------------------------------------------------------------
    def setup_page(self) -> None:
        page = self.doc.page
        section = self.word.sections[0]
        section.orientation = (
            WD_ORIENT.LANDSCAPE if page.width > page.height else WD_ORIENT.PORTRAIT
        )
        section.page_width = _emu(page.width)
        section.page_height = _emu(page.height)
        section.top_margin = _emu(page.top)
        section.bottom_margin = _emu(page.bottom)
        section.left_margin = _emu(page.left)
        section.right_margin = _emu(page.right)
        section.header_distance = _emu(page.header_distance)
        section.footer_distance = _emu(page.header_distance)
        section.gutter = Emu(0)
        numbering = self.doc.page_numbers
        mark = self.doc.first_page_mark
        if numbering is not None:
            header = section.header
            header.is_linked_to_previous = False
            para = header.paragraphs[0]
            para.style = self.word.styles[word_style_name(numbering.style)]
            self.doc.style(numbering.style)
            _add_page_field(para)
        if mark is None and (numbering is None or not numbering.skip_first):
            return
        # Page 1 has its own header: no number on it, and the draft mark when there is one.
        section.different_first_page_header_footer = True
        first = section.first_page_header
        first.is_linked_to_previous = False
        para = first.paragraphs[0]
        para.text = ""
        if mark is not None:
            para.style = self.word.styles[word_style_name(mark.style)]
            self.doc.style(mark.style)
            para.add_run(mark.text)
        if numbering is not None and not numbering.skip_first:
            number = first.add_paragraph(style=self.word.styles[word_style_name(numbering.style)])
            _add_page_field(number)

    def set_properties(self) -> None:
        meta = self.doc.metadata
        core = self.word.core_properties
        # Word limits core properties to 255 characters; the printed text is never shortened.
        core.title = _clip(meta.title)
        core.author = _clip(meta.author)
        core.subject = _clip(meta.subject)
        core.keywords = _clip(meta.keywords)
        core.language = meta.language
        core.last_modified_by = "minutes-app"
        core.comments = ""
        core.category = "Biên bản"
        core.created = meta.created
        core.modified = meta.created
        core.last_printed = meta.created
        core.revision = 1
        if meta.extra:
            _add_custom_properties(self.word, meta.extra)

    def drop_thumbnail(self) -> None:
        """Drop the template's thumbnail: it shows an empty page, not this document."""
        package = self.word.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
                del package.rels[rel_id]

    def word_2013_mode(self) -> None:
        """Mark the file as a Word 2013+ document (python-docx's template says Word 2010, so
        Word opens it in "[Compatibility Mode]" and places tables a cell margin to the left)."""
        settings = self.word.settings.element
        compat = settings.find(qn("w:compat"))
        if compat is None:
            compat = OxmlElement("w:compat")
            settings.append(compat)
        for setting in compat.findall(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")
                return
        setting = OxmlElement("w:compatSetting")
        setting.set(qn("w:name"), "compatibilityMode")
        setting.set(qn("w:uri"), "http://schemas.microsoft.com/office/word")
        setting.set(qn("w:val"), "15")
        compat.append(setting)

    def end_after_table(self) -> None:
        """End a document that ends with a table (the signatures) with a paragraph 1 pt high.

        Word needs a paragraph after a final table, and LibreOffice keeps a table whose rows
        are kept together with that paragraph: at the Normal style's 16 pt it could push the
        signatures onto a page of their own or make a blank last page in Word.
        """
        previous = self._sect_pr.getprevious() if self._sect_pr is not None else None
        if previous is None or previous.tag != qn("w:tbl"):
            return
        self.tiny(self.add_paragraph(self.word))

    def tiny(self, para: Any) -> None:
        """Make an empty paragraph 1 pt high (its mark in 1 pt type, exact 1 pt spacing)."""
        fmt = para.paragraph_format
        fmt.space_before = Emu(0)
        fmt.space_after = Emu(0)
        fmt.first_line_indent = Emu(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Emu(Pt(1).emu)
        mark = OxmlElement("w:rPr")  # the paragraph mark's own size: 1 pt
        size = OxmlElement("w:sz")
        size.set(_VAL, "2")
        mark.append(size)
        para._p.get_or_add_pPr().append(mark)  # rPr closes pPr's sequence here

    def render(self) -> bytes:
        self.drop_thumbnail()
        self.word_2013_mode()
        self.setup_styles()
        self.setup_page()
        body = self.word
        self.render_blocks(self.doc.blocks, body, self.doc.page.text_width)
        self.end_after_table()
        self.set_properties()
        raw = io.BytesIO()
        self.word.save(raw)
        return _reproducible_zip(raw.getvalue())


def _clip(value: str, limit: int = 255) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _order_tbl_pr(tbl_pr: Any) -> None:
    """Put tblPr's children in the schema order Word insists on."""
    order = [
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
    ]
    rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    children = list(tbl_pr)
    for child in children:
        tbl_pr.remove(child)
    for child in sorted(children, key=lambda el: rank.get(el.tag, len(order))):
        tbl_pr.append(child)


def _add_page_field(paragraph: Any) -> None:
    """Append a PAGE field (shows the page number) to ``paragraph``."""

    def fld(kind: str) -> Any:
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        return run

    fld("begin")
    instr_run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    instr_run._r.append(instr)
    fld("separate")
    paragraph.add_run("2")
    fld("end")


def _add_custom_properties(word: Any, extra: tuple[tuple[str, str], ...]) -> None:
    """Add docProps/custom.xml with one string property per extra metadata key."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    props = "".join(
        f'<property fmtid="{fmtid}" pid="{i}" name="{escape(key, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for i, (key, value) in enumerate(extra, start=2)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{ns}" xmlns:vt="{vt}">{props}</Properties>'
    ).encode()
    package = word.part.package
    part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, xml, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def _reproducible_zip(data: bytes) -> bytes:
    """Return the same archive with fixed timestamps, so equal documents give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def render_docx(document: Document) -> bytes:
    """Return the DOCX bytes of ``document``."""
    return DocxWriter(document).render()
