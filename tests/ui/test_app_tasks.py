"""The background task helper: results, errors and progress come back on the UI thread."""

from __future__ import annotations

import threading

import pytest

from minutes_app.domain.errors import MinutesError
from minutes_app.ui.tasks import TaskFailure, TaskRunner


def test_result_is_delivered_on_the_ui_thread(qtbot) -> None:
    runner = TaskRunner()
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_thread"] = threading.get_ident()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_done=done, label="x")
        assert runner.is_busy()
    assert seen["value"] == 42
    assert seen["worker"] != main
    assert seen["done_thread"] == main
    assert not runner.is_busy()


def test_errors_go_to_the_handler_or_the_reporter(qtbot) -> None:
    reported: list[tuple[str, TaskFailure]] = []
    runner = TaskRunner(lambda label, failure: reported.append((label, failure)))
    handled: list[TaskFailure] = []

    def boom() -> None:
        raise MinutesError("hỏng")

    runner.run(boom, on_done=lambda _: None, on_error=handled.append, label="một")
    qtbot.waitUntil(lambda: bool(handled))
    assert str(handled[0].exc) == "hỏng" and handled[0].expected
    assert not reported

    runner.run(lambda: 1 / 0, on_done=lambda _: None, label="hai")
    qtbot.waitUntil(lambda: bool(reported))
    label, failure = reported[0]
    assert label == "hai" and isinstance(failure.exc, ZeroDivisionError)
    assert not failure.expected and "ZeroDivisionError" in failure.details


def test_progress_reaches_the_ui_thread(qtbot) -> None:
    runner = TaskRunner()
    steps: list[tuple[int, str, bool]] = []
    main = threading.get_ident()
    results: list[str] = []

    def work(progress) -> str:  # noqa: ANN001
        for i in (25, 50, 100):
            progress(i, f"bước {i}")
        return "xong"

    runner.run(
        work,
        on_done=results.append,
        on_progress=lambda p, t: steps.append((p, t, threading.get_ident() == main)),
    )
    qtbot.waitUntil(lambda: bool(results))
    assert [s[:2] for s in steps] == [(25, "bước 25"), (50, "bước 50"), (100, "bước 100")]
    assert all(s[2] for s in steps)
    with pytest.raises(TypeError):
        runner.run(lambda: None, on_done=print, on_progress=lambda p, t: None)


def test_verbs_run_in_order_on_one_worker_connection_and_announce_their_changes(
    qtbot, tmp_path
) -> None:  # noqa: ANN001
    from minutes_app.services.changes import Changes
    from minutes_app.store import Database

    path = tmp_path / "m.sqlite"
    Database.open(path).close()
    runner = TaskRunner()
    main = threading.get_ident()
    seen: list[tuple[int, int, int]] = []  # (order, thread, connection)
    announced: list[tuple[Changes, object]] = []
    runner.changed.connect(lambda changes, initiator: announced.append((changes, initiator)))

    def verb(n: int):  # noqa: ANN202
        def run(db: Database) -> Changes:
            seen.append((n, threading.get_ident(), id(db)))
            return Changes(meeting_id=n)

        return run

    me = object()
    handles = [runner.run_verb(path, verb(n), initiator=me) for n in range(5)]
    handles[-1].wait()
    assert all(h.done() for h in handles)  # waiting for the last delivered the ones before
    assert [n for n, _t, _c in seen] == list(range(5))
    assert len({t for _n, t, _c in seen}) == 1 and seen[0][1] != main
    assert len({c for _n, _t, c in seen}) == 1  # one connection, kept between verbs
    assert [(c.meeting_id, who) for c, who in announced] == [(n, me) for n in range(5)]
    assert runner.close_database()
    runner.deleteLater()


def test_waiting_for_a_task_delivers_its_result_once(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    results: list[int] = []
    handle = runner.run(lambda: 7, on_done=results.append)
    assert handle.wait() and results == [7] and handle.done()
    qtbot.wait(50)  # the queued signal arrives later and changes nothing
    assert results == [7] and not runner.is_busy()
