"""Modules a command imports through a library but never uses load when first used."""

from __future__ import annotations

import subprocess
import sys

from minutes_app import lazy_imports


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_pillow_loads_only_when_used() -> None:
    out = _run(
        "import sys\n"
        "from minutes_app import lazy_imports\n"
        "print(lazy_imports.defer('PIL.Image'))\n"
        "import reportlab.lib.utils  # imports PIL.Image\n"
        "print('PIL._imaging' in sys.modules)\n"
        "from PIL import Image\n"
        "print(Image.new('RGB', (3, 2)).size, 'PIL._imaging' in sys.modules)\n"
    )
    assert out.splitlines() == ["True", "False", "(3, 2) True"]


def test_a_loaded_or_missing_module_is_left_alone() -> None:
    assert lazy_imports.defer("sys") is False
    assert lazy_imports.defer("minutes_app_no_such_module.part") is False
    assert lazy_imports.defer("no_such_module_here") is False
