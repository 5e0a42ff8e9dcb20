"""The bundled fonts: reportlab registration and text measurement for builder and writers."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from minutes_app import paths
from minutes_app.render.document import FontSet
from minutes_app.render.errors import ExportError
from minutes_app.render.units import Length, Pt

# The natural line height of Times New Roman / Liberation Serif (hhea ascender + descender +
# line gap = 2355/2048 em): what Word and LibreOffice call "single" spacing.
SINGLE_LINE_FACTOR = 2355 / 2048
ASCENT_FACTOR = 1825 / 2048

_LOCK = threading.Lock()
_REGISTERED: set[str] = set()


def face_name(fonts: FontSet, bold: bool, italic: bool) -> str:
    """Return the reportlab font name of one face of the family."""
    suffix = {(False, False): "", (True, False): "-Bold", (False, True): "-Italic",
              (True, True): "-BoldItalic"}[(bold, italic)]  # fmt: skip
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


def text_width(
    fonts: FontSet, text: str, size: Length, bold: bool = False, italic: bool = False
) -> Length:
    """Return the printed width of ``text`` on one line."""
    register(fonts)
    width = pdfmetrics.stringWidth(text, face_name(fonts, bold, italic), size.pt)
    return Pt(float(width))


def widest_line(fonts: FontSet, text: str, size: Length, available: Length, bold: bool = False,
                italic: bool = False) -> Length:  # fmt: skip
    """Return the width of the widest line of ``text`` wrapped at spaces into ``available``."""
    register(fonts)
    name = face_name(fonts, bold, italic)
    space = pdfmetrics.stringWidth(" ", name, size.pt)
    limit = available.pt
    widest = 0.0
    for source_line in text.split("\n"):
        line = 0.0
        for word in source_line.split():
            w = pdfmetrics.stringWidth(word, name, size.pt)
            if line and line + space + w > limit:
                widest = max(widest, line)
                line = w
            else:
                line = line + space + w if line else w
        widest = max(widest, line)
    return Pt(min(widest, limit))
