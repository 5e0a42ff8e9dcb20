"""``migrate-to``: copy a local SQLite database into the office database, and prove the copy.

Everything is copied in one transaction: meetings, approved revisions with their SHA-256,
workflow history, audit log, comments, the register, Party terms, signatures and filed signed
PDFs, trusted roots and settings (the office keeps its own settings where it has them). The
copy is refused before anything is written when the file does not verify, or when the office
register already holds a number the copy would give a second time.

When none of the file's ids is taken in the office, every row keeps its id and so every hash
stays what it was (the chain hashes noted at approval still match). Otherwise the rows get new
ids and the chains are recomputed with the same algorithm (``store.chain``); the documents and
their SHA-256 never change. Either way, before committing, every copied meeting is verified in
the office database and its revisions' SHA-256 compared with the file's.
"""

from __future__ import annotations

import json
from dataclasses import field
from typing import Any

import psycopg

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.labels import period_text
from minutes_app.domain.model import Status
from minutes_app.store.chain import audit_hash, event_hash, revision_chain, sha256_text
from minutes_app.store.errors import DuplicateNumber, StoreError
from minutes_app.store.postgres import errors as pg_errors
from minutes_app.store.postgres.repository import PgDatabase
from minutes_app.store.repository import Database


@dataclass
class TransferReport:
    """What the copy did: meetings copied, ids kept or renumbered, and what was checked."""

    meetings: int = 0
    revisions: int = 0
    ids_kept: bool = True
    renumbered: dict[int, int] = field(default_factory=dict)
    new_chains: dict[int, tuple[str, str]] = field(default_factory=dict)  # new id: (old, new)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when the copy was made and verified."""
        return not self.problems

    def lines(self) -> list[str]:
        """Return the report as "vi / en" lines for the terminal."""
        out = [
            f"Đã chép {self.meetings} biên bản, {self.revisions} phiên bản đã duyệt; mọi mã băm đã "
            f"được kiểm tra lại / copied {self.meetings} meetings and {self.revisions} approved "
            "revisions; every hash was verified after the copy"
        ]
        if self.ids_kept:
            out.append(
                "Giữ nguyên số hiệu và mã chuỗi (mã chuỗi đã ghi khi duyệt vẫn khớp) / ids and "
                "chain hashes kept (the chain hashes noted at approval still match)"
            )
        else:
            out.append(
                "Cơ sở dữ liệu văn phòng đã có các số hiệu này: biên bản được đánh số hiệu mới và "
                "mã chuỗi được tính lại (nội dung và SHA-256 giữ nguyên) / the office already uses "
                "these ids: meetings got new ids and their chains were recomputed (documents and "
                "SHA-256 unchanged)"
            )
            for old, new in sorted(self.renumbered.items()):
                chain = self.new_chains.get(new)
                extra = f"; mã chuỗi / chain {chain[0][:16]}… → {chain[1]}" if chain else ""
                out.append(f"  {old} → {new}{extra}")
        out.extend(self.problems)
        return out


def _rows(db: Database, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    return db.tables.query(sql, params)


def _meeting_ids(db: Database) -> list[int]:
    found: set[int] = set()
    for table in ("meetings", "workflow_events", "audit_log", "revisions"):
        column = "id" if table == "meetings" else "meeting_id"
        found |= {int(r[0]) for r in _rows(db, f"SELECT DISTINCT {column} FROM {table}")}
    return sorted(found)


def _refuse_unverified(source: Database) -> None:
    bad: list[str] = []
    for (meeting_id,) in _rows(source, "SELECT id FROM meetings ORDER BY id"):
        check = source.review.verify(int(meeting_id))
        if not check.intact:
            bad.append(f"{meeting_id}: " + "; ".join(m.split(" / ")[0] for m in check.messages[:2]))
    if bad:
        raise StoreError(
            "không chép: các biên bản sau không qua kiểm tra tính nguyên vẹn (verify) nên không "
            f"thể chép kèm bằng chứng: {' | '.join(bad[:5])}",
            "not copied: these meetings fail verify, so their records cannot be carried over as "
            f"proof: {', '.join(b.split(':')[0] for b in bad)}",
            source.where,
        )


def _refuse_duplicate_numbers(source: Database, target: PgDatabase) -> None:
    mine = _rows(source, "SELECT issuer_key, period, number, issuer, date FROM register")
    theirs = {
        (r[0], r[1], int(r[2])): r
        for r in target.tables.query("SELECT issuer_key, period, number, meeting_id FROM register")
    }
    clashes = [r for r in mine if (r[0], r[1], int(r[2])) in theirs]
    if clashes:
        shown = ", ".join(f"{int(r[2]):02d} {r[3]} ({period_text(r[1])})" for r in clashes[:10])
        shown_en = ", ".join(
            f"{int(r[2]):02d} {r[3]} ({period_text(r[1], 'en')})" for r in clashes[:10]
        )
        more = f" (+{len(clashes) - 10})" if len(clashes) > 10 else ""
        raise DuplicateNumber(
            f"không chép: sổ biên bản văn phòng đã có các số {shown}{more}; chép vào sẽ cấp trùng "
            "số. Không có gì thay đổi",
            f"not copied: the office register already holds {shown_en}{more}; the copy would give "
            "them twice. Nothing was changed",
            target.where,
        )


def _ids_free(source: Database, target: PgDatabase) -> bool:
    checks = [
        ("meetings", "id", "SELECT id FROM meetings"),
        ("workflow_events", "id", "SELECT id FROM workflow_events"),
        ("audit_log", "id", "SELECT id FROM audit_log"),
        ("review_comments", "id", "SELECT id FROM review_comments"),
        ("signatures", "id", "SELECT id FROM signatures"),
        ("signed_documents", "id", "SELECT id FROM signed_documents"),
    ]
    for table, column, sql in checks:
        ids = [int(r[0]) for r in _rows(source, sql)]
        if ids and target.tables.query(
            f"SELECT 1 FROM {table} WHERE {column} = ANY(?) LIMIT 1", (ids,)
        ):
            return False
    meeting_ids = _meeting_ids(source)
    for table in ("workflow_events", "audit_log", "revisions"):
        if meeting_ids and target.tables.query(
            f"SELECT 1 FROM {table} WHERE meeting_id = ANY(?) LIMIT 1", (meeting_ids,)
        ):
            return False
    return True


class _Ids:
    """New ids in the office, or the same ones when they are all free."""

    def __init__(self, cur: psycopg.Cursor[Any], keep: bool) -> None:
        self.cur = cur
        self.keep = keep
        self.maps: dict[str, dict[int, int]] = {}

    def __call__(self, table: str, old: int | None) -> int | None:
        if old is None:
            return None
        found = self.maps.setdefault(table, {})
        if old not in found:
            if self.keep:
                found[old] = old
            else:
                row = self.cur.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id'))", (f"minutes.{table}",)
                ).fetchone()
                assert row is not None
                found[old] = int(row[0])
        return found[old]


def migrate_to(source: Database, target: PgDatabase) -> TransferReport:
    """Copy ``source`` into ``target`` in one transaction and verify it (see the module)."""
    _refuse_unverified(source)
    _refuse_duplicate_numbers(source, target)
    report = TransferReport(ids_kept=_ids_free(source, target))
    conn = target.session.conn
    login = target.identity().login
    try:
        with conn.transaction(), conn.cursor() as cur:
            _copy(source, target, cur, report)
            _check_copy(source, target, report)
            if report.problems:
                raise _CopyFailed
    except _CopyFailed:
        return report
    except psycopg.errors.InsufficientPrivilege:
        raise StoreError(
            f"tài khoản {login} không có quyền ghi thẳng vào các bảng; hãy chạy migrate-to bằng "
            "tài khoản chủ sở hữu cơ sở dữ liệu (người đã chạy office init)",
            f"the login {login} may not write the tables directly; run migrate-to as the "
            "database's owner (who ran office init)",
            target.where,
        ) from None
    except psycopg.Error as exc:
        raise pg_errors.translate(exc, target._context(login)) from None
    return report


class _CopyFailed(Exception):
    """The copy did not verify: the transaction is rolled back."""


def _copy(
    source: Database, target: PgDatabase, cur: psycopg.Cursor[Any], report: TransferReport
) -> None:
    ids = _Ids(cur, report.ids_kept)
    meetings = {
        int(r[0]): r
        for r in _rows(
            source,
            "SELECT id, version, created_at, updated_at, date, title, issuer, issuer_key, status, "
            "number, symbol, profile, document FROM meetings ORDER BY id",
        )
    }
    for old_id in _meeting_ids(source):
        new_id = ids("meetings", old_id)
        assert new_id is not None
        if new_id != old_id:
            report.renumbered[old_id] = new_id
        row = meetings.get(old_id)
        if row is not None:
            meeting = source.tables.load(row[12], old_id)
            issuer_key, terms, people = target._index(meeting)
            cur.execute(
                "INSERT INTO minutes.meetings (id, version, created_at, updated_at, date, title, "
                "issuer, issuer_key, status, number, symbol, profile, document) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 'draft', %s, %s, %s, %s)",
                (new_id, *row[1:8], *row[9:13]),
            )
            cur.execute(
                "INSERT INTO minutes.meeting_text (meeting_id, date, heading, terms) "
                "VALUES (%s, %s, %s::tsvector, %s::tsvector)",
                (new_id, row[4], terms.heading, terms.terms),
            )
            for seq, person in enumerate(json.loads(people)):
                cur.execute(
                    "INSERT INTO minutes.people (meeting_id, name, name_key, position, "
                    "organization, meeting_date, seq) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    (new_id, *person, row[4], seq),
                )
            report.meetings += 1
        _copy_history(source, cur, ids, old_id, new_id, report)
        if row is not None and row[8] != Status.DRAFT.value:
            cur.execute(
                "UPDATE minutes.meetings SET status = %s, version = %s, updated_at = %s "
                "WHERE id = %s",
                (row[8], row[1], row[3], new_id),
            )
    _copy_rest(source, cur, ids)
    for table in (
        "meetings",
        "workflow_events",
        "audit_log",
        "review_comments",
        "signatures",
        "signed_documents",
    ):
        cur.execute(
            f"SELECT setval(pg_get_serial_sequence('minutes.{table}', 'id'), "
            f"greatest((SELECT max(id) FROM minutes.{table}), 1))"
        )


def _copy_history(
    source: Database,
    cur: psycopg.Cursor[Any],
    ids: _Ids,
    old_id: int,
    new_id: int,
    report: TransferReport,
) -> None:
    audit_map: dict[str, str] = {"": ""}
    head = ""
    for r in _rows(
        source,
        "SELECT id, at, actor, action, version, path, old_value, new_value, hash FROM audit_log "
        "WHERE meeting_id = ? ORDER BY id",
        (old_id,),
    ):
        row_id = ids("audit_log", int(r[0]))
        assert row_id is not None
        value = r[8] if ids.keep else audit_hash(head, row_id, new_id, *r[1:8])
        audit_map[r[8]] = value
        head = value
        cur.execute(
            "INSERT INTO minutes.audit_log (id, meeting_id, at, actor, action, version, path, "
            "old_value, new_value, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (row_id, new_id, *r[1:8], value),
        )
    event_map: dict[str, str] = {}
    prev = ""
    events = _rows(
        source,
        "SELECT id, action, source, target, actor, at, note, revision, audit_head, hash "
        "FROM workflow_events WHERE meeting_id = ? ORDER BY id",
        (old_id,),
    )
    revisions = _rows(
        source,
        "SELECT revision, document, sha256, approved_by, approved_at, event_hash, chain "
        "FROM revisions WHERE meeting_id = ? ORDER BY revision",
        (old_id,),
    )
    by_event = {r[5]: r for r in revisions}
    chain_prev = ""
    old_chain = ""
    for e in events:
        event_id = ids("workflow_events", int(e[0]))
        assert event_id is not None
        audit_head = audit_map.get(e[8], e[8])
        value = (
            e[9]
            if ids.keep
            else event_hash(
                prev, event_id, new_id, e[1], e[2], e[3], e[4], e[5], e[6], e[7], audit_head
            )
        )
        event_map[e[9]] = value
        prev = value
        cur.execute(
            "INSERT INTO minutes.workflow_events (id, meeting_id, action, source, target, actor, "
            "at, note, revision, audit_head, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, "
            "%s, %s)",
            (event_id, new_id, *e[1:8], audit_head, value),
        )
        rev = by_event.get(e[9])
        if rev is not None:
            chain = (
                rev[6]
                if ids.keep
                else revision_chain(chain_prev, new_id, rev[0], rev[2], rev[3], rev[4], value)
            )
            chain_prev = chain
            old_chain = rev[6]
            cur.execute(
                "INSERT INTO minutes.revisions (meeting_id, revision, document, sha256, "
                "approved_by, approved_at, event_hash, chain) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                (new_id, rev[0], rev[1], rev[2], rev[3], rev[4], value, chain),
            )
            report.revisions += 1
    if not ids.keep and chain_prev:
        report.new_chains[new_id] = (old_chain, chain_prev)


def _copy_rest(source: Database, cur: psycopg.Cursor[Any], ids: _Ids) -> None:
    for r in _rows(
        source,
        "SELECT id, meeting_id, parent_id, part, author, body, created_at, resolved_by, "
        "resolved_at FROM review_comments ORDER BY id",
    ):
        cur.execute(
            "INSERT INTO minutes.review_comments (id, meeting_id, parent_id, part, author, body, "
            "created_at, resolved_by, resolved_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                ids("review_comments", r[0]),
                ids("meetings", r[1]),
                ids("review_comments", r[2]),
                *r[3:],
            ),
        )
    for r in _rows(
        source,
        "SELECT issuer_key, period, number, meeting_id, issuer, abbreviation, date, title, "
        "registered_by, registered_at FROM register",
    ):
        cur.execute(
            "INSERT INTO minutes.register (issuer_key, period, number, meeting_id, issuer, "
            "abbreviation, date, title, registered_by, registered_at) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (r[0], r[1], r[2], ids("meetings", r[3]), *r[4:]),
        )
    for r in _rows(source, "SELECT issuer_match, start, set_by, set_at FROM issuer_terms"):
        cur.execute(
            "INSERT INTO minutes.issuer_terms (issuer_match, start, set_by, set_at) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
            tuple(r),
        )
    for r in _rows(source, "SELECT key, value FROM settings"):
        cur.execute(
            "INSERT INTO minutes.settings (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            tuple(r),
        )
    if source.schema_version < 5:
        return
    for r in _rows(
        source,
        "SELECT id, meeting_id, revision, sha256, name, data, filed_at, filed_by "
        "FROM signed_documents ORDER BY id",
    ):
        cur.execute(
            "INSERT INTO minutes.signed_documents (id, meeting_id, revision, sha256, name, data, "
            "filed_at, filed_by) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (ids("signed_documents", r[0]), ids("meetings", r[1]), *r[2:5], bytes(r[5]), *r[6:]),
        )
    for r in _rows(
        source,
        "SELECT id, meeting_id, revision, document_id, role, signer, certificate, signed_at, "
        "level, source, recorded_at, recorded_by FROM signatures ORDER BY id",
    ):
        cur.execute(
            "INSERT INTO minutes.signatures (id, meeting_id, revision, document_id, role, signer, "
            "certificate, signed_at, level, source, recorded_at, recorded_by) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                ids("signatures", r[0]),
                ids("meetings", r[1]),
                r[2],
                ids("signed_documents", r[3]),
                *r[4:],
            ),
        )
    for r in _rows(source, "SELECT sha256, subject, pem, added_at, added_by FROM trusted_roots"):
        cur.execute(
            "INSERT INTO minutes.trusted_roots (sha256, subject, pem, added_at, added_by) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            tuple(r),
        )


def _check_copy(source: Database, target: PgDatabase, report: TransferReport) -> None:
    """Verify every copied meeting in the office (same transaction) against the file."""
    mapping = {old: report.renumbered.get(old, old) for old in _meeting_ids(source)}
    present = {int(r[0]) for r in _rows(source, "SELECT id FROM meetings")}
    for old, new in mapping.items():
        mine = source.review.revisions(old) if old in present else None
        theirs = target.tables.query(
            "SELECT revision, sha256, document, chain FROM revisions WHERE meeting_id = ? "
            "ORDER BY revision",
            (new,),
        )
        if mine is not None:
            if [(r.revision, r.sha256) for r in mine] != [(r[0], r[1]) for r in theirs]:
                report.problems.append(
                    f"{old} → {new}: các phiên bản đã duyệt khác bản gốc / the approved revisions "
                    "differ from the file's"
                )
            if report.ids_kept and [r.chain for r in mine] != [r[3] for r in theirs]:
                report.problems.append(
                    f"{old}: mã chuỗi khác bản gốc / the chain hashes differ from the file's"
                )
        if any(sha256_text(r[2]) != r[1] for r in theirs):
            report.problems.append(f"{new}: SHA-256 không khớp / SHA-256 mismatch")
        if old in present:
            check = target.review.verify(new)
            if not check.intact:
                report.problems.extend(f"{new}: {m}" for m in check.messages)
            stored = source.tables.query("SELECT document FROM meetings WHERE id = ?", (old,))
            copied = target.tables.query("SELECT document FROM meetings WHERE id = ?", (new,))
            if stored[0][0] != copied[0][0]:
                report.problems.append(f"{new}: nội dung khác bản gốc / the document differs")
