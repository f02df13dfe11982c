"""Everyday English: the words a question may lack in the guides without that saying much ("goes", "kill",
"matter"), from a graded word-frequency list rather than the embedding model's vocabulary, which holds
reaction names too ("suzuki", "heck") and would count a named reaction the guides lack as everyday.

The list ships with the package (`everyday.txt`) so the `ask` path reads a small text file and never imports
wordfreq; `python -m assistant.corpus.everyday` writes it again from wordfreq (a development dependency).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# The Zipf frequency (log10 of uses per billion words) from which a word is everyday. Chosen by
# leave-one-guide-out over 3.0 / 3.5 / 4.0 (2 x answered + declined, mean over guides: 2.53 / 2.54 / 2.56);
# at 4.0 "suzuki" (3.4), "sluggish" (3.3) and "catalyst" (3.8) are not everyday, "yield" (4.2) and "weird" are.
EVERYDAY_ZIPF = 4.0
FILE = Path(__file__).with_name("everyday.txt")


def build(zipf: float = EVERYDAY_ZIPF) -> list[str]:
    """The English words wordfreq rates at `zipf` or more, alphabetic, in its order (most frequent first)."""
    from wordfreq import top_n_list, zipf_frequency

    return [w for w in top_n_list("en", 60000) if w.isalpha() and w.isascii() and zipf_frequency(w, "en") >= zipf]


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    return frozenset(FILE.read_text(encoding="utf-8").split())


if __name__ == "__main__":
    FILE.write_text("\n".join(build()) + "\n", encoding="utf-8")
    print(f"wrote {FILE}")
