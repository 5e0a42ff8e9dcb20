"""Build backend of minutes-app: setuptools, plus the translations compiled (.ts -> .qm) into the wheel.

pyproject.toml names this module as the in-tree PEP 517 backend (``backend-path``) and its
``build_py`` as setuptools' ``build_py`` command, so ``pip wheel .`` and ``python -m build``
from a clean checkout give a wheel with every ``.qm``: they are compiled by PySide6's
``lrelease``, which ``[build-system] requires`` brings into the build environment.
An editable install (``pip install -e .``) reads the resources from the source tree, so
there the ``.qm`` are built beside the ``.ts`` by ``make`` (``packaging/build_translations.py``).

The same functions serve ``packaging/build_translations.py`` (``make translations``), so the
wheel, the editable install and the PyInstaller bundle compile translations in one way.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import tempfile
from pathlib import Path

from setuptools.build_meta import (  # noqa: F401 - re-exported: these are the PEP 517 hooks
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    get_requires_for_build_wheel,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py as _setuptools_build_py

# The package whose folder holds translations/ (mapped to the top-level resources/).
RESOURCES_PACKAGE = "minutes_app.resources"
TIMEOUT = 300


class TranslationError(RuntimeError):
    """A Qt translation tool is missing or a .ts file did not compile."""


def qt_tool(name: str) -> Path:
    """Return the path of PySide6's ``lrelease`` or ``lupdate`` (without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        for candidate in (Path(folder) / f"{name}.exe", Path(folder) / name):
            if candidate.is_file():
                return candidate
    raise TranslationError(
        f"{name}: không tìm thấy công cụ dịch của PySide6 / PySide6's {name} not found "
        "(pip install PySide6-Essentials)"
    )


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` with lrelease, atomically; raise TranslationError on failure."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=qm.name + ".", suffix=".tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(tmp)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if result.returncode != 0 or tmp.stat().st_size == 0:
            detail = (result.stderr or result.stdout).strip()
            raise TranslationError(f"{ts}: lrelease thất bại / lrelease failed: {detail}")
        tmp.chmod(0o644)  # mkstemp makes it private; installed files are read by every user
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)


def compile_folder(source: Path, target: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``source`` to ``target`` (default: beside it); return the .qm files."""
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = (target or source) / f"{ts.stem}.qm"
        compile_ts(ts, qm)
        built.append(qm)
    return built


class build_py(_setuptools_build_py):  # noqa: N801 - setuptools' command names are lower case
    """setuptools' build_py, plus the compiled translations in ``minutes_app/resources/translations``."""

    def _translation_folders(self) -> tuple[Path, Path]:
        source = Path(self.get_package_dir(RESOURCES_PACKAGE)) / "translations"
        target = Path(self.build_lib, *RESOURCES_PACKAGE.split("."), "translations")
        return source, target

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # the editable install reads resources/ in place, where make builds the .qm
        source, target = self._translation_folders()
        for qm in compile_folder(source, target):
            print(f"compiled {qm}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            source, target = self._translation_folders()
            outputs += [str(target / f"{ts.stem}.qm") for ts in sorted(source.glob("*.ts"))]
        return outputs
