"""The meeting-to-document builder: the only code knowing both the meeting and the document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

from minutes_app.domain.facts import (
    AttendanceCounts,
    PartyCounts,
    attendance_counts,
    is_party_member,
    party_counts,
    vote_result,
)
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    FormOfAddress,
    Meeting,
    Membership,
    Person,
    Role,
    Speaker,
    Statement,
    Status,
    Vote,
    VotePurpose,
)
from minutes_app.domain.text import (
    clean,
    date_phrase,
    pad2,
    split_honorific,
    time_phrase,
    upper_vi,
)
from minutes_app.render import names
from minutes_app.render.anchors import AnchorTable, split_tail
from minutes_app.render.document import (
    Block,
    BulletList,
    Cell,
    Document,
    ListItem,
    Metadata,
    PageMark,
    PageNumbering,
    Paragraph,
    Rule,
    Run,
    Section,
    Spacer,
    Table,
)
from minutes_app.render.linebreak import Measure, break_lines
from minutes_app.render.metrics import UNITS_PER_PT, font_metrics, single_line_height
from minutes_app.render.profile import LayoutProfile, MarkSpec
from minutes_app.render.typography import typeset
from minutes_app.render.units import ZERO, Length, Mm, Pt

# Authority prefixes that share the line of the title they qualify (Decree 30: TM., KT., Q., TL.,
# TUQ.; Party: T/M, K/T, T/L).
# Memberships, not positions: never printed under a signer.
_MEMBERSHIP_WORDS = {"đảng viên", "đảng viên chính thức", "đảng viên dự bị", "quần chúng"}
_SIGNING_PREFIX = re.compile(r"(?:TM|KT|Q|TL|TUQ|T/M|K/T|T/L|T/U/Q)\.?", re.IGNORECASE)
BLANK = "........"  # room to fill in by hand when a field is still empty
# Every line break starts a new paragraph, as Enter does in Word: a secretary who presses
# Enter (or pastes a transcript line by line) means a new paragraph, and a paragraph with
# forced line breaks would also start a continued page one line low in reportlab.
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def text(value: str) -> str:
    """Return user text ready to print: NFC, Unix line ends, tabs as spaces, trimmed."""
    return clean(value).replace("\t", " ").strip()


def paragraphs_of(value: str) -> list[str]:
    """Split user text into paragraphs at its line breaks (blank lines or single ones)."""
    parts = [part.strip() for part in _PARAGRAPH_BREAK.split(text(value))]
    return [part for part in parts if part]


def capitalize_first(value: str) -> str:
    """Return ``value`` with its first letter in capitals (``đồng chí`` → ``Đồng chí``)."""
    return value[:1].upper() + value[1:] if value else value


def with_full_stop(value: str) -> str:
    """Return ``value`` ending with a sentence mark (adds ``.`` unless one is there).

    A field's closing anchor (review copies) is looked through: the mark goes after it.
    """
    stripped = value.rstrip()
    core = split_tail(stripped)[0].rstrip()
    if not core or core[-1] in ".!?…:;":
        return stripped
    return stripped + "."


def without_full_stop(value: str) -> str:
    """Return ``value`` without trailing ``.``, ``;`` or ``,`` (to continue the sentence)."""
    core, tail = split_tail(value.rstrip())
    return core.rstrip().rstrip(".;,").rstrip() + tail


def with_end_mark(value: str, mark: str) -> str:
    """Return ``value`` ending with the profile's end-of-body mark (``./.`` for state documents)."""
    stripped = value.rstrip()
    if not mark or stripped.endswith(mark):
        return stripped
    if mark == ".":
        return with_full_stop(stripped)
    return stripped.rstrip(".") + mark


def _units(length: Length) -> int:
    """Return a length in the word processors' layout units (1/120 pt)."""
    return round(length.pt * UNITS_PER_PT)


class _Builder:
    """Builds one document; holds the meeting, the profile and the wording shortcuts."""

    def __init__(
        self, meeting: Meeting, profile: LayoutProfile, anchors: AnchorTable | None = None
    ) -> None:
        self.m = meeting
        self.p = profile
        self.anchors = anchors
        self.w = profile.wording
        self.text_width = profile.page.text_width
        self.metrics = font_metrics(profile.fonts)
        self.form = meeting.form_of_address or profile.form_of_address
        # Who is recorded as a non-member, by name: a speaker or presenter is one of them too.
        self.memberships = {
            split_honorific(text(a.name))[1].casefold(): a.membership
            for a in meeting.attendees
            if not a.is_group and a.membership is not None
        }

    # -- small helpers -------------------------------------------------------------------------
    def para(self, style: str, *runs: Run | str, keep_with_next: bool = False) -> Paragraph:
        """Return a paragraph; strings become runs, capitals applied when the style says so."""
        caps = self.p.styles[style].caps
        out: list[Run] = []
        for run in runs:
            r = Run(run) if isinstance(run, str) else run
            shown = typeset(upper_vi(r.text) if caps else r.text)
            if shown:
                out.append(Run(shown, r.bold, r.italic, r.underline))
        return Paragraph(style, tuple(out), keep_with_next)

    def item(self, marker: str, *runs: Run) -> ListItem:
        """Return a list entry, its text typeset as every printed text is."""
        return ListItem(
            marker, tuple(Run(typeset(r.text), r.bold, r.italic, r.underline) for r in runs)
        )

    def bold(self, value: str) -> Run:
        return Run(value, bold=True)

    def anchor(self, path: str, value: str) -> str:
        """Return ``value`` tied to the field ``path`` (review copies only; else unchanged)."""
        return value if self.anchors is None else self.anchors.wrap(path, value)

    def path(self, path: str) -> str:
        """Return ``path`` when anchoring (review copies), else the empty path."""
        return path if self.anchors is not None else ""

    def anchor_paragraphs(self, path: str, parts: list[str]) -> list[str]:
        """Tie paragraphs that print one field to it: the anchor spans them all."""
        if self.anchors is None or not parts:
            return parts
        wrapped = self.anchors.wrap(path, "\n".join(parts))
        return wrapped.split("\n")

    def addressed(self, name: str, membership: Membership | None = None) -> str:
        """Return a name with the meeting's form of address, an honorific typed with the name
        kept apart from it: ``đồng chí Nguyễn Văn A``, ``ông Nguyễn Văn A`` (typed ``Ông …``),
        ``quần chúng Nguyễn Thị B`` (never "đồng chí" for one who is not a Party member)."""
        honorific, bare = split_honorific(name)
        bare = bare or BLANK
        form = self.form
        if form is FormOfAddress.NONE:
            return bare
        if honorific and honorific not in ("đồng chí", "quần chúng"):
            return f"{honorific} {bare}"  # the user's own "Ông …", "Bà …"
        non_member = honorific == "quần chúng" or (
            membership is Membership.NON_MEMBER
            or self.memberships.get(bare.casefold()) is Membership.NON_MEMBER
        )
        if non_member:
            title = self.w["non_member_title"] if form is FormOfAddress.COMRADE else ""
            return f"{title} {bare}" if title else bare
        if form is FormOfAddress.COMRADE or honorific == "đồng chí":
            return f"{self.w['person_title']} {bare}"
        return bare  # ông/bà chosen, none typed: the name alone (gender is never guessed)

    def person(
        self, person: Person | Attendee | Speaker, title: bool = True, path: str = ""
    ) -> str:
        """Return ``đồng chí Tên, Chức vụ`` (``title`` adds the form of address); with ``path``
        the position and organisation are anchored to their fields."""
        name = text(person.name)
        membership = person.membership if isinstance(person, Attendee) else None
        parts = [self.addressed(name, membership) if title else split_honorific(name)[1] or BLANK]
        position = text(person.position)
        if position:
            parts.append(self.anchor(f"{path}.position", position) if path else position)
        organization = text(getattr(person, "organization", ""))
        if organization:
            parts.append(
                self.anchor(f"{path}.organization", organization) if path else organization
            )
        return ", ".join(parts)

    def count(self, n: int, unit: str) -> str:
        return f"{pad2(n)} {unit}"

    @property
    def unit(self) -> str:
        """Return the noun people are counted in: "đồng chí", or "người" when not addressed so."""
        comrades = self.form is FormOfAddress.COMRADE
        return self.w["person_unit"] if comrades else self.w["person_unit_plain"]

    def line_widths(self, text: str, style: str, available: Length) -> list[Length]:
        """Return the printed width of each line ``text`` takes in ``available``, broken as
        both writers break it."""
        st = self.p.styles[style]
        shown = upper_vi(text) if st.caps else text
        face = self.metrics.face(st.bold, st.italic)
        room = round(available.pt * UNITS_PER_PT)
        measure = Measure(shown, [(len(shown), face.layout_table(st.size.pt))])
        return [
            face.width(shown[line.start : line.end], st.size)
            for line in break_lines(measure, room, room)
        ]

    def mark_blocks(
        self, mark: MarkSpec, measured: str, style: str, available: Length, mark_style: str
    ) -> list[Block]:
        """Return the line or text mark under a header or title element."""
        if mark.kind == "line":
            width = min(max(self.line_widths(measured, style, available)), available)
            return [Rule(width * mark.factor, self.p.rule_thickness, Pt(3), Pt(2))]
        if mark.kind == "text":
            return [self.para(mark_style, mark.text)]
        return []

    def width_of(self, style: str) -> Callable[[str], int]:
        """Return how the word processors measure one line of a style (layout units)."""
        st = self.p.styles[style]
        return self.metrics.face(st.bold, st.italic).layout_table(st.size.pt).text

    def set_name(self, value: str, style: str, available: Length) -> tuple[str, int, bool]:
        """Return a name or title as it prints in ``available``: broken only between its units
        (and where the user broke it), its lines, whether a unit had to be broken inside."""
        shown = upper_vi(value) if self.p.styles[style].caps else value
        return names.set_name(typeset(shown), self.width_of(style), _units(available))

    def name_para(self, style: str, value: str, available: Length) -> Paragraph:
        """Return the paragraph of a body's name or a signer's title, broken between units."""
        return self.para(style, self.set_name(value, style, available)[0])

    # -- parts of the document -----------------------------------------------------------------
    def header_columns(self) -> tuple[Length, Length]:
        """Return the header's column widths: the profile's, the left one widened (up to the
        profile's limit, leaving the right column room for its lines) when the body's name
        would otherwise break inside a unit or take more than two lines."""
        issuer = self.m.issuer
        pad = self.p.header_padding * 2
        default = (self.text_width * self.p.header_columns[0]).in_twips()
        limit = (self.text_width * self.p.header_widen_to).in_twips()
        right_lines = [("header_title", self.p.header_title), ("motto", self.p.motto)]
        right_lines.append(("place_date", self.place_date() or ""))
        needed = max(
            self.metrics.text_width(
                typeset(t), self.p.styles[s].size, self.p.styles[s].bold, self.p.styles[s].italic
            )
            for s, t in right_lines
        )
        limit = min(limit, (self.text_width - needed - pad - Mm(1)).in_twips())
        names_ = [("parent_body", text(issuer.parent)), ("issuing_body", text(issuer.name))]

        def cost(left: Length) -> tuple[bool, int]:
            results = [self.set_name(v, s, left - pad) for s, v in names_ if v]
            broken = any(r[2] for r in results)
            return broken, max((r[1] for r in results), default=1)

        best, best_cost = default, cost(default)
        left = default + Mm(1)
        while left <= limit and (best_cost[0] or best_cost[1] > 2):
            c = cost(left)
            if c < best_cost:
                best, best_cost = left.in_twips(), c
            left = left + Mm(1)
        return best, self.text_width - best

    def place_date(self) -> str | None:
        """Return the place-and-date line, or None when the profile or the meeting hides it."""
        show = self.m.show_place_date
        if not (show if show is not None else self.p.show_place_date):
            return None
        place = text(self.m.place)
        when = date_phrase(self.m.date)
        return f"{place}, {when}" if place else capitalize_first(when)

    def header(self) -> Section:
        issuer = self.m.issuer
        left_w, right_w = self.header_columns()
        pad = self.p.header_padding * 2
        left: list[Block] = []
        if text(issuer.parent):
            left.append(self.name_para("parent_body", text(issuer.parent), left_w - pad))
        name, _, _ = self.set_name(text(issuer.name) or BLANK, "issuing_body", left_w - pad)
        left.append(self.para("issuing_body", name))
        left += self.mark_blocks(self.p.body_mark, name, "issuing_body", left_w - pad, "body_mark")
        right: list[Block] = [self.para("header_title", self.p.header_title)]
        measured, measured_style = self.p.header_title, "header_title"
        if self.p.motto:
            right.append(self.para("motto", self.p.motto))
            measured, measured_style = self.p.motto, "motto"
        right += self.mark_blocks(
            self.p.header_title_mark, measured, measured_style, right_w - pad, "body_mark"
        )
        number = self.p.number_text(text(self.m.number), text(self.m.effective_symbol()))
        second_left: list[Block] = [self.para("number", number)]
        second_right: list[Block] = []
        place_date = self.place_date()
        if place_date is not None:
            second_right.append(self.para("place_date", place_date))
        table = Table(
            columns=(left_w, right_w),
            rows=(
                (Cell(tuple(left)), Cell(tuple(right))),
                (Cell(tuple(second_left)), Cell(tuple(second_right))),
            ),
            borders=False,
            padding=self.p.header_padding,
            role="header",
        )
        return Section("header", (table,))

    def title(self) -> Section:
        blocks: list[Block] = [self.para("doc_type", self.p.doc_type)]
        title = text(self.m.title)
        if title:
            blocks.append(self.para("title", title))
            marks = self.mark_blocks(
                self.p.title_mark, title, "title", self.text_width, "title_mark"
            )
            # No space after the line: the body's space before follows it, and LibreOffice
            # would not add the two (Word-compatible spacing), so neither does the PDF.
            blocks += [
                Rule(b.length, b.thickness, Pt(7), ZERO) if isinstance(b, Rule) else b
                for b in marks
            ]
        return Section("title", tuple(blocks))

    def labelled(self, label: str, value: str) -> Paragraph:
        return self.para("body", self.bold(f"{label}:"), " " + with_full_stop(value))

    def attendance(self) -> list[Block]:
        attendees = self.m.attendees
        party = party_counts(attendees)
        c = attendance_counts(attendees)
        unit = self.unit
        if party is not None:
            # A Party cell counts its own members: official and probationary, present, absent.
            blocks: list[Block] = [self.labelled(self.w["party_total"], self.party_summary(party))]
            members = [a for a in attendees if is_party_member(a)]
            others = [a for a in attendees if not is_party_member(a)]
        else:
            blocks = [self.labelled(self.w["attendees"], self.attendance_summary(c, attendees))]
            members = [a for a in attendees if a.role is Role.MEMBER]
            others = [a for a in attendees if a.role is Role.GUEST]
        items: list[ListItem] = []
        self.attendee_index = {id(a): i for i, a in enumerate(attendees)}
        present = [
            self.attendee_phrase(a)
            for a in members
            if a.is_group or a.attendance is Attendance.PRESENT
        ]
        if present:
            items.append(self.entry(self.w["present"], present))
        for key, state in (
            ("late", Attendance.LATE),
            ("absent_excused", Attendance.ABSENT_EXCUSED),
            ("absent", Attendance.ABSENT),
        ):
            people = [a for a in members if not a.is_group and a.attendance is state]
            if people:
                label = f"{self.w[key]} ({self.count(len(people), unit)})"
                items.append(self.entry(label, [self.attendee_phrase(a) for a in people]))
        guests = [self.attendee_phrase(a) for a in others]
        if guests:
            items.append(self.entry(self.w["guests"], guests))
        if items:
            blocks.append(BulletList("list", tuple(items)))
        return blocks

    def party_summary(self, p: PartyCounts) -> str:
        """Return "11 đồng chí, trong đó chính thức 09, dự bị 02; có mặt 09 đồng chí (01 đồng chí
        đến muộn); vắng 02 đồng chí (có lý do 01, không có lý do 01)", as Party cells write it."""
        w, unit = self.w, self.unit
        text_ = f"{self.count(p.total, unit)}, trong đó {w['official']} {pad2(p.official)}"
        if p.probationary:
            text_ += f", {w['probationary']} {pad2(p.probationary)}"
        text_ += f"; {w['present'].lower()} {self.count(p.present, unit)}"
        if p.late:
            text_ += f" ({self.count(p.late, unit)} {w['late'].lower()})"
        if p.absent_total:
            text_ += f"; {w['absent_short']} {self.count(p.absent_total, unit)}"
            text_ += (
                f" ({w['excused']} {pad2(p.absent_excused)}, {w['unexcused']} {pad2(p.absent)})"
            )
        guests = [a for a in self.m.attendees if not is_party_member(a)]
        if guests:
            counted = sum((a.count or 0) if a.is_group else 1 for a in guests)
            text_ += f"; {self.count(counted, self.w['guest_unit'])} khách mời"
        return text_

    def entry(self, label: str, phrases: list[str]) -> ListItem:
        return self.item("-", Run(f"{label}: "), Run(with_full_stop("; ".join(phrases))))

    def attendee_phrase(self, a: Attendee) -> str:
        index = getattr(self, "attendee_index", {}).get(id(a))
        path = f"attendees[{index}]" if self.anchors is not None and index is not None else ""
        if a.is_group:
            label = text(a.group or "")
            label = (self.anchor(f"{path}.group", label) if path else label) or BLANK
            phrase = f"{label} ({self.count(a.count, self.unit)})" if a.count else label
            return self.anchor(path, phrase) if path else phrase
        phrase = self.person(a, path=path)
        notes = []
        if a.attendance is Attendance.LATE and a.arrived is not None:
            notes.append(f"{self.w['arrived']} {time_phrase(a.arrived)}")
        reason = text(a.reason)
        if reason:
            shown = without_full_stop(reason)
            shown = self.anchor(f"{path}.reason", shown) if path else shown
            notes.append(f"{self.w['reason']}: {shown}")
        if notes:
            phrase += f" ({'; '.join(notes)})"
        return self.anchor(path, phrase) if path else phrase

    def attendance_summary(self, c: AttendanceCounts, attendees: list[Attendee]) -> str:
        unit = self.unit
        if not attendees:
            return BLANK
        member_groups_uncounted = any(
            a.is_group and a.count is None and a.role is Role.MEMBER for a in attendees
        )
        if c.summoned and not member_groups_uncounted:
            summary = f"có mặt {pad2(c.attending)}/{pad2(c.summoned)} {unit} {self.w['summoned']}"
            if c.late:
                summary += f" (trong đó {self.count(c.late, unit)} đến muộn)"
            if c.absent_total:
                summary += f", vắng mặt {self.count(c.absent_total, unit)}"
        elif c.absent_total:
            summary = f"vắng mặt {self.count(c.absent_total, unit)}"
            if c.late:
                summary += f", đến muộn {self.count(c.late, unit)}"
        elif any(a.role is Role.MEMBER for a in attendees):
            summary = self.w["all_present"]
            if c.late:
                summary += f" (trong đó {self.count(c.late, unit)} đến muộn)"
        else:
            summary = ""
        guest_groups_uncounted = any(
            a.is_group and a.count is None and a.role is Role.GUEST for a in attendees
        )
        has_guests = any(a.role is Role.GUEST for a in attendees)
        if has_guests:
            guests = (
                f"các {self.w['guest_unit']} khách mời"
                if guest_groups_uncounted
                else f"{self.count(c.guests, self.w['guest_unit'])} khách mời"
            )
            summary = f"{summary}; {guests}" if summary else guests
        return summary

    def start_line(self) -> Paragraph:
        start = self.m.start
        if start is None:
            value = f"{BLANK} giờ {BLANK} phút, {date_phrase(self.m.date)}"
        else:
            value = f"{time_phrase(start)}, {date_phrase(start.date())}"
        return self.labelled(self.w["start"], value)

    def statement(self, statement: Statement, path: str = "") -> list[Block]:
        speaker = statement.speaker
        if speaker.is_group:
            label = text(speaker.group or "") or BLANK
        else:
            label = capitalize_first(self.person(speaker))
        if self.m.show_statement_times and statement.time is not None:
            label += f" ({time_phrase(statement.time)})"
        parts = paragraphs_of(statement.content)
        if path:
            parts = self.anchor_paragraphs(f"{path}.content", parts)
        if path and self.anchors is not None:
            # The whole statement, speaker included, opened before its content's own anchor.
            opener, closer = self.anchors.pair(path)
            label = opener + label
            if parts:
                parts[-1] += closer
            else:
                label += closer
        first = self.para("body", self.bold(f"{label}:"), (" " + parts[0]) if parts else "")
        return [first, *(self.para("body", part) for part in parts[1:])]

    def agenda_item(self, number: int, item: AgendaItem) -> list[Block]:
        path = f"agenda[{number - 1}]" if self.anchors is not None else ""
        title = without_full_stop(text(item.title) or BLANK)
        if path and text(item.title) and not self.p.styles["item_heading"].caps:
            title = self.anchor(f"{path}.title", title)
        blocks: list[Block] = [self.para("item_heading", f"{number}. {title}")]
        if item.presenter is not None:
            blocks.append(
                self.para(
                    "body",
                    Run(f"{self.w['presenter']}:", italic=True),
                    " " + with_full_stop(self.person(item.presenter)),
                )
            )
        for j, statement in enumerate(item.statements):
            blocks += self.statement(statement, f"{path}.statements[{j}]" if path else "")
        parts = paragraphs_of(item.conclusion)
        if path:
            parts = self.anchor_paragraphs(f"{path}.conclusion", parts)
        if parts:
            blocks.append(
                self.para(
                    "body",
                    Run(f"{self.w['item_conclusion']}:", bold=True, italic=True),
                    " " + parts[0],
                )
            )
            blocks += [self.para("body", part) for part in parts[1:]]
        return blocks

    def vote_phrase(self, vote: Vote, path: str = "") -> str:
        r = vote_result(vote, self.m)
        unit = self.unit
        if vote.purpose is VotePurpose.ADMISSION and party_counts(self.m.attendees) is not None:
            unit = self.w["official_unit"]  # counted against the cell's official members
        e = pad2(r.eligible)
        parts = [f"{pad2(r.in_favour)}/{e} {unit} tán thành, đạt {r.in_favour_percent}"]
        if r.against:
            parts.append(f"{pad2(r.against)}/{e} {unit} không tán thành, chiếm {r.against_percent}")
        if r.abstain:
            parts.append(f"{pad2(r.abstain)}/{e} {unit} không có ý kiến, chiếm {r.abstain_percent}")
        if r.not_voting:
            parts.append(f"{pad2(r.not_voting)}/{e} {unit} không tham gia biểu quyết")
        subject = without_full_stop(text(vote.subject))
        if path:
            subject = self.anchor(f"{path}.subject", subject)
        body = "; ".join(parts) + "."
        phrase = f"{subject}: {body}" if subject else capitalize_first(body)
        return self.anchor(path, phrase) if path else phrase

    def task_item(
        self, description: str, owner: str, due: dt.date | None, path: str = ""
    ) -> ListItem:
        what = without_full_stop(text(description))
        what = (self.anchor(f"{path}.description", what) if path else what) or BLANK
        who = text(owner)
        if path and who:
            who = self.anchor(f"{path}.owner", who)
        phrase = f"{who}: {what}" if who else what
        if due is not None:
            phrase += f"; {self.w['due']}: {date_phrase(due)}"
        if path:
            phrase = self.anchor(path, phrase)
        return self.item("-", Run(with_full_stop(phrase)))

    def closing(self) -> list[Block]:
        mark = self.p.end_mark
        given = paragraphs_of(self.m.closing)
        if given:
            given[-1] = with_end_mark(given[-1], mark)
            return [self.para("closing", part) for part in given]
        noun = capitalize_first(self.w["meeting_noun"])
        end, start = self.m.end, self.m.start
        if end is None:
            first = f"{noun} kết thúc vào hồi {BLANK} giờ {BLANK} phút cùng ngày."
        else:
            same_day = end.date() == (start.date() if start is not None else self.m.date)
            when = "cùng ngày" if same_day else date_phrase(end.date())
            sep = " " if same_day else ", "
            first = f"{noun} kết thúc vào hồi {time_phrase(end)}{sep}{when}."
        second = f"Biên bản đã được đọc lại cho {self.w['participants']} nghe, nhất trí thông qua"
        if self.m.copies:
            second += f" và được lập thành {pad2(self.m.copies)} bản"
        return [self.para("closing", with_end_mark(f"{first} {second}", mark))]

    def body(self) -> Section:
        m, w = self.m, self.w
        blocks: list[Block] = [self.start_line()]
        blocks.append(
            self.labelled(w["location"], self.anchor("location", text(m.location)) or BLANK)
        )
        blocks += self.attendance()
        blocks.append(self.labelled(w["chair"], self.person(m.chair)))
        secretary = (
            self.person(m.secretary)
            if text(m.secretary.name) or text(m.secretary.position)
            else BLANK
        )
        blocks.append(self.labelled(w["secretary"], secretary))
        if m.agenda:
            blocks.append(self.para("label", f"{w['content']}:"))
            for i, item in enumerate(m.agenda, start=1):
                blocks += self.agenda_item(i, item)
        if m.votes:
            blocks.append(self.para("label", f"{w['votes']}:"))
            blocks.append(
                BulletList(
                    "list",
                    tuple(
                        self.item("-", Run(self.vote_phrase(v, self.path(f"votes[{i}]"))))
                        for i, v in enumerate(m.votes)
                    ),
                )
            )
        parts = self.anchor_paragraphs("conclusion", paragraphs_of(m.conclusion))
        if parts:
            blocks.append(self.para("label", f"{w['conclusion']}:"))
            blocks += [self.para("body", part) for part in parts]
        if m.tasks:
            blocks.append(self.para("label", f"{w['tasks']}:"))
            blocks.append(
                BulletList(
                    "list",
                    tuple(
                        self.task_item(t.description, t.owner, t.due, self.path(f"tasks[{i}]"))
                        for i, t in enumerate(m.tasks)
                    ),
                )
            )
        blocks += self.closing()
        return Section("body", tuple(blocks))

    def signature(self) -> Section:
        sig = self.m.signature
        left_w = (self.text_width * self.p.signature_columns[0]).in_twips()
        right_w = self.text_width - left_w
        pad = self.p.header_padding * 2
        left: list[Block] = [
            self.name_para(
                "signature_label",
                text(sig.secretary_label) or self.p.secretary_label,
                left_w - pad,
            )
        ]
        right: list[Block] = []
        prefix = text(sig.chair_prefix) or self.p.chair_prefix
        label = text(sig.chair_label) or self.p.chair_label
        if prefix and _SIGNING_PREFIX.fullmatch(prefix):
            # "T/M CHI BỘ", "TM. ỦY BAN NHÂN DÂN": an authority prefix opens the label's line.
            label = f"{prefix} {label}"
        elif prefix:
            right.append(self.name_para("signature_prefix", prefix, right_w - pad))
        right.append(self.name_para("signature_label", label, right_w - pad))
        chair_title = text(sig.chair_title)
        chair_position = self.signer_position(self.m.chair)
        if chair_title:
            right.append(self.name_para("signature_position", chair_title, right_w - pad))
        elif self.p.show_positions and chair_position:
            right.append(self.name_para("signature_position", chair_position, right_w - pad))
        secretary_position = self.signer_position(self.m.secretary)
        if self.p.show_positions and secretary_position:
            left.append(self.name_para("signature_position", secretary_position, left_w - pad))
        body = self.p.styles["signature_name"]
        gap = (single_line_height(body.size) * self.p.signature_gap_lines).in_twips()
        signers = (
            Cell((Spacer(gap), self.para("signature_name", self.signer_name(self.m.secretary)))),
            Cell((Spacer(gap), self.para("signature_name", self.signer_name(self.m.chair)))),
        )
        table = Table(
            columns=(left_w, right_w),
            rows=((Cell(tuple(left)), Cell(tuple(right))), signers, *self.recipient_rows()),
            borders=False,
            padding=self.p.header_padding,
            role="signature",
            space_before=Pt(12),
        )
        return Section("signature", (table,))

    def signer_name(self, person: Person) -> str:
        """Return a signer's name as signed: no honorific ("Ông Nguyễn Văn A" signs as
        "Nguyễn Văn A")."""
        return split_honorific(text(person.name))[1]

    def signer_position(self, person: Person) -> str:
        """Return the position printed under a signer's title: "Đảng viên" and the like are a
        membership, not a position, and are left out."""
        parts = [part.strip() for part in text(person.position).split(",")]
        return ", ".join(p for p in parts if p and p.casefold() not in _MEMBERSHIP_WORDS)

    def recipient_rows(self) -> list[tuple[Cell, Cell]]:
        """Return the rows of "Nơi nhận" under the left signer, as form 1.9 draws them.

        In the signature table they can be neither left behind on a page of their own nor split
        from the signatures (the table is kept together). The label shares its row with the
        first entry; every further entry has its own row, so a very long list still breaks
        between entries.
        """
        entries = [without_full_stop(text(r)) for r in self.m.recipients if text(r)]
        if not entries:
            return []
        dash = self.p.recipient_dash.strip()
        items = [
            BulletList(
                "recipients_entry",
                (self.item(dash, Run(entry + ("." if i == len(entries) - 1 else ";"))),),
            )
            for i, entry in enumerate(entries)
        ]
        first = Section(
            "recipients", (self.para("recipients_label", self.p.recipients_label), items[0])
        )
        rows = [(Cell((first,)), Cell(()))]
        rows += [(Cell((item,)), Cell(())) for item in items[1:]]
        return rows

    def metadata(self, extra: Mapping[str, str] | None) -> Metadata:
        m = self.m
        title = text(m.title) or capitalize_first(self.p.doc_type.lower())
        kind = text(m.kind) or self.w["meeting_noun"]
        number = self.p.number_text(text(m.number), text(m.effective_symbol()))
        return Metadata(
            title=f"{capitalize_first(self.p.doc_type.lower())}: {title}"
            if text(m.title)
            else title,
            author=text(m.issuer.name),
            subject=f"{capitalize_first(self.p.doc_type.lower())} {kind}, {date_phrase(m.date)}",
            keywords=" ".join(number.split()),
            created=dt.datetime.combine(m.date, dt.time(0, 0)),
            extra=tuple(sorted((str(k), clean(str(v))) for k, v in (extra or {}).items())),
        )


def build(
    meeting: Meeting,
    profile: LayoutProfile,
    metadata: Mapping[str, str] | None = None,
    anchors: AnchorTable | None = None,
) -> Document:
    """Return the document of ``meeting`` laid out by ``profile``; with ``anchors``, each part
    of the minutes is tied to its field path (the review copy's bookmarks)."""
    b = _Builder(meeting, profile, anchors)
    blocks: tuple[Block, ...] = (b.header(), b.title(), b.body(), b.signature())
    return Document(
        page=profile.page,
        fonts=profile.fonts,
        styles=dict(profile.styles),
        blocks=blocks,
        metadata=b.metadata(metadata),
        page_numbers=PageNumbering("page_number", skip_first=True),
        # Anything not approved is a draft and says so, top right of page 1 as offices mark
        # drafts; in the top margin, so approving a draft moves no line.
        first_page_mark=(
            PageMark(profile.draft_mark, "draft_mark")
            if meeting.status is not Status.APPROVED and profile.draft_mark
            else None
        ),
        anchors=anchors.names() if anchors is not None else (),
    )
