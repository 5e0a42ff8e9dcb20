"""The numbering register (sổ biên bản) and Party terms: one number per body per period, never twice."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from minutes_app.domain.labels import period_text
from minutes_app.domain.model import Meeting, Profile, Status
from minutes_app.domain.register import gap_ranges, next_number, period_key
from minutes_app.store.actors import check_name
from minutes_app.store.errors import (
    DuplicateNumber,
    InvalidNumber,
    NumberJump,
    StoreError,
    TermConflict,
)
from minutes_app.store.records import RegisterEntry, RegisterSeries, Rows, TermChange
from minutes_app.store.tables import Tables, fold_key, now_utc, register_key

#: A number given by hand more than this far above the series' next number is refused unless
#: the caller confirms it (``allow_jump``): a typo such as 1000000000 would skip the register.
JUMP_LIMIT = 100
#: The register holds numbers of at most this many digits.
MAX_DIGITS = 9


def parse_register_number(text: str) -> int | None:
    """Return the register number of ``07``, or None when it is not 1 … 999999999 in ASCII digits."""
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit() and len(stripped) <= MAX_DIGITS):
        return None
    value = int(stripped)
    return value if value >= 1 else None


def _term_starts(conn: sqlite3.Connection, keys: set[str]) -> list[dt.date]:
    keys = keys - {""}
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    starts: list[dt.date] = []
    for (start,) in conn.execute(
        f"SELECT DISTINCT start FROM issuer_terms WHERE issuer_match IN ({marks})", tuple(keys)
    ):
        try:
            starts.append(dt.date.fromisoformat(start))
        except (TypeError, ValueError):
            continue  # a damaged term row is reported by ``terms``; it starts nothing
    return starts


def _body(meeting: Meeting) -> str:
    return meeting.issuer.name or meeting.issuer.abbreviation


def assign(
    tables: Tables,
    conn: sqlite3.Connection,
    meeting_id: int,
    meeting: Meeting,
    by: str,
    at: str,
    *,
    allow_jump: bool = False,
    give_next: bool = True,
) -> str | None:
    """Register ``meeting``'s number (its own, checked, or the next); return a newly given one.

    With ``give_next`` False (an import keeps the approval it arrived with) a meeting without a
    number stays without one and takes no register entry.

    A number that is not 1 … 999999999 in ASCII digits (``12a``, ``00``, ``²``) is refused with
    ``InvalidNumber``, as is one more than ``JUMP_LIMIT`` above the series' next number unless
    ``allow_jump``; a number already given to another meeting raises ``DuplicateNumber``.
    """
    key = register_key(meeting.issuer.name, meeting.issuer.abbreviation)
    starts = _term_starts(
        conn, {fold_key(meeting.issuer.name), fold_key(meeting.issuer.abbreviation)}
    )
    period = period_key(meeting.profile, meeting.date, starts)
    used = [
        int(r[0])
        for r in conn.execute(
            "SELECT number FROM register WHERE issuer_key = ? AND period = ? "
            "AND meeting_id IS NOT ?",
            (key, period, meeting_id),
        )
    ]
    following = next_number(used)
    text = meeting.number.strip()
    assigned: str | None = None
    if not text and not give_next:
        conn.execute("DELETE FROM register WHERE meeting_id = ?", (meeting_id,))
        return None
    if text:
        parsed = parse_register_number(text)
        if parsed is None:
            raise invalid_number(text, following, tables.where)
        number = parsed
    else:
        number = following
        if number > 10**MAX_DIGITS - 1:
            raise register_full(meeting, period, tables.where)
        meeting.number = f"{number:02d}"
        assigned = meeting.number
    holder = conn.execute(
        "SELECT meeting_id, title, date FROM register "
        "WHERE issuer_key = ? AND period = ? AND number = ?",
        (key, period, number),
    ).fetchone()
    if holder is not None and holder[0] == meeting_id:
        conn.execute(
            "UPDATE register SET issuer = ?, abbreviation = ?, date = ?, title = ? "
            "WHERE meeting_id = ?",
            (
                meeting.issuer.name,
                meeting.issuer.abbreviation,
                meeting.date.isoformat(),
                meeting.title,
                meeting_id,
            ),
        )
        return assigned
    if holder is not None:
        raise duplicate_number(meeting, period, holder[0], holder[1], holder[2], tables.where)
    if assigned is None and not allow_jump and number > following + JUMP_LIMIT:
        raise number_jump(text, following, meeting, period, tables.where)
    conn.execute("DELETE FROM register WHERE meeting_id = ?", (meeting_id,))
    try:
        conn.execute(
            "INSERT INTO register (issuer_key, period, number, meeting_id, issuer, "
            "abbreviation, date, title, registered_by, registered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                period,
                number,
                meeting_id,
                meeting.issuer.name,
                meeting.issuer.abbreviation,
                meeting.date.isoformat(),
                meeting.title,
                by,
                at,
            ),
        )
    except sqlite3.IntegrityError:
        raise DuplicateNumber(
            f"số {meeting.number} đã có trong sổ biên bản ({period_text(period)})",
            f"number {meeting.number} is already in the register ({period_text(period, 'en')})",
            tables.where,
        ) from None
    return assigned


def _damaged(row: tuple[Any, ...], what: str) -> str:
    return (
        f"sổ biên bản: dòng số {row[4]} của {row[1]} ({row[3]}) bị hỏng ({what}), đã bỏ qua / "
        f"register: the entry {row[4]} of {row[1]} ({row[3]}) is damaged ({what}); skipped"
    )


def series(
    tables: Tables, *, year: int | None = None, issuer: str | None = None
) -> Rows[RegisterSeries]:
    """Return the register, one series per body and period, with the runs of missing numbers.

    ``year`` keeps the series with a number dated that year (a Party term is shown whole);
    ``issuer`` keeps the bodies whose folded name or abbreviation is ``issuer``. A damaged row
    is left out and reported in ``damaged``.
    """
    rows = tables.query(
        "SELECT r.issuer_key, r.issuer, r.abbreviation, r.period, r.number, r.meeting_id, "
        "r.date, r.title, m.status FROM register AS r "
        "LEFT JOIN meetings AS m ON m.id = r.meeting_id "
        "ORDER BY r.issuer_key, r.period, r.number"
    )
    wanted = fold_key(issuer) if issuer else ""
    damaged: list[str] = []
    grouped: dict[tuple[str, str], list[RegisterEntry]] = {}
    for row in rows:
        name_key, _bar, abbr_key = str(row[0]).partition("|")
        if wanted and wanted not in (name_key, abbr_key):
            continue
        try:
            entry = RegisterEntry(
                row[1],
                row[2],
                row[3],
                int(row[4]),
                row[5],
                dt.date.fromisoformat(row[6]),
                row[7],
                Status(row[8]) if row[8] else None,
            )
        except (TypeError, ValueError) as exc:
            damaged.append(_damaged(row, str(exc)))
            continue
        grouped.setdefault((row[0], row[3]), []).append(entry)
    out: list[RegisterSeries] = []
    for (_key, period), entries in grouped.items():
        if year is not None and not (
            period == str(year) or any(e.date.year == year for e in entries)
        ):
            continue
        last = entries[-1]
        gaps = gap_ranges(e.number for e in entries)
        out.append(RegisterSeries(last.issuer, last.abbreviation, period, entries, gaps))
    out.sort(key=lambda s: (s.issuer, s.abbreviation, s.entries[0].date))
    return Rows(out, damaged)


def terms(tables: Tables, issuer: str | None = None) -> Rows[tuple[str, dt.date]]:
    """Return the configured term starts: (folded body, start), by body then date."""
    sql = "SELECT issuer_match, start FROM issuer_terms"
    params: tuple[Any, ...] = ()
    if issuer:
        sql += " WHERE issuer_match = ?"
        params = (fold_key(issuer),)
    found: list[tuple[str, dt.date]] = []
    damaged: list[str] = []
    for match, start in tables.query(sql + " ORDER BY issuer_match, start", params):
        try:
            found.append((match, dt.date.fromisoformat(start)))
        except (TypeError, ValueError):
            damaged.append(
                f"nhiệm kỳ của {match}: ngày bắt đầu «{start}» bị hỏng, đã bỏ qua / "
                f"term of {match}: the start {start!r} is damaged; skipped"
            )
    return Rows(found, damaged)


def set_term(
    tables: Tables, issuer: str, start: dt.date, by: str = "", *, refile: bool = False
) -> TermChange:
    """Record that a term of the Party body ``issuer`` (name or abbreviation) starts on ``start``.

    Numbers already registered for that body and dated from ``start`` on were given in another
    series (the calendar year, or an earlier term); the new term would give the same numbers a
    second time. So the start is refused with ``TermConflict`` listing them, unless ``refile``:
    then they move into the new term, when no two of them have the same number there.
    """
    match = fold_key(issuer)
    if not match:
        raise StoreError(
            "cần tên hoặc tên viết tắt của cơ quan",
            "the body's name or abbreviation is needed",
            tables.where,
        )
    who = check_name(by, "tên người thực hiện (--by)", "the name of who acts (--by)", tables.where)
    with tables.write() as conn:
        rows = conn.execute(
            "SELECT r.issuer_key, r.period, r.number, r.meeting_id, r.date, m.profile, r.issuer, "
            "r.abbreviation, r.title, m.status, r.registered_by, r.registered_at FROM register AS r "
            "LEFT JOIN meetings AS m ON m.id = r.meeting_id"
        ).fetchall()
        moving: list[tuple[Any, ...]] = []
        staying: set[tuple[str, str, int]] = set()
        for row in rows:
            key, period, number, _mid, day, profile = row[:6]
            name_key, _bar, abbr_key = str(key).partition("|")
            new_period = period
            if match in (name_key, abbr_key) and profile != Profile.STATE.value:
                try:
                    date = dt.date.fromisoformat(day)
                except (TypeError, ValueError):
                    date = None
                if date is not None:
                    starts = _term_starts(conn, {name_key, abbr_key}) + [start]
                    new_period = period_key(Profile.PARTY, date, starts)
            if new_period != period:
                moving.append((*row, new_period))
            else:
                staying.add((key, period, int(number)))
        if moving and not refile:
            raise term_in_use(
                issuer, start, [(int(r[2]), r[1], r[4]) for r in moving], tables.where
            )
        targets: dict[tuple[str, str, int], tuple[Any, ...]] = {}
        clashes: list[tuple[int, str]] = []
        for row in moving:
            slot = (row[0], row[-1], int(row[2]))
            if slot in staying or slot in targets:
                clashes.append((int(row[2]), row[-1]))
            targets[slot] = row
        if clashes:
            raise term_clash(start, clashes, tables.where)
        for row in moving:
            conn.execute(
                "DELETE FROM register WHERE issuer_key = ? AND period = ? AND number = ?",
                (row[0], row[1], row[2]),
            )
        for row in moving:
            conn.execute(
                "INSERT INTO register (issuer_key, period, number, meeting_id, issuer, "
                "abbreviation, date, title, registered_by, registered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row[0], row[-1], row[2], row[3], row[6], row[7], row[4], row[8], row[10], row[11]),
            )
        conn.execute(
            "INSERT OR REPLACE INTO issuer_terms (issuer_match, start, set_by, set_at) "
            "VALUES (?, ?, ?, ?)",
            (match, start.isoformat(), who, now_utc()),
        )
    refiled = [
        RegisterEntry(
            r[6],
            r[7],
            r[-1],
            int(r[2]),
            r[3],
            dt.date.fromisoformat(r[4]),
            r[8],
            Status(r[9]) if r[9] else None,
        )
        for r in moving
    ]
    return TermChange(issuer, start, refiled)


# -- what the register refuses, worded once for both backends -----------------------------------


def invalid_number(text: str, following: int, where: str) -> InvalidNumber:
    """Return the refusal of a number that is not 1 … 999999999 in ASCII digits."""
    return InvalidNumber(
        f"số «{text}» không ghi được vào sổ biên bản: số chỉ gồm chữ số 0–9, từ 1 đến "
        f"{'9' * MAX_DIGITS}; hãy xóa số để ứng dụng cấp số tiếp theo ({following:02d}), "
        "hoặc sửa số",
        f"the number {text!r} cannot go into the register: a number is ASCII digits "
        f"from 1 to {'9' * MAX_DIGITS}; clear it to get the next one ({following:02d}), "
        "or correct it",
        where,
    )


def register_full(meeting: Meeting, period: str, where: str) -> InvalidNumber:
    """Return the refusal when a series has given every number it can."""
    return InvalidNumber(
        f"sổ biên bản của {_body(meeting)} ({period_text(period)}) đã hết số (đến "
        f"{'9' * MAX_DIGITS}); hãy ghi số bằng tay",
        f"the register of {_body(meeting)} ({period_text(period, 'en')}) has no number "
        f"left (up to {'9' * MAX_DIGITS}); give the number by hand",
        where,
    )


def duplicate_number(
    meeting: Meeting,
    period: str,
    holder_id: int | None,
    holder_title: str,
    holder_date: str,
    where: str,
) -> DuplicateNumber:
    """Return the refusal of a number the register already gave to another meeting."""
    other = f"biên bản số {holder_id}" if holder_id is not None else "một biên bản đã xóa"
    other_en = f"meeting {holder_id}" if holder_id is not None else "a deleted meeting"
    return DuplicateNumber(
        f"số {meeting.number} của {_body(meeting)} ({period_text(period)}) đã được cấp cho "
        f"{other} «{holder_title}» ngày {holder_date}; hãy xóa số để ứng dụng cấp số tiếp theo, "
        "hoặc sửa số",
        f"number {meeting.number} of {_body(meeting)} ({period_text(period, 'en')}) is "
        f"already given to {other_en} ({holder_date}); clear the number to get the next one, "
        "or change it",
        where,
    )


def number_jump(text: str, following: int, meeting: Meeting, period: str, where: str) -> NumberJump:
    """Return the refusal of a hand-given number far above the series' next one."""
    return NumberJump(
        f"số {text} cách quá xa số tiếp theo của sổ biên bản ({following:02d}, "
        f"{_body(meeting)}, {period_text(period)}): các số ở giữa sẽ bị bỏ trống; nếu đúng là "
        "số này, hãy xác nhận (dòng lệnh: --allow-number-jump)",
        f"the number {text} is far above the register's next number ({following:02d}, "
        f"{_body(meeting)}, {period_text(period, 'en')}): every number between would be "
        "left out; if it is right, confirm it (command line: --allow-number-jump)",
        where,
    )


def term_in_use(
    issuer: str, start: dt.date, moving: list[tuple[int, str, str]], where: str
) -> TermConflict:
    """Return the refusal of a term start over numbers already given: (number, period, date)."""
    shown = ", ".join(f"{n:02d} ({period_text(p)}, {d})" for n, p, d in moving[:10])
    more = f" (+{len(moving) - 10})" if len(moving) > 10 else ""
    return TermConflict(
        f"không đặt được nhiệm kỳ từ {start.strftime('%d/%m/%Y')} cho {issuer}: các số "
        f"{shown}{more} đã cấp trước khi đặt nhiệm kỳ nhưng thuộc nhiệm kỳ này, nên nhiệm "
        "kỳ mới sẽ cấp lại các số đó lần nữa; hãy đặt nhiệm kỳ trước lần duyệt đầu tiên, "
        "hoặc chuyển các số đó vào nhiệm kỳ (dòng lệnh: --refile)",
        f"cannot start a term on {start.isoformat()} for {issuer}: the numbers "
        f"{shown}{more} were given before the term was set but fall in it, so the new "
        "term would give them a second time; set a term before its first approval, or "
        "move those numbers into the term (command line: --refile)",
        where,
    )


def term_clash(start: dt.date, clashes: list[tuple[int, str]], where: str) -> TermConflict:
    """Return the refusal of moving numbers into a term where two would share a number."""
    shown = ", ".join(f"{n:02d} ({period_text(p)})" for n, p in clashes)
    return TermConflict(
        f"không chuyển được các số vào nhiệm kỳ từ {start.strftime('%d/%m/%Y')}: số "
        f"{shown} sẽ trùng trong nhiệm kỳ; không có gì thay đổi",
        f"cannot move the numbers into the term from {start.isoformat()}: "
        f"{shown} would be given twice in the term; nothing was changed",
        where,
    )
