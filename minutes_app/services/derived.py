"""Derived documents: make one from approved minutes, check, export, list, and the outgoing register.

The verbs the command line and the window call (no Qt). A derived document is made from the
latest approved revision of its meeting; drafts are refused with ``DeriveError``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.derived import (
    KIND_LABELS,
    DerivedDocument,
    DerivedKind,
    DeriveError,
    check_source,
    derive,
    field_label,
    from_dict,
    to_dict,
)
from minutes_app.domain.files import write_file, write_stream
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.validation import Problem
from minutes_app.services.export import STDOUT, protected_files
from minutes_app.store import derived as store
from minutes_app.store.derived import DerivedRecord, DerivedSummary
from minutes_app.store.records import Rows

if TYPE_CHECKING:
    from minutes_app.render.register_book import OutgoingEntry
    from minutes_app.store import Database

__all__ = [
    "DeriveError",
    "DerivedRecord",
    "DerivedSummary",
    "check_document",
    "derive_document",
    "export_document",
    "list_documents",
    "outgoing_entries",
    "replace_text",
    "source_meeting",
]


@dataclass(frozen=True)
class ExportResult:
    """What exporting a derived document wrote: the file (None for standard output), warnings."""

    fmt: str
    path: Path | None
    size: int
    meeting_id: int | None = None
    warnings: list[Problem] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)


def derive_document(
    db: Database,
    meeting_id: int,
    kind: DerivedKind,
    *,
    items: Sequence[int] = (),
    by: str | None = None,
    today: dt.date | None = None,
) -> DerivedRecord:
    """Make and store a derived document of ``kind`` from the approved minutes ``meeting_id``.

    It is drafted from the latest approved revision (the conclusions, tasks, votes and the
    signer's defaults of the profile) and numbered in its kind's register. A draft or minutes
    in review are refused with ``DeriveError``, as are agenda items the minutes do not have.
    """
    from minutes_app.render.derived import defaults, load_layout, wording

    current = db.get(meeting_id).meeting
    check_source(current, meeting_id, kind)
    revision = db.review.revisions(meeting_id)[-1]
    source = revision.meeting()
    source.status = Status.APPROVED
    layout = load_layout(str(source.profile))
    doc = derive(
        source,
        meeting_id,
        revision.revision,
        kind,
        wording=wording(layout),
        defaults=defaults(layout, kind, source),
        items=items,
        today=today,
    )
    return store.create(db, doc, by=by)


def source_meeting(db: Database, doc: DerivedDocument) -> Meeting:
    """Return the approved revision a derived document was made from."""
    meeting = db.review.revision(doc.meeting_id, doc.revision).meeting()
    meeting.status = Status.APPROVED
    return meeting


def check_document(db: Database, doc_id: int) -> list[Problem]:
    """Return the problems of a stored derived document (errors stop an export)."""
    from minutes_app.render.derived import check_derived

    doc = store.get(db, doc_id).document
    return check_derived(doc, source_meeting(db, doc))


def export_document(db: Database, doc_id: int, fmt: str, target: str | Path) -> ExportResult:
    """Export a derived document as JSON, DOCX or PDF to a file, a pipe or standard output.

    DOCX and PDF go through ``check_document`` first (``LayoutCheckFailed`` lists the errors;
    nothing is written). The database and its backups are never written over.
    """
    from minutes_app.render.derived import check_derived, render_derived
    from minutes_app.render.errors import ExportError, LayoutCheckFailed

    if fmt not in ("json", "docx", "pdf"):
        raise ExportError(
            f"Định dạng “{fmt}” không được hỗ trợ (json, docx hoặc pdf)",
            f"unsupported format {fmt!r} (json, docx or pdf)",
        )
    to_stdout = isinstance(target, str) and target == STDOUT
    path = None if to_stdout else Path(target).expanduser()
    guard = protected_files(db.path)
    if path is not None:
        guard.check(path)
    doc = store.get(db, doc_id).document
    warnings: list[Problem] = []
    if fmt == "json":
        data = (json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        source = source_meeting(db, doc)
        problems = check_derived(doc, source)
        if any(p.is_error for p in problems):
            raise LayoutCheckFailed(
                problems, path, document=("văn bản", "the document"), label=field_label
            )
        warnings = [p for p in problems if not p.is_error]
        data = render_derived(doc, source, fmt)
    if path is None:
        write_stream(sys.stdout.buffer, data, STDOUT)
    else:
        write_file(path, data, protected=guard)
    return ExportResult(fmt, path, len(data), None, warnings)


def replace_text(
    db: Database, doc_id: int, data: bytes, *, expected_version: int | None = None
) -> DerivedRecord:
    """Replace a derived document's editable text from its JSON (as ``export_document`` wrote
    it and an office edited it). Its kind, source, body and number must stay as they are."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file must hold a JSON object")
        doc = from_dict(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, KeyError, TypeError) as exc:
        raise DeriveError(
            f"tệp không phải văn bản lập từ biên bản hợp lệ ({exc}); không có gì thay đổi",
            f"the file is not a valid derived document ({exc}); nothing was changed",
        ) from None
    return store.update(db, doc_id, doc, expected_version=expected_version)


def list_documents(
    db: Database,
    *,
    kinds: Iterable[DerivedKind] = (),
    meeting_id: int | None = None,
    year: int | None = None,
    query: str = "",
) -> Rows[DerivedSummary]:
    """Return the derived documents, newest first (see ``store.derived.listing``)."""
    return store.listing(db, kinds=kinds, meeting_id=meeting_id, year=year, query=query)


@dataclass(frozen=True)
class RegisterSeries:
    """One series of a derived kind's register: body, period, numbers given and the gaps."""

    kind: DerivedKind
    issuer: str
    year: int
    rows: list[DerivedSummary]
    gaps: list[int]


def kind_register(db: Database, kind: DerivedKind, year: int | None = None) -> list[RegisterSeries]:
    """Return the register of one derived kind, one series per body and year, with its gaps."""
    from minutes_app.domain.register import gaps

    rows = [r for r in store.listing(db, kinds=[kind], year=year) if r.number is not None]
    grouped: dict[tuple[str, int], list[DerivedSummary]] = {}
    for row in sorted(rows, key=lambda r: (r.issuer, r.date.year, r.number or 0)):
        grouped.setdefault((row.issuer, row.date.year), []).append(row)
    return [
        RegisterSeries(kind, issuer, y, entries, gaps(r.number or 0 for r in entries))
        for (issuer, y), entries in grouped.items()
    ]


def outgoing_entries(
    db: Database,
    year: int,
    kinds: Iterable[DerivedKind] | None = None,
    include_minutes: bool = True,
    issuer: str | None = None,
) -> list[OutgoingEntry]:
    """Return the lines of the outgoing-documents register (sổ đăng ký văn bản đi) of ``year``:
    the numbered minutes and every derived document, by date then number; ``issuer`` keeps one
    body's (its name or abbreviation, folded)."""
    from minutes_app.store.tables import fold_key

    wanted = fold_key(issuer) if issuer else ""

    def kept(name: str, abbreviation: str) -> bool:
        return not wanted or wanted in (fold_key(name), fold_key(abbreviation))

    from minutes_app.render.derived import load_layout
    from minutes_app.render.profile import load_profile
    from minutes_app.render.register_book import OutgoingEntry

    entries: list[tuple[dt.date, int, OutgoingEntry]] = []
    if include_minutes:
        for series in db.review.register(year=year):
            for e in series.entries:
                if e.date.year != year or e.meeting_id is None:
                    continue
                m = db.get(e.meeting_id).meeting
                if not kept(m.issuer.name, m.issuer.abbreviation):
                    continue
                profile = load_profile(str(m.profile))
                number = profile.number_text(f"{e.number:02d}", m.effective_symbol())
                entries.append(
                    (
                        e.date,
                        e.number,
                        OutgoingEntry(
                            number=_bare_number(number),
                            date=e.date,
                            kind="Biên bản",
                            summary=m.title,
                            signer=m.chair.name,
                            recipients=_recipients(m.recipients),
                            kept=_kept(m.recipients),
                            copies=m.copies,
                        ),
                    )
                )
    for row in store.listing(db, kinds=kinds or (), year=year):
        doc = store.get(db, row.id).document
        if not kept(doc.issuer.name, doc.issuer.abbreviation):
            continue
        layout = load_layout(str(doc.profile))
        code = layout.kinds[doc.kind].code
        if doc.kind is DerivedKind.TRICH_BIEN_BAN:
            symbol = doc.symbol or code
        else:
            symbol = doc.effective_symbol(code)
        number = layout.profile.number_text(doc.number, symbol)
        entries.append(
            (
                doc.date,
                row.number or 0,
                OutgoingEntry(
                    number=_bare_number(number),
                    date=doc.date,
                    kind=KIND_LABELS[doc.kind],
                    summary=doc.title,
                    signer=doc.signer.name,
                    recipients=_recipients(doc.recipients),
                    kept=_kept(doc.recipients),
                    copies=None,
                ),
            )
        )
    entries.sort(key=lambda t: (t[0], t[2].kind, t[1]))
    return [e for _d, _n, e in entries]


def _bare_number(printed: str) -> str:
    """Return "07/BB-UBND" of "Số: 07/BB-UBND" (the register's column holds the number alone)."""
    for lead in ("Số:", "Số"):
        if printed.startswith(lead):
            return printed[len(lead) :].strip()
    return printed.strip()


def _is_kept(entry: str) -> bool:
    return entry.strip().casefold().startswith("lưu")


def _recipients(entries: Sequence[str]) -> str:
    return "; ".join(e.strip().rstrip(".;") for e in entries if e.strip() and not _is_kept(e))


def _kept(entries: Sequence[str]) -> str:
    for e in entries:
        if _is_kept(e):
            return e.strip().rstrip(".;")[3:].lstrip(" :").strip()
    return ""
