"""What kind of answer a question wants, from its wording; each intent prefers some passage kinds."""

from __future__ import annotations

import re

from assistant.corpus.amounts import TYPES  # noqa: F401 (the ranker reads TYPES through intent)

INTENTS = ("reference", "first_check", "compare", "procedure", "quantity", "remedy", "cause", "choice",
           "definition", "general")

FIRST_CHECK = (r"\b(what (should|do|would) i do first|(check|investigate|look at|look for|try|test|suspect|rule out|"
               r"verify|troubleshoot|examine)\b"
               r"[^.?!,]{0,20}\bfirst\b(?![- ]?(gen\w*|portions?|additions?|steps?|eq\w*|order|half|time|hours?|"
               r"place)\b)|first thing|where (do|should|would) i (start|begin)( looking)?|start with|begin with|"
               r"priority|"
               # "what should I check before starting a Claisen-Schmidt", "what do I need to sort out before I start
               # weighing", "what do I need to set up first", "soxhlet checklist before switching on the mantle"
               r"what (should|do|must|would) (i|we) (need to |have to )?(check|sort out|set up|prepare|have ready)"
               r"\b[^.?!,]{0,20}\b(before|first)|checklist|check list)\b")
# A section or entry that lists what to check first: "Check first", "Checklist", "Before you start", "Prechecks
# before running a sample", "Check first – before you blame the method"
CHECKLIST = re.compile(r"\b(check ?list|check[- ]first|first checks?|pre-?checks?|checks? before|what to check|"
                       r"before (?:you|we|i) (?:start|begin|blame|call|repeat|switch|open|run|use|heat|weigh)|"
                       r"before (?:starting|use|using|switching|running|heating|you start))\b", re.IGNORECASE)


PROCEDURE = (r"\b(how (do|should|would) (i|we|you) (run|set up|do|perform|carry out)|"
             r"how to (run|set up|perform|carry out|do)|procedure|protocol|step[- ]by[- ]step|"
             r"(the|all|which|what) steps|steps (for|to|of)|recipe)\b")
_FORM = {"first_check": FIRST_CHECK, "procedure": PROCEDURE}


def form_words(question: str, kind: str) -> set[str]:
    """The words that ask for the first check ("what should I check first", "where do I start looking") or
    for a procedure ("step by step procedure", "how do I run"): how the question is put, not what it is
    about, so they neither find passages that say "check first" nor count as words the guides must have."""
    rule = _FORM.get(kind)
    spans = re.finditer(rule, question.lower()) if rule else ()
    return {w for m in spans for w in re.findall(r"[a-z]+", m.group(0))}


# Patterns are compiled on first use (re caches them): an `ask` compiles only the rules it tries.
# "conc H2SO4", "concentrated HCl": the acid or base as sold, not a question of concentration.
_GRADE = (r"(?!\.?\s*(h2so4|hcl|hno3|h3po4|hbr|hf|nh3|nh4oh|aq\b|aqueous|sulfuric|sulphuric|hydrochloric|nitric|"
          r"phosphoric|ammonia|acid))")
# "mg of 60% NaH for 1.1 mmol", "mL of water for the work-up": a question that opens with the unit it wants
_UNIT_ASK = r"^\s*(how many\s+)?(mg|g|kg|ml|µl|ul|l|mmol|mol|drops?|portions?)\s+(of|for)\b"
_RULES: list[tuple[str, str]] = [
    # ... a paper to read, not filter, weighing, pH, indicator or lens paper, nor paper towels; literature to
    # read, not a literature value to compare with ("above the literature", "the literature mp")
    ("reference", r"\b(references?|refs?|(?<!filter )(?<!weighing )(?<!ph )(?<!litmus )(?<!indicator )(?<!lens )"
                  r"(?<!glassine )(?<!sand )(?<!tlc )papers?(?! towels?)|(?<!above )(?<!below )(?<!than )"
                  r"(?<!above the )(?<!below the )(?<!than the )(?<!to the )(?<!with the )"
                  r"literature(?! (values?|mp|bp|melting|"
                  r"boiling|data|yields?|numbers?|spectr\w*|shifts?|rf)\b)|citations?|cite|reviews|"
                  r"review articles?|publications?)\b"),
    # "what is X?" about a thing (one or two words), before "what is the concentration" style questions.
    ("definition", r"^\s*(what is|what are|what's|define|meaning of)\s+(a |an |the )?"
                   r"(?!(a|an|the|best|right|optimal|ideal|typical|recommended|loading|concentration|"
                   r"temperature|time|amount|ratio)\b)[\w,\-]+( [\w,\-]+)?\s*\??$"),
    # "what should I check first", "where do I start looking": asking for the first check, not "the first
    # portion", "first-generation Grubbs", "in the first hour" or "in the first place".
    ("first_check", FIRST_CHECK),
    ("compare", r"\b(vs\.?|versus|compare[ds]?|comparison|difference between|better than)\b|"
                r"\b\w+ or \w+\s*\??$"),
    ("procedure", PROCEDURE),
    ("cause", r"\bwhy\b"),  # a reason, even when the question names an amount ("why high dilution")
    ("quantity", r"\b(how much|how many|how long|how dilute|how hot|conc\b" + _GRADE + r"|what (conc|concentration|"
                 r"temp|temperature|loading|ratio|amount|molarity|time)|concentration|loading|"
                 r"mol ?%|equiv\w*|eq\b|temperature|temp\b|molarity|dilution|ratio|"
                 r"how fast|range|dose|amount|(addition|reaction|stir|stirring|heating|hold|residence) times?\b|"
                 r"limits?|max|maximum|minimum|threshold|cut-?off)|" + _UNIT_ASK),  # ("min" is minutes)
    ("remedy", r"\b(fix|avoid|prevent|reduce|control|improve|suppress|minimi[sz]e|stop|"
               r"what (can|should) i do|how can i|how do i (get|stop|avoid|fix)|solution|"
               r"remedy|mitigate|overcome|help|deal with|get rid of|separate|remove|purify)\b"),
    ("cause", r"\b(why|cause[sd]?|reason|what'?s wrong|what is wrong|what went wrong|"
              r"explain|responsible)\b"),
    ("choice", r"\b(which|best|recommend\w*|should i use|what (catalyst|base|solvent|reagent|"
               r"additive|reducing agent|coupling)|choose|choice|suitable)\b"),
    ("definition", r"^\s*(what is|what are|what's|define|meaning of)\b"),
    # Any other "how do I ...", "how is it ...": asking for a way of doing something.
    ("procedure", r"^\s*how (to|do|does|did|should|would|is|are|can)\b"),
]

# How strongly each intent prefers each passage kind (added to the fused score as a relative bonus).
PREFERS: dict[str, dict[str, float]] = {
    "first_check": {"faq": 1.0, "solution": 0.5, "cause": 0.3, "problem": 0.5},
    "compare": {"table-row": 1.0, "solution": 0.3, "faq": 0.3},
    "quantity": {"table-row": 1.0, "protocol": 0.8, "solution": 0.5},
    "procedure": {"protocol": 1.0, "solution": 0.3},
    "remedy": {"solution": 1.0, "faq": 0.6, "protocol": 0.3, "problem": 0.8},
    "cause": {"cause": 1.0, "faq": 0.6, "symptom": 0.4, "solution": 0.4, "problem": 0.8},
    "choice": {"table-row": 0.8, "solution": 0.6, "faq": 0.4, "problem": 0.3},
    "definition": {"prose": 1.0, "faq": 0.5},
    "general": {"faq": 0.3, "solution": 0.3, "cause": 0.3, "problem": 0.3},
    "reference": {"reference": 1.0},
}


# A question may say where its answer is: "... in the multi-addition protocol", "what does the table give".
# The kind it names is preferred whatever the intent (a Solution that merely mentions the protocol is not it).
NAMED: dict[str, str] = {
    "protocol": r"\b(protocols?|procedures?|steps?)\b",
    "table-row": r"\btables?\b",
    "faq": r"\bfaqs?\b",
}


def named_kinds(question: str) -> tuple[str, ...]:
    """The passage kinds a question names."""
    q = question.lower()
    return tuple(kind for kind, rule in NAMED.items() if re.search(rule, q))



# Intents whose answer is usually a named table row ("Grubbs II loading", "HATU or COMU?", "G2 features").
# Adding `general` gained one dev question of 236 ("G2 features") and lost none.
NAMES_ROWS = frozenset({"compare", "choice", "quantity", "general"})
# Intents that ask for an amount of some kind (the `type_fit` feature: "how long" wants a duration).
TYPE_INTENTS = frozenset({"quantity"})


def prefers(intent: str, kind: str, has_amount: bool = True) -> float:
    """How much an intent prefers a passage of this kind (negative: disprefers); `has_amount`: whether the
    passage states an amount (QUANTITY), decided once at index time."""
    if intent == "quantity" and kind == "table-row" and not has_amount:
        return 0.0  # a row without an amount can't say how much
    return PREFERS.get(intent, {}).get(kind, 0.0)


def detect(question: str) -> str:
    """The first intent whose rule matches the lower-cased question, else `general`."""
    q = question.lower().strip()
    for intent, rule in _RULES:
        if re.search(rule, q):
            return intent
    return "general"


# The kind of amount a question asks for, and how a passage states one: "how long" wants a duration,
# "what concentration" a molarity. A passage that states the asked-for kind of amount is preferred
# over one that only states some other amount (a classic expected-answer-type feature).
ANSWER_TYPES: dict[str, str] = {  # how a question asks for each kind of amount (corpus.amounts: how it is stated)
    "duration": r"\b(how long|time|duration|hours?|minutes?|overnight|days?)\b",
    "concentration": r"\b(conc\w*" + _GRADE + r"|dilut\w*|dilute|molarity|molar|mm)\b",
    "temperature": r"\b(temp\w*|how hot|heat\w*|reflux|°c|degrees)\b",
    "amount": r"\b(how much|how many|equiv\w*|eq|loading|mol ?%|amount|stoichiometry|ratio)\b|" + _UNIT_ASK,
}
# A question's wh-phrase says what it asks outright, and then its other words name things ("how much base in
# the high dilution coupling" asks an amount, not a concentration); without one, its nouns say it.
WH_TYPES: dict[str, str] = {
    "duration": r"\b(how long|how many (hours|minutes|days)|how much time|what time|for how long)\b",
    "concentration": r"\b(what (conc\w*|molarity|dilution)|how dilute|how concentrated)\b",
    "temperature": r"\b(how hot|how cold|how warm|what temp\w*|at what temp\w*)\b",
    "amount": r"\bhow (much|many)\b(?! (hours|minutes|days|time)\b)",
}


def wh_types(question: str) -> tuple[str, ...]:
    """The kinds of amount a question's wh-phrase asks for outright ("how long", "what temperature")."""
    q = question.lower()
    return tuple(t for t in TYPES if re.search(WH_TYPES[t], q))


def answer_types(question: str) -> tuple[str, ...]:
    """The kinds of amount a quantity question asks for (none for other questions)."""
    q = question.lower()
    if wh := wh_types(q):
        return wh
    return tuple(t for t, asks in ANSWER_TYPES.items() if re.search(asks, q))



