"""Rendering: meeting + layout profile -> document model -> DOCX and PDF writers."""
