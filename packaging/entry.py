"""Entry script of the PyInstaller bundle: the same main() as ``python -m minutes_app``."""

from __future__ import annotations

import sys

from minutes_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
