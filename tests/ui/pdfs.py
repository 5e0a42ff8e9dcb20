"""Small PDFs for the preview tests, made with reportlab's canvas."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas


def numbered_pdf(pages: int) -> bytes:
    """Return a PDF of ``pages`` A4 pages, each saying its number ("Trang N")."""
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for i in range(pages):
        c.drawString(72, 720, f"Trang {i + 1}")
        c.showPage()
    c.save()
    return out.getvalue()
