-- Schema version 6: documents derived from approved minutes (thông báo kết luận, trích sao,
-- trích biên bản, nghị quyết). Each is a document of its own: its kind, the meeting and the
-- approved revision it comes from, its own number in the register of its kind (one series per
-- body, kind and period: the calendar year, or a Party term), date, signer, title and the
-- editable text (document: JSON of minutes_app.domain.derived).
-- Applied inside one transaction by minutes_app.store.schema (which also sets user_version).
CREATE TABLE derived_documents (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL
                CHECK (kind IN ('thong-bao', 'trich-sao', 'trich-bien-ban', 'nghi-quyet')),
    meeting_id  INTEGER NOT NULL,           -- kept after the meeting is deleted
    revision    INTEGER NOT NULL,           -- the approved revision it was made from
    issuer      TEXT    NOT NULL DEFAULT '',
    issuer_key  TEXT    NOT NULL,           -- folded issuer name | folded abbreviation
    period      TEXT    NOT NULL,           -- domain.register.period_key: "2026" or "term:…"
    number      INTEGER CHECK (number IS NULL OR number >= 1), -- NULL: none of its own
    symbol      TEXT    NOT NULL DEFAULT '',
    date        TEXT    NOT NULL,           -- YYYY-MM-DD
    title       TEXT    NOT NULL DEFAULT '',
    signer      TEXT    NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    document    TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,           -- ISO 8601, UTC
    created_by  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX derived_documents_by_meeting ON derived_documents (meeting_id, id);
CREATE INDEX derived_documents_by_date ON derived_documents (date, id);

-- One number per body, kind and period, never twice.
CREATE UNIQUE INDEX derived_documents_numbers
    ON derived_documents (issuer_key, kind, period, number) WHERE number IS NOT NULL;

-- A derived document comes from an approved revision of its meeting.
CREATE TRIGGER derived_documents_come_from_approved_revisions BEFORE INSERT ON derived_documents
WHEN NOT EXISTS (SELECT 1 FROM revisions
                 WHERE meeting_id = NEW.meeting_id AND revision = NEW.revision)
BEGIN
    SELECT RAISE(ABORT, 'a derived document is made only from an approved revision');
END;

-- Its source, kind and number never change once given.
CREATE TRIGGER derived_documents_keep_their_number BEFORE UPDATE ON derived_documents
WHEN NEW.kind IS NOT OLD.kind OR NEW.meeting_id IS NOT OLD.meeting_id
  OR NEW.revision IS NOT OLD.revision OR NEW.number IS NOT OLD.number
  OR NEW.period IS NOT OLD.period OR NEW.issuer_key IS NOT OLD.issuer_key
BEGIN
    SELECT RAISE(ABORT, 'a derived document keeps its source and its number');
END;

-- A numbered document stays in the register: it is never deleted.
CREATE TRIGGER derived_documents_are_kept BEFORE DELETE ON derived_documents
BEGIN
    SELECT RAISE(ABORT, 'derived documents are kept in the register');
END;
