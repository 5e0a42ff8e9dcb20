"""Benchmark: one very long statement (a pasted transcript) to PDF and DOCX, cost per page."""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_export import STATE  # noqa: E402
from bench_scaling import SENTENCE, pages_of  # noqa: E402

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.model import Meeting, Speaker, Statement  # noqa: E402
from minutes_app.render import load_profile, render_docx_bytes  # noqa: E402
from minutes_app.render.builder import build  # noqa: E402
from minutes_app.render.pdf_writer import render_pdf  # noqa: E402

# PDF cost per page of a ~200-page statement vs. a ~40-page one. Quadratic (reportlab's own
# paragraphs, which re-broke the rest of a paragraph at every page) would be ~5x; the writer's
# own text flowable breaks the paragraph once, linearly, and splits its lines at page breaks.
TARGET_GROWTH = 2.5


def with_statement(base: Meeting, text: str) -> Meeting:
    meeting = copy.deepcopy(base)
    meeting.agenda[0].statements.append(Statement(Speaker("Nguyễn Văn An", "Đại biểu"), text))
    return meeting


def words(n: int) -> str:
    pool = SENTENCE.split()
    return " ".join((pool * (n // len(pool) + 1))[:n])


def megabyte() -> str:
    """The reliability suite's 1 MB statement: markup, emoji and combining marks included."""
    pieces = ["Đồng", "chí", "<b>", "&amp;", "kết", "luận", "😀", "e\u0301"]
    big = " ".join(pieces[i % len(pieces)] + str(i % 97) for i in range(120_000))
    pad = " thêm"
    return big + pad * max(0, -(-(1_000_000 - len(big.encode())) // len(pad.encode())))


def seconds(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    state = interchange.parse(STATE.read_bytes()).meeting
    profile = load_profile("state")
    render_pdf(build(state, profile))  # fonts registered, modules warm
    rows: list[tuple[str, str, str]] = []
    per_page: dict[int, float] = {}
    ok = True
    for n in (10_000, 30_000, 160_000):
        doc = build(with_statement(state, words(n)), profile)
        start = time.perf_counter()
        pdf = render_pdf(doc)
        new_s = time.perf_counter() - start
        pages = pages_of(pdf)
        per_page[n] = new_s / pages
        note = f"{new_s / pages * 1000:.1f} ms/page"
        rows.append((f"one {n}-word statement ({pages} pages) → PDF", f"{new_s:.2f} s", note))
    growth = per_page[160_000] / per_page[30_000]
    verdict = "OK" if growth <= TARGET_GROWTH else "MISSED"
    ok &= verdict == "OK"
    rows.append(
        (
            "PDF cost per page, 160,000 vs 30,000 words",
            f"{growth:.2f}×",
            f"target ≤ {TARGET_GROWTH}×: {verdict}",
        )
    )
    big = with_statement(state, megabyte())
    doc = build(big, profile)
    start = time.perf_counter()
    pdf = render_pdf(doc)
    pdf_s = time.perf_counter() - start
    pages = pages_of(pdf)
    rows.append(
        (
            f"1 MB statement ({pages} pages) → PDF",
            f"{pdf_s:.2f} s",
            f"{pdf_s / pages * 1000:.1f} ms/page",
        )
    )
    docx_s = seconds(lambda: render_docx_bytes(big))
    size = len(render_docx_bytes(big))
    rows.append(("1 MB statement → DOCX", f"{docx_s:.2f} s", f"{size / 1e6:.2f} MB file"))
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Long paragraph benchmark (bench_long_paragraph.py)")
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
