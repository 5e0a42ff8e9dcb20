"""Run slow work (export, rendering, printing preparation) off the UI thread through one helper."""

from __future__ import annotations

import inspect
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from minutes_app.domain.errors import MinutesError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, str], None]


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

    finished = Signal(object)
    failed = Signal(object)
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
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        self.signals.progressed.connect(self._progressed)

    def work(self) -> None:
        """Run on the worker thread: call ``fn`` and report back through signals only."""
        try:
            if self.on_progress is not None:
                result = self.fn(self.signals.progressed.emit)
            else:
                result = self.fn()
        except Exception as exc:  # every failure goes back to the UI thread, never a crash
            self.signals.failed.emit(TaskFailure(exc, traceback.format_exc()))
        else:
            self.signals.finished.emit(result)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        try:
            self.on_done(result)
        finally:
            self.runner._forget(self)

    @Slot(object)
    def _failed(self, failure: TaskFailure) -> None:
        try:
            if failure.expected:
                log.info("task %r failed: %s", self.label, failure.exc)
            else:
                log.error("task %r failed:\n%s", self.label, failure.details)
            if self.on_error is not None:
                self.on_error(failure)
            else:
                self.runner.report_failure(self.label, failure)
        finally:
            self.runner._forget(self)

    @Slot(int, str)
    def _progressed(self, percent: int, text: str) -> None:
        if self.on_progress is not None:
            self.on_progress(percent, text)


class _Runnable(QRunnable):
    def __init__(self, task: _Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.work()


class TaskRunner(QObject):
    """Start work on a thread pool; callbacks run on the UI thread; failures reach one reporter."""

    busy_changed = Signal(bool)  # True while any task runs
    label_changed = Signal(str)  # what the oldest running task is doing ("" when idle)

    def __init__(
        self,
        report: Callable[[str, TaskFailure], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._running: list[_Task] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[TaskFailure], None] | None = None,
        on_progress: ProgressFn | None = None,
        label: str = "",
    ) -> None:
        """Run ``fn()`` off the UI thread; with ``on_progress`` it gets ``progress(percent, text)``.

        ``fn`` must not touch widgets or the UI thread's database connection; pass it copies.
        """
        if on_progress is not None and not _accepts_argument(fn):
            raise TypeError("with on_progress, the task function must take a progress callable")
        task = _Task(self, fn, label, on_done, on_error, on_progress)
        self._running.append(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.label_changed.emit(self._running[0].label)
        # Keep the runnable owned by Python (the task holds it) so the pool never deletes it.
        task.runnable = _Runnable(task)
        task.runnable.setAutoDelete(False)
        self.pool.start(task.runnable)

    def is_busy(self) -> bool:
        """Return True while any task is running or its result is not yet delivered."""
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the worker threads and deliver pending results (used when quitting)."""
        done = self.pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents()
        return done

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
