"""The domain loads only the standard library (import-linter, `make lint`, checks the other layers)."""

from __future__ import annotations

import subprocess
import sys


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


def test_the_store_loads_neither_render_nor_services() -> None:
    code = (
        "import sys, minutes_app.store, minutes_app.store.backup\n"
        "up = sorted(m for m in sys.modules if m.startswith(('minutes_app.render', "
        "'minutes_app.services', 'minutes_app.ui', 'reportlab', 'docx')))\n"
        "print(up); sys.exit(1 if up else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
