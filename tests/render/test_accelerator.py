"""reportlab's C accelerator (``reportlab[accel]``) is installed, and changes no byte of a PDF."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from minutes_app.domain.model import Meeting
from minutes_app.render import render_pdf_bytes

RENDER_SEED = """
import hashlib, sys
from pathlib import Path
if sys.argv[1] == "python":
    sys.modules["_rl_accel"] = None  # as reportlab's own tests do: its pure-Python fallbacks
from minutes_app.domain import interchange
from minutes_app.render import render_pdf_bytes
from reportlab.lib import rl_accel
seed = interchange.parse(Path(sys.argv[2]).read_bytes()).meeting
print(rl_accel.fp_str.__module__, hashlib.sha256(render_pdf_bytes(seed)).hexdigest())
"""


def test_reportlab_uses_its_c_accelerator() -> None:
    from reportlab.lib import rl_accel  # type: ignore[import-untyped]

    # pyproject.toml asks for reportlab[accel]: without it the same bytes take longer.
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.escapePDF.__module__ == "_rl_accel"


def test_the_accelerator_gives_the_bytes_of_reportlabs_python_fallbacks(
    seed_path: Path, seed_meeting: Meeting
) -> None:
    results = {}
    for mode in ("python", "accel"):
        done = subprocess.run(
            [sys.executable, "-c", RENDER_SEED, mode, str(seed_path)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[mode] = done.stdout.split()
    assert results["python"][0] != "_rl_accel" and results["accel"][0] == "_rl_accel"
    in_process = hashlib.sha256(render_pdf_bytes(seed_meeting)).hexdigest()
    assert results["python"][1] == results["accel"][1] == in_process
