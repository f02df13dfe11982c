"""Intent templates: pick and order verbatim sentences, steps and table cells from the top hits.

Every line of an answer ends with the [n] of the passage its words came from; the only other words are
the fixed template phrases in TEMPLATE_WORDS (checked by tests/test_grounding.py over the eval set).
"""

from __future__ import annotations

import re

from assistant.answer.conflicts import conflicts
from assistant.corpus import analyzer
from assistant.corpus.amounts import QUANTITY
from assistant.corpus.units import Unit, row_line, units
from assistant.models import Answer, Citation, Hit
from assistant.retrieval.retriever import Retrieval

NOT_COVERED = "The guides don't cover this."
TEMPLATE_WORDS = frozenset(
    "likely causes what to do check first steps from compared side by side values the guides don't cover "
    "this no passage matched closest sections perhaps you meant one of these differ on".split()
)
DIFFER = "The guides differ on"
MAX_WORDS = 80
SHORT_SOURCES, LONG_SOURCES = 3, 5


def compose(question: str, retrieval: Retrieval, long: bool = False, understood_as: str | None = None) -> Answer:
    """The answer to a question from its retrieval; declines plainly when the evidence is weak."""
    if not retrieval.answered:
        return _decline(question, retrieval, understood_as)
    shown = LONG_SOURCES if long else SHORT_SOURCES
    q = retrieval.query
    template = _TEMPLATES.get(q.intent, _general)
    # Quantities may sit in a step of the 4th or 5th passage, and the fix for a described problem in a
    # Solution ranked below its Symptom; those are cited (and listed) only if quoted.
    wide = template in (_general, _first_check, _quantity)
    pool = retrieval.hits[: LONG_SOURCES + 2] if wide else retrieval.hits[:shown]
    sources = _sources(pool)
    lines = template(pool if template in (_general, _first_check) else sources, q.weighted_terms, long)
    if q.intent in ("quantity", "compare", "choice", "general") and (differ := _disagreements(pool, q.weighted_terms,
                                                                                               long)):
        rows = {n for _, n in differ if pool[n - 1].passage.kind == "table-row"}
        lines = differ + [(t, n) for t, n in lines if n not in rows]  # those rows are already shown, value by value
    if sources and all(n != 1 for _, n in lines):  # the best-ranked passage is always quoted
        lines = [(u.text, 1) for u in _best(sources[0], q.weighted_terms, 1)] + lines
    text = "\n".join(f"{t} [{n}]" for t, n in lines)
    quoted = {n for _, n in lines}
    cites = tuple(_citation(n, h) for n, h in enumerate(pool, 1) if n <= shown or n in quoted)
    return Answer(question=question, answered=True, answer=text, citations=cites, intent=q.intent,
                  understood_as=understood_as, unmatched_terms=q.unmatched)


def _disagreements(pool: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    """Each value of a parameter the cited guides disagree on, headed by the parameter, one line per guide."""
    lines: list[Line] = []
    for c in conflicts(pool, terms)[: 2 if long else 1]:
        marks = [n for n, _ in c.values]
        lines.append((f"{DIFFER} {c.label} — {c.header}:", marks[0]))
        lines += [(f"{pool[n - 1].passage.guide_title}: {value}", n) for n, value in c.values]
    return lines


def _sources(hits: list[Hit]) -> list[Hit]:
    """The top hit and those close enough to it to quote from (a prefix, so [n] stays the rank)."""
    if not hits:
        return []
    top = hits[0].score
    return [h for i, h in enumerate(hits) if i == 0 or h.score >= 0.55 * top]


_REMEDY_CUES = re.compile(r"\b(to mitigate|can be employed|ensure|use of|consider|recommended|can help|strategy|"
                          r"approach|should|(?:is|are) (?:often |usually |generally |typically |highly )?(?:necessary|"
                          r"essential|critical|crucial))\b", re.IGNORECASE)
# A sentence that opens with "Additionally" or "Alternatively" is, by the guide's own ordering, a second
# remedy: when one recommendation is quoted, it should be the main one.
_SECONDARY = re.compile(r"^(additionally|alternatively|also|furthermore|moreover|finally|in addition)\b", re.IGNORECASE)
UNIT_SIM_WEIGHT = 2.0


def _score(u: Unit, terms: dict[str, float], sim: float, remedy: bool = False) -> float:
    """How well a unit answers: share of the question's weighted terms it contains + its dense similarity."""
    ts = set(analyzer.terms(u.text))
    total = sum(terms.values()) or 1.0
    lexical = sum(w for t, w in terms.items() if t in ts) / total
    cue = 0.3 * (len(set(m.lower() for m in _REMEDY_CUES.findall(u.text))) - bool(_SECONDARY.match(u.text))) \
        if remedy else 0.0
    return lexical + UNIT_SIM_WEIGHT * sim + cue - 0.02 * u.position


Line = tuple[str, int]


def _best(h: Hit, terms: dict[str, float], k: int, keep_order: bool = True, remedy: bool = False) -> list[Unit]:
    """The k units of a hit that best answer the question (in passage order unless keep_order is off)."""
    us = units(h.passage)
    sims = h.unit_scores if len(h.unit_scores) == len(us) else (0.0,) * len(us)
    ranked = sorted(us, key=lambda u: -_score(u, terms, sims[u.position]))[:k]
    if remedy:  # what to do: make room for the best sentence that recommends something, if there is one
        advice = sorted((u for u in us if _REMEDY_CUES.search(u.text)),
                        key=lambda u: -_score(u, terms, sims[u.position], remedy=True))
        if advice and advice[0] not in ranked:
            ranked = ranked[: k - 1] + [advice[0]]
    ranked = _with_antecedents(ranked, us, h.passage.text)
    return sorted(ranked, key=lambda u: u.position) if keep_order else ranked


# A sentence that opens by pointing back ("This strategy ...", "These conditions ...") means nothing alone.
_ANAPHOR = re.compile(r"^(this|these|such|it|they)\b", re.IGNORECASE)


def _with_antecedents(chosen: list[Unit], us: list[Unit], text: str) -> list[Unit]:
    """Each chosen sentence that refers back, joined to the sentence before it (when the two stand together,
    verbatim, in the passage); the earlier sentence is then not quoted twice."""
    out: list[Unit] = []
    for u in chosen:
        if u.kind == "sentence" and u.position > 0 and _ANAPHOR.match(u.text):
            prev = us[u.position - 1]
            joined = f"{prev.text} {u.text}"
            if joined in text:
                out = [v for v in out if v.position != prev.position]
                u = Unit(joined, prev.position, u.kind)
        if all(v.position != u.position for v in out):
            out.append(u)
    return out


def _budget(long: bool) -> int:
    """Words an answer may use before its sources: one screenful, two with --long."""
    return MAX_WORDS * (2 if long else 1)


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
    """The best sentences of the top passages, and a remedy: from among them, else the best-ranked one below.

    A Symptom restates the problem the question describes: it is quoted only when nothing else is close.
    """
    budget = _budget(long)
    close = _sources(hits[: LONG_SOURCES if long else SHORT_SOURCES])
    told = [(n, h) for n, h in enumerate(close, 1) if h.passage.kind != "symptom"] or list(enumerate(close, 1))
    cands = [(u.text, n) for i, (n, h) in enumerate(told) for u in _best(h, terms, 2 if i == 0 else 1)]
    lines = _fill([], cands[:2], budget)
    fixes = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind in ("solution", "faq")]
    for n, h in fixes[:1]:  # over the budget if need be: this is what the chemist came for
        lines += [(u.text, n) for u in _best(h, terms, 1, remedy=True) if (u.text, n) not in lines]
    return _fill(lines, cands[2:], budget)


def _cause(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    """Likely causes first, then what to do, each from the passages of that kind among the top hits."""
    causes = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind in ("cause", "faq", "prose")]
    fixes = [(n, h) for n, h in enumerate(hits, 1) if h.passage.kind in ("solution", "protocol", "table-row")]
    lines: list[Line] = []
    budget = _budget(long)
    for n, h in causes:
        _fill(lines, [(u.text, n) for u in _best(h, terms, 2)], budget)
    for n, h in fixes:
        _fill(lines, [(u.text, n) for u in _best(h, terms, 1)], budget)
    if not lines:
        return _general(hits, terms, long)
    return _label(lines, "Likely causes:", len([1 for t, n in lines if any(n == m for m, _ in causes)]),
                  "What to do:")


def _label(lines: list[Line], first: str, split: int, second: str) -> list[Line]:
    """Prefix line 0 with `first` and line `split` with `second` (line 0 with `second` when split is 0)."""
    out = list(lines)
    if split > 0 and first:
        out[0] = (f"{first} {out[0][0]}", out[0][1])
    if 0 < split < len(out):
        out[split] = (f"{second} {out[split][0]}", out[split][1])
    elif split == 0 and out:
        out[0] = (f"{second} {out[0][0]}", out[0][1])
    return out


def _remedy(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    """What to do, from the best-ranked passages first, preferring sentences that recommend something."""
    lines: list[Line] = []
    for n, h in enumerate(hits, 1):
        _fill(lines, [(u.text, n) for u in _best(h, terms, 2 if n == 1 else 1, remedy=True)],
              _budget(long))
    # "What to do:" heads a line that says what to do; a cause or symptom that ranked first follows the fixes.
    lines.sort(key=lambda line: hits[line[1] - 1].passage.kind in ("cause", "symptom"))
    return _label(lines, "", 0, "What to do:")


def _first_check(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    lines = _general(hits, terms, long)
    return _label(lines, "", 0, "Check first:")


def _quantity(hits: list[Hit], terms: dict[str, float], long: bool) -> list[Line]:
    """Values with their units: matching table cells first, then numbered facts from steps and sentences."""
    scored: list[tuple[float, str, int]] = []
    for n, h in enumerate(hits, 1):
        p = h.passage
        if p.kind == "table-row":
            cols = [i for i in range(1, len(p.header)) if set(analyzer.terms(p.header[i])) & set(terms)]
            numeric = any(QUANTITY.search(c) for c in p.items[1:])
            if cols or numeric:
                scored.append((1.0 + (0.5 if cols else 0.0) - 0.05 * n, row_line(p, cols or None), n))
        else:
            sims = h.unit_scores if len(h.unit_scores) == len(units(p)) else (0.0,) * len(units(p))
            for u in units(p):
                if QUANTITY.search(u.text):
                    scored.append((_score(u, terms, sims[u.position]) - 0.05 * n, u.text, n))
    scored.sort(key=lambda x: -x[0])
    lines: list[Line] = []
    _fill(lines, [(t, n) for _, t, n in scored[: 4 if long else 3]])
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
                         for u in _best(h, terms, 1)], _budget(long))


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
                    lines=p.lines, score=h.score, text=p.text, id=p.id, matched=h.matched,
                    format=p.format, location=p.location, pages=p.pages)


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
