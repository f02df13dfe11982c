"""The curated chemistry vocabulary (vocabulary.toml): aliases in a question -> the guides' words."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("vocabulary.toml")


@dataclass(frozen=True)
class Expansion:
    alias: str
    means: str


@dataclass(frozen=True)
class Vocabulary:
    entries: tuple[tuple[str, str], ...]  # (lower-cased alias, what it means), longest alias first

    def expand(self, question: str) -> list[Expansion]:
        """Every alias that occurs in the question as a whole word or phrase, with what it means."""
        q = question.lower()
        return [Expansion(alias, means) for alias, means in self.entries if occurs(alias, q)]


def occurs(alias: str, text: str) -> bool:
    """Whether `alias` occurs in `text` as a whole word or phrase (hyphens count as word characters)."""
    # Plain find + boundary check: hundreds of aliases, and compiling a regex each would cost ~0.2 s per ask.
    start = text.find(alias)
    while start >= 0:
        end = start + len(alias)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            return True
        start = text.find(alias, start + 1)
    return False


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = DATA) -> Vocabulary:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rows = [(alias.lower(), t["means"]) for t in data.get("term", []) for alias in t["aliases"]]
    rows.sort(key=lambda r: -len(r[0]))
    return Vocabulary(tuple(rows))
