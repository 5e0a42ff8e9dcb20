"""The desktop user interface: the only package that imports PySide6."""

from minutes_app.ui.refguard import make_singletons_immortal

# PySide6 6.12 on Python 3.11 drops a reference to None on every void call; this must
# run before any widget code does (see refguard.py).  Importing any ui module gets it.
make_singletons_immortal()
