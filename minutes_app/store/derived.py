"""Derived documents in the database: stored whole, numbered in the register of their kind."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.derived import (
    KIND_LABELS,
    KIND_LABELS_EN,
    NUMBERED,
    DerivedDocument,
    DerivedKind,
    from_dict,
    text_fields,
    to_dict,
)
from minutes_app.domain.labels import period_text
from minutes_app.domain.model import Status
from minutes_app.domain.register import next_number, period_key
from minutes_app.domain.text import fold
from minutes_app.store.actors import check_name
from minutes_app.store.errors import (
    DuplicateNumber,
    InvalidMeeting,
    InvalidNumber,
    ReadOnlyMeeting,
    StaleVersion,
    StoreError,
)
from minutes_app.store.records import Rows
from minutes_app.store.register import MAX_DIGITS, _term_starts, parse_register_number
from minutes_app.store.tables import Tables, fold_key, now_utc, register_key, valid_id


class Database(Protocol):
    """What these functions use of ``store.repository.Database`` (which sits above them)."""

    path: Path
    tables: Tables
    user_name: str
    target: str
    supports_derived_documents: bool


class DerivedNotFound(StoreError):
    """No derived document has the given id."""


def _supported(db: Database) -> None:
    """Refuse a store that keeps no derived documents (the office database, for now)."""
    if not db.supports_derived_documents:
        raise StoreError(
            "văn bản lập từ biên bản (thông báo kết luận, trích sao, nghị quyết) và sổ văn bản đi "
            "chưa dùng được với cơ sở dữ liệu văn phòng (PostgreSQL); hãy lập chúng trên một tệp "
            "cục bộ",
            "derived documents (thông báo kết luận, trích sao, nghị quyết) and the outgoing "
            "register are not available on the office database (PostgreSQL) yet; make them in "
            "a local file",
            db.target,
        )


@dataclass(frozen=True)
class DerivedRecord:
    """A derived document as stored: id, version, who made it and when."""

    id: int
    version: int
    created_at: str
    created_by: str
    updated_at: str
    document: DerivedDocument


@dataclass(frozen=True)
class DerivedSummary:
    """One row of the list of derived documents."""

    id: int
    kind: DerivedKind
    meeting_id: int
    revision: int
    issuer: str
    number: int | None
    symbol: str
    date: dt.date
    title: str
    signer: str

    def as_dict(self) -> dict[str, Any]:
        """Return the row as JSON data."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "meeting_id": self.meeting_id,
            "revision": self.revision,
            "issuer": self.issuer,
            "number": f"{self.number:02d}" if self.number is not None else "",
            "symbol": self.symbol,
            "date": self.date.isoformat(),
            "title": self.title,
            "signer": self.signer,
        }


def not_found(db: Database, doc_id: int) -> DerivedNotFound:
    """Return the error for an id that names no derived document."""
    return DerivedNotFound(
        f"không có văn bản số d{doc_id} (văn bản lập từ biên bản)",
        f"there is no derived document d{doc_id}",
        str(db.path),
    )


def _surrogates(doc: DerivedDocument, where: str) -> None:
    bad = [p for p, t in text_fields(doc) if any(0xD800 <= ord(c) <= 0xDFFF for c in t)]
    if bad:
        raise InvalidMeeting(
            f"không lưu được: trường {', '.join(bad)} chứa ký tự không hợp lệ",
            f"cannot save: the field {', '.join(bad)} holds an invalid character",
            where,
        )


def _dumps(doc: DerivedDocument) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _period(conn: sqlite3.Connection, doc: DerivedDocument) -> str:
    if doc.kind is DerivedKind.TRICH_SAO:
        # The copy register of a body is numbered from 01 each 1 January (Decree 30, Điều 25).
        return str(doc.date.year)
    starts = _term_starts(conn, {fold_key(doc.issuer.name), fold_key(doc.issuer.abbreviation)})
    return period_key(doc.profile, doc.date, starts)


def _body(doc: DerivedDocument) -> str:
    return doc.issuer.name or doc.issuer.abbreviation or "—"


def create(db: Database, doc: DerivedDocument, *, by: str | None = None) -> DerivedRecord:
    """Store a new derived document, numbered in its kind's register (its own number, checked,
    or the next one); return it as stored.

    The source must be an approved revision (the database refuses anything else); a number
    already given in the series raises ``DuplicateNumber``.
    """
    _supported(db)
    where = str(db.path)
    who = check_name(
        db.user_name if by is None else by,
        "tên người thực hiện (--by)",
        "the name of who acts (--by)",
        where,
    )
    _surrogates(doc, where)
    now = now_utc()
    with db.tables.write() as conn:
        source = conn.execute(
            "SELECT status FROM meetings WHERE id = ?", (doc.meeting_id,)
        ).fetchone()
        latest = conn.execute(
            "SELECT max(revision) FROM revisions WHERE meeting_id = ?", (doc.meeting_id,)
        ).fetchone()[0]
        if source is None or source[0] != Status.APPROVED.value or latest != doc.revision:
            raise StoreError(
                f"biên bản số {doc.meeting_id} không ở trạng thái đã duyệt (phiên bản "
                f"{doc.revision}); chỉ lập văn bản từ biên bản đã duyệt",
                f"meeting {doc.meeting_id} is not approved at revision {doc.revision}; a "
                "document is derived only from approved minutes",
                where,
            )
        key = register_key(doc.issuer.name, doc.issuer.abbreviation)
        period = _period(conn, doc)
        number: int | None = None
        if doc.kind in NUMBERED:
            used = [
                int(r[0])
                for r in conn.execute(
                    "SELECT number FROM derived_documents WHERE issuer_key = ? AND kind = ? "
                    "AND period = ? AND number IS NOT NULL",
                    (key, doc.kind.value, period),
                )
            ]
            if doc.number.strip():
                number = parse_register_number(doc.number)
                if number is None:
                    raise InvalidNumber(
                        f"số «{doc.number}» không hợp lệ: số chỉ gồm chữ số 0–9, từ 1 đến "
                        f"{'9' * MAX_DIGITS}",
                        f"the number {doc.number!r} is not valid: ASCII digits from 1 to "
                        f"{'9' * MAX_DIGITS}",
                        where,
                    )
                if number in used:
                    raise DuplicateNumber(
                        f"số {number:02d} của sổ {KIND_LABELS[doc.kind].lower()} ({_body(doc)}, "
                        f"{period_text(period)}) đã được cấp; hãy xóa số để lấy số tiếp theo",
                        f"number {number:02d} of the {KIND_LABELS_EN[doc.kind]} register "
                        f"({_body(doc)}, {period_text(period, 'en')}) is already given; clear "
                        "it to get the next one",
                        where,
                    )
            else:
                number = next_number(used)
            doc = replace(doc, number=f"{number:02d}")
        document = _dumps(doc)
        cursor = conn.execute(
            "INSERT INTO derived_documents (kind, meeting_id, revision, issuer, issuer_key, "
            "period, number, symbol, date, title, signer, version, document, created_at, "
            "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
            (
                doc.kind.value,
                doc.meeting_id,
                doc.revision,
                doc.issuer.name,
                key,
                period,
                number,
                doc.symbol,
                doc.date.isoformat(),
                doc.title,
                doc.signer.name,
                document,
                now,
                who,
                now,
            ),
        )
        doc_id = int(cursor.lastrowid or 0)
    return DerivedRecord(doc_id, 1, now, who, now, doc)


def get(db: Database, doc_id: int) -> DerivedRecord:
    """Return a stored derived document; ``DerivedNotFound`` when there is none."""
    _supported(db)
    if not valid_id(doc_id):
        raise not_found(db, doc_id)
    rows = db.tables.query(
        "SELECT id, version, created_at, created_by, updated_at, document "
        "FROM derived_documents WHERE id = ?",
        (doc_id,),
    )
    if not rows:
        raise not_found(db, doc_id)
    row = rows[0]
    try:
        doc = from_dict(json.loads(row[5]))
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(
            f"văn bản d{doc_id} trong cơ sở dữ liệu bị hỏng ({exc})",
            f"derived document d{doc_id} in the database is damaged ({exc})",
            str(db.path),
        ) from None
    return DerivedRecord(row[0], row[1], row[2], row[3], row[4], doc)


def update(
    db: Database,
    doc_id: int,
    doc: DerivedDocument,
    *,
    expected_version: int | None = None,
) -> DerivedRecord:
    """Replace the editable text of a derived document (title, signer, text, recipients …).

    Its kind, source, body, number and numbering period stay as given: a change to them is
    refused (``ReadOnlyMeeting``), as is an edit based on an outdated version (``StaleVersion``).
    """
    _supported(db)
    where = str(db.path)
    old = get(db, doc_id)
    _surrogates(doc, where)
    kept = old.document
    fixed = (kept.kind, kept.meeting_id, kept.revision, kept.issuer, kept.number, kept.profile)
    if (doc.kind, doc.meeting_id, doc.revision, doc.issuer, doc.number, doc.profile) != fixed:
        raise ReadOnlyMeeting(
            f"văn bản d{doc_id}: loại, biên bản gốc, cơ quan và số đã cấp không sửa được",
            f"derived document d{doc_id}: its kind, source, body and number cannot change",
            where,
        )
    now = now_utc()
    with db.tables.write() as conn:
        row = conn.execute(
            "SELECT version, period FROM derived_documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise not_found(db, doc_id)
        if expected_version is not None and row[0] != expected_version:
            raise StaleVersion(
                f"văn bản d{doc_id} đã được người khác lưu (phiên bản {row[0]})",
                f"derived document d{doc_id} was saved by someone else (version {row[0]})",
                where,
            )
        if _period(conn, doc) != row[1]:
            raise ReadOnlyMeeting(
                f"văn bản d{doc_id}: ngày mới thuộc kỳ đánh số khác ({period_text(row[1])})",
                f"derived document d{doc_id}: the new date falls in another numbering period "
                f"({period_text(row[1], 'en')})",
                where,
            )
        conn.execute(
            "UPDATE derived_documents SET symbol = ?, date = ?, title = ?, signer = ?, "
            "document = ?, version = version + 1, updated_at = ? WHERE id = ?",
            (
                doc.symbol,
                doc.date.isoformat(),
                doc.title,
                doc.signer.name,
                _dumps(doc),
                now,
                doc_id,
            ),
        )
    return DerivedRecord(doc_id, row[0] + 1, old.created_at, old.created_by, now, doc)


def _summary(row: tuple[Any, ...]) -> DerivedSummary:
    return DerivedSummary(
        id=row[0],
        kind=DerivedKind(row[1]),
        meeting_id=row[2],
        revision=row[3],
        issuer=row[4],
        number=row[5],
        symbol=row[6],
        date=dt.date.fromisoformat(row[7]),
        title=row[8],
        signer=row[9],
    )


def listing(
    db: Database,
    *,
    kinds: Iterable[DerivedKind] = (),
    meeting_id: int | None = None,
    year: int | None = None,
    query: str = "",
) -> Rows[DerivedSummary]:
    """Return the derived documents, newest first, filtered by kind, meeting, year or words.

    ``query`` keeps the documents whose folded text holds every folded word of it.
    """
    _supported(db)
    where: list[str] = []
    params: list[Any] = []
    wanted = [DerivedKind(k).value for k in kinds]
    if wanted:
        where.append(f"kind IN ({', '.join('?' for _ in wanted)})")
        params += wanted
    if meeting_id is not None:
        where.append("meeting_id = ?")
        params.append(meeting_id)
    if year is not None:
        where.append("substr(date, 1, 4) = ?")
        params.append(f"{year:04d}")
    sql = (
        "SELECT id, kind, meeting_id, revision, issuer, number, symbol, date, title, signer, "
        "document FROM derived_documents"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date DESC, id DESC"
    words = fold(query).split()
    found: list[DerivedSummary] = []
    damaged: list[str] = []
    for row in db.tables.query(sql, tuple(params)):
        try:
            if words:
                texts = text_fields(from_dict(json.loads(row[10])))
                haystack = fold(" ".join(t for _p, t in texts))
                if not all(w in haystack for w in words):
                    continue
            found.append(_summary(row))
        except (TypeError, ValueError, KeyError) as exc:
            damaged.append(
                f"văn bản d{row[0]} bị hỏng ({exc}), đã bỏ qua / derived document d{row[0]} is "
                "damaged; skipped"
            )
    return Rows(found, damaged)
