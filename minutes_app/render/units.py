"""Typed lengths (millimetres, points, centimetres) stored exactly as integer EMU."""

from __future__ import annotations

from functools import total_ordering

EMU_PER_PT = 12700
EMU_PER_MM = 36000
EMU_PER_TWIP = 635


@total_ordering
class Length:
    """A length on the page; build it with :class:`Mm`, :class:`Pt` or :class:`Cm`, not a float."""

    __slots__ = ("_emu",)

    def __init__(self, emu: int) -> None:
        if not isinstance(emu, int):
            raise TypeError("Length takes integer EMU; use Mm(), Pt() or Cm()")
        self._emu = emu

    @property
    def emu(self) -> int:
        """Return the length in English Metric Units (as python-docx counts)."""
        return self._emu

    @property
    def pt(self) -> float:
        """Return the length in typographic points (as reportlab counts)."""
        return self._emu / EMU_PER_PT

    @property
    def mm(self) -> float:
        """Return the length in millimetres."""
        return self._emu / EMU_PER_MM

    @property
    def twips(self) -> int:
        """Return the length in twentieths of a point (as Word's XML counts)."""
        return round(self._emu / EMU_PER_TWIP)

    def __add__(self, other: Length) -> Length:
        if not isinstance(other, Length):
            return NotImplemented
        return Length(self._emu + other._emu)

    def __sub__(self, other: Length) -> Length:
        if not isinstance(other, Length):
            return NotImplemented
        return Length(self._emu - other._emu)

    def __mul__(self, factor: float) -> Length:
        if isinstance(factor, Length) or not isinstance(factor, int | float):
            return NotImplemented
        return Length(round(self._emu * factor))

    __rmul__ = __mul__

    def __truediv__(self, other: float) -> Length:
        if isinstance(other, Length) or not isinstance(other, int | float):
            return NotImplemented
        return Length(round(self._emu / other))

    def in_twips(self) -> Length:
        """Return the length rounded to whole twips, the unit a DOCX stores lengths in.

        Both writers lay text out in lengths a DOCX can state exactly, so Word's line width is
        the PDF's to the last unit and lines break alike.
        """
        return Length(round(self._emu / EMU_PER_TWIP) * EMU_PER_TWIP)

    def ratio(self, other: Length) -> float:
        """Return ``self / other`` as a plain number."""
        return self._emu / other._emu

    def __neg__(self) -> Length:
        return Length(-self._emu)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Length) and self._emu == other._emu

    def __lt__(self, other: Length) -> bool:
        if not isinstance(other, Length):
            return NotImplemented
        return self._emu < other._emu

    def __hash__(self) -> int:
        return hash(self._emu)

    def __bool__(self) -> bool:
        return self._emu != 0

    def __repr__(self) -> str:
        return f"Pt({self.pt:g})"


class Mm(Length):
    """A length given in millimetres."""

    __slots__ = ()

    def __init__(self, value: float) -> None:
        super().__init__(round(value * EMU_PER_MM))

    def __repr__(self) -> str:
        return f"Mm({self.mm:g})"


class Cm(Length):
    """A length given in centimetres."""

    __slots__ = ()

    def __init__(self, value: float) -> None:
        super().__init__(round(value * 10 * EMU_PER_MM))

    def __repr__(self) -> str:
        return f"Cm({self.mm / 10:g})"


class Pt(Length):
    """A length given in typographic points (1/72 inch)."""

    __slots__ = ()

    def __init__(self, value: float) -> None:
        super().__init__(round(value * EMU_PER_PT))


ZERO = Length(0)
