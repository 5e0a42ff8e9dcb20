"""Benchmark: 10, 100 and 300-page meetings to PDF and DOCX: time per page, growth, LibreOffice."""

from __future__ import annotations

import copy
import io
import shutil
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_export import STATE, libreoffice_seconds  # noqa: E402

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.model import Meeting, Speaker, Statement  # noqa: E402
from minutes_app.render import render_docx_bytes, render_pdf_bytes  # noqa: E402

TARGET_300_S = 3.0
TARGET_GROWTH = 1.5
SENTENCE = (
    "Đề nghị các ngành, địa phương quan tâm chuẩn bị đại hội đảng các cấp, ổn định tình hình "
    "cơ sở; đẩy mạnh thông tin, tuyên truyền; tăng cường quản lý đất đai và bảo đảm an ninh "
    "chính trị, trật tự an toàn xã hội trên địa bàn"
)


def grown(base: Meeting, statements: int) -> Meeting:
    """Return ``base`` with ``statements`` realistic statements added (about 5.6 per page)."""
    meeting = copy.deepcopy(base)
    for i in range(statements):
        text = f"Ý kiến thứ {i + 1}. " + " ".join([SENTENCE] * (1 + i % 3)) + "."
        if i % 4 == 0:
            text += "\n\n" + SENTENCE + " trong năm tới."
        meeting.agenda[0].statements.append(
            Statement(Speaker(name=f"Nguyễn Văn {chr(65 + i % 26)}{i}", position="Đại biểu"), text)
        )
    return meeting


def one_long_statement(base: Meeting, words: int) -> Meeting:
    meeting = copy.deepcopy(base)
    body = " ".join((SENTENCE.split() * (words // 40 + 1))[:words])
    meeting.agenda[0].statements.append(Statement(Speaker("Nguyễn Văn An", "Đại biểu"), body))
    return meeting


def pages_of(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def timed(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sized(base: Meeting, pages: int) -> Meeting:
    """Return a meeting of about ``pages`` pages (calibrated on the real PDF)."""
    n = max(1, int(pages * 5.6))
    meeting = grown(base, n)
    got = pages_of(render_pdf_bytes(meeting))
    if abs(got - pages) > pages * 0.05:
        meeting = grown(base, max(1, int(n * pages / got)))
    return meeting


def main() -> int:
    state = interchange.parse(STATE.read_bytes()).meeting
    render_pdf_bytes(state)
    render_docx_bytes(state)
    rows: list[tuple[str, str, str]] = []
    per_page: dict[str, dict[int, float]] = {"PDF": {}, "DOCX": {}}
    totals: dict[int, float] = {}
    docx_of: dict[int, bytes] = {}
    ok = True
    for target in (10, 100, 300):
        meeting = sized(state, target)
        pages = pages_of(render_pdf_bytes(meeting))
        runs = 3 if target < 300 else 2
        pdf_s = timed(lambda m=meeting: render_pdf_bytes(m), runs)
        docx_s = timed(lambda m=meeting: render_docx_bytes(m), runs)
        docx_of[target] = render_docx_bytes(meeting)
        per_page["PDF"][target] = pdf_s / pages
        per_page["DOCX"][target] = docx_s / pages
        totals[target] = pdf_s
        note = ""
        if target == 300:
            verdict = "OK" if pdf_s <= TARGET_300_S else "MISSED"
            ok &= verdict == "OK"
            note = f"target ≤ {TARGET_300_S:.0f} s: {verdict}"
        rows.append(
            (
                f"{pages}-page meeting → PDF",
                f"{pdf_s:.2f} s",
                f"{pdf_s / pages * 1000:.1f} ms/page {note}".strip(),
            )
        )
        rows.append(
            (
                f"{pages}-page meeting → DOCX",
                f"{docx_s:.2f} s",
                f"{docx_s / pages * 1000:.1f} ms/page",
            )
        )
    for fmt in ("PDF", "DOCX"):
        growth = per_page[fmt][300] / per_page[fmt][10]
        verdict = "OK" if growth <= TARGET_GROWTH else "MISSED"
        ok &= verdict == "OK"
        rows.append(
            (
                f"{fmt} cost per page, 300 vs 10 pages",
                f"{growth:.2f}×",
                f"target ≤ {TARGET_GROWTH}×: {verdict}",
            )
        )
    # One paragraph spanning many pages: reportlab re-wraps the rest at every page split.
    for words in (2500, 10000):
        long_meeting = one_long_statement(state, words)
        pdf = render_pdf_bytes(long_meeting)
        seconds = timed(lambda m=long_meeting: render_pdf_bytes(m), 1)
        pages = pages_of(pdf)
        rows.append(
            (
                f"one {words}-word statement ({pages} pages) → PDF",
                f"{seconds:.2f} s",
                f"{seconds / pages * 1000:.0f} ms/page",
            )
        )
    if shutil.which("soffice") or shutil.which("libreoffice"):
        for target in (10, 300):
            lo = libreoffice_seconds(docx_of[target], 1)
            assert lo is not None
            rows.append(
                (
                    f"LibreOffice {target}-page DOCX → PDF",
                    f"{lo:.2f} s",
                    f"{lo / totals[target]:.1f}× our PDF",
                )
            )
    else:
        rows.append(("LibreOffice", "not installed", "ratios skipped"))
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Scaling benchmark (bench_scaling.py)")
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
