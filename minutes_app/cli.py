"""The command line over store and render (no Qt): import, export, list, search, validate."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; with no subcommand, start the desktop app."""
    raise SystemExit("not implemented yet")


if __name__ == "__main__":
    sys.exit(main())
