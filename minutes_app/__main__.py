"""Start the desktop app (``python -m minutes_app``, ``minutes-app-gui``); subcommands go to the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line when given a subcommand, else the desktop app."""
    from minutes_app.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
