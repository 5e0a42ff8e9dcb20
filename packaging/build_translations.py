"""Build the compiled translations (resources/translations/*.qm) from the .ts sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_DIR = REPO / "resources" / "translations"


def build(folder: Path) -> tuple[list[Path], list[Path]]:
    """Compile every ``.ts`` in ``folder`` to the ``.qm`` beside it; return (built, failed)."""
    # The shell's i18n module owns lrelease discovery and the atomic compile.
    from minutes_app.ui.i18n import compile_ts

    built: list[Path] = []
    failed: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        (built if compile_ts(ts, qm) else failed).append(qm)
    return built, failed


def main(argv: list[str] | None = None) -> int:
    """Compile the translations; exit 1 when lrelease is missing or a file does not compile."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: không có thư mục bản dịch / no translations folder", file=sys.stderr)
        return 1
    from minutes_app.ui.i18n import find_lrelease

    if find_lrelease() is None:
        print("pyside6-lrelease: không tìm thấy / not found (pip install PySide6-Essentials)",
              file=sys.stderr)  # fmt: skip
        return 1
    built, failed = build(args.folder)
    for qm in built:
        print(qm)
    for qm in failed:
        print(f"{qm.with_suffix('.ts')}: lrelease thất bại / lrelease failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
