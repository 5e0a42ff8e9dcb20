"""``migrate-to`` proves its copy: a file that does not verify is refused, and so is a copy that differs.

The copy runs in one transaction; when any hash read back from the office database differs
from the file's, the transaction is rolled back and nothing of the file is left behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.store import Database, StoreError
from minutes_app.store.postgres.repository import PgDatabase
from minutes_app.store.transfer import migrate_to
from tests.store.conftest import make_meeting
from tests.store.test_tamper_evidence import _approved, _as_careful_attacker, replace_revision


def _count(office_uri: str, table: str) -> int:
    with PgDatabase.open(office_uri) as office:
        return int(office.tables.query(f"SELECT count(*) FROM {table}")[0][0])


def test_a_copy_keeps_every_hash_and_verifies(office_uri: str, db_path: Path) -> None:
    meeting_id = _approved(db_path)
    with Database.open(db_path) as local:
        draft = local.create(make_meeting("Họp tháng sau", number="")).id
        revisions = [(r.revision, r.sha256, r.chain) for r in local.review.revisions(meeting_id)]
        with PgDatabase.open(office_uri) as office:
            report = migrate_to(local, office)
            copied = [(r.revision, r.sha256, r.chain) for r in office.review.revisions(meeting_id)]
            assert office.review.verify(meeting_id).intact
            assert office.get(draft).meeting.title == "Họp tháng sau"
    assert report.ok and report.ids_kept and report.meetings == 2 and report.revisions == 1
    assert copied == revisions


def test_a_file_that_does_not_verify_is_not_copied(office_uri: str, db_path: Path) -> None:
    meeting_id = _approved(db_path)
    _as_careful_attacker(db_path, lambda conn: replace_revision(conn, meeting_id))
    with Database.open(db_path) as local, PgDatabase.open(office_uri) as office:
        with pytest.raises(StoreError) as caught:
            migrate_to(local, office)
    assert "verify" in caught.value.message_en and str(meeting_id) in caught.value.message_en
    assert _count(office_uri, "meetings") == 0 and _count(office_uri, "revisions") == 0


def test_a_copy_whose_hashes_differ_in_the_office_is_rolled_back(
    office_uri: str, db_path: Path
) -> None:
    meeting_id = _approved(db_path)
    # Something on the server (a broken extension, a meddling trigger) changes what is stored:
    # the copy must see that its revision does not hash as the file's did, and keep nothing.
    with PgDatabase.open(office_uri) as root:
        root.session.conn.execute(
            "CREATE FUNCTION public.meddle() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "NEW.document := replace(NEW.document, 'Thống nhất', 'Không thống nhất'); "
            "RETURN NEW; END $$"
        )
        for table in ("revisions", "meetings"):  # both, so the approved row still matches
            root.session.conn.execute(
                f"CREATE TRIGGER meddle BEFORE INSERT OR UPDATE ON minutes.{table} "
                "FOR EACH ROW EXECUTE FUNCTION public.meddle()"
            )
    with Database.open(db_path) as local, PgDatabase.open(office_uri) as office:
        report = migrate_to(local, office)
    assert not report.ok
    assert any(p.startswith(f"{meeting_id}:") and "SHA-256" in p for p in report.problems), (
        report.problems
    )
    assert _count(office_uri, "meetings") == 0 and _count(office_uri, "revisions") == 0
