"""The chemistry vocabulary: aliases in a question -> the guides' words. Two parts: a general list in the
package (abbreviations, trade names, formulas, common names) and a lab's own `vocabulary.toml` beside its
guides (its reagents' local names, its phrasing)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.corpus.files import LAB_VOCABULARY, stat_key
from assistant.corpus.formulas import formula_terms
from assistant.errors import CorpusError

DATA = Path(__file__).with_name("vocabulary.toml")
LAB_FILE = LAB_VOCABULARY
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,5}")  # "DCM", "DMSO": an entry's `means` that is an abbreviation
CACHE = "vocabulary.json"  # in the index folder: the parsed file, so `ask` needs neither tomllib nor the parse


@dataclass(frozen=True)
class Expansion:
    alias: str
    means: str


@dataclass(frozen=True)
class Vocabulary:
    entries: tuple[tuple[str, str], ...]  # (lower-cased alias, what it means), longest alias first

    def expand(self, question: str) -> list[Expansion]:
        """Every alias that occurs in the question as a whole word or phrase, with what it means.

        The longest alias wins where two overlap: "ring closing metathesis" is RCM, and its "ring closing"
        is not also the lactam's ring closing (entries come longest alias first).
        """
        q = question.lower()
        out: list[Expansion] = []
        taken: list[tuple[int, int, int]] = []  # spans of the aliases matched so far, with their length
        for alias, means in self.entries:
            found = [(a, b) for a, b in spans(alias, q)
                     if not any(x <= a and b <= y and n > len(alias) for x, y, n in taken)]
            if found:
                out.append(Expansion(alias, means))
                taken += [(a, b, len(alias)) for a, b in found]
        return out


def spans(alias: str, text: str) -> list[tuple[int, int]]:
    """Where `alias` occurs in `text` as a whole word or phrase (hyphens count as word characters)."""
    # Plain find + boundary check: hundreds of aliases, and compiling a regex each would cost ~0.2 s per ask.
    out: list[tuple[int, int]] = []
    start = text.find(alias)
    while start >= 0:
        end = start + len(alias)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append((start, end))
        start = text.find(alias, start + 1)
    return out


def occurs(alias: str, text: str) -> bool:
    """Whether `alias` occurs in `text` as a whole word or phrase."""
    return bool(spans(alias, text))


def save_cache(folder: Path, path: Path = DATA, lab: Path | None = None,
               defined: Sequence[tuple[str, str]] = ()) -> None:
    """Write the parsed vocabulary (the package's, and the lab's beside its guides) into an index folder,
    with the size and mtime of the files it came from, and the abbreviations the guides define."""
    data = {"stat": _stats(path, lab), "entries": load_vocabulary(path, lab).entries, "defined": list(defined)}
    (folder / CACHE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def cached_vocabulary(folder: Path, path: Path = DATA, lab: Path | None = None) -> Vocabulary:
    """The vocabulary as parsed when the index was built, if its files are unchanged since; else parsed now
    (an edited vocabulary takes effect at once, without rebuilding the index); with the abbreviations the
    index's guides define."""
    vocabulary, defined = None, []
    try:
        data = json.loads((folder / CACHE).read_text(encoding="utf-8"))
        defined = [(str(a), str(m)) for a, m in data.get("defined", [])]
        if data["stat"] == _stats(path, lab):
            vocabulary = Vocabulary(tuple((str(a), str(m)) for a, m in data["entries"]))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return with_defined(vocabulary or load_vocabulary(path, lab), defined)


def with_defined(vocabulary: Vocabulary, defined: Sequence[tuple[str, str]]) -> Vocabulary:
    """The vocabulary with the guides' own abbreviations ("LR" Lawesson's reagent) both ways, where the
    lists do not already say what the word means."""
    rows = list(vocabulary.entries)
    listed = {alias for alias, _ in rows}
    for short, long in defined:
        for alias, means in ((short.lower(), long), (long.lower(), short)):
            if alias not in listed:
                listed.add(alias)
                rows.append((alias, means))
    rows.sort(key=lambda r: -len(r[0]))
    return Vocabulary(tuple(rows))


def load_vocabulary(path: Path = DATA, lab: Path | None = None) -> Vocabulary:
    """The package's general chemistry vocabulary, with a lab's own (`vocabulary.toml` beside its guides)."""
    rows = list(_parse(path, stat_key(path)).entries)
    if path == DATA:  # with the formulas that follow rules ("EtBr" ethyl bromide), where the list has none
        listed = {alias for alias, _ in rows}
        for alias, means in formula_terms():
            if alias not in listed:
                listed.add(alias)
                rows.append((alias, means))
    if lab is not None and lab.is_file():
        rows += _parse(lab, stat_key(lab)).entries
    rows.sort(key=lambda r: -len(r[0]))
    return Vocabulary(tuple(rows))


def _stats(path: Path, lab: Path | None) -> str:
    return f"{stat_key(path)}|{stat_key(lab) if lab is not None and lab.is_file() else '-'}"


@lru_cache(maxsize=4)
def _parse(path: Path, stat: str) -> Vocabulary:  # keyed by size and mtime too: an edited file is read again
    import tomllib  # ~5 ms with the parse: only when the index's copy is missing or out of date

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rows = [(alias.lower(), str(t["means"])) for t in data.get("term", []) for alias in t["aliases"]]
        # an abbreviation an entry stands for ("DCM") finds the names it stands for too ("CH2Cl2")
        aliases = {alias for alias, _ in rows}
        rows += [(str(t["means"]).lower(), " ".join(t["aliases"])) for t in data.get("term", [])
                 if _ABBREVIATION.fullmatch(str(t["means"])) and str(t["means"]).lower() not in aliases]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as e:
        raise CorpusError(f"{path.name}: not a vocabulary file ({e})") from None
    rows.sort(key=lambda r: -len(r[0]))
    return Vocabulary(tuple(rows))
