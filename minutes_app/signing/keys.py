"""Where a signing key lives: a PKCS#12 file or a PKCS#11 token (the USB tokens officials hold)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path

from pyhanko.sign import signers

from minutes_app.domain.dataclass import dataclass
from minutes_app.signing.errors import SigningError


@dataclass(frozen=True)
class Pkcs12Key:
    """A key and certificate in a PKCS#12 (.p12 / .pfx) file."""

    path: Path
    password: str = field(repr=False)


@dataclass(frozen=True)
class TokenKey:
    """A key on a PKCS#11 token: the driver (module) path, the token label, the key label."""

    module: Path
    token_label: str
    pin: str = field(repr=False)
    key_label: str | None = None


KeySource = Pkcs12Key | TokenKey


def _p12_signer(key: Pkcs12Key) -> signers.Signer:
    try:
        data = key.path.read_bytes()
    except OSError as exc:
        raise SigningError(
            f"không đọc được tệp khóa {key.path} ({exc.strerror or exc})",
            f"cannot read the key file {key.path}",
        ) from None
    try:
        signer: signers.Signer | None = signers.SimpleSigner.load_pkcs12_data(
            data, other_certs=(), passphrase=key.password.encode("utf-8")
        )
    except (ValueError, TypeError):
        signer = None
    if signer is None:
        raise SigningError(
            f"không mở được tệp khóa {key.path}: sai mật khẩu hoặc không phải tệp PKCS#12",
            f"cannot open the key file {key.path}: wrong password or not a PKCS#12 file",
        )
    return signer


@contextlib.contextmanager
def open_signer(key: KeySource) -> Iterator[signers.Signer]:
    """Yield a pyHanko signer for ``key``; a token session is closed afterwards."""
    if isinstance(key, Pkcs12Key):
        yield _p12_signer(key)
        return
    try:
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign import pkcs11
    except ImportError as exc:  # python-pkcs11 missing from this build
        raise SigningError(
            f"bản này không hỗ trợ thiết bị ký PKCS#11 ({exc})",
            "this build has no PKCS#11 token support",
        ) from None
    if not key.module.is_file():
        raise SigningError(
            f"không tìm thấy trình điều khiển thiết bị ký (PKCS#11) {key.module}",
            f"the PKCS#11 module (token driver) {key.module} does not exist",
        )
    try:
        session = pkcs11.open_pkcs11_session(
            str(key.module),
            token_criteria=TokenCriteria(label=key.token_label),
            user_pin=key.pin,
        )
    except Exception as exc:  # python-pkcs11 raises many unrelated types
        raise SigningError(
            f"không mở được thiết bị ký “{key.token_label}”: {type(exc).__name__} "
            "(sai mã PIN, thiết bị chưa cắm hoặc sai nhãn)",
            f"cannot open the token {key.token_label!r}: {type(exc).__name__} "
            "(wrong PIN, token not plugged in, or wrong label)",
        ) from None
    try:
        label = key.key_label
        try:
            signer = pkcs11.PKCS11Signer(
                session, cert_label=label, key_label=label, other_certs_to_pull=None
            )
            signer.signing_cert  # noqa: B018 (loads the certificate now, so errors show here)
        except Exception as exc:
            raise SigningError(
                f"không tìm thấy khóa/chứng thư “{label or '(mặc định)'}” trên thiết bị ký "
                f"“{key.token_label}” ({type(exc).__name__})",
                f"no key/certificate {label or '(default)'!r} on the token "
                f"{key.token_label!r} ({type(exc).__name__})",
            ) from None
        yield signer
    finally:
        with contextlib.suppress(Exception):
            session.close()
