"""Which passages belong together: the symptom, cause and fix of one problem entry, and each guide's
passages. Computed once at index time and stored in the catalog; the ranker lets a passage borrow the
best match of its entry (a question describing the symptom finds the fix beside it) and of its guide."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.models import Passage

ROLE_KINDS = frozenset({"symptom", "cause", "solution"})


def entry_key(p: Passage) -> tuple[str, tuple[str, ...]] | None:
    """The entry a passage's roles belong to: a symptom, cause or fix sits in its entry's section under its
    role label; a problem's unlabelled text ("Got 35% alcohol ..." above a "FIX:" line) sits in the section
    itself. None for a passage that cannot belong to an entry."""
    if p.kind in ROLE_KINDS and len(p.section) > 1:
        return (p.guide, p.section[:-1])
    if p.kind in ("prose", "problem"):
        return (p.guide, p.section)
    return None


def same_entry(a: Passage, b: Passage) -> bool:
    """Whether two passages are parts of one problem entry (at least one of them a labelled role)."""
    if a.kind not in ROLE_KINDS and b.kind not in ROLE_KINDS:
        return False
    key = entry_key(a)
    return key is not None and key == entry_key(b)


def entry_ids(passages: Sequence[Passage]) -> list[int]:
    """A group number per passage: the roles of one problem entry (same guide, same section less its role
    label) share one, with the entry's unlabelled text before its first labelled role when the entry has no
    labelled symptom (in bench notes that text is the symptom; beside a labelled one it is an introduction;
    after the fix, as in a mailing-list reply that goes on to other points, it is a passage of its own);
    every other passage has its own."""
    groups: dict[tuple[str, tuple[str, ...]], int] = {}
    first: dict[tuple[str, tuple[str, ...]], int] = {}  # where each entry's first labelled role is
    stated: set[tuple[str, tuple[str, ...]]] = set()  # entries with a labelled symptom of their own
    for i, p in enumerate(passages):
        if p.kind in ROLE_KINDS and (key := entry_key(p)) is not None:
            groups.setdefault(key, len(passages) + len(groups))
            first.setdefault(key, i)
            if p.kind == "symptom":
                stated.add(key)
    out: list[int] = []
    for i, p in enumerate(passages):
        key = entry_key(p)
        joins = key is not None and key in groups and (
            p.kind in ROLE_KINDS or (key not in stated and i < first[key]))
        out.append(groups[key] if joins and key is not None else i)  # an entry's unlabelled text is its symptom
    return out


def guide_ids(passages: Sequence[Passage]) -> list[int]:
    """A number per guide, for each passage."""
    ids: dict[str, int] = {}
    return [ids.setdefault(p.guide, len(ids)) for p in passages]
