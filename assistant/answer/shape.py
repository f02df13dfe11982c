"""What was asked, as the shape of its answer: a problem gets the fix first, a value the value, a step that
step, a procedure its steps, a comparison the rows side by side. Read from the question's wording only."""

from __future__ import annotations

import re
from typing import Literal

from assistant.corpus import analyzer
from assistant.retrieval import intent
from assistant.retrieval.retriever import Query

Shape = Literal["problem", "check_first", "value", "step", "procedure", "how", "compare", "reference", "general"]

# "what do I add after the oxalyl chloride", "what next?", "when can I warm it up", "do I cool it before
# quenching": the step asked for. "... smells of cabbage after my swern" reports a problem, not a step:
# a word of sequence asks for a step only in a question that starts as one and reports nothing.
_STEP_ASK = re.compile(r"\b(what (do|should|can) i (add|do)|what'?s next|what next|then what|what now|now what"
                       r"|what then|next step"
                       r"|which step|step \d+|when (do|can|should) i|at what point)\b", re.IGNORECASE)
# "what next?", "X done - next?", "what now": the step after the one the question reports
ASKS_NEXT = re.compile(r"\b(what'?s next|what next|what is next|then what|what now|now what|what then"
                       r"|what do i do (now|next)|next step)\b|(^|[-,;:]\s*)next\s*\??\s*$", re.IGNORECASE)
# "what does E-101 mean", "meaning of error 42", "what is E-101 on the KF", "E-102 ?": what a code or a
# name says, before what to do about it
_CODE = r"(?-i:[A-Z]{1,4}-?\d{1,4})"  # "E-101", "E01", "F3": capitals and digits
# a table column of codes or displays ("Code", "Error", "Display", "Alarm", "LED"): its cells name what an
# instrument shows, not a reagent
CODE_COLUMN = re.compile(r"\b(codes?|errors?|error codes?|displays?|display shows|alarms?|messages?|status|"
                         r"indicators?|LEDs?|lights?|signals?|warnings?|faults?)\b", re.IGNORECASE)


def names_code(label: str, header: str, asked: str) -> bool:
    """Whether a question names a row by the code an instrument shows: "E05 came up" for the row "E05", "blue
    NIGHT light" for the row "NIGHT (blue light)" of a "Display" column; its letters as they are shown."""
    code = re.match(rf"\s*({_CODE}|(?-i:[A-Z]{{3,}}))\b", label)
    if code is None or not (re.fullmatch(rf"\s*{_CODE}\s*", label) or CODE_COLUMN.search(header)):
        return False
    return re.search(rf"(?<![\w-]){re.escape(code.group(1))}(?![\w-])", asked) is not None
ASKS_MEANING = re.compile(rf"\bwhat (?:does|do|did|is|are)\b.{{0,40}}\b(?:mean|means|stand for|indicate|signify)\b"
                          rf"|\bmeaning of\b|^\s*what(?:'s| is| are)\s+(?:an? |the )?(?:error |code |alarm )?{_CODE}\b"
                          rf"|^\s*(?:error |code |alarm )?{_CODE}\s*\??\s*$", re.IGNORECASE)
# "which Cl goes first", "how pure is the mCPBA", "where does the waste go": a fact asked for, not a problem
# reported; "what should I do", "what can I use instead" ask what to do, and "what's wrong" the cause.
ASKS_FACT = re.compile(r"^(?!.*\bwhat(?:'s| is)? (?:should|can|could|do|would|must|wrong)\b)"
                       r".*(\b(?:what|which|where|who|whose)\b|\bhow (?!(?:do|can|could|should|would|to|come)\b)\w+)",
                       re.IGNORECASE)
_SEQUENCE = re.compile(r"\b(after|before|then|next|once|until)\b", re.IGNORECASE)
_ASKS = re.compile(r"^\s*(what|when|how|do|does|should|can|must|is|are|which|where)\b", re.IGNORECASE)

# "give me the protocol", "step by step procedure for X", "how do I run X": the whole procedure
_WHOLE = re.compile(r"\b(protocol|procedure|step[- ]by[- ]step|all (the )?steps|recipe|how (do|should) (i|we) "
                    r"(run|set up|carry out|perform|do))\b", re.IGNORECASE)
# Words that ask for a value rather than name what it is of ("how much HATU": HATU is the thing).
_VALUE_WORDS = frozenset(analyzer.terms(
    "how much many long hot cold warm temperature temp time duration equivalents equivalent equiv eq eqs "
    "loading concentration conc dilution molarity amount ratio range typical value minutes hours mol "
    "percent what which should use need best right optimal ideal"))
# "... at reflux gave the saturated alcohol", "stirred overnight and it stalled": a report of what happened
# names an amount's kind in passing; what went wrong is asked, not the amount (unless a wh-phrase asks it).
_REPORT = re.compile(r"\b(gave|gives|giving|got|went|turned|turns|stall(s|ed|ing)?|fail(s|ed|ing)?|won'?t|"
                     r"doesn'?t|didn'?t|instead|mostly|lost|gone|decompos\w*|no (product|reaction|conversion))\b",
                     re.IGNORECASE)
# What only an observation says ("still there", "shoots up", "died halfway", "zero conversion"): in a sentence
# that does not open as a question, a report; "what do I set it to so it stops overshooting" still asks.
_OBSERVED = re.compile(r"\b(can'?t|isn'?t|aren'?t|wasn'?t|nothing|still|stuck|stopped|stops|keeps|barely|hardly|"
                       r"untouched|unchanged|overshoots|overshot|overshooting|shoots?|shot|jumped|jumps|crash\w*|"
                       r"disappear\w*|fad(e|es|ed|ing)|died|dies|dying|dropped|drops|creep\w*|climb\w*|caked|caking|"
                       r"foam(s|ed|ing)|never|no longer|worse|fell apart|falls apart|zero conversion|"
                       r"stays|stayed)\b", re.IGNORECASE)
# Conditions a report states in passing ("after 6 h reflux", "overnight", "every time", "at -20", "after a day"):
# what was done, not a kind of amount asked for.
_STATED = re.compile(r"\b(every (single )?(time|hour|day)|(after|for|over|during|within|in|at|from|since|by|even at)"
                     r"\s+(about |around |roughly |only |a |an |the |half an? |a whole |a few |several |\d[\d.,]*\s*)*"
                     r"(hours?|hrs?|h|minutes?|mins?|days?|nights?|weeks?|overnight|reflux|rt|room temp\w*|"
                     r"-?\d+\s*(°\s*c|c|degrees)?)|overnight|next day)(?!\w)", re.IGNORECASE)
# "why does heating faster give a wrong melting point": a reason is asked, though "heating" names a temperature
_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
TYPE_NOUNS = {"amount": "amount", "temperature": "temperature", "duration": "time", "concentration": "concentration"}


def _asks_step(text: str) -> bool:
    """Whether the question asks for a step of a procedure (see _STEP_ASK)."""
    return bool(_STEP_ASK.search(text) or (_SEQUENCE.search(text) and _ASKS.match(text)
                                           and not _REPORT.search(text)))


def _reports(text: str) -> bool:
    """Whether a question reports what happened ("stalled at 50%", "still there after a day at -20")."""
    return bool(_REPORT.search(text) or (_OBSERVED.search(text) and not _ASKS.match(text)))


def _names_a_value(q: Query) -> bool:
    """Whether a question without a wh-phrase names a kind of amount as what it is about ("HATU eq?", "swern
    temp"), leaving out the conditions it states in passing ("overnight", "after 6 h reflux")."""
    bare = _STATED.sub(" ", q.text)
    return (q.intent == "quantity" and intent.detect(bare) == "quantity") or bool(intent.answer_types(bare))


def shape_of(q: Query) -> Shape:
    """The answer shape for an analysed question."""
    if q.intent == "reference":
        return "reference"
    if q.intent == "first_check":
        return "check_first"
    if ASKS_NEXT.search(q.text) and not intent.wh_types(q.text):  # "... at 0 °C, what now": not the 0 °C
        return "step"
    if q.intent == "compare" and len(subjects(q)) >= 2:
        return "compare"
    reported = _reports(q.text)
    asks_value = intent.wh_types(q.text) or (_names_a_value(q) and not reported and not _WHY.search(q.text))
    if _WHOLE.search(q.text) and not asks_value:  # "stirring time ... in the lactam protocol": a value of it
        return "procedure"
    if q.intent == "procedure" and not _asks_step(q.text) and not asks_value:
        return "how"  # "how do I titrate nBuLi": the procedure, or the one step it is about
    if asks_value:
        return "value"
    if _asks_step(q.text):
        return "step"
    if q.intent in ("cause", "remedy", "general", "choice") or (q.intent == "quantity" and reported):
        return "problem"
    return "general"


def subjects(q: Query) -> list[str]:
    """The index terms of what the question is about: its words less the ones that ask for a value."""
    text = " ".join(q.corrections.get(w.lower(), w) for w in q.text.split())  # as repaired: "epoxidaton"
    return [t for t in dict.fromkeys(analyzer.terms(text)) if t not in _VALUE_WORDS and not t.isdigit()]


def asked_types(q: Query) -> tuple[str, ...]:
    """The kinds of amount a value question asks for (duration, concentration, temperature, amount)."""
    return intent.answer_types(q.text)
