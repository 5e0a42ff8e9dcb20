"""The bundled fonts registered with reportlab: the PDF writer's side only (measuring is metrics.py)."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from minutes_app import paths
from minutes_app.render import font_cache
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


_FILES = {
    (False, False): "regular",
    (True, False): "bold",
    (False, True): "italic",
    (True, True): "bold_italic",
}


def registered(fonts: FontSet, bold: bool, italic: bool) -> str:
    """Return the reportlab name of one face, registering that face first if need be (once,
    thread-safe): a document that never sets a face in bold italic does not parse that file."""
    name = face_name(fonts, bold, italic)
    if name in _REGISTERED:
        return name
    with _LOCK:
        if name in _REGISTERED:
            return name
        path = paths.resource("fonts", getattr(fonts, _FILES[(bold, italic)]))
        try:
            font = font_cache.load_font(name, path)
        except Exception as exc:  # reportlab raises plain Exceptions for bad TTFs
            raise ExportError(
                f"Không nạp được phông chữ {path}: {exc}",
                f"cannot load the font {path}: {exc}",
                path,
            ) from None
        pdfmetrics.registerFont(font)
        _REGISTERED.add(name)
    return name


def register(fonts: FontSet) -> None:
    """Register the four faces of ``fonts`` with reportlab (each once)."""
    for bold, italic in _FILES:
        registered(fonts, bold, italic)
