"""Quotable units of a passage: its sentences, protocol steps or table cells, verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus import roles
from assistant.models import Passage

# Abbreviations that end in a full stop without ending the sentence ("i.e. 1-2 mol% Pd", "e.g. NaBH4").
_ABBREV = "".join(rf"(?<!\b{a}\.)" for a in (r"e\.g", r"i\.e", "eq", "Gen", "vs", "approx", "Fig", "No", "et al",
                                             "ca", "cf", "resp", "Ref", "Eq", "sat", "aq", "conc", "soln", "temp",
                                             "no", "nos", "Nos", "Nr", "nr", "cat", "Cat", "vol", "Vol", "fig",
                                             "figs", "Figs", "ref", "refs", "Refs"))
_SPLIT = re.compile(_ABBREV + r"(?<=[.!?])\s+(?=[A-Z0-9\"(])")
# A block's own run-in label ("Cause:", "Remedies:", "Try:", "Q2:") is not part of what it says.
_LABEL = re.compile(r"^(?:Q\d*|A\d*|" + roles.LABEL_WORDS + r")\s*\d*\s*[:.]\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A sentence, step or table row of one passage; `text` is a verbatim slice of the passage text."""

    text: str
    position: int
    kind: str  # sentence | step | row
    role: str = ""  # the role its own run-in label gave it ("Solution: ..." inside a cause): solution | cause | symptom


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(text) if s.strip()]


def units(p: Passage) -> list[Unit]:
    """Split a passage into the pieces an answer may quote."""
    if p.kind == "protocol" and p.items:
        return [Unit(s, i, "step") for i, s in enumerate(p.items)]
    if p.kind == "table-row":
        return [Unit(row_line(p), 0, "row")]
    if p.kind == "reference":  # one entry: its authors, title and journal stand together
        return [Unit(p.text.strip(), 0, "sentence")]
    body = p.text
    if p.kind == "faq":
        body = body.split("\n", 1)[1] if "\n" in body else body
    out: list[Unit] = []
    for line in body.split("\n"):
        pending = ""  # the role of a label that stood alone ("Possible reasons." "Fix."): the next sentence's
        for s in sentences(line):
            if label := roles.label_only(s):
                pending = label
                continue
            role = (roles.run_in(s) or "") if _LABEL.match(s) else pending
            pending = ""
            if text := _LABEL.sub("", s).strip():
                out.append(Unit(text, len(out), "sentence", role))
    return out


def row_line(p: Passage, columns: list[int] | None = None) -> str:
    """A table row as 'Label — Header: value; Header: value', every word from the passage; the whole row
    (no `columns`) without its bookkeeping (owner, review date: roles.bookkeeping)."""
    cols = [i for i in range(1, len(p.items)) if i >= len(p.header) or not roles.bookkeeping(p.header[i])] \
        if columns is None else columns
    cells = [f"{p.header[i]}: {p.items[i]}" for i in cols if i < len(p.items) and i < len(p.header) and p.items[i]]
    return f"{p.items[0]} — {'; '.join(cells)}" if cells else p.items[0]
