"""The program's entry (``minutes-app``, ``minutes-app-gui``, ``python -m minutes_app``): CLI or window."""

from __future__ import annotations

import atexit
import gc
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line when given a subcommand, else open the desktop app."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--render-worker"]:  # render.process.WORKER_FLAG: the window's PDF renders
        from minutes_app.render.process import serve

        return serve()
    # Start-up only makes objects that live as long as the process (modules, classes, the
    # parser): collecting while they are made finds nothing, so nothing is collected meanwhile,
    # and they are frozen after, so that no later collection walks them again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # Only the entry point knows both: the command line never imports the window (Qt), and
        # the window is loaded only when asked for, so subcommands start fast without a display.
        from minutes_app import cli

        args = cli.parse_arguments(arguments)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    if isinstance(args, int):
        return args  # --help, --version or a usage error: already answered
    if args.command is not None:
        # Nor does the last collection at exit, over every module's objects, find anything a
        # command leaves: skip it (about 4 % of a PDF export's work).
        atexit.register(gc.freeze)
        from minutes_app.lazy_imports import defer_all

        defer_all()  # what libraries import and a command rarely uses loads when used
        return cli.run(args)
    from minutes_app.store import is_office

    if is_office(args.db):
        return open_window(str(args.db))  # the office database: a URI, not a path
    return open_window(Path(args.db).expanduser() if args.db else None)


def open_window(db: Path | str | None) -> int:
    """Start the desktop app on ``db`` (the default database when None); return its exit status."""
    try:
        from minutes_app.ui.app import run_app
    except ImportError as exc:
        print(
            f"không khởi động được ứng dụng giao diện ({exc}); dùng một lệnh con, xem --help / "
            "cannot start the desktop app; use a subcommand, see --help",
            file=sys.stderr,
        )
        return 1
    from minutes_app import appinfo

    return run_app(db, [sys.argv[0] if sys.argv and sys.argv[0] else appinfo.APP_NAME])


if __name__ == "__main__":
    sys.exit(main())
