"""Rendering: meeting + layout profile -> document model -> DOCX and PDF writers."""

from __future__ import annotations

from minutes_app.render.api import (
    FORMATS,
    build_document,
    check_meeting,
    render_docx_bytes,
    render_pdf_bytes,
)
from minutes_app.render.document import Document
from minutes_app.render.errors import ExportError, LayoutCheckFailed, ProfileError
from minutes_app.render.profile import LayoutProfile, available_profiles, load_profile

__all__ = [
    "FORMATS",
    "Document",
    "ExportError",
    "LayoutCheckFailed",
    "LayoutProfile",
    "ProfileError",
    "available_profiles",
    "build_document",
    "check_meeting",
    "load_profile",
    "render_docx_bytes",
    "render_pdf_bytes",
]
