"""Every Python package under minutes_app/ is listed in pyproject.toml, so the wheel carries it."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "minutes_app").rglob("__init__.py")
    }
    missing = sorted(found - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
