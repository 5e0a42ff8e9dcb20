"""The meeting-to-document builder: the only code knowing both the meeting and the document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from minutes_app.domain.facts import AttendanceCounts, attendance_counts, vote_result
from minutes_app.domain.model import (
    AgendaItem,
    Attendance,
    Attendee,
    Meeting,
    Person,
    Role,
    Speaker,
    Statement,
    Vote,
)
from minutes_app.domain.text import clean, date_phrase, pad2, time_phrase, upper_vi
from minutes_app.render import fonts
from minutes_app.render.document import (
    Block,
    BulletList,
    Cell,
    Document,
    ListItem,
    Metadata,
    PageNumbering,
    Paragraph,
    Rule,
    Run,
    Section,
    Spacer,
    Table,
)
from minutes_app.render.profile import LayoutProfile, MarkSpec
from minutes_app.render.units import Length, Pt

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
    """Return ``value`` ending with a sentence mark (adds ``.`` unless one is there)."""
    stripped = value.rstrip()
    if not stripped or stripped[-1] in ".!?…:;":
        return stripped
    return stripped + "."


def without_full_stop(value: str) -> str:
    """Return ``value`` without trailing ``.``, ``;`` or ``,`` (to continue the sentence)."""
    return value.rstrip().rstrip(".;,").rstrip()


def with_end_mark(value: str, mark: str) -> str:
    """Return ``value`` ending with the profile's end-of-body mark (``./.`` for state documents)."""
    stripped = value.rstrip()
    if not mark or stripped.endswith(mark):
        return stripped
    if mark == ".":
        return with_full_stop(stripped)
    return stripped.rstrip(".") + mark


class _Builder:
    """Builds one document; holds the meeting, the profile and the wording shortcuts."""

    def __init__(self, meeting: Meeting, profile: LayoutProfile) -> None:
        self.m = meeting
        self.p = profile
        self.w = profile.wording
        self.text_width = profile.page.text_width

    # -- small helpers -------------------------------------------------------------------------
    def para(self, style: str, *runs: Run | str, keep_with_next: bool = False) -> Paragraph:
        """Return a paragraph; strings become runs, capitals applied when the style says so."""
        caps = self.p.styles[style].caps
        out: list[Run] = []
        for run in runs:
            r = Run(run) if isinstance(run, str) else run
            if caps:
                r = Run(upper_vi(r.text), r.bold, r.italic, r.underline)
            if r.text:
                out.append(r)
        return Paragraph(style, tuple(out), keep_with_next)

    def bold(self, value: str) -> Run:
        return Run(value, bold=True)

    def person(self, person: Person | Attendee | Speaker, title: bool = True) -> str:
        """Return ``đồng chí Tên, Chức vụ`` (``title`` adds the form of address)."""
        name = text(person.name) or BLANK
        parts = [f"{self.w['person_title']} {name}" if title else name]
        position = text(person.position)
        if position:
            parts.append(position)
        organization = text(getattr(person, "organization", ""))
        if organization:
            parts.append(organization)
        return ", ".join(parts)

    def count(self, n: int, unit: str) -> str:
        return f"{pad2(n)} {unit}"

    def mark_blocks(self, mark: MarkSpec, measured: str, style: str, available: Length,
                    mark_style: str) -> list[Block]:  # fmt: skip
        """Return the line or text mark under a header or title element."""
        if mark.kind == "line":
            st = self.p.styles[style]
            shown = upper_vi(measured) if st.caps else measured
            width = fonts.widest_line(self.p.fonts, shown, st.size, available, st.bold, st.italic)
            return [Rule(width * mark.factor, self.p.rule_thickness, Pt(3), Pt(2))]
        if mark.kind == "text":
            return [self.para(mark_style, mark.text)]
        return []

    # -- parts of the document -----------------------------------------------------------------
    def header(self) -> Section:
        issuer = self.m.issuer
        left_w = self.text_width * self.p.header_columns[0]
        right_w = self.text_width - left_w
        pad = self.p.header_padding * 2
        left: list[Block] = []
        if text(issuer.parent):
            left.append(self.para("parent_body", text(issuer.parent)))
        name = text(issuer.name) or BLANK
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
        show = self.m.show_place_date
        if show if show is not None else self.p.show_place_date:
            place = text(self.m.place)
            when = date_phrase(self.m.date)
            second_right.append(
                self.para("place_date", f"{place}, {when}" if place else capitalize_first(when))
            )
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
            blocks += [
                Rule(b.length, b.thickness, Pt(7), Pt(6)) if isinstance(b, Rule) else b
                for b in marks
            ]
        return Section("title", tuple(blocks))

    def labelled(self, label: str, value: str) -> Paragraph:
        return self.para("body", self.bold(f"{label}:"), " " + with_full_stop(value))

    def attendance(self) -> list[Block]:
        attendees = self.m.attendees
        c = attendance_counts(attendees)
        unit = self.w["person_unit"]
        summary = self.attendance_summary(c, attendees)
        blocks: list[Block] = [self.labelled(self.w["attendees"], summary)]
        items: list[ListItem] = []
        present = [
            self.attendee_phrase(a)
            for a in attendees
            if a.role is Role.MEMBER and (a.is_group or a.attendance is Attendance.PRESENT)
        ]
        if present:
            items.append(self.entry(self.w["present"], present))
        for key, people in (
            ("late", c.late_people),
            ("absent_excused", c.absent_excused_people),
            ("absent", c.absent_people),
        ):
            if people:
                label = f"{self.w[key]} ({self.count(len(people), unit)})"
                items.append(self.entry(label, [self.attendee_phrase(a) for a in people]))
        guests = [self.attendee_phrase(a) for a in attendees if a.role is Role.GUEST]
        if guests:
            items.append(self.entry(self.w["guests"], guests))
        if items:
            blocks.append(BulletList("list", tuple(items)))
        return blocks

    def entry(self, label: str, phrases: list[str]) -> ListItem:
        return ListItem("-", (Run(f"{label}: "), Run(with_full_stop("; ".join(phrases)))))

    def attendee_phrase(self, a: Attendee) -> str:
        if a.is_group:
            label = text(a.group or "") or BLANK
            return f"{label} ({self.count(a.count, self.w['person_unit'])})" if a.count else label
        phrase = self.person(a)
        notes = []
        if a.attendance is Attendance.LATE and a.arrived is not None:
            notes.append(f"{self.w['arrived']} {time_phrase(a.arrived)}")
        reason = text(a.reason)
        if reason:
            notes.append(f"{self.w['reason']}: {without_full_stop(reason)}")
        if notes:
            phrase += f" ({'; '.join(notes)})"
        return phrase

    def attendance_summary(self, c: AttendanceCounts, attendees: list[Attendee]) -> str:
        unit = self.w["person_unit"]
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

    def statement(self, statement: Statement) -> list[Block]:
        speaker = statement.speaker
        if speaker.is_group:
            label = text(speaker.group or "") or BLANK
        else:
            label = capitalize_first(self.person(speaker))
        if self.m.show_statement_times and statement.time is not None:
            label += f" ({time_phrase(statement.time)})"
        parts = paragraphs_of(statement.content)
        first = self.para("body", self.bold(f"{label}:"), (" " + parts[0]) if parts else "")
        return [first, *(self.para("body", part) for part in parts[1:])]

    def agenda_item(self, number: int, item: AgendaItem) -> list[Block]:
        title = text(item.title) or BLANK
        blocks: list[Block] = [self.para("item_heading", f"{number}. {without_full_stop(title)}")]
        if item.presenter is not None:
            blocks.append(
                self.para(
                    "body",
                    Run(f"{self.w['presenter']}:", italic=True),
                    " " + with_full_stop(self.person(item.presenter)),
                )  # fmt: skip
            )
        for statement in item.statements:
            blocks += self.statement(statement)
        parts = paragraphs_of(item.conclusion)
        if parts:
            blocks.append(
                self.para(
                    "body",
                    Run(f"{self.w['item_conclusion']}:", bold=True, italic=True),
                    " " + parts[0],
                )  # fmt: skip
            )
            blocks += [self.para("body", part) for part in parts[1:]]
        return blocks

    def vote_phrase(self, vote: Vote) -> str:
        r = vote_result(vote, self.m)
        unit = self.w["person_unit"]
        e = pad2(r.eligible)
        parts = [f"{pad2(r.in_favour)}/{e} {unit} tán thành, đạt {r.in_favour_percent}"]
        if r.against:
            parts.append(f"{pad2(r.against)}/{e} {unit} không tán thành, chiếm {r.against_percent}")
        if r.abstain:
            parts.append(f"{pad2(r.abstain)}/{e} {unit} không có ý kiến, chiếm {r.abstain_percent}")
        if r.not_voting:
            parts.append(f"{pad2(r.not_voting)}/{e} {unit} không tham gia biểu quyết")
        subject = without_full_stop(text(vote.subject))
        body = "; ".join(parts) + "."
        return f"{subject}: {body}" if subject else capitalize_first(body)

    def task_item(self, description: str, owner: str, due: dt.date | None) -> ListItem:
        what = without_full_stop(text(description)) or BLANK
        who = text(owner)
        phrase = f"{who}: {what}" if who else what
        if due is not None:
            phrase += f"; {self.w['due']}: {date_phrase(due)}"
        return ListItem("-", (Run(with_full_stop(phrase)),))

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
        blocks.append(self.labelled(w["location"], text(m.location) or BLANK))
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
                    "list", tuple(ListItem("-", (Run(self.vote_phrase(v)),)) for v in m.votes)
                )
            )
        parts = paragraphs_of(m.conclusion)
        if parts:
            blocks.append(self.para("label", f"{w['conclusion']}:"))
            blocks += [self.para("body", part) for part in parts]
        if m.tasks:
            blocks.append(self.para("label", f"{w['tasks']}:"))
            blocks.append(
                BulletList(
                    "list", tuple(self.task_item(t.description, t.owner, t.due) for t in m.tasks)
                )
            )
        blocks += self.closing()
        return Section("body", tuple(blocks))

    def signature(self) -> Section:
        sig = self.m.signature
        left_w = self.text_width * self.p.signature_columns[0]
        right_w = self.text_width - left_w
        left: list[Block] = [
            self.para("signature_label", text(sig.secretary_label) or self.p.secretary_label)
        ]
        right: list[Block] = []
        prefix = text(sig.chair_prefix) or self.p.chair_prefix
        if prefix:
            right.append(self.para("signature_prefix", prefix))
        right.append(self.para("signature_label", text(sig.chair_label) or self.p.chair_label))
        chair_title = text(sig.chair_title)
        if chair_title:
            right.append(self.para("signature_position", chair_title))
        elif self.p.show_positions and text(self.m.chair.position):
            right.append(self.para("signature_position", text(self.m.chair.position)))
        if self.p.show_positions and text(self.m.secretary.position):
            left.append(self.para("signature_position", text(self.m.secretary.position)))
        body = self.p.styles["signature_name"]
        gap = body.size * (self.p.natural_line_factor() * self.p.signature_gap_lines)
        names = (
            Cell((Spacer(gap), self.para("signature_name", text(self.m.secretary.name)))),
            Cell((Spacer(gap), self.para("signature_name", text(self.m.chair.name)))),
        )
        table = Table(
            columns=(left_w, right_w),
            rows=((Cell(tuple(left)), Cell(tuple(right))), names),
            borders=False,
            padding=self.p.header_padding,
            role="signature",
            space_before=Pt(12),
        )
        return Section("signature", (table,))

    def recipients(self) -> Section:
        entries = [without_full_stop(text(r)) for r in self.m.recipients if text(r)]
        if not entries:
            return Section("recipients", ())
        items = tuple(
            ListItem(
                self.p.recipient_dash.strip(),
                (Run(entry + ("." if i == len(entries) - 1 else ";")),),
            )
            for i, entry in enumerate(entries)
        )
        return Section(
            "recipients",
            (
                self.para("recipients_label", self.p.recipients_label),
                BulletList("recipients_entry", items),
            ),
        )

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
    meeting: Meeting, profile: LayoutProfile, metadata: Mapping[str, str] | None = None
) -> Document:
    """Return the document of ``meeting`` laid out by ``profile``."""
    b = _Builder(meeting, profile)
    blocks: tuple[Block, ...] = (
        b.header(), b.title(), b.body(), b.signature(), b.recipients(),
    )  # fmt: skip
    return Document(
        page=profile.page,
        fonts=profile.fonts,
        styles=dict(profile.styles),
        blocks=blocks,
        metadata=b.metadata(metadata),
        page_numbers=PageNumbering("page_number", skip_first=True),
    )
