"""Run every benchmarks/bench_*.py in its own interpreter, print their tables; exit 1 on a miss."""

from __future__ import annotations

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
    for script in scripts:
        print(f"== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        if result.returncode != 0:
            print(f"   {script.name}: missed a target or failed (exit {result.returncode})")
            status = 1
        print(flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
