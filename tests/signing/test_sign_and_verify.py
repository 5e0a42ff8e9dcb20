"""Signing and verifying through the command line, in real processes, with a test PKI."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pdfplumber
import pikepdf
import pikepdf.pdfa
import pytest

from tests.cli.test_cli_import_export import run
from tests.signing.conftest import BODY, CHAIR, SECRETARY, Pki, approved_db


def sign(pki: Pki, db: Path, src: Path, out: Path, role: str, *extra: str):
    return run(
        "sign",
        src,
        "--out",
        out,
        "--as",
        role,
        "--p12",
        pki.p12[role],
        "--password-stdin",
        *extra,
        db=db,
        stdin=(pki.password + "\n").encode(),
    )


def verify(db: Path | None, path: Path, *extra: str | Path):
    return run("verify-pdf", path, *extra, db=db)


@pytest.fixture
def exported(pki: Pki, tmp_path: Path) -> tuple[Path, Path]:
    db = approved_db(tmp_path)
    out = tmp_path / "bien-ban.pdf"
    done = run("export", "1", "--format", "pdf", "--pdfa", "--out", out, db=db)
    assert done.returncode == 0, done.stderr
    assert run("trust", "add", pki.root, db=db).returncode == 0
    return db, out


def _sign_all(pki: Pki, db: Path, pdf: Path, folder: Path) -> list[Path]:
    steps = [
        ("secretary", "signature.png"),
        ("chair", "signature.png"),
        ("organisation", "seal.png"),
    ]
    outputs = []
    current = pdf
    for n, (role, image) in enumerate(steps, start=1):
        out = folder / f"signed-{n}.pdf"
        done = sign(pki, db, current, out, role, "--image", pki.folder / image)
        assert done.returncode == 0, done.stderr
        outputs.append(out)
        current = out
    return outputs


def test_three_signatures_in_order_each_valid_and_recorded(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    assert pikepdf.pdfa.validate_written(pdf, "2b").passed  # the PDF/A is checked before signing
    signed = _sign_all(pki, db, pdf, tmp_path)
    for n, path in enumerate(signed, start=1):
        done = verify(db, path)
        assert done.returncode == 0, done.stdout
        lines = done.stdout.splitlines()
        assert len(lines) == n + 1  # one line per signature, then the content
        assert all("HỢP LỆ / VALID" in line for line in lines[:n])
        assert "là phiên bản đã duyệt 1 của biên bản số 1" in lines[-1]
    final = verify(db, signed[-1]).stdout.splitlines()
    assert final[0].startswith(f"Sig_secretary: {SECRETARY}, ") and "thư ký / secretary" in final[0]
    assert final[1].startswith(f"Sig_chair: {CHAIR}, ") and "+07:00" in final[1]
    assert final[2].startswith(f"Sig_organisation: {BODY}, ") and ", B-B: " in final[2]
    # Each signature is an incremental update: the earlier file is a prefix of the later one.
    for before, after in zip([pdf, *signed], signed, strict=False):
        assert after.read_bytes().startswith(before.read_bytes())
    # Every signature is in the history, with the filed signed PDF.
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT role, signer, level, source FROM signatures ORDER BY id"
        ).fetchall()
        filed = conn.execute("SELECT data FROM signed_documents ORDER BY id").fetchall()
    finally:
        conn.close()
    assert rows == [
        ("secretary", SECRETARY, "B-B", "sign"),
        ("chair", CHAIR, "B-B", "sign"),
        ("organisation", BODY, "B-B", "sign"),
    ]
    assert bytes(filed[-1][0]) == signed[-1].read_bytes()
    history = run("history", "1", db=db).stdout.splitlines()
    assert [line.split("  ")[-1] for line in history[-3:]] == [SECRETARY, CHAIR, BODY]
    assert "Ký số: chair, B-B (phiên bản 1, ký số)" in history[-2]
    # The pikepdf checker's only objection to a signed file is that it does not check forms.
    report = pikepdf.pdfa.validate_written(signed[-1], "2b")
    assert {(f.rule, f.kind) for f in report.findings} == {
        ("pikepdf:schema-Catalog", "unsupported")
    }


def test_order_and_approval_are_enforced(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    early = sign(pki, db, pdf, tmp_path / "x.pdf", "chair")
    assert early.returncode == 1 and "thư ký phải ký trước" in early.stderr
    assert not (tmp_path / "x.pdf").exists()
    plain = tmp_path / "plain.pdf"
    assert run("export", "1", "--format", "pdf", "--out", plain, db=db).returncode == 0
    refused = sign(pki, db, plain, tmp_path / "y.pdf", "secretary")
    assert refused.returncode == 1 and "PDF/A-2b" in refused.stderr
    once = tmp_path / "once.pdf"
    assert sign(pki, db, pdf, once, "secretary").returncode == 0
    again = sign(pki, db, once, tmp_path / "z.pdf", "secretary")
    assert again.returncode == 1 and "mỗi vai trò chỉ ký một lần" in again.stderr
    # Reopened minutes can no longer be signed.
    assert run("reopen", "1", "--by", CHAIR, "--reason", "Sửa chức vụ", db=db).returncode == 0
    stale = sign(pki, db, once, tmp_path / "w.pdf", "chair")
    assert stale.returncode == 1 and "không còn hiệu lực" in stale.stderr


def test_one_changed_byte_makes_it_invalid(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    signed = _sign_all(pki, db, pdf, tmp_path)[-1]
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    done = verify(db, bad)
    assert done.returncode == 1
    assert "KHÔNG HỢP LỆ / INVALID" in done.stdout and "đã bị sửa sau khi ký" in done.stdout


def test_an_added_page_makes_it_invalid(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    db, pdf = exported
    signed = _sign_all(pki, db, pdf, tmp_path)[-1]
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    page = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (0, 0, 595, 842)]
            ),
            generic.pdf_name("/Resources"): generic.DictionaryObject(),
        }
    )
    writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    added = tmp_path / "added.pdf"
    added.write_bytes(out.getvalue())
    assert len(pikepdf.open(added).pages) == len(pikepdf.open(signed).pages) + 1
    done = verify(db, added)
    assert done.returncode == 1
    assert "KHÔNG HỢP LỆ / INVALID" in done.stdout
    assert "update(s) of the file are not signed" in done.stdout


def test_a_swapped_revision_is_caught(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    signed = _sign_all(pki, db, pdf, tmp_path)[-1]
    # 1. The minutes are reopened, changed and approved again: the signed file is revision 1.
    assert run("reopen", "1", "--by", CHAIR, "--reason", "Sửa chức vụ", db=db).returncode == 0
    data = json.loads(run("export", "1", "--format", "json", db=db).stdout)
    data["title"] = data["title"] + " (sửa)"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run("import", changed, "--replace", "1", "--by", SECRETARY, db=db).returncode == 0
    assert run("submit", "1", "--by", SECRETARY, db=db).returncode == 0
    assert run("approve", "1", "--by", CHAIR, db=db).returncode == 0
    done = verify(db, signed)
    assert done.returncode == 1 and "không còn hiệu lực" in done.stdout
    # The signatures themselves are still intact: only the content check fails.
    assert done.stdout.count("HỢP LỆ / VALID") == 3
    # 2. A file whose pages are revision 2 but whose hash claims revision 1 is refused.
    new_pdf = tmp_path / "rev2.pdf"
    assert run("export", "1", "--format", "pdf", "--pdfa", "--out", new_pdf, db=db).returncode == 0
    with pikepdf.open(new_pdf) as doc:
        conn = sqlite3.connect(db)
        old_sha = conn.execute("SELECT sha256 FROM revisions WHERE revision = 1").fetchone()[0]
        conn.close()
        doc.docinfo["/minutes_app_sha256"] = old_sha
        doc.docinfo["/minutes_app_revision"] = "1"
        swapped = tmp_path / "swapped.pdf"
        doc.save(swapped)
    forged = sign(pki, db, swapped, tmp_path / "forged.pdf", "secretary")
    assert forged.returncode == 1 and not (tmp_path / "forged.pdf").exists()


def test_another_root_is_untrusted(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    signed = _sign_all(pki, db, pdf, tmp_path)[-1]
    # Without the database (whose settings trust our CA) and only another root: untrusted.
    done = run("verify-pdf", signed, "--no-db", "--trust", pki.other_root, db=db)
    assert done.returncode == 1
    assert done.stdout.count("không dẫn tới gốc tin cậy nào") == 3
    # With our root given on the command line, the same file is valid.
    ok = run("verify-pdf", signed, "--no-db", "--trust", pki.root, db=db)
    assert ok.returncode == 0, ok.stdout


def _words(pdf: Path, page: int) -> list[dict[str, float | str]]:
    with pdfplumber.open(pdf) as doc:
        p = doc.pages[page - 1]
        h = float(p.height)
        return [
            {
                "text": w["text"],
                "x0": float(w["x0"]),
                "x1": float(w["x1"]),
                "y0": h - float(w["bottom"]),
                "y1": h - float(w["top"]),
            }
            for w in p.extract_words()
        ]


def test_stamps_land_where_the_layout_puts_the_signers(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    signed = _sign_all(pki, db, pdf, tmp_path)[-1]
    rects = {}
    with pikepdf.open(signed) as doc:
        last = len(doc.pages)
        for number, page in enumerate(doc.pages, start=1):
            for annot in page.obj.get("/Annots", []):
                x0, y0, x1, y1 = (float(v) for v in annot.Rect)
                rects[str(annot.T)] = (number, x0, y0, x1, y1)
    words = _words(signed, last)

    def line(text: str, x_from: float, x_to: float) -> tuple[float, float, float, float]:
        found = [w for w in words if w["text"] in text.split() and x_from <= w["x0"] <= x_to]
        return (
            min(w["x0"] for w in found),
            min(w["y0"] for w in found),
            max(w["x1"] for w in found),
            max(w["y1"] for w in found),
        )

    middle = 595.3 * 0.4
    for role, title, name, (lo, hi) in (
        ("Sig_secretary", "THƯ KÝ", SECRETARY, (0, middle)),
        ("Sig_chair", "CHỦ TỌA", CHAIR, (middle, 600)),
    ):
        page, x0, y0, x1, y1 = rects[role]
        assert page == last
        tx0, ty0, tx1, ty1 = line(title, lo, hi)
        nx0, ny0, nx1, ny1 = line(name, lo, hi)
        assert ny1 <= y0 and y1 <= ty0 + 2  # between the name (below) and the title (above)
        centre = (x0 + x1) / 2
        assert abs(centre - (tx0 + tx1) / 2) < 4 and abs(centre - (nx0 + nx1) / 2) < 4
        gap_centre = (ny1 + ty0) / 2
        assert abs((y0 + y1) / 2 - gap_centre) < 6  # centred in the gap
    # The seal: about a third of the chair's image under it, on its left, 36 mm across.
    _, sx0, sy0, sx1, sy1 = rects["Sig_organisation"]
    _, cx0, cy0, cx1, cy1 = rects["Sig_chair"]
    assert abs((sx1 - cx0) - (cx1 - cx0) / 3) < 1
    assert abs((sx1 - sx0) - 36 * 72 / 25.4) < 1
    assert abs((sy0 + sy1) / 2 - (cy0 + cy1) / 2) < 1


def test_a_copy_is_stamped_top_right_of_page_one(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    signed = _sign_all(pki, db, pdf, tmp_path)[-1]
    copy = tmp_path / "sao-y.pdf"
    done = sign(pki, db, signed, copy, "organisation", "--copy", "SAO Y", "--body", BODY)
    assert done.returncode == 0, done.stderr
    report = verify(db, copy)
    assert report.returncode == 0, report.stdout
    assert "cơ quan, bản sao / organisation, copy" in report.stdout
    with pikepdf.open(copy) as doc:
        page = doc.pages[0]
        height = float(page.mediabox[3])
        width = float(page.mediabox[2])
        (widget,) = [a for a in page.obj.get("/Annots", []) if str(a.T) == "Sig_copy"]
        x0, y0, x1, y1 = (float(v) for v in widget.Rect)
        assert y0 > height - 20 * 72 / 25.4 and y1 <= height  # in the top margin
        assert x0 > width / 2 and x1 <= width - 15 * 72 / 25.4 + 0.5  # right, inside the margin
        fonts, streams = _appearance(widget.AP.N)
    assert fonts == {"LiberationSerif"}
    shown = b" ".join(streams)
    assert b" 10 Tf" in shown and b"Tf" in shown
    # The text itself: reportlab writes the glyphs of our subset font, so compare through
    # the appearance rendered alone (pdftoppm draws annotations; pdfplumber does not).
    assert report.stdout.count("HỢP LỆ / VALID") == 4


def _appearance(xobject: pikepdf.Object) -> tuple[set[str], list[bytes]]:
    """Return the font names and content streams of an appearance, nested forms included."""
    fonts: set[str] = set()
    streams = [xobject.read_bytes()]
    resources = xobject.get("/Resources", pikepdf.Dictionary())
    for font in resources.get("/Font", pikepdf.Dictionary()).values():
        fonts.add(str(font.BaseFont).split("+")[-1])
    for inner in resources.get("/XObject", pikepdf.Dictionary()).values():
        if inner.get("/Subtype") == "/Form":
            more_fonts, more = _appearance(inner)
            fonts |= more_fonts
            streams += more
    return fonts, streams
