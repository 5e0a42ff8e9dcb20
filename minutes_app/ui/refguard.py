"""Keep None, True and False alive under PySide6 6.12 on Python 3.11 (a reference-count bug).

PySide6 6.12 returns ``None`` from every void C++ method (``setText``, ``update``,
``setEnabled`` …) without taking a reference, as if ``None`` were immortal, which it is
only from Python 3.12 on (PEP 683).  On Python 3.11 each such call therefore drops one
reference to ``None`` (some paths do the same to ``True``/``False``), and after a few
thousand calls (a minute of typing) the interpreter aborts with "none_dealloc".  6.11 and
earlier do not leak (design review 2026-11, §4).

``make_singletons_immortal`` gives the three singletons a reference count so large that
they behave as immortal, the state Python 3.12 gives them.  ``run_app`` and the tests'
conftest call it once, before any widget exists.  It acts only where the leak is known:
CPython before 3.12 with shiboken6 in ``LEAKING_VERSIONS``.  ``tests/ui/test_refguard.py``
measures the leak on the installed version and fails when the guard and the measurement
disagree, so a release that fixes the leak gets this module (and the hand-made undo merging
in ``editor/session.py``) deleted instead of kept by habit.
"""

from __future__ import annotations

import ctypes
import sys

import shiboken6

# (major, minor) of the shiboken6/PySide6 releases that drop references to None.
LEAKING_VERSIONS = frozenset({(6, 12)})

# 2**40 references: a trillion void calls before the count could reach zero.
_BOOST = 1 << 40


def binding_version() -> tuple[int, int]:
    """Return the (major, minor) version of the installed shiboken6 (the same as PySide6's)."""
    major, minor = shiboken6.__version_info__[:2]
    return int(major), int(minor)


def guard_needed(
    version: tuple[int, int] | None = None,
    python: tuple[int, int] | None = None,
    implementation: str | None = None,
) -> bool:
    """Return True where the leak is known: CPython < 3.12 with a leaking PySide6."""
    version = binding_version() if version is None else version
    python = (sys.version_info.major, sys.version_info.minor) if python is None else python
    implementation = sys.implementation.name if implementation is None else implementation
    return implementation == "cpython" and python < (3, 12) and version in LEAKING_VERSIONS


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False once if needed; return True if it did."""
    if not guard_needed():
        return False
    changed = False
    for obj in (None, True, False):
        if sys.getrefcount(obj) < _BOOST // 2:
            # ob_refcnt is the first field of every CPython 3.11 object (the address is id()).
            ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
            changed = True
    return changed
