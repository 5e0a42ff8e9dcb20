"""When to autosave: 1.5 s after the last change, and at least every 2 s while typing goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer

IDLE_MS = 1500
MAX_LATENCY_MS = 2000
RETRY_MS = 250


class AutosaveTimer(QObject):
    """Calls ``save`` once edits pause (``idle_ms``) or have waited ``max_latency_ms``.

    ``busy`` tells it to wait a little (an input method is composing, a save is running).
    """

    def __init__(
        self,
        save: Callable[[], object],
        busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
        max_latency_ms: int = MAX_LATENCY_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._busy = busy
        self.idle_ms = idle_ms
        self.max_latency_ms = max_latency_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire 5 % late, which would break the two-second promise.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._since_first = QElapsedTimer()
        self.enabled = True

    def is_pending(self) -> bool:
        """Return True when a save is scheduled."""
        return self._timer.isActive()

    def notify_change(self) -> None:
        """Schedule a save after this change: restart the idle wait, within the latency cap."""
        if not self.enabled:
            return
        if not self._since_first.isValid():
            self._since_first.start()
        remaining = self.max_latency_ms - self._since_first.elapsed()
        self._timer.start(max(0, min(self.idle_ms, remaining)))

    def cancel(self) -> None:
        """Forget the scheduled save (it was done by a flush)."""
        self._timer.stop()
        self._since_first.invalidate()

    def _on_timeout(self) -> None:
        if self._busy():
            self._timer.start(RETRY_MS)
            return
        self._since_first.invalidate()
        self._save()
