"""The PDF writer's page flow (render/pdf_flow.py): where blocks land, page by page.

The flow places what the writer makes, so the PDF tests cover it through real documents (page
counts against LibreOffice, signatures never alone, the register's repeated headings). These
tests pin each rule on its own, with boxes of known sizes drawn on a canvas that records where.
"""

from __future__ import annotations

from typing import Any

import pytest

from minutes_app.render.pdf_flow import (
    EMPTY_CELL_HEIGHT,
    NEW_PAGE,
    Block,
    Gap,
    GridTable,
    KeepTogether,
    LayoutError,
    PageFlow,
)

BOTTOM = 50.0
HEIGHT = 700.0
TOP = BOTTOM + HEIGHT


class RecordingCanvas:
    """The few canvas calls the flow makes; ``drawn`` holds (page, name, x, y) of each box."""

    def __init__(self) -> None:
        self.page = 1
        self.origin = (0.0, 0.0)
        self.stack: list[tuple[float, float]] = []
        self.drawn: list[tuple[int, str, float, float]] = []
        self.pages_begun: list[int] = []
        self.lines: list[tuple[int, float, float, float, float]] = []

    def saveState(self) -> None:  # noqa: N802
        self.stack.append(self.origin)

    def restoreState(self) -> None:  # noqa: N802
        self.origin = self.stack.pop()

    def translate(self, x: float, y: float) -> None:
        self.origin = (self.origin[0] + x, self.origin[1] + y)

    def absolutePosition(self, x: float, y: float) -> tuple[float, float]:  # noqa: N802
        return self.origin[0] + x, self.origin[1] + y

    def getPageNumber(self) -> int:  # noqa: N802
        return self.page

    def showPage(self) -> None:  # noqa: N802
        self.page += 1

    def setPageRotation(self, _rotation: int) -> None:  # noqa: N802
        pass

    def setLineCap(self, _cap: int) -> None:  # noqa: N802
        pass

    def setStrokeColorRGB(self, *_rgb: float) -> None:  # noqa: N802
        pass

    def setLineWidth(self, _width: float) -> None:  # noqa: N802
        pass

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        ox, oy = self.origin
        self.lines.append((self.page, ox + x0, oy + y0, ox + x1, oy + y1))


class Box(Block):
    """A block of a fixed height; it splits into two boxes at whole ``unit`` steps if asked."""

    def __init__(
        self, name: str, height: float, before: float = 0.0, after: float = 0.0, unit: float = 0.0
    ) -> None:
        self.name = name
        self.height = height
        self.before = before
        self.after = after
        self.unit = unit

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, self.height

    def space_before(self) -> float:
        return self.before

    def space_after(self) -> float:
        return self.after

    def split(self, width: float, height: float, at_top: bool) -> list[Any]:
        if not self.unit:
            return []
        fit = int(height // self.unit) * self.unit
        if fit <= 0 or fit >= self.height:
            return []
        return [
            Box(self.name + "a", fit, self.before),
            Box(self.name + "b", self.height - fit, 0.0, self.after, self.unit),
        ]

    def draw(self, canvas: Any) -> None:
        x, y = canvas.absolutePosition(0, 0)
        canvas.drawn.append((canvas.getPageNumber(), self.name, x, y))


def flow(blocks: list[Any]) -> RecordingCanvas:
    canvas = RecordingCanvas()

    def on_page(c: Any) -> None:
        c.pages_begun.append(c.getPageNumber())

    PageFlow(canvas, left=80.0, bottom=BOTTOM, width=400.0, height=HEIGHT, on_page=on_page).run(
        blocks
    )
    return canvas


def tops(canvas: RecordingCanvas, heights: dict[str, float]) -> dict[str, tuple[int, float]]:
    return {name: (page, y + heights[name]) for page, name, _, y in canvas.drawn}


def test_spaces_overlap_and_the_first_space_of_a_page_is_dropped() -> None:
    a = Box("a", 100, before=30, after=10)
    b = Box("b", 50, before=24, after=6)
    c = Box("c", 40, before=4)
    canvas = flow([a, b, c])
    where = tops(canvas, {"a": 100, "b": 50, "c": 40})
    assert where["a"] == (1, TOP)  # no space before at the top of a page
    assert where["b"] == (1, TOP - 100 - 24)  # the larger of 10 after and 24 before
    assert where["c"] == (1, TOP - 100 - 24 - 50 - 6)  # 6 after beats 4 before
    assert all(x == 80.0 for _, _, x, _ in canvas.drawn)
    assert canvas.pages_begun == [1]
    assert canvas.page == 2  # the one page was shown, and no empty page follows it


def test_a_block_that_does_not_fit_waits_for_the_next_page() -> None:
    canvas = flow([Box("a", 650), Box("b", 100, before=12)])
    where = tops(canvas, {"a": 650, "b": 100})
    assert where["b"] == (2, TOP)  # and its space before is dropped there
    assert canvas.pages_begun == [1, 2]


def test_a_block_splits_at_the_room_left_and_the_rest_goes_on() -> None:
    canvas = flow([Box("a", 630), Box("b", 200, unit=20)])
    where = {name: (page, y) for page, name, _, y in canvas.drawn}
    assert [name for _, name, _, _ in canvas.drawn] == ["a", "ba", "bb"]
    assert where["ba"] == (1, TOP - 630 - 60)  # 70 pt left: three units of 20
    assert where["bb"] == (2, TOP - 140)


def test_a_block_taller_than_a_page_that_cannot_split_is_an_error() -> None:
    with pytest.raises(LayoutError, match="Box"):
        flow([Box("a", 100), Box("huge", HEIGHT + 1)])


def test_many_postponed_parts_are_each_given_a_fresh_page() -> None:
    # Each split's second half waits for the next page once. A waiting block is known by
    # itself, not by its id: a freed part's id comes back for a later part (that mistake
    # refused a 100-page document as "taller than a page").
    canvas = flow([Box("filler", 400), *(Box(f"x{i}", 500, unit=250) for i in range(200))])
    names = [name for _, name, _, _ in canvas.drawn]
    assert len(names) == 1 + 2 * 200
    assert canvas.page == 202


def test_a_kept_together_block_moves_whole_unless_it_starts_a_page() -> None:
    table = GridTable(
        [[[Box(f"r{i}", 100)]] for i in range(5)], [400.0], padding=0.0, borders=False
    )
    canvas = flow([Box("a", 300), KeepTogether(table)])
    assert [(page, name) for page, name, _, _ in canvas.drawn][1:] == [
        (2, f"r{i}") for i in range(5)
    ]
    assert KeepTogether(table).split(400, 100, at_top=True) == [table]
    assert KeepTogether(table).split(400, 100, at_top=False) == [NEW_PAGE, table]
    assert KeepTogether(table).split(400, 600, at_top=False) == [table]


def test_a_table_splits_between_rows_and_repeats_its_heading_rows() -> None:
    rows = [[[Box("head", 30)], [Box("head2", 20)]]] + [
        [[Box(f"r{i}", 100)], []] for i in range(12)
    ]
    table = GridTable(rows, [200.0, 200.0], padding=4.0, borders=True, header_rows=1)
    canvas = flow([table])
    pages: dict[int, list[str]] = {}
    for page, name, x, _ in canvas.drawn:
        pages.setdefault(page, []).append(name)
        assert x in (80.0 + 4.0, 80.0 + 200.0 + 4.0)  # the padding left of each column
    assert pages[1] == ["head", "head2", *[f"r{i}" for i in range(6)]]  # 30 + 600 of 700
    assert pages[2] == ["head", "head2", *[f"r{i}" for i in range(6, 12)]]
    # Grid lines bound every row of each part, and the empty cells are drawn as nothing.
    assert {page for page, *_ in canvas.lines} == {1, 2}


def test_a_row_is_as_tall_as_its_tallest_cell_and_an_empty_cell_is_one_line() -> None:
    table = GridTable(
        [[[Box("a", 30), Box("b", 5)], [Box("c", 50)]], [[], []], [[Gap(3.0)], []]],
        [100.0, 100.0],
        padding=2.0,
        borders=False,
    )
    assert table.row_heights() == [50.0, EMPTY_CELL_HEIGHT, EMPTY_CELL_HEIGHT]
    assert table.wrap(500, 500) == (200.0, 50.0 + 2 * EMPTY_CELL_HEIGHT)


def test_each_drawn_cell_is_told_with_its_row_in_the_whole_table() -> None:
    told: list[tuple[int, int, int]] = []

    def hook(_t: Any, row: int, column: int, *rest: Any) -> None:
        told.append((rest[-1], row, column))

    rows = [[[Box(f"r{i}", 100)], [Box(f"s{i}", 10)]] for i in range(10)]
    table = GridTable(rows, [200.0, 200.0], padding=0.0, borders=False, on_cell=hook)
    flow([Box("a", 500), table])
    assert [(p, r) for p, r, c in told if c == 0] == [(1, 0), (1, 1)] + [
        (2, r) for r in range(2, 9)
    ] + [(3, 9)]
