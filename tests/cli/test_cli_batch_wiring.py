"""`minutes-app export --all` reaches the batch exporter; a lone `export` asks for an ID."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_export_all_writes_sortable_files(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "m.sqlite")
    assert (
        _run("--db", db, "import", str(seed_path), str(FIXTURES / "state-meeting.json")).returncode
        == 0
    )
    out = tmp_path / "out"
    result = _run("--db", db, "export", "--all", "--format", "pdf", "--out-dir", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2
    assert names[0].startswith("2020-02-25_BB-HU_") and names[1].startswith(
        "2020-03-06_BB-UBND_07_"
    )
    assert "BIÊN BẢN" in PdfReader(out / names[1]).pages[0].extract_text()


def test_export_without_id_or_all_is_a_usage_error(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "m.sqlite"), "export", "--format", "pdf")
    assert result.returncode == 2
    assert "--all" in result.stderr
    assert "Traceback" not in result.stderr
