"""Typed lengths convert exactly and refuse bare numbers."""

from __future__ import annotations

import pytest

from minutes_app.render.units import Cm, Length, Mm, Pt


def test_conversions_are_exact() -> None:
    assert Mm(20).emu == 720000
    assert Pt(14).emu == 177800
    assert Cm(1) == Mm(10)
    assert Mm(25.4) == Pt(72)
    assert Mm(30).twips == 1701
    assert round(Pt(14).pt, 6) == 14


def test_arithmetic_keeps_lengths() -> None:
    width = Mm(210) - Mm(30) - Mm(15)
    assert width == Mm(165)
    assert isinstance(width * 0.4, Length)
    assert (width * 0.4).mm == pytest.approx(66)
    assert (width / 2) == Mm(82.5)
    assert Mm(10).ratio(Mm(40)) == 0.25
    assert Mm(1) < Mm(2) and max(Mm(3), Pt(5)) == Mm(3)


def test_bare_numbers_are_refused() -> None:
    with pytest.raises(TypeError):
        Length(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Mm(1) + 2  # type: ignore[operator]
