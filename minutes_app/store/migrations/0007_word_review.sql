-- Schema version 7: the chair reviews in Word (issue 16). A review copy is a DOCX of the minutes
-- with each part bookmarked; what comes back (comments, tracked and untracked edits) is kept
-- apart by file and by author, and nothing changes the minutes until the secretary accepts it.
-- Copies, returned files, comments and proposals are history: kept when a meeting is deleted.

-- Each review copy written: the meeting version it shows and the text of each part.
CREATE TABLE review_copies (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL,
    token       TEXT    NOT NULL UNIQUE,   -- in the copy's custom properties
    version     INTEGER NOT NULL,          -- the meeting's version it was made from
    text_sha256 TEXT    NOT NULL,          -- of the printed text
    parts       TEXT    NOT NULL,          -- JSON: {field path: [text, own text]}
    made_by     TEXT    NOT NULL,
    made_at     TEXT    NOT NULL
);
CREATE INDEX review_copies_by_meeting ON review_copies (meeting_id, id);

-- Each returned file imported: its name and SHA-256, whose copy it is, who sent it.
CREATE TABLE review_files (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL,
    copy_id     INTEGER NOT NULL REFERENCES review_copies (id),
    name        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    reviewer    TEXT    NOT NULL,          -- who sent it (--by), for edits made without Track Changes
    imported_by TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    UNIQUE (meeting_id, sha256)
);

-- A Word comment, stored as a review comment (review_comments) and tied to its file.
CREATE TABLE review_file_comments (
    comment_id  INTEGER PRIMARY KEY REFERENCES review_comments (id) ON DELETE CASCADE,
    file_id     INTEGER NOT NULL REFERENCES review_files (id),
    path        TEXT    NOT NULL,          -- the field path of the part it is anchored on
    anchored    TEXT    NOT NULL,          -- the text it was anchored on
    word_date   TEXT    NOT NULL DEFAULT ''
);

-- A proposed change to one part: tracked (w:ins / w:del) or found by comparison (untracked).
CREATE TABLE review_proposals (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL,
    file_id     INTEGER NOT NULL REFERENCES review_files (id),
    path        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('tracked', 'untracked')),
    old_text    TEXT    NOT NULL,
    new_text    TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    made_at     TEXT    NOT NULL DEFAULT '', -- the tracked change's date, as Word wrote it
    state       TEXT    NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'accepted', 'rejected')),
    decided_by  TEXT,
    decided_at  TEXT,
    applied_to  TEXT,                      -- the field path it was applied to (accepted)
    version     INTEGER                    -- the meeting's version after it was applied
);
CREATE INDEX review_proposals_by_meeting ON review_proposals (meeting_id, id);

-- A decided proposal stays as decided; only an acceptance made in the window's editor (not yet
-- tied to a saved version) is taken back when the secretary undoes it.
CREATE TRIGGER review_proposals_decided_once BEFORE UPDATE ON review_proposals
WHEN OLD.state <> 'open'
    AND NOT (OLD.state = 'accepted' AND OLD.version IS NULL AND NEW.state = 'open')
BEGIN
    SELECT RAISE(ABORT, 'a decided proposal cannot change');
END;
CREATE TRIGGER review_proposals_kept BEFORE DELETE ON review_proposals
BEGIN
    SELECT RAISE(ABORT, 'review proposals are history: they cannot be deleted');
END;
