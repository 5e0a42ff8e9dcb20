"""Numbered SQL migrations (0001_*.sql …), applied in order by the store."""
