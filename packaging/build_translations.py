"""Compile the translations (resources/translations/*.ts -> .qm); with --update, refresh the .ts first.

    python packaging/build_translations.py            compile every .ts beside it (make, bundle)
    python packaging/build_translations.py FILE.ts    compile these files only
    python packaging/build_translations.py --update   lupdate the app's catalogues from the code,
                                                      report unfinished entries, then compile

Only the app's catalogues (``minutes_app_*.ts``) are refreshed from the code; ``qtbase_*.ts``
translate Qt's own dialogs and buttons and are edited by hand. The compile step is the one the
wheel's build backend runs (``packaging/backend/minutes_app_build.py``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging" / "backend"))

from minutes_app_build import TranslationError, compile_folder, compile_ts, qt_tool  # noqa: E402

DEFAULT_DIR = REPO / "resources" / "translations"
SOURCES = REPO / "minutes_app"
APP_CATALOGUE = "minutes_app_*.ts"


def unfinished(ts: Path) -> tuple[int, list[str]]:
    """Return the number of messages in ``ts`` and the sources of those not translated yet."""
    root = ET.parse(ts).getroot()
    total, missing = 0, []
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in {"vanished", "obsolete"}:
            continue
        total += 1
        text = "".join(translation.itertext()) if translation is not None else ""
        if translation is None or kind == "unfinished" or not text.strip():
            missing.append(message.findtext("source") or "")
    return total, missing


def update(folder: Path) -> None:
    """Refresh the app's catalogues in ``folder`` from the code (keeping every translation)."""
    for ts in sorted(folder.glob(APP_CATALOGUE)):
        # No source locations: they would change with every edit of the code and make each
        # branch's .ts conflict with every other's; context and comments identify a message.
        result = subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-extensions",
                "py",
                "-locations",
                "none",
                "-no-obsolete",
                str(SOURCES),
                "-ts",
                str(ts),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise TranslationError(f"{ts}: lupdate thất bại / lupdate failed: {result.stderr}")
        print(result.stdout.strip())


def report(folder: Path) -> int:
    """Print how many messages each catalogue has and which are unfinished; return that count."""
    count = 0
    for ts in sorted(folder.glob("*.ts")):
        total, missing = unfinished(ts)
        count += len(missing)
        print(
            f"{ts.name}: {total} thông điệp, {len(missing)} chưa dịch / "
            f"{total} messages, {len(missing)} unfinished"
        )
        for source in missing:
            print(f"    {source!r}")
    return count


def main(argv: list[str] | None = None) -> int:
    """Compile (and with --update refresh) the translations; exit 1 when a tool or a file fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="FOLDER|FILE.ts",
        help=f"default: {DEFAULT_DIR.relative_to(REPO)}",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="refresh minutes_app_*.ts from the code with lupdate first",
    )
    args = parser.parse_args(argv)
    paths = args.paths or [DEFAULT_DIR]
    try:
        for path in paths:
            if path.is_dir():
                if args.update:
                    update(path)
                    report(path)
                for qm in compile_folder(path):
                    print(qm)
            elif path.suffix == ".ts" and path.is_file():
                compile_ts(path, path.with_suffix(".qm"))
                print(path.with_suffix(".qm"))
            else:
                print(f"{path}: không có bản dịch / no translations here", file=sys.stderr)
                return 1
    except TranslationError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
