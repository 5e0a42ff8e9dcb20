"""Batch export for clerks: many stored meetings to DOCX/PDF files whose names sort by date."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_app.domain import interchange
from minutes_app.domain.errors import MinutesError
from minutes_app.domain.model import Meeting, Status
from minutes_app.domain.text import fold

if TYPE_CHECKING:
    from minutes_app.domain.validation import Problem
    from minutes_app.store import Database, MeetingSummary

FORMATS = ("pdf", "docx", "json")
SLUG_MAX = 60
NO_NUMBER = "so-chua-co"  # "số chưa có": the registry number is not given yet
NO_TITLE = "bien-ban"

ProgressCallback = Callable[[int, int, str], None]  # done, total, current file name ("" at the end)
CancelCheck = Callable[[], bool]
Exporter = Callable[..., "list[Problem] | None"]  # export_meeting(meeting, fmt, out, profile=...)


class BatchError(MinutesError):
    """A batch that cannot start (bad folder or format); per-meeting errors are collected."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        super().__init__(f"{message_vi} / {message_en}")


@dataclass(frozen=True)
class BatchRequest:
    """What to export and where: the same filters in the CLI and the dialog."""

    out_dir: Path
    fmt: str = "pdf"
    status: Status | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    profile: str | None = None  # None: each meeting's own profile


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

    @property
    def ok(self) -> bool:
        """Return True when every selected meeting was exported."""
        return not self.failures and not self.cancelled and len(self.exported) == self.total

    def text(self, language: str = "vi") -> str:
        """Return a one-line account of the batch."""
        done, total, failed = len(self.exported), self.total, len(self.failures)
        if language == "en":
            line = f"exported {done} of {total} meetings to {self.out_dir}"
            if failed:
                line += f"; {failed} skipped because of errors"
            if self.cancelled:
                line += "; cancelled"
            return line
        line = f"Đã xuất {done}/{total} biên bản vào {self.out_dir}"
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


def slugify(title: str, max_length: int = SLUG_MAX) -> str:
    """Return a short lowercase ASCII slug of ``title``, cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[1:] else slug[:max_length]
        slug = slug[:max_length].strip("-")
    return slug or NO_TITLE


def number_part(number: str) -> str:
    """Return the registry number for a file name: ``7`` → ``07``, blank → ``so-chua-co``."""
    number = number.strip()
    if not number:
        return NO_NUMBER
    if number.isdigit():
        return f"{int(number):02d}"
    return _safe_part(number) or NO_NUMBER


def file_stem(meeting: Meeting) -> str:
    """Return ``2026-01-05_BB-UBND_07_<short title slug>`` for ``meeting``."""
    symbol = _safe_part(meeting.effective_symbol().replace("/", "-")) or "BB"
    return "_".join(
        [meeting.date.isoformat(), symbol, number_part(meeting.number), slugify(meeting.title)]
    )


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
    db: Database,
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


def _write_json(meeting: Meeting, fmt: str, out: Path, *, profile: str | None = None) -> list[Any]:
    """Write the interchange JSON of ``meeting`` atomically (the ``json`` batch format)."""
    fd, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(interchange.dumps(meeting).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return []


def _default_exporter(fmt: str) -> Exporter:
    if fmt == "json":
        return _write_json
    try:
        from minutes_app.render import export_meeting
    except ImportError as exc:
        raise BatchError(
            f"chức năng xuất DOCX/PDF chưa có trong bản này ({exc})",
            "DOCX/PDF export is not available in this build",
        ) from None
    return export_meeting


def _prepare_folder(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(
            f"{out_dir}: không phải là thư mục", f"{out_dir}: is not a folder"
        )  # fmt: skip
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
    vi = getattr(exc, "message_vi", None)
    en = getattr(exc, "message_en", None)
    if vi is None or en is None:
        if isinstance(exc, OSError):
            vi = f"lỗi ghi tệp ({exc.strerror or exc})"
            en = f"file error ({exc.strerror or exc})"
        elif isinstance(exc, MinutesError):
            vi = en = str(exc)
        else:
            detail = f"{type(exc).__name__}: {exc}"
            vi, en = f"lỗi không mong đợi ({detail})", f"unexpected error ({detail})"
    return BatchFailure(meeting_id, name, vi, en, problems)


def export_batch(
    db: Database,
    request: BatchRequest,
    *,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    exporter: Exporter | None = None,
) -> BatchSummary:
    """Export every selected meeting to ``request.out_dir``; failures are collected, not raised.

    ``progress(done, total, file_name)`` is called before each meeting and once at the end
    (``file_name`` empty); ``should_cancel()`` is checked between meetings. A meeting that fails
    the layout check, or cannot be read or written, is reported in the summary and skipped.
    ``db`` is used from the calling thread only (a worker thread opens its own Database).
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
    _prepare_folder(request.out_dir)
    export = exporter or _default_exporter(fmt)
    used: set[str] = set()
    for done, row in enumerate(rows):
        if should_cancel is not None and should_cancel():
            summary.cancelled = True
            break
        try:
            meeting = db.get(row.id).meeting
        except MinutesError as exc:
            name = unique_name(f"{row.date.isoformat()}_id-{row.id}", fmt, used)
            if progress is not None:
                progress(done, len(rows), name)
            summary.failures.append(_failure(row.id, name, exc))
            continue
        name = unique_name(file_stem(meeting), fmt, used)
        if progress is not None:
            progress(done, len(rows), name)
        target = request.out_dir / name
        try:
            # An approved meeting's document carries its revision and hash (refused if tampered).
            metadata = db.review.export_metadata(row.id) if fmt != "json" else {}
            if metadata:
                warnings = export(meeting, fmt, target, profile=request.profile, metadata=metadata)
            else:
                warnings = export(meeting, fmt, target, profile=request.profile)
        except Exception as exc:  # one bad meeting must not stop a clerk's batch of fifty
            summary.failures.append(_failure(row.id, name, exc))
            continue
        summary.exported.append(target)
        if warnings:
            summary.warnings[name] = list(warnings)
    if progress is not None:
        progress(len(summary.exported) + len(summary.failures), len(rows), "")
    return summary
