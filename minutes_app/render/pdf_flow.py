"""The PDF writer's page flow: blocks placed down the pages as reportlab's platypus placed them.

The writer used platypus (``BaseDocTemplate``, ``Frame``, ``Table``, ``KeepTogether``) for this,
and of it only the flow of one frame per page, tables of fixed columns split between rows with
their heading rows repeated, and "keep together". Those few rules are written here, so an
export loads reportlab's canvas and fonts only (platypus alone took longer to import than our
whole layout takes to run) and relies on none of platypus's private attributes.

The rules, as platypus applies them (the parity tests with LibreOffice hold them in place):

- A block's space before is dropped at the top of a page and overlaps the space after the
  block above it (the larger of the two separates them).
- A block that does not fit is asked to split at the room left. Its first part must then fit;
  the rest goes on. A block that cannot split waits for the next page; one that fits on no page
  is an error.
- A table splits between rows, repeating its heading rows; a table kept together moves whole to
  the next page when it does not fit, unless it starts a page (then it splits).
- An empty table cell is one line of 12 pt, as a platypus cell holding no text was.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

FUZZ = 1e-6
#: The height an empty table cell takes (platypus's default cell: 10 pt text, 12 pt leading).
EMPTY_CELL_HEIGHT = 12.0


class LayoutError(ValueError):
    """A block fits on no page (taller than a page and unable to split)."""


class _NewPage:
    """Marker in a split's result: end the page here (a kept-together block moves on)."""

    def __repr__(self) -> str:
        return "NEW_PAGE"


NEW_PAGE = _NewPage()


class Block:
    """What the page flow asks of a block: its size, its spaces, a split, and drawing. The
    defaults: no spaces, no split, nothing drawn."""

    #: Whether the writer keeps this block on the page of the next one (its chains).
    keep_with_next = False

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """Lay out at ``width`` with ``height`` left; return (width, height) in points."""
        raise NotImplementedError

    def split(self, width: float, height: float, at_top: bool) -> list[Any]:
        """Return the parts to place instead of this block when only ``height`` is left (the
        first part must then fit; NEW_PAGE may come first), or [] when it cannot split."""
        return []

    def space_before(self) -> float:
        return 0.0

    def space_after(self) -> float:
        return 0.0

    def draw(self, canvas: Any) -> None:
        """Draw with the block's bottom left corner at the origin (the flow translates)."""


class Gap(Block):
    """Empty vertical space of a fixed height (it also takes room at the top of a page)."""

    def __init__(self, height: float) -> None:
        self.height = height

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, self.height


class KeepTogether(Block):
    """A block that moves whole to the next page when it does not fit, unless it starts one."""

    def __init__(self, block: Any) -> None:
        self.block = block

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, float(0xFFFFFF)  # never placed whole: split() hands the block over

    def split(self, width: float, height: float, at_top: bool) -> list[Any]:
        _, needed = self.block.wrap(width, height)
        if needed > height and not at_top:
            return [NEW_PAGE, self.block]
        return [self.block]

    def space_before(self) -> float:
        return float(self.block.space_before())

    def space_after(self) -> float:
        return float(self.block.space_after())


#: Told when a table cell is drawn: (table, row in the whole table, column, the cell's blocks,
#: x0 and x1 of its content, top of its content, the content's height, page number).
CellHook = Callable[[Any, int, int, Sequence[Any], float, float, float, float, int], None]


class GridTable(Block):
    """A table of fixed column widths whose cells hold blocks, aligned to the top left.

    It splits between rows, repeating its first ``header_rows`` rows on each later part.
    ``row_heights`` may be shared with the table it was split from (they do not change).
    """

    def __init__(
        self,
        rows: Sequence[Sequence[Sequence[Any]]],
        columns: Sequence[float],
        *,
        padding: float,
        borders: bool,
        header_rows: int = 0,
        space_before: float = 0.0,
        keep_together: bool = True,
        on_cell: CellHook | None = None,
        row_numbers: Sequence[int] | None = None,
    ) -> None:
        self.rows = [list(row) for row in rows]
        self.columns = list(columns)
        self.padding = padding
        self.borders = borders
        self.header_rows = header_rows
        self._space_before = space_before
        self.keep_together = keep_together
        self.on_cell = on_cell
        #: Each row's index in the whole table (heading rows repeat on later parts).
        self.row_numbers = list(row_numbers) if row_numbers is not None else list(range(len(rows)))
        self._heights: list[float] | None = None
        self.width = sum(self.columns)

    def space_before(self) -> float:
        return self._space_before

    def _cell_height(self, blocks: Sequence[Any], column_width: float) -> float:
        if not blocks:
            return EMPTY_CELL_HEIGHT
        inner = column_width - 2 * self.padding
        total = 0.0
        first_before: float | None = None
        after = 0.0
        for block in blocks:
            _, h = block.wrap(inner, 72000.0)
            before = block.space_before()
            after = block.space_after()
            total += h + after + before
            if first_before is None:
                first_before = before
        return total - (first_before or 0.0) - after

    def row_heights(self) -> list[float]:
        """Return every row's height: its tallest cell (the padding is left and right only)."""
        if self._heights is None:
            self._heights = [
                max(
                    (self._cell_height(cell, w) for cell, w in zip(row, self.columns, strict=True)),
                    default=0.0,
                )
                for row in self.rows
            ]
        return self._heights

    def height(self) -> float:
        return _kahan_positions(self.row_heights())[0]

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return self.width, self.height()

    def first_row_height(self) -> float:
        heights = self.row_heights()
        return heights[0] if heights else 0.0

    def _part(self, indices: Sequence[int]) -> GridTable:
        part = GridTable(
            [self.rows[i] for i in indices],
            self.columns,
            padding=self.padding,
            borders=self.borders,
            header_rows=self.header_rows,
            keep_together=self.keep_together,
            on_cell=self.on_cell,
            row_numbers=[self.row_numbers[i] for i in indices],
        )
        heights = self.row_heights()
        part._heights = [heights[i] for i in indices]
        return part

    def split(self, width: float, height: float, at_top: bool) -> list[Any]:
        heights = self.row_heights()
        fit = 0
        used = 0.0
        for h in heights:
            if used + h > height:
                break
            used += h
            fit += 1
        if fit <= self.header_rows:
            return []
        if fit == len(heights):
            return [self]
        head = self._part(range(fit))
        head._space_before = self._space_before
        tail = self._part([*range(self.header_rows), *range(fit, len(heights))])
        return [head, tail]

    def draw(self, canvas: Any) -> None:
        heights = self.row_heights()
        positions = _kahan_positions(heights)
        columns = [0.0]
        for w in self.columns:
            columns.append(columns[-1] + w)
        origin_x, origin_y = canvas.absolutePosition(0, 0)
        page = int(canvas.getPageNumber())
        pad = self.padding
        for r, (row, row_height) in enumerate(zip(self.rows, heights, strict=True)):
            row_bottom = positions[r + 1]
            for c, (cell, column_width) in enumerate(zip(row, self.columns, strict=True)):
                if not cell:
                    continue
                inner = column_width - 2 * pad
                x = columns[c] + pad
                top = row_bottom + row_height
                y = top + cell[0].space_before()
                sizes = [block.wrap(inner, row_height) for block in cell]
                for block, (_, h) in zip(cell, sizes, strict=True):
                    y -= block.space_before()
                    y -= h
                    canvas.saveState()
                    canvas.translate(x, y)
                    block.draw(canvas)
                    canvas.restoreState()
                    y -= block.space_after()
                if self.on_cell is not None:
                    content = self._cell_height(cell, column_width)
                    self.on_cell(
                        self,
                        self.row_numbers[r],
                        c,
                        cell,
                        origin_x + x,
                        origin_x + columns[c] + column_width - pad,
                        origin_y + top,
                        content,
                        page,
                    )
        if self.borders:
            canvas.saveState()
            canvas.setLineCap(1)
            canvas.setStrokeColorRGB(0, 0, 0)
            canvas.setLineWidth(0.5)
            for y in positions:
                canvas.line(columns[0], y, columns[-1], y)
            for x in columns:
                canvas.line(x, positions[-1], x, positions[0])
            canvas.restoreState()


def _kahan_positions(heights: Sequence[float]) -> list[float]:
    """Return the rows' edges from the top edge down, summed from the bottom (as platypus sums)."""
    out: list[float] = []
    height = c = 0.0
    for h in reversed(heights):
        out.append(height)
        y = h - c
        t = height + y
        c = (t - height) - y
        height = t
    out.append(height)
    out.reverse()
    return out


class PageFlow:
    """Places blocks down one frame per page, drawing each page's furniture as the page begins."""

    def __init__(
        self,
        canvas: Any,
        *,
        left: float,
        bottom: float,
        width: float,
        height: float,
        on_page: Callable[[Any], None],
    ) -> None:
        self.canvas = canvas
        self.left = left
        self.bottom = bottom
        self.width = width
        self.height = height
        self.on_page = on_page
        self._open = False
        self._y = 0.0
        self._at_top = True
        self._previous_after = 0.0
        self._drawn_on_page = 0

    # -- pages ---------------------------------------------------------------------------------
    def _begin_page(self) -> None:
        self.on_page(self.canvas)
        self._open = True
        self._y = self.bottom + self.height
        self._at_top = True
        self._previous_after = 0.0
        self._drawn_on_page = 0

    def _end_page(self) -> None:
        self.canvas.setPageRotation(0)
        self.canvas.showPage()
        self._open = False

    # -- placing -------------------------------------------------------------------------------
    def _before(self, block: Any) -> float:
        if self._at_top:
            return 0.0
        return max(float(block.space_before()) - self._previous_after, 0.0)

    def _add(self, block: Any) -> bool:
        """Draw ``block`` where the flow stands when it fits; return whether it did."""
        s = self._before(block)
        room = self._y - self.bottom - s
        if room <= 0:
            return False
        _, h = block.wrap(self.width, room)
        y = self._y - h - s
        if y < self.bottom - FUZZ:
            return False
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(self.left, y)
        block.draw(canvas)
        canvas.restoreState()
        after = block.space_after()
        y -= after
        self._previous_after = after
        if y != self._y:
            self._at_top = False
        self._y = y
        self._drawn_on_page += 1
        return True

    def _split(self, block: Any) -> list[Any]:
        room = self._y - self.bottom - self._before(block)
        if room <= 0:
            return []
        return list(block.split(self.width, room, self._at_top))

    def run(self, blocks: Sequence[Any]) -> None:
        """Place every block, page after page, and end the last page."""
        queue: deque[Any] = deque(blocks)
        # The blocks that already waited for a page, by id (held, so no id is reused meanwhile).
        postponed: dict[int, Any] = {}
        while queue:
            block = queue.popleft()
            if not self._open:
                self._begin_page()
            if block is NEW_PAGE:
                self._end_page()
                continue
            if self._add(block):
                continue
            parts = self._split(block)
            if parts and parts[0] is not NEW_PAGE:
                if not self._add(parts[0]):
                    raise LayoutError(f"{type(block).__name__} split into a part that does not fit")
                queue.extendleft(reversed(parts[1:]))
            elif parts:
                queue.extendleft(reversed(parts))
            else:
                if id(block) in postponed:
                    raise LayoutError(f"{type(block).__name__} is taller than a page")
                postponed[id(block)] = block
                queue.appendleft(block)
                self._end_page()
        if self._open:
            self._end_page()
