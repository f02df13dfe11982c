"""Which passages belong together: the symptom, cause and fix of one problem entry, and each guide's
passages. Computed once at index time and stored in the catalog; the ranker lets a passage borrow the
best match of its entry (a question describing the symptom finds the fix beside it) and of its guide."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.models import Passage

ROLE_KINDS = frozenset({"symptom", "cause", "solution"})


def entry_ids(passages: Sequence[Passage]) -> list[int]:
    """A group number per passage: the roles of one problem entry (same guide, same section less its role
    label) share one; every other passage has its own."""
    groups: dict[tuple[str, tuple[str, ...]], int] = {}
    out: list[int] = []
    for i, p in enumerate(passages):
        if p.kind in ROLE_KINDS and len(p.section) > 1:
            out.append(groups.setdefault((p.guide, p.section[:-1]), len(passages) + len(groups)))
        else:
            out.append(i)
    return out


def guide_ids(passages: Sequence[Passage]) -> list[int]:
    """A number per guide, for each passage."""
    ids: dict[str, int] = {}
    return [ids.setdefault(p.guide, len(ids)) for p in passages]
