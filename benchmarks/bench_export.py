"""Benchmark: seed and 100-page exports to PDF and DOCX, in-process and as whole processes, beside LibreOffice.

The whole-process figure is what a user waits for: ``minutes-app export ID --format pdf`` from
the start of the interpreter to the file written (imports included; a command loads only what
it needs), against ``soffice --convert-to pdf`` of the same meeting's DOCX, in the same run.
Both are warm: LibreOffice's profile exists, our modules are byte-compiled as an installed
wheel's are (into a private cache folder, whatever PYTHONDONTWRITEBYTECODE says), and the font
cache that a user's first export fills exists.
"""

from __future__ import annotations

import copy
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minutes_app.domain import interchange  # noqa: E402
from minutes_app.domain.model import Meeting, Speaker, Statement  # noqa: E402
from minutes_app.render import render_docx_bytes, render_pdf_bytes  # noqa: E402

SEED = REPO.parent / "shared" / "examples" / "seed-meeting.json"
if not SEED.exists():
    SEED = REPO / "tests" / "fixtures" / "seed-meeting.json"
STATE = REPO / "tests" / "fixtures" / "state-meeting.json"

TARGET_SEED_RATIO = 20.0  # our seed PDF at least this many times faster than LibreOffice
TARGET_100_PAGES_S = 1.5
TARGET_PROCESS_RATIO = 5.0  # the whole export process at least this many times faster
PAIRS = 9  # our process and LibreOffice's, run in turn


def median_time(fn: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``runs`` calls of ``fn`` in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def hundred_pages(base: Meeting, target: int = 100) -> Meeting:
    """Return ``base`` grown with realistic statements to about ``target`` printed pages."""
    meeting = copy.deepcopy(base)
    sentence = (
        "Đề nghị các ngành, địa phương quan tâm chuẩn bị đại hội đảng các cấp, ổn định tình hình "
        "cơ sở; đẩy mạnh thông tin, tuyên truyền; tăng cường quản lý đất đai và bảo đảm an ninh "
        "chính trị, trật tự an toàn xã hội trên địa bàn"
    )
    for i in range(560):
        text = f"Ý kiến thứ {i + 1}. " + " ".join([sentence] * (1 + i % 3)) + "."
        if i % 4 == 0:
            text += "\n\n" + sentence + " trong năm tới."
        meeting.agenda[0].statements.append(
            Statement(Speaker(name=f"Nguyễn Văn {chr(65 + i % 26)}{i}", position="Đại biểu"), text)
        )
    return meeting


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_command(docx: bytes, tmp: Path) -> Callable[[], None] | None:
    """Return one ``soffice --convert-to pdf`` of ``docx`` as a function (warm profile)."""
    binary = _soffice()
    if binary is None:
        return None
    source = tmp / "in.docx"
    source.write_bytes(docx)
    env = dict(os.environ, HOME=str(tmp))
    command = [
        binary,
        f"-env:UserInstallation=file://{tmp}/profile",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp),
        str(source),
    ]

    def convert() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=300, env=env)

    convert()  # the first run creates the profile; measure warm runs, as a user would see
    return convert


def libreoffice_seconds(docx: bytes, runs: int) -> float | None:
    """Return the median time of ``soffice --convert-to pdf`` for one DOCX (warm profile)."""
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as tmp:
        convert = libreoffice_command(docx, Path(tmp))
        return None if convert is None else median_time(convert, runs)


def export_process_command(seed: Meeting, tmp: Path) -> Callable[[], None]:
    """Return one ``minutes-app export ID --format pdf`` process as a function (warm)."""
    from minutes_app.store import Database

    db_file = tmp / "minutes.sqlite"
    with Database.open(db_file) as db:
        meeting_id = db.create(seed).id
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env["HOME"] = str(tmp)
    env.pop("XDG_CACHE_HOME", None)
    command = [
        sys.executable,
        "-m",
        "minutes_app",
        "export",
        str(meeting_id),
        "--db",
        str(db_file),
        "--format",
        "pdf",
        "--out",
        str(tmp / "out.pdf"),
    ]

    def export() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=120, env=env, cwd=REPO)

    # The first run byte-compiles the modules, as installing a wheel does, and fills the
    # caches in HOME (fonts, schema), as a user's first export does.
    export()
    return export


def side_by_side(
    ours: Callable[[], None], theirs: Callable[[], None], pairs: int
) -> tuple[float, float, float]:
    """Run the two in turn ``pairs`` times; return each one's median time and the median of
    the pairs' ratios (theirs / ours): a load that comes and goes weighs on both alike."""
    mine: list[float] = []
    other: list[float] = []
    for _ in range(pairs):
        mine.append(median_time(ours, 1))
        other.append(median_time(theirs, 1))
    ratios = [b / a for a, b in zip(mine, other, strict=True)]
    return statistics.median(mine), statistics.median(other), statistics.median(ratios)


def main() -> int:
    seed = interchange.parse(SEED.read_bytes()).meeting
    state = interchange.parse(STATE.read_bytes()).meeting
    render_pdf_bytes(seed)  # warm-up: font registration, module imports
    render_docx_bytes(seed)
    rows: list[tuple[str, str, str]] = []
    seed_pdf = median_time(lambda: render_pdf_bytes(seed), 15)
    seed_docx = median_time(lambda: render_docx_bytes(seed), 15)
    big = hundred_pages(state)
    big_pdf_bytes = render_pdf_bytes(big)
    pages = page_count(big_pdf_bytes)
    big_pdf = median_time(lambda: render_pdf_bytes(big), 3)
    big_docx = median_time(lambda: render_docx_bytes(big), 3)
    rows.append(("seed → PDF (median of 15)", f"{seed_pdf * 1000:.1f} ms", ""))
    rows.append(("seed → DOCX (median of 15)", f"{seed_docx * 1000:.1f} ms", ""))
    ok = True
    verdict = "OK" if big_pdf < TARGET_100_PAGES_S else "MISSED"
    ok &= verdict == "OK"
    rows.append(
        (
            f"{pages}-page meeting → PDF (median of 3)",
            f"{big_pdf:.2f} s",
            f"target < {TARGET_100_PAGES_S} s: {verdict}",
        )
    )
    rows.append((f"{pages}-page meeting → DOCX (median of 3)", f"{big_docx:.2f} s", ""))
    lo_seed = libreoffice_seconds(render_docx_bytes(seed), 3)
    if lo_seed is None:
        rows.append(("LibreOffice", "not installed", "ratios skipped"))
    else:
        ratio = lo_seed / seed_pdf
        verdict = "OK" if ratio >= TARGET_SEED_RATIO else "MISSED"
        ok &= verdict == "OK"
        rows.append(("LibreOffice seed DOCX → PDF (median of 3)", f"{lo_seed * 1000:.0f} ms", ""))
        rows.append(
            (
                "ratio LibreOffice / our seed PDF",
                f"{ratio:.1f}×",
                f"target ≥ {TARGET_SEED_RATIO:.0f}×: {verdict}",
            )
        )
        with tempfile.TemporaryDirectory(prefix="bench-pair-") as tmp:
            ours_dir, lo_dir = Path(tmp) / "ours", Path(tmp) / "lo"
            ours_dir.mkdir()
            lo_dir.mkdir()
            convert = libreoffice_command(render_docx_bytes(seed), lo_dir)
            assert convert is not None
            process, lo_process, ratio = side_by_side(
                export_process_command(seed, ours_dir), convert, PAIRS
            )
        verdict = "OK" if ratio >= TARGET_PROCESS_RATIO else "MISSED"
        ok &= verdict == "OK"
        rows.append(
            (
                f"process: minutes-app export --format pdf, seed (median of {PAIRS})",
                f"{process * 1000:.0f} ms",
                "",
            )
        )
        rows.append(
            (
                f"process: soffice --convert-to pdf, seed DOCX (median of {PAIRS})",
                f"{lo_process * 1000:.0f} ms",
                "",
            )
        )
        rows.append(
            (
                f"ratio LibreOffice / our export process (median of {PAIRS} pairs run in turn)",
                f"{ratio:.1f}×",
                f"target ≥ {TARGET_PROCESS_RATIO:.0f}×: {verdict}",
            )
        )
        lo_big = libreoffice_seconds(render_docx_bytes(big), 1)
        assert lo_big is not None
        rows.append((f"LibreOffice {pages}-page DOCX → PDF", f"{lo_big:.2f} s", ""))
        rows.append((f"ratio LibreOffice / our {pages}-page PDF", f"{lo_big / big_pdf:.1f}×", ""))
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print("Export benchmark (bench_export.py)")
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
