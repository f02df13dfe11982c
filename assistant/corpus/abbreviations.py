"""Abbreviations a guide defines where it first uses them: "Lawesson's reagent (LR)", "N-bromosuccinimide
(NBS)". The pair joins the vocabulary of the index the guide is in, so a chemist who types "LR" finds the
step that says "Lawesson's reagent", and the other way round.

The long form is found as Schwartz and Hearst do (PSB 2003): the abbreviation's letters, read from its
end, occur in order in the words before the bracket, its first letter at the start of a word; the shortest
such run of words is the long form."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "(LR)", "(NBS)", "(HG-II)": two to eight characters, a letter first, at least two capitals
_BRACKET = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,7})\)")
_CAPITALS = re.compile(r"[A-Z].*[A-Z]")
_WORD = re.compile(r"[^\s()\[\]]+")


def defined_abbreviations(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(abbreviation, its long form), as written, for every definition in `texts`; the first one wins."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for text in texts:
        for m in _BRACKET.finditer(text):
            short = m.group(1)
            if not _CAPITALS.search(short) or short.lower() in seen:
                continue
            words = _WORD.findall(text[: m.start()])[-min(len(short) + 5, 2 * len(short)):]
            long = _long_form(short, words)
            if long:
                out.append((short, long))
                seen.add(short.lower())
    return out


def _long_form(short: str, words: list[str]) -> str | None:
    """The shortest run of the last `words` that `short` abbreviates, or None."""
    letters = [c.lower() for c in short if c.isalnum()]
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        phrase = " ".join(run)
        if any(w[-1] in ",;:" for w in run[:-1]):
            return None  # a list ("boronic acids, pinacol boronates (Bpin)") is no one name
        if not phrase[:1].isalpha() or phrase[0].lower() != letters[0]:
            continue
        if _spells(letters, phrase.lower()) and _enough_words(short, run):
            return phrase.strip(",;:")
    return None


def _spells(letters: list[str], phrase: str) -> bool:
    """The letters occur in order in the phrase; the first starts it."""
    i = 0
    for c in letters:
        i = phrase.find(c, i)
        if i < 0:
            return False
        i += 1
    return True


def _enough_words(short: str, run: list[str]) -> bool:
    """More than one capital starts a word or hyphen part ("Lawesson's reagent" for LR), or the one word is
    long and the abbreviation has three letters or more ("tetrahydrofuran" for THF)."""
    parts = [p for w in run for p in w.split("-") if p]
    letters = [c.lower() for c in short if c.isalpha()]
    starts = sum(1 for p in parts if p[0].lower() in letters)
    if len(parts) >= 2:
        return starts >= 2 and len(parts) <= len(short) + 1
    return len(letters) >= 3 and len(parts[0]) >= 2 * len(letters)
