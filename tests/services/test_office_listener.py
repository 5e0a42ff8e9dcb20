"""Working together: other PCs' changes arrive through LISTEN/NOTIFY; a lost server is retried.

The waits below are upper bounds for a loaded machine (the listener blocks on the socket; it
does not poll); no test asserts how fast anything is.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from minutes_app.domain.model import Status
from minutes_app.services import office, workflow
from minutes_app.services.office import ChangeListener, retry
from minutes_app.store import Database, MeetingChange, ServerUnreachable
from tests.office import open_acting
from tests.store.conftest import make_meeting

WAIT = 30.0


class Heard:
    """Collects what a listener hands over, and lets a test wait for a given change."""

    def __init__(self) -> None:
        self.changes: list[MeetingChange] = []
        self.errors: list[Exception] = []
        self._event = threading.Condition()

    def __call__(self, changes: list[MeetingChange]) -> None:
        with self._event:
            self.changes.extend(changes)
            self._event.notify_all()

    def error(self, exc: Exception) -> None:
        with self._event:
            self.errors.append(exc)
            self._event.notify_all()

    def wait_for(self, test: Any) -> bool:
        with self._event:
            return self._event.wait_for(lambda: test(self), WAIT)


def test_the_chair_hears_a_submit_and_the_secretary_an_approval(office_uri: str) -> None:
    with open_acting(office_uri) as secretary, open_acting(office_uri) as chair:
        meeting_id = secretary.create(make_meeting(), by="Lê Thị Hoa").id
        heard_by_chair, heard_by_secretary = Heard(), Heard()
        chair_listens = ChangeListener(chair, heard_by_chair).start()
        secretary_listens = ChangeListener(secretary, heard_by_secretary).start()
        try:
            assert chair_listens.listening.wait(WAIT) and secretary_listens.listening.wait(WAIT)
            workflow.submit(secretary, meeting_id, "Lê Thị Hoa")
            assert heard_by_chair.wait_for(
                lambda h: any(c.status is Status.IN_REVIEW for c in h.changes)
            )
            workflow.comment(chair, meeting_id, "Bổ sung số liệu", "Phạm Văn Hùng")
            workflow.approve(chair, meeting_id, "Phạm Văn Hùng")
            assert heard_by_secretary.wait_for(
                lambda h: any(c.status is Status.APPROVED for c in h.changes)
            )
        finally:
            chair_listens.stop()
            secretary_listens.stop()
    submitted = next(c for c in heard_by_chair.changes if c.status is Status.IN_REVIEW)
    assert (submitted.meeting_id, submitted.operation, submitted.version) == (
        meeting_id,
        "update",
        2,
    )
    assert any(c.operation == "comment" for c in heard_by_secretary.changes)


def test_a_local_file_has_no_announcements(tmp_path: Path) -> None:
    with Database.open(tmp_path / "m.sqlite") as db:
        listener = ChangeListener(db, Heard()).start()
        assert not listener.active
        listener.stop()


def _terminate(office_uri: str, application: str = "minutes-app") -> None:
    root = office_uri.split("?")[0].rsplit("/", 1)[0] + "/postgres?" + office_uri.split("?")[1]
    with psycopg.connect(root, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = %s AND pid <> pg_backend_pid()",
            (application,),
        )


def test_the_listener_comes_back_after_the_connection_was_lost(office_uri: str) -> None:
    with open_acting(office_uri) as db, open_acting(office_uri) as other:
        heard = Heard()
        back = threading.Event()
        listener = ChangeListener(
            db, heard, on_error=heard.error, on_back=back.set, reconnect_delay=0.2
        ).start()
        try:
            assert listener.listening.wait(WAIT)
            assert not back.is_set()  # the first connection is not a return
            _terminate(office_uri)  # every app connection, the listener's too
            assert heard.wait_for(lambda h: h.errors)
            assert isinstance(heard.errors[0], ServerUnreachable)
            assert back.wait(WAIT)  # told once it listens again
            assert listener.listening.wait(WAIT)  # connected and listening again
            meeting_id = retry(lambda: other.create(make_meeting()).id, delay=0.2)
            assert heard.wait_for(lambda h: any(c.meeting_id == meeting_id for c in h.changes))
        finally:
            listener.stop()


def test_a_save_while_the_server_was_away_is_refused_clearly_then_retried(
    office_uri: str,
) -> None:
    with open_acting(office_uri) as db:
        record = db.create(make_meeting())
        edited = record.meeting
        edited.title = "Sửa khi máy chủ khởi động lại"
        _terminate(office_uri)
        with pytest.raises(ServerUnreachable) as caught:
            db.update(record.id, edited, expected_version=record.version)
        assert "what you typed is kept" in caught.value.message_en
        waits: list[int] = []
        saved = retry(
            lambda: db.update(record.id, edited, expected_version=record.version),
            delay=0.1,
            on_wait=lambda exc, n: waits.append(n),
        )
        assert saved.version == 2 and db.get(record.id).meeting.title == edited.title


def test_retry_gives_up_with_the_last_error_and_passes_others_at_once() -> None:
    calls: list[int] = []

    def down() -> None:
        calls.append(1)
        raise ServerUnreachable("máy chủ", "server", "x")

    with pytest.raises(ServerUnreachable):
        retry(down, attempts=3, delay=0, sleep=lambda s: None)
    assert len(calls) == 3

    def wrong() -> None:
        calls.append(2)
        raise ValueError("not a connection problem")

    with pytest.raises(ValueError):
        retry(wrong, attempts=3, sleep=lambda s: None)
    assert calls.count(2) == 1
    assert office.RETRY_DELAY > 0
