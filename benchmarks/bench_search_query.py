"""Benchmark: search time against the length of the query (repeated words and distinct words).

A query's words are deduplicated and at most ``MAX_QUERY_WORDS`` are kept, so time must stop
growing with the query's length (before that, 40,000 repeated words took 19 s).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from bench_store import PLACES, TOPICS, cached_database  # noqa: E402

from minutes_app.store import Database  # noqa: E402
from minutes_app.store.index import MAX_QUERY_WORDS  # noqa: E402

LENGTHS = [1, 10, 100, 1_000, 10_000, 40_000]
# Linear, not quadratic: a word of a 40,000-word query may cost at most this many times a word
# of a 1,000-word query (reading and folding the text is all that still grows).
TARGET_RATIO = 3.0


def _timed(db: Database, query: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        db.search(query, limit=200)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    path = cached_database()
    words = sorted({w for s in PLACES + TOPICS for w in s.split()})
    rng = random.Random(4)
    rows: list[tuple[str, str, str]] = []
    ok = True
    with Database.open(path, create=False) as db:
        for kind in ("repeated", "distinct"):
            per_word: dict[int, float] = {}
            for n in LENGTHS:
                if kind == "repeated":
                    query = " ".join(["kim"] * n)
                else:
                    query = " ".join(rng.choice(words) + str(i) for i in range(n))
                seconds = _timed(db, query)
                per_word[n] = seconds / n
                note = f"{per_word[n] * 1e6:.2f} µs per word"
                if n == LENGTHS[-1]:
                    ratio = per_word[n] / per_word[1_000]
                    hit = ratio <= TARGET_RATIO
                    ok = ok and hit
                    note += (
                        f"; per word {ratio:.1f}x that of 1,000 words, target ≤ "
                        f"{TARGET_RATIO:.0f}x: {'OK' if hit else 'MISSED'}"
                    )
                rows.append((f"search, {n:,} {kind} words", f"{seconds * 1000:.1f} ms", note))
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"Search query length (bench_search_query.py; at most {MAX_QUERY_WORDS} distinct words)")
    for label, value, note in rows:
        print(f"  {label.ljust(width)}  {value.rjust(value_width)}  {note}".rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
