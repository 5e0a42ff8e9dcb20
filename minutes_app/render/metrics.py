"""Font metrics read straight from the bundled TrueType files: widths for builder and both writers.

Standard library only, so building a document (and writing a DOCX) never loads the PDF library.
Two measures are offered: exact widths (what the PDF prints, float points) and the word
processors' widths (LibreOffice rounds every glyph's advance to 1/120 pt, its layout unit at
8640 dpi, and compares the sum with the line width in the same unit: lines break where it
breaks only if they are measured that way).
"""

from __future__ import annotations

import struct
import threading
from functools import lru_cache
from pathlib import Path

from minutes_app import paths
from minutes_app.domain.dataclass import dataclass
from minutes_app.render.document import FontSet
from minutes_app.render.errors import ExportError
from minutes_app.render.units import Length, Pt

# LibreOffice formats text on a reference device of 8640 dpi: 120 layout units per point,
# 6 per twip. Every glyph advance is rounded to a whole unit.
UNITS_PER_PT = 120
UNITS_PER_TWIP = 6

# The natural line height of Times New Roman / Liberation Serif (hhea ascender + descender +
# line gap = 2355/2048 em): what Word and LibreOffice call "single" spacing.
SINGLE_LINE_FACTOR = 2355 / 2048
ASCENT_FACTOR = 1825 / 2048

_LOCK = threading.Lock()


@dataclass(frozen=True, eq=False)
class FaceMetrics:
    """One face of a font: advance widths per code point, in font units, and vertical metrics."""

    name: str
    units_per_em: int
    ascender: int
    descender: int  # negative, as stored
    line_gap: int
    advances: dict[int, int]  # code point -> advance width of its glyph
    missing_advance: int  # the advance of glyph 0 (.notdef), printed for unmapped characters

    def covers(self, code: int) -> bool:
        """Return True when the face has a real glyph for the code point."""
        return code in self.advances

    def advance(self, ch: str) -> int:
        """Return the advance width of one character in font units."""
        return self.advances.get(ord(ch), self.missing_advance)

    def units(self, text: str) -> int:
        """Return the summed advance of ``text`` in font units."""
        get, missing = self.advances.get, self.missing_advance
        return sum(get(ord(ch), missing) for ch in text)

    def width_pt(self, text: str, size_pt: float) -> float:
        """Return the exact printed width of ``text`` in points (what the PDF draws)."""
        return self.units(text) * size_pt / self.units_per_em

    def width(self, text: str, size: Length) -> Length:
        """Return the exact printed width of ``text`` as a length."""
        return Pt(self.width_pt(text, size.pt))

    def layout_table(self, size_pt: float) -> LayoutWidths:
        """Return the word processors' rounded glyph widths at one font size (cached)."""
        return _layout_table(self, round(size_pt * UNITS_PER_PT))


class LayoutWidths:
    """Glyph advances of one face at one size in layout units (1/120 pt), rounded as LibreOffice does."""

    __slots__ = ("_face", "_scale", "_table", "_missing", "_words")

    def __init__(self, face: FaceMetrics, size_units: int) -> None:
        self._face = face
        self._scale = size_units / face.units_per_em
        self._table: dict[int, int] = {}
        self._missing = self._round(face.missing_advance)
        self._words: dict[str, int] = {}

    def _round(self, advance: int) -> int:
        return int(advance * self._scale + 0.5)

    def char(self, ch: str) -> int:
        """Return one character's advance in layout units."""
        code = ord(ch)
        value = self._table.get(code)
        if value is None:
            advance = self._face.advances.get(code)
            value = self._missing if advance is None else self._round(advance)
            self._table[code] = value
        return value

    def text(self, text: str) -> int:
        """Return the width of ``text`` in layout units (words are cached: text repeats them)."""
        value = self._words.get(text)
        if value is None:
            char = self.char
            value = sum(char(ch) for ch in text)
            if len(text) <= 64 and len(self._words) < 200_000:
                self._words[text] = value
        return value


@lru_cache(maxsize=64)
def _layout_table(face: FaceMetrics, size_units: int) -> LayoutWidths:
    return LayoutWidths(face, size_units)


# -- reading the TrueType file ---------------------------------------------------------------------


def _tables(data: bytes) -> dict[str, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", data, 4)
    out = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        out[tag.decode("latin-1")] = (offset, length)
    return out


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    """Return code point -> glyph id from the best Unicode subtable (format 12, else 4)."""
    _version, count = struct.unpack_from(">HH", data, offset)
    candidates: dict[int, int] = {}
    for i in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * i)
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3), (0, 1), (0, 0)):
            (fmt,) = struct.unpack_from(">H", data, offset + sub)
            candidates.setdefault(fmt, offset + sub)
    if 12 in candidates:
        base = candidates[12]
        (groups,) = struct.unpack_from(">I", data, base + 12)
        mapping: dict[int, int] = {}
        for g in range(groups):
            start, end, glyph = struct.unpack_from(">III", data, base + 16 + 12 * g)
            for code in range(start, end + 1):
                mapping[code] = glyph + code - start
        return mapping
    if 4 not in candidates:
        raise ValueError("no Unicode cmap (format 4 or 12)")
    base = candidates[4]
    (seg_x2,) = struct.unpack_from(">H", data, base + 6)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, base + 14)
    starts = struct.unpack_from(f">{segs}H", data, base + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, base + 16 + 2 * seg_x2)
    range_base = base + 16 + 3 * seg_x2
    offsets = struct.unpack_from(f">{segs}H", data, range_base)
    mapping = {}
    for s in range(segs):
        start, end, delta, ro = starts[s], ends[s], deltas[s], offsets[s]
        if start == 0xFFFF:
            continue
        codes = range(start, end + 1)
        if ro == 0:
            mapping.update({code: (code + delta) & 0xFFFF for code in codes})
        else:
            # The segment's glyph ids, read at once (a read per code costs milliseconds).
            ids = struct.unpack_from(f">{len(codes)}H", data, range_base + 2 * s + ro)
            mapping.update(
                {
                    code: (glyph + delta) & 0xFFFF if glyph else 0
                    for code, glyph in zip(codes, ids, strict=True)
                }
            )
    return mapping


def read_face(path: Path, name: str = "") -> FaceMetrics:
    """Return the metrics of one TrueType file; ValueError/OSError/struct.error when unreadable."""
    data = path.read_bytes()
    tables = _tables(data)
    head, _ = tables["head"]
    (units_per_em,) = struct.unpack_from(">H", data, head + 18)
    hhea, _ = tables["hhea"]
    ascender, descender, line_gap = struct.unpack_from(">hhh", data, hhea + 4)
    (n_hmetrics,) = struct.unpack_from(">H", data, hhea + 34)
    maxp, _ = tables["maxp"]
    (n_glyphs,) = struct.unpack_from(">H", data, maxp + 4)
    hmtx, _ = tables["hmtx"]
    # (advance, left side bearing) pairs: the advances are every other value.
    widths: tuple[int, ...] = struct.unpack_from(f">{2 * n_hmetrics}H", data, hmtx)[::2]
    last = widths[-1]

    def glyph_advance(glyph: int) -> int:
        return widths[glyph] if glyph < n_hmetrics else last

    advances = {
        code: widths[glyph] if glyph < n_hmetrics else last
        for code, glyph in _cmap(data, tables["cmap"][0]).items()
        if 0 < glyph < n_glyphs
    }
    # As reportlab (and the word processors) do: a no-break space is exactly a space.
    if 0x20 in advances:
        advances[0xA0] = advances[0x20]
    return FaceMetrics(
        name=name or path.stem,
        units_per_em=units_per_em,
        ascender=ascender,
        descender=descender,
        line_gap=line_gap,
        advances=advances,
        missing_advance=glyph_advance(0),
    )


@dataclass(frozen=True, eq=False)
class FontMetrics:
    """The four faces of a font family."""

    regular: FaceMetrics
    bold: FaceMetrics
    italic: FaceMetrics
    bold_italic: FaceMetrics

    def face(self, bold: bool = False, italic: bool = False) -> FaceMetrics:
        """Return the face for a combination of bold and italic."""
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.regular

    def text_width(
        self, text: str, size: Length, bold: bool = False, italic: bool = False
    ) -> Length:
        """Return the exact printed width of ``text`` on one line."""
        return self.face(bold, italic).width(text, size)


def font_metrics(fonts: FontSet) -> FontMetrics:
    """Return the metrics of the four faces of ``fonts`` (read once, thread-safe)."""
    with _LOCK:
        return _font_metrics(fonts)


@lru_cache(maxsize=8)
def _font_metrics(fonts: FontSet) -> FontMetrics:
    faces = []
    for filename in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic):
        path = paths.resource("fonts", filename)
        try:
            faces.append(read_face(path))
        except (OSError, ValueError, KeyError, IndexError, struct.error) as exc:
            raise ExportError(
                f"Không đọc được phông chữ {path}: {exc}",
                f"cannot read the font {path}: {exc}",
                path,
            ) from None
    return FontMetrics(*faces)


def single_line_height(size: Length) -> Length:
    """Return the font's single line height as the word processors round it (whole twips)."""
    twips = round(size.pt * 20 * SINGLE_LINE_FACTOR)
    return Pt(twips / 20)
