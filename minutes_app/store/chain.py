"""The hash chains of the review records: audit rows, workflow steps and approved revisions.

Each chain runs per meeting. An audit row's hash covers the previous audit row's hash and
its own fields; a workflow step's hash covers the previous step's hash, its fields and the
hash of the meeting's last audit row at that moment; a revision's chain covers the previous
revision's chain, the revision (with the SHA-256 of its document) and the hash of the step
that approved it. Changing, removing or inserting any of these rows without recomputing
every later hash breaks a chain, and ``verify`` says where. The hashes carry no key: someone
who can rewrite the file and recompute them all is not detected (see docs/cli.md).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from typing import Any


def sha256_text(document: str) -> str:
    """Return the SHA-256 (hex) of a stored canonical document's UTF-8 bytes."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def digest(kind: str, prev: str, fields: Sequence[Any]) -> str:
    """Return the SHA-256 of ``[kind, prev, *fields]`` as compact JSON (one fixed encoding)."""
    payload = json.dumps([kind, prev, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def audit_hash(
    prev: str,
    row_id: int,
    meeting_id: int,
    at: str,
    actor: str,
    action: str,
    version: int | None,
    path: str,
    old: str | None,
    new: str | None,
) -> str:
    """Return the hash of one audit row chained to the meeting's previous audit row."""
    return digest("audit", prev, [row_id, meeting_id, at, actor, action, version, path, old, new])


def event_hash(
    prev: str,
    event_id: int,
    meeting_id: int,
    action: str,
    source: str,
    target: str,
    actor: str,
    at: str,
    note: str,
    revision: int | None,
    audit_head: str,
) -> str:
    """Return the hash of one workflow step chained to the previous step and the audit log."""
    return digest(
        "event",
        prev,
        [event_id, meeting_id, action, source, target, actor, at, note, revision, audit_head],
    )


def revision_chain(
    prev: str,
    meeting_id: int,
    revision: int,
    sha256: str,
    approved_by: str,
    approved_at: str,
    approving_event: str,
) -> str:
    """Return a revision's chain hash: the previous revision's, this one, and its approval step."""
    return digest(
        "revision",
        prev,
        [meeting_id, revision, sha256, approved_by, approved_at, approving_event],
    )


# -- schema 4: seal the rows written before the chains existed -----------------------------

_BOOLEAN_SUFFIX = "show_place_date"
_SHOWN_BOOLEANS = {"có": "true", "không": "false"}


def _boolean_value(path: str, value: str | None) -> str | None:
    # Schema 3 stored the Vietnamese words; the value is now stored, the word shown.
    if path.endswith(_BOOLEAN_SUFFIX) and value in _SHOWN_BOOLEANS:
        return _SHOWN_BOOLEANS[value]
    return value


def seal_version_4(conn: sqlite3.Connection) -> None:
    """Copy the schema-3 review rows into the schema-4 tables with their hashes, then drop them.

    Run by the migration to version 4 inside its transaction. The audit log loses its
    labels (they are looked up when shown). A revision that no step approved (a meeting
    imported as approved, or approved before the workflow existed) gets an "import" step at
    the time of its approval, and a meeting whose status no step explains (imported "in
    review") gets one too, so every status and revision is explained by the history.
    """
    audit_rows = conn.execute(
        "SELECT id, meeting_id, at, actor, action, version, path, old_value, new_value "
        "FROM audit_log_v3 ORDER BY id"
    ).fetchall()
    audit_heads: dict[int, list[tuple[str, str]]] = {}  # meeting -> [(at, hash)] in order
    last_audit: dict[int, str] = {}
    for row_id, meeting_id, at, actor, action, version, path, old, new in audit_rows:
        old, new = _boolean_value(path, old), _boolean_value(path, new)
        value = audit_hash(
            last_audit.get(meeting_id, ""),
            row_id,
            meeting_id,
            at,
            actor,
            action,
            version,
            path,
            old,
            new,
        )
        conn.execute(
            "INSERT INTO audit_log (id, meeting_id, at, actor, action, version, path, old_value, "
            "new_value, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, meeting_id, at, actor, action, version, path, old, new, value),
        )
        last_audit[meeting_id] = value
        audit_heads.setdefault(meeting_id, []).append((at, value))

    events = [
        list(r)
        for r in conn.execute(
            "SELECT meeting_id, action, source, target, actor, at, note, revision "
            "FROM workflow_events_v3 ORDER BY id"
        )
    ]
    revisions = conn.execute(
        "SELECT meeting_id, revision, document, sha256, approved_by, approved_at "
        "FROM revisions_v3 ORDER BY meeting_id, revision"
    ).fetchall()
    approved = {(e[0], e[7]) for e in events if e[1] == "approve" and e[7] is not None}
    missing: dict[int, list[list[Any]]] = {}
    for meeting_id, number, _doc, _sha, by, at in revisions:
        if (meeting_id, number) not in approved:
            missing.setdefault(meeting_id, []).append(
                [meeting_id, "import", "draft", "approved", by, at, "", number]
            )
    with_events = {e[0] for e in events} | set(missing)
    for meeting_id, status, updated_at in conn.execute(
        "SELECT id, status, updated_at FROM meetings WHERE status <> 'draft'"
    ):
        if meeting_id not in with_events and status in ("in_review", "approved"):
            missing.setdefault(meeting_id, []).append(
                [meeting_id, "import", "draft", status, "", updated_at, "", None]
            )
    # Each added step goes before the first recorded step of its meeting that came after it.
    ordered: list[list[Any]] = []
    for event in events:
        queue = missing.get(event[0], [])
        while queue and queue[0][5] <= event[5]:
            ordered.append(queue.pop(0))
        ordered.append(event)
    for queue in missing.values():
        ordered.extend(queue)

    last_event: dict[int, str] = {}
    approving: dict[tuple[int, int], str] = {}
    for event_id, (meeting_id, action, source, target, actor, at, note, number) in enumerate(
        ordered, start=1
    ):
        heads = [h for stamp, h in audit_heads.get(meeting_id, []) if stamp <= at]
        head = heads[-1] if heads else ""
        value = event_hash(
            last_event.get(meeting_id, ""),
            event_id,
            meeting_id,
            action,
            source,
            target,
            actor,
            at,
            note,
            number,
            head,
        )
        conn.execute(
            "INSERT INTO workflow_events (id, meeting_id, action, source, target, actor, at, "
            "note, revision, audit_head, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, meeting_id, action, source, target, actor, at, note, number, head, value),
        )
        last_event[meeting_id] = value
        if action in ("approve", "import") and number is not None:
            approving[(meeting_id, number)] = value

    last_chain: dict[int, str] = {}
    for meeting_id, number, document, sha256, by, at in revisions:
        step = approving.get((meeting_id, number), "")
        chain = revision_chain(
            last_chain.get(meeting_id, ""), meeting_id, number, sha256, by, at, step
        )
        conn.execute(
            "INSERT INTO revisions (meeting_id, revision, document, sha256, approved_by, "
            "approved_at, event_hash, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (meeting_id, number, document, sha256, by, at, step, chain),
        )
        last_chain[meeting_id] = chain
    for table in ("audit_log_v3", "workflow_events_v3", "revisions_v3"):
        conn.execute(f"DROP TABLE {table}")
