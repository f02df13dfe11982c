"""Follow-ups that lean on the previous question ("and what temperature?", "why?", "what about HATU?"),
and keeping their answers to the topic they carried over."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.corpus import analyzer
from assistant.corpus.vocabulary import Vocabulary, occurs
from assistant.models import Answer, Citation

_LEAN = re.compile(r"^(and|also|what about|how about|and what about|then|so|ok|okay|but)\b|^(why|how)\??$",
                   re.IGNORECASE)
_VAGUE = frozenset({"temperature", "temp", "time", "solvent", "base", "catalyst", "loading", "concentration",
                    "conc", "why", "how", "long", "much", "equivalents", "scale", "reagent", "yield"})
_MARKER = re.compile(r"\[(\d+)\]")
NOT_COVERED = "The guides don't cover this."


def is_follow_up(question: str) -> bool:
    """True when a question is too bare to stand alone: a leading 'and/what about', or only vague words."""
    ws = analyzer.words(question)
    return bool(_LEAN.search(question.strip())) or (len(ws) <= 2 and all(w in _VAGUE for w in ws))


def topic(previous: str) -> list[str]:
    """The words a follow-up carries over from the previous question: its specific, not its vague, words."""
    return [w for w in analyzer.words(previous) if w not in _VAGUE]


def resolve(question: str, previous: str) -> str | None:
    """The question rewritten with the previous question's topic, or None if it stands on its own."""
    if not is_follow_up(question):
        return None
    words = topic(previous)
    core = _LEAN.sub("", question.strip()).strip(" ,?") or question.strip(" ?")
    return f"{core} ({' '.join(words)})" if words else None


def synonyms(vocabulary: Vocabulary, previous: str) -> list[str]:
    """Other names the guides may use for what the previous question named ("STAB" -> "sodium
    triacetoxyborohydride", "nabh(oac)3"): every alias of the same vocabulary entry."""
    meanings = {e.means for e in vocabulary.expand(previous)}
    return [alias for alias, means in vocabulary.entries if means in meanings]


def _mentions(c: Citation, stems: set[str], names: Sequence[str]) -> bool:
    text = f"{c.guide_title} {c.section} {c.text}"
    if stems & set(analyzer.terms(text)):
        return True
    lower = text.lower()
    return any(occurs(name, lower) for name in names)


def keep_to_topic(answer: Answer, words: list[str], names: Sequence[str] = ()) -> Answer:
    """A follow-up's answer without the lines whose sources never mention the carried-over topic (its
    `words`, or another of its `names`): the 0-40 °C of another reaction is not this one's temperature.
    Declined when no cited line is left."""
    if not answer.answered or not words:
        return answer
    stems = set(analyzer.stem(words))
    on_topic = {c.n for c in answer.citations if _mentions(c, stems, names)}
    kept: list[str] = []
    dropped = 0
    for line in answer.answer.split("\n"):
        cited = {int(n) for n in _MARKER.findall(line)}
        if cited and not cited & on_topic:
            dropped += 1
        else:
            kept.append(line)
    if not dropped:
        return answer
    if not any(_MARKER.search(line) for line in kept):
        text = (f"{NOT_COVERED} None of the passages found mentions {' '.join(words)}; the closest are about "
                "something else:\n" + "\n".join(f"{c.section} [{c.n}]" for c in answer.citations[:3]))
        return replace(answer, answered=False, answer=text, citations=answer.citations[:3])
    return replace(answer, answer="\n".join(kept))
