"""Run every benchmarks/bench_*.py in its own interpreter, print their tables; exit 1 on a miss."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run the benchmarks one after another (the machine is small: never in parallel)."""
    status = 0
    scripts = sorted(HERE.glob("bench_*.py"))
    if not scripts:
        print("no benchmarks found")
        return 0
    rows: list[tuple[str, str, str, str]] = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        result = subprocess.run(
            [sys.executable, str(script)], cwd=HERE.parent, stdout=subprocess.PIPE, text=True
        )
        for line in result.stdout.splitlines():
            print(line, flush=True)
            # Each script prints its table as "  label  value  note" (two or more spaces apart).
            if line.startswith("  ") and not line.startswith("  ("):
                cells = re.split(r"\s{2,}", line.strip(), maxsplit=2)
                if len(cells) >= 2:
                    rows.append((script.stem.removeprefix("bench_"), *cells, "")[:4])
        if result.returncode != 0:
            print(f"   {script.name}: missed a target or failed (exit {result.returncode})")
            status = 1
        print(flush=True)
    print_table(rows)
    return status


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    """Print every benchmark's figures as one table."""
    if not rows:
        return
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    print("== all figures")
    for group, label, value, note in rows:
        print(
            f"{group.ljust(widths[0])}  {label.ljust(widths[1])}  {value.rjust(widths[2])}  "
            f"{note}".rstrip()
        )


if __name__ == "__main__":
    sys.exit(main())
