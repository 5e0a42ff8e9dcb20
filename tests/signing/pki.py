"""A test PKI made with ``cryptography``: a root CA, signers' PKCS#12 files, a TSA, a SoftHSM2 token."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)
PASSWORD = "mật-khẩu-1"


def _name(cn: str, org: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(parts)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Issued:
    """A key and its certificate."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


class TestCA:
    """A root certificate authority that issues signing and timestamping certificates."""

    def __init__(self, name: str = "Test Root CA minutes-app") -> None:
        self.key = _key()
        now = dt.datetime.now(dt.UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(_name(name))
            .issuer_name(_name(name))
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def issue(self, cn: str, org: str = "", *, tsa: bool = False) -> Issued:
        key = _key()
        now = dt.datetime.now(dt.UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(cn, org))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        )
        if tsa:
            builder = builder.add_extension(
                x509.KeyUsage(True, False, False, False, False, False, False, False, False),
                critical=True,
            ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True)
        else:
            builder = builder.add_extension(
                x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                critical=True,
            )
        return Issued(key, builder.sign(self.key, hashes.SHA256()))

    def p12(self, issued: Issued, path: Path, password: str = PASSWORD) -> Path:
        data = pkcs12.serialize_key_and_certificates(
            issued.cert.subject.rfc4514_string().encode(),
            issued.key,
            issued.cert,
            [self.cert],
            serialization.BestAvailableEncryption(password.encode("utf-8")),
        )
        path.write_bytes(data)
        return path


def softhsm_module() -> str | None:
    """Return the SoftHSM2 PKCS#11 module's path, or None when softhsm2 is not installed."""
    for candidate in SOFTHSM_MODULES:
        if os.path.exists(candidate):
            return candidate
    return None


def softhsm_token(
    folder: Path, label: str, pin: str, issued: Issued, ca: TestCA, key_label: str
) -> dict[str, str]:
    """Create a SoftHSM2 token in ``folder`` holding ``issued``'s key and certificate.

    Returns the environment (SOFTHSM2_CONF) a process needs to see the token.
    """
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    util = shutil.which("softhsm2-util") or "softhsm2-util"
    subprocess.run(
        [util, "--init-token", "--free", "--label", label, "--so-pin", "12345678", "--pin", pin],
        check=True,
        env=env,
        capture_output=True,
    )
    key_file = folder / "key.pem"
    key_file.write_bytes(issued.key_pem())
    subprocess.run(
        [
            util,
            "--import",
            str(key_file),
            "--token",
            label,
            "--label",
            key_label,
            "--id",
            "01",
            "--pin",
            pin,
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    key_file.unlink()
    # The certificates go in through python-pkcs11 (softhsm2-util imports keys only).
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    lib = pkcs11.lib(softhsm_module())
    os.environ["SOFTHSM2_CONF"] = str(conf)
    try:
        lib.reinitialize()
        token = lib.get_token(token_label=label)
        with token.open(rw=True, user_pin=pin) as session:
            for cert, cert_label, ident in (
                (issued.cert, key_label, b"\x01"),
                (ca.cert, "root", b"\x02"),
            ):
                session.create_object(
                    {
                        Attribute.CLASS: ObjectClass.CERTIFICATE,
                        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                        Attribute.TOKEN: True,
                        Attribute.LABEL: cert_label,
                        Attribute.ID: ident,
                        Attribute.SUBJECT: cert.subject.public_bytes(),
                        Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                    }
                )
    finally:
        lib.reinitialize()
    return env
