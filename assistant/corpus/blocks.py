"""The layout-neutral blocks a parser produces and the chunker consumes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "row", "label", "figure"]


@dataclass(frozen=True)
class Block:
    """One structural element of a guide, with the 1-based lines it spans."""

    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0  # headings: 1 = top level, 2 = nested; 0 = let the chunker decide
    cells: tuple[str, ...] = ()
