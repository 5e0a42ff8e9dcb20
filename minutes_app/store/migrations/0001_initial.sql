-- Schema version 1: meetings stored whole as canonical JSON, with indexed columns,
-- a full-text index over folded text and the people directory.
-- Applied inside one transaction by minutes_app.store.schema (which also sets user_version).

CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  TEXT    NOT NULL,           -- ISO 8601, UTC
    updated_at  TEXT    NOT NULL,           -- ISO 8601, UTC
    date        TEXT    NOT NULL,           -- YYYY-MM-DD
    title       TEXT    NOT NULL DEFAULT '',
    issuer      TEXT    NOT NULL DEFAULT '',
    issuer_key  TEXT    NOT NULL DEFAULT '', -- folded issuer name, for previous_meeting
    status      TEXT    NOT NULL DEFAULT 'draft',
    number      TEXT    NOT NULL DEFAULT '',
    symbol      TEXT    NOT NULL DEFAULT '',
    profile     TEXT    NOT NULL DEFAULT 'state',
    document    TEXT    NOT NULL             -- canonical interchange JSON (domain.interchange)
);

CREATE INDEX meetings_by_date   ON meetings (date DESC, id DESC);
CREATE INDEX meetings_by_status ON meetings (status, date DESC);
CREATE INDEX meetings_by_issuer ON meetings (issuer_key, date DESC);

-- Folded (no diacritics, no case) text of each meeting; rowid = meetings.id.
CREATE VIRTUAL TABLE meeting_text USING fts5 (
    title, issuer, people, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Every named person of every meeting, for the editor's autocomplete.
CREATE TABLE people (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL,  -- folded name
    position     TEXT    NOT NULL DEFAULT '',
    organization TEXT    NOT NULL DEFAULT '',
    meeting_date TEXT    NOT NULL,
    seq          INTEGER NOT NULL   -- order of appearance in the meeting
);

CREATE INDEX people_by_meeting ON people (meeting_id);
CREATE INDEX people_by_key     ON people (name_key);
