"""Locate bundled resources (fonts, profiles, icons, translations) in every way the app runs."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def resources_dir() -> Path:
    """Return the folder holding fonts/, profiles/, icons/, templates/ and translations/ (found
    once per process: where the program runs from does not change)."""
    candidates = [
        # A source checkout: resources/ beside the package.
        _PACKAGE_DIR.parent / "resources",
        # An installed wheel: the resources travel inside the package.
        _PACKAGE_DIR / "resources",
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "minutes_app" / "resources")
    for candidate in candidates:
        if (candidate / "profiles").is_dir():
            return candidate
    raise FileNotFoundError(
        "Không tìm thấy thư mục tài nguyên (resources) của ứng dụng / "
        "the application's resources folder is missing: " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    """Return the path of one bundled resource file."""
    return resources_dir().joinpath(*parts)
