-- Schema version 6: reserved for another branch's migration (issue 16 took 0007). This
-- placeholder makes no change; the merge replaces it with the real 0006 (and its fixture).
SELECT 1;
