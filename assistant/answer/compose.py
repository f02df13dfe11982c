"""Intent templates: pick and order verbatim sentences, steps and table cells from the top hits.

Every line of an answer ends with the [n] of the passage its words came from; the only other words are
the fixed template phrases in TEMPLATE_WORDS (checked by tests/test_grounding.py over the eval set).
"""

from __future__ import annotations

import re

from assistant.answer.units import Unit, row_line, units
from assistant.models import Answer, Citation, Hit, Passage
from assistant.retrieval import analyzer
from assistant.retrieval.retriever import Retrieval

NOT_COVERED = "The guides don't cover this."
TEMPLATE_WORDS = frozenset(
    "likely causes what to do check first steps from compared side by side values the guides don't cover "
    "this no passage matched closest sections perhaps you meant one of these".split()
)
MAX_WORDS = 80
SHORT_SOURCES, LONG_SOURCES = 3, 5
_NUMBER = re.compile(r"\d")


def compose(question: str, retrieval: Retrieval, long: bool = False, understood_as: str | None = None) -> Answer:
    """The answer to a question from its retrieval; declines plainly when the evidence is weak."""
    if not retrieval.answered:
        return _decline(question, retrieval, understood_as)
    hits = retrieval.hits[: LONG_SOURCES if long else SHORT_SOURCES]
    q = retrieval.query
    template = _TEMPLATES.get(q.intent, _general)
    sources = _sources(hits)
    lines = template(sources, q.weighted_terms, long)
    if sources and all(n != 1 for _, n in lines):  # the best-ranked passage is always quoted
        lines = [(u.text, 1) for u in _best(sources[0].passage, q.weighted_terms, 1)] + lines
    text = "\n".join(f"{t} [{n}]" for t, n in lines)
    cites = tuple(_citation(n, h) for n, h in enumerate(hits, 1))
    return Answer(question=question, answered=True, answer=text, citations=cites, intent=q.intent,
                  understood_as=understood_as, unmatched_terms=q.unmatched)


def _sources(hits: list[Hit]) -> list[Hit]:
    """The top hit and those close enough to it to quote from (a prefix, so [n] stays the rank)."""
    if not hits:
        return []
    top = hits[0].score
    return [h for i, h in enumerate(hits) if i == 0 or h.score >= 0.55 * top]


def _score(u: Unit, terms: dict[str, float]) -> float:
    ts = set(analyzer.terms(u.text))
    return sum(w for t, w in terms.items() if t in ts) - 0.05 * u.position


Line = tuple[str, int]


def _best(p: Passage, terms: dict[str, float], k: int, keep_order: bool = True) -> list[Unit]:
    us = units(p)
    ranked = sorted(us, key=lambda u: -_score(u, terms))[:k]
    return sorted(ranked, key=lambda u: u.position) if keep_order else ranked


def _fill(lines: list[Line], candidates: list[Line], budget: int = MAX_WORDS) -> list[Line]:
    words = sum(len(t.split()) for t, _ in lines)
    for t, n in candidates:
        if (t, n) in lines:
            continue
        w = len(t.split())
        if lines and words + w > budget:
            continue
        lines.append((t, n))
        words += w
    return lines


def _general(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    """The best sentences of the top passages; a remedy, when one is among them, is never left out."""
    budget = MAX_WORDS * (2 if long else 1)
    cands = [(u.text, n) for n, h in enumerate(hits, 1) for u in _best(h.passage, terms, 2 if n == 1 else 1)]
    fixes = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind == "solution"]
    lines = _fill([], cands[:2], budget)
    for n, h in fixes[:1]:
        _fill(lines, [(u.text, n) for u in _best(h.passage, terms, 1)], budget)
    return _fill(lines, cands[2:], budget)


def _cause(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    causes = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind in ("cause", "faq", "prose")]
    fixes = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind in ("solution", "protocol", "table-row")]
    lines: list[Line] = []
    budget = MAX_WORDS * (2 if long else 1)
    for n, h in causes:
        _fill(lines, [(u.text, n) for u in _best(h.passage, terms, 2)], budget)
    for n, h in fixes:
        _fill(lines, [(u.text, n) for u in _best(h.passage, terms, 1)], budget)
    if not lines:
        return _general(hits, terms, long)
    return _label(lines, "Likely causes:", len([1 for t, n in lines if any(n == m for m, _ in causes)]),
                  "What to do:")


def _label(lines: list[Line], first: str, split: int, second: str) -> list[Line]:
    out = list(lines)
    if split > 0 and first:
        out[0] = (f"{first} {out[0][0]}", out[0][1])
    if 0 < split < len(out):
        out[split] = (f"{second} {out[split][0]}", out[split][1])
    elif split == 0 and out:
        out[0] = (f"{second} {out[0][0]}", out[0][1])
    return out


def _remedy(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    order = sorted(enumerate(hits, 1), key=lambda nh: nh[1].passage.kind != "solution")
    lines: list[Line] = []
    for n, h in order:
        _fill(lines, [(u.text, n) for u in _best(h.passage, terms, 2 if n == 1 else 1)],
              MAX_WORDS * (2 if long else 1))
    return _label(lines, "", 0, "What to do:")


def _first_check(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    lines = _general(hits, terms, long)
    return _label(lines, "", 0, "Check first:")


def _quantity(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    lines: list[Line] = []
    for n, h in enumerate(hits, 1):
        p = h.passage
        if p.kind == "table-row":
            cols = [i for i in range(1, len(p.header)) if set(analyzer.terms(p.header[i])) & set(terms)]
            lines.append((row_line(p, cols or None), n))
        else:
            us = [u for u in _best(p, terms, 6, keep_order=False) if _NUMBER.search(u.text)]
            _fill(lines, [(u.text, n) for u in us[: 2 if n == 1 else 1]])
    return lines or _general(hits, terms, long)


def _procedure(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    protocols = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind == "protocol"]
    if not protocols:
        return _general(hits, terms, long)
    n, h = protocols[0]
    p = h.passage
    lines = [(f"{p.title}:", n)] + [(f"{i}. {s}", n) for i, s in enumerate(p.items, 1)]
    return lines


def _compare(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    rows = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind == "table-row"]
    named = [(n, h) for n, h in rows if set(analyzer.terms(h.passage.items[0])) & set(terms)]
    chosen = named if len(named) >= 2 else rows[:2]
    if not chosen:
        return _general(hits, terms, long)
    lines = [(row_line(h.passage), n) for n, h in chosen]
    return _fill(lines, [(u.text, n) for n, h in enumerate(hits[:2], 1) if h.passage.kind != "table-row"
                         for u in _best(h.passage, terms, 1)], MAX_WORDS * (2 if long else 1))


def _choice(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    if hits and hits[0].passage.kind == "table-row":
        return _compare(hits, terms, long)
    return _general(hits, terms, long)


_TEMPLATES = {
    "cause": _cause,
    "remedy": _remedy,
    "first_check": _first_check,
    "quantity": _quantity,
    "procedure": _procedure,
    "compare": _compare,
    "choice": _choice,
}


def _citation(n: int, h: Hit) -> Citation:
    p = h.passage
    return Citation(n=n, guide=p.guide, guide_title=p.guide_title, section=p.section_path, kind=p.kind,
                    lines=p.lines, score=h.score, text=p.text, id=p.id, matched=h.matched)


def _decline(question: str, r: Retrieval, understood_as: str | None) -> Answer:
    parts = [NOT_COVERED]
    if r.query.unmatched:
        parts.append(f"No passage matched: {', '.join(r.query.unmatched)}.")
    close = r.hits[:3]
    if close:
        parts.append("Closest sections, perhaps you meant one of these:")
        parts += [f"{h.passage.section_path} [{n}]" for n, h in enumerate(close, 1)]
    cites = tuple(_citation(n, h) for n, h in enumerate(close, 1))
    return Answer(question=question, answered=False, answer="\n".join(parts), citations=cites,
                  intent=r.query.intent, understood_as=understood_as, unmatched_terms=r.query.unmatched)
