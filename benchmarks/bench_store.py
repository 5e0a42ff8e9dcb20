"""Benchmark: a database of 10,000 generated meetings: open, first page, search latency, memory."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minutes_app.domain.model import (  # noqa: E402
    AgendaItem,
    Attendee,
    Issuer,
    Meeting,
    Person,
    Speaker,
    Statement,
    Task,
)
from minutes_app.store import Database, latest_version  # noqa: E402

MEETINGS = 10_000
TARGET_P95_MS = 50.0
TARGET_RSS_MB = 300.0
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Thu"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hoa",
    "Hùng",
    "Lan",
    "Mai",
    "Nam",
    "Phương",
    "Sơn",
    "Tâm",
    "Thảo",
    "Tuấn",
    "Vân",
    "Yến",
    "Hướng",
    "Đông",
    "Khánh",
    "Linh",
]
PLACES = [
    "Đồng Hướng",
    "Kim Sơn",
    "Thượng Kiệm",
    "Yên Mật",
    "Lai Thành",
    "Chất Bình",
    "Kim Chính",
    "Như Hòa",
    "Quang Thiện",
    "Hồi Ninh",
    "Tân Thành",
    "Văn Hải",
]
TOPICS = [
    "nạo vét kênh",
    "giao ban tháng",
    "kết nạp đảng viên",
    "phòng chống thiên tai",
    "xây dựng nông thôn mới",
    "quyết toán ngân sách",
    "tuyển quân",
    "chuyển đổi số",
    "an toàn giao thông",
    "bầu cử",
    "giải phóng mặt bằng",
    "tiêm chủng",
    "cải cách hành chính",
    "phòng cháy chữa cháy",
    "thu hoạch lúa",
    "sáp nhập thôn",
    "dạy nghề",
    "bảo hiểm y tế",
]
PHRASES = [
    "thống nhất chủ trương",
    "đề nghị bổ sung kinh phí",
    "giao văn phòng tổng hợp",
    "báo cáo kết quả thực hiện",
    "tăng cường kiểm tra giám sát",
    "tuyên truyền vận động",
    "hoàn thành trước ngày",
    "rà soát danh sách",
    "xử lý dứt điểm",
    "kiến nghị cấp trên",
]


def name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def generated(rng: random.Random, i: int) -> Meeting:
    """Return one plausible meeting (a few KB) of generated text."""
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    body = lambda n: ". ".join(  # noqa: E731
        f"{rng.choice(PHRASES).capitalize()} về {rng.choice(TOPICS)} tại {rng.choice(PLACES)}"
        for _ in range(n)
    )
    return Meeting(
        issuer=Issuer(f"UBND XÃ {place.upper()}", "UBND", "UBND HUYỆN KIM SƠN"),
        number=str(i % 300 + 1),
        place="Kim Sơn",
        date=day,
        title=f"Họp {topic} {place} lần {i % 12 + 1}",
        start=dt.datetime.combine(day, dt.time(8, 0)),
        location=f"Hội trường UBND xã {place}",
        chair=Person(name(rng), "Chủ tịch UBND xã"),
        secretary=Person(name(rng), "Công chức Văn phòng"),
        attendees=[
            Attendee.person(name(rng), "Đại biểu", organization=f"Thôn {k}")
            for k in range(rng.randint(3, 12))
        ],
        agenda=[
            AgendaItem(
                title=f"{rng.choice(PHRASES).capitalize()} {topic}",
                statements=[
                    Statement(Speaker(name(rng), "Trưởng thôn"), body(rng.randint(2, 8)))
                    for _ in range(rng.randint(1, 5))
                ],
                conclusion=body(2),
            )
            for _ in range(rng.randint(1, 3))
        ],
        tasks=[Task(body(1), name(rng))],
    )


def cached_database() -> Path:
    """Return the 10,000-meeting database, generating it once into the temp folder."""
    folder = Path(tempfile.gettempdir()) / "minutes-app-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"meetings-{MEETINGS}-v{latest_version()}.sqlite"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".part")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    rng = random.Random(2026)
    start = time.perf_counter()
    with Database.open(partial) as db:
        # Benchmark set-up only: no fsync per meeting (each create is still one transaction).
        db._conn.execute("PRAGMA synchronous = OFF")
        for i in range(MEETINGS):
            db.create(generated(rng, i))
    partial.replace(path)
    print(
        f"  (generated {MEETINGS} meetings in {time.perf_counter() - start:.0f} s: {path})",
        flush=True,
    )
    return path


def queries(rng: random.Random) -> list[str]:
    words = [w for s in PLACES + TOPICS + PHRASES + GIVEN + SURNAMES for w in s.split()]
    out = []
    for i in range(100):
        kind = i % 4
        if kind == 0:
            out.append(rng.choice(PLACES))
        elif kind == 1:
            out.append(f"{rng.choice(TOPICS)} {rng.choice(PLACES)}")
        elif kind == 2:
            out.append(" ".join(rng.sample(words, 2)))
        else:
            out.append(rng.choice(words)[:3])  # a prefix, as typed
    return out


def measure(path: Path) -> dict[str, object]:
    """Open, list and search in this process; return the timings and the peak memory."""
    start = time.perf_counter()
    db = Database.open(path, create=False)
    opened = time.perf_counter() - start
    start = time.perf_counter()
    first = db.list(limit=50)
    listed = time.perf_counter() - start
    assert len(first) == 50
    latencies = []
    hits = 0
    for query in queries(random.Random(7)):
        start = time.perf_counter()
        hits += len(db.search(query, limit=200))
        latencies.append(time.perf_counter() - start)
    count = db.count()
    db.close()
    latencies.sort()
    return {
        "open_s": opened,
        "list_s": listed,
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "max_ms": latencies[-1] * 1000,
        "hits": hits,
        "count": count,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure(Path(sys.argv[2]))))
        return 0
    path = cached_database()
    size_mb = path.stat().st_size / 1_048_576
    # A fresh process, so that ru_maxrss is the peak of open + list + search alone.
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ),
    ).stdout
    r = json.loads(out.strip().splitlines()[-1])
    ok = r["p95_ms"] < TARGET_P95_MS and r["rss_mb"] < TARGET_RSS_MB
    rows = [
        (f"database of {r['count']} meetings", f"{size_mb:.0f} MB", "file size"),
        ("open it", f"{r['open_s'] * 1000:.1f} ms", ""),
        ("list the first page (50 rows)", f"{r['list_s'] * 1000:.1f} ms", ""),
        ("search, median of 100 queries", f"{r['median_ms']:.1f} ms", ""),
        (
            "search, 95th percentile",
            f"{r['p95_ms']:.1f} ms",
            f"target < {TARGET_P95_MS:.0f} ms: {'OK' if r['p95_ms'] < TARGET_P95_MS else 'MISSED'}",
        ),
        ("search, slowest", f"{r['max_ms']:.1f} ms", ""),
        (
            "peak memory (open + list + search)",
            f"{r['rss_mb']:.0f} MB",
            f"target < {TARGET_RSS_MB:.0f} MB: {'OK' if r['rss_mb'] < TARGET_RSS_MB else 'MISSED'}",
        ),
    ]
    width = max(len(row[0]) for row in rows)
    value_width = max(len(row[1]) for row in rows)
    print("Store benchmark (bench_store.py)")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
