"""Digital signatures (PAdES, Decree 30 appearance) over pyHanko, and their verification; no Qt."""
