"""The user-facing text of an error, in the interface language: one place picks Vietnamese or English."""

from __future__ import annotations


def error_text(exc: BaseException, language: str) -> str:
    """Return an exception's message in ``language`` (its bilingual pair when it has one)."""
    vi, en = getattr(exc, "message_vi", None), getattr(exc, "message_en", None)
    if isinstance(vi, str) and isinstance(en, str):
        return en if language == "en" else vi
    return str(exc) or type(exc).__name__
