"""Run slow work and the product's verbs off the UI thread through one helper.

Two lanes, in the manner of Anki's ``QueryOp`` and ``CollectionOp``:

- ``run``: any function (a render, a layout check, printing preparation) on a small thread
  pool, in parallel;
- ``run_verb``/``run_query``: a function of the database, on one worker thread that holds
  its own connection to the database and runs them one at a time, in the order given
  (a save never overtakes the save before it). A verb returns a ``Changes``; once its own
  callback has run, ``changed(changes, initiator)`` tells every view, so each refreshes
  only what the change names, and the view that asked skips its own change.

Callbacks run on the UI thread; failures reach one reporter (a dialog in the app) unless the
caller handles them. A worker never touches a widget. ``TaskHandle.wait`` lets the UI thread
wait for one task when it must (closing a tab saves first) and delivers its result at once.
"""

from __future__ import annotations

import inspect
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from minutes_app.domain.errors import MinutesError

if TYPE_CHECKING:
    from minutes_app.services.changes import Changes
    from minutes_app.store import Store

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, str], None]
T = TypeVar("T")

#: How long (s) a worker may keep the interpreter once the UI thread asks for it. Python's
#: 5 ms default lets a save or a layout check hold back each event of the UI thread by that
#: much, and a keystroke reaches dozens of Python slots and event filters, each taking the
#: interpreter again. bench_ui_stall, 1 MB meeting, while the preview rendered in this process
#: and the save ran: 10-17 ms medians (worst rounds 18-26 ms) at 1 ms; 6-12 ms (worst 10-17)
#: at 0.2 ms. A worker hands over only when the UI thread asks: an idle window costs it nothing.
SWITCH_INTERVAL_S = 0.0002


class TaskFailure:
    """An exception raised by a task, with the traceback text for the details pane."""

    def __init__(self, exc: BaseException, details: str) -> None:
        self.exc = exc
        self.details = details

    @property
    def expected(self) -> bool:
        """Return True for errors meant for the user (bad input, a file problem), not bugs."""
        return isinstance(self.exc, (MinutesError, OSError))


class _Signals(QObject):
    """Emitted from the worker thread; delivered (queued) to the task object on the UI thread."""

    ended = Signal()
    progressed = Signal(int, str)


class _Task(QObject):
    """One piece of work: lives on the UI thread, so its slots run there."""

    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[..., Any],
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[TaskFailure], None] | None,
        on_progress: ProgressFn | None,
    ) -> None:
        super().__init__(runner)
        self.runner = runner
        self.fn = fn
        self.label = label
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.signals = _Signals()
        self.runnable: QRunnable | None = None
        self.result: Any = None
        self.failure: TaskFailure | None = None
        self.ended = threading.Event()  # set by the worker once result or failure is known
        self.delivered = False  # the callback has run (from the signal or from a wait)
        self.in_lane = False  # a verb or query (one at a time, in order), not parallel work
        self.signals.ended.connect(self._on_ended)
        self.signals.progressed.connect(self._progressed)

    def work(self) -> None:
        """Run on the worker thread: call ``fn`` and report back through signals only."""
        try:
            if self.on_progress is not None:
                self.result = self.fn(self.signals.progressed.emit)
            else:
                self.result = self.fn()
        except Exception as exc:  # every failure goes back to the UI thread, never a crash
            self.failure = TaskFailure(exc, traceback.format_exc())
        self.ended.set()
        self.signals.ended.emit()

    def deliver(self) -> None:
        """Run the callback on the UI thread (once, whoever comes first: the signal or a wait)."""
        if self.delivered:
            return
        self.delivered = True
        try:
            if self.failure is None:
                self.on_done(self.result)
            else:
                if self.failure.expected:
                    log.info("task %r failed: %s", self.label, self.failure.exc)
                else:
                    log.error("task %r failed:\n%s", self.label, self.failure.details)
                if self.on_error is not None:
                    self.on_error(self.failure)
                else:
                    self.runner.report_failure(self.label, self.failure)
        finally:
            self.runner._forget(self)

    @Slot()
    def _on_ended(self) -> None:
        self.deliver()

    @Slot(int, str)
    def _progressed(self, percent: int, text: str) -> None:
        if self.on_progress is not None and not self.delivered:
            self.on_progress(percent, text)


class TaskHandle:
    """A started task: ``wait`` blocks the UI thread until it ends, then runs its callback."""

    def __init__(self, task: _Task) -> None:
        self._task = task

    def done(self) -> bool:
        """Return True once the task's callback has run."""
        return self._task.delivered

    def wait(self, msecs: int = 60000) -> bool:
        """Wait for the task and run its callback now; False when it did not end in time.

        A verb's callback never runs before those of the verbs started before it: they are
        waited for and delivered first, in order.
        """
        task = self._task
        earlier = task.runner.lane_tasks_before(task) if task.in_lane else []
        for other in [*earlier, task]:
            if not other.ended.wait(msecs / 1000):
                return False
            other.deliver()
        return True


class _Runnable(QRunnable):
    def __init__(self, task: _Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.work()


class _Call(QRunnable):
    """A bare call on a pool's thread (closing the lane's connection): no callback."""

    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            self.fn()
        except Exception:  # closing a connection that is already gone: nothing to save
            log.warning("closing the verb lane's database failed", exc_info=True)


# The verb lane's connections, by worker thread. Not a ``threading.local``: a pool thread
# runs each task under a fresh Python thread state, which would forget it between tasks.
_connections: dict[int, tuple[object, Store]] = {}
_connections_lock = threading.Lock()


def lane_database(source: Path | Store) -> Store:
    """Return the calling worker thread's own connection to ``source``.

    ``source`` is a local file's path, or an open store (the window's own connection, a local
    file or the office database) whose ``reopen()`` gives this thread a connection of its own.
    """
    from minutes_app.store import Database

    key: object = Path(source) if isinstance(source, (str, Path)) else id(source)
    me = threading.get_ident()
    with _connections_lock:
        entry = _connections.get(me)
    if entry is not None and entry[0] != key:
        _close_lane_database()
        entry = None
    if entry is None:
        if isinstance(source, (str, Path)):
            db: Store = Database.open(Path(source), create=False)
        else:
            db = source.reopen()
        entry = (key, db)
        with _connections_lock:
            _connections[me] = entry
    return entry[1]


def _close_lane_database() -> None:
    with _connections_lock:
        entry = _connections.pop(threading.get_ident(), None)
    if entry is not None:
        entry[1].close()


class TaskRunner(QObject):
    """Start work off the UI thread; callbacks run on the UI thread; failures reach one reporter."""

    busy_changed = Signal(bool)  # True while any task runs
    label_changed = Signal(str)  # what the oldest running task is doing ("" when idle)
    #: (Changes, initiator): a verb changed the database; views refresh what it names.
    changed = Signal(object, object)

    def __init__(
        self,
        report: Callable[[str, TaskFailure], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._report = report
        self._running: list[_Task] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        # The verb lane: one thread that never expires, so its connection lives on.
        self.lane = QThreadPool(self)
        self.lane.setMaxThreadCount(1)
        self.lane.setExpiryTimeout(-1)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[TaskFailure], None] | None = None,
        on_progress: ProgressFn | None = None,
        label: str = "",
    ) -> TaskHandle:
        """Run ``fn()`` off the UI thread; with ``on_progress`` it gets ``progress(percent, text)``.

        ``fn`` must not touch widgets or the UI thread's database connection; pass it copies.
        """
        if on_progress is not None and not _accepts_argument(fn):
            raise TypeError("with on_progress, the task function must take a progress callable")
        return self._start(self.pool, fn, on_done, on_error, on_progress, label)

    def run_query(
        self,
        db_path: Path | Store,
        fn: Callable[[Store], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[TaskFailure], None] | None = None,
        label: str = "",
    ) -> TaskHandle:
        """Run ``fn(db)`` on the verb lane's own connection to ``db_path`` (reads, in order)."""
        return self._start(
            self.lane, lambda: fn(lane_database(db_path)), on_done, on_error, None, label
        )

    def run_verb(
        self,
        db_path: Path | Store,
        verb: Callable[[Store], Changes],
        *,
        label: str = "",
        initiator: object = None,
        on_done: Callable[[Changes], None] | None = None,
        on_error: Callable[[TaskFailure], None] | None = None,
    ) -> TaskHandle:
        """Run ``verb(db)`` on the verb lane, then ``on_done(changes)``, then ``changed``.

        ``initiator`` is whoever asked (an editor, a review page): it is passed along with
        the change so that it can skip what it did itself.
        """

        def done(changes: Changes) -> None:
            try:
                if on_done is not None:
                    on_done(changes)
            finally:
                self.changed.emit(changes, initiator)

        return self.run_query(db_path, verb, on_done=done, on_error=on_error, label=label)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[TaskFailure], None] | None,
        on_progress: ProgressFn | None,
        label: str,
    ) -> TaskHandle:
        task = _Task(self, fn, label, on_done, on_error, on_progress)
        task.in_lane = pool is self.lane
        self._running.append(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.label_changed.emit(self._running[0].label)
        # Keep the runnable owned by Python (the task holds it) so the pool never deletes it.
        task.runnable = _Runnable(task)
        task.runnable.setAutoDelete(False)
        pool.start(task.runnable)
        return TaskHandle(task)

    def lane_tasks_before(self, task: _Task) -> list[_Task]:
        """Return the verbs and queries started before ``task`` whose callback has not run."""
        lane = [t for t in self._running if t.in_lane and not t.delivered]
        return lane[: lane.index(task)] if task in lane else []

    def is_busy(self) -> bool:
        """Return True while any task is running or its result is not yet delivered."""
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the worker threads, deliver pending results and close the lane's connection
        (when quitting, and at the end of a test)."""
        done = self.pool.waitForDone(msecs) and self.close_database(msecs)
        QCoreApplication.sendPostedEvents()
        return done

    def wait_for_lane(self, msecs: int = 60000) -> bool:
        """Wait until every verb started so far has ended and run its callback."""
        lane = [t for t in self._running if t.in_lane and not t.delivered]
        return not lane or TaskHandle(lane[-1]).wait(msecs)

    def close_database(self, msecs: int = 30000) -> bool:
        """Let the verbs started so far finish, then close the lane's connection (a switch, quit)."""
        waited = self.wait_for_lane(msecs)
        closing = _Call(_close_lane_database)
        closing.setAutoDelete(False)
        self.lane.start(closing)
        return self.lane.waitForDone(msecs) and waited

    def report_failure(self, label: str, failure: TaskFailure) -> None:
        """Hand a failure without its own handler to the reporter (a dialog in the app)."""
        if self._report is not None:
            self._report(label, failure)

    def _forget(self, task: _Task) -> None:
        if task in self._running:
            self._running.remove(task)
        task.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
            self.label_changed.emit("")
        else:
            self.label_changed.emit(self._running[0].label)


def _accepts_argument(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(
        p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL) for p in params
    )
