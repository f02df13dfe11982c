"""An answer shaped by what was asked (answer.shape), built only of verbatim units of the cited passages.

A problem gets the fix first, then the likely cause, from the matched problem entry; a value the value
of the asked kind, for the asked thing, with the step or row it sits in; a step that step with its
procedure's name; a procedure its steps; a comparison the rows side by side. The guide's restatement of
the symptom is never an answer line. When the guides cover the topic but not the asked value, the first
line says so and the nearest fact follows, labelled as the nearest. Every line ends with the [n] of the
passage its words came from; sources are numbered 1..n in order of first citation, and only cited ones
are listed. The only other words are the template words (TEMPLATE_WORDS), and in a gap line the
question's own words (checked by tests/test_grounding.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.conflicts import conflicts
from assistant.answer.shape import TYPE_NOUNS, asked_types, shape_of, subjects
from assistant.corpus import analyzer, roles
from assistant.corpus.amounts import QUANTITY, TYPES, states
from assistant.corpus.units import Unit, row_line, units
from assistant.models import Answer, AnswerLine, Citation, Hit
from assistant.retrieval import intent
from assistant.retrieval.retriever import Query, Retrieval

NOT_COVERED = "The guides don't cover this."
DIFFER = "The guides differ on"
TEMPLATE_WORDS = frozenset(
    "likely cause what to do check first step nearest the guides give no for don't cover this no passage "
    "matched closest sections perhaps you meant one of these differ on amount temperature time concentration "
    "value".split())
MAX_LINES, LONG_LINES = 4, 8
POOL = 6  # hits an answer may quote from (besides the problem entries of the best three)
UNIT_SIM_WEIGHT = 2.0


@dataclass(frozen=True)
class Line:
    text: str
    hit: Hit
    role: str


def compose(question: str, retrieval: Retrieval, long: bool = False, understood_as: str | None = None) -> Answer:
    """The answer to a question from its retrieval; declines plainly when the evidence is weak."""
    if not retrieval.answered or not retrieval.hits:
        return _decline(question, retrieval, understood_as)
    q = retrieval.query
    pool = retrieval.hits[:POOL] + [h for h in retrieval.related if h not in retrieval.hits[:POOL]]
    shape = shape_of(q)
    lines, missing = _BUILDERS[shape](pool, q, long)
    if not lines:
        lines = _general(pool, q, long)[0]
    if shape in ("value", "compare") and (differ := _disagreements(pool, q)):
        lines = differ + [ln for ln in lines if ln.hit not in {d.hit for d in differ}]
    lines = _distinct(lines)
    if not (lines and lines[0].role == "step" and lines[0].text.endswith(":")):  # a whole procedure is not cut
        lines = lines[: LONG_LINES if long else MAX_LINES]
    return _answer(question, q, lines, missing, understood_as)


def _distinct(lines: list[Line]) -> list[Line]:
    """Each thing said once: a line whose words another line already quotes is dropped."""
    out: list[Line] = []
    for ln in lines:
        body = ln.text.split(": ", 1)[-1] if ln.role in ("fix", "cause") else ln.text
        if not any(body in other.text for other in out):
            out = [o for o in out if o.text not in ln.text or o.role == "gap"] + [ln]
    return out


def _answer(question: str, q: Query, lines: list[Line], missing: tuple[str, ...],
            understood_as: str | None) -> Answer:
    numbers: dict[str, int] = {}
    for ln in lines:  # sources numbered in order of first citation
        numbers.setdefault(ln.hit.passage.id, len(numbers) + 1)
    hits = {ln.hit.passage.id: ln.hit for ln in lines}
    out = tuple(AnswerLine(text=ln.text, cites=(numbers[ln.hit.passage.id],),
                           role=ln.role.removesuffix("-checked").removesuffix("-row")) for ln in lines)
    text = "\n".join(f"{ln.text} [{ln.cites[0]}]" for ln in out)
    cites = tuple(_citation(n, hits[pid]) for pid, n in numbers.items())
    return Answer(question=question, answered=True, answer=text, citations=cites, intent=q.intent,
                  understood_as=understood_as, unmatched_terms=q.unmatched, lines=out, missing=missing)


Built = tuple[list[Line], tuple[str, ...]]


def _score(u: Unit, terms: dict[str, float], sim: float) -> float:
    """How well a unit answers: share of the question's weighted terms it contains + its dense similarity."""
    ts = set(analyzer.terms(u.text))
    total = sum(terms.values()) or 1.0
    return sum(w for t, w in terms.items() if t in ts) / total + UNIT_SIM_WEIGHT * sim - 0.02 * u.position


# A sentence that only announces what follows ("... are often attributed to a few key factors.") says nothing
# a chemist can act on; it is quoted only when nothing else is left.
_PREAMBLE = re.compile(r"\b(a few|several|some|a number of|the following|two|three|many) (key |main |common |"
                       r"important )?(factors|reasons|causes|things|points|issues|aspects|steps)\b\.?$|:$",
                       re.IGNORECASE)


def _best(h: Hit, q: Query, k: int = 1) -> list[Unit]:
    """The k units of a hit that best answer the question, in passage order, each with what it refers to."""
    us = [u for u in units(h.passage) if not _PREAMBLE.search(u.text)] or units(h.passage)
    every = units(h.passage)
    sims = h.unit_scores if len(h.unit_scores) == len(every) else (0.0,) * len(every)
    ranked = sorted(us, key=lambda u: -_score(u, q.weighted_terms, sims[u.position]))[:k]
    return sorted(_with_antecedents(ranked, every, h.passage.text), key=lambda u: u.position)


# A sentence that points back ("This strategy ...", "Secondly, ...", "To mitigate this, ...") means nothing
# alone: it is quoted with the sentence before it, when the two stand together verbatim in the passage.
_ANAPHOR = re.compile(r"^(this|these|such|it|they|secondly|thirdly|finally|additionally|also|however|"
                      r"to (mitigate|avoid|prevent|address) (this|these|it)|in this case|otherwise)\b", re.IGNORECASE)


def _with_antecedents(chosen: list[Unit], us: list[Unit], text: str) -> list[Unit]:
    out: list[Unit] = []
    for u in chosen:
        while u.kind == "sentence" and u.position > 0 and _ANAPHOR.match(u.text):
            prev = us[u.position - 1]
            joined = f"{prev.text} {u.text}"
            if joined not in text:
                break
            out = [v for v in out if v.position != prev.position]
            u = Unit(joined, prev.position, u.kind)
        if all(v.position != u.position for v in out):
            out.append(u)
    return out


def _entry(pool: list[Hit], top: Hit) -> list[Hit]:
    """The passages of the top hit's problem entry (its symptom, cause and fix), the top hit first."""
    p = top.passage
    if p.kind not in ("symptom", "cause", "solution") or len(p.section) < 2:
        return [top]
    return [top] + [h for h in pool if h is not top and h.passage.guide == p.guide
                    and h.passage.kind in ("symptom", "cause", "solution") and h.passage.section[:-1] == p.section[:-1]]


def _role_columns(h: Hit) -> dict[str, int]:
    """A table row's columns named for a role ("Remedy" -> solution, "Likely cause" -> cause)."""
    return {role: i for i, name in enumerate(h.passage.header) if i and (role := roles.named(name))}


def _labelled(lines: list[Line], label: str, role: str) -> list[Line]:
    """Put `label` before the first line of `role` (only there: a label is said where it is true)."""
    out, done = [], False
    for ln in lines:
        if ln.role == role and not done:
            ln, done = Line(f"{label} {ln.text}", ln.hit, ln.role), True
        out.append(ln)
    return out


def _problem(pool: list[Hit], q: Query, long: bool, check_first: bool = False) -> Built:
    """What to do first, then the likely cause, from the matched entry; never the symptom's restatement."""
    entry = _entry(pool, _anchor(pool))
    fixes: list[Line] = []
    causes: list[Line] = []
    other: list[Line] = []
    for h in entry:
        kind = h.passage.kind
        if kind == "solution":
            fixes += [Line(u.text, h, "fix") for u in _best(h, q, 3 if long else 2)]
        elif kind == "cause":
            causes += [Line(u.text, h, "cause") for u in _best(h, q, 1)]
        elif kind == "table-row" and (cols := _role_columns(h)):
            if "solution" in cols:  # "Dehalogenation — Remedy: ...": the column says what it is
                other.insert(0, Line(row_line(h.passage, [cols["solution"]]), h, "fix-row"))
            if "cause" in cols:
                other.append(Line(row_line(h.passage, [cols["cause"]]), h, "cause-row"))
        elif kind == "protocol":
            other += _steps(h, q, 1)
        elif kind != "symptom" and check_first:  # the guide's first check: its first sentence that says one
            other += [Line(u.text, h, "answer") for u in _in_order(h, q, 2)]
        elif kind != "symptom":  # a FAQ answer or a problem's text: what to do first, then why
            chosen = _best(h, q, 3 if long else 2)
            acts = [u for u in _best(h, q, 6) if _ACTION.match(u.text)][:1] if kind in ("faq", "problem") else []
            fixes += [Line(u.text, h, "fix") for u in acts]
            other += [Line(u.text, h, "answer") for u in chosen if u not in acts]
    ordered = (causes + fixes if check_first else fixes + causes) + other
    if not ordered:
        return [], ()
    if check_first:
        first = ordered[0]
        ordered[0] = Line(f"Check first: {first.text}", first.hit, first.role + "-checked")
    ordered = _labelled(ordered, "What to do:", "fix")
    ordered = _labelled(ordered, "Likely cause:", "cause")
    return _more(ordered, pool, q, long), ()


_ENTRY_KINDS = ("solution", "cause", "symptom", "faq", "problem", "table-row", "protocol")


# A sentence that tells the chemist to do something: it opens with a verb of the bench in the imperative
# ("Degas the amine", "Use the heptahydrate", "Buffer at least 1.5 pH units away") or with never/always/do not.
_ACTION = re.compile(
    r"^(?:\w+:\s+)?(?:first,?\s+|then,?\s+|instead,?\s+)?"
    r"(add|use|run|keep|check|remove|replace|dry|degas|sparge|filter|"
    r"wash|quench|heat|warm|cool|chill|stir|purge|dilute|switch|change|buffer|increase|decrease|lower|raise|reduce|"
    r"avoid|try|store|test|titrate|distil|distill|recrystalli[sz]e|evaporate|concentrate|extract|flush|reverse|repeat|"
    r"make|prepare|weigh|clean|rinse|open|close|wait|protect|start|stop|let|adjust|evacuate|fill|install|set|apply|"
    r"perform|ensure|consider|do not|don't|never|always|work|pre-treat|pretreat|treat|swap|go|shorten|lengthen|"
    r"extend|monitor|follow|remake|re-run|rerun|spot|measure|record|drop|slow|lengthen|saturate|basify|acidify|"
    r"neutrali[sz]e|centrifuge|sonicate|scratch|seed|redissolve|reheat|vent|tighten|bake|activate|discard)\b",
    re.IGNORECASE)


def _anchor(pool: list[Hit]) -> Hit:
    """The problem entry a problem question matched: the best of the top three that is an entry (a fix,
    cause, symptom, FAQ, problem, row or step), not a section's introduction."""
    return next((h for h in pool[:3] if h.passage.kind in _ENTRY_KINDS), pool[0])


def _check_first(pool: list[Hit], q: Query, long: bool) -> Built:
    return _problem(pool, q, long, check_first=True)


def _in_order(h: Hit, q: Query, k: int) -> list[Unit]:
    """The first k units of a passage that are not a preamble, with what they refer to."""
    every = units(h.passage)
    return _with_antecedents([u for u in every if not _PREAMBLE.search(u.text)][:k], every, h.passage.text)


def _more(lines: list[Line], pool: list[Hit], q: Query, long: bool) -> list[Line]:
    """Up to three lines: one more from the next hit on the same topic (same guide and top section)."""
    want = LONG_LINES if long else 3
    top = lines[0].hit.passage
    for h in pool[1:]:
        if len(lines) >= want:
            break
        p = h.passage
        if p.kind in ("symptom", "protocol") or any(ln.hit is h for ln in lines) or p.guide != top.guide \
                or p.section[:1] != top.section[:1]:
            continue
        about = set(subjects(q))
        lines += [Line(u.text, h, "answer") for u in _best(h, q, 1) if about & set(analyzer.terms(u.text))]
    return lines


def _steps(h: Hit, q: Query, k: int) -> list[Line]:
    """The k steps of a procedure that best answer the question, each with its procedure's name."""
    p = h.passage
    return [Line(f"{p.title}, step {_step_number(p.text, u)}: {u.text}", h, "step") for u in _best(h, q, k)]


def _step_number(text: str, u: Unit) -> str:
    m = re.search(rf"(?m)^(\d+)\. {re.escape(u.text)}", text)
    return m.group(1) if m else str(u.position + 1)


def _step(pool: list[Hit], q: Query, long: bool) -> Built:
    guide = _anchor(pool).passage.guide  # a step of the matched guide's own procedure, or no step at all
    protocols = [h for h in _protocols(pool) if h.passage.guide == guide]
    if not protocols:
        return _problem(pool, q, long)
    if (m := _AFTER.search(q.text)) and (line := _next_step(protocols[0], m)) is not None:
        return [line], ()
    return _steps(protocols[0], q, 2 if long else 1), ()


# "what do I add after the oxalyl chloride": the step after the one that adds it ("before": the one before).
_AFTER = re.compile(r"\b(after|before)\s+(?:the\s+|adding\s+(?:the\s+)?|i\s+add\s+(?:the\s+)?)?(.{3,60})",
                    re.IGNORECASE)


def _next_step(h: Hit, m: re.Match[str]) -> Line | None:
    p = h.passage
    target = set(analyzer.terms(m.group(2)))
    overlap = [len(target & set(analyzer.terms(step))) for step in p.items]
    if not target or max(overlap, default=0) == 0:
        return None
    k = overlap.index(max(overlap)) + (1 if m.group(1).lower() == "after" else -1)
    if not 0 <= k < len(p.items):
        return None
    u = Unit(p.items[k], k, "step")
    return Line(f"{p.title}, step {_step_number(p.text, u)}: {u.text}", h, "step")


def _how(pool: list[Hit], q: Query, long: bool) -> Built:
    """'How do I X': the whole procedure when X is what the procedure is for (its title and section say
    so), the one step when X is one operation in it ("how do I quench the RCM")."""
    protocols = _protocols(pool)
    if not protocols:
        return _problem(pool, q, long)
    p = protocols[0].passage
    about = set(subjects(q))
    title = len(about & set(analyzer.terms(" ".join((p.title, *p.section)))))
    step = max(len(about & set(analyzer.terms(s))) for s in p.items)
    return _procedure(protocols, q, long) if title > step else _step(pool, q, long)


def _protocols(pool: list[Hit]) -> list[Hit]:
    """The procedures among the hits, those of the matched guide first, then by rank."""
    guide = _anchor(pool).passage.guide
    return sorted((h for h in pool if h.passage.kind == "protocol" and h.passage.items),
                  key=lambda h: h.passage.guide != guide)


def _procedure(pool: list[Hit], q: Query, long: bool) -> Built:
    protocols = _protocols(pool)
    if not protocols:
        return _problem(pool, q, long)
    h = protocols[0]
    p = h.passage
    body = [ln for ln in p.text.split("\n")[1:] if ln.strip()]
    return [Line(f"{p.title}:", h, "step")] + [Line(s, h, "step") for s in body], ()


def _value(pool: list[Hit], q: Query, long: bool) -> Built:
    """The value of the asked kind for the asked thing, first; else say the guides lack it, then the nearest."""
    asked = asked_types(q)
    mask = sum(1 << TYPES.index(t) for t in asked)
    about = set(subjects(q))
    # A value belongs to a reagent or reaction: when the question names one ("LiAlH4", "COMU", "DMSO"),
    # a line about another one never answers it, however many other words it shares.
    reagents = {t for w in re.findall(r"[\w()/-]+", q.text) if _ENTITY.search(w) for t in analyzer.terms(w)} & about
    scored: list[tuple[float, Line, bool]] = []
    for rank, h in enumerate(pool):
        p = h.passage
        context = set(analyzer.terms(" ".join((p.guide_title, p.title, *p.section[-2:]))))
        cands: list[tuple[str, str, float]] = []
        if p.kind == "table-row" and p.items:
            cols = [i for i in range(1, len(p.header)) if QUANTITY.search(p.items[i] if i < len(p.items) else "")]
            if cols:
                cands.append((row_line(p, cols), "value", 1.0))
        else:
            sims = h.unit_scores if len(h.unit_scores) == len(units(p)) else (0.0,) * len(units(p))
            us = units(p)
            for u in _with_antecedents([u for u in us if not _ANAPHOR.match(u.text) or u.position == 0]
                                       + [u for u in us if _ANAPHOR.match(u.text) and u.position > 0], us, p.text):
                if QUANTITY.search(u.text) and (not mask or states(u.text) & mask):
                    text = f"{p.title}, step {_step_number(p.text, u)}: {u.text}" if u.kind == "step" else u.text
                    cands.append((text, "value", _score(u, q.weighted_terms, sims[u.position])))
        for text, role, s in cands:
            ts = set(analyzer.terms(text)) | context
            on = bool((reagents or about) & ts) if about else True
            fits = not mask or bool(states(text, p.header, p.items) & mask)
            named = p.kind == "table-row" and any(re.search(intent.ANSWER_TYPES[t], p.title.lower()) for t in asked)
            bonus = (1.0 if on else 0.0) + (0.5 if fits else 0.0) + (0.5 if named else 0.0) + 0.5 * _near(text, about)
            standard = 0.3 if p.kind in ("table-row", "protocol") else 0.0  # a fix's value is for a repeat
            scored.append((s + bonus + standard - 0.15 * rank, Line(text, h, role), on and fits))
    scored.sort(key=lambda x: -x[0])
    good = [ln for _, ln, ok in scored if ok]
    if good:
        first = good[0].hit.passage.guide
        return [ln for ln in good if ln.hit.passage.guide == first][: 3 if long else 2], ()
    what = " and ".join(TYPE_NOUNS[t] for t in asked) or "value"
    seen = {t for h in pool for t in analyzer.terms(h.passage.text)}
    words = [w for w in re.findall(r"[\w()\-/.]+", q.text) if analyzer.terms(w)]
    thing = " ".join(dict.fromkeys(w for w in words if analyzer.terms(w)[0] in reagents | (about & seen))) or "this"
    on_topic = [h for h in pool if (reagents or about) & set(analyzer.terms(h.passage.text + " " + h.passage.title))]
    # The nearest fact is about the asked thing; a value of another reagent is never offered, even labelled.
    nearest = _general(on_topic, q, long)[0][:1] if on_topic else []
    gap = Line(f"The guides give no {what} for {thing}.", nearest[0].hit if nearest else pool[0], "gap")
    near = [Line(f"Nearest: {ln.text}", ln.hit, "nearest") for ln in nearest]
    return [gap, *near], (f"{what} for {thing}",)


# A reagent's or compound's name: capitals after the first letter or digits in a word ("LiAlH4", "COMU",
# "Pd(PPh3)4", "TBSCl", "DMSO"), not an ordinary word.
_ENTITY = re.compile(r"^(?=.*[A-Za-z])(?:.+[A-Z].*|.*\d.*[A-Za-z].*|.*[A-Za-z].*\d.*)$")


def _near(text: str, about: set[str]) -> float:
    """1 when a word of what the question is about stands within four words before an amount
    ("HATU (1.05 equiv)"), not across the sentence ("slower than HATU ... needs 1.5 equiv")."""
    for m in QUANTITY.finditer(text):
        before = analyzer.terms(" ".join(text[: m.start()].split()[-4:]))
        if about & set(before):
            return 1.0
    return 0.0


def _compare(pool: list[Hit], q: Query, long: bool) -> Built:
    """The rows of the things compared, side by side; a guide's own verdict between them first."""
    about = set(subjects(q))
    rows = [h for h in pool if h.passage.kind == "table-row" and h.passage.items
            and set(analyzer.terms(h.passage.items[0])) & about]
    verdicts = [Line(u.text, h, "comparison") for h in pool[:3] if h.passage.kind != "table-row"
                for u in units(h.passage) if _PREFERS.search(u.text) and len(set(analyzer.terms(u.text)) & about) >= 2]
    lines = verdicts[:1] + [Line(row_line(h.passage), h, "comparison") for h in rows[:2]]
    return (lines, ()) if lines else _general(pool, q, long)


_PREFERS = re.compile(r"\b(prefer\w*|better|best|superior|recommended|faster|slower|milder|more|less|rather than|"
                      r"instead of|over)\b", re.IGNORECASE)


def _reference(pool: list[Hit], q: Query, long: bool) -> Built:
    return [Line(h.passage.text.strip(), h, "answer") for h in pool[: 3 if long else 1]], ()


def _general(pool: list[Hit], q: Query, long: bool) -> Built:
    top = next((h for h in pool if h.passage.kind != "symptom"), pool[0])
    if top.passage.kind == "protocol":
        lines = _steps(top, q, 1)
    elif top.passage.kind == "table-row":
        lines = [Line(row_line(top.passage), top, "answer")]
    else:
        lines = [Line(u.text, top, "answer") for u in _best(top, q, 3 if long else 2)]
    return _more(lines, pool, q, long), ()


_BUILDERS = {"problem": _problem, "check_first": _check_first, "value": _value, "step": _step,
             "procedure": _procedure, "how": _how, "compare": _compare, "reference": _reference, "general": _general}


def _disagreements(pool: list[Hit], q: Query) -> list[Line]:
    """Each value of a parameter the guides disagree on, headed by the parameter, one line per guide."""
    out: list[Line] = []
    for c in conflicts(pool, q.weighted_terms)[:1]:
        first = pool[c.values[0][0] - 1]
        out.append(Line(f"{DIFFER} {c.label} — {c.header}:", first, "comparison"))
        out += [Line(f"{pool[n - 1].passage.guide_title}: {value}", pool[n - 1], "value") for n, value in c.values]
    return out


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
