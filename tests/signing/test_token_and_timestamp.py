"""A PKCS#11 token (SoftHSM2), a timestamp from a local authority, a file signed elsewhere taken back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minutes_app.signing.appearance import load_image
from minutes_app.signing.keys import Pkcs12Key
from minutes_app.signing.roles import Role
from minutes_app.signing.sign import SignRequest, sign_pdf
from tests.cli.test_cli_import_export import run
from tests.signing.conftest import SECRETARY, Pki, approved_db
from tests.signing.pki import softhsm_module, softhsm_token

PIN = "246810"


@pytest.fixture
def exported(pki: Pki, tmp_path: Path) -> tuple[Path, Path]:
    db = approved_db(tmp_path)
    out = tmp_path / "bien-ban.pdf"
    assert run("export", "1", "--format", "pdf", "--pdfa", "--out", out, db=db).returncode == 0
    assert run("trust", "add", pki.root, db=db).returncode == 0
    return db, out


@pytest.mark.skipif(
    softhsm_module() is None, reason="softhsm2 is not installed (.ci/run installs it)"
)
def test_sign_with_a_softhsm2_token(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    env = softhsm_token(
        tmp_path / "hsm", "Token Thu Ky", PIN, pki.issued["secretary"], pki.ca, "thu-ky"
    )
    out = tmp_path / "signed.pdf"
    module = softhsm_module()
    assert module is not None
    done = run(
        "sign",
        pdf,
        "--out",
        out,
        "--as",
        "secretary",
        "--pkcs11-module",
        module,
        "--token-label",
        "Token Thu Ky",
        "--key-label",
        "thu-ky",
        "--pin-stdin",
        db=db,
        env={"SOFTHSM2_CONF": env["SOFTHSM2_CONF"]},
        stdin=f"{PIN}\n".encode(),
    )
    assert done.returncode == 0, done.stderr
    report = run("verify-pdf", out, db=db)
    assert report.returncode == 0, report.stdout
    assert report.stdout.startswith(f"Sig_secretary: {SECRETARY}, ")
    wrong = run(
        "sign",
        pdf,
        "--out",
        tmp_path / "x.pdf",
        "--as",
        "secretary",
        "--pkcs11-module",
        module,
        "--token-label",
        "Token Thu Ky",
        "--pin-stdin",
        db=db,
        env={"SOFTHSM2_CONF": env["SOFTHSM2_CONF"]},
        stdin=b"000000\n",
    )
    assert wrong.returncode == 1 and "sai mã PIN" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_timestamp_from_a_local_authority_makes_it_b_t(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, tsa_url: str, config: Path
) -> None:
    db, pdf = exported
    out = tmp_path / "signed.pdf"
    done = run(
        "sign",
        pdf,
        "--out",
        out,
        "--as",
        "secretary",
        "--p12",
        pki.p12["secretary"],
        "--password-stdin",
        "--tsa",
        tsa_url,
        db=db,
        stdin=(pki.password + "\n").encode(),
    )
    assert done.returncode == 0, done.stderr
    report = run("verify-pdf", out, db=db)
    assert report.returncode == 0, report.stdout
    assert ", B-T: HỢP LỆ / VALID" in report.stdout and "dấu thời gian / timestamp" in report.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT level FROM signatures").fetchall() == [("B-T",)]
    conn.close()
    # The timestamp authority's certificate must chain to a trusted root too.
    untrusted = run("verify-pdf", out, "--no-db", "--trust", pki.other_root, db=db)
    assert untrusted.returncode == 1


def test_a_file_signed_elsewhere_is_verified_and_filed(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    """Nhập bản đã ký: the government's tool signed our PDF/A (here: pyHanko, another field)."""
    db, pdf = exported
    signed = sign_pdf(
        pdf.read_bytes(),
        SignRequest(
            Role.SECRETARY,
            Pkcs12Key(pki.p12["secretary"], pki.password),
            load_image((pki.folder / "signature.png").read_bytes(), "signature.png"),
        ),
    )
    back = tmp_path / "da-ky.pdf"
    back.write_bytes(signed.data)
    done = run("import-signed", back, "--by", SECRETARY, db=db)
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT role, source FROM signatures").fetchall()
    filed = conn.execute("SELECT name, data FROM signed_documents").fetchall()
    conn.close()
    assert rows == [("secretary", "import")]
    assert filed[0][0] == "da-ky.pdf" and bytes(filed[0][1]) == signed.data
    # A damaged file is refused and nothing is filed.
    data = bytearray(signed.data)
    data[len(data) // 2] ^= 1
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(bytes(data))
    refused = run("import-signed", bad, db=db)
    assert refused.returncode == 1
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM signed_documents").fetchone()[0] == 1
    conn.close()


def test_a_kept_image_is_used_next_time(
    pki: Pki, exported: tuple[Path, Path], tmp_path: Path, config: Path
) -> None:
    db, pdf = exported
    first = tmp_path / "a.pdf"
    done = run(
        "sign",
        pdf,
        "--out",
        first,
        "--as",
        "secretary",
        "--p12",
        pki.p12["secretary"],
        "--password-stdin",
        "--image",
        pki.folder / "signature.png",
        "--keep-image",
        db=db,
        env={"MINUTES_APP_CONFIG_DIR": str(config)},
        stdin=(pki.password + "\n").encode(),
    )
    assert done.returncode == 0, done.stderr
    assert (config / "signing" / "signature.png").read_bytes() == (
        pki.folder / "signature.png"
    ).read_bytes()
    second = tmp_path / "b.pdf"
    done = run(
        "sign",
        first,
        "--out",
        second,
        "--as",
        "chair",
        "--p12",
        pki.p12["chair"],
        "--password-stdin",
        db=db,
        env={"MINUTES_APP_CONFIG_DIR": str(config)},
        stdin=(pki.password + "\n").encode(),
    )
    assert done.returncode == 0, done.stderr
    import pikepdf

    with pikepdf.open(second) as doc:
        widgets = [a for p in doc.pages for a in p.obj.get("/Annots", [])]
        chair = [w for w in widgets if str(w.T) == "Sig_chair"][0]
        inner = list(chair.AP.N.Resources.XObject.values())
        assert inner, "the kept image was not drawn"
        x0, y0, x1, y1 = (float(v) for v in chair.Rect)
        assert abs((x1 - x0) / (y1 - y0) - 600 / 240) < 0.05  # the image's shape, not a text box
