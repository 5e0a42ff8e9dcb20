"""The errors of signing and verifying, with Vietnamese and English messages."""

from __future__ import annotations

from minutes_app.domain.errors import MinutesError


class SigningError(MinutesError):
    """Signing was refused or failed; the input file is untouched and no output was written."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        super().__init__(f"{message_vi} / {message_en}")
