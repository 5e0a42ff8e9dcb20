-- Schema version 2: review and approval. Workflow steps, review comments, frozen approved
-- revisions with their SHA-256, the numbering register (sổ biên bản), Party terms per
-- issuing body and the field-level audit log.
-- Applied inside one transaction by minutes_app.store.schema (which also sets user_version).

-- Each workflow step (submit, return, approve, reopen): who, when, why.
CREATE TABLE workflow_events (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    action      TEXT    NOT NULL,           -- domain.workflow.Action
    source      TEXT    NOT NULL,           -- status before
    target      TEXT    NOT NULL,           -- status after
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL,           -- ISO 8601, UTC
    note        TEXT    NOT NULL DEFAULT '', -- the comment (return) or the reason (reopen)
    revision    INTEGER                     -- the revision approved or reopened
);
CREATE INDEX workflow_events_by_meeting ON workflow_events (meeting_id, id);

-- Review comments on a part of the minutes: meeting, agenda[i], agenda[i].statements[j],
-- votes[i], tasks[i]. Replies point at their parent; resolved comments are kept.
CREATE TABLE review_comments (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES review_comments (id) ON DELETE CASCADE,
    part         TEXT    NOT NULL DEFAULT 'meeting',
    author       TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    resolved_by  TEXT,
    resolved_at  TEXT
);
CREATE INDEX review_comments_by_meeting ON review_comments (meeting_id, id);

-- Every approval freezes a revision: the canonical JSON approved and its SHA-256.
CREATE TABLE revisions (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    document     TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    approved_by  TEXT    NOT NULL,
    approved_at  TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, revision)
);

-- A frozen revision never changes.
CREATE TRIGGER revisions_are_frozen BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'approved revisions are read-only');
END;

-- An approved meeting never changes while it stays approved (reopening changes its status).
CREATE TRIGGER approved_meetings_are_read_only BEFORE UPDATE ON meetings
WHEN OLD.status = 'approved' AND NEW.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'approved meetings are read-only');
END;

-- The numbering register: one number per issuing body per period, never twice.
-- A deleted meeting keeps its entry (meeting_id NULL) so its number is not reused silently.
CREATE TABLE register (
    issuer_key    TEXT    NOT NULL,  -- folded issuer name | folded abbreviation
    period        TEXT    NOT NULL,  -- domain.register.period_key: "2026" or "term:2020-10-01"
    number        INTEGER NOT NULL CHECK (number >= 1),
    meeting_id    INTEGER UNIQUE REFERENCES meetings (id) ON DELETE SET NULL,
    issuer        TEXT    NOT NULL,
    abbreviation  TEXT    NOT NULL DEFAULT '',
    date          TEXT    NOT NULL,
    title         TEXT    NOT NULL DEFAULT '',
    registered_by TEXT    NOT NULL,
    registered_at TEXT    NOT NULL,
    PRIMARY KEY (issuer_key, period, number)
);

-- Where each Party committee's terms start (numbering restarts with each term).
CREATE TABLE issuer_terms (
    issuer_match  TEXT NOT NULL,     -- folded issuer name or abbreviation
    start         TEXT NOT NULL,     -- YYYY-MM-DD
    set_by        TEXT NOT NULL DEFAULT '',
    set_at        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (issuer_match, start)
);

-- Who changed which field of which meeting, when; kept after a meeting is deleted.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,   -- create, update, import, submit, return, approve, reopen, delete
    version     INTEGER,            -- the meeting's version after the change
    path        TEXT    NOT NULL DEFAULT '',
    label       TEXT    NOT NULL DEFAULT '',
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, id);

-- Meetings approved before this version get their first revision frozen as they stand
-- (minutes_sha256 is registered on the connection by minutes_app.store.repository).
INSERT INTO revisions (meeting_id, revision, document, sha256, approved_by, approved_at)
SELECT id, 1, document, minutes_sha256(document), '', updated_at
FROM meetings WHERE status = 'approved';
