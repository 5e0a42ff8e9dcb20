"""Signing fixtures: a test PKI, kept images, an approved meeting exported as PDF/A, a local TSA."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from minutes_app.cli import main
from tests.render.conftest import FIXTURES
from tests.signing.pki import PASSWORD, TestCA

SECRETARY = "Trần Thị Mai"
CHAIR = "Phạm Văn Hùng"
BODY = "Ủy ban nhân dân xã Kim Sơn"


def signature_png(colour: tuple[int, int, int, int] = (0, 40, 200, 255)) -> bytes:
    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).line(
        [(20, 200), (150, 40), (260, 190), (380, 50), (560, 180)], fill=colour, width=10
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def seal_png(dpi: int = 300) -> bytes:
    image = Image.new("RGBA", (425, 425), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([5, 5, 420, 420], outline=(220, 0, 0, 255), width=14)
    draw.ellipse([60, 60, 365, 365], outline=(220, 0, 0, 255), width=6)
    draw.regular_polygon((212, 212, 60), 5, fill=(220, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))  # 425 px at 300 dpi: a 36 mm seal
    return out.getvalue()


class Pki:
    """The test CA, its signers' PKCS#12 files, a TSA certificate and an unrelated root."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.ca = TestCA()
        self.other = TestCA("Another Root CA")
        self.root = folder / "root.pem"
        self.root.write_bytes(self.ca.pem())
        self.other_root = folder / "other-root.pem"
        self.other_root.write_bytes(self.other.pem())
        self.issued = {
            "secretary": self.ca.issue(SECRETARY, BODY),
            "chair": self.ca.issue(CHAIR, BODY),
            "organisation": self.ca.issue(BODY, BODY),
        }
        self.p12 = {role: self.ca.p12(i, folder / f"{role}.p12") for role, i in self.issued.items()}
        self.tsa = self.ca.issue("Test TSA", "minutes-app tests", tsa=True)
        self.password = PASSWORD
        (folder / "signature.png").write_bytes(signature_png())
        (folder / "seal.png").write_bytes(seal_png())


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


def approved_db(folder: Path, fixture: str = "state-meeting.json") -> Path:
    """Return a database whose meeting 1 is ``fixture``, approved (revision 1)."""
    db = folder / "minutes.sqlite"
    data = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    data["status"] = "draft"
    data["number"] = ""
    source = folder / "m.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(db), "import", str(source), "--by", SECRETARY]) == 0
    assert main(["--db", str(db), "submit", "1", "--by", SECRETARY]) == 0
    assert main(["--db", str(db), "approve", "1", "--by", CHAIR]) == 0
    return db


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("MINUTES_APP_CONFIG_DIR", str(folder))
    return folder


class _TsaHandler(BaseHTTPRequestHandler):
    stamper: object = None

    def do_POST(self) -> None:  # noqa: N802
        from asn1crypto import tsp

        length = int(self.headers.get("Content-Length", "0"))
        request = tsp.TimeStampReq.load(self.rfile.read(length))
        response = self.stamper.request_tsa_response(request)  # type: ignore[attr-defined]
        body = response.dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="session")
def tsa_url(pki: Pki) -> Iterator[str]:
    """Serve pyHanko's DummyTimeStamper over HTTP on 127.0.0.1 (a local RFC 3161 authority)."""
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    cert = x509.Certificate.load(pki.tsa.cert.public_bytes(serialization.Encoding.DER))
    key = keys.PrivateKeyInfo.load(
        pki.tsa.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    root = x509.Certificate.load(pki.ca.cert.public_bytes(serialization.Encoding.DER))
    handler = type("Handler", (_TsaHandler,), {"stamper": DummyTimeStamper(cert, key, [root])})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
