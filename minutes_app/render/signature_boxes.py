"""Where the PDF writer drew the signers' blocks, recorded so digital signatures can be placed there."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field
from typing import Any

from minutes_app.domain.dataclass import dataclass
from minutes_app.render.pdf_flow import Gap

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
    """Collects the signature table's cell geometry as the PDF writer draws it."""

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

    def cell_drawn(
        self,
        _table: Any,
        row: int,
        column: int,
        cell: Sequence[Any],
        x0: float,
        x1: float,
        top: float,
        height: float,
        page: int,
    ) -> None:
        """Note a cell of the signature table as the PDF writer draws it: ``row`` counts in the
        whole table, ``x0``…``x1`` and ``top`` bound its content on the page, ``height`` is the
        content's. Only the signers' two rows (title, then the gap and the name) place a
        signature; the rows of "Nơi nhận" below them in the left column do not."""
        if row not in (0, 1) or column >= len(COLUMN_ROLES) or not cell:
            return
        edges = self.edges.setdefault(COLUMN_ROLES[column], _Edges())
        edges.x0 = x0
        edges.x1 = x1
        if isinstance(cell[0], Gap):  # the name row: the gap, then the name
            edges.name_page = page
            edges.name_row_top = top
            edges.name_top = top - cell[0].height
        else:  # the title row (label, prefix, position)
            edges.title_page = page
            edges.title_bottom = top - height
