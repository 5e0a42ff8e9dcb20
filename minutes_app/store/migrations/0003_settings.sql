-- Schema version 3: settings that belong to the database file rather than to one user,
-- such as how many daily backups to keep (key 'backup.keep').
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
