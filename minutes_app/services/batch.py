"""Batch export for clerks: many stored meetings to files whose names sort by date and stay stable.

Each meeting goes through the one export verb (``services.export.export_meeting``), so a batch
file is byte-identical to a single export. A name is the date, symbol, number, a short title
and the meeting's id, so it never changes between batches; files already in the folder are
never replaced unless the request says ``overwrite``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.errors import BilingualError, MinutesError
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.register import parse_number
from minutes_app.domain.text import count_vi, fold
from minutes_app.services.export import FORMATS, Renderer, export_meeting, protected_files

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem
    from minutes_app.store import MeetingSummary, Store

SLUG_MAX = 60
SYMBOL_MAX = 30
NUMBER_MAX = 12
#: How many clashing names a refusal lists before "… and N more".
CLASHES_LISTED = 10
NO_NUMBER = "so-chua-co"  # "số chưa có": the registry number is not given yet
NO_TITLE = "bien-ban"

ProgressCallback = Callable[[int, int, str], None]  # done, total, current file name ("" at the end)
CancelCheck = Callable[[], bool]


class BatchError(BilingualError):
    """A batch that cannot start (bad folder or format); per-meeting errors are collected."""


class NamesTaken(BatchError):
    """Files with the batch's names are already in the folder; nothing was written."""

    def __init__(self, out_dir: Path, names: list[str]) -> None:
        self.out_dir = out_dir
        self.names = names
        shown = ", ".join(names[:CLASHES_LISTED])
        rest = len(names) - CLASHES_LISTED
        more_vi = f" và {count_vi(rest)} tệp khác" if rest > 0 else ""
        more_en = f" and {rest:,} more" if rest > 0 else ""
        super().__init__(
            f"{count_vi(len(names))} tệp đã có trong {out_dir}: {shown}{more_vi}; không ghi đè "
            "tệp nào (dùng --overwrite để ghi đè)",
            f"{len(names):,} files already exist in {out_dir}: {shown}{more_en}; nothing was "
            "overwritten (use --overwrite to replace them)",
        )


@dataclass(frozen=True)
class BatchRequest:
    """What to export and where: the same filters in the CLI and the dialog."""

    out_dir: Path
    fmt: str = "pdf"
    status: Status | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    profile: str | None = None  # None: each meeting's own profile
    overwrite: bool = False  # replace files already in the folder with the batch's names


@dataclass(frozen=True)
class BatchFailure:
    """One meeting that was not exported, and why (in both languages)."""

    meeting_id: int
    file_name: str
    message_vi: str
    message_en: str
    problems: list[Problem] = field(default_factory=list)

    def text(self, language: str = "vi") -> str:
        """Return one line naming the file and the reason."""
        message = self.message_en if language == "en" else self.message_vi
        return f"{self.file_name}: {message}"


@dataclass
class BatchSummary:
    """What a batch did: files written, meetings skipped with their reasons, cancelled or not."""

    out_dir: Path
    total: int = 0
    exported: list[Path] = field(default_factory=list)
    failures: list[BatchFailure] = field(default_factory=list)
    warnings: dict[str, list[Problem]] = field(default_factory=dict)  # file name -> warnings
    cancelled: bool = False
    #: The DOCX/PDF files written from minutes not yet approved: each is marked "DỰ THẢO".
    drafts: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every selected meeting was exported."""
        return not self.failures and not self.cancelled and len(self.exported) == self.total

    def text(self, language: str = "vi") -> str:
        """Return a one-line account of the batch."""
        done, total, failed = len(self.exported), self.total, len(self.failures)
        if language == "en":
            line = f"exported {done} of {total} meetings to {self.out_dir}"
            if self.drafts:
                line += f"; {len(self.drafts)} of them not approved, marked DRAFT (DỰ THẢO)"
            if failed:
                line += f"; {failed} skipped because of errors"
            if self.cancelled:
                line += "; cancelled"
            return line
        line = f"Đã xuất {done}/{total} biên bản vào {self.out_dir}"
        if self.drafts:
            line += f"; trong đó {len(self.drafts)} bản chưa duyệt, in dấu «DỰ THẢO»"
        if failed:
            line += f"; {failed} biên bản bị bỏ qua vì lỗi"
        if self.cancelled:
            line += "; đã hủy giữa chừng"
        return line


# -- file names --------------------------------------------------------------


def _ascii(text: str) -> str:
    """Return ``text`` without Vietnamese diacritics (``Đ`` → ``D``), case kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _safe_part(text: str) -> str:
    """Return an ASCII file-name part: letters, digits and hyphens only, no hyphen runs."""
    return re.sub(r"[^A-Za-z0-9]+", "-", _ascii(text)).strip("-")


def _shorten(slug: str, max_length: int) -> str:
    """Return ``slug`` cut to ``max_length`` at a hyphen when there is one to cut at."""
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    slug = cut.rsplit("-", 1)[0] if "-" in cut[1:] else slug[:max_length]
    return slug[:max_length].strip("-")


def slugify(title: str, max_length: int = SLUG_MAX) -> str:
    """Return a short lowercase ASCII slug of ``title``, cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
    return _shorten(slug, max_length) or NO_TITLE


def number_part(number: str) -> str:
    """Return the registry number for a file name: ``7`` → ``07``, blank → ``so-chua-co``."""
    number = number.strip()
    if not number:
        return NO_NUMBER
    value = parse_number(number)
    if value is not None:
        return f"{value:02d}"
    return _shorten(_safe_part(number), NUMBER_MAX) or NO_NUMBER


def file_stem(meeting: Meeting, meeting_id: int | None = None) -> str:
    """Return ``2026-01-05_BB-UBND_07_<short title slug>_id12`` for ``meeting``.

    The id makes the name stable and unique: the same meeting always gets the same name, and
    two meetings with the same date, number and title never take each other's file.
    """
    symbol = _shorten(_safe_part(meeting.effective_symbol().replace("/", "-")), SYMBOL_MAX)
    parts = [meeting.date.isoformat(), symbol or "BB", number_part(meeting.number)]
    parts.append(slugify(meeting.title))
    if meeting_id is not None:
        parts.append(f"id{meeting_id}")
    return "_".join(parts)


def unique_name(stem: str, extension: str, used: set[str]) -> str:
    """Return ``stem.extension``, or ``stem_2.extension`` … when taken (case-insensitively).

    ``_`` sorts after ``.``, so the second meeting's file sorts after the first one's.
    """
    candidate = f"{stem}.{extension}"
    counter = 2
    while candidate.casefold() in used:
        candidate = f"{stem}_{counter}.{extension}"
        counter += 1
    used.add(candidate.casefold())
    return candidate


# -- selection ---------------------------------------------------------------


def select_meetings(
    db: Store,
    *,
    status: Status | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[MeetingSummary]:
    """Return the meetings matching the filters, oldest first (the order the files sort in)."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise BatchError(
            f"ngày bắt đầu {date_from:%d/%m/%Y} sau ngày kết thúc {date_to:%d/%m/%Y}",
            f"the start date {date_from} is after the end date {date_to}",
        )
    rows = db.list(status=status, date_from=date_from, date_to=date_to)
    return sorted(rows, key=lambda row: (row.date, row.id))


def parse_date(text: str) -> dt.date:
    """Return the date written ``YYYY-MM-DD`` or ``dd/mm/yyyy``; ValueError names the form."""
    text = text.strip()
    try:
        if "/" in text:
            day, month, year = (int(part) for part in text.split("/"))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"ngày không hợp lệ «{text}» (dạng YYYY-MM-DD hoặc dd/mm/yyyy) / "
            f"invalid date {text!r} (use YYYY-MM-DD or dd/mm/yyyy)"
        ) from None


# -- export ------------------------------------------------------------------


def _prepare_folder(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir}: không phải là thư mục", f"{out_dir}: is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(
            f"{out_dir}: không tạo được thư mục ({exc.strerror or exc})",
            f"{out_dir}: cannot create the folder",
        ) from None
    if not os.access(out_dir, os.W_OK):
        raise BatchError(
            f"{out_dir}: không có quyền ghi vào thư mục", f"{out_dir}: no permission to write"
        )


def _failure(meeting_id: int, name: str, exc: BaseException) -> BatchFailure:
    problems = list(getattr(exc, "problems", None) or [])
    if isinstance(exc, BilingualError):
        vi, en = exc.message_vi, exc.message_en
    elif isinstance(exc, OSError):
        vi = f"lỗi ghi tệp ({exc.strerror or exc})"
        en = f"file error ({exc.strerror or exc})"
    elif isinstance(exc, MinutesError):
        vi = en = str(exc)
    else:
        detail = f"{type(exc).__name__}: {exc}"
        vi, en = f"lỗi không mong đợi ({detail})", f"unexpected error ({detail})"
    return BatchFailure(meeting_id, name, vi, en, problems)


@dataclass(frozen=True)
class _Planned:
    """One selected meeting and the file it goes to, or why its name could not be made."""

    row: MeetingSummary
    name: str
    failure: BaseException | None = None


def _plan(db: Store, rows: list[MeetingSummary], fmt: str) -> list[_Planned]:
    """Return each meeting's file name; a meeting that cannot be read or named is a failure."""
    used: set[str] = set()
    planned = []
    for row in rows:
        try:  # one bad meeting (a damaged row, an odd number) never stops the batch
            name = unique_name(file_stem(db.get(row.id).meeting, row.id), fmt, used)
        except Exception as exc:
            name = unique_name(f"{row.date.isoformat()}_id{row.id}", fmt, used)
            planned.append(_Planned(row, name, exc))
            continue
        planned.append(_Planned(row, name))
    return planned


def _taken(out_dir: Path, planned: list[_Planned]) -> list[str]:
    return [p.name for p in planned if p.failure is None and os.path.lexists(out_dir / p.name)]


def _not_a_file(target: Path) -> BatchError | None:
    """Return why an existing ``target`` is not replaced even with ``overwrite`` (a pipe …)."""
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
        return None
    return BatchError(
        f"{target.name}: đã có và không phải tệp thường; không ghi",
        f"{target.name}: exists and is not a regular file; not written",
    )


def export_batch(
    db: Store,
    request: BatchRequest,
    *,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    renderer: Renderer | None = None,
) -> BatchSummary:
    """Export every selected meeting to ``request.out_dir``; failures are collected, not raised.

    ``progress(done, total, file_name)`` is called before each meeting and once at the end
    (``file_name`` empty); ``should_cancel()`` is checked between meetings. A meeting that fails
    the layout check, or cannot be read or written, is reported in the summary and skipped.
    Files already in the folder under the batch's names are refused up front (``NamesTaken``,
    nothing written) unless ``request.overwrite``. ``db`` is used from the calling thread only
    (a worker thread opens its own connection). ``renderer`` replaces the DOCX/PDF writers (the
    window's render process, tests).
    """
    fmt = request.fmt.lower()
    if fmt not in FORMATS:
        raise BatchError(
            f"định dạng không hỗ trợ: {request.fmt} (pdf, docx, json)",
            f"unsupported format: {request.fmt} (pdf, docx, json)",
        )
    rows = select_meetings(
        db, status=request.status, date_from=request.date_from, date_to=request.date_to
    )
    summary = BatchSummary(out_dir=request.out_dir, total=len(rows))
    if not rows:
        if progress is not None:
            progress(0, 0, "")
        return summary
    local = getattr(db, "path", None)  # the office database has no file to guard
    if local is not None and protected_files(local).guards_folder(request.out_dir):
        raise BatchError(
            f"{request.out_dir}: là thư mục sao lưu của cơ sở dữ liệu; hãy chọn thư mục khác",
            f"{request.out_dir}: is the database's backup folder; choose another folder",
        )
    _prepare_folder(request.out_dir)
    planned = _plan(db, rows, fmt)
    if not request.overwrite:
        taken = _taken(request.out_dir, planned)
        if taken:
            raise NamesTaken(request.out_dir, taken)
    for done, item in enumerate(planned):
        if should_cancel is not None and should_cancel():
            summary.cancelled = True
            break
        if progress is not None:
            progress(done, len(rows), item.name)
        target = request.out_dir / item.name
        if item.failure is not None:
            summary.failures.append(_failure(item.row.id, item.name, item.failure))
            continue
        try:
            refused = _not_a_file(target)
            if refused is not None:
                raise refused
            result = export_meeting(
                item.row.id, fmt, target, db=db, profile=request.profile, renderer=renderer
            )
        except Exception as exc:  # one bad meeting must not stop a clerk's batch of fifty
            summary.failures.append(_failure(item.row.id, item.name, exc))
            continue
        summary.exported.append(target)
        if fmt != "json" and item.row.status is not Status.APPROVED:
            summary.drafts.append(target)
        if result.warnings:
            summary.warnings[item.name] = list(result.warnings)
    if progress is not None:
        progress(len(summary.exported) + len(summary.failures), len(rows), "")
    return summary
