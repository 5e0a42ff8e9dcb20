"""Where the PDF writer drew the signers' blocks, recorded so digital signatures can be placed there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Spacer as RLSpacer  # type: ignore[import-untyped]
from reportlab.platypus import Table as RLTable

#: The document-information key that carries the boxes (see :func:`encode` / :func:`decode`).
INFO_KEY = "minutes_app_signature_boxes"
#: The signature table's columns, left to right.
COLUMN_ROLES = ("secretary", "chair")

_ITEM = re.compile(
    r"^(?P<role>[a-z]+):(?P<page>\d{1,6}):"
    r"(?P<x0>-?\d+(?:\.\d+)?),(?P<y0>-?\d+(?:\.\d+)?),(?P<x1>-?\d+(?:\.\d+)?),(?P<y1>-?\d+(?:\.\d+)?)$"
)


@dataclass(frozen=True)
class SignatureBox:
    """The free space between a signer's title and name, in PDF points (origin bottom left)."""

    role: str
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


def encode(boxes: list[SignatureBox]) -> str:
    """Return ``boxes`` as the text of the information key (``role:page:x0,y0,x1,y1;…``)."""
    return ";".join(f"{b.role}:{b.page}:{b.x0:.2f},{b.y0:.2f},{b.x1:.2f},{b.y1:.2f}" for b in boxes)


def decode(text: str) -> dict[str, SignatureBox]:
    """Return the boxes written by :func:`encode`, by role; unreadable items are skipped."""
    found: dict[str, SignatureBox] = {}
    for item in text.split(";"):
        match = _ITEM.match(item.strip())
        if match is None:
            continue
        box = SignatureBox(
            match["role"],
            int(match["page"]),
            float(match["x0"]),
            float(match["y0"]),
            float(match["x1"]),
            float(match["y1"]),
        )
        if box.page >= 1 and box.width > 0 and box.height > 0:
            found[box.role] = box
    return found


@dataclass
class _Edges:
    """What one column's two rows told while they were drawn."""

    title_page: int | None = None
    title_bottom: float = 0.0
    name_page: int | None = None
    name_row_top: float = 0.0
    name_top: float = 0.0
    x0: float = 0.0
    x1: float = 0.0


@dataclass
class SignatureRecorder:
    """Collects the signature table's cell geometry as reportlab draws it."""

    edges: dict[str, _Edges] = field(default_factory=dict)

    def boxes(self) -> list[SignatureBox]:
        """Return one box per signer whose name row was drawn."""
        out: list[SignatureBox] = []
        for role in COLUMN_ROLES:
            e = self.edges.get(role)
            if e is None or e.name_page is None:
                continue
            top = e.title_bottom if e.title_page == e.name_page else e.name_row_top
            if top > e.name_top and e.x1 > e.x0:
                out.append(SignatureBox(role, e.name_page, e.x0, e.name_top, e.x1, top))
        return out

    def table_class(self, base: type = RLTable) -> type:
        """Return a reportlab Table class over ``base`` that reports to this recorder (split
        parts too)."""
        return type("SignatureTable", (_SignatureTable, base), {"recorder": self})


class _SignatureTable(RLTable):  # type: ignore[misc]
    """A reportlab table that notes where its cells' contents start and end on the page."""

    recorder: SignatureRecorder
    #: How many rows of the whole table came before this part (a split part starts later).
    _first_row = 0

    def _signer_row(self, rowpos: float) -> int | None:
        """Return 0 (title) or 1 (gap and name) for a row of the signers, None for the others."""
        try:
            index = self._rowpositions.index(rowpos, 1)
        except ValueError:
            return None
        # _rowpositions run from the top edge down; reportlab draws row i at position i + 1.
        row = index - 1 + self._first_row
        return row if row in (0, 1) else None

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> Any:  # noqa: N802,N803
        parts = super()._splitRows(availHeight, doInRowSplit=doInRowSplit)
        if len(parts) == 2:
            parts[1]._first_row = self._first_row + len(parts[0]._cellvalues)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        self._origin = (self._hAlignAdjust(x, _sW), y)
        super().drawOn(canvas, x, y, _sW)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        super()._drawCell(cellval, cellstyle, pos, size)
        if not isinstance(cellval, (list, tuple)) or not cellval:
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        try:
            column = self._colpositions.index(colpos)
        except ValueError:
            return
        # Only the signers' two rows (title, then gap and name) place a signature; the rows of
        # "Nơi nhận" below them in the left column do not.
        if self._signer_row(rowpos) is None:
            return
        if column >= len(COLUMN_ROLES):
            return
        ox, oy = self._origin
        edges = self.recorder.edges.setdefault(COLUMN_ROLES[column], _Edges())
        edges.x0 = ox + colpos + cellstyle.leftPadding
        edges.x1 = ox + colpos + colwidth - cellstyle.rightPadding
        top = oy + rowpos + rowheight - cellstyle.topPadding
        page = int(self.canv.getPageNumber())
        if isinstance(cellval[0], RLSpacer):  # the name row: the gap, then the name
            edges.name_page = page
            edges.name_row_top = top
            edges.name_top = top - float(cellval[0].height)
        else:  # the title row (label, prefix, position)
            _, height = self._listCellGeom(cellval, colwidth, cellstyle)
            edges.title_page = page
            edges.title_bottom = top - float(height)
