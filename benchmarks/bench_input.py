"""Benchmark: validate and import of N attendees for growing N (cost per item), hostile inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "examples" / "seed-meeting.json"
if not SEED.exists():
    SEED = REPO / "tests" / "fixtures" / "seed-meeting.json"

SIZES = (1_000, 10_000, 100_000)
TARGET_GROWTH = 2.0  # cost per attendee at 100,000 vs 1,000
TARGET_HOSTILE_S = 5.0  # a refused hostile file is refused quickly
TARGET_HOSTILE_MB = 400

# Runs in a fresh interpreter: the time and the peak memory of one validate or import.
CHILD = r"""
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from minutes_app.domain import interchange
from minutes_app.domain.errors import InterchangeError
data = Path(sys.argv[2]).read_bytes()
db = None
if sys.argv[1] == "import":  # the database exists already: time the import, not the schema
    from minutes_app.store import Database
    db = Database.open(Path(sys.argv[4]))
start = time.perf_counter()
try:
    result = interchange.parse(data, "bench.json")
    if db is not None:
        db.create(result.meeting)
except InterchangeError as exc:
    pass
seconds = time.perf_counter() - start
if db is not None:
    db.close()
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def attendees_file(folder: Path, count: int) -> Path:
    """Write the seed with ``count`` named attendees (a realistic row each)."""
    data = json.loads(SEED.read_text(encoding="utf-8"))
    data["attendees"] = [
        {
            "name": f"Nguyễn Văn {chr(65 + i % 26)}{i}",
            "position": "Bí thư Đảng ủy xã",
            "role": "member",
            "attendance": "present",
        }
        for i in range(count)
    ]
    path = folder / f"attendees-{count}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def measure(command: str, path: Path, folder: Path) -> tuple[float, float]:
    """Return seconds and peak MB of one validate or import of ``path`` in a fresh process."""
    db = folder / f"bench-{path.stem}.sqlite"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, command, str(path), str(REPO), str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss_kb = done.stdout.split()
    return float(seconds), int(rss_kb) / 1024


def cli_lines(args: list[str], folder: Path) -> tuple[float, int]:
    """Return the wall time and the number of output lines of one command-line run."""
    import time

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--db", str(folder / "cli.sqlite"), *args],
        capture_output=True,
        text=True,
        env=env,
    )
    return time.perf_counter() - start, len((done.stdout + done.stderr).splitlines())


def main() -> int:
    rows: list[tuple[str, str, str]] = []
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-input-") as name:
        folder = Path(name)
        per_item: dict[str, dict[int, float]] = {"validate": {}, "import": {}}
        for count in SIZES:
            path = attendees_file(folder, count)
            size_mb = path.stat().st_size / 1e6
            for command in ("validate", "import"):
                seconds, peak = measure(command, path, folder)
                per_item[command][count] = seconds / count
                rows.append(
                    (
                        f"{command} {count:,} attendees ({size_mb:.1f} MB)",
                        f"{seconds:.2f} s",
                        f"{seconds / count * 1e6:.0f} µs/attendee, peak {peak:.0f} MB",
                    )
                )
        for command, costs in per_item.items():
            growth = costs[SIZES[-1]] / costs[SIZES[0]]
            verdict = "OK" if growth <= TARGET_GROWTH else "MISSED"
            ok &= verdict == "OK"
            rows.append(
                (
                    f"{command} cost per attendee, {SIZES[-1]:,} vs {SIZES[0]:,}",
                    f"{growth:.2f}×",
                    f"target ≤ {TARGET_GROWTH}×: {verdict}",
                )
            )
        # The review's hostile inputs: 18 MB of empty attendee objects, 2 million recipients.
        empty = folder / "empty-attendees.json"
        empty.write_text('{"attendees": [' + ",".join(["{}"] * 4_500_000) + "]}")
        seconds, peak = measure("validate", empty, folder)
        verdict = "OK" if seconds <= TARGET_HOSTILE_S and peak <= TARGET_HOSTILE_MB else "MISSED"
        ok &= verdict == "OK"
        rows.append(
            (
                f"validate 4.5 M empty attendees ({empty.stat().st_size / 1e6:.0f} MB)",
                f"{seconds:.2f} s",
                f"peak {peak:.0f} MB (was 62 s, 3 GB) {verdict}",
            )
        )
        data = json.loads(SEED.read_text(encoding="utf-8"))
        data["recipients"] = [""] * 2_000_000
        recipients = folder / "recipients.json"
        recipients.write_text(json.dumps(data))
        seconds, lines = cli_lines(["import", str(recipients)], folder)
        verdict = "OK" if lines < 50 else "MISSED"
        ok &= verdict == "OK"
        rows.append(
            (
                "import 2 M empty recipients (CLI)",
                f"{seconds:.2f} s",
                f"{lines} output lines (was 2,000,001) {verdict}",
            )
        )
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Input benchmark (bench_input.py)")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
