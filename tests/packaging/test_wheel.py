"""A wheel built from a clean checkout is complete (resources, compiled translations) and runs."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 600

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("build") is None,
    reason="the 'build' package is not installed (pip install build; make wheel-check)",
)


def _tracked_files() -> list[str]:
    """Return the files a fresh clone has (git ls-files), or every file when git is missing."""
    if shutil.which("git") and (REPO / ".git").exists():
        result = subprocess.run(
            ["git", "ls-files", "-z", "--cached"],
            cwd=REPO,
            capture_output=True,
            check=True,
        )
        return [name for name in result.stdout.decode("utf-8").split("\0") if name]
    skip = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache"}
    return [
        str(path.relative_to(REPO))
        for path in REPO.rglob("*")
        if path.is_file() and not skip & set(path.relative_to(REPO).parts)
    ]


@pytest.fixture(scope="module")
def source_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the committed source tree, as a fresh clone has it (no .qm, no build/)."""
    root = tmp_path_factory.mktemp("wheel") / "src"
    for name in _tracked_files():
        source = REPO / name
        if not source.is_file():
            continue  # deleted in the work tree but not yet committed
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    assert not list(root.rglob("*.qm")), "compiled translations must not be committed"
    return root


@pytest.fixture(scope="module")
def build_log(source_tree: Path) -> str:
    """Build the sdist and the wheel from it, as `python -m build` does; return its output."""
    out = source_tree.parent / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source_tree)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def wheel(source_tree: Path, build_log: str) -> Path:
    (built,) = (source_tree.parent / "dist").glob("*.whl")
    return built


@pytest.fixture(scope="module")
def sdist_names(source_tree: Path, build_log: str) -> set[str]:
    (built,) = (source_tree.parent / "dist").glob("*.tar.gz")
    with tarfile.open(built) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _expected_resources(source_tree: Path) -> Iterator[str]:
    """Yield the wheel names of the resources: every file, with each .ts replaced by its .qm."""
    resources = source_tree / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            name = path.relative_to(resources).as_posix()
            yield (
                "minutes_app/resources/"
                + name.removesuffix(".ts")
                + (".qm" if path.suffix == ".ts" else "")
            )


def test_wheel_carries_every_resource(source_tree: Path, wheel_names: set[str]) -> None:
    missing = [name for name in _expected_resources(source_tree) if name not in wheel_names]
    assert not missing, f"resources missing from the wheel: {missing}"
    res = "minutes_app/resources/"
    assert res + "fonts/LICENSE-OFL.txt" in wheel_names
    fonts = [n for n in wheel_names if n.startswith(res + "fonts/") and n.endswith(".ttf")]
    assert len(fonts) == 4
    assert {res + "profiles/state.json", res + "profiles/party.json"} <= wheel_names
    assert res + "icons/minutes-app.svg" in wheel_names
    assert res + "icons/hicolor/256x256/apps/vn.minutes_app.MinutesApp.png" in wheel_names
    assert any(n.startswith(res + "templates/") for n in wheel_names)


def test_wheel_carries_compiled_translations_not_their_sources(
    source_tree: Path, wheel_names: set[str], build_log: str
) -> None:
    sources = sorted((source_tree / "resources" / "translations").glob("*.ts"))
    assert {ts.name for ts in sources} >= {"minutes_app_en.ts", "qtbase_vi.ts"}
    translations = {n for n in wheel_names if n.startswith("minutes_app/resources/translations/")}
    assert translations == {f"minutes_app/resources/translations/{ts.stem}.qm" for ts in sources}
    assert "would be ignored" not in build_log, "setuptools warns about resources/ as packages"


def test_sdist_carries_the_build_backend_and_the_translation_sources(sdist_names: set[str]) -> None:
    assert "packaging/backend/minutes_app_build.py" in sdist_names
    assert {"resources/translations/minutes_app_en.ts", "resources/translations/qtbase_vi.ts"} <= (
        sdist_names
    )


def test_wheel_carries_every_file_of_the_package(source_tree: Path, wheel_names: set[str]) -> None:
    package = source_tree / "minutes_app"
    expected = {
        "minutes_app/" + path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    missing = sorted(expected - wheel_names)
    assert not missing, (
        "missing from the wheel (add the package to [tool.setuptools] packages, its data files "
        f"to [tool.setuptools.package-data]): {missing}"
    )


def test_wheel_declares_the_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(name).decode("utf-8")
    assert "minutes-app = minutes_app.__main__:main" in text
    assert "minutes-app-gui = minutes_app.__main__:main" in text


@pytest.fixture(scope="module")
def installed(wheel: Path) -> Path:
    """Install the wheel (without its dependencies) into a folder of its own."""
    site = wheel.parent.parent / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-compile",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return site


def _run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python on the installed wheel plus the dependencies only (no site, no source tree)."""
    deps = sysconfig.get_paths()["purelib"]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    # -S: no site module, so the editable install's .pth/finder is not loaded; the installed
    # wheel comes first on the path and the venv's site-packages only brings the dependencies.
    env["PYTHONPATH"] = os.pathsep.join([str(site), deps])
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-S", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_installed_wheel_runs_from_outside_the_repository(
    installed: Path, seed_path: Path, tmp_path: Path
) -> None:
    where = _run_installed(
        installed,
        tmp_path,
        "-c",
        "import minutes_app, minutes_app.paths as p; print(minutes_app.__file__); "
        "print(p.resources_dir())",
    )
    assert where.returncode == 0, where.stderr
    module_file, resources = where.stdout.splitlines()
    assert Path(module_file).is_relative_to(installed), "imported the source tree, not the wheel"
    assert Path(resources) == installed / "minutes_app" / "resources"

    helped = _run_installed(installed, tmp_path, "-m", "minutes_app", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "import" in helped.stdout and "export" in helped.stdout


def test_installed_wheel_imports_and_exports_the_seed(
    installed: Path, seed_path: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "m.sqlite")
    imported = _run_installed(
        installed, tmp_path, "-m", "minutes_app", "--db", db, "import", str(seed_path)
    )
    assert imported.returncode == 0, imported.stderr
    meeting_id = imported.stdout.split()[-1]
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"seed.{fmt}"
        result = _run_installed(
            installed,
            tmp_path,
            "-m",
            "minutes_app",
            "--db",
            db,
            "export",
            meeting_id,
            "--format",
            fmt,
            "--out",
            str(out),
        )
        assert result.returncode == 0, result.stderr
        data = out.read_bytes()
        assert data.startswith(b"%PDF-" if fmt == "pdf" else b"PK")
    with zipfile.ZipFile(tmp_path / "seed.docx") as docx:
        # A name's units are glued by no-break spaces ("HUYỆN ỦY KIM SƠN" breaks only
        # between its units).
        assert "KIM SƠN" in docx.read("word/document.xml").decode("utf-8").replace("\u00a0", " ")


def test_installed_wheel_speaks_english_and_vietnamese_qt(installed: Path, tmp_path: Path) -> None:
    result = _run_installed(
        installed,
        tmp_path,
        "-c",
        "from PySide6.QtCore import QCoreApplication as A\n"
        "from minutes_app.ui.i18n import install_translators\n"
        "app = A([])\n"
        "en = install_translators(app, 'en')\n"
        "print(A.translate('MainWindow', '&Tệp'))\n"
        "for t in en: app.removeTranslator(t)\n"
        "vi = install_translators(app, 'vi')\n"
        "print(A.translate('QPlatformTheme', 'Cancel'))\n",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["&File", "Hủy"]
