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
from collections.abc import Mapping, Sequence

from assistant.answer import lead
from assistant.answer.conflicts import conflicts
from assistant.answer.quotes import (
    ACTION,
    ANAPHOR,
    Line,
    announces,
    asked_reagents,
    best_units,
    counts,
    first_checks,
    near_amount,
    on_topic,
    procedure_name,
    reagent_names,
    role_columns,
    step_line,
    unit_role,
    unit_score,
    with_antecedents,
)
from assistant.answer.shape import (
    ASKS_FACT,
    ASKS_MEANING,
    ASKS_NEXT,
    TYPE_NOUNS,
    Shape,
    asked_types,
    shape_of,
    subjects,
)
from assistant.corpus import analyzer
from assistant.corpus.amounts import QUANTITY, TYPES, fits_scale, states
from assistant.corpus.entries import ROLE_KINDS, same_entry
from assistant.corpus.units import Unit, row_line, units
from assistant.models import Answer, AnswerLine, Citation, Hit, Passage
from assistant.retrieval import intent
from assistant.retrieval.retriever import Query, Retrieval

NOT_COVERED = "The guides don't cover this."
DIFFER = "The guides differ on"
TEMPLATE_WORDS = frozenset(
    "likely cause what to do check first step nearest the guides give no for don't cover this no passage "
    "matched closest sections perhaps you meant one of these differ on amount temperature time concentration "
    "value".split())
MAX_LINES, LONG_LINES = 4, 8
WHOLE = "step-all"  # the role of the lines of a whole procedure (said as "step")
NEXT = "step-next"  # the step after (or before) the one a question names: it opens the answer as it is
POOL = 6  # hits an answer may quote from (besides the problem entries of the best three)


def compose(question: str, retrieval: Retrieval, long: bool = False, understood_as: str | None = None,
            lead_weights: Mapping[str, float] | None = None) -> Answer:
    """The answer to a question from its retrieval; declines plainly when the evidence is weak.

    `lead_weights` (config.RankingConfig.lines) choose the line that opens it (answer.lead); without them
    the shape's own order stands."""
    if not retrieval.answered or not retrieval.hits:
        return _decline(question, retrieval, understood_as)
    q = retrieval.query
    pool, shape, lines, missing = _shaped(retrieval, long)
    cands: list[lead.Candidate] = []
    if lead_weights and _leads(shape, lines, missing):
        cands = lead.candidates(pool, min(POOL, len(retrieval.hits)), q, shape, lines)
        best = lead.pick(cands, lead_weights)
        if best is not None:
            best = lead.at_scale(best, cands, q.text, lead_weights)
        if best is not None and shape == "check_first":
            best = lead.first_check(best, cands)
        if best is not None and shape == "problem" and q.intent != "cause" and not ASKS_FACT.search(q.text):
            best = lead.acting(best, cands, lead_weights)  # a problem reported: what to do opens
        if best is not None:
            best = lead.whole_row(best, cands, q.text, meaning=bool(ASKS_MEANING.search(q.text)))
        if best is not None and not best.features["composed"]:
            first = lead.labelled(best.line, shape == "check_first")
            rest = [Line(_bare(ln.text), ln.hit, ln.role.removesuffix("-checked")) for ln in lines
                    if _together(ln.hit.passage, first.hit.passage) or ln.hit in pool[:2]]  # the same problem,
            # or one of the two best passages
            if not rest:
                rest = _follow(first, q)
            for role, label in lead.LABELS.items():  # each label once: on the first line of its role
                if first.role != role:
                    rest = _labelled(rest, label, role)
            lines = _distinct([first, *rest])
    if shape == "value" and not missing:  # "how long after X before Y": the wait after X
        lines = lead.after_first(lines, [c.line for c in cands], q.text)
    if shape == "problem" and lines:  # a row's fix opens with its cause on the same line
        lines = _distinct([lead.with_cause(lines[0]), *lines[1:]])
    if shape == "problem" and lines and q.intent != "cause" and not any(ln.role in _ACTS for ln in lines) \
            and not ACTION.match(_bare(lines[0].text)):  # an instruction opens: it says what to do
        lines = [lines[0], *_fix_of_entry(pool, q, lines[0]), *lines[1:]]
    if lines and fits_scale(q.text, lines[0].text):  # "for 1 g crude": a load the first line's range holds;
        lines = [lines[0], *(ln for ln in lines[1:] if fits_scale(q.text, ln.text) is not False)]  # not the others
    if lines and shape != "compare" and not lines[0].text.startswith(DIFFER):
        guide = lines[0].hit.passage.guide  # one guide answers, unless two are compared or disagree
        lines = [ln for ln in lines if ln.hit.passage.guide == guide]
    if lines and (named := _NAMED_STEP.search(q.text)):  # "step 4 - how long at reflux": step 4 answers
        lines = _step_first(lines, named.group(1))
    if shape == "problem" and q.intent != "cause" and not ASKS_FACT.search(q.text):  # the instruction first
        lines = _run_on(lines)
    if lines and shape != "compare" and (row := _row_remedy(lines[0])) is not None:  # not its symptom alone
        lines = [row, *(ln for ln in lines[1:] if ln.hit.passage.id != row.hit.passage.id)]
    if not (lines and lines[0].role == WHOLE):  # a whole procedure is not cut
        lines = lines[: LONG_LINES if long else MAX_LINES]
    return _answer(question, q, lines, missing, understood_as, [*retrieval.hits, *retrieval.related])


def opening_candidates(retrieval: Retrieval) -> list[lead.Candidate]:
    """The lines that could open the answer to a retrieval, described for the lead model (fit.fit_lines);
    none when the answer's first line is not chosen by it (a decline, a gap, a whole procedure)."""
    if not retrieval.answered or not retrieval.hits:
        return []
    pool, shape, lines, missing = _shaped(retrieval, False)
    if not _leads(shape, lines, missing):
        return []
    return lead.candidates(pool, min(POOL, len(retrieval.hits)), retrieval.query, shape, lines)


def _shaped(retrieval: Retrieval, long: bool) -> tuple[list[Hit], Shape, list[Line], tuple[str, ...]]:
    """The pool of hits an answer quotes, its shape, and the lines the shape's builder chose."""
    q = retrieval.query
    pool = retrieval.hits[:POOL] + [h for h in retrieval.related if h not in retrieval.hits[:POOL]]
    shape = shape_of(q)
    lines, missing = _BUILDERS[shape](pool, q, long)
    if not lines:
        lines = _general(pool, q, long)[0]
    if shape in ("value", "compare") and (differ := _disagreements(pool, q)):
        lines = differ + [ln for ln in lines if ln.hit not in {d.hit for d in differ}]
    return pool, shape, _distinct(lines), missing


def _leads(shape: Shape, lines: list[Line], missing: tuple[str, ...]) -> bool:
    """Whether the lead model chooses the first line: not for a gap ("The guides give no ..."), a
    disagreement between guides, a whole procedure or a literature reference, which open as they are."""
    return (shape not in ("procedure", "reference") and not missing and bool(lines) and lines[0].role != NEXT
            and lines[0].role not in ("gap", "comparison") and not lines[0].text.startswith(DIFFER))


def _label(text: str) -> str:
    """The label an answer put before a line ("What to do: "), or ""."""
    return text[: len(text) - len(_bare(text))]


def _bare(text: str) -> str:
    """A line without the label an answer put before it ("Check first: ", "What to do: ", "Likely cause: ")."""
    for label in ("Check first:", *lead.LABELS.values()):
        text = text.removeprefix(label + " ")
    return text


def _distinct(lines: list[Line]) -> list[Line]:
    """Each thing said once: a line whose words another line of the same passage already quotes is dropped
    ("Grubbs 2nd Gen. — ..." is another row than "Hoveyda-Grubbs 2nd Gen. — ...", though inside it)."""
    out: list[Line] = []
    for ln in lines:
        body = ln.text.split(": ", 1)[-1] if ln.role in ("fix", "cause") else ln.text
        if not any(_same_source(ln, other) and (body in other.text or _within_row(ln, other)) for other in out):
            out = [o for o in out if o.text not in ln.text or o.role == "gap" or not _same_source(ln, o)] + [ln]
    return out


def _within_row(line: Line, other: Line) -> bool:
    """Whether a line quoting cells of a table row says nothing another line of that row does not
    ("CAL-B — Loading: 10-20% w/w" under "CAL-B — Form: Novozym 435; Loading: 10-20% w/w; ...")."""
    if line.hit.passage.kind != "table-row":
        return False
    cells = [c.strip() for c in line.text.split(" — ", 1)[-1].split("; ")]
    return all(c and c in other.text for c in cells)


def _together(a: Passage, b: Passage) -> bool:
    """Whether two passages speak of one thing: the same passage, one problem entry, or one section."""
    return a.id == b.id or same_entry(a, b) or (a.guide == b.guide and a.section == b.section)


def _follow(first: Line, q: Query) -> list[Line]:
    """The sentence of the first line's own passage that best goes on from it (none for a row or a step)."""
    h = first.hit
    if h.passage.kind in ("table-row", "protocol"):
        return []
    every = units(h.passage)
    said = [u for u in every if u.text in first.text]
    if said and (k := said[-1].position + 1) < len(every) and f"{said[-1].text} {every[k].text}" in h.passage.text \
            and not announces(every[k], every, h.passage.text):
        return [Line(every[k].text, h, "answer")]  # the sentence after it in its paragraph goes on from it
    return [Line(u.said, h, "answer") for u in best_units(h, q, 2, focus=True) if u.text not in first.text][:1]


_NAMED_STEP = re.compile(r"\bstep\s+(\d{1,2})\b", re.IGNORECASE)


def _step_first(lines: list[Line], number: str) -> list[Line]:
    """The line quoting the step a question names by its number first, when one does."""
    named = [ln for ln in lines if ln.hit.passage.kind == "protocol" and f", step {number}: " in ln.text]
    return [named[0], *(ln for ln in lines if ln is not named[0])] if named and named[0] is not lines[0] else lines


RUN_ON_CHARS = 400  # two sentences longer than this together stay two lines


def _run_on(lines: list[Line]) -> list[Line]:
    """A line of a problem's fix that gives no instruction, and a later line quoting the instruction that fix
    opens with and it follows ("Charred material ...; discard the fraction" above "Fix: add hot water at
    once ..."): one line, in the guide's order, at the earlier line's place; quoted apart, the answer reads
    backwards and the instruction the guide gives first is pushed down."""
    out = list(lines)
    for a in lines:
        if a not in out or a.hit.passage.kind != "solution" or ACTION.match(_bare(a.text)):
            continue
        i = out.index(a)
        for j in range(i + 1, len(out)):
            b = out[j]
            if not (_same_source(a, b) and ACTION.match(_bare(b.text)) and _opens(a.hit.passage, _bare(b.text))):
                continue
            if (joined := _run_on_before(a.hit.passage.text, _bare(b.text), _bare(a.text))) is not None:
                label = _label(a.text) or _label(b.text)
                label = "" if joined.startswith(label) else label  # "Check first: the reagents. ...": said once
                out[i] = Line(label + joined, a.hit, a.role if label in a.text else b.role)
                del out[j]
                break
    return out


def _row_remedy(line: Line) -> Line | None:
    """A troubleshooting row quoted by its first cell alone, the symptom ("A1 No reaction: aldehyde and iodide
    both unchanged after 16 h", picked for its "16 h"), restates what the chemist saw: the row with its remedy
    and cause instead, on one line. None for any other line."""
    p = line.hit.passage
    if p.kind != "table-row" or not p.items or _bare(line.text) != p.items[0]:
        return None
    cols = role_columns(line.hit)
    if "solution" not in cols:
        return None
    return Line(row_line(p, [cols[r] for r in ("solution", "cause") if r in cols]), line.hit, "fix-row")


def _opens(p: Passage, text: str) -> bool:
    """Whether `text` is the first sentence of its passage (after a run-in label such as "Fix:")."""
    return bool(us := units(p)) and us[0].said == text


def _run_on_before(text: str, first: str, second: str) -> str | None:
    """`first` and `second` as the passage says them, when `second` directly follows `first` on one line."""
    if (k := text.find(first)) < 0:
        return None
    rest = text[k + len(first):]
    gap = len(rest) - len(rest.lstrip(" "))
    if 0 < gap <= 2 and rest[gap:].startswith(second) and len(first) + gap + len(second) <= RUN_ON_CHARS:
        return text[k:k + len(first) + gap + len(second)]
    return None


def _same_source(a: Line, b: Line) -> bool:
    return a.hit.passage.id == b.hit.passage.id


# An empty checkbox opening a checklist's line ("[ ] The urea is dry"), after the line's label if any: the box a
# chemist ticks on paper, not words of the check (a ticked "[x]" says the check was done, and stays).
_UNTICKED = re.compile(r"^((?:[A-Z][\w ]{0,30}: )?)\[ ?\]\s+")


def _answer(question: str, q: Query, lines: list[Line], missing: tuple[str, ...],
            understood_as: str | None, found: Sequence[Hit] = ()) -> Answer:
    numbers: dict[str, int] = {}
    for ln in lines:  # sources numbered in order of first citation
        numbers.setdefault(ln.hit.passage.id, len(numbers) + 1)
    hits = {ln.hit.passage.id: ln.hit for ln in lines}
    out = tuple(AnswerLine(text=_UNTICKED.sub(r"\1", ln.text), cites=(numbers[ln.hit.passage.id],),
                           role=re.sub(r"-(checked|row|all|next)$", "", ln.role)) for ln in lines)
    text = "\n".join(f"{ln.text} [{ln.cites[0]}]" for ln in out)
    cites = tuple(_citation(n, hits[pid], _entry_text(hits[pid].passage, found)) for pid, n in numbers.items())
    # "The guides give no amount for COMU.": what was asked is not there, so the question is not answered,
    # though the nearest fact is shown (the guides cover the topic, not the asked item)
    answered = not (out and out[0].role == "gap")
    return Answer(question=question, answered=answered, answer=text, citations=cites, intent=q.intent,
                  understood_as=understood_as, unmatched_terms=q.unmatched, lines=out, missing=missing)


Built = tuple[list[Line], tuple[str, ...]]



def _entry(pool: list[Hit], top: Hit) -> list[Hit]:
    """The passages of the top hit's problem entry (its symptom, cause and fix), the top hit first."""
    # its labelled parts only: beside a labelled symptom, cause and fix, a section's own text is its introduction
    return [top] + [h for h in pool if h is not top and h.passage.kind in ROLE_KINDS
                    and same_entry(h.passage, top.passage)]



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
            fixes += [Line(u.said, h, "fix") for u in best_units(h, q, 3 if long else 2)]
        elif kind == "cause":
            picked = best_units(h, q, 2)  # its best cause, and a fix its own label names ("Solution: ...")
            fixes += [Line(u.said, h, "fix") for u in picked if unit_role(u, "cause") == "fix"]
            causes += [Line(u.said, h, "cause") for u in picked if unit_role(u, "cause") != "fix"][:1]
        elif kind == "table-row" and (cols := role_columns(h)):
            if "solution" in cols:  # "Dehalogenation — Remedy: ...": the column says what it is
                other.insert(0, Line(row_line(h.passage, [cols["solution"]]), h, "fix-row"))
            if "cause" in cols:
                other.append(Line(row_line(h.passage, [cols["cause"]]), h, "cause-row"))
        elif kind == "protocol":  # the step that answers; for the first check, the guide's first one
            other += _first_step(h) if check_first else _steps(h, q, 1)
        elif kind != "symptom" and check_first:  # the guide's first check: its first sentence that says one
            other += [Line(u.said, h, "answer") for u in first_checks(h, 2)]
        elif kind != "symptom":  # a FAQ answer or a problem's text: what to do first, then why
            chosen = best_units(h, q, 3 if long else 2, focus=True)
            acts = [u for u in best_units(h, q, 6) if ACTION.match(u.text)][:1] if kind in ("faq", "problem") else []
            fixes += [Line(u.said, h, "fix") for u in acts]
            other += [Line(u.said, h, "answer") for u in chosen if u not in acts]
    ordered = (causes + fixes if check_first else fixes + causes) + other
    if not ordered:
        return [], ()
    if check_first and lead.is_check(ordered[0]):
        first = ordered[0]
        ordered[0] = lead.labelled(first, check_first=True)
    ordered = _labelled(ordered, "What to do:", "fix")
    ordered = _labelled(ordered, "Likely cause:", "cause")
    return _more(ordered, pool, q, long), ()


_ENTRY_KINDS = ("solution", "cause", "symptom", "faq", "problem", "table-row", "protocol")
_ACTS = ("fix", "fix-row", "step", "next")


def _fix_of_entry(pool: list[Hit], q: Query, first: Line) -> list[Line]:
    """A reported problem answered without saying what to do ("my lactamization gives oligomers" opening with
    the FAQ's reasons): the fix of the best-ranked problem entry of the same guide among the best three hits
    whose symptom or cause is there, as the second line; none when no such entry has a fix."""
    for h in pool[:3]:
        p = h.passage
        if p.kind not in ("symptom", "cause") or p.guide != first.hit.passage.guide:
            continue
        fix = next((f for f in pool if f.passage.kind == "solution" and same_entry(f.passage, p)), None)
        if fix is not None:
            return [Line(f"What to do: {u.said}", fix, "fix") for u in best_units(fix, q, 1)]
    return []


def _anchor(pool: list[Hit]) -> Hit:
    """The problem entry a problem question matched: the best of the top three that is an entry (a fix,
    cause, symptom, FAQ, problem, row or step), not a section's introduction."""
    guide = pool[0].passage.guide
    return next((h for h in pool[:3] if h.passage.kind in _ENTRY_KINDS and h.passage.guide == guide), pool[0])


def _check_first(pool: list[Hit], q: Query, long: bool) -> Built:
    return _problem(pool, q, long, check_first=True)



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
        if (p.kind == "prose" and top.kind != "prose") or (p.kind == "table-row" and role_columns(h)):
            continue  # a section's introduction, or the row of another problem, adds nothing to this answer
        if p.kind in _ENTRY_KINDS and not _together(p, top) and any(ln.role in ("fix", "fix-row") for ln in lines):
            continue  # the answer says what to do for its problem: another problem's advice would muddle it
        about = set(subjects(q))
        lines += [Line(u.said, h, "answer") for u in best_units(h, q, 1) if about & set(analyzer.terms(u.text))]
    return lines


def _first_step(h: Hit) -> list[Line]:
    """A procedure's first step, with its name (the guide's order is the order to check things in)."""
    p = h.passage
    return [Line(step_line(p, u), h, "step") for u in units(p)[:1]]


def _steps(h: Hit, q: Query, k: int) -> list[Line]:
    """The k steps of a procedure that best answer the question, each with its procedure's name."""
    p = h.passage
    return [Line(step_line(p, u), h, "step") for u in best_units(h, q, k)]



def _step(pool: list[Hit], q: Query, long: bool) -> Built:
    guide = _anchor(pool).passage.guide  # a step of the matched guide's own procedure, or no step at all
    protocols = [h for h in _protocols(pool) if h.passage.guide == guide]
    if not protocols:
        return _problem(pool, q, long)
    if (m := ASKS_NEXT.search(q.text)) and (line := _next_step(protocols[0], q.text[: m.start()], role=NEXT)):
        return [line], ()  # "added the DAST at -78, what next?": the step after the one reported opens
    if _ASKS_DO.search(q.text) and (m := _AFTER.search(q.text)) \
            and (line := _next_step(protocols[0], m.group(2), m.group(1), NEXT)):
        return [line], ()  # "what do I do after the 30 min stir": the step after it, not the stir again
    return _steps(protocols[0], q, 2 if long else 1), ()


# "what do I add after the oxalyl chloride": the step after the one that adds it ("before": the one before).
# Only a question that asks what to do or add: "how do I remove the THF after the hydrolysis" asks for the
# removal step, and "what should I check before running a sample" for the checks, not the step before.
_ASKS_DO = re.compile(r"\bwhat\s+(?:do|should|can|must|shall)\s+(?:i|we|you)\s+(?:then\s+)?(?:do|add)\b",
                      re.IGNORECASE)
_AFTER = re.compile(r"\b(after|before)\s+(?:the\s+|adding\s+(?:the\s+)?|i\s+add\s+(?:the\s+)?)?(.{3,60})",
                    re.IGNORECASE)


# A step that opens with the state it follows: "When the ester has gone, ...", "Once the gas stops, ..."
_ONCE = re.compile(r"\s*(when|once|after|as soon as|if)\b[^,;:]{3,80}[,;:]", re.IGNORECASE)


def _next_step(h: Hit, done: str, direction: str = "after", role: str = "step") -> Line | None:
    """The step after (or before) the one of procedure `h` that best matches `done`, as a line of `role`."""
    p = h.passage
    target = set(analyzer.terms(done))
    overlap = [len(target & set(analyzer.terms(step))) for step in p.items]
    if not target or max(overlap, default=0) == 0:
        return None
    best = overlap.index(max(overlap))
    # "ester gone, what next": "When the ester has gone, remove the THF" is itself the thing to do next
    if role == NEXT and (m := _ONCE.match(p.items[best])) and len(target & set(analyzer.terms(m.group(0)))) * 2 \
            >= overlap[best]:
        return Line(step_line(p, Unit(p.items[best], best, "step")), h, role)
    k = best + (1 if direction.lower() == "after" else -1)
    if not 0 <= k < len(p.items):
        return None
    u = Unit(p.items[k], k, "step")
    return Line(step_line(p, u), h, role)


def _how(pool: list[Hit], q: Query, long: bool) -> Built:
    """'How do I X': the whole procedure when X is what the procedure is for (its title and section say
    so), the one step when X is one operation in it ("how do I quench the RCM")."""
    protocols = _protocols(pool)
    if not protocols:
        return _problem(pool, q, long)
    p = protocols[0].passage
    about = set(subjects(q))
    named = set(analyzer.terms(" ".join((p.title, *p.section))))
    title = len(about & named)
    step = max(len(about & set(analyzer.terms(s))) for s in p.items)
    # "how do I change a glove" under "Changing a glove": the operation asked (the question's first word of
    # substance) is what the procedure is for, though a step names as many of the question's words
    operation = next((t for t in analyzer.terms(q.text) if t in about), "")
    whole = title > step or (title == step and operation in named)
    return _procedure(protocols, q, long) if whole else _step(pool, q, long)


def _protocols(pool: list[Hit]) -> list[Hit]:
    """The procedures of the matched guide among the hits, by rank (another guide's procedure is for another
    reaction)."""
    guide = _anchor(pool).passage.guide
    return [h for h in pool if h.passage.kind == "protocol" and h.passage.items and h.passage.guide == guide]


def _procedure(pool: list[Hit], q: Query, long: bool) -> Built:
    protocols = _protocols(pool)
    if not protocols:
        return _problem(pool, q, long)
    h = protocols[0]
    p = h.passage
    body = [ln for ln in p.text.split("\n")[1:] if ln.strip()]
    if not body:
        return [], ()
    # its first step opens it, under the procedure's name: the first line says what to do
    return [Line(f"{procedure_name(p)}: {body[0]}", h, WHOLE)] + [Line(s, h, WHOLE) for s in body[1:]], ()


def _value(pool: list[Hit], q: Query, long: bool) -> Built:
    """The value of the asked kind for the asked thing, first; else say the guides lack it, then the nearest."""
    asked = asked_types(q)
    mask = sum(1 << TYPES.index(t) for t in asked)
    about = set(subjects(q))
    # A value belongs to a reagent or reaction: when the question names one ("LiAlH4", "COMU", "DMSO"),
    # a line about another one never answers it, however many other words it shares.
    reagents = asked_reagents(q, about)
    names = reagent_names(q, reagents)
    counted = "amount" in asked  # "how many readings": "5 readings" is the amount

    def states_asked(text: str, header: tuple[str, ...] = (), cells: tuple[str, ...] = ()) -> bool:
        return not mask or bool(states(text, header, cells) & mask) or (counted and counts(text, about))

    scored: list[tuple[float, Line, bool]] = []
    for rank, h in enumerate(pool):
        p = h.passage
        cands: list[tuple[str, str, float]] = []
        if p.kind == "table-row" and p.items:
            cells = [p.items[i] if i < len(p.items) else "" for i in range(len(p.header))]
            cols = [i for i in range(1, len(p.header))  # the amounts, and the cells the question names
                    if QUANTITY.search(cells[i]) or counted and counts(cells[i], about)
                    or about & set(analyzer.terms(p.header[i]))]
            # a table whose first column is the conditions ("KOTMS (1.5-3 equiv), dry THF") holds the value there
            if cols or QUANTITY.search(p.items[0]) or counted and counts(p.items[0], about):
                cands.append((row_line(p, cols), "value", 1.0))
        else:
            sims = h.unit_scores if len(h.unit_scores) == len(units(p)) else (0.0,) * len(units(p))
            us = units(p)
            for u in with_antecedents([u for u in us if not ANAPHOR.match(u.text) or u.position == 0]
                                       + [u for u in us if ANAPHOR.match(u.text) and u.position > 0], us, p.text):
                if (QUANTITY.search(u.text) or counted and counts(u.text, about)) and states_asked(u.text):
                    text = step_line(p, u) if u.kind == "step" else u.said
                    cands.append((text, "value", unit_score(u, q.weighted_terms, sims[u.position])))
        for text, role, s in cands:
            on = on_topic(text, p, reagents, about, names)
            fits = states_asked(text, p.header, p.items)
            named = p.kind == "table-row" and any(re.search(intent.ANSWER_TYPES[t], p.title.lower()) for t in asked)
            # the line that names the asked reagent itself, over one that borrows it from its procedure
            said = set(analyzer.terms(text))
            own = p.kind != "table-row" and any(r in said or r in names and names[r] <= said for r in reagents)
            bonus = ((1.0 if on else 0.0) + (0.5 if fits else 0.0) + (0.5 if named or own else 0.0)
                     + 0.5 * near_amount(text, about))
            standard = 0.3 if p.kind in ("table-row", "protocol") else 0.0  # a fix's value is for a repeat
            scored.append((s + bonus + standard - 0.15 * rank, Line(text, h, role), on and fits))
    scored.sort(key=lambda x: -x[0])
    good = [ln for _, ln, ok in scored if ok]
    good = [ln for ln in good if ln.hit.passage.guide == pool[0].passage.guide] or good  # the matched guide's first
    if good:
        first = good[0].hit.passage.guide
        return [ln for ln in good if ln.hit.passage.guide == first][: 3 if long else 2], ()
    if q.intent != "quantity" and not intent.wh_types(q.text):
        return _problem(pool, q, long)  # an amount named in passing ("retention times creeping"), not asked for
    what = " and ".join(TYPE_NOUNS[t] for t in asked) or "value"
    seen = {t for h in pool for t in analyzer.terms(h.passage.text)}
    words = [w for w in re.findall(r"[\w()\-/.]+", q.text) if analyzer.terms(w)]
    thing = " ".join(dict.fromkeys(w for w in words if analyzer.terms(w)[0] in reagents | (about & seen)))
    if not thing:  # nothing the question names is in the passages: a gap would be a guess, the best match answers
        return _general(pool, q, long)
    related = [h for h in pool if (reagents or about) & set(analyzer.terms(h.passage.text + " " + h.passage.title))]
    # The nearest fact is about the asked thing; a value of another reagent is never offered, even labelled.
    nearest = _general(related, q, long)[0][:1] if related else []
    gap = Line(f"The guides give no {what} for {thing}.", nearest[0].hit if nearest else pool[0], "gap")
    near = [Line(f"Nearest: {ln.text}", ln.hit, "nearest") for ln in nearest]
    return [gap, *near], (f"{what} for {thing}",)




def _compare(pool: list[Hit], q: Query, long: bool) -> Built:
    """The rows of the things compared, side by side; a guide's own verdict between them first."""
    about = set(subjects(q))
    rows = _compared_rows([h for h in pool if h.passage.kind == "table-row" and h.passage.items], q)
    verdicts = [Line(u.said, h, "comparison") for h in pool[:3] if h.passage.kind != "table-row"
                for u in units(h.passage) if _PREFERS.search(u.text) and len(set(analyzer.terms(u.text)) & about) >= 2
                and not u.text.rstrip().endswith("?")]  # the guide's own "Would it be better to ...?" asks, not says
    lines = verdicts[:1] + [Line(row_line(h.passage), h, "comparison") for h in rows[:2]]
    return (lines, ()) if lines else _general(pool, q, long)


def _compared_rows(rows: list[Hit], q: Query) -> list[Hit]:
    """For each thing the question names, the table row whose label is most wholly made of it, by the
    word or by what the word means ("G2" -> "Grubbs 2nd Gen.", "HG2" -> "Hoveyda-Grubbs 2nd Gen.")."""
    out: list[Hit] = []
    for named in q.word_terms:
        best, key = None, (0.0, 0)
        for h in rows:
            label = set(analyzer.terms(h.passage.items[0]))
            share = len(label & named) / len(label) if label else 0.0
            if (share, len(label & named)) > key:
                best, key = h, (share, len(label & named))
        if best is not None and key[0] >= 0.5 and best not in out:
            out.append(best)
    return out


_PREFERS = re.compile(r"\b(prefer\w*|better|best|superior|recommended|faster|slower|milder|more|less|rather than|"
                      r"mildest|safest|cleanest|simplest|easiest|fastest|most reliable|"
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
        lines = [Line(u.said, top, "answer") for u in best_units(top, q, 3 if long else 2, focus=True)]
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


def _entry_text(p: Passage, found: Sequence[Hit]) -> str:
    """A cited passage's text; for a part of a troubleshooting entry (its symptom, cause, fix or a bench
    note's observation), the parts of that entry the retrieval found, in the guide's order, under the entry's
    name (its heading): the fix is shown with the problem it fixes."""
    parts = {h.passage.id: h.passage for h in found if same_entry(h.passage, p)} | {p.id: p}
    if any(x.kind == "symptom" for x in parts.values()):  # beside a labelled symptom, a section's own text is
        parts = {k: x for k, x in parts.items() if x.kind in ROLE_KINDS or x is p}  # its introduction
    text = "\n".join(x.text for x in sorted(parts.values(), key=lambda x: (x.pages, x.lines)))
    # the entry's name, which its heading holds ("Black precipitate within 15 min." set in bold over its text)
    name = (p.section[-1] if p.kind == "problem" else
            p.section[-2] if p.kind in ROLE_KINDS and len(p.section) > 1 else "")
    return f"{name}\n{text}" if name and text.split("\n", 1)[0] != name else text


def _citation(n: int, h: Hit, text: str | None = None) -> Citation:
    p = h.passage
    return Citation(n=n, guide=p.guide, guide_title=p.guide_title, section=p.section_path, kind=p.kind,
                    lines=p.lines, score=h.score, text=p.text if text is None else text, id=p.id, matched=h.matched,
                    format=p.format, location=p.location, pages=p.pages)


def _decline(question: str, r: Retrieval, understood_as: str | None) -> Answer:
    """"The guides don't cover this.", the words no passage has (not everyday ones: "goes anywhere" says nothing
    about what is missing), and the closest sections: the best three that share a word with the question (a
    section sharing none is not close, only the least far)."""
    parts = [NOT_COVERED]
    if missing := [w for w in r.query.unmatched if w not in r.query.common]:
        parts.append(f"No passage matched: {', '.join(dict.fromkeys(missing))}.")
    close = [h for h in r.hits[:3] if h.matched]
    if close:
        parts.append("Closest sections, perhaps you meant one of these:")
        parts += [f"{h.passage.section_path} [{n}]" for n, h in enumerate(close, 1)]
    cites = tuple(_citation(n, h) for n, h in enumerate(close, 1))
    return Answer(question=question, answered=False, answer="\n".join(parts), citations=cites,
                  intent=r.query.intent, understood_as=understood_as, unmatched_terms=r.query.unmatched)
