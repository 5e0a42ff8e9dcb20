"""Crash safety: a writer killed by SIGKILL at random moments loses no acknowledged write."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes_app.domain import interchange
from minutes_app.store import Database
from minutes_app.store.index import folded_text, named_people
from tests.reliability.crash_writer import content_hash, expected_meeting, slot_of

FUZZ_ONLY = pytest.mark.skipif(
    not os.environ.get("MINUTES_FUZZ_EXAMPLES"), reason="long run: make fuzz"
)

REPO = Path(__file__).resolve().parents[2]
KILLS = 60
SLOW_KILLS = int(os.environ.get("MINUTES_CRASH_KILLS", "400"))


def _start_writer(db_path: Path, seed: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_writer", str(db_path), str(seed)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _acks(output: bytes) -> list[tuple[int, int, str]]:
    """Return the acknowledgements printed in full (a line cut by the kill does not count)."""
    acks = []
    for line in output.split(b"\n")[:-1]:
        parts = line.decode().split()
        if parts and parts[0] == "ACK":
            acks.append((int(parts[1]), int(parts[2]), parts[3]))
    return acks


def _kill_at_random(db_path: Path, seed: int, rng: random.Random) -> list[tuple[int, int, str]]:
    proc = _start_writer(db_path, seed)
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    if ready.strip() != b"READY":
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"the writer did not start: {ready!r} {err.decode()}")
    time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err.decode()
    return _acks(out)


def _check_database(
    db_path: Path,
    acknowledged: dict[int, tuple[int, str]],
    verified: dict[int, tuple[int, str, str]],
) -> None:
    """Assert the file is sound, holds every acknowledged write and no half-written meeting.

    ``verified`` holds the meetings already checked whole (id -> version, hash, updated here):
    a meeting whose version and document hash did not change is not parsed again.
    """
    raw = sqlite3.connect(db_path)  # replays the WAL left by the killed process
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = raw.execute("SELECT id, version, title, document FROM meetings").fetchall()
        fts = {
            r[0]: tuple(r[1:])
            for r in raw.execute("SELECT rowid, title, issuer, people, body FROM meeting_text")
        }
        people: dict[int, list[tuple[str, str, str]]] = {}
        for meeting_id, name, position, organization in raw.execute(
            "SELECT meeting_id, name, position, organization FROM people ORDER BY meeting_id, seq"
        ):
            people.setdefault(meeting_id, []).append((name, position, organization))
    finally:
        raw.close()
    stored = {}
    for meeting_id, version, title, document in rows:
        digest = hashlib.sha256(document.encode()).hexdigest()
        seen = verified.get(meeting_id)
        if seen is not None and seen[:2] == (version, digest):
            stored[meeting_id] = (version, seen[2])  # the same bytes, checked whole before
            continue
        meeting = interchange.parse(document, check=False).meeting  # parses: not half written
        slot = slot_of(title)
        # The whole meeting of that version, nothing of another version mixed in.
        expected = interchange.canonical_bytes(expected_meeting(slot, version))
        assert interchange.canonical_bytes(meeting) == expected, (meeting_id, version)
        assert json.loads(document) == json.loads(expected)
        text = folded_text(meeting)
        assert fts.get(meeting_id) == (text.title, text.issuer, text.people, text.body)
        assert people.get(meeting_id, []) == [
            (p.name, p.position, p.organization) for p in named_people(meeting)
        ]
        stored[meeting_id] = (version, content_hash(meeting))
        verified[meeting_id] = (version, digest, stored[meeting_id][1])
    assert set(fts) == set(stored)  # no index row without its meeting
    for meeting_id, (version, digest) in acknowledged.items():
        assert meeting_id in stored, f"acknowledged meeting {meeting_id} is lost"
        have_version, have_digest = stored[meeting_id]
        assert have_version >= version, f"meeting {meeting_id} went back to {have_version}"
        if have_version == version:
            assert have_digest == digest


def _run(tmp_path: Path, kills: int, seed: int) -> None:
    db_path = tmp_path / "minutes.sqlite"
    rng = random.Random(seed)
    acknowledged: dict[int, tuple[int, str]] = {}
    verified: dict[int, tuple[int, str, str]] = {}
    total_acks = 0
    for n in range(kills):
        acks = _kill_at_random(db_path, seed * 1000 + n, rng)
        total_acks += len(acks)
        for meeting_id, version, digest in acks:
            acknowledged[meeting_id] = (version, digest)
        _check_database(db_path, acknowledged, verified)
    # The store still opens normally and finds what was written.
    with Database.open(db_path) as db:
        assert db.count() == len(acknowledged) or db.count() >= len(acknowledged)
        assert db.search("thử độ bền")
    assert total_acks > kills  # the kills really fell among writes


def test_sigkill_at_random_moments_loses_no_acknowledged_write(tmp_path: Path) -> None:
    _run(tmp_path, KILLS, seed=20260301)


@pytest.mark.slow
@FUZZ_ONLY
def test_sigkill_many_times(tmp_path: Path) -> None:
    _run(tmp_path, SLOW_KILLS, seed=int(os.environ.get("MINUTES_CRASH_SEED", "7")))
