"""Working together in the office, free of Qt: hear other PCs' changes, and retry when the server was away.

``ChangeListener`` runs one thread that waits on the office database's announcements (LISTEN/
NOTIFY: no polling loop) and hands each batch of changes to a callback; the window turns that
callback into a signal and refreshes the list and the open tab. ``retry`` runs a store call
again while the server cannot be reached, so a save that failed while the server restarted is
written when it is back; what the user typed is never dropped (the caller keeps it until a call
succeeds).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from minutes_app.store import ChangeFeed, MeetingChange, ServerUnreachable, Store

if TYPE_CHECKING:
    from minutes_app.store.postgres.target import OfficeTarget

_T = TypeVar("_T")

#: Seconds between two attempts to reach the server again.
RETRY_DELAY = 2.0


def retry(
    call: Callable[[], _T],
    *,
    attempts: int = 3,
    delay: float = RETRY_DELAY,
    sleep: Callable[[float], None] = time.sleep,
    on_wait: Callable[[ServerUnreachable, int], None] | None = None,
) -> _T:
    """Return ``call()``, trying again while the server cannot be reached.

    Only ``ServerUnreachable`` is retried (the store reconnects on the next call); any other
    error, or the last failure, reaches the caller, who still holds what the user typed.
    """
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except ServerUnreachable as exc:
            if attempt == attempts:
                raise
            if on_wait is not None:
                on_wait(exc, attempt)
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


class ChangeListener:
    """Wait for the changes other PCs make to a store and hand them to ``on_changes``.

    ``on_changes`` and ``on_error`` run on the listener's own thread: a window passes them on
    to its UI thread (a queued signal) and never touches a widget from here. ``on_back`` runs
    when it listens again after the server was lost: what was announced meanwhile is not kept,
    so the window re-reads its list then (and saves what could not be saved). A store without
    announcements (a local file) gives a listener that does nothing.
    """

    def __init__(
        self,
        db: Store,
        on_changes: Callable[[list[MeetingChange]], None],
        *,
        on_error: Callable[[Exception], None] | None = None,
        on_back: Callable[[], None] | None = None,
        reconnect_delay: float = RETRY_DELAY,
    ) -> None:
        self._db = db
        self._on_changes = on_changes
        self._on_error = on_error
        self._on_back = on_back
        self._delay = reconnect_delay
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._feed: ChangeFeed | None = db.changes()
        #: Set once the listener is connected and listening (tests and the status bar use it).
        self.listening = threading.Event()

    @property
    def active(self) -> bool:
        """Return True when the store announces changes (the office database)."""
        return self._feed is not None

    def start(self) -> ChangeListener:
        """Start listening on a thread of its own; return self."""
        if self._feed is None or self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._run, name="minutes-changes", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the listening connection."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._feed is not None:
            self._feed.close()

    def _run(self) -> None:
        feed = self._feed
        lost = False
        while not self._stop.is_set():
            try:
                if feed is None:
                    feed = self._feed = self._db.changes()
                    if feed is None:
                        return
                self.listening.set()
                if lost:
                    lost = False
                    if self._on_back is not None:
                        self._on_back()
                changes = feed.wait(0.5)
            except ServerUnreachable as exc:
                lost = True
                self.listening.clear()
                if feed is not None:
                    feed.close()
                feed = self._feed = None
                if self._on_error is not None:
                    self._on_error(exc)
                self._stop.wait(self._delay)
                continue
            if changes and not self._stop.is_set():
                self._on_changes(changes)


# -- passwords the window may keep in the system's keyring (optional package ``keyring``) ------

KEYRING_SERVICE = "minutes-app"


def _keyring() -> Any:
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return keyring


def keyring_available() -> bool:
    """Return True when the optional ``keyring`` package can keep passwords."""
    return _keyring() is not None


def _account(target: object) -> str:
    user, host = getattr(target, "user", ""), getattr(target, "host", "")
    return f"{user}@{host or 'localhost'}:{getattr(target, 'port', '')}/{getattr(target, 'dbname', '')}"


def saved_password(target: object) -> str | None:
    """Return the password kept for an office login, None when none is (or no keyring)."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        found = ring.get_password(KEYRING_SERVICE, _account(target))
    except Exception:  # noqa: BLE001 - a broken keyring backend must not stop the app
        return None
    return str(found) if found else None


def remember_password(target: object, password: str) -> bool:
    """Keep a password in the system's keyring; return False when there is none to keep it."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, _account(target), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def keyring_prompt(
    ask: Callable[[OfficeTarget], str | None] | None = None,
) -> Callable[[OfficeTarget], str | None]:
    """Return a password prompt that offers the kept password first, then asks ``ask``."""
    tried: set[str] = set()

    def prompt(target: OfficeTarget) -> str | None:
        account = _account(target)
        if account not in tried:
            tried.add(account)
            kept = saved_password(target)
            if kept is not None:
                return kept
        return ask(target) if ask is not None else None

    return prompt
