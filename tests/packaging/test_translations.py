"""The .ts catalogues are complete and current, and the build step compiles them to working .qm."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("*.ts"))


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build_translations = _load("build_translations", REPO / "packaging" / "build_translations.py")
backend = sys.modules["minutes_app_build"]  # imported by build_translations from packaging/backend


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    """Return (context, source, comment) of every live message of ``ts``."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def test_there_are_the_english_and_the_qt_catalogues() -> None:
    assert [ts.name for ts in CATALOGUES] == ["minutes_app_en.ts", "qtbase_vi.ts"]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.name)
def test_no_catalogue_has_an_unfinished_entry(ts: Path) -> None:
    total, missing = build_translations.unfinished(ts)
    assert total > 0
    assert missing == [], f"{ts.name}: translate these (Qt Linguist, or by hand) — {missing}"


def test_the_english_catalogue_holds_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    ts = TRANSLATIONS / "minutes_app_en.ts"
    refreshed = tmp_path / ts.name
    shutil.copy(ts, refreshed)
    result = subprocess.run(
        [
            str(backend.qt_tool("lupdate")),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(REPO / "minutes_app"),
            "-ts",
            str(refreshed),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    before, after = _messages(ts), _messages(refreshed)
    assert after - before == set(), (
        "strings in the code missing from the .ts: run make translations"
    )
    assert before - after == set(), (
        "strings in the .ts no longer in the code: run make translations"
    )


def test_the_compiled_catalogues_translate(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    built = backend.compile_folder(TRANSLATIONS, tmp_path)
    assert sorted(qm.name for qm in built) == ["minutes_app_en.qm", "qtbase_vi.qm"]
    english = QTranslator()
    assert english.load(str(tmp_path / "minutes_app_en.qm"))
    assert english.translate("MainWindow", "&Tệp") == "&File"
    qt = QTranslator()
    assert qt.load(str(tmp_path / "qtbase_vi.qm"))
    assert qt.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert qt.translate("QMessageBox", "Show Details...") == "Hiện chi tiết…"


def test_a_broken_catalogue_stops_the_build_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken_en.ts"
    broken.write_text("<TS><context><name>X</name><message><source>a", encoding="utf-8")
    with pytest.raises(backend.TranslationError, match="broken_en.ts"):
        backend.compile_folder(tmp_path)
    assert not (tmp_path / "broken_en.qm").exists(), "no half-written .qm"
    assert [p.name for p in tmp_path.iterdir()] == ["broken_en.ts"], "no temporary file left"


def test_the_source_tree_has_current_compiled_catalogues() -> None:
    # make run / make test build them beside the .ts (the editable install reads them there).
    stale = [
        ts.name
        for ts in CATALOGUES
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    assert stale == [], f"missing or older than the .ts: run make qm (make test does it): {stale}"
