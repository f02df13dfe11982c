"""Quotable lines: the units of a passage an answer may open with or add, how well each answers a question,
and the sentence shapes that decide whether a unit can stand alone (a preamble, a back-reference, an
instruction). Shared by the answer's builders (compose) and the choice of its first line (lead)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.corpus import analyzer, roles
from assistant.corpus.amounts import QUANTITY, is_unit
from assistant.corpus.topics import topic_of
from assistant.corpus.units import Unit, units
from assistant.models import Hit, Passage
from assistant.retrieval.retriever import Query

UNIT_SIM_WEIGHT = 2.0
NEXT_TO_BEST = 0.3  # how much the sentence after the best one (in its paragraph) counts more as the next quoted
WEAK_SHARE = 0.3  # a further sentence scoring less than this share of the best one is not quoted


@dataclass(frozen=True)
class Line:
    text: str
    hit: Hit
    role: str


def unit_score(u: Unit, terms: dict[str, float], sim: float) -> float:
    """How well a unit answers: share of the question's weighted terms it contains + its dense similarity."""
    ts = set(analyzer.terms(u.said))
    total = sum(terms.values()) or 1.0
    return sum(w for t, w in terms.items() if t in ts) / total + UNIT_SIM_WEIGHT * sim - 0.02 * u.position


# A sentence that only announces what follows ("... are often attributed to a few key factors.") says nothing
# a chemist can act on; it is quoted only when nothing else is left.
PREAMBLE = re.compile(r"\b(a few|several|some|a number of|the following|two|three|many) (key |main |common |"
                      r"important )?(factors|reasons|causes|things|points|issues|aspects|steps)\b\.?$|:$",
                      re.IGNORECASE)
# ... or points at what comes ("go through these five points", "these two explain most failures")
_POINTS_TO_COME = re.compile(r"\bthese (?:two|three|four|five|six|seven|eight|few)\b(?: (?:key |main )?(?:points|"
                             r"things|checks|questions|steps|causes|reasons|factors)\b| (?:explain|account|cover)\b)",
                             re.IGNORECASE)
# a question a guide asks the reader to check ("Is the reagent a free-flowing powder?"): for "what should I check
# first" it answers
CHECK_QUESTION = re.compile(r"^(?:is|are|was|were|has|have|does|did|do|can|could)\b[^?]{8,}\?$", re.IGNORECASE)


# A line that says what to look at: "Check that ...", "Make sure ...", "Is the balloon still full?"
_CHECK_VERBS = (r"check|verify|confirm|make sure|ensure|inspect|test|titrate|measure|look (at|for)|see (if|whether)|"
                r"compare|record|spot|run an? (\S+ )?(nmr|tlc|lc-?ms|blank|control)")
CHECKS = re.compile(rf"\b({_CHECK_VERBS})\b|^(is|are|was|were|has|have|does|did)\b", re.IGNORECASE)
# a line that opens by saying what to check: "Check that ...", "Before changing anything, run a 1H NMR ...",
# "Is the balloon still full?"
CHECK_START = re.compile(rf"^(?:(?:before|first|when|if)\b[^,]{{0,40}},\s*)?(?:{_CHECK_VERBS})\b|"
                          rf"^(is|are|was|were|has|have|does|did)\b.*\?$", re.IGNORECASE)



def announces(u: Unit, every: list[Unit], text: str, checks: bool = False) -> bool:
    """Whether a unit only announces or asks, and says nothing to act on: a preamble ("... a few key
    factors.", "go through these five points"), a question the guide puts to the reader ("Want the axial
    alcohol?"), or a list's heading standing on its own line ("Ligand by amine class") above the items that
    answer. `checks`: the question asks what to check, so a check put as a question ("Is the NBS white?") says."""
    t = u.text.rstrip()
    asks = t.endswith("?") and not (checks and CHECK_QUESTION.match(t))
    if PREAMBLE.search(t) or _POINTS_TO_COME.search(t) or asks:
        return True
    heading = (u.position + 1 < len(every) and not re.search(r"[.!;:)\]]$", t) and len(t.split()) <= 6
               and not QUANTITY.search(t) and not ACTION.match(t))
    return heading and t in _bare_lines(text)


_LEADING = re.compile(r"^\W+")  # a list marker or indentation before a line's words


@lru_cache(maxsize=256)
def _bare_lines(text: str) -> frozenset[str]:
    """A passage's lines without list markers or indentation (computed once per passage)."""
    return frozenset(_LEADING.sub("", line).strip() for line in text.split("\n"))


def best_units(h: Hit, q: Query, k: int = 1, focus: bool = False) -> list[Unit]:
    """The k units of a hit that best answer the question, in passage order, each with what it refers to;
    `focus`: after the best sentence, the sentences that go on about it rather than others sharing a word."""
    every = units(h.passage)
    us = [u for u in every if not announces(u, every, h.passage.text)] or every
    sims = h.unit_scores if len(h.unit_scores) == len(every) else (0.0,) * len(every)
    score = {u.position: unit_score(u, q.weighted_terms, sims[u.position]) for u in us}
    ranked = sorted(us, key=lambda u: -score[u.position])
    if focus and ranked and k > 1 and ranked[0].kind == "sentence":
        # after the best sentence, the one after it in its paragraph first: it goes on about what the best one
        # says; a sentence further off that shares a word is often about something else ("... with nitrobenzene
        # go to the waste"), and one that answers far less than the best one is left out
        top = ranked[0]
        follows = {u.position for u in ranked[1:] if u.position == top.position + 1 and f"{top.text} {u.text}"
                   in h.passage.text}
        ranked = ranked[:1] + sorted((u for u in ranked[1:] if u.position in follows
                                      or score[u.position] >= WEAK_SHARE * score[top.position]),
                                     key=lambda u: -score[u.position] - NEXT_TO_BEST * (u.position in follows))
    return sorted(with_antecedents(ranked[:k], every, h.passage.text), key=lambda u: u.position)


# A sentence that points back ("This strategy ...", "Secondly, ...", "To mitigate this, ...") means nothing
# alone: it is quoted with the sentence before it, when the two stand together verbatim in the passage.
ANAPHOR = re.compile(r"^(this|these|such|it|they|secondly|thirdly|finally|additionally|also|however|"
                     r"to (mitigate|avoid|prevent|address) (this|these|it)|in this case|otherwise)\b", re.IGNORECASE)


# A sentence that gives a reason or a consequence: what a "why" asks, and what a reported problem needs only
# after its fix ("... leading to dimers", "because the block leads the sample", "the faster ..., the bigger").
EXPLAINS = re.compile(r"\b(because|due to|caused by|causes?|leads? to|leading to|led to|results? (from|in)|"
                      r"resulting in|attributed to|owing to|the reason|responsible for|is why|as a result|therefore|"
                      r"hence|which means|means that|so that|otherwise|"
                      r"the (faster|slower|higher|lower|more|less)\b.{0,40}\bthe)\b", re.IGNORECASE)


# A guide's short verdict before its reason ("Yes.", "Usually not.", "No, but ..."): said with the sentence after it.
VERDICT = re.compile(r"^(?:yes|no|usually(?: not)?|generally(?: not)?|not usually|rarely|often|sometimes|it depends|"
                     r"in short|not really|definitely(?: not)?)[.!]?$", re.IGNORECASE)


def with_antecedents(chosen: list[Unit], us: list[Unit], text: str) -> list[Unit]:
    out: list[Unit] = []
    for u in chosen:
        if any(u.text in v.text for v in out):
            continue  # already quoted as what another chosen sentence refers back to
        if u.kind == "sentence" and VERDICT.match(u.text) and u.position + 1 < len(us):
            u = us[u.position + 1]  # a verdict alone says nothing: it opens the sentence after it (below)
        while u.kind == "sentence" and u.position > 0 and (ANAPHOR.match(u.text)
                                                           or VERDICT.match(us[u.position - 1].text)):
            prev = us[u.position - 1]
            joined = f"{prev.text} {u.text}"
            if joined not in text:
                break
            out = [v for v in out if v.position != prev.position]
            u = Unit(joined, prev.position, u.kind, label=prev.label)
        if all(v.position != u.position for v in out):
            out.append(u)
    return out


def role_columns(h: Hit) -> dict[str, int]:
    """A table row's columns named for a role ("Remedy" -> solution, "Likely cause" -> cause)."""
    return {role: i for i, name in enumerate(h.passage.header) if i and (role := roles.column(name))}


# A sentence that tells the chemist to do something: it opens with a verb of the bench in the imperative
# ("Degas the amine", "Use the heptahydrate", "Buffer at least 1.5 pH units away") or with never/always/do not.
ACTION = re.compile(
    r"^(?:\w+:\s+)?(?:first,?\s+|then,?\s+|instead,?\s+)?"
    # "Before running a sample, refill ...", "If the rack is empty, refill ...", "To avoid it, use ...": a clause
    # that sets when or why (or two: "If the alarm goes off, or if you feel dizzy, leave ..."), then the instruction
    r"(?:(?:(?:or|and)\s+)?(?:before|after|if|when|once|whenever|while|during|for|to|on|in case)\b[^,;:.]{2,60},\s+)"
    r"{0,2}"
    r"(add|use|run|keep|check|remove|replace|dry|degas|sparge|filter|"
    r"wash|quench|heat|warm|cool|chill|stir|purge|dilute|switch|change|buffer|increase|decrease|lower|raise|reduce|"
    r"avoid|try|store|test|titrate|distil|distill|recrystalli[sz]e|evaporate|concentrate|extract|flush|reverse|repeat|"
    r"make|prepare|weigh|clean|rinse|open|close|wait|protect|start|stop|let|adjust|evacuate|fill|install|set|apply|"
    r"perform|ensure|consider|do not|don't|never|always|work|pre-treat|pretreat|treat|swap|go|shorten|lengthen|"
    r"extend|monitor|follow|remake|re-run|rerun|spot|measure|record|drop|slow|lengthen|saturate|basify|acidify|"
    r"neutrali[sz]e|centrifuge|sonicate|scratch|seed|redissolve|reheat|vent|tighten|bake|activate|discard|"
    # more lab instructions (words that are mostly nouns - column, order, tap, seal, charge - are left out)
    r"(?:double|halve|triple)(?= (?:the|your|it|its|this|that)\b)|freeze(?!-)|press|grind|regrind|pass|elute|"
    r"purify|dissolve|take|put|place|transfer|pour|shake|tell|call|inform|notify|contact|"
    r"separate|decant|triturate|thaw|flame-dry|bubble|clamp|lift|move|turn|leave|allow|inject|suspend|"
    r"resuspend|lyophili[sz]e|collect|isolate|repack|recalibrate|calibrate|reseat|refill|top up|backflush|"
    r"precipitate|crystalli[sz]e|wrap|shield|dispose|wipe|soak|scrub|boil|reflux|predry|pre-dry|sieve|crush|"
    r"vortex|invert|swirl|tare|re-zero|retitrate|re-titrate|redo|choose|select|skip|omit|combine|premix|"
    r"pre-mix|equilibrate|prime|drip|protonate|deprotonate|recharge|regenerate|re-?weigh|re-?check|re-?test|"
    r"re-?inject|re-?dry|re-?distil|re-?crystalli[sz]e|re-?purify|re-?filter|re-?dissolve|re-?degas|re-?cool|"
    r"re-?heat|re-?stir|re-?add|re-?make|re-?prepare|re-?measure|re-?run|re-?start|re-?fill|re-?place)\b",
    re.IGNORECASE)


def first_checks(h: Hit, k: int) -> list[Unit]:
    """The guide's first check in a passage and what follows it: k units from the first that says what to check
    (from the first that is not a preamble when none does), with what they refer to."""
    every = units(h.passage)
    said = [u for u in every if not announces(u, every, h.passage.text, checks=True)]
    start = next((n for n, u in enumerate(said) if CHECK_START.search(u.text)), 0)
    return with_antecedents(said[start:start + k], every, h.passage.text)


def step_number(text: str, u: Unit) -> str:
    m = re.search(rf"(?m)^(\d+)\. {re.escape(u.text)}", text)
    return m.group(1) if m else str(u.position + 1)


def step_line(p: Passage, u: Unit) -> str:
    """A procedure's step as an answer quotes it: "Protocol name, step 4: Quench with ..."."""
    return f"{procedure_name(p)}, step {step_number(p.text, u)}: {u.text}"


def procedure_name(p: Passage) -> str:
    """What a procedure is called: its title, or, where the title is the sentence that leads into its list
    ("The following procedure ... works for most substrates."), the heading it stands under."""
    title = p.title.rstrip(":").strip()
    if len(title) <= _NAME_CHARS and not title.endswith("."):
        return title
    heads = [h.rstrip(":").strip() for h in p.section if h.strip() and h.strip() != p.title.strip()]
    short = [h for h in heads if len(h) <= _NAME_CHARS and not h.endswith(".")]
    return short[-1] if short else title


_NAME_CHARS = 80  # a longer title is a sentence, not a name


# A reagent's or compound's name: capitals after the first letter or digits in a word ("LiAlH4", "COMU",
# "Pd(PPh3)4", "TBSCl", "DMSO"), not an ordinary word.
ENTITY = re.compile(r"^(?=.*[A-Za-z])(?:.+[A-Z].*|.*\d.*[A-Za-z].*|.*[A-Za-z].*\d.*)$")

def on_topic(text: str, p: Passage, reagents: set[str], about: set[str],
             names: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether a line holding a value is about what was asked, so its value may answer.

    With a reagent or compound named, the line (or its passage's title and section) must name it, or the
    line names no compound of its own, its passage names the asked one and the line shares one of the
    question's other words ("Use methanol ... at 0.05-0.2 M" under Pd/C, for "conc for Pd/C
    hydrogenation?"). Without one, the line shares any word of what the question is about. A reagent is also
    named by the words its abbreviation stands for (`names`: "KF" in a guide titled "Karl Fischer ...")."""
    if not about:
        return True
    heads = p.section[-2:]
    if p.kind == "table-row":
        text = p.text  # a row is one record: it is about everything its cells name, not only the value's cell
        heads = (*topic_of(p)[-1:], *heads)  # and about the heading its table sits under
    ts = set(analyzer.terms(text)) | set(analyzer.terms(" ".join((p.guide_title, p.title, *heads))))
    if not reagents:
        return bool(about & ts)
    names = names or {}

    def named(r: str, terms: set[str]) -> bool:
        return r in terms or (r in names and names[r] <= terms)

    if any(named(r, ts) for r in reagents):
        return True
    own = [w for w in re.findall(r"[\w()/%-]+", text) if ENTITY.search(w) and not is_unit(w.strip("()"))
           and not re.fullmatch(r"[\d.,()/%-]+[A-Za-z]{0,3}", w)]
    whole = set(analyzer.terms(p.text))
    return not own and bool((about - reagents) & ts) and all(named(r, whole) for r in reagents)


# The line role a passage kind or a sentence's own label gives: a solution's line is a fix, a cause's a cause.
LINE_ROLES = {"solution": "fix", "cause": "cause"}


def unit_role(u: Unit, default: str) -> str:
    """A line's role: the one its own label gives ("Solution: ..." inside a cause is a fix), else `default`."""
    return LINE_ROLES.get(u.role, default)


def near_amount(text: str, about: set[str]) -> float:
    """1 when a word of what the question is about stands within four words before an amount
    ("HATU (1.05 equiv)"), not across the sentence ("slower than HATU ... needs 1.5 equiv")."""
    for m in QUANTITY.finditer(text):
        before = analyzer.terms(" ".join(text[: m.start()].split()[-4:]))
        if about & set(before):
            return 1.0
    return 0.0


_COUNT = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(\w+)", re.IGNORECASE)


def counts(text: str, about: set[str]) -> bool:
    """Whether a line counts a thing the question is about ("5 readings" for "how many readings")."""
    return any(set(analyzer.terms(m.group(2))) & about for m in _COUNT.finditer(text))


def asked_reagents(q: Query, about: set[str]) -> set[str]:
    """The terms of the reagents or compounds a question names (ENTITY words) among what it is about, with
    the formulas the vocabulary gives for them ("LAH" is also "LiAlH4")."""
    named = {t for w in re.findall(r"[\w()/-]+", q.text) if ENTITY.search(w) for t in analyzer.terms(w)} & about
    formulas = {t for m in q.expansions for w in re.findall(r"[\w()/-]+", m) if ENTITY.search(w)
                for t in analyzer.terms(w)}
    return named | {t for ts in q.word_terms if ts & named for t in ts & formulas}


def reagent_names(q: Query, reagents: set[str]) -> dict[str, frozenset[str]]:
    """For each asked reagent that is a vocabulary abbreviation, the first two words of what it stands for,
    which name it as well as the abbreviation does ("KF": karl, fischer; "STAB": sodium, triacetoxyborohydride)."""
    out: dict[str, frozenset[str]] = {}
    for m in q.expansions:
        head = frozenset(analyzer.terms(m)[:2])
        for ts in q.word_terms:
            if head and head <= ts:
                for r in sorted(reagents & ts - head):
                    out.setdefault(r, head)
    return out
