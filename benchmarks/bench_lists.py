"""Benchmark: many attendees to PDF (R1) and many agenda items to DOCX (R2), cost per item.

Both grew with the square of the list before (32,000 attendees: 27 s to PDF; 10,000 agenda
items: 116 s to DOCX). Linear means the cost per item stays flat as the list doubles: the last
column shows it, and the growth of the per-item cost from the smallest to the largest list must
stay under TARGET_GROWTH.
"""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_export import STATE  # noqa: E402

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.model import AgendaItem, Attendee, Meeting  # noqa: E402
from minutes_app.render import render_docx_bytes, render_pdf_bytes  # noqa: E402

ATTENDEES = (1_000, 2_000, 4_000, 8_000, 16_000, 32_000)
AGENDA_ITEMS = (1_000, 2_000, 4_000, 10_000)
TARGET_GROWTH = 1.6  # per-item cost, largest list over smallest (quadratic would be 32× / 10×)


def with_attendees(base: Meeting, n: int) -> Meeting:
    meeting = copy.deepcopy(base)
    meeting.attendees = [
        Attendee(name=f"Nguyễn Văn {i}", position="Chuyên viên", organization="Văn phòng")
        for i in range(n)
    ]
    meeting.votes = []
    return meeting


def with_agenda(base: Meeting, n: int) -> Meeting:
    meeting = copy.deepcopy(base)
    meeting.agenda = [
        AgendaItem(title=f"Nội dung thứ {i + 1}", conclusion="Thống nhất thông qua.")
        for i in range(n)
    ]
    return meeting


def seconds(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def series(
    label: str, sizes: tuple[int, ...], make, render
) -> tuple[list[tuple[str, str, str]], float]:  # type: ignore[no-untyped-def]
    rows = []
    per_item: dict[int, float] = {}
    for n in sizes:
        meeting = make(n)
        s = seconds(lambda m=meeting: render(m))
        per_item[n] = s / n
        rows.append((f"{n:,} {label}", f"{s:.2f} s", f"{per_item[n] * 1e6:.0f} µs/item"))
    return rows, per_item[sizes[-1]] / per_item[sizes[0]]


def main() -> int:
    state = interchange.parse(STATE.read_bytes()).meeting
    render_pdf_bytes(state)  # fonts read, modules warm
    render_docx_bytes(state)
    rows: list[tuple[str, str, str]] = []
    ok = True
    for label, sizes, make, render in (
        ("attendees → PDF", ATTENDEES, lambda n: with_attendees(state, n), render_pdf_bytes),
        ("agenda items → DOCX", AGENDA_ITEMS, lambda n: with_agenda(state, n), render_docx_bytes),
    ):
        found, growth = series(label, sizes, make, render)
        rows += found
        verdict = "OK" if growth <= TARGET_GROWTH else "MISSED"
        ok &= verdict == "OK"
        rows.append(
            (
                f"cost per item, {sizes[-1]:,} vs {sizes[0]:,} {label.split()[0]}",
                f"{growth:.2f}×",
                f"target ≤ {TARGET_GROWTH}× (linear): {verdict}",
            )
        )
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Long lists benchmark (bench_lists.py)")
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
