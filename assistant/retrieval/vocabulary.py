"""The curated chemistry vocabulary (vocabulary.toml): aliases in a question -> the guides' words."""

from __future__ import annotations

import re
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
    entries: tuple[tuple[re.Pattern[str], str, str], ...]

    def expand(self, question: str) -> list[Expansion]:
        """Every alias that occurs in the question (longest first) with what it means."""
        return [Expansion(alias, means) for pattern, alias, means in self.entries if pattern.search(question)]


def _pattern(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = DATA) -> Vocabulary:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rows = [(alias, t["means"]) for t in data.get("term", []) for alias in t["aliases"]]
    rows.sort(key=lambda r: -len(r[0]))
    return Vocabulary(tuple((_pattern(a), a, m) for a, m in rows))
