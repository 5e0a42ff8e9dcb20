"""The None-refcount guard runs exactly where PySide6 leaks: a canary tells when an upgrade fixes it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from minutes_app.ui.refguard import LEAKING_VERSIONS, binding_version, guard_needed

CALLS = 1000  # far below the ~5,000 that abort a fresh interpreter on a leaking version

# A fresh interpreter without the guard: how many references to None do 1000 void calls drop?
LEAK_PROBE = textwrap.dedent(
    f"""
    import os, sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        label.setText("x")
    print(before - sys.getrefcount(None), flush=True)
    os._exit(0)  # no interpreter shutdown: on a leaking version it would abort (none_dealloc)
    """
)


def _python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter, offscreen, with a home of its own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_guard_is_on_exactly_where_pyside6_leaks(tmp_path: Path) -> None:
    result = _python(LEAK_PROBE, tmp_path)
    assert result.returncode == 0, result.stderr
    dropped = int(result.stdout.split()[-1])
    leaks = dropped > CALLS // 2
    version = ".".join(map(str, binding_version()))
    if leaks:
        assert guard_needed(), (
            f"PySide6 {version} drops a reference to None per void call ({dropped} in {CALLS}) "
            "but the guard is off: add it to LEAKING_VERSIONS in minutes_app/ui/refguard.py"
        )
    else:
        assert not guard_needed(), (
            f"PySide6 {version} no longer leaks references to None ({dropped} in {CALLS}): "
            "delete minutes_app/ui/refguard.py and its calls (ui/app.py run_app, tests/conftest.py, "
            "tests/ui/editor/kill_typist.py), let editor/session.py merge typing with "
            "QUndoCommand.mergeWith, and widen the PySide6 pins in pyproject.toml"
        )


def test_the_guard_applies_to_cpython_before_3_12_with_a_leaking_binding() -> None:
    (leaking,) = LEAKING_VERSIONS
    assert guard_needed(leaking, (3, 11), "cpython")
    assert not guard_needed(leaking, (3, 12), "cpython"), "None is immortal from 3.12 on"
    assert not guard_needed(leaking, (3, 11), "pypy")
    assert not guard_needed((6, 11), (3, 11), "cpython"), "6.11 and earlier do not leak"


def test_importing_the_ui_package_changes_nothing(tmp_path: Path) -> None:
    result = _python(
        "import sys, minutes_app.ui\n"
        "print(sys.getrefcount(None) < 2**39, 'PySide6' in sys.modules)\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"], "the guard must not be an import side effect"


@pytest.mark.skipif(not guard_needed(), reason="the installed PySide6 does not leak")
def test_run_app_guards_before_the_first_widget(tmp_path: Path) -> None:
    # The real run_app on a fresh database, with the event loop replaced by an immediate return.
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        QApplication.exec = lambda self: 0
        from minutes_app.ui.app import run_app
        code = run_app(Path({str(tmp_path / "m.sqlite")!r}), ["minutes-app"])
        print(code, sys.getrefcount(None) > 2**39)
        """
    )
    result = _python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["0", "True"]


def test_run_app_freezes_what_start_up_made(tmp_path: Path) -> None:
    # Full collections walk every object and hold the interpreter wherever they run (a worker's
    # one froze the window for 30 ms): run_app freezes start-up's objects once the window shows.
    code = textwrap.dedent(
        f"""
        import gc
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        frozen = []
        QApplication.exec = lambda self: frozen.append(gc.get_freeze_count()) or 0
        from minutes_app.ui.app import run_app
        code = run_app(Path({str(tmp_path / "m.sqlite")!r}), ["minutes-app"])
        print(code, frozen[0] > 10000)
        """
    )
    result = _python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["0", "True"]
