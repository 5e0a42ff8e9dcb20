-- Schema version 4: tamper-evident review records.
-- * Workflow steps, the audit log and approved revisions are kept when a meeting is deleted
--   and only ever grow: triggers refuse UPDATE and DELETE on them.
-- * Each of their rows carries a SHA-256 chained, per meeting, to the row before; a step also
--   covers the audit log up to it, and a revision the step that approved it
--   (minutes_app.store.chain).
-- * The audit log keeps field paths only; labels are looked up when shown (domain.labels).
-- * A meeting starts as a draft; its status changes only with the workflow step that says so;
--   approved minutes equal their latest revision and cannot be deleted.
-- Applied inside one transaction by minutes_app.store.schema, which then runs
-- minutes_app.store.chain.seal_version_4: it copies the rows of the *_v3 tables into the new
-- ones with their hashes and drops the *_v3 tables.

DROP INDEX workflow_events_by_meeting;
DROP INDEX audit_log_by_meeting;
DROP TRIGGER revisions_are_frozen;
ALTER TABLE workflow_events RENAME TO workflow_events_v3;
ALTER TABLE audit_log RENAME TO audit_log_v3;
ALTER TABLE revisions RENAME TO revisions_v3;

-- Each workflow step (submit, return, approve, reopen, import): who, when, why.
CREATE TABLE workflow_events (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL,            -- kept after the meeting is deleted
    action      TEXT    NOT NULL,            -- domain.workflow.Action
    source      TEXT    NOT NULL,            -- status before
    target      TEXT    NOT NULL,            -- status after
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL,            -- ISO 8601, UTC
    note        TEXT    NOT NULL DEFAULT '', -- the comment (return) or the reason (reopen)
    revision    INTEGER,                     -- the revision approved, imported or reopened
    audit_head  TEXT    NOT NULL DEFAULT '', -- hash of the meeting's last audit row at this step
    hash        TEXT    NOT NULL             -- chained to the meeting's previous step
);
CREATE INDEX workflow_events_by_meeting ON workflow_events (meeting_id, id);

-- Who changed which field of which meeting, when; the label is looked up when shown.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL,            -- kept after the meeting is deleted
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,            -- create, update, import, submit, return, approve, reopen, delete
    version     INTEGER,                     -- the meeting's version after the change
    path        TEXT    NOT NULL DEFAULT '', -- field path, e.g. agenda[0].statements[1].content
    old_value   TEXT,
    new_value   TEXT,
    hash        TEXT    NOT NULL             -- chained to the meeting's previous audit row
);
CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, id);

-- Every approval freezes a revision: the canonical JSON approved and its SHA-256.
CREATE TABLE revisions (
    meeting_id   INTEGER NOT NULL,           -- kept after the meeting is deleted
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    document     TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    approved_by  TEXT    NOT NULL,
    approved_at  TEXT    NOT NULL,
    event_hash   TEXT    NOT NULL,           -- hash of the step that approved (or imported) it
    chain        TEXT    NOT NULL,           -- previous revision's chain + this revision + step
    PRIMARY KEY (meeting_id, revision)
);

CREATE TRIGGER revisions_are_frozen BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'approved revisions are read-only');
END;

CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'approved revisions cannot be deleted');
END;

-- A revision is the next one of its meeting and follows the step that approved it.
CREATE TRIGGER revisions_follow_their_approval BEFORE INSERT ON revisions
WHEN NEW.revision IS NOT coalesce(
        (SELECT max(revision) FROM revisions WHERE meeting_id = NEW.meeting_id), 0) + 1
    OR NOT EXISTS (
        SELECT 1 FROM workflow_events
        WHERE meeting_id = NEW.meeting_id AND action IN ('approve', 'import')
          AND revision = NEW.revision AND hash = NEW.event_hash)
BEGIN
    SELECT RAISE(ABORT, 'a revision is added only by its approval step');
END;

CREATE TRIGGER workflow_events_are_append_only BEFORE UPDATE ON workflow_events
BEGIN
    SELECT RAISE(ABORT, 'workflow steps are append-only');
END;

CREATE TRIGGER workflow_events_are_kept BEFORE DELETE ON workflow_events
BEGIN
    SELECT RAISE(ABORT, 'workflow steps are append-only');
END;

CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_is_kept BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- A new meeting is a draft: its status changes only through workflow steps.
CREATE TRIGGER meetings_start_as_drafts BEFORE INSERT ON meetings
WHEN NEW.status IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a new meeting starts as a draft');
END;

-- The status is the one the meeting's last workflow step led to.
CREATE TRIGGER status_follows_the_workflow BEFORE UPDATE OF status ON meetings
WHEN NEW.status IS NOT OLD.status AND NEW.status IS NOT coalesce(
    (SELECT target FROM workflow_events WHERE meeting_id = NEW.id ORDER BY id DESC LIMIT 1),
    'draft')
BEGIN
    SELECT RAISE(ABORT, 'the status changes only with its workflow step');
END;

-- Approved minutes leave approval only by a reopen step naming their latest revision.
CREATE TRIGGER approval_ends_only_by_reopening BEFORE UPDATE OF status ON meetings
WHEN OLD.status = 'approved' AND NEW.status IS NOT 'approved' AND NOT EXISTS (
    SELECT 1 FROM workflow_events AS e
    WHERE e.meeting_id = OLD.id AND e.action = 'reopen'
      AND e.id = (SELECT max(id) FROM workflow_events WHERE meeting_id = OLD.id)
      AND e.revision = (SELECT max(revision) FROM revisions WHERE meeting_id = OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'approved minutes leave approval only by a reopen step');
END;

-- Minutes become approved only as their latest revision, approved by the last step.
CREATE TRIGGER approval_is_the_latest_revision BEFORE UPDATE ON meetings
WHEN NEW.status = 'approved' AND OLD.status IS NOT 'approved' AND (
    NEW.document IS NOT (SELECT document FROM revisions WHERE meeting_id = NEW.id
                         ORDER BY revision DESC LIMIT 1)
    OR (SELECT revision FROM workflow_events WHERE meeting_id = NEW.id
        ORDER BY id DESC LIMIT 1) IS NOT (SELECT max(revision) FROM revisions
                                          WHERE meeting_id = NEW.id))
BEGIN
    SELECT RAISE(ABORT, 'approved minutes must equal their latest approved revision');
END;

CREATE TRIGGER approved_meetings_are_kept BEFORE DELETE ON meetings
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'approved meetings cannot be deleted');
END;
