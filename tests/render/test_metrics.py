"""Font metrics read from the TTF files without reportlab: exact widths and the word processors'."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.render import load_profile
from minutes_app.render.metrics import UNITS_PER_TWIP, font_metrics, single_line_height
from minutes_app.render.units import Pt

REPO = Path(__file__).resolve().parents[2]
# The text width of an A4 page with 30/15 mm margins as the DOCX states it (twips).
TEXT_TWIPS = 11906 - 1701 - 850

# Lines of 14 pt Liberation Serif whose exact width fits that text width, and what LibreOffice
# 7.4 did with them (probed: each followed by a long word, justified). It refused the first ones:
# it rounds every glyph to 1/120 pt. Exact widths alone would keep them on one line.
REFUSED = [
    "ban dân sơ chức tịch Thống huyện ban thư đại tiêu. title án tịch viên toán dịch hiện.",
    "dân tuyển hội Các giám xã kinh chính 2020 sự trừ địa đi content 0 Ban Ủy name xã",
    "Ủy theo dân đốc 0 absent_excused để biểu thu 6 hiện lập Ban đại Trình ba nhân chỉ",
    "cộng statements Long Đề xã due xã position nhân dịch vụ công năm Thành Chỉ Tài",
    "đại nhiệm xã lúa gặp xã ban recipients votes Công sách 0 nhân Ủy tin thiện mặt hội",
    "đạo thực hiện toàn diện các nhiệm vụ chính trị; chỉ đạo tổ chức đại hội chi bộ thuộc",
]
ACCEPTED = [
    "Thị trên name 2020-03-06 kind kê ngân hợp Trình an Covid-19 ban Tài Mai ban - -",
    "6.000.000 hiện sâu hoàn đường 3 name với trưởng trợ guest Phương position issuer",
    "Phương ban thôn xuất trưởng name Đinh 100% hội abbreviation 3 2020 thôn người",
    "mặt kiến start position subject tịch Thị 2020-03-06T11:30 Sơn phương. Chủ báo xã",
]


@pytest.fixture(scope="module")
def metrics():  # type: ignore[no-untyped-def]
    return font_metrics(load_profile("state").fonts)


def test_widths_are_reportlabs_to_the_last_bit(metrics) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from minutes_app.render import fonts

    profile = load_profile("state")
    fonts.register(profile.fonts)
    text = "Độc lập - Tự do - Hạnh phúc; ỦY BAN NHÂN DÂN XÃ ĐỒNG HƯỚNG “ngoặc” 412\u00a0ha 😀 €"
    for bold in (False, True):
        for italic in (False, True):
            name = fonts.face_name(profile.fonts, bold, italic)
            for size in (11, 12, 13, 14, 15, 16):
                ours = metrics.text_width(text, Pt(size), bold, italic).pt
                assert ours == pytest.approx(stringWidth(text, name, size), abs=1e-4)


def test_every_character_reportlab_knows_has_its_width(metrics) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfbase.pdfmetrics import getFont

    from minutes_app.render import fonts

    profile = load_profile("state")
    fonts.register(profile.fonts)
    for bold in (False, True):
        for italic in (False, True):
            face = metrics.face(bold, italic)
            theirs = getFont(fonts.face_name(profile.fonts, bold, italic)).face
            codes = {c for c in theirs.charWidths if c != 0xFFFF}  # a non-character
            assert codes == set(face.advances)
            for code in codes:
                ours = face.advances[code] * 1000 / face.units_per_em
                assert ours == pytest.approx(theirs.charWidths[code], abs=1e-9)
            assert face.missing_advance * 1000 / face.units_per_em == theirs.defaultWidth


@pytest.mark.parametrize("line", REFUSED)
def test_lines_libreoffice_refused_do_not_fit(metrics, line: str) -> None:  # type: ignore[no-untyped-def]
    face = metrics.face()
    assert face.width_pt(line, 14) <= TEXT_TWIPS / 20  # exactly, it would fit …
    assert face.layout_table(14).text(line) > TEXT_TWIPS * UNITS_PER_TWIP  # … as LO measures, not


@pytest.mark.parametrize("line", ACCEPTED)
def test_lines_libreoffice_accepted_fit(metrics, line: str) -> None:  # type: ignore[no-untyped-def]
    assert metrics.face().layout_table(14).text(line) <= TEXT_TWIPS * UNITS_PER_TWIP


def test_single_line_height_is_whole_twips() -> None:
    # LibreOffice prints 14 pt single-spaced lines 16.1 pt apart (322 twips), not 16.0996.
    assert single_line_height(Pt(14)) == Pt(16.1)
    assert single_line_height(Pt(12)) == Pt(13.8)
    assert single_line_height(Pt(13)).twips == 299


def _modules_after(code: str) -> list[str]:
    probe = code + "\nprint(sorted(m for m in sys.modules if m.startswith('reportlab')))\n"
    out = subprocess.run(
        [sys.executable, "-c", "import sys\n" + probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return eval(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_docx_export_never_loads_the_pdf_library(tmp_path: Path) -> None:
    loaded = _modules_after(
        "from pathlib import Path\n"
        "from minutes_app.domain import interchange\n"
        "from minutes_app.render import check_meeting, build_document\n"
        "from minutes_app.services.export import export_meeting\n"
        "m = interchange.parse(Path('tests/fixtures/seed-meeting.json').read_bytes()).meeting\n"
        "check_meeting(m); build_document(m)\n"
        f"export_meeting(m, 'docx', {str(tmp_path / 'a.docx')!r})\n"
    )
    assert loaded == []


def test_the_command_line_exports_docx_without_the_pdf_library(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    loaded = _modules_after(
        "from minutes_app.cli import main\n"
        f"assert main(['--db', {str(db)!r}, 'import', 'tests/fixtures/state-meeting.json']) == 0\n"
        f"assert main(['--db', {str(db)!r}, 'export', '1', '--format', 'docx', "
        f"'--out', {str(tmp_path / 'b.docx')!r}]) == 0\n"
    )
    assert loaded == []
    assert (tmp_path / "b.docx").read_bytes()[:2] == b"PK"
