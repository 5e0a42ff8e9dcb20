"""Digital signatures in the store: signatures made or taken back, filed signed PDFs, trusted roots."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple, replace
from typing import Any, Protocol

from minutes_app.domain.dataclass import dataclass
from minutes_app.store.errors import StoreError
from minutes_app.store.tables import Tables

SOURCES = ("sign", "import")


@dataclass(frozen=True)
class SignatureRecord:
    """One signature recorded in a meeting's history."""

    id: int
    meeting_id: int
    revision: int
    document_id: int | None
    role: str
    signer: str
    certificate: str
    signed_at: str
    level: str
    source: str
    recorded_at: str
    recorded_by: str

    def as_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready data."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class SignedDocument:
    """A signed PDF filed with a meeting (without its bytes; see :func:`document_data`)."""

    id: int
    meeting_id: int
    revision: int
    sha256: str
    name: str
    size: int
    filed_at: str
    filed_by: str


@dataclass(frozen=True)
class TrustedRoot:
    """A certificate authority the body trusts."""

    sha256: str
    subject: str
    pem: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class NewSignature:
    """A signature to record: who, as what, when, at which level."""

    role: str
    signer: str
    certificate: str
    signed_at: str
    level: str


class SignatureBook(Protocol):
    """The signature records of one store (each backend has its own; the functions below forward)."""

    def record(
        self,
        meeting_id: int,
        revision: int,
        new: list[NewSignature],
        *,
        source: str,
        by: str,
        document: tuple[str, bytes, str] | None = None,
    ) -> tuple[SignedDocument | None, list[SignatureRecord]]: ...

    def signatures(self, meeting_id: int) -> list[SignatureRecord]: ...

    def documents(self, meeting_id: int) -> list[SignedDocument]: ...

    def document_data(self, document_id: int) -> bytes: ...

    def find_revision(self, sha256: str) -> list[tuple[int, int]]: ...

    def add_root(self, sha256: str, subject: str, pem: str, by: str) -> TrustedRoot: ...

    def remove_root(self, sha256_prefix: str) -> list[TrustedRoot]: ...

    def roots(self) -> list[TrustedRoot]: ...


class Database(Protocol):
    """What this module needs of a store: its signature book (no import circle)."""

    @property
    def signature_book(self) -> SignatureBook: ...


def signature_record(
    signature_id: int,
    meeting_id: int,
    revision: int,
    document_id: int | None,
    sig: NewSignature,
    source: str,
    at: str,
    by: str,
) -> SignatureRecord:
    """Return the record of one new signature as stored (its columns in the table's order)."""
    return SignatureRecord(
        signature_id,
        meeting_id,
        revision,
        document_id,
        sig.role,
        sig.signer,
        sig.certificate,
        sig.signed_at,
        sig.level,
        source,
        at,
        by,
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class SignatureReads:
    """The reads of the signature records, written once for both backends (``?`` placeholders)."""

    tables: Tables

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return self.tables.query(sql, params)

    def signatures(self, meeting_id: int) -> list[SignatureRecord]:
        """Return the signatures recorded for a meeting, oldest first."""
        rows = self._query(
            "SELECT id, meeting_id, revision, document_id, role, signer, certificate, signed_at, "
            "level, source, recorded_at, recorded_by FROM signatures WHERE meeting_id = ? "
            "ORDER BY id",
            (meeting_id,),
        )
        return [SignatureRecord(*r) for r in rows]

    def documents(self, meeting_id: int) -> list[SignedDocument]:
        """Return the signed PDFs filed with a meeting, oldest first."""
        rows = self._query(
            "SELECT id, meeting_id, revision, sha256, name, length(data), filed_at, filed_by "
            "FROM signed_documents WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
        )
        return [SignedDocument(*r) for r in rows]

    def document_data(self, document_id: int) -> bytes:
        """Return the bytes of a filed signed PDF."""
        rows = self._query("SELECT data FROM signed_documents WHERE id = ?", (document_id,))
        if not rows:
            raise no_document(document_id, self.tables.where)
        return bytes(rows[0][0])

    def find_revision(self, sha256: str) -> list[tuple[int, int]]:
        """Return the (meeting id, revision) pairs whose approved text has this SHA-256."""
        rows = self.tables.query(
            "SELECT meeting_id, revision FROM revisions WHERE sha256 = ? "
            "ORDER BY meeting_id, revision",
            (sha256.strip().lower(),),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def roots(self) -> list[TrustedRoot]:
        """Return the trusted roots, in the order they were added."""
        rows = self._query(
            "SELECT sha256, subject, pem, added_at, added_by FROM trusted_roots ORDER BY added_at"
        )
        return [TrustedRoot(*r) for r in rows]


class SqliteSignatureBook(SignatureReads):
    """The signature records of one SQLite file, on the store's tables."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables

    def _missing_table(self) -> StoreError:
        return StoreError(
            "cơ sở dữ liệu chưa có bảng chữ ký số (phiên bản cũ); hãy mở bằng ứng dụng mới",
            "the database has no digital-signature tables (old schema); open it with this version",
            self.tables.where,
        )

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with self.tables.write() as conn:
                yield conn
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                raise self._missing_table() from None
            raise self.tables.unavailable(exc) from None
        except sqlite3.Error as exc:
            raise self.tables.unavailable(exc) from None

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self.tables.query(sql, params)
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                raise self._missing_table() from None
            raise

    def record(
        self,
        meeting_id: int,
        revision: int,
        new: list[NewSignature],
        *,
        source: str,
        by: str,
        document: tuple[str, bytes, str] | None = None,
    ) -> tuple[SignedDocument | None, list[SignatureRecord]]:
        """Record signatures of one meeting revision (see the module function ``record``)."""
        if source not in SOURCES:
            raise ValueError(source)
        self.tables.exists(meeting_id)  # a clear MeetingNotFound
        at = _now()
        filed: SignedDocument | None = None
        rows: list[SignatureRecord] = []
        with self._write() as conn:
            document_id: int | None = None
            if document is not None:
                name, data, sha = document
                cur = conn.execute(
                    "INSERT INTO signed_documents (meeting_id, revision, sha256, name, data, "
                    "filed_at, filed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (meeting_id, revision, sha, name, data, at, by),
                )
                document_id = int(cur.lastrowid or 0)
                filed = SignedDocument(
                    document_id, meeting_id, revision, sha, name, len(data), at, by
                )
            for sig in new:
                made = signature_record(0, meeting_id, revision, document_id, sig, source, at, by)
                cur = conn.execute(
                    "INSERT INTO signatures (meeting_id, revision, document_id, role, signer, "
                    "certificate, signed_at, level, source, recorded_at, recorded_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    astuple(made)[1:],
                )
                rows.append(replace(made, id=int(cur.lastrowid or 0)))
        return filed, rows

    def add_root(self, sha256: str, subject: str, pem: str, by: str) -> TrustedRoot:
        """Trust a root certificate (adding one already trusted changes nothing)."""
        at = _now()
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO trusted_roots (sha256, subject, pem, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?)",
                (sha256, subject, pem, at, by),
            )
        return next(r for r in self.roots() if r.sha256 == sha256)

    def remove_root(self, sha256_prefix: str) -> list[TrustedRoot]:
        """Stop trusting the roots whose fingerprint starts with ``sha256_prefix``; return them."""
        prefix = root_prefix(sha256_prefix, self.tables.where)
        gone = [r for r in self.roots() if r.sha256.startswith(prefix)]
        with self._write() as conn:
            for root in gone:
                conn.execute("DELETE FROM trusted_roots WHERE sha256 = ?", (root.sha256,))
        return gone


def no_document(document_id: int, where: str) -> StoreError:
    """Return the error for a signed document id that names none."""
    return StoreError(
        f"không có tài liệu đã ký số {document_id}", f"no signed document {document_id}", where
    )


def root_prefix(sha256_prefix: str, where: str) -> str:
    """Return a fingerprint prefix tidied; refuse one shorter than 8 characters."""
    prefix = sha256_prefix.strip().lower().replace(":", "")
    if len(prefix) < 8:
        raise StoreError(
            "cần ít nhất 8 ký tự đầu của dấu vân tay SHA-256",
            "give at least the first 8 characters of the SHA-256 fingerprint",
            where,
        )
    return prefix


# -- the functions callers use: each forwards to the store's own book ---------------------------


def record(
    db: Database,
    meeting_id: int,
    revision: int,
    new: list[NewSignature],
    *,
    source: str,
    by: str,
    document: tuple[str, bytes, str] | None = None,
) -> tuple[SignedDocument | None, list[SignatureRecord]]:
    """Record signatures of one meeting revision, filing ``document`` (name, bytes, sha256).

    One transaction: the document and its signatures are filed together or not at all.
    """
    return db.signature_book.record(
        meeting_id, revision, new, source=source, by=by, document=document
    )


def signatures(db: Database, meeting_id: int) -> list[SignatureRecord]:
    """Return the signatures recorded for a meeting, oldest first."""
    return db.signature_book.signatures(meeting_id)


def documents(db: Database, meeting_id: int) -> list[SignedDocument]:
    """Return the signed PDFs filed with a meeting, oldest first."""
    return db.signature_book.documents(meeting_id)


def document_data(db: Database, document_id: int) -> bytes:
    """Return the bytes of a filed signed PDF."""
    return db.signature_book.document_data(document_id)


def find_revision(db: Database, sha256: str) -> list[tuple[int, int]]:
    """Return the (meeting id, revision) pairs whose approved text has this SHA-256."""
    return db.signature_book.find_revision(sha256)


def add_root(db: Database, sha256: str, subject: str, pem: str, by: str) -> TrustedRoot:
    """Trust a root certificate (adding one already trusted changes nothing)."""
    return db.signature_book.add_root(sha256, subject, pem, by)


def remove_root(db: Database, sha256_prefix: str) -> list[TrustedRoot]:
    """Stop trusting the roots whose fingerprint starts with ``sha256_prefix``; return them."""
    return db.signature_book.remove_root(sha256_prefix)


def roots(db: Database) -> list[TrustedRoot]:
    """Return the trusted roots, in the order they were added."""
    return db.signature_book.roots()
