"""The audit log and the integrity check: who changed which field, and does everything still agree."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from minutes_app.domain import interchange
from minutes_app.domain.derived import NUMBERED, DerivedDocument
from minutes_app.domain.derived import from_dict as derived_from_dict
from minutes_app.domain.diff import FieldChange
from minutes_app.domain.errors import InterchangeError
from minutes_app.domain.labels import status_label, step_label
from minutes_app.domain.model import Status
from minutes_app.domain.workflow import TRANSITIONS, Action
from minutes_app.store.chain import audit_hash, event_hash, revision_chain, sha256_text
from minutes_app.store.errors import StoreError
from minutes_app.store.records import AuditEntry, Revision, Rows, Verification
from minutes_app.store.tables import COLUMNS, Tables, valid_id

#: Keys the export of an approved meeting puts into the PDF/DOCX document properties.
META_REVISION = "minutes_app_revision"
META_SHA256 = "minutes_app_sha256"
META_APPROVED_BY = "minutes_app_approved_by"
META_APPROVED_AT = "minutes_app_approved_at"

_AUDIT_COLUMNS = "id, meeting_id, at, actor, action, version, path, old_value, new_value"
_EVENT_COLUMNS = "id, meeting_id, action, source, target, actor, at, note, revision, audit_head"
_REVISION_COLUMNS = (
    "meeting_id, revision, document, sha256, approved_by, approved_at, event_hash, chain"
)
# More than this many broken links of one kind are summarised.
_SHOWN = 5


def audit_head(conn: sqlite3.Connection, meeting_id: int) -> str:
    """Return the hash of the meeting's last audit row ("" before the first)."""
    row = conn.execute(
        "SELECT hash FROM audit_log WHERE meeting_id = ? ORDER BY id DESC LIMIT 1", (meeting_id,)
    ).fetchone()
    return str(row[0]) if row is not None else ""


def write_audit(
    conn: sqlite3.Connection,
    meeting_id: int,
    by: str,
    action: str,
    version: int | None,
    changes: Iterable[FieldChange],
    at: str,
) -> str:
    """Record ``changes`` (one row each, by field path; one row without a field when there are
    none, except for a save that changed nothing) and return the meeting's audit head after it."""
    rows = [(c.path, c.old, c.new) for c in changes]
    head = audit_head(conn, meeting_id)
    if not rows:
        if action == "update":
            return head  # a save that changed nothing leaves no trace
        rows = [("", None, None)]
    (next_id,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_log").fetchone()
    for row_id, (path, old, new) in enumerate(rows, start=int(next_id)):
        head = audit_hash(head, row_id, meeting_id, at, by, action, version, path, old, new)
        conn.execute(
            "INSERT INTO audit_log (id, meeting_id, at, actor, action, version, path, old_value, "
            "new_value, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, meeting_id, at, by, action, version, path, old, new, head),
        )
    return head


def audit(tables: Tables, meeting_id: int) -> Rows[AuditEntry]:
    """Return every recorded change of a meeting, oldest first (kept after a deletion)."""
    if not valid_id(meeting_id):
        raise tables.not_found(meeting_id)
    rows = tables.query(
        f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE meeting_id = ? ORDER BY id", (meeting_id,)
    )
    if not rows:
        tables.exists(meeting_id)
    return Rows(AuditEntry(*r) for r in rows)


# -- verify --------------------------------------------------------------------------------


class _Check:
    """The problems found so far, as "vi / en" lines, with long runs of one kind summarised."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self._counts: dict[str, int] = {}

    def add(self, kind: str, vi: str, en: str) -> None:
        count = self._counts.get(kind, 0) + 1
        self._counts[kind] = count
        if count <= _SHOWN:
            self.messages.append(f"{vi} / {en}")

    def summary(self) -> list[str]:
        extra = [
            f"… và {n - _SHOWN} chỗ tương tự ({kind}) / … and {n - _SHOWN} more ({kind})"
            for kind, n in self._counts.items()
            if n > _SHOWN
        ]
        return self.messages + extra


def _check_audit(rows: list[Any], check: _Check) -> set[str]:
    prev = ""
    seen = {""}
    for row in rows:
        *fields, stored = row
        if audit_hash(prev, *fields) != stored:
            check.add(
                "audit",
                f"nhật ký thay đổi: dòng {row[0]} (hoặc dòng ngay trước nó) đã bị sửa, xóa hoặc "
                "chèn ngoài ứng dụng",
                f"audit log: entry {row[0]} (or the one before it) was changed, removed or "
                "inserted outside the application",
            )
        prev = stored
        seen.add(stored)
    return seen


def _check_events(
    rows: list[Any], audit_hashes: set[str], check: _Check
) -> tuple[Status, dict[int, str], tuple[Action, int | None] | None]:
    """Check the chain and the order of the steps; return the status they lead to, the hash of
    the step approving each revision, and the last step (action, revision)."""
    prev = ""
    state = Status.DRAFT
    approving: dict[int, str] = {}
    last: tuple[Action, int | None] | None = None
    for row in rows:
        *fields, stored = row
        event_id, _m, action_text, source_text, target_text = row[:5]
        revision, head = row[8], row[9]
        if event_hash(prev, *fields) != stored:
            check.add(
                "history",
                f"lịch sử duyệt: bước {event_id} (hoặc bước ngay trước nó) đã bị sửa, xóa hoặc "
                "chèn ngoài ứng dụng",
                f"workflow history: step {event_id} (or the one before it) was changed, removed "
                "or inserted outside the application",
            )
        prev = stored
        if head not in audit_hashes:
            check.add(
                "history",
                f"lịch sử duyệt: bước {event_id} ghi nhận những dòng nhật ký không còn nữa",
                f"workflow history: step {event_id} covers audit entries that are gone",
            )
        try:
            action, source, target = Action(action_text), Status(source_text), Status(target_text)
        except ValueError:
            check.add(
                "history",
                f"lịch sử duyệt: bước {event_id} bị hỏng ({action_text}: {source_text} → "
                f"{target_text})",
                f"workflow history: step {event_id} is damaged ({action_text}: {source_text} → "
                f"{target_text})",
            )
            continue
        if action is Action.IMPORT:
            follows = source is state and target is not Status.DRAFT
        else:
            rule = TRANSITIONS[action]
            follows = source is state and rule.source is source and rule.target is target
        if not follows:
            check.add(
                "history",
                f"lịch sử duyệt: bước {event_id} («{step_label(action.value)}») không nối tiếp "
                f"trạng thái trước đó («{status_label(state)}»)",
                f"workflow history: step {event_id} ({step_label(action.value, 'en')}) does not "
                f"follow the status before it ({status_label(state, 'en')})",
            )
        state = target
        if action in (Action.APPROVE, Action.IMPORT) and revision is not None:
            if revision in approving:
                check.add(
                    "history",
                    f"lịch sử duyệt: phiên bản {revision} được duyệt hai lần",
                    f"workflow history: revision {revision} is approved twice",
                )
            approving[int(revision)] = stored
        last = (action, int(revision) if revision is not None else None)
    return state, approving, last


def _check_revisions(
    meeting_id: int, rows: list[Any], approving: dict[int, str], check: _Check
) -> list[Revision]:
    revisions = [Revision(*r) for r in rows]
    prev = ""
    for expected, rev in enumerate(revisions, start=1):
        if rev.revision != expected:
            check.add(
                "revisions",
                f"thiếu phiên bản đã duyệt {expected} (các phiên bản phải liên tiếp)",
                f"approved revision {expected} is missing (revisions run 1, 2, 3 …)",
            )
        if sha256_text(rev.document) != rev.sha256:
            check.add(
                "revisions",
                f"phiên bản {rev.revision} đã bị sửa sau khi duyệt (mã băm không khớp)",
                f"revision {rev.revision} was changed after approval (hash mismatch)",
            )
        step = approving.get(rev.revision)
        if step is None or step != rev.event_hash:
            check.add(
                "revisions",
                f"phiên bản {rev.revision} không có bước duyệt tương ứng trong lịch sử",
                f"revision {rev.revision} has no approval step in the history",
            )
        chain = revision_chain(
            prev,
            meeting_id,
            rev.revision,
            rev.sha256,
            rev.approved_by,
            rev.approved_at,
            rev.event_hash,
        )
        if chain != rev.chain:
            check.add(
                "revisions",
                f"chuỗi mã băm của phiên bản {rev.revision} bị đứt (phiên bản bị thay hoặc chèn "
                "ngoài ứng dụng)",
                f"the hash chain of revision {rev.revision} is broken (it was replaced or "
                "inserted outside the application)",
            )
        prev = rev.chain
    numbers = {rev.revision for rev in revisions}
    for number in sorted(set(approving) - numbers):
        check.add(
            "revisions",
            f"lịch sử ghi đã duyệt phiên bản {number} nhưng phiên bản đó không còn",
            f"the history approves revision {number} but that revision is gone",
        )
    return revisions


def _column_problems(
    tables: Tables, meeting_id: int, document: str, stored: list[Any]
) -> list[str]:
    try:
        meeting = interchange.parse(document, f"meeting {meeting_id}", check=False).meeting
    except InterchangeError as exc:
        return [f"nội dung lưu trữ bị hỏng ({exc}) / the stored document is damaged"]
    expected = tables.columns(meeting)
    wrong = [n for n, a, b in zip(COLUMNS, expected, stored, strict=True) if a != b]
    if not wrong:
        return []
    return [
        f"các cột {', '.join(wrong)} khác nội dung đã duyệt (bị sửa ngoài ứng dụng) / "
        f"the columns {', '.join(wrong)} differ from the approved content (changed outside "
        "the application)"
    ]


def _register_problem(tables: Tables, meeting_id: int, number: str) -> str | None:
    text = number.strip()
    if not (text.isascii() and text.isdigit() and 1 <= len(text) <= 9 and int(text) >= 1):
        return None
    rows = tables.query("SELECT number FROM register WHERE meeting_id = ?", (meeting_id,))
    if rows and int(rows[0][0]) == int(text):
        return None
    return (
        f"số {text} của biên bản đã duyệt không có trong sổ biên bản / "
        f"number {text} of the approved minutes is not in the register"
    )


_DERIVED_COLUMNS = ("kind", "meeting_id", "revision", "number", "date", "title", "signer", "issuer")
_DERIVED_COLUMNS_VI = (
    "loại",
    "biên bản",
    "phiên bản",
    "số",
    "ngày",
    "trích yếu",
    "người ký",
    "cơ quan",
)


def _derived_columns(doc: DerivedDocument) -> tuple[Any, ...]:
    """Return what the columns of a derived document's row must hold, read from its text."""
    number = int(doc.number) if doc.kind in NUMBERED and doc.number.strip() else None
    return (
        doc.kind.value,
        doc.meeting_id,
        doc.revision,
        number,
        doc.date.isoformat(),
        doc.title,
        doc.signer.name,
        doc.issuer.name,
    )


def _check_derived(
    tables: Tables, meeting_id: int, revisions: list[Revision], check: _Check
) -> int:
    """Check the documents derived from a meeting; return how many there are."""
    approved = {r.revision for r in revisions}
    rows = tables.query(
        f"SELECT id, {', '.join(_DERIVED_COLUMNS)}, document FROM derived_documents "
        "WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    )
    for doc_id, *columns, text in rows:
        revision = columns[2]
        if revision not in approved:
            check.add(
                "derived",
                f"văn bản d{doc_id} lập từ phiên bản {revision}, không phải một phiên bản đã "
                "duyệt của biên bản",
                f"derived document d{doc_id} names revision {revision}, not an approved revision "
                "of the minutes",
            )
        try:
            expected = _derived_columns(derived_from_dict(json.loads(text)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            check.add(
                "derived",
                f"văn bản d{doc_id} bị hỏng ({exc})",
                f"derived document d{doc_id} is damaged ({exc})",
            )
            continue
        for name, name_vi, stored, wanted in zip(
            _DERIVED_COLUMNS, _DERIVED_COLUMNS_VI, columns, expected, strict=True
        ):
            if stored != wanted:
                check.add(
                    "derived",
                    f"văn bản d{doc_id}: {name_vi} ({stored!r}) khác nội dung đã lưu "
                    f"({wanted!r}); đã bị sửa ngoài ứng dụng",
                    f"derived document d{doc_id}: the column {name} ({stored!r}) disagrees with "
                    f"its stored text ({wanted!r}); it was changed outside the application",
                )
    return len(rows)


def verify(tables: Tables, meeting_id: int, *, derived: bool = False) -> Verification:
    """Check a meeting's audit log, workflow history and revisions, and its approved content.

    Every hash chain is recomputed; the steps must follow one another from a draft; every
    revision must be the next one, match its SHA-256 and its approval step; the status must be
    the one the last step led to; approved minutes must equal their latest revision (document
    and columns) and hold their register number. See docs/cli.md for what this proves.
    """
    if not valid_id(meeting_id):
        raise tables.not_found(meeting_id)
    rows = tables.query(
        f"SELECT status, document, {', '.join(COLUMNS)}, number FROM meetings WHERE id = ?",
        (meeting_id,),
    )
    if not rows:
        raise tables.not_found(meeting_id)
    status, document, *columns = rows[0]
    number = columns.pop()
    check = _Check()
    audit_rows = tables.query(
        f"SELECT {_AUDIT_COLUMNS}, hash FROM audit_log WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    )
    audit_hashes = _check_audit(audit_rows, check)
    event_rows = tables.query(
        f"SELECT {_EVENT_COLUMNS}, hash FROM workflow_events WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    )
    state, approving, last = _check_events(event_rows, audit_hashes, check)
    revision_rows = tables.query(
        f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE meeting_id = ? ORDER BY revision",
        (meeting_id,),
    )
    revisions = _check_revisions(meeting_id, revision_rows, approving, check)
    latest = revisions[-1] if revisions else None
    documents = _check_derived(tables, meeting_id, revisions, check) if derived else 0
    if status != state.value:
        step = (
            f"«{step_label(last[0].value)}» → «{status_label(state)}»"
            if last
            else "chưa có bước nào"
        )
        step_en = f"{last[0].value} -> {state.value}" if last else "no step yet"
        check.add(
            "status",
            f"trạng thái «{status_label(status)}» khác bước cuối cùng của lịch sử duyệt ({step}); "
            "trạng thái đã bị sửa ngoài ứng dụng",
            f"the status {status!r} disagrees with the last workflow step ({step_en}); it was "
            "changed outside the application",
        )
    if status == Status.APPROVED.value:
        if latest is None:
            check.add(
                "approved",
                "biên bản ở trạng thái đã duyệt nhưng không có phiên bản đã duyệt nào",
                "the meeting is marked approved but has no approved revision",
            )
        else:
            current_hash = sha256_text(document)
            if current_hash != latest.sha256 or document != latest.document:
                check.add(
                    "approved",
                    f"nội dung biên bản khác phiên bản đã duyệt {latest.revision} "
                    f"(mã băm hiện tại {current_hash[:12]}…, khi duyệt {latest.sha256[:12]}…)",
                    f"the stored minutes differ from approved revision {latest.revision}",
                )
            if last is not None and last[1] != latest.revision:
                check.add(
                    "approved",
                    f"bước duyệt cuối cùng không phải phiên bản mới nhất ({latest.revision})",
                    f"the last approval step is not the latest revision ({latest.revision})",
                )
            for line in _column_problems(tables, meeting_id, document, columns):
                check.messages.append(line)
            if last is not None and last[0] is Action.APPROVE:
                problem = _register_problem(tables, meeting_id, str(number))
                if problem:
                    check.messages.append(problem)
    messages = check.summary()
    intact = not messages
    if intact:
        if latest is None:
            messages.append(
                "chưa có phiên bản nào được duyệt; lịch sử và nhật ký khớp chuỗi mã băm / "
                "no approved revision yet; the history and audit log match their hash chains"
            )
        elif status == Status.APPROVED.value:
            messages.append(
                f"nguyên vẹn: khớp phiên bản đã duyệt {latest.revision} "
                f"(SHA-256 {latest.sha256}), mã chuỗi {latest.chain} / intact: matches approved "
                f"revision {latest.revision}, chain {latest.chain}"
            )
        else:
            messages.append(
                f"các phiên bản đã duyệt (1–{latest.revision}) nguyên vẹn; biên bản đang "
                f"«{status_label(status)}» / the approved revisions are intact "
                f"(chain {latest.chain}); the minutes are {status}"
            )
        if documents:
            messages.append(
                f"{documents} văn bản lập từ biên bản khớp nội dung đã lưu và phiên bản đã duyệt "
                f"/ {documents} derived documents match their stored text and approved revision"
            )
    return Verification(
        meeting_id,
        intact,
        latest.revision if latest else None,
        latest.sha256 if latest else "",
        messages,
        latest.chain if latest else "",
    )


def export_metadata(tables: Tables, meeting_id: int) -> dict[str, str]:
    """Return the document properties of an approved meeting's export (empty otherwise).

    Refuses (a ``StoreError``) when ``verify`` finds anything wrong, so a hash is never put on
    other content than the approved revision.
    """
    if not valid_id(meeting_id):
        raise tables.not_found(meeting_id)
    rows = tables.query("SELECT status FROM meetings WHERE id = ?", (meeting_id,))
    if not rows:
        raise tables.not_found(meeting_id)
    if rows[0][0] != Status.APPROVED.value:
        return {}  # drafts carry no approval: no need to rehash every revision
    check = verify(tables, meeting_id)
    if not check.intact or check.revision is None:
        raise StoreError(
            "không xuất biên bản đã duyệt vì nội dung không khớp phiên bản đã duyệt: "
            + "; ".join(m.split(" / ")[0] for m in check.messages),
            "the approved minutes are not exported because they do not match the approved "
            "revision; run verify",
            tables.where,
        )
    found = tables.query(
        "SELECT revision, sha256, approved_by, approved_at FROM revisions "
        "WHERE meeting_id = ? AND revision = ?",
        (meeting_id, check.revision),
    )
    revision, sha256, approved_by, approved_at = found[0]
    return {
        META_REVISION: str(revision),
        META_SHA256: sha256,
        META_APPROVED_BY: approved_by,
        META_APPROVED_AT: approved_at,
    }
