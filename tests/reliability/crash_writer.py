"""A writer process for the crash test: imports and autosaves meetings, acknowledging each commit.

Run as ``python -m tests.reliability.crash_writer DB SEED``. Every meeting's content is a pure
function of its slot (in the title) and its version, so a checker can tell a whole stored
meeting from a half-written one. After each commit it prints ``ACK id version sha256``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys

from minutes_app.domain import interchange
from minutes_app.domain.model import (
    AgendaItem,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Speaker,
    Statement,
    Task,
)
from minutes_app.store import Database

WORDS = ("biên bản", "họp", "Đồng", "Hướng", "kết luận", "nhiệm vụ", "ý kiến", "thôn", "xã")


def slot_of(title: str) -> int:
    """Return the slot number written into a crash-test meeting's title."""
    return int(title.rsplit("#", 1)[1])


def expected_meeting(slot: int, version: int) -> Meeting:
    """Return the meeting the writer stores for ``slot`` at ``version`` (deterministic)."""
    rng = random.Random(slot * 100_003 + version)
    size = rng.choice((1, 5, 40, 400, 4000))  # up to ~40 KB: several database pages
    body = " ".join(rng.choice(WORDS) for _ in range(size))
    day = dt.date(2026, 1, 1) + dt.timedelta(days=slot % 365)
    people = [
        Attendee.person(f"Người {slot}-{version}-{i}", "Thành viên", organization="Thôn Đông")
        for i in range(rng.randint(0, 6))
    ]
    return Meeting(
        issuer=Issuer("UBND XÃ THƯỢNG KIỆM", "UBND", "UBND HUYỆN KIM SƠN"),
        number=str(version),
        place="Kim Sơn",
        date=day,
        title=f"Họp thử độ bền v{version} #{slot}",
        start=dt.datetime.combine(day, dt.time(8, 0)),
        location="Hội trường",
        chair=Person(f"Chủ tọa {slot}", "Chủ tịch"),
        secretary=Person("Lê Thị Hoa", "Thư ký"),
        attendees=people,
        agenda=[
            AgendaItem(
                title=f"Nội dung {version}",
                statements=[Statement(Speaker(f"Phát biểu {slot}", "Trưởng thôn"), body)],
                conclusion=f"Kết luận phiên bản {version}.",
            )
        ],
        tasks=[Task(f"Việc {version}", "Văn phòng")],
    )


def content_hash(meeting: Meeting) -> str:
    """Return the SHA-256 of a meeting's canonical JSON."""
    return hashlib.sha256(interchange.canonical_bytes(meeting)).hexdigest()


def main(argv: list[str]) -> int:
    """Write forever (until killed): new meetings now and then, autosaves of one meeting often."""
    path, seed = argv[0], int(argv[1])
    rng = random.Random(seed)
    with Database.open(path) as db:
        known = {row.id: (slot_of(row.title), row.version) for row in db.list()}
        next_slot = max((s for s, _ in known.values()), default=0) + 1
        print("READY", flush=True)
        while True:
            if not known or rng.random() < 0.25:
                record = db.create(expected_meeting(next_slot, 1))  # an import
                known[record.id] = (next_slot, 1)
                next_slot += 1
            else:
                meeting_id = rng.choice(sorted(known))
                slot, version = known[meeting_id]
                record = db.update(  # an autosave of the editor
                    meeting_id, expected_meeting(slot, version + 1), expected_version=version
                )
                known[meeting_id] = (slot, record.version)
            print(f"ACK {record.id} {record.version} {content_hash(record.meeting)}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
