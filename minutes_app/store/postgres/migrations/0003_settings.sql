-- Schema version 3 (PostgreSQL): settings that belong to the database (review.allow_self_approval,
-- backup.keep). Only an admin changes them (minutes.set_setting, version 4).
CREATE TABLE minutes.settings (
    key    text PRIMARY KEY,
    value  text NOT NULL
);
GRANT SELECT ON minutes.settings TO minutes_secretary, minutes_chair, minutes_clerk, minutes_admin;
ALTER TABLE minutes.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_reads ON minutes.settings FOR SELECT
    TO minutes_secretary, minutes_chair, minutes_clerk, minutes_admin USING (true);
