"""Interface languages: Vietnamese source strings, English from Qt translation files (.ts → .qm)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
CATALOG = "minutes_app"


def language_names() -> dict[str, str]:
    """Return each language's name in that language (menus show them untranslated)."""
    return {"vi": "Tiếng Việt", "en": "English"}


def choose_language(setting: str, system_locale: str) -> str:
    """Return the language: the user's choice, else English on English systems, else Vietnamese."""
    if setting in LANGUAGES:
        return setting
    return "en" if system_locale.lower().startswith("en") else SOURCE_LANGUAGE


def system_locale_name() -> str:
    """Return the system's UI language as ``ll_CC`` (``vi_VN``, ``en_US``)."""
    languages = QLocale.system().uiLanguages()
    return (languages[0] if languages else QLocale.system().name()).replace("-", "_")


def translations_dir() -> Path:
    """Return the bundled folder of ``.ts`` (and, once built, ``.qm``) files."""
    from minutes_app.paths import resource

    return resource("translations")


def cache_dir() -> Path:
    """Return the per-user folder where ``.qm`` files are built when the bundle is read-only."""
    import platformdirs

    from minutes_app import appinfo

    return (
        Path(platformdirs.user_cache_dir(appinfo.APP_NAME, appinfo.ORGANIZATION)) / "translations"
    )


def find_lrelease() -> list[str] | None:
    """Return the command of PySide6's ``lrelease`` (the venv's script or the bundled binary)."""
    exe_dir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = exe_dir / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    try:
        import PySide6

        base = Path(PySide6.__file__).parent
        for candidate in (
            base / "lrelease",
            base / "lrelease.exe",
            base / "Qt" / "bin" / "lrelease",
        ):
            if candidate.exists():
                return [str(candidate)]
    except ImportError:  # pragma: no cover - PySide6 is always there in the UI
        pass
    return None


def compile_ts(ts_path: Path, qm_path: Path) -> bool:
    """Build ``qm_path`` from ``ts_path`` with lrelease (atomically); return True on success."""
    command = find_lrelease()
    if command is None:
        log.warning("pyside6-lrelease not found; cannot build %s", qm_path)
        return False
    try:
        qm_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=qm_path.name + ".", suffix=".tmp", dir=qm_path.parent)
        os.close(fd)
    except OSError as exc:
        log.warning("cannot write %s: %s", qm_path, exc)
        return False
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts_path), "-qm", tmp],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0 or not Path(tmp).stat().st_size:
            log.warning("lrelease failed for %s: %s", ts_path, result.stderr.strip())
            return False
        os.replace(tmp, qm_path)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", ts_path, exc)
        return False
    finally:
        Path(tmp).unlink(missing_ok=True)


def _fresh(qm: Path, ts: Path) -> bool:
    try:
        return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)
    except OSError:
        return False


def qm_file(language: str, folder: Path | None = None, cache: Path | None = None) -> Path | None:
    """Return an up-to-date ``.qm`` for ``language``, built from the ``.ts`` if missing or old.

    The ``.qm`` goes next to the ``.ts`` when that folder is writable (a source checkout, where
    ``make translations`` would build it too), else into the per-user cache.
    """
    try:
        folder = translations_dir() if folder is None else folder
    except FileNotFoundError:
        return None
    ts = folder / f"{CATALOG}_{language}.ts"
    beside = folder / f"{CATALOG}_{language}.qm"
    cached = (cache_dir() if cache is None else cache) / f"{CATALOG}_{language}.qm"
    for qm in (beside, cached):
        if _fresh(qm, ts):
            return qm
    if not ts.exists():
        return beside if beside.exists() else (cached if cached.exists() else None)
    for qm in (beside, cached):
        if compile_ts(ts, qm):
            return qm
    return None


def install_translators(
    app: QCoreApplication, language: str, folder: Path | None = None, cache: Path | None = None
) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``language``; call before building widgets."""
    installed: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        return installed  # the source strings are Vietnamese
    qm = qm_file(language, folder, cache)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("could not load translation %s", qm)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir) and app.installTranslator(qt_translator):
        installed.append(qt_translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators installed by ``install_translators`` (tests, language switch)."""
    for translator in translators:
        app.removeTranslator(translator)
