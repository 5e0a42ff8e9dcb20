"""What a signature looks like on the page (Decree 30, Phụ lục I): images, texts, and where they go."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from minutes_app.domain.dataclass import dataclass
from minutes_app.render import fonts
from minutes_app.render.profile import load_profile
from minutes_app.render.signature_boxes import SignatureBox
from minutes_app.signing.errors import SigningError

MM = 72 / 25.4
#: The seal's diameter when its image does not say its real size (common seals are 35–42 mm).
DEFAULT_SEAL_MM = 36.0
#: The copy stamp (trích sao): Times New Roman (our metric twin, Liberation Serif) 10 pt, black.
COPY_FONT_PT = 10.0
COPY_WIDTH_MM = 75.0


@dataclass(frozen=True)
class Rect:
    """A rectangle in PDF points on one page (origin bottom left)."""

    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)


@dataclass(frozen=True)
class SignatureImage:
    """A PNG signature or seal, checked and measured."""

    data: bytes
    width_px: int
    height_px: int
    dpi: float | None  # from the PNG's pHYs chunk: gives the real size of a seal

    @property
    def aspect(self) -> float:
        return self.width_px / self.height_px


def load_image(data: bytes, name: str) -> SignatureImage:
    """Return ``data`` as a signature image; refuse anything but a readable PNG."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                raise SigningError(
                    f"{name}: ảnh chữ ký/con dấu phải là tệp PNG (nền trong suốt)",
                    f"{name}: the signature or seal image must be a PNG (transparent background)",
                )
            image.load()
            width, height = image.size
            dpi_info = image.info.get("dpi")
    except SigningError:
        raise
    except Exception as exc:  # Pillow raises many types for damaged files
        raise SigningError(
            f"{name}: không đọc được ảnh ({type(exc).__name__})",
            f"{name}: cannot read the image ({type(exc).__name__})",
        ) from None
    if width < 1 or height < 1 or width * height > 40_000_000:
        raise SigningError(f"{name}: kích thước ảnh không hợp lệ", f"{name}: bad image size")
    dpi = None
    if dpi_info and float(dpi_info[0]) > 1:
        dpi = float(dpi_info[0])
    return SignatureImage(data, width, height, dpi)


def fit(box: SignatureBox, image: SignatureImage, fill: float = 0.95) -> Rect:
    """Return the largest rectangle of the image's shape centred in ``box``."""
    width = box.width * fill
    height = width / image.aspect
    if height > box.height * fill:
        height = box.height * fill
        width = height * image.aspect
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return Rect(box.page, cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def seal_rect(chair: Rect, seal: SignatureImage, seal_mm: float | None = None) -> Rect:
    """Return where the seal goes: real size, over the left third of the chair's signature."""
    if seal_mm is not None:
        width = seal_mm * MM
    elif seal.dpi:
        width = seal.width_px / seal.dpi * 72
    else:
        width = DEFAULT_SEAL_MM * MM
    height = width / seal.aspect
    right = chair.x0 + chair.width / 3
    cy = (chair.y0 + chair.y1) / 2
    return Rect(chair.page, right - width, cy - height / 2, right, cy + height / 2)


def copy_rect(page_width: float, page_height: float, right_margin_mm: float = 15.0) -> Rect:
    """Return the copy stamp's place: top right of page 1, in the top margin."""
    right = page_width - right_margin_mm * MM
    top = page_height - 5 * MM
    height = COPY_FONT_PT * 1.25 * 3 + 4
    return Rect(1, right - COPY_WIDTH_MM * MM, top - height, right, top)


def _face(bold: bool = False, italic: bool = False) -> str:
    return fonts.registered(load_profile("state").fonts, bold, italic)


def _canvas(rect: Rect) -> tuple[Canvas, io.BytesIO]:
    out = io.BytesIO()
    canvas = Canvas(
        out,
        pagesize=(rect.width, rect.height),
        invariant=1,
        pageCompression=1,
        initialFontName=_face(),
    )
    return canvas, out


def _finish(canvas: Canvas, out: io.BytesIO) -> bytes:
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def image_appearance(rect: Rect, image: SignatureImage) -> bytes:
    """Return a one-page PDF the size of ``rect`` showing the image (its transparency kept)."""
    canvas, out = _canvas(rect)
    canvas.drawImage(
        ImageReader(io.BytesIO(image.data)), 0, 0, rect.width, rect.height, mask="auto"
    )
    return _finish(canvas, out)


def text_appearance(rect: Rect, lines: list[str], size: float, *, align: str = "center") -> bytes:
    """Return a one-page PDF the size of ``rect`` with ``lines`` in our serif font, black."""
    canvas, out = _canvas(rect)
    face = _face()
    leading = size * 1.25
    y = rect.height - 2 - size
    for line in lines:
        width = canvas.stringWidth(line, face, size)
        while width > rect.width and size > 5:  # never spill out of the box
            size -= 0.5
            width = canvas.stringWidth(line, face, size)
        canvas.setFont(face, size)
        if align == "right":
            canvas.drawRightString(rect.width, y, line)
        else:
            canvas.drawCentredString(rect.width / 2, y, line)
        y -= leading
    return _finish(canvas, out)


def signer_lines(name: str, when: dt.datetime) -> list[str]:
    """Return the text shown for a person who signs without an image."""
    return ["Đã ký số", name, when.isoformat()]


def copy_lines(form: str, body: str, when: dt.datetime) -> list[str]:
    """Return the copy stamp's lines: the copy form, the body, the signing time (ISO 8601)."""
    return [form, body, when.isoformat()]
