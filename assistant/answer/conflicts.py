"""Guides that disagree: the same parameter (table row label and column) with different values.

When two guides give different values for one thing (a catalyst's loading, a reagent's equivalents),
the answer shows each value with its own citation instead of silently quoting whichever ranked first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus import analyzer
from assistant.models import Hit


@dataclass(frozen=True)
class Conflict:
    """One parameter, and the differing values of it: (rank of the hit, the value as written)."""

    label: str
    header: str
    values: tuple[tuple[int, str], ...]


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def conflicts(hits: list[Hit], terms: dict[str, float]) -> list[Conflict]:
    """Table rows of different guides among the hits that share a label and a column but not its value.

    Only columns with a number count, and, when the question names a column ("loading"), only those.
    Hits are in rank order; a conflict lists each guide's first (best-ranked) value.
    """
    rows = [(n, h.passage) for n, h in enumerate(hits, 1) if h.passage.kind == "table-row" and h.passage.items]
    found: list[Conflict] = []
    seen: set[tuple[str, str]] = set()
    for n, p in rows:
        for col in range(1, min(len(p.items), len(p.header))):
            key = (_norm(p.items[0]), _norm(p.header[col]))
            if key in seen or not re.search(r"\d", p.items[col]):
                continue
            values: dict[str, tuple[int, str]] = {p.guide: (n, p.items[col])}
            for m, other in rows:
                if other.guide in values or _norm(other.items[0]) != key[0]:
                    continue
                width = min(len(other.items), len(other.header))
                cols = [c for c in range(1, width) if _norm(other.header[c]) == key[1]]
                if cols and other.items[cols[0]].strip():
                    values[other.guide] = (m, other.items[cols[0]])
            if len({_norm(v) for _, v in values.values()}) > 1:
                seen.add(key)
                found.append(Conflict(p.items[0], p.header[col], tuple(values.values())))
    named = [c for c in found if set(analyzer.terms(c.header)) & set(terms)]
    return named or found
