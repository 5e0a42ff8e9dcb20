"""Domain, store, render and the command line must load without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "minutes_app.domain",
        "minutes_app.store",
        "minutes_app.render",
        "minutes_app.services.export",
        "minutes_app.services.batch",
        "minutes_app.cli",
    ],
)
def test_module_imports_no_qt(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(','.join(qt))\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{module} loaded Qt: {result.stdout} {result.stderr}"


def test_domain_imports_only_stdlib() -> None:
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import minutes_app.domain, minutes_app.domain.interchange, minutes_app.domain.text\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "third = sorted(n for n in new if n != 'minutes_app' and n not in sys.stdlib_module_names)\n"
        "print(third); sys.exit(1 if third else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
