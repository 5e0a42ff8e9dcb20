"""Keep None, True and False alive under PySide6 6.12 on Python 3.11 (a reference-count bug).

PySide6 6.12 returns ``None`` from every void C++ method (``setText``, ``update``,
``setEnabled`` …) without taking a reference, as if ``None`` were immortal, which it is
only from Python 3.12 on (PEP 683).  On Python 3.11 each such call therefore drops one
reference to ``None`` (some paths do the same to ``True``/``False``), and after a few
thousand calls (a minute of typing) the interpreter aborts with "none_dealloc".  This
gives the three singletons a reference count so large that they behave as immortal, the
same state Python 3.12 gives them.  It does nothing on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: a trillion void calls before the count could reach zero.
_BOOST = 1 << 40


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False once; return True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    changed = False
    for obj in (None, True, False):
        if sys.getrefcount(obj) < _BOOST // 2:
            # ob_refcnt is the first field of every CPython 3.11 object (the address is id()).
            ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
            changed = True
    return changed
