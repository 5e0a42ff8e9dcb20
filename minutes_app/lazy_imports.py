"""Modules loaded when first used rather than when imported, for the command line.

reportlab imports Pillow's ``PIL.Image`` (with its EXIF tables and C extension) whenever it is
imported, for the images it can draw; the minutes draw none, yet loading Pillow was about 4 % of
an ``export --format pdf``. ``defer`` swaps such a module for one that is loaded on first
attribute access, with the standard library's ``importlib.util.LazyLoader``: code that uses it
sees no difference. Python 3.11's lazy loading is not thread-safe, and the window renders on
worker threads, so only the command line (one thread) defers.
"""

from __future__ import annotations

import importlib.util
import sys

#: Imported by libraries we use, used by no command unless it signs with an image stamp.
DEFERRED = ("PIL.Image",)


def defer(name: str) -> bool:
    """Make ``name`` load on first use; return False when it is loaded already or not installed."""
    if name in sys.modules:
        return False
    try:
        spec = importlib.util.find_spec(name)  # imports the parent package, not the module
    except (ImportError, ValueError):
        return False
    if spec is None or spec.loader is None:
        return False
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return True


def defer_all() -> None:
    """Defer every module of ``DEFERRED`` (the command line calls this before a command runs)."""
    for name in DEFERRED:
        defer(name)
