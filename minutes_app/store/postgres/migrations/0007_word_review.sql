-- Schema version 7 of the office database, numbered as the local file's 0007_word_review.sql.
-- The local file keeps these documents; the office database does not yet (its commands refuse
-- them with a clear message), so this step only keeps both backends at the same version.
SELECT 1;
