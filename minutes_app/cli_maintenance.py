"""Command-line subcommands of the maintenance group (registered by minutes_app.cli.build_parser)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the minutes-app parser."""
