"""Per-user signing settings (the kept signature and seal images), in the user's config folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from minutes_app import appinfo
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.files import write_file

KINDS = ("signature", "seal")


@dataclass(frozen=True)
class SigningSettings:
    """Where one user's kept images live (``MINUTES_APP_CONFIG_DIR`` overrides, for tests)."""

    folder: Path

    @classmethod
    def load(cls) -> SigningSettings:
        override = os.environ.get("MINUTES_APP_CONFIG_DIR")
        base = Path(override) if override else Path(platformdirs.user_config_dir(appinfo.APP_NAME))
        return cls(base / "signing")

    def _path(self, kind: str) -> Path:
        if kind not in KINDS:
            raise ValueError(kind)
        return self.folder / f"{kind}.png"

    def image(self, kind: str) -> bytes | None:
        """Return the kept image of ``kind`` ("signature" or "seal"), if any."""
        try:
            return self._path(kind).read_bytes()
        except OSError:
            return None

    def keep_image(self, kind: str, data: bytes) -> Path:
        """Keep ``data`` as this user's image of ``kind`` (a copy: the original may move)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return write_file(self._path(kind), data)
