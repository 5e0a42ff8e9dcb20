"""Derived documents (thông báo, trích sao, trích biên bản, nghị quyết) into the document model.

The layout data of each kind (its name, its code in the number, the signer's defaults, the
recipients, the wording and the extra styles) is the ``derived`` section of the regime's layout
profile; the header, title, body texts and signature reuse the minutes builder, so a derived
document looks exactly like the minutes it comes from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.derived import EXTRACTS, DerivedDocument, DerivedKind, extract
from minutes_app.domain.model import AgendaItem, Meeting, Status
from minutes_app.domain.text import clean, date_phrase, upper_vi
from minutes_app.domain.validation import Problem, error, warning
from minutes_app.render import names
from minutes_app.render.builder import (
    BLANK,
    _Builder,
    capitalize_first,
    paragraphs_of,
    text,
    with_end_mark,
    without_full_stop,
)
from minutes_app.render.document import (
    Block,
    BulletList,
    Cell,
    Document,
    Metadata,
    PageNumbering,
    Paragraph,
    ParagraphStyle,
    Rule,
    Run,
    Section,
    Spacer,
    Table,
)
from minutes_app.render.errors import ProfileError
from minutes_app.render.metrics import single_line_height
from minutes_app.render.profile import LayoutProfile, _Reader, load_profile
from minutes_app.render.units import ZERO, Mm, Pt

#: The phrases every profile's ``derived.wording`` must give.
WORDING_KEYS = (
    "attended_by",
    "attending_members",
    "member_unit",
    "official_unit",
    "notice_title",
    "conclusions_lead",
    "tasks_heading",
    "tasks_columns",
    "resolution_title",
    "admission_title",
    "admission",
    "resolution_basis",
    "resolved",
    "copy_label",
    "extract_doc_type",
    "extract_note",
)
#: The extra paragraph styles of derived documents (``derived.styles``; may inherit the profile's).
STYLE_NAMES = (
    "table_head",
    "table_cell",
    "table_center",
    "resolved",
    "copy_body",
    "copy_label",
    "point",
)
_KIND_KEYS = ("doc_type", "code", "signer_prefix", "signer_label", "signer_title", "closing")


@dataclass(frozen=True)
class KindLayout:
    """The layout data of one kind of derived document."""

    doc_type: str
    code: str
    signer_prefix: str
    signer_label: str  # "{body}": the first unit of the issuing body's name
    signer_title: str  # empty: the first unit of the chair's position
    signer_is_chair: bool
    recipients: tuple[str, ...]
    closing: str


@dataclass(frozen=True)
class DerivedLayout:
    """The ``derived`` section of one layout profile."""

    profile: LayoutProfile
    wording: dict[str, str]
    styles: dict[str, ParagraphStyle]
    kinds: dict[DerivedKind, KindLayout]


_CACHE: dict[str, DerivedLayout] = {}


def load_layout(name: str) -> DerivedLayout:
    """Return the derived-document layout of the profile ``name`` (ProfileError naming the field)."""
    if name in _CACHE:
        return _CACHE[name]
    profile = load_profile(name)
    data = json.loads(profile.source.read_text(encoding="utf-8"))
    r = _Reader(profile.source)
    section = r.get(data, "derived", "", dict)
    wording_raw = r.get(section, "wording", "derived", dict)
    wording = {k: r.get(wording_raw, k, "derived.wording", str) for k in WORDING_KEYS}
    styles_raw = r.get(section, "styles", "derived", dict)
    merged = {**data["styles"], **styles_raw}
    styles: dict[str, ParagraphStyle] = {}
    for style in STYLE_NAMES:
        if style not in styles_raw:
            raise r.fail(f"derived.styles.{style}", "thiếu kiểu trình bày", "missing style")
        styles[style] = r.style(style, styles_raw[style], merged)
    kinds: dict[DerivedKind, KindLayout] = {}
    for kind in DerivedKind:
        raw = r.get(section, kind.value, "derived", dict)
        where = f"derived.{kind.value}"
        values = {k: r.get(raw, k, where, str) for k in _KIND_KEYS}
        recipients = r.get(raw, "recipients", where, list)
        if not all(isinstance(x, str) for x in recipients):
            raise r.fail(f"{where}.recipients", "phải là danh sách chuỗi", "must be strings")
        kinds[kind] = KindLayout(
            doc_type=values["doc_type"],
            code=values["code"],
            signer_prefix=values["signer_prefix"],
            signer_label=values["signer_label"],
            signer_title=values["signer_title"],
            signer_is_chair=bool(r.opt(raw, "signer_is_chair", where, bool, True)),
            recipients=tuple(recipients),
            closing=values["closing"],
        )
    layout = DerivedLayout(profile, wording, styles, kinds)
    _CACHE[name] = layout
    return layout


def leading_unit(value: str) -> str:
    """Return the first unit of a body's name or a position, in capitals: "ỦY BAN NHÂN DÂN" of
    "Ủy ban nhân dân xã Đồng Hướng", "BÍ THƯ" of "Bí thư Chi bộ"; the whole text otherwise."""
    words = upper_vi(" ".join(clean(value).split())).split()
    for phrase in names._TYPES:
        if tuple(words[: len(phrase)]) == phrase:
            return " ".join(phrase)
    return " ".join(words)


def defaults(layout: DerivedLayout, kind: DerivedKind, meeting: Meeting) -> dict[str, str]:
    """Return the defaults ``domain.derived.derive`` takes for ``kind`` drafted from ``meeting``."""
    k = layout.kinds[kind]
    body = leading_unit(meeting.issuer.name) or BLANK
    title = k.signer_title or leading_unit(meeting.chair.position.split(",")[0])
    return {
        "signer_prefix": k.signer_prefix,
        "signer_label": k.signer_label.format(body=body),
        "signer_title": title,
        "signer_is_chair": "1" if k.signer_is_chair else "",
        "recipients": "\n".join(k.recipients),
        "closing": k.closing,
    }


def wording(layout: DerivedLayout) -> dict[str, str]:
    """Return the phrases ``domain.derived.derive`` uses: the profile's and the derived ones."""
    w = layout.profile.wording
    return {
        **layout.wording,
        "meeting_noun": w["meeting_noun"],
        "person_title": w["person_title"],
    }


class _DerivedBuilder(_Builder):
    """Builds one derived document; ``self.m`` is the meeting whose header it prints."""

    def __init__(self, doc: DerivedDocument, source: Meeting, layout: DerivedLayout) -> None:
        self.doc = doc
        self.source = source
        self.layout = layout
        self.kind = layout.kinds[doc.kind]
        self.numbers: list[int] = []
        profile = dataclasses.replace(
            layout.profile, styles={**layout.profile.styles, **layout.styles}
        )
        if doc.kind in EXTRACTS:
            # The extracts print the minutes' own header, title and chosen items.
            shown = extract(source, doc.items)
            self.numbers = list(doc.items)
            if doc.kind is DerivedKind.TRICH_BIEN_BAN:
                profile = dataclasses.replace(profile, doc_type=layout.wording["extract_doc_type"])
                shown.status = Status.APPROVED
        else:
            shown = dataclasses.replace(
                source,
                issuer=doc.issuer,
                number=doc.number,
                symbol=doc.effective_symbol(self.kind.code),
                place=doc.place,
                date=doc.date,
                title=doc.title,
                show_place_date=True,
            )
            profile = dataclasses.replace(profile, doc_type=self.kind.doc_type)
        super().__init__(shown, profile)

    # -- the extracts keep the minutes' numbering of their items ----------------------------------
    def agenda_item(self, number: int, item: AgendaItem) -> list[Block]:
        if self.numbers and number <= len(self.numbers):
            number = self.numbers[number - 1]
        return super().agenda_item(number, item)

    # -- parts -----------------------------------------------------------------------------------
    def point(self, number: int, value: str) -> list[Block]:
        parts = paragraphs_of(value) or [BLANK]
        first = self.para("point", f"{number}. {parts[0]}")
        return [first, *(self.para("point", p) for p in parts[1:])]

    def tasks_table(self) -> list[Block]:
        tasks = self.doc.tasks
        if not tasks:
            return []
        heads = self.layout.wording["tasks_columns"].split("|")
        width = self.text_width
        first, last = Mm(12).in_twips(), Mm(32).in_twips()
        rest = width - first - last
        owner = (rest * 0.4).in_twips()
        columns = (first, rest - owner, owner, last)

        def cell(style: str, value: str) -> Cell:
            return Cell((self.para(style, value),))

        rows = [tuple(cell("table_head", h) for h in heads[:4])]
        for i, t in enumerate(tasks, start=1):
            due = t.due.strftime("%d/%m/%Y") if t.due is not None else ""
            rows.append(
                (
                    cell("table_center", f"{i}"),
                    cell("table_cell", without_full_stop(text(t.description)) or BLANK),
                    cell("table_cell", text(t.owner)),
                    cell("table_center", due),
                )
            )
        label = self.para("label", f"{self.layout.wording['tasks_heading']}:")
        table = Table(
            columns,
            tuple(rows),
            borders=True,
            padding=Pt(3),
            role="tasks",
            keep_together=False,
            space_before=Pt(6),
        )
        return [label, table]

    def closing_blocks(self) -> list[Block]:
        mark = self.p.end_mark
        parts = paragraphs_of(self.doc.closing)
        if not parts:
            return []
        parts[-1] = with_end_mark(parts[-1], mark)
        return [self.para("closing", p) for p in parts]

    def derived_body(self) -> Section:
        doc = self.doc
        blocks: list[Block] = [self.para("body", p) for p in paragraphs_of(doc.intro)]
        if doc.kind is DerivedKind.NGHI_QUYET:
            blocks.append(self.para("resolved", self.layout.wording["resolved"]))
        for i, value in enumerate(doc.points, start=1):
            blocks += self.point(i, value)
        blocks += self.tasks_table()
        closing = self.closing_blocks()
        if closing:
            blocks += closing
        elif blocks and self.p.end_mark:
            # The body ends with the profile's end mark ("./." of state documents).
            last = blocks[-1]
            if isinstance(last, Paragraph) and last.runs:
                runs = list(last.runs)
                runs[-1] = Run(
                    with_end_mark(runs[-1].text, self.p.end_mark),
                    runs[-1].bold,
                    runs[-1].italic,
                    runs[-1].underline,
                )
                blocks[-1] = Paragraph(last.style, tuple(runs), last.keep_with_next)
        return Section("body", tuple(blocks))

    def signer_blocks(self, width: Any) -> list[Block]:
        signer = self.doc.signer
        pad = self.p.header_padding * 2
        out: list[Block] = []
        label = text(signer.label)
        prefix = text(signer.prefix)
        if prefix and label:
            out.append(self.name_para("signature_label", f"{prefix} {label}", width - pad))
        elif prefix or label:
            out.append(self.name_para("signature_label", prefix or label, width - pad))
        if text(signer.title):
            out.append(self.name_para("signature_position", text(signer.title), width - pad))
        body = self.p.styles["signature_name"]
        gap = (single_line_height(body.size) * self.p.signature_gap_lines).in_twips()
        out.append(Spacer(gap))
        out.append(self.para("signature_name", self.signer_name_of(signer.name)))
        return out

    def signer_name_of(self, name: str) -> str:
        return text(name)

    def recipients_blocks(self) -> list[Block]:
        entries = [without_full_stop(text(r)) for r in self.doc.recipients if text(r)]
        if not entries:
            return []
        dash = self.p.recipient_dash.strip()
        items = tuple(
            self.item(dash, Run(entry + ("." if i == len(entries) - 1 else ";")))
            for i, entry in enumerate(entries)
        )
        return [
            Section(
                "recipients",
                (
                    self.para("recipients_label", self.p.recipients_label),
                    BulletList("recipients_entry", items),
                ),
            )
        ]

    def derived_signature(self) -> Section:
        left_w = (self.text_width * self.p.signature_columns[0]).in_twips()
        right_w = self.text_width - left_w
        table = Table(
            columns=(left_w, right_w),
            rows=(
                (Cell(tuple(self.recipients_blocks())), Cell(tuple(self.signer_blocks(right_w)))),
            ),
            borders=False,
            padding=self.p.header_padding,
            role="derived_signature",
            space_before=Pt(12),
        )
        return Section("signature", (table,))

    def copy_block(self) -> Section:
        """Return the trích sao block of Mẫu 3.1: a rule, the copying body and its number, the
        words TRÍCH SAO with place and date, then Nơi nhận and the signer."""
        doc = self.doc
        left_w = (self.text_width * self.p.header_columns[0]).in_twips()
        right_w = self.text_width - left_w
        pad = self.p.header_padding * 2
        left: list[Block] = []
        if text(doc.issuer.parent):
            left.append(self.name_para("parent_body", text(doc.issuer.parent), left_w - pad))
        left.append(self.name_para("issuing_body", text(doc.issuer.name) or BLANK, left_w - pad))
        symbol = doc.effective_symbol(self.kind.code)
        left.append(self.para("number", self.p.number_text(text(doc.number), symbol)))
        place = text(doc.place)
        when = date_phrase(doc.date)
        right: list[Block] = [
            self.para("copy_label", self.layout.wording["copy_label"]),
            self.para("place_date", f"{place}, {when}" if place else capitalize_first(when)),
        ]
        top = (Cell(tuple(left)), Cell(tuple(right)))
        bottom = (Cell(tuple(self.recipients_blocks())), Cell(tuple(self.signer_blocks(right_w))))
        rule = Rule(self.text_width, self.p.rule_thickness, ZERO, Pt(6))
        table = Table(
            (left_w, right_w),
            (top, bottom),
            borders=False,
            padding=self.p.header_padding,
            role="copy",
        )
        # One outer cell holds the rule and the block, so the rule never ends a page alone.
        outer = Table(
            (self.text_width,),
            ((Cell((rule, table)),),),
            borders=False,
            padding=ZERO,
            role="copy_frame",
            space_before=Pt(12),
        )
        return Section("copy", (outer,))

    def extract_note(self) -> list[Block]:
        if len(self.numbers) == len(self.source.agenda):
            return []
        shown = ", ".join(str(n) for n in self.numbers)
        return [self.para("copy_body", self.layout.wording["extract_note"].format(items=shown))]

    def metadata_of(self) -> Metadata:
        doc = self.doc
        kind_name = capitalize_first(self.p.doc_type.lower())
        title = text(doc.title) or text(self.m.title)
        symbol = (
            doc.effective_symbol(self.kind.code)
            if doc.kind is not DerivedKind.TRICH_BIEN_BAN
            else self.m.effective_symbol()
        )
        number = self.p.number_text(text(doc.number), symbol)
        return Metadata(
            title=f"{kind_name}: {title}" if title else kind_name,
            author=text(doc.issuer.name),
            subject=f"{kind_name}, {date_phrase(doc.date)}",
            keywords=" ".join(number.split()),
            created=dt.datetime.combine(doc.date, dt.time(0, 0)),
            extra=(
                ("minutes_app_derived_kind", doc.kind.value),
                ("minutes_app_source_meeting", str(doc.meeting_id)),
                ("minutes_app_source_revision", str(doc.revision)),
            ),
        )

    def build(self) -> Document:
        kind = self.doc.kind
        if kind is DerivedKind.TRICH_SAO:
            blocks: tuple[Block, ...] = (
                self.header(),
                self.title(),
                self.body(),
                self.signature(),
                self.copy_block(),
            )
        elif kind is DerivedKind.TRICH_BIEN_BAN:
            title = self.title()
            note = self.extract_note()
            body = self.body()
            body = Section("body", (*note, *body.blocks))
            blocks = (self.header(), title, body, self.derived_signature())
        else:
            blocks = (self.header(), self.title(), self.derived_body(), self.derived_signature())
        return Document(
            page=self.p.page,
            fonts=self.p.fonts,
            styles=dict(self.p.styles),
            blocks=blocks,
            metadata=self.metadata_of(),
            page_numbers=PageNumbering("page_number", skip_first=True),
            first_page_mark=None,  # made from approved minutes only: never a draft
        )


def build_derived(doc: DerivedDocument, source: Meeting) -> Document:
    """Return the document model of ``doc``, made from ``source`` (its approved revision)."""
    layout = load_layout(str(doc.profile))
    return _DerivedBuilder(doc, source, layout).build()


def render_derived(doc: DerivedDocument, source: Meeting, fmt: str) -> bytes:
    """Return the DOCX or PDF bytes of a derived document."""
    document = build_derived(doc, source)
    if fmt == "pdf":
        from minutes_app.render.pdf_writer import render_pdf

        return render_pdf(document)
    if fmt == "docx":
        from minutes_app.render.docx_writer import render_docx

        return render_docx(document)
    raise ProfileError(
        f"định dạng không hỗ trợ: {fmt} (docx, pdf)", f"unsupported format: {fmt} (docx, pdf)"
    )


_SHORT = {
    "signer.prefix": 20,
    "signer.label": 150,
    "signer.title": 150,
    "signer.name": 100,
    "number": 20,
    "symbol": 40,
    "place": 100,
    "issuer.name": 200,
    "issuer.parent": 200,
}


def check_derived(doc: DerivedDocument, source: Meeting) -> list[Problem]:
    """Return what stands in the way of printing ``doc`` (errors) or should be looked at."""
    from minutes_app.domain.derived import NUMBERED, text_fields
    from minutes_app.domain.text import forbidden_characters

    problems: list[Problem] = []
    for path, value in text_fields(doc):
        limit = _SHORT.get(path)
        if limit is not None and len(value.strip()) > limit:
            problems.append(
                error(
                    path,
                    f"quá dài để in ({len(value.strip())} ký tự, tối đa {limit})",
                    f"too long to print ({len(value.strip())} characters, at most {limit})",
                )
            )
        bad = forbidden_characters(value)
        if bad:
            problems.append(
                error(
                    path,
                    f"chứa ký tự không in được ({', '.join(bad)})",
                    f"holds characters that cannot be printed ({', '.join(bad)})",
                )
            )
    if doc.kind in NUMBERED and not doc.number.strip():
        problems.append(error("number", "chưa có số", "has no number"))
    if not text(doc.signer.name):
        problems.append(
            warning("signer.name", "chưa có tên người ký", "the signer's name is empty")
        )
    if doc.kind is DerivedKind.THONG_BAO and not doc.points:
        problems.append(
            warning("points", "chưa có nội dung kết luận nào", "there is no conclusion to notify")
        )
    if doc.kind is DerivedKind.NGHI_QUYET and not doc.points:
        problems.append(warning("points", "chưa có điều quyết nghị nào", "nothing is resolved"))
    if doc.kind in (DerivedKind.TRICH_SAO, DerivedKind.TRICH_BIEN_BAN):
        count = len(source.agenda)
        bad_items = [i for i in doc.items if not 1 <= i <= count]
        if bad_items or not doc.items:
            problems.append(
                error(
                    "items",
                    f"nội dung trích không có trong biên bản ({bad_items or '—'})",
                    f"the extracted items are not in the minutes ({bad_items or '—'})",
                )
            )
    if not text(doc.title) and doc.kind is not DerivedKind.TRICH_SAO:
        problems.append(warning("title", "chưa có trích yếu", "the title is empty"))
    return problems


def clear_cache() -> None:
    """Forget loaded layouts (tests that edit profile files call this)."""
    _CACHE.clear()
