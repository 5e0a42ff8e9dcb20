"""Render entry points: the layout check, document building and rendering to bytes."""

from __future__ import annotations

from collections.abc import Mapping

from minutes_app.domain.fields import print_limit
from minutes_app.domain.model import Meeting
from minutes_app.domain.party import admission_problems
from minutes_app.domain.validation import Problem, Purpose, error, text_fields, validate, warning
from minutes_app.render.builder import build
from minutes_app.render.document import Document
from minutes_app.render.profile import LayoutProfile, load_profile

FORMATS = ("pdf", "docx")


def resolve_profile(meeting: Meeting, profile: str | None) -> LayoutProfile:
    """Return the named profile, or the meeting's own when ``profile`` is None."""
    return load_profile(profile if profile is not None else str(meeting.profile))


def layout_problems(meeting: Meeting, profile: LayoutProfile) -> list[Problem]:
    """Return the problems only the printed layout has (long header texts, profile mismatch)."""
    problems: list[Problem] = []
    # Texts printed inside the header and signature tables: a table row cannot break across
    # pages, so these must stay short enough to fit on one page (``Field.print_limit``).
    for path, value in text_fields(meeting):
        limit = print_limit(path)
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


def build_document(
    meeting: Meeting, profile: str | None = None, *, metadata: Mapping[str, str] | None = None
) -> Document:
    """Return the intermediate document of ``meeting`` (no check: drafts preview too)."""
    return build(meeting, resolve_profile(meeting, profile), metadata)


def render_pdf_bytes(
    meeting: Meeting, profile: str | None = None, *, metadata: dict[str, str] | None = None
) -> bytes:
    """Return the PDF of ``meeting``; the same meeting always gives the same bytes."""
    from minutes_app.render.pdf_writer import render_pdf

    return render_pdf(build_document(meeting, profile, metadata=metadata))


def render_bytes(
    meeting: Meeting,
    fmt: str,
    profile: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> bytes:
    """Return the ``fmt`` ("pdf" or "docx") bytes of ``meeting`` (no check here)."""
    render = render_pdf_bytes if fmt == "pdf" else render_docx_bytes
    return render(meeting, profile, metadata=dict(metadata) if metadata else None)


def render_docx_bytes(
    meeting: Meeting, profile: str | None = None, *, metadata: dict[str, str] | None = None
) -> bytes:
    """Return the DOCX of ``meeting``; the same meeting always gives the same bytes."""
    from minutes_app.render.docx_writer import render_docx

    return render_docx(build_document(meeting, profile, metadata=metadata))


def render_review_docx_bytes(
    meeting: Meeting, profile: str | None = None, *, metadata: Mapping[str, str] | None = None
) -> bytes:
    """Return the review copy of ``meeting``: its DOCX as it prints, marked as a draft, with a
    bookmark named after each part's field path (``render.anchors``) and ``metadata`` in the
    custom properties."""
    import dataclasses

    from minutes_app.domain.model import Status
    from minutes_app.render.anchors import AnchorTable, without_markers
    from minutes_app.render.docx_writer import render_docx

    draft = dataclasses.replace(without_markers(meeting), status=Status.DRAFT)
    anchors = AnchorTable()
    document = build(draft, resolve_profile(draft, profile), metadata, anchors)
    return render_docx(document)
