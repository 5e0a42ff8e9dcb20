"""DOCX and PDF renders in a child process, so that the caller's interpreter does none of the work.

The window's live preview renders the whole meeting again after each pause in typing: for a long
meeting, seconds of Python and hundreds of thousands of short-lived objects. On a thread of the
window's own process that work shares one interpreter with the window; its garbage collections
(10-20 ms for a 1 MB meeting) and its long calls into C hold the window back, a keystroke waits.
``RenderProcess`` sends the meeting to a child process instead (the same program, started with
``--render-worker``) and waits for the bytes without holding the interpreter. The window's
exports and printing use it too: a long meeting exported in the background does not hold back
the typing in another tab.

The protocol, over the child's standard input and output: each message is an 8-byte big-endian
length and a pickle. The child sends ``("ready", PROTOCOL, pid)`` once its modules are loaded;
then, for each ``("render", format, meeting, profile, metadata)``, either ``("ok", bytes)`` or
``("error", exception, traceback text)``. The child ends when its input ends (its parent closed it, or died).
Pickles are read only from the child this process started, never from a file or the network.

When the child cannot be started, the render runs in this process, as before: the preview works,
only with the longer stalls. When a started child dies during a render, that render fails with a
message, and the next one starts a fresh child.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO

from minutes_app.domain.errors import BilingualError
from minutes_app.domain.model import Meeting
from minutes_app.render.api import FORMATS, render_bytes

log = logging.getLogger(__name__)

#: The hidden first argument that makes the program a render worker (``__main__``).
WORKER_FLAG = "--render-worker"
PROTOCOL = 2
#: How long a child may take to load its modules before it counts as one that cannot start.
START_TIMEOUT_S = 60.0
#: How much lower the child runs than the window on POSIX (``nice``): the window wins a busy core.
NICENESS = 5
_HEADER = struct.Struct(">Q")


class RenderProcessError(BilingualError):
    """The render process stopped during a render; the next render starts a new one."""


class RemoteTraceback(Exception):
    """The child's traceback, chained as the cause of an error it sent (as ``concurrent.futures``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return f'\n"""\n{self.text}"""'


def write_message(stream: IO[bytes], message: object) -> None:
    """Write one framed pickle of ``message`` to ``stream`` and flush it."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def read_message(stream: IO[bytes]) -> Any:
    """Return the next framed message from ``stream``; raise ``EOFError`` once it has ended."""
    header = _read_exactly(stream, _HEADER.size)
    (size,) = _HEADER.unpack(header)
    return pickle.loads(_read_exactly(stream, size))


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError("the stream ended inside a message" if chunks else "the stream ended")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def worker_command() -> list[str]:
    """Return the command that starts a render worker: this program, with ``WORKER_FLAG``."""
    if getattr(sys, "frozen", False):  # a bundle: its executable is the program itself
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "minutes_app", WORKER_FLAG]


def worker_environment(root: Path | None = None) -> dict[str, str]:
    """Return the child's environment: this one, so that it loads this copy of the package.

    An installed package (under ``site-packages``) is found there by the child as well. A
    source checkout (``root``, the folder holding the package) goes first on the child's
    ``PYTHONPATH``, wherever its current folder: the child runs the code its parent runs.
    """
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        return env
    root = root if root is not None else Path(__file__).resolve().parents[2]
    if root.name not in ("site-packages", "dist-packages"):
        paths = [str(root), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
        env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


class RenderProcess:
    """Renders in one child process, one request at a time (threads may share it)."""

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._command = list(command) if command is not None else None
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self.unavailable = False  # a child could not be started: render here from now on
        self.started = 0  # how many children were started (a test and the log read it)

    def render_pdf(self, meeting: Meeting, profile: str | None = None) -> bytes:
        """Return the PDF of ``meeting``, as ``render.render_pdf_bytes`` gives it."""
        return self.render(meeting, "pdf", profile)

    def render(
        self,
        meeting: Meeting,
        fmt: str,
        profile: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> bytes:
        """Return the ``fmt`` ("pdf" or "docx") bytes of ``meeting``, as ``render.api`` gives
        them (the export service's ``Renderer``: no layout check here)."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        request = (fmt, meeting, profile, dict(metadata) if metadata else None)
        with self._lock:
            child = self._child
            if child is not None and child.poll() is not None:
                # It ended between renders (killed, or the machine short of memory): a new one.
                log.warning("render process %s had ended (exit status %s)", child.pid, child.poll())
                self._stop()
                child = None
            if child is None and not self.unavailable:
                child = self._start()
            if child is None:
                fmt, meeting, profile, metadata = request
                return render_bytes(meeting, fmt, profile, metadata)
            return self._request(child, request)

    def pid(self) -> int | None:
        """Return the running child's process id, or None when none runs."""
        child = self._child
        return child.pid if child is not None and child.poll() is None else None

    def close(self) -> None:
        """End the child: an idle one exits once its input closes, a busy one is killed (its
        render fails; closing the window does not wait for a render nobody will see)."""
        if self._lock.acquire(blocking=False):
            try:
                self._stop()
            finally:
                self._lock.release()
            return
        child = self._child
        if child is not None:
            with contextlib.suppress(OSError):
                child.kill()

    def _start(self) -> subprocess.Popen[bytes] | None:
        command = self._command if self._command is not None else worker_command()
        options: dict[str, Any] = {}
        if sys.platform == "win32":
            options["creationflags"] = (
                subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
            )
        try:
            child = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=None if sys.stderr is not None else subprocess.DEVNULL,
                env=worker_environment(),
                **options,
            )
        except OSError as exc:
            log.warning("render process: cannot start %s (%s); rendering here", command, exc)
            self.unavailable = True
            return None
        self.started += 1
        assert child.stdout is not None
        # A child that never says it is ready is killed, which ends the wait for its answer.
        watchdog = threading.Timer(START_TIMEOUT_S, child.kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            hello = read_message(child.stdout)
        except Exception as exc:  # noqa: BLE001 - no answer, a wrong one: no child at all
            hello = exc
        finally:
            watchdog.cancel()
        if not (isinstance(hello, tuple) and hello[:2] == ("ready", PROTOCOL)):
            log.warning(
                "render process: %s did not start (%r, exit status %s); rendering here",
                command,
                hello,
                child.poll(),
            )
            self._child = child
            self._stop()
            self.unavailable = True
            return None
        self._child = child
        return child

    def _request(self, child: subprocess.Popen[bytes], request: tuple[Any, ...]) -> bytes:
        assert child.stdin is not None and child.stdout is not None
        try:
            write_message(child.stdin, ("render", *request))
            answer = read_message(child.stdout)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError) as exc:
            self._stop()
            status = child.poll()
            log.error(
                "render process %s stopped during a render: %s (exit status %s)",
                child.pid,
                exc,
                status,
            )
            raise RenderProcessError(
                f"tiến trình dựng văn bản đã dừng đột ngột (mã thoát {status}); hãy thử lại",
                f"the rendering process stopped unexpectedly (exit status {status}); try again",
            ) from exc
        if answer[0] == "ok":
            data: bytes = answer[1]
            return data
        _kind, error, details = answer
        raise error from RemoteTraceback(details)

    def _stop(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _sendable(exc: Exception) -> Exception:
    """Return ``exc`` when the parent can rebuild it, else an error carrying its message.

    The parent rebuilds the application's own errors and Python's; a library's error class
    might not load there, and one holding a value that does not pickle cannot travel at all.
    """
    from minutes_app.domain.errors import MinutesError, message

    if isinstance(exc, MinutesError) or type(exc).__module__ == "builtins":
        try:
            pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:  # noqa: BLE001 - it does not travel: described below instead
            log.debug("render process: %r does not pickle", exc)
        else:
            return exc
    if isinstance(exc, MinutesError):
        return BilingualError(message(exc, "vi"), message(exc, "en"))
    return RuntimeError(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}")


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> int:
    """Run the render worker on the process's standard streams until its input ends."""
    if stdout is None:
        # The answers go to the pipe on file 1; anything else printed goes to stderr, so that
        # a stray print() in a library can never break a message.
        stdout = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
    if stdin is None:
        stdin = sys.stdin.buffer
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    import gc

    with contextlib.suppress(Exception):
        render_bytes(Meeting(), "pdf")  # loads the PDF writer, its library and the fonts
    gc.freeze()  # the modules loaded: no later collection walks them again
    try:
        write_message(stdout, ("ready", PROTOCOL, os.getpid()))
        _answer_requests(stdin, stdout)
    except BrokenPipeError:  # the parent has gone: nobody to answer, nothing to report
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
    return 0


def _answer_requests(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Answer each request until the input ends."""
    while True:
        try:
            request = read_message(stdin)
        except EOFError:
            return
        try:
            kind, fmt, meeting, profile, metadata = request
            if kind != "render":
                raise ValueError(f"unknown request {kind!r}")
            answer: tuple[Any, ...] = ("ok", render_bytes(meeting, fmt, profile, metadata))
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the parent
            answer = ("error", _sendable(exc), traceback.format_exc())
        write_message(stdout, answer)
