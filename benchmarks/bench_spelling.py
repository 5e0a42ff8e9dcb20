"""Benchmark: Vietnamese spell checking as you type: per word, per paragraph, a 1 MB statement."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minutes_app.services.spelling import (  # noqa: E402
    HunspellEngine,
    SpellChecker,
    WordListEngine,
    dictionary_dir,
    load_engine,
)

# One keystroke re-checks one paragraph: even with nothing cached it must fit in a frame (16 ms).
TARGET_PARAGRAPH_MS = 16.0


def seed_text() -> str:
    """Return every statement and conclusion of the seed meeting, one paragraph each."""
    for path in (REPO.parent / "shared" / "examples", REPO / "tests" / "fixtures"):
        seed = path / "seed-meeting.json"
        if seed.exists():
            data = json.loads(seed.read_text("utf-8"))
            break
    parts = [s["content"] for item in data["agenda"] for s in item.get("statements", [])]
    parts += [item.get("conclusion", "") for item in data["agenda"]]
    return "\n".join(p for p in parts if p)


def timed(function, repeat: int = 1) -> float:  # noqa: ANN001
    started = time.perf_counter()
    for _ in range(repeat):
        function()
    return (time.perf_counter() - started) / repeat * 1000


def main() -> int:
    text = seed_text()
    paragraphs = [p for p in text.split("\n") if p.strip()]
    longest = max(paragraphs, key=len)
    words = text.split()
    folder = dictionary_dir()
    engine = load_engine()
    print(f"  engine  {type(engine).__name__}")
    load_ms = timed(lambda: HunspellEngine(folder))
    print(f"  load the dictionary (Hunspell)  {load_ms:.1f} ms")
    print(
        f"  load the dictionary (word list fallback)  {timed(lambda: WordListEngine(folder)):.1f} ms"
    )
    hunspell = HunspellEngine(folder)
    per_word = timed(lambda: [hunspell.spell(w) for w in words], 20) / len(words) * 1000
    print(f"  Hunspell lookup per word  {per_word:.1f} µs")
    fresh = timed(lambda: SpellChecker(engine).misspellings(longest), 20)
    checker = SpellChecker(engine)
    checker.misspellings(text)
    again = timed(lambda: checker.misspellings(longest), 200)
    print(f"  longest seed paragraph ({len(longest.split())} words), first check  {fresh:.2f} ms")
    print(f"  the same paragraph re-checked (a keystroke)  {again:.3f} ms")
    big = (text + "\n") * (1_000_000 // len(text) + 1)
    first = timed(lambda: SpellChecker(engine).misspellings(big))
    print(f"  a 1 MB statement at open ({len(big) // 1000} kB)  {first:.0f} ms")
    suggest = timed(lambda: checker.suggestions("nhiêm"), 20)
    print(f"  suggestions for one word (right click)  {suggest:.2f} ms")
    if fresh > TARGET_PARAGRAPH_MS:
        print(f"  (missed: a paragraph takes {fresh:.2f} ms, target {TARGET_PARAGRAPH_MS} ms)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
