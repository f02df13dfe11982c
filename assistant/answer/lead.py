"""Which line opens an answer: a small fitted model over every line the cited passages could open with.

The answer's shape (compose) says what kind of line should come first (the fix for a problem, the value
for a value question, the step for a step); which sentence of which passage that is depends on the
question's words, the passage's rank and kind, and the sentence's own form. Each candidate line is
described by `config.LINE_FEATURES`; their weights are fitted across the development guides on what
colleagues said an answer must open with (fit.fit_lines, leave one guide out to measure), and the line
with the highest weighted sum opens the answer. Candidates are verbatim units of the cited passages; the
restatement of a symptom, a reference and, for a value question, an amount of another reagent never are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.answer.quotes import (
    ACTION,
    ANAPHOR,
    CHECK_START,
    CHECKS,
    EXPLAINS,
    LINE_ROLES,
    Line,
    announces,
    asked_reagents,
    near_amount,
    on_topic,
    reagent_names,
    role_columns,
    step_line,
    unit_role,
    with_antecedents,
)
from assistant.answer.shape import Shape, asked_types, names_code, subjects
from assistant.config import LINE_FEATURES
from assistant.corpus import analyzer
from assistant.corpus.amounts import QUANTITY, TYPES, fits_scale, states
from assistant.corpus.units import Unit, row_line, units
from assistant.models import Hit, Passage
from assistant.retrieval import intent
from assistant.retrieval.retriever import Query

LABELS = {"fix": "What to do:", "cause": "Likely cause:"}
_KINDS = {"solution": "kind_solution", "cause": "kind_cause", "faq": "kind_faq", "problem": "kind_problem",
          "table-row": "kind_row", "protocol": "kind_step", "prose": "kind_prose"}
_PREFERS = re.compile(r"\b(prefer\w*|better|best|superior|recommended|faster|slower|milder|rather than|instead of)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A line an answer could open with, and what describes it (LINE_FEATURES)."""

    line: Line
    features: dict[str, float]

    def vector(self) -> list[float]:
        return [self.features.get(f, 0.0) for f in LINE_FEATURES]


def candidates(pool: Sequence[Hit], hits: int, q: Query, shape: Shape, composed: Sequence[Line]) -> list[Candidate]:
    """Every line the passages of `pool` could open the answer with (the first `hits` are the ranked hits,
    the rest the related entries), described for the model."""
    about = set(subjects(q))
    terms = q.weighted_terms
    total = sum(terms.values()) or 1.0
    asked = asked_types(q)
    mask = sum(1 << TYPES.index(t) for t in asked)
    reagents = asked_reagents(q, about)
    names = reagent_names(q, reagents)
    top = pool[0]
    bodies = [_body(ln.text) for ln in composed]
    fixed = {(h.passage.guide, h.passage.section[:2]) for h in pool if h.passage.kind in ("solution", "faq", "problem")}
    raw: list[tuple[Line, Unit, int, float, set[str], int]] = []
    for rank, h in enumerate(pool):
        p = h.passage
        if p.kind in ("symptom", "reference"):
            continue
        if p.guide != top.passage.guide and shape != "compare":
            continue  # the best passage's guide answers; another guide's line is about another reaction
        if shape in ("problem", "check_first") and p.kind == "prose" and (p.guide, p.section[:2]) in fixed:
            continue  # the introduction of a section that has its own fix: the entry answers, not its preamble
        every = units(p)
        sims = h.unit_scores if len(h.unit_scores) == len(every) else (h.dense,) * len(every)
        for line, u in _lines(h, every):
            if announces(u, every, p.text, checks=shape == "check_first"):  # announces or asks, never answers
                continue
            if shape == "value" and QUANTITY.search(line.text):  # an amount of another reagent never answers
                if not on_topic(line.text, p, reagents, about, names):
                    continue
            raw.append((line, u, rank, sims[u.position] if u.position < len(sims) else h.dense,
                        set(analyzer.terms(u.said)), len(every)))
    if not raw:
        return []
    best_sim = max(r[3] for r in raw)
    acting = {r[0].hit.passage.id for r in raw if ACTION.match(r[1].text) or r[0].role in ("fix", "fix-row")}
    # a line is about what its headings name too ("Ensure degassed solvents" under "Ring-Closing Metathesis")
    line_terms = [(r[4] | _heading_terms(r[0].hit.passage)) & terms.keys() for r in raw]
    df = {t: sum(t in ts for ts in line_terms) for t in terms}  # how many candidate lines have each term
    distinct_total = sum(1 / df[t] for t in terms if df[t]) or 1.0
    out: list[Candidate] = []
    for (line, u, rank, sim, ts, n_units), mine in zip(raw, line_terms, strict=True):
        h, p = line.hit, line.hit.passage
        titles = set(analyzer.terms(" ".join((p.title, *p.section))))
        stated = states(line.text, p.header, p.items) if p.kind == "table-row" else states(u.text)
        f = {
            "sim": sim, "sim_gap": sim - best_sim,
            "terms": sum(w for t, w in terms.items() if t in ts) / total,
            "distinct": sum(1 / df[t] for t in mine) / distinct_total,
            "subjects": len(about & ts) / len(about) if about else 0.0,
            "topic": len(about & titles) / len(about) if about else 0.0,
            "top_hit": float(rank == 0), "rank": 1 / (1 + rank), "related": float(rank >= hits),
            "score_gap": h.score - top.score if rank < hits else 0.0,
            "same_guide": float(p.guide == top.passage.guide),
            "same_section": float(p.guide == top.passage.guide and p.section[:1] == top.passage.section[:1]),
            "first_unit": float(u.position == 0), "position": u.position / max(1, n_units - 1),
            "action": float(bool(ACTION.match(u.text))), "anaphor": float(bool(ANAPHOR.match(u.text))),
            "quantity": float(bool(QUANTITY.search(u.text)) and shape == "value"),  # an amount answers a value
            "asked_quantity": float(bool(mask and stated & mask)),
            "near_amount": near_amount(line.text, about),
            "words": math.log1p(len(u.text.split())) / 4,
            "composed": float(bool(bodies) and _same(_body(line.text), bodies[0])),
            "in_composed": float(any(_same(_body(line.text), b) for b in bodies)),
        }
        if kind := _KINDS.get(p.kind):
            f[kind] = 1.0
        if shape in ("problem", "check_first"):
            f["problem_action"] = f["action"]
            f["problem_solution"] = float(line.role in ("fix", "fix-row"))
            f["problem_cause"] = float(line.role in ("cause", "cause-row"))
            f["problem_prose"] = float(p.kind == "prose")
            f["problem_quantity"] = float(bool(QUANTITY.search(u.text)))
            f["problem_step"] = float(line.role == "step")
            f["problem_defers"] = float(not f["action"] and line.role not in ("fix", "fix-row")
                                        and p.id in acting)  # its own passage says what to do elsewhere
        explains = float(bool(EXPLAINS.search(u.text)) or line.role in ("cause", "cause-row"))
        if shape == "problem" and q.intent == "cause":  # "why ...": the reason, not (only) the fix
            f["why_explains"], f["why_action"] = explains, f["action"]
        elif shape in ("problem", "check_first"):
            f["problem_explains"] = explains
        f["value_asked"] = f["asked_quantity"] if shape == "value" else 0.0
        f["step_step"] = float(shape in ("step", "how") and line.role == "step")
        f["step_composed"] = float(shape == "step" and f["composed"] > 0)
        f["compare_prefers"] = float(shape == "compare" and bool(_PREFERS.search(u.text)))
        f["check_first_first"] = float(shape == "check_first" and u.position == 0)
        out.append(Candidate(line, f))
    return out


def pick(cands: Sequence[Candidate], weights: Mapping[str, float]) -> Candidate | None:
    """The candidate with the highest weighted sum (the first of equals)."""
    best, best_score = None, -math.inf
    for c in cands:
        s = sum(w * c.features.get(f, 0.0) for f, w in weights.items())
        if s > best_score:
            best, best_score = c, s
    return best


def acting(best: Candidate, cands: Sequence[Candidate], weights: Mapping[str, float]) -> Candidate:
    """For a problem, what to do opens the answer: when the chosen line is the opening of its passage that
    only describes the problem (the entry's own statement of it) and the passage goes on to say what to do,
    that line opens instead (the description follows it)."""
    if (not best.features.get("first_unit") or best.features.get("action")
            or best.line.role in ("fix", "fix-row", "step") or _CONDITION.match(_body(best.line.text))):
        return best  # "If you get a headache or feel dizzy, ..., leave the lab": says what to do when it happens
    own = [c for c in cands if c.line.hit.passage.id == best.line.hit.passage.id
           and (c.features.get("action") or c.line.role in ("fix", "fix-row"))]
    return pick(own, weights) or best


def at_scale(best: Candidate, cands: Sequence[Candidate], asked: str, weights: Mapping[str, float]) -> Candidate:
    """A line whose ranges of mass, volume or moles leave out the scale the question names ("what column for
    1 g crude" against "2 cm for up to 100 mg crude") gives way to the best line whose range holds it, in the
    same passage if it has one ("5 cm for 0.5-2 g")."""
    if fits_scale(asked, best.line.text) is not False:
        return best
    holding = [c for c in cands if fits_scale(asked, c.line.text)]
    own = [c for c in holding if c.line.hit.passage.id == best.line.hit.passage.id]
    return pick(own or holding, weights) or best


def whole_row(best: Candidate, cands: Sequence[Candidate], asked: str, meaning: bool) -> Candidate:
    """'what does E-101 mean', 'E05 came up and the heating paused': when the chosen line is one column of a
    table row (its fix, its cause) and the question asks what the row's name means, or names the code an
    instrument shows, the whole row opens: what the code says, then what to do."""
    p = best.line.hit.passage
    if best.line.role not in ("fix-row", "cause-row") or not set(analyzer.terms(p.title)) & set(analyzer.terms(asked)):
        return best
    if not meaning and not (p.items and p.header and names_code(p.items[0], p.header[0], asked)):
        return best
    return next((c for c in cands if c.line.hit.passage.id == p.id and c.line.role == "answer"), best)


# "how long after adding the aldehyde before adding the reducing agent": the wait that follows the first addition
_BETWEEN = re.compile(r"\bafter\s+(?:adding|the addition of|i add|you add|we add)?\s*(?:the\s+)?(.{2,40}?)\s+before\b",
                      re.IGNORECASE)


def waited_after(asked: str) -> frozenset[str]:
    """The terms of what a question says the wait follows ("after adding the aldehyde before ..."), when it asks
    how long; empty for any other question."""
    m = _BETWEEN.search(asked)
    return frozenset(analyzer.terms(m.group(1))) if m and "duration" in intent.wh_types(asked) else frozenset()


def after_first(lines: Sequence[Line], more: Sequence[Line], asked: str) -> list[Line]:
    """'how long after X before Y': the line that does X and says how long opens (from `lines`, else from
    `more`), not the wait after Y, which names Y too; the others follow."""
    done = waited_after(asked)
    if not done or not lines or done <= set(analyzer.terms(lines[0].text)):
        return list(lines)
    duration = 1 << TYPES.index("duration")
    swap = next((ln for ln in (*lines, *more) if done <= set(analyzer.terms(ln.text))
                 and states(ln.text) & duration), None)
    return list(lines) if swap is None else [swap, *(ln for ln in lines if ln.text != swap.text)]


def with_cause(line: Line) -> Line:
    """A problem's row opens with what to do and, on the same line, why ("... — What to do: Acidify ...;
    Likely cause: The quench was not acidic enough"): the entry, fix first, under its name."""
    if line.role != "fix-row":
        return line
    cols = role_columns(line.hit)
    if "solution" not in cols or "cause" not in cols:
        return line
    return Line(row_line(line.hit.passage, [cols["solution"], cols["cause"]]), line.hit, line.role)


def holds(text: str, lead: str) -> bool:
    """Whether a line holds the lead fact: its first 40 characters, case- and space-blind (as the eval
    scores an answer's first line, and as the lead model is fitted)."""
    want = " ".join(lead.lower().split())[:40]
    return bool(want) and want in " ".join(text.lower().split())


def first_check(best: Candidate, cands: Sequence[Candidate]) -> Candidate:
    """For "what should I check first": when the chosen line is a step of the guide's ordered checks (a
    procedure), its first step, which is where the guide starts; in any other passage, the first line of it
    that says what to check ("Is the NBS white?", "Check that ..."): before the chosen line when that is a check
    too, wherever it is when the chosen line checks nothing ("Reagent.", "They account for most failures.")."""
    own = [c for c in cands if c.line.hit.passage.id == best.line.hit.passage.id]
    if best.line.role != "step":
        own = [c for c in own if CHECK_START.search(c.line.text) or CHECK_START.search(_body(c.line.text))]
    first = min(own, key=lambda c: c.features.get("position", 0.0), default=best)
    if best.line.role == "step" or not is_check(best.line):
        return first
    return first if first.features.get("position", 0.0) <= best.features.get("position", 0.0) else best


def is_check(line: Line) -> bool:
    """Whether a line may be labelled as the first check: a cause to suspect, a procedure's step, or a line
    that says what to check; a fix that checks nothing ("Use degassed solvents") is what to do, and "Practically
    no." or a plain statement of fact is neither."""
    return line.role in ("step", "cause", "cause-row") or bool(CHECKS.search(_body(line.text)))


def labelled(line: Line, check_first: bool) -> Line:
    """The line as it opens an answer: "Check first:" for the first check, else the label of its role."""
    if check_first and is_check(line):  # the guide's own "Check first: ..." is not labelled again
        text = line.text if _LABEL.match(line.text) or _CHECK_FIRST.match(line.text) else f"Check first: {line.text}"
        return Line(text, line.hit, line.role + "-checked")
    label = LABELS.get(line.role)
    return Line(f"{label} {line.text}", line.hit, line.role) if label else line


def _lines(h: Hit, every: list[Unit]) -> list[tuple[Line, Unit]]:
    """The lines one passage offers: each step of a procedure with its name, a table row whole and by its
    role columns, each sentence of anything else (with the sentence it refers back to)."""
    p = h.passage
    if p.kind == "protocol" and p.items:
        return [(Line(step_line(p, u), h, "step"), u) for u in every]
    if p.kind == "table-row":
        out = [(Line(row_line(p), h, "answer"), every[0])]
        for role, col in role_columns(h).items():
            if role in ("solution", "cause"):
                out.append((Line(row_line(p, [col]), h, "fix-row" if role == "solution" else "cause-row"), every[0]))
        return out
    role = LINE_ROLES.get(p.kind, "answer")
    out = []
    for u in with_antecedents(every, every, p.text):
        r = "fix" if role == "answer" and p.kind in ("faq", "problem") and ACTION.match(u.text) else role
        out.append((Line(u.said, h, unit_role(u, r)), u))
    return out



def _heading_terms(p: Passage) -> frozenset[str]:
    return _section_terms(p.section)


@lru_cache(maxsize=1024)
def _section_terms(section: tuple[str, ...]) -> frozenset[str]:
    return frozenset(analyzer.terms(" ".join(section)))


_LABEL = re.compile(r"^(What to do|Likely cause|Check first|Nearest):\s+")
_CONDITION = re.compile(r"^(?:\w+:\s+)?(?:if|when|whenever|should)\b[^.;:?!]{3,}?,\s", re.IGNORECASE)
_CHECK_FIRST = re.compile(r"^check first\b", re.IGNORECASE)  # a guide's own "Check first When ... fails"


def _body(text: str) -> str:
    return _LABEL.sub("", text)


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) > 20 and a in b) or (len(b) > 20 and b in a)
