"""PostgreSQL migrations (0001_*.sql …), numbered as the SQLite ones: version N means the same features."""
