"""The bundled fonts registered with reportlab: the PDF writer's side only (measuring is metrics.py)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from minutes_app import paths
from minutes_app.render.document import FontSet
from minutes_app.render.errors import ExportError

_LOCK = threading.Lock()
_REGISTERED: set[str] = set()


def face_name(fonts: FontSet, bold: bool, italic: bool) -> str:
    """Return the reportlab font name of one face of the family."""
    suffix = {
        (False, False): "",
        (True, False): "-Bold",
        (False, True): "-Italic",
        (True, True): "-BoldItalic",
    }[(bold, italic)]
    return fonts.pdf_family + suffix


def register(fonts: FontSet) -> None:
    """Register the four faces of ``fonts`` with reportlab once (thread-safe)."""
    with _LOCK:
        if fonts.pdf_family in _REGISTERED:
            return
        faces = {
            (False, False): fonts.regular,
            (True, False): fonts.bold,
            (False, True): fonts.italic,
            (True, True): fonts.bold_italic,
        }
        for (bold, italic), filename in faces.items():
            path = paths.resource("fonts", filename)
            try:
                font = TTFont(face_name(fonts, bold, italic), str(path))
            except Exception as exc:  # reportlab raises plain Exceptions for bad TTFs
                raise ExportError(
                    f"Không nạp được phông chữ {path}: {exc}",
                    f"cannot load the font {path}: {exc}",
                    path,
                ) from None
            pdfmetrics.registerFont(font)
        for bold, italic in faces:
            addMapping(fonts.pdf_family, int(bold), int(italic), face_name(fonts, bold, italic))
        pdfmetrics.registerFontFamily(
            fonts.pdf_family,
            normal=face_name(fonts, False, False),
            bold=face_name(fonts, True, False),
            italic=face_name(fonts, False, True),
            boldItalic=face_name(fonts, True, True),
        )
        _REGISTERED.add(fonts.pdf_family)
