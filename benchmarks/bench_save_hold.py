"""Benchmark: the longest single call into C while the store saves a 1 MB meeting.

While a worker is inside one C call that keeps the interpreter (``json.dumps`` of a whole
meeting, decoding a megabyte, a regular expression over it), the UI thread cannot run a line
of Python, whatever ``sys.setswitchinterval`` says: its stall is at least that call. This
measures those calls in one thread, as thread CPU time (a loaded machine's waits do not
count), for an editor's autosave of a one-key edit of a meeting holding 1 MB of statements:
each call site's longest call in one save, the least of that over 8 saves (a call the OS
happened to interrupt is not counted; one that is long every time is).

SQLite statements are listed apart: the sqlite3 module lets the interpreter go while SQLite
works, so the UI thread runs during them (they cost CPU, not stalls). ``json.dumps`` and
``json.loads`` are timed as a whole (their C encoder and scanner are not builtin functions
the profiler sees), unless given hooks: those call back into Python, where the interpreter can
switch threads (the reader's ``json.loads`` of a stored row is such a call; its cost shows in
bench_autosave.py).

bench_ui_stall.py measures the stall in the real window; this one explains it.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_autosave import seed, with_text  # noqa: E402

from minutes_app.domain.snapshot import copied  # noqa: E402
from minutes_app.store import Database  # noqa: E402

SAVES = 8
GOAL_MS = 16.0

_seen: list[tuple[float, str, str]] = []


def _timed(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    def inner(*args: Any, **kwargs: Any) -> Any:
        if any(key.endswith("_hook") or key.startswith("parse_") for key in kwargs):
            return fn(*args, **kwargs)  # it calls back into Python: the interpreter can switch
        started = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _seen.append(((time.thread_time() - started) * 1000, name, "json"))

    return inner


json.dumps = _timed(json.dumps, "json.dumps")  # type: ignore[assignment]
json.loads = _timed(json.loads, "json.loads")  # type: ignore[assignment]


def c_calls(fn: Callable[[], object]) -> dict[tuple[str, str], float]:
    """Return each C call site's longest call (ms of thread time) while ``fn`` runs.

    A builtin that calls back into Python (``map`` over a Python function) is not counted:
    the interpreter can switch threads inside it.
    """
    stack: list[list[Any]] = []
    longest: dict[tuple[str, str], float] = {}

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "c_call":
            where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
            stack.append([time.thread_time(), getattr(arg, "__qualname__", str(arg)), where, 0])
        elif event in ("c_return", "c_exception") and stack:
            started, name, where, nested = stack.pop()
            if not nested:
                key = (name, where)
                longest[key] = max(longest.get(key, 0.0), (time.thread_time() - started) * 1000)
        elif event == "call":
            for entry in stack:
                entry[3] = 1

    _seen.clear()
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    for ms, name, where in _seen:
        longest[(name, where)] = max(longest.get((name, where), 0.0), ms)
    return longest


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-hold-") as tmp:
        db = Database.open(Path(tmp) / "minutes.sqlite")
        big = with_text(seed(), 1.0)
        record = db.create(big)
        version = record.version
        meeting = copied(big)
        runs: list[dict[tuple[str, str], float]] = []
        for i in range(SAVES + 1):
            meeting = copied(meeting)
            meeting.title = f"{big.title} {i}"
            saved: list[int] = []

            def save(edit: Any = meeting, base: int = version, out: list[int] = saved) -> None:
                out.append(db.update(record.id, edit, expected_version=base).version)

            calls = c_calls(save)
            version = saved[0]
            if i:  # the first save after opening is not an autosave's steady state
                runs.append(calls)
        db.close()
    sites = set().union(*runs)
    figure = {site: min(run.get(site, 0.0) for run in runs) for site in sites}
    ordered = sorted(figure.items(), key=lambda item: -item[1])
    held = [(site, ms) for site, ms in ordered if not site[0].startswith("Connection.")]
    sqlite = [(site, ms) for site, ms in ordered if site[0].startswith("Connection.")]
    rows = [
        (f"{name} @ {where}", f"{ms:.2f} ms", "keeps the interpreter")
        for (name, where), ms in held[:5]
    ]
    rows += [
        (f"{name} @ {where}", f"{ms:.2f} ms", "SQLite: the interpreter is free meanwhile")
        for (name, where), ms in sqlite[:3]
    ]
    worst = held[0][1] if held else 0.0
    width = max(len(r[0]) for r in rows)
    print("Save hold benchmark (bench_save_hold.py): longest C calls of a 1 MB meeting's autosave")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(9)}  {note}")
    verdict = "OK" if worst < GOAL_MS / 4 else "LONG"
    print(f"  {'longest call keeping the interpreter'.ljust(width)}  {worst:6.2f} ms  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
