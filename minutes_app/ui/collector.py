"""When the window's garbage collections run, and what they walk.

A full collection walks every object the process holds and keeps the interpreter meanwhile, in
whichever thread allocates at that moment: on a worker saving a 1 MB meeting, it froze the
window for 10-30 ms (``benchmarks/bench_ui_stall.py``). So what start-up made, and then what
opening a meeting makes (its tree of objects, the editor's widgets), is collected once and
frozen: later collections walk only what was made since. Closing a meeting unfreezes, so that
what it leaves is collected, and settles again a moment later.

``run_app`` turns this on; the tests, which open hundreds of windows in one process, do not.
(The other half of sharing the interpreter, a short switch interval, is ``TaskRunner``'s.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

#: After closing a meeting, when to collect what it left (its widgets are deleted by then).
SETTLE_AFTER_CLOSE_MS = 1000

_managed = False


def manage() -> None:
    """Collect and freeze now (start-up is done), and again whenever a meeting opens."""
    global _managed
    _managed = True
    settle()


def settle() -> None:
    """Collect once, then freeze every object alive: no later collection walks them again."""
    gc.collect()
    gc.freeze()


def meeting_opened() -> None:
    """Freeze what opening a meeting made (when collections are managed)."""
    if _managed:
        settle()


def meeting_closed() -> None:
    """Let what a closed meeting leaves be collected, then settle again a moment later."""
    if _managed:
        gc.unfreeze()
        QTimer.singleShot(SETTLE_AFTER_CLOSE_MS, settle)
