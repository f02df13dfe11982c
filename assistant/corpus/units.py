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
    label: str = ""  # the name its list item gave it before a colon, when the sentence comes later in the item

    @property
    def said(self) -> str:
        """The sentence as an answer quotes it: after its item's name when it would otherwise name nothing
        ("PtO2 (Adams' catalyst): Reduces aromatic rings and pyridines ...")."""
        return f"{self.label}: {self.text}" if self.label else self.text


# bullets run into one line ("check these: • Is the SOCl2 fresh? • Was it dry?"): each item is quoted alone
_INLINE_BULLET = re.compile(r"\s+[•▪‣◦]\s+")
# a line that says nothing to quote: no two letters in a row (a time stamp, a step's bare number, a row of
# reaction emoji and counts), or a date alone ("Sunday, 09 March 2025", the day a chat's messages were sent)
_WORDLESS = re.compile(r"[^\W\d_]{2}")
_DATE_ONLY = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}"
                        r"\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$", re.IGNORECASE)


# "PtO2 (Adams' catalyst): reduced in situ to platinum black. Reduces aromatic rings ...": an item of a list
# names its subject once, in a short label before a colon; a later sentence of the item is quoted with it.
_ITEM_LABEL = re.compile(r"^([^\s:][^:.!?;]{0,60}?):\s+\S")
_ADMONITION = re.compile(rf"^(?:{roles.ADMONITIONS}|nb|example|e\.g|update|edit|answer|question|reply|comment)$",
                         re.IGNORECASE)


_CLAUSE = re.compile(r"(?:if|when|once|after|before|for|to|in|on|at|with|because|so|but|and|or)\b", re.IGNORECASE)
# ... and a clause is no name either: "That is the tetramethylguanidinium adduct: the amine attacked ..."
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|should|must|may|might|does|did|"
                   r"not|that|this|these|those|it|there|we|you|i|they)\b", re.IGNORECASE)


def item_label(line: str) -> str:
    """The short name a list item opens with before a colon ("10% Pd/C", "Lindlar catalyst (5% Pd on CaCO3)"),
    or "" for a line without one, a role or note label ("Cause:", "Note:") or a clause ("If it tails badly:")."""
    m = _ITEM_LABEL.match(line.strip())
    if not m or _LABEL.match(line.strip()):
        return ""
    label = m.group(1).strip()
    if (len(label.split()) > 6 or _ADMONITION.match(label) or _CLAUSE.match(label) or _VERB.search(label)
            or not _WORDLESS.search(label) or label.count("(") != label.count(")")):
        return ""
    return label


def sentences(text: str) -> list[str]:
    return [s.strip() for part in _INLINE_BULLET.split(text) for s in _SPLIT.split(part) if s.strip()]


def says_nothing(text: str) -> bool:
    """Whether a sentence has nothing to quote: no word in it (a stamp, a bare number, emoji), or only a date."""
    return not _WORDLESS.search(text) or bool(_DATE_ONLY.match(text.strip()))


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
    out = _sentence_units(body, keep_all=False)
    return out or _sentence_units(body, keep_all=True)  # a passage of nothing but stamps is quoted as it is


def _sentence_units(body: str, keep_all: bool) -> list[Unit]:
    out: list[Unit] = []
    for line in body.split("\n"):
        parts = sentences(line)
        name = item_label(line)  # (a name that is its first sentence whole announces what follows: "Check these:")
        name = name if parts and parts[0].rstrip(" :") != name else ""
        first = True
        pending = ""  # the role of a label that stood alone ("Possible reasons." "Fix."): the next sentence's
        for s in parts:
            if label := roles.label_only(s):
                pending = label
                continue
            role = (roles.run_in(s) or "") if _LABEL.match(s) else pending
            pending = ""
            if (text := _LABEL.sub("", s).strip()) and (keep_all or not says_nothing(text)):
                out.append(Unit(text, len(out), "sentence", role, "" if first else name))
            first = False
    return out


def row_line(p: Passage, columns: list[int] | None = None) -> str:
    """A table row as 'Label — Header: value; Header: value', every word from the passage; the whole row
    (no `columns`) without its bookkeeping (owner, review date: roles.bookkeeping)."""
    cols = [i for i in range(1, len(p.items)) if i >= len(p.header) or not roles.bookkeeping(p.header[i])] \
        if columns is None else columns
    cells = [f"{p.header[i]}: {p.items[i]}" for i in cols if i < len(p.items) and i < len(p.header) and p.items[i]]
    return f"{p.items[0]} — {'; '.join(cells)}" if cells else p.items[0]
