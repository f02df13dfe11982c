"""What a table row is about, computed once at index time and stored in the catalog.

A generic row label can sit in the table of another topic: "temp range for metathesis" names the
Temperature row of the reductive amination's table. The ranker keeps only rows under a topic the
question names, by the distinctive words of the section titles; these are worked out here, at build
time, so no question parses the passages of all tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.corpus import analyzer
from assistant.models import Passage


def topic_of(p: Passage) -> tuple[str, ...]:
    """The section a table row's table sits in (its path less the table and the row label)."""
    return p.section[:-2]


def row_topics(passages: Sequence[Passage]) -> tuple[list[int], dict[str, int]]:
    """A topic number for each passage (-1 for all but table rows under a titled section), and each
    distinctive term -> its topic: a term of one topic's title that no other topic's title has
    ("metathesis" for the RCM section; not "ring", which two titles share)."""
    numbers: dict[tuple[str, ...], int] = {}
    out: list[int] = []
    for p in passages:
        if p.kind == "table-row" and len(p.section) > 2:
            out.append(numbers.setdefault(topic_of(p), len(numbers)))
        else:
            out.append(-1)
    seen: dict[str, list[int]] = {}
    for topic, n in numbers.items():
        for t in frozenset(analyzer.terms(topic[-1])):
            seen.setdefault(t, []).append(n)
    return out, {t: ns[0] for t, ns in seen.items() if len(ns) == 1}


def rows_by_title(passages: Sequence[Passage]) -> tuple[list[str], list[int], list[int]]:
    """The labelled table rows grouped by label (lower-cased): the labels, every row's position grouped by
    label, and where each label's group starts (a last entry closes the final group)."""
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        if p.kind == "table-row" and p.title:
            groups.setdefault(p.title.lower(), []).append(i)
    titles = sorted(groups)
    rows = [i for t in titles for i in groups[t]]
    starts = [0]
    for t in titles:
        starts.append(starts[-1] + len(groups[t]))
    return titles, rows, starts
