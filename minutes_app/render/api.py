"""Render entry points: layout check, document building, rendering and atomic export."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from minutes_app.domain.model import Meeting
from minutes_app.domain.party import admission_problems
from minutes_app.domain.validation import Problem, Purpose, error, text_fields, validate, warning
from minutes_app.render.builder import build
from minutes_app.render.document import Document
from minutes_app.render.errors import ExportError, LayoutCheckFailed
from minutes_app.render.profile import LayoutProfile, load_profile

FORMATS = ("pdf", "docx")

# Texts printed inside the header and signature tables: a table row cannot break across pages,
# so these must stay short enough to fit on one page whatever their wording.
_SHORT_FIELDS = {
    "issuer.parent": 200,
    "issuer.name": 200,
    "issuer.abbreviation": 40,
    "number": 20,
    "symbol": 40,
    "place": 100,
    "chair.name": 100,
    "chair.position": 200,
    "secretary.name": 100,
    "secretary.position": 200,
    "signature.secretary_label": 100,
    "signature.chair_label": 100,
    "signature.chair_prefix": 150,
    "signature.chair_title": 150,
}


def resolve_profile(meeting: Meeting, profile: str | None) -> LayoutProfile:
    """Return the named profile, or the meeting's own when ``profile`` is None."""
    return load_profile(profile if profile is not None else str(meeting.profile))


def layout_problems(meeting: Meeting, profile: LayoutProfile) -> list[Problem]:
    """Return the problems only the printed layout has (long header texts, profile mismatch)."""
    problems: list[Problem] = []
    for path, value in text_fields(meeting):
        limit = _SHORT_FIELDS.get(path)
        if limit is not None and len(value.strip()) > limit:
            problems.append(
                error(
                    path,
                    f"quá dài để in trong phần đầu hoặc phần chữ ký ({len(value.strip())} ký tự, "
                    f"tối đa {limit})",
                    f"too long to print in the header or signature block ({len(value.strip())} "
                    f"characters, at most {limit})",
                )
            )
    if profile.name != str(meeting.profile):
        problems.append(
            warning(
                "profile",
                f"biên bản thuộc mẫu “{meeting.profile}” nhưng đang in theo mẫu “{profile.name}”",
                f"the minutes use the “{meeting.profile}” layout but are printed with "
                f"“{profile.name}”",
            )
        )
    return problems


def check_meeting(meeting: Meeting, profile: str | None = None) -> list[Problem]:
    """Return the layout check: export validation plus layout-specific problems."""
    layout = resolve_profile(meeting, profile)
    from minutes_app.render.glyphs import glyph_problems

    return (
        validate(meeting, Purpose.EXPORT)
        + layout_problems(meeting, layout)
        + glyph_problems(meeting, layout)
        + admission_problems(meeting)
    )


def build_document(meeting: Meeting, profile: str | None = None, *,
                   metadata: Mapping[str, str] | None = None) -> Document:  # fmt: skip
    """Return the intermediate document of ``meeting`` (no check: drafts preview too)."""
    return build(meeting, resolve_profile(meeting, profile), metadata)


def render_pdf_bytes(meeting: Meeting, profile: str | None = None, *,
                     metadata: dict[str, str] | None = None) -> bytes:  # fmt: skip
    """Return the PDF of ``meeting``; the same meeting always gives the same bytes."""
    from minutes_app.render.pdf_writer import render_pdf

    return render_pdf(build_document(meeting, profile, metadata=metadata))


def render_docx_bytes(meeting: Meeting, profile: str | None = None, *,
                      metadata: dict[str, str] | None = None) -> bytes:  # fmt: skip
    """Return the DOCX of ``meeting``; the same meeting always gives the same bytes."""
    from minutes_app.render.docx_writer import render_docx

    return render_docx(build_document(meeting, profile, metadata=metadata))


def _describe_os_error(exc: OSError, target: Path) -> ExportError:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        vi, en = "ổ đĩa đã đầy", "the disk is full"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        vi, en = "không có quyền ghi vào thư mục này", "no permission to write there"
    elif code == errno.ENOENT:
        vi, en = "thư mục chứa tệp không tồn tại", "the folder does not exist"
    elif code == errno.EISDIR:
        vi, en = "đường dẫn là một thư mục", "the path is a folder"
    else:
        vi = en = exc.strerror or str(exc)
    return ExportError(f"Không ghi được tệp {target}: {vi}", f"cannot write {target}: {en}", target)


def write_atomically(data: bytes, target: str | Path) -> Path:
    """Write ``data`` to ``target`` via a temporary file in the same folder, fsync, rename."""
    path = Path(target)
    if path.is_dir():
        raise ExportError(
            f"Không ghi được tệp {path}: đường dẫn là một thư mục",
            f"cannot write {path}: the path is a folder",
            path,
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(
            f"Không ghi được tệp {path}: thư mục {folder} không tồn tại",
            f"cannot write {path}: the folder {folder} does not exist",
            path,
        )
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644 & ~_umask())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise _describe_os_error(exc, path) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export_meeting(meeting: Meeting, fmt: str, out: str | Path, *, profile: str | None = None,
                   metadata: dict[str, str] | None = None) -> list[Problem]:  # fmt: skip
    """Check, render and atomically write ``meeting`` as ``fmt``; return the warnings."""
    target = Path(out)
    if fmt not in FORMATS:
        raise ExportError(
            f"Định dạng “{fmt}” không được hỗ trợ (chỉ pdf hoặc docx)",
            f"unsupported format {fmt!r} (pdf or docx)",
            target,
        )
    problems = check_meeting(meeting, profile)
    if any(p.is_error for p in problems):
        raise LayoutCheckFailed(problems, target)
    data = (render_pdf_bytes if fmt == "pdf" else render_docx_bytes)(
        meeting, profile, metadata=metadata
    )
    write_atomically(data, target)
    return [p for p in problems if not p.is_error]
