"""The application's own Vietnamese places tone marks as the state's documents do: "hòa", "ủy", "xóa".

Decree 30's forms print "CỘNG HÒA" and "ỦY BAN", Word and Windows say "Xóa" and "Hủy". Both
places of the mark are correct Vietnamese (the spelling checker accepts both in the user's
text), but one program should not say "Xoá" on one button and "Hủy" on the next.
"""

from __future__ import annotations

import io
import re
import tokenize
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TONES = "\u0300\u0301\u0309\u0303\u0323"
# A syllable ending in oa, oe or uy with the tone mark on its second vowel ("hoà", "uỷ"); "qu"
# is a consonant, so "quý" and "quà" are right as they are.
SECOND_PLACE = re.compile(
    "(?<![\\w])\\w*?(?<![qQ])(?:"
    + "|".join(
        unicodedata.normalize("NFC", first + second + tone)
        for first, second in ("oa", "oe", "uy", "OA", "OE", "UY")
        for tone in TONES
    )
    + ")(?!\\w)"
)
# The spelling checker names both places on purpose, and so does the guide's line about it.
EXEMPT = {"minutes_app/services/spelling.py"}


def python_strings(path: Path) -> list[tuple[int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(t.start[0], t.string) for t in tokens if t.type == tokenize.STRING]


def offenders() -> list[str]:
    found = []
    for path in sorted((ROOT / "minutes_app").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in EXEMPT:
            continue
        for line, text in python_strings(path):
            found += [f"{name}:{line}: {word}" for word in SECOND_PLACE.findall(text)]
    others = [
        *sorted((ROOT / "resources" / "help").glob("*.html")),
        ROOT / "resources" / "translations" / "minutes_app_en.ts",
    ]
    for path in others:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "Cả hai cách bỏ dấu" in line or "<translation" in line:
                continue
            name = path.relative_to(ROOT).as_posix()
            found += [f"{name}:{number}: {word}" for word in SECOND_PLACE.findall(line)]
    return found


def test_tone_marks_sit_where_the_states_documents_put_them() -> None:
    assert offenders() == []


def test_the_check_finds_the_second_place_and_leaves_qu_alone() -> None:
    text = "Xoá dòng, Huỷ, hoà giải, khoẻ, UỶ BAN; quý, quà, Xóa, Hủy, hoàn thành, khoán"
    assert SECOND_PLACE.findall(text) == ["Xoá", "Huỷ", "hoà", "khoẻ", "UỶ"]
