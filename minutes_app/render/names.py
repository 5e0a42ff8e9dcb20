"""Names of bodies and signers' titles broken only between their units, as offices break them.

"ỦY BAN NHÂN DÂN XÃ YÊN MẠC" breaks as "ỦY BAN NHÂN DÂN / XÃ YÊN MẠC", never "… XÃ YÊN / MẠC";
"CHUYÊN VIÊN VĂN PHÒNG HUYỆN ỦY" as "CHUYÊN VIÊN / VĂN PHÒNG HUYỆN ỦY". A name is cut into
units: a type of body or a position ("ỦY BAN NHÂN DÂN", "CHI BỘ", "CHUYÊN VIÊN") is a unit of
its own; an administrative level ("XÃ", "THỊ TRẤN", "TỈNH") starts a unit that takes the place
name after it; other words (a proper name) follow the unit before them, or make one of their own
after a type of body. The lines are the fewest that hold the units, as even as can be; a line
break the user typed is kept. Only a unit wider than a whole line is broken inside, at spaces.
"""

from __future__ import annotations

from collections.abc import Callable

from minutes_app.domain.text import upper_vi
from minutes_app.render.typography import NBSP

# Administrative levels: each starts a unit that takes the place name after it.
LEVELS = (
    "THÀNH PHỐ",
    "THỊ XÃ",
    "THỊ TRẤN",
    "TỔ DÂN PHỐ",
    "KHU PHỐ",
    "ĐẶC KHU",
    "XÃ",
    "PHƯỜNG",
    "HUYỆN",
    "QUẬN",
    "TỈNH",
    "THÔN",
    "XÓM",
    "ẤP",
)
# Types of bodies and positions: each is a unit of its own.
TYPES = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "ỦY BAN MẶT TRẬN TỔ QUỐC",
    "MẶT TRẬN TỔ QUỐC",
    "ỦY BAN NHÂN DÂN",
    "HỘI ĐỒNG NHÂN DÂN",
    "ỦY BAN KIỂM TRA",
    "BAN CHẤP HÀNH",
    "BAN THƯỜNG VỤ",
    "BAN CHỈ HUY QUÂN SỰ",
    "BAN CHỈ HUY",
    "BAN CÁN SỰ ĐẢNG",
    "BAN TUYÊN GIÁO",
    "BAN TỔ CHỨC",
    "BAN DÂN VẬN",
    "BAN NỘI CHÍNH",
    "ĐẢNG ĐOÀN",
    "ĐẢNG BỘ",
    "CHI BỘ",
    "ĐẢNG ỦY",
    "HUYỆN ỦY",
    "TỈNH ỦY",
    "THÀNH ỦY",
    "QUẬN ỦY",
    "THỊ ỦY",
    "CHI ỦY VIÊN",
    "CHI ỦY",
    "VĂN PHÒNG",
    "CÔNG AN",
    "TRUNG TÂM",
    "BỆNH VIỆN",
    "TRẠM Y TẾ",
    "HỢP TÁC XÃ",
    "TỔNG CÔNG TY",
    "CÔNG TY",
    "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
    "ĐOÀN THANH NIÊN",
    "HỘI NÔNG DÂN",
    "HỘI CỰU CHIẾN BINH",
    "HỘI LIÊN HIỆP PHỤ NỮ",
    "HỘI PHỤ NỮ",
    "HỘI CHỮ THẬP ĐỎ",
    "LIÊN ĐOÀN LAO ĐỘNG",
    "CÔNG ĐOÀN",
    "TRƯỜNG TRUNG HỌC PHỔ THÔNG",
    "TRƯỜNG TRUNG HỌC CƠ SỞ",
    "TRƯỜNG TIỂU HỌC",
    "TRƯỜNG MẦM NON",
    "TRƯỜNG CAO ĐẲNG",
    "TRƯỜNG ĐẠI HỌC",
    "PHÓ CHỦ TỊCH",
    "CHỦ TỊCH",
    "PHÓ BÍ THƯ",
    "BÍ THƯ",
    "ỦY VIÊN BAN THƯỜNG VỤ",
    "ỦY VIÊN",
    "PHÓ CHÁNH VĂN PHÒNG",
    "CHÁNH VĂN PHÒNG",
    "CHÁNH THANH TRA",
    "PHÓ GIÁM ĐỐC",
    "GIÁM ĐỐC",
    "PHÓ TRƯỞNG BAN",
    "TRƯỞNG BAN",
    "PHÓ TRƯỞNG PHÒNG",
    "TRƯỞNG PHÒNG",
    "PHÓ HIỆU TRƯỞNG",
    "HIỆU TRƯỞNG",
    "CHỈ HUY TRƯỞNG",
    "CHUYÊN VIÊN CHÍNH",
    "CHUYÊN VIÊN",
    "CÔNG CHỨC",
    "VIÊN CHỨC",
    "THƯ KÝ",
    "CHÁNH ÁN",
    "VIỆN TRƯỞNG",
)
# One-word types start a unit only at the start or after a whole unit ("SỞ NỘI VỤ",
# "GIÁM ĐỐC SỞ …"), never inside a phrase ("BỘ QUỐC PHÒNG", "NHIỆM VỤ").
SHORT_TYPES = ("SỞ", "PHÒNG", "BAN", "CỤC", "VỤ", "VIỆN", "BỘ", "HỘI", "ĐOÀN", "TRẠM", "TRƯỜNG")
# Words that are not a level when these follow them ("XÃ HỘI").
_NOT_A_LEVEL = {"XÃ": ("HỘI",)}
_PUNCTUATION = ",;.:"

_LEVELS = sorted((tuple(x.split()) for x in LEVELS), key=len, reverse=True)
_TYPES = sorted((tuple(x.split()) for x in TYPES), key=len, reverse=True)


def _key(word: str) -> str:
    return upper_vi(word).rstrip(_PUNCTUATION)


def _match(keys: list[str], i: int, phrases: list[tuple[str, ...]]) -> int:
    """Return how many words from ``i`` form the longest phrase of ``phrases`` (0: none)."""
    for phrase in phrases:
        n = len(phrase)
        if tuple(keys[i : i + n]) == phrase:
            # A phrase ends at a word end; punctuation may follow its last word only.
            return n
    return 0


def units_of(name: str) -> list[str]:
    """Return ``name`` cut into the units a line may break between, in order."""
    words = name.split(" ")
    words = [w for w in words if w]
    keys = [_key(w) for w in words]
    units: list[list[str]] = []
    closed = True  # the last unit is a type or position: a proper name may not join it
    i = 0
    while i < len(words):
        n = _match(keys, i, _TYPES)
        if n:
            units.append(words[i : i + n])
            closed = True
            i += n
            continue
        n = _match(keys, i, _LEVELS)
        follows = _NOT_A_LEVEL.get(keys[i], ())
        if n and not (n == 1 and i + 1 < len(keys) and keys[i + 1] in follows):
            units.append(words[i : i + n])
            closed = False
            i += n
            continue
        if keys[i] in SHORT_TYPES and (closed or not units):
            units.append([words[i]])
            closed = False
            i += 1
            continue
        if closed or not units:
            units.append([words[i]])
            closed = False
        else:
            units[-1].append(words[i])
        i += 1
    return [" ".join(u) for u in units]


def _phrases(unit: str) -> list[str]:
    """Return ``unit`` cut before each "VÀ" / "VỚI" and after each comma."""
    phrases: list[list[str]] = [[]]
    for word in unit.split(" "):
        if _key(word) in ("VÀ", "VỚI") and phrases[-1]:
            phrases.append([])
        phrases[-1].append(word)
        if word.endswith(","):
            phrases.append([])
    return [" ".join(p) for p in phrases if p]


def _after_dashes(phrase: str) -> list[str]:
    """Return ``phrase`` cut after each dash that joins two parts ("LAO ĐỘNG - / THƯƠNG BINH")."""
    out: list[str] = []
    for glue in (f"{NBSP}-{NBSP}", f"{NBSP}–{NBSP}"):
        if glue in phrase:
            parts = phrase.split(glue)
            out = [p + glue[:2] for p in parts[:-1]] + [parts[-1]]
            return [p.replace(f"{NBSP}-", " -").replace(f"{NBSP}–", " –") for p in out]
    return [phrase]


def _balanced(units: list[str], width_of: Callable[[str], int], room: int) -> list[str]:
    """Return the units in the fewest lines that fit, with the widest line as narrow as can be
    (a unit too wide for a line is split at its spaces first)."""
    pieces: list[str] = []
    for unit in units:
        if width_of(unit) <= room or " " not in unit:
            pieces.append(unit)
            continue
        # Only a unit wider than a whole line is broken inside: before "VÀ" or after a comma
        # first ("SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI"), then after a joining dash, then at
        # any space.
        for phrase in _phrases(unit):
            if width_of(phrase) <= room:
                pieces.append(phrase)
                continue
            for part in _after_dashes(phrase):
                pieces += [part] if width_of(part) <= room else part.split(" ")
    n = len(pieces)
    if n == 0:
        return [""]
    widths = {
        (i, j): width_of(" ".join(pieces[i:j])) for i in range(n) for j in range(i + 1, n + 1)
    }
    # best[j] = (lines, widest, evenness) for pieces[:j]: the fewest lines, the narrowest widest
    # line, then lines as even as can be; a too-wide single piece is allowed, alone.
    best: list[tuple[int, int, int] | None] = [(0, 0, 0)] + [None] * n
    cut: list[int] = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j):
            previous = best[i]
            w = widths[(i, j)]
            if previous is None or (w > room and j - i > 1):
                continue
            candidate = (previous[0] + 1, max(previous[1], w), previous[2] + w * w)
            current = best[j]
            if current is None or candidate < current:
                best[j] = candidate
                cut[j] = i
    lines: list[str] = []
    j = n
    while j > 0:
        i = cut[j]
        lines.append(" ".join(pieces[i:j]))
        j = i
    return lines[::-1]


def name_lines(name: str, width_of: Callable[[str], int], room: int) -> list[str]:
    """Return the lines ``name`` prints on in ``room`` (units of ``width_of``): breaks only
    between units, the user's own line breaks kept."""
    lines: list[str] = []
    for typed in name.split("\n"):
        typed = " ".join(w for w in typed.split(" ") if w)
        if not typed:
            continue
        lines += _balanced(units_of(typed), width_of, room)
    return lines or [""]


def set_name(name: str, width_of: Callable[[str], int], room: int) -> tuple[str, int, bool]:
    """Return ``name`` as it prints (lines joined by line breaks, units glued), how many lines
    it takes and whether a unit had to be broken inside."""
    out: list[str] = []
    broken = False
    for line in name_lines(name, width_of, room):
        units = units_of(line)
        if width_of(line) > room or any(unit not in line for unit in units):
            broken = True
        # Inside a line, units are separated by plain spaces (Word may break there if it must),
        # words of a unit by no-break spaces.
        out.append(" ".join(unit.replace(" ", NBSP) for unit in units))
    whole_units = [u for typed in name.split("\n") for u in units_of(" ".join(typed.split()))]
    broken = broken or any(width_of(u) > room and " " in u for u in whole_units)
    return "\n".join(out), len(out), broken
