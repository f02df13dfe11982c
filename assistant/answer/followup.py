"""Follow-ups that lean on the previous question ("and what temperature?", "why?", "what about HATU?")."""

from __future__ import annotations

import re

from assistant.corpus import analyzer

_LEAN = re.compile(r"^(and|also|what about|how about|and what about|then|so|ok|okay|but)\b|^(why|how)\??$",
                   re.IGNORECASE)
_VAGUE = frozenset({"temperature", "temp", "time", "solvent", "base", "catalyst", "loading", "concentration",
                    "conc", "why", "how", "long", "much", "equivalents", "scale", "reagent", "yield"})


def is_follow_up(question: str) -> bool:
    """True when a question is too bare to stand alone: a leading 'and/what about', or only vague words."""
    ws = analyzer.words(question)
    return bool(_LEAN.search(question.strip())) or (len(ws) <= 2 and all(w in _VAGUE for w in ws))


def resolve(question: str, previous: str) -> str | None:
    """The question rewritten with the previous question's topic, or None if it stands on its own."""
    if not is_follow_up(question):
        return None
    topic = [w for w in analyzer.words(previous) if w not in _VAGUE]
    core = _LEAN.sub("", question.strip()).strip(" ,?") or question.strip(" ?")
    return f"{core} ({' '.join(topic)})" if topic else None
