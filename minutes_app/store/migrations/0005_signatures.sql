-- Schema version 5: digital signatures. Every signature made or taken back is a row of
-- `signatures`; the signed PDF it is in is filed in `signed_documents`; the certificate
-- authorities the body trusts (e.g. the government CA) are in `trusted_roots`.
-- Signatures and filed documents are history: they are never updated or deleted.
CREATE TABLE signed_documents (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id),
    revision    INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    name        TEXT NOT NULL,
    data        BLOB NOT NULL,
    filed_at    TEXT NOT NULL,
    filed_by    TEXT NOT NULL
);
CREATE INDEX signed_documents_meeting ON signed_documents(meeting_id);

CREATE TABLE signatures (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id),
    revision     INTEGER NOT NULL,
    document_id  INTEGER REFERENCES signed_documents(id),
    role         TEXT NOT NULL,
    signer       TEXT NOT NULL,
    certificate  TEXT NOT NULL,   -- SHA-256 of the signer's certificate (DER), hex
    signed_at    TEXT NOT NULL,   -- ISO 8601 with the +07:00 offset
    level        TEXT NOT NULL,   -- PAdES baseline level: B-B or B-T
    source       TEXT NOT NULL CHECK (source IN ('sign', 'import')),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX signatures_meeting ON signatures(meeting_id);

CREATE TABLE trusted_roots (
    sha256    TEXT PRIMARY KEY,   -- of the certificate (DER), hex
    subject   TEXT NOT NULL,
    pem       TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
);

CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures are history: they cannot be changed'); END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures are history: they cannot be deleted'); END;
CREATE TRIGGER signed_documents_no_update BEFORE UPDATE ON signed_documents
BEGIN SELECT RAISE(ABORT, 'filed signed documents cannot be changed'); END;
CREATE TRIGGER signed_documents_no_delete BEFORE DELETE ON signed_documents
BEGIN SELECT RAISE(ABORT, 'filed signed documents cannot be deleted'); END;
