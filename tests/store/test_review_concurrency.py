"""Two windows, one file: saves based on an outdated version are refused, nothing lost silently."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.store import Database, StaleVersion
from tests.store.conftest import make_meeting

REPO = Path(__file__).resolve().parents[2]

# Each process waits until both are ready (a file each), then saves its own title on version 1.
_SAVER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from minutes_app.store import Database, StaleVersion
    db_path, name, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    with Database.open(db_path) as db:
        record = db.get(1)
        meeting = record.meeting
        meeting.title = "Bản của " + name
        (folder / name).touch()
        while len(list(folder.iterdir())) < 2:
            time.sleep(0.01)
        try:
            db.update(1, meeting, expected_version=record.version, by=name)
        except StaleVersion as exc:
            print("STALE", exc.message_vi, flush=True)
            sys.exit(3)
    print("SAVED", flush=True)
    """
)

BACKENDS = ("sqlite", "postgresql")


def test_two_connections_one_wins_the_other_is_told(open_db: Callable[[], Database]) -> None:
    with open_db() as first, open_db() as second:
        meeting_id = first.create(make_meeting("Bản gốc")).id
        mine = first.get(meeting_id)
        theirs = second.get(meeting_id)
        mine.meeting.title = "Bản của cửa sổ 1"
        theirs.meeting.title = "Bản của cửa sổ 2"
        assert first.update(meeting_id, mine.meeting, expected_version=mine.version).version == 2
        with pytest.raises(StaleVersion) as caught:
            second.update(meeting_id, theirs.meeting, expected_version=theirs.version)
        assert "tải lại" in caught.value.message_vi
        # The loser reloads, reapplies its change and saves on top: nothing lost.
        fresh = second.get(meeting_id)
        fresh.meeting.place = "Kim Sơn, Ninh Bình"
        second.update(meeting_id, fresh.meeting, expected_version=fresh.version)
        final = first.get(meeting_id).meeting
        assert (final.title, final.place) == ("Bản của cửa sổ 1", "Kim Sơn, Ninh Bình")
        changes = [(e.by, e.path) for e in first.review.audit(meeting_id) if e.action == "update"]
        assert len(changes) == 2


def test_a_workflow_step_and_a_save_race(open_db: Callable[[], Database]) -> None:
    with open_db() as editor, open_db() as chair:
        meeting_id = editor.create(make_meeting()).id
        opened = editor.get(meeting_id)
        chair.review.submit(meeting_id, "Lê Thị Hoa")
        chair.review.approve(meeting_id, "Phạm Văn Hùng")
        opened.meeting.title = "Sửa muộn"
        with pytest.raises(Exception, match="đã được duyệt"):
            editor.update(meeting_id, opened.meeting, expected_version=opened.version)
        assert editor.review.verify(meeting_id).intact


def test_two_processes_saving_the_same_meeting(db_path: Path, tmp_path: Path) -> None:
    with Database.open(db_path) as db:
        db.create(make_meeting("Bản gốc"))
    script = tmp_path / "saver.py"
    script.write_text(_SAVER.format(repo=str(REPO)), encoding="utf-8")
    ready = tmp_path / "ready"
    ready.mkdir()
    procs = {
        name: subprocess.Popen(
            [sys.executable, str(script), str(db_path), name, str(ready)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for name in ("A", "B")
    }
    results = {name: (p.wait(timeout=60), p.communicate()) for name, p in procs.items()}
    codes = sorted(code for code, _ in results.values())
    assert codes == [0, 3], results
    winner = next(name for name, (code, _) in results.items() if code == 0)
    loser = next(name for name, (code, _) in results.items() if code == 3)
    assert "đã được người khác lưu" in results[loser][1][0]
    with Database.open(db_path) as db:
        record = db.get(1)
        assert record.meeting.title == f"Bản của {winner}" and record.version == 2
        assert [e.by for e in db.review.audit(1) if e.action == "update"] == [winner]
