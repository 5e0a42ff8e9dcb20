"""The errors of signing and verifying, with Vietnamese and English messages."""

from __future__ import annotations

from minutes_app.domain.errors import BilingualError


class SigningError(BilingualError):
    """Signing was refused or failed; the input file is untouched and no output was written."""
