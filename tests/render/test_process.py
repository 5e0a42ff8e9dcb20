"""The render process: the window's PDF renders in a child process, errors come back whole."""

from __future__ import annotations

import io
import logging
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes_app.domain.errors import BilingualError, InterchangeError
from minutes_app.domain.model import Meeting
from minutes_app.domain.validation import error, warning
from minutes_app.render import render_docx_bytes, render_pdf_bytes
from minutes_app.render.errors import LayoutCheckFailed, ProfileError
from minutes_app.render.process import (
    PROTOCOL,
    WORKER_FLAG,
    RemoteTraceback,
    RenderProcess,
    RenderProcessError,
    read_message,
    worker_command,
    worker_environment,
    write_message,
)

ROOT = Path(__file__).resolve().parents[2]


def child_script(body: str) -> list[str]:
    """Return a command running ``body`` (Python) as a stand-in for the render worker."""
    prelude = (
        "import os, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from minutes_app.render.process import PROTOCOL, read_message, write_message\n"
        "out = sys.stdout.buffer\n"
    )
    return [sys.executable, "-c", prelude + textwrap.dedent(body)]


@pytest.fixture
def process() -> Iterator[RenderProcess]:
    renders = RenderProcess()
    yield renders
    renders.close()


def test_the_render_runs_in_a_child_and_gives_the_same_bytes(process, seed_meeting) -> None:
    data = process.render_pdf(seed_meeting)
    assert data == render_pdf_bytes(seed_meeting)
    child = process.pid()
    assert child is not None and child != os.getpid()
    assert process.render_pdf(seed_meeting, "party") == render_pdf_bytes(seed_meeting, "party")
    assert process.pid() == child and process.started == 1  # one child serves every render


def test_docx_and_metadata_render_there_too(process, seed_meeting) -> None:
    stamp = {"minutes_app_sha256": "ab" * 32, "minutes_app_approved_by": "Chủ tịch"}
    for fmt, render in (("docx", render_docx_bytes), ("pdf", render_pdf_bytes)):
        assert process.render(seed_meeting, fmt, "state", stamp) == render(
            seed_meeting, "state", metadata=stamp
        )
    assert process.started == 1
    with pytest.raises(ValueError, match="odt"):
        process.render(seed_meeting, "odt")


def test_an_error_in_the_child_comes_back_whole_with_its_traceback(process, seed_meeting) -> None:
    with pytest.raises(ProfileError) as raised:
        process.render_pdf(seed_meeting, "no-such-layout")
    assert "no-such-layout" in raised.value.message_vi
    assert "no-such-layout" in raised.value.message_en
    cause = raised.value.__cause__
    assert isinstance(cause, RemoteTraceback) and "load_profile" in cause.text
    assert process.render_pdf(seed_meeting)[:5] == b"%PDF-"  # the child serves on


@pytest.mark.parametrize(
    "made",
    [
        lambda: LayoutCheckFailed(
            [error("title", "thiếu", "missing"), warning("place", "ngắn", "short")], "/x/a.pdf"
        ),
        lambda: ProfileError("Không có mẫu", "no layout", "/x/p.json"),
        lambda: InterchangeError([error("attendees[1].name", "trống", "empty")], "a.json"),
        lambda: BilingualError("lỗi", "error", "minutes.sqlite"),
        lambda: RenderProcessError("dừng", "stopped"),
    ],
)
def test_the_applications_errors_survive_a_pickle(made) -> None:
    original = made()
    copy = pickle.loads(pickle.dumps(original, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(copy) is type(original)
    assert str(copy) == str(original) and copy.args == original.args
    assert vars(copy) == vars(original)


def test_a_child_killed_between_renders_is_replaced(process, seed_meeting) -> None:
    process.render_pdf(seed_meeting)
    first = process.pid()
    assert first is not None
    os.kill(first, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while process.pid() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.render_pdf(seed_meeting) == render_pdf_bytes(seed_meeting)
    assert process.started == 2 and process.pid() not in (None, first)


def test_a_child_dying_during_a_render_fails_that_render_with_a_message() -> None:
    process = RenderProcess(
        child_script(
            """
            write_message(out, ("ready", PROTOCOL, os.getpid()))
            read_message(sys.stdin.buffer)
            os._exit(3)
            """
        )
    )
    try:
        with pytest.raises(RenderProcessError) as raised:
            process.render_pdf(Meeting(title="Họp"))
        assert "3" in raised.value.message_vi and "3" in raised.value.message_en
        assert process.pid() is None
        with pytest.raises(RenderProcessError):
            process.render_pdf(Meeting(title="Họp"))  # a fresh child, which dies the same way
        assert process.started == 2 and not process.unavailable
    finally:
        process.close()


@pytest.mark.parametrize(
    "command",
    [
        [str(ROOT / "no-such-program")],  # cannot be started at all
        [sys.executable, "-c", "print('hello')"],  # says something else than ready, ends
        [sys.executable, "-c", "import sys; sys.stdout.buffer.write(b'x' * 3)"],  # half a message
    ],
    ids=["missing", "not-a-worker", "cut-short"],
)
def test_without_a_working_child_the_render_runs_here(command, seed_meeting, caplog) -> None:
    process = RenderProcess(command)
    with caplog.at_level(logging.WARNING, logger="minutes_app.render.process"):
        assert process.render_pdf(seed_meeting) == render_pdf_bytes(seed_meeting)
    assert process.unavailable and process.pid() is None
    assert "rendering here" in caplog.text
    assert process.render_pdf(seed_meeting)[:5] == b"%PDF-"
    assert process.started <= 1  # no second try at every render


def test_what_the_render_prints_never_breaks_an_answer(seed_meeting) -> None:
    process = RenderProcess(
        child_script(
            """
            import minutes_app.render.api as api
            real = api.render_pdf_bytes
            def noisy(*args, **kwargs):
                print("a library talking on stdout")
                sys.stdout.flush()
                return real(*args, **kwargs)
            api.render_pdf_bytes = noisy
            from minutes_app.render.process import serve
            raise SystemExit(serve())
            """
        )
    )
    try:
        assert process.render_pdf(seed_meeting) == render_pdf_bytes(seed_meeting)
    finally:
        process.close()


def test_an_error_that_cannot_travel_arrives_described(seed_meeting) -> None:
    process = RenderProcess(
        child_script(
            """
            import minutes_app.render.api as api
            class Odd(Exception):
                pass
            def odd(*args, **kwargs):
                raise Odd("a library's own error")
            api.render_pdf_bytes = odd
            from minutes_app.render.process import serve
            raise SystemExit(serve())
            """
        )
    )
    try:
        with pytest.raises(RuntimeError, match=r"__main__\.Odd: a library's own error"):
            process.render_pdf(seed_meeting)
        assert process.pid() is not None  # the child serves on
    finally:
        process.close()


def test_the_program_becomes_a_worker_with_the_hidden_flag_and_ends_with_its_input() -> None:
    assert worker_command()[-1] == WORKER_FLAG == "--render-worker"
    request = io.BytesIO()
    write_message(request, ("render", "pdf", Meeting(title="Họp giao ban"), None, None))
    write_message(request, ("render", "pdf", Meeting(), "no-such-layout", None))
    done = subprocess.run(
        worker_command(), input=request.getvalue(), capture_output=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr.decode()
    answers = io.BytesIO(done.stdout)
    ready = read_message(answers)
    assert ready[:2] == ("ready", PROTOCOL)
    kind, pdf = read_message(answers)
    assert kind == "ok" and pdf == render_pdf_bytes(Meeting(title="Họp giao ban"))
    kind, failure, details = read_message(answers)
    assert kind == "error" and isinstance(failure, ProfileError) and "load_profile" in details
    with pytest.raises(EOFError):
        read_message(answers)


def test_close_ends_the_child(seed_meeting) -> None:
    process = RenderProcess()
    process.render_pdf(seed_meeting)
    child = process.pid()
    process.close()
    assert process.pid() is None
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # waited for, so not even a zombie is left


def test_close_during_a_render_kills_the_child_and_fails_that_render() -> None:
    process = RenderProcess(
        child_script(
            """
            import time
            write_message(out, ("ready", PROTOCOL, os.getpid()))
            read_message(sys.stdin.buffer)
            time.sleep(60)  # a very long render
            """
        )
    )
    failures: list[BaseException] = []

    def render() -> None:
        try:
            process.render_pdf(Meeting(title="Họp"))
        except BaseException as exc:  # noqa: BLE001 - kept for the assertion below
            failures.append(exc)

    worker = threading.Thread(target=render)
    worker.start()
    deadline = time.monotonic() + 30
    while process.pid() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # the request is on its way
    started = time.monotonic()
    process.close()
    worker.join(timeout=30)
    assert not worker.is_alive() and time.monotonic() - started < 10
    assert len(failures) == 1 and isinstance(failures[0], RenderProcessError)
    assert process.pid() is None


def test_the_child_loads_the_package_its_parent_runs(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere/else")
    checkout = worker_environment(tmp_path / "checkout")
    assert checkout["PYTHONPATH"].split(os.pathsep) == [
        str(tmp_path / "checkout"),
        "/somewhere/else",
    ]
    # An installed package is found where the child finds it anyway: nothing goes before the
    # standard library, where a stray module in site-packages could shadow it.
    installed = worker_environment(tmp_path / "lib" / "python3.11" / "site-packages")
    assert installed["PYTHONPATH"] == "/somewhere/else"


def test_a_worker_whose_parent_has_gone_ends_quietly() -> None:
    child = subprocess.Popen(
        worker_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdin is not None
    child.stdout.close()  # the parent went away before the child said it was ready
    child.stdin.close()
    assert child.wait(timeout=120) == 0
    assert child.stderr is not None and b"Traceback" not in child.stderr.read()
