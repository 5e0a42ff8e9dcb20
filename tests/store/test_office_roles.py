"""The office's roles are enforced by PostgreSQL itself: each refusal through psql and through the app.

Real logins made by ``office add-user`` connect over TCP with their passwords. What a login may
not do is refused by the database (grants, row-level security, functions that check the role,
triggers), so a secretary with psql can no more approve than through the window, and nobody,
the superuser included, edits approved minutes or the history without ``verify`` seeing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from minutes_app.domain.workflow import WorkflowError
from minutes_app.store import PermissionDenied, ReadOnlyMeeting, open_store
from minutes_app.store.postgres.office import add_user, users
from minutes_app.store.postgres.repository import PgDatabase
from tests.store.conftest import make_meeting

PEOPLE = {
    "hoa": ("secretary", "Lê Thị Hoa"),
    "hung": ("chair", "Phạm Văn Hùng"),
    "lan": ("clerk", "Nguyễn Thị Lan"),
    "quang": ("admin", "Trần Văn Quang"),
}


def password(login: str) -> str:
    return f"mật-khẩu-{login}-2026"


@dataclass
class Office:
    """An office database with four real logins, and a way to act as each."""

    cluster: Any
    superuser_uri: str
    dbname: str

    def uri(self, login: str) -> str:
        return self.cluster.login_uri(login, self.dbname)

    def open(self, login: str, monkeypatch: pytest.MonkeyPatch) -> PgDatabase:
        monkeypatch.setenv("PGPASSWORD", password(login))
        db = open_store(self.uri(login))
        monkeypatch.delenv("PGPASSWORD")
        assert isinstance(db, PgDatabase)
        return db

    def psql(self, login: str, sql: str) -> Any:
        return self.cluster.psql(self.uri(login), sql, password=password(login))

    def superuser(self, sql: str) -> Any:
        return self.cluster.psql(self.superuser_uri, sql)


@pytest.fixture
def office(pg_cluster: Any, office_uri: str) -> Iterator[Office]:
    with PgDatabase.open(office_uri) as root:
        for login, (role, name) in PEOPLE.items():
            add_user(root, login, [role], name, password(login))
    dbname = office_uri.split("/")[3].split("?")[0]
    yield Office(pg_cluster, office_uri, dbname)


@pytest.fixture
def in_review(office: Office, monkeypatch: pytest.MonkeyPatch) -> int:
    """Return the id of minutes the secretary wrote and submitted."""
    with office.open("hoa", monkeypatch) as hoa:
        meeting_id = hoa.create(make_meeting()).id
        hoa.review.submit(meeting_id, "")
    return meeting_id


@pytest.fixture
def approved(office: Office, in_review: int, monkeypatch: pytest.MonkeyPatch) -> int:
    with office.open("hung", monkeypatch) as hung:
        hung.review.approve(in_review, "")
    return in_review


def refused(result: Any, *fragments: str) -> None:
    assert result.returncode != 0, result.stdout
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def test_users_are_listed_with_their_full_names_and_roles(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.open("quang", monkeypatch) as admin:
        listed = {u.login: (u.full_name, u.roles) for u in users(admin)}
        me = admin.identity()
    assert listed["hoa"] == ("Lê Thị Hoa", ("secretary",))
    assert listed["hung"] == ("Phạm Văn Hùng", ("secretary", "chair"))  # a chair also drafts
    assert listed["lan"] == ("Nguyễn Thị Lan", ("clerk",))
    assert me.login == "quang" and me.full_name == "Trần Văn Quang" and me.roles == ("admin",)


def test_the_login_acts_whatever_name_a_caller_gives(
    office: Office, in_review: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.open("hung", monkeypatch) as hung:
        done = hung.review.approve(in_review, "Người khác")  # the name is not who acts
        steps = hung.review.history(in_review)
        names = hung.full_names()
        audit = hung.review.audit(in_review)
        (series,) = hung.review.register()
    assert [(s.action.value, s.by) for s in steps] == [("submit", "hoa"), ("approve", "hung")]
    assert done.revision is not None and done.revision.approved_by == "hung"
    assert names["hung"] == "Phạm Văn Hùng"
    assert {e.by for e in audit} == {"hoa", "hung"}
    assert series.entries[0].meeting_id == in_review
    registered = office.superuser("SELECT registered_by FROM minutes.register")
    assert registered.stdout.strip() == "hung"


# -- a secretary cannot approve: not through the app, not with psql ----------------------------


def test_a_secretary_cannot_approve_through_the_app(
    office: Office, in_review: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.open("hoa", monkeypatch) as hoa:
        with pytest.raises(PermissionDenied) as caught:
            hoa.review.approve(in_review, "")
        assert caught.value.roles == ("chair",)
        assert "chủ trì" in caught.value.message_vi and "hoa" in caught.value.message_vi
        assert hoa.get(in_review).meeting.status.value == "in_review"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM minutes.transition({id}, 'approve', '', NULL, 'x|y', false)",
        "UPDATE minutes.meetings SET status = 'approved' WHERE id = {id}",
        "INSERT INTO minutes.workflow_events (meeting_id, action, source, target, actor, at, "
        "hash) VALUES ({id}, 'approve', 'in_review', 'approved', 'hung', 'now', 'x')",
        "SELECT * FROM minutes.record_event({id}, 'approve', 'in_review', 'approved', 'hung', "
        "'now', '', 1, '')",
        "SELECT * FROM minutes.approve_row((SELECT m FROM minutes.meetings m WHERE id = {id}), "
        "'approve', 'x|y', 'hung', 'now', false)",
        "INSERT INTO minutes.revisions VALUES ({id}, 1, '{{}}', 'x', 'hung', 'now', 'x', 'x')",
    ],
)
def test_a_secretary_cannot_approve_with_psql(office: Office, in_review: int, sql: str) -> None:
    result = office.psql("hoa", sql.format(id=in_review))
    refused(result, "permission denied")
    status = office.superuser(f"SELECT status FROM minutes.meetings WHERE id = {in_review}")
    assert status.stdout.strip() == "in_review"


# -- each role does its own steps only ----------------------------------------------------------


@pytest.mark.parametrize(
    ("login", "sql", "why"),
    [
        ("lan", "SELECT minutes.delete_meeting({id})", "secretary"),
        ("lan", "SELECT * FROM minutes.transition({id}, 'return', 'x', NULL, '', false)", "chair"),
        (
            "quang",
            "SELECT * FROM minutes.transition({id}, 'return', 'x', NULL, '', false)",
            "chair",
        ),
        ("hoa", "SELECT * FROM minutes.set_term('ubnd', '2026-01-01', false)", "clerk"),
        ("hung", "SELECT minutes.set_setting('review.allow_self_approval', '1')", "admin"),
        ("hoa", "SELECT minutes.register_user('hoa', 'Chủ tịch', 'chair')", "admin"),
        ("lan", "SELECT * FROM minutes.add_comment({id}, 'x', 'meeting', NULL)", "secretary"),
        ("lan", "SELECT * FROM minutes.transition({id}, 'approve', '', NULL, '', false)", "chair"),
        ("hoa", "SELECT * FROM minutes.transition({id}, 'reopen', 'x', NULL, '', false)", "chair"),
        ("hung", "SELECT * FROM minutes.set_term('ubnd', '2026-01-01', false)", "clerk"),
        (
            "lan",
            "SELECT * FROM minutes.save_meeting({id}, NULL, '{{}}', 'x', ''::tsvector, "
            "''::tsvector, '[]', '[]', 'update')",
            "secretary",
        ),
    ],
)
def test_each_role_is_refused_what_is_not_its_own(
    office: Office, in_review: int, login: str, sql: str, why: str
) -> None:
    refused(office.psql(login, sql.format(id=in_review)), "permission denied", why)


def test_the_app_says_which_role_a_step_needs(
    office: Office, in_review: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.open("lan", monkeypatch) as lan:
        with pytest.raises(PermissionDenied, match="thư ký"):
            lan.create(make_meeting())
        with pytest.raises(PermissionDenied, match="chủ trì"):
            lan.review.return_(in_review, "", "Sửa lại")
        with pytest.raises(PermissionDenied, match="quản trị"):
            lan.set_setting("review.allow_self_approval", "1")
    with office.open("hoa", monkeypatch) as hoa:
        with pytest.raises(PermissionDenied, match="văn thư"):
            hoa.review.set_term("UBND", make_meeting().date)
        with pytest.raises(PermissionDenied, match="quản trị"):
            add_user(hoa, "hoa2", ["chair"], "Hoa Hai", "x")
    with office.open("quang", monkeypatch) as quang:
        with pytest.raises(PermissionDenied, match="chủ trì"):
            quang.review.approve(in_review, "")


def test_a_clerk_records_signatures_and_sets_terms(
    office: Office, approved: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from minutes_app.store import signatures
    from minutes_app.store.signatures import NewSignature

    with office.open("lan", monkeypatch) as lan:
        change = lan.review.set_term("UBND XÃ THƯỢNG KIỆM", dt.date(2020, 10, 1))
        assert change.refiled == []  # a state body numbers per year: nothing moves
        filed, rows = signatures.record(
            lan,
            approved,
            1,
            [NewSignature("chair", "Phạm Văn Hùng", "ab" * 32, "t", "B-B")],
            source="sign",
            by="",
            document=("da-ky.pdf", b"%PDF-1.7 x", "cd" * 32),
        )
    assert filed is not None and filed.filed_by == "lan" and rows[0].recorded_by == "lan"


# -- nobody edits approved minutes or the history --------------------------------------------------


def test_approved_minutes_cannot_be_edited_through_the_app(
    office: Office, approved: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.open("hung", monkeypatch) as hung:
        record = hung.get(approved)
        record.meeting.title = "Tên khác"
        with pytest.raises(ReadOnlyMeeting):
            hung.update(approved, record.meeting, expected_version=record.version)
        with pytest.raises(ReadOnlyMeeting):
            hung.delete(approved)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM minutes.save_meeting({id}, NULL, (SELECT document FROM minutes.meetings "
        "WHERE id = {id}), 'x', ''::tsvector, ''::tsvector, '[]', '[]', 'update')",
        "UPDATE minutes.meetings SET title = 'x' WHERE id = {id}",
        "UPDATE minutes.revisions SET document = '{{}}'",
        "DELETE FROM minutes.audit_log",
        "UPDATE minutes.workflow_events SET actor = 'hoa'",
        "DELETE FROM minutes.register",
        "TRUNCATE minutes.audit_log",
    ],
)
@pytest.mark.parametrize("login", ["hoa", "hung", "lan", "quang"])
def test_nobody_edits_approved_minutes_or_the_history_with_psql(
    office: Office, approved: int, login: str, sql: str
) -> None:
    result = office.psql(login, sql.format(id=approved))
    assert result.returncode != 0
    assert "permission denied" in result.stderr or "cannot be changed" in result.stderr


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ("UPDATE minutes.meetings SET title = 'x' WHERE id = {id}", "read-only"),
        ("UPDATE minutes.meetings SET status = 'draft' WHERE id = {id}", "only with its workflow"),
        ("DELETE FROM minutes.meetings WHERE id = {id}", "cannot be deleted"),
        ("UPDATE minutes.revisions SET document = '{{}}'", "read-only"),
        ("DELETE FROM minutes.revisions", "cannot be deleted"),
        ("UPDATE minutes.audit_log SET actor = 'x'", "append-only"),
        ("DELETE FROM minutes.workflow_events", "append-only"),
        ("TRUNCATE minutes.workflow_events CASCADE", "append-only"),
    ],
)
def test_even_the_superuser_is_stopped_by_the_triggers(
    office: Office, approved: int, sql: str, why: str
) -> None:
    refused(office.superuser(sql.format(id=approved)), why)


def test_row_level_security_holds_if_a_grant_is_given_by_mistake(
    office: Office, in_review: int
) -> None:
    assert (
        office.superuser("GRANT UPDATE, DELETE ON minutes.meetings TO minutes_secretary").returncode
        == 0
    )
    try:
        changed = office.psql(
            "hoa", f"UPDATE minutes.meetings SET title = 'x' WHERE id = {in_review}"
        )
        deleted = office.psql("hoa", "DELETE FROM minutes.meetings")
    finally:
        office.superuser("REVOKE UPDATE, DELETE ON minutes.meetings FROM minutes_secretary")
    # No policy lets an office role change a row: the statements touch nothing.
    assert changed.returncode == 0 and deleted.returncode == 0
    title = office.superuser(f"SELECT title FROM minutes.meetings WHERE id = {in_review}")
    assert title.stdout.strip() == "Họp giao ban tháng 3"


def test_everyone_reads_and_nobody_without_a_role_does(office: Office, in_review: int) -> None:
    for login in PEOPLE:
        result = office.psql(login, f"SELECT title FROM minutes.meetings WHERE id = {in_review}")
        assert result.stdout.strip() == "Họp giao ban tháng 3", (login, result.stderr)
    office.superuser("DROP ROLE IF EXISTS khach; CREATE ROLE khach LOGIN PASSWORD 'khach-2026'")
    try:
        outsider = office.cluster.psql(
            office.uri("khach"), "SELECT count(*) FROM minutes.meetings", password="khach-2026"
        )
    finally:
        office.superuser("DROP ROLE khach")
    refused(outsider, "permission denied")


def test_self_approval_is_refused_in_the_database_too(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.open("hung", monkeypatch) as hung:
        meeting_id = hung.create(make_meeting()).id
        hung.review.submit(meeting_id, "")
        with pytest.raises(WorkflowError, match="không thể tự duyệt"):
            hung.review.approve(meeting_id, "")
    with office.open("quang", monkeypatch) as quang:
        quang.set_setting("review.allow_self_approval", "1")
    with office.open("hung", monkeypatch) as hung:
        assert hung.review.approve(meeting_id, "").record.meeting.status.value == "approved"


def test_the_admin_backs_up_with_pg_dump_and_a_restore_verifies(
    office: Office, approved: int, tmp_path: Any
) -> None:
    import os
    import subprocess

    import psycopg

    dump = tmp_path / "bienban.dump"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSWORD"] = password("quang")
    done = subprocess.run(
        [
            str(office.cluster.bin / "pg_dump"),
            "--format=custom",
            "--enable-row-security",
            "--file",
            str(dump),
            office.uri("quang"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    restored = f"{office.dbname}_restored"
    with psycopg.connect(office.cluster.superuser_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {restored}")
    try:
        env.pop("PGPASSWORD")
        back = subprocess.run(
            [
                str(office.cluster.bin / "pg_restore"),
                "--no-owner",
                "--exit-on-error",
                "--dbname",
                office.cluster.superuser_uri(restored),
                str(dump),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert back.returncode == 0, back.stderr
        with PgDatabase.open(office.cluster.superuser_uri(restored)) as copy:
            assert copy.review.verify(approved).intact
            assert copy.get(approved).meeting.status.value == "approved"
    finally:
        with psycopg.connect(office.cluster.superuser_uri(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {restored} WITH (FORCE)")
