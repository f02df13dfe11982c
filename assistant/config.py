"""Every fitted value of ranking and abstention in one typed config, read from data, never patched.

The ranker scores each passage as a weighted sum of features (`FEATURES`); the weights, with the
abstention calibration, are fitted on the development guides by `assistant eval --fit` (leave one
guide out to measure, all guides for the shipped values) and written to `fitted.json` beside this
file with the data and command they came from. `assistant index` copies the config into the index
with the embedding model it was fitted for; a config fitted for another model is refused.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

FITTED = Path(__file__).with_name("fitted.json")  # the shipped values (package data)
CONFIG_FILE = "config.json"  # the copy inside an index folder

# The features of a (question, passage) pair the ranker adds up, each on a 0..1 scale for the question:
FEATURES: tuple[str, ...] = (
    "dense",  # cosine of the question with the passage (with its section context), min-max over the collection
    "dense_unit",  # cosine with the passage's best sentence, step or row, min-max over the collection
    "lexical",  # BM25 of the passage, min-max over the collection
    "lexical_unit",  # BM25 of its best unit, min-max over the collection
    "kind_fit",  # how well the passage's kind fits what the question asks (intent.PREFERS, 0..1)
    "prose",  # 1 for a passage of plain prose (not a problem entry, FAQ, step list or table row)
    "named_row",  # 1 for a table row whose label the question names ("Grubbs II loading")
    "type_fit",  # 1 when the passage states the kind of amount asked for ("how long" -> hours)
    "named_kind",  # 1 when the passage is of the kind the question names ("in the protocol")
    "negated",  # 1 when the question's words occur in the passage only after a negation ("less active for")
    "entry",  # the best match in the passage's problem entry (its symptom, cause and fix), min-max
    "guide",  # the best match in the passage's guide, min-max: the question is about that guide's topic
    "guide_cover",  # the share of the question's words (by idf) found anywhere in the passage's guide
    "together",  # the share of the question's words found together in the passage (best candidates only)
    "length",  # log of the passage's length in words (1 at about 1,000): BM25 and a passage's one vector
    # both favour short passages over a long one that holds the answer
    "checklist",  # 1 when the question asks what to check first and the passage is in a list of checks
    # ("Check first", "Before you start", "Prechecks"; intent.CHECKLIST)
    # 1 for a passage of that kind, whatever the question (how much a chemist's question tends to mean it):
    "is_symptom", "is_cause", "is_solution", "is_faq", "is_protocol", "is_table_row", "is_problem",
)
# The features of a candidate first line of an answer (answer.lead), whose weights say which line opens it:
LINE_FEATURES: tuple[str, ...] = (
    "sim", "sim_gap",  # cosine of the question with the line's unit; and minus the best candidate's
    "terms", "subjects", "topic",  # share of the question's terms / subject terms in the line, in its section titles
    "distinct",  # the question's terms in the line, each counted by how few of the candidate lines have it
    "top_hit", "rank", "related", "score_gap",  # its passage: first, 1 / (1 + rank), a related entry, score - best
    "same_guide", "same_section",  # its passage is in the best hit's guide / top section
    "first_unit", "position", "action", "anaphor",  # its passage's first unit; how far into the passage it
    # stands (0..1); an instruction; a back-reference (an announcement or a question never opens: lead.candidates)
    "quantity", "asked_quantity", "near_amount",  # (for a value question) states an amount / of the asked kind /
    # next to the asked thing
    "words",  # log of its length in words
    "composed", "in_composed",  # it is the first line / one of the lines the answer's shape chose (answer.compose)
    "kind_solution", "kind_cause", "kind_faq", "kind_problem", "kind_row", "kind_step", "kind_prose",
    "problem_action", "problem_solution", "problem_cause", "problem_prose",  # for a problem question
    "problem_quantity", "problem_step",  # ... a line with an amount, a procedure's step (no value was asked)
    "problem_defers",  # ... a line that says no action while another line of its passage does
    "problem_explains",  # ... a line that gives a reason or consequence (quotes.EXPLAINS) or a cause
    "why_explains", "why_action",  # for a "why" question: a line that gives a reason / an instruction
    "value_asked", "step_step", "compare_prefers", "check_first_first",  # for a value, a step, a comparison, ...
    "step_composed",  # for a step: the step the shape chose ("what do I do after X": the one after X's)
)
KIND_FEATURES = {f"is_{k.replace('-', '_')}": k for k in ("symptom", "cause", "solution", "faq", "protocol",
                                                         "table-row", "problem")}


@dataclass(frozen=True)
class Calibration:
    """When to decline: evidence = bias + the weighted evidence features (retrieval.abstain), a logit;
    the question is answered when it reaches `threshold`."""

    weights: dict[str, float] = field(default_factory=lambda: {"dense_top": 1.0, "coverage": 0.5})
    bias: float = 0.0
    threshold: float = 0.45


# Abstention for the hashing test encoder, whose cosines mean nothing: words alone decide (tests only).
WORDS_ONLY = Calibration(weights={"coverage": 1.0, "together": 1.0}, bias=0.0, threshold=1.2)


@dataclass(frozen=True)
class RankingConfig:
    """The ranker's weights, the abstention calibration, and where they came from."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    calibration: Calibration = field(default_factory=Calibration)
    expansion_weight: float = 0.5  # weight of a vocabulary expansion's terms in BM25, against the question's own
    candidates: int = 50  # passages re-scored with the expensive features (negation) per question
    lines: dict[str, float] = field(default_factory=dict)  # weights of LINE_FEATURES (empty: the shape's own order)
    model: str = ""  # the embedding model the values were fitted with ("" = not fitted)
    record: dict[str, Any] = field(default_factory=dict)  # data, command and scores the fit came from

    def weight(self, feature: str) -> float:
        return self.weights.get(feature, 0.0)

    def with_calibration(self, calibration: Calibration) -> RankingConfig:
        return replace(self, calibration=calibration)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RankingConfig:
        """Parse a config; anything malformed is a ValueError."""
        try:
            d = json.loads(text)
            weights = {str(k): float(v) for k, v in d["weights"].items()}
            unknown = set(weights) - set(FEATURES)
            if unknown:
                raise ValueError(f"unknown features {sorted(unknown)}")
            lines = {str(k): float(v) for k, v in d.get("lines", {}).items()}
            if unknown := set(lines) - set(LINE_FEATURES):
                raise ValueError(f"unknown line features {sorted(unknown)}")
            c = d.get("calibration", {})
            cal = Calibration(weights={str(k): float(v) for k, v in c.get("weights", {}).items()},
                              bias=float(c.get("bias", 0.0)), threshold=float(c.get("threshold", 0.45)))
            return cls(weights=weights, calibration=cal, expansion_weight=float(d.get("expansion_weight", 0.5)),
                       candidates=int(d.get("candidates", 50)), lines=lines, model=str(d.get("model", "")),
                       record=dict(d.get("record", {})))
        except (KeyError, TypeError, AttributeError) as e:
            raise ValueError(f"not a ranking config: {e}") from None


# The weights before any fit: the hand-set values the ranker had (a starting point, and the fallback).
DEFAULT_WEIGHTS: dict[str, float] = {
    "dense": 0.25, "dense_unit": 0.25, "lexical": 0.325, "lexical_unit": 0.175, "kind_fit": 0.2, "prose": -0.4,
    "named_row": 0.2, "type_fit": 0.3, "named_kind": 0.15, "negated": -0.3, "entry": 0.0, "guide": 0.0,
    "together": 0.0, "length": 0.0,
    **{f: 0.0 for f in ("is_symptom", "is_cause", "is_solution", "is_faq", "is_protocol", "is_table_row",
                        "is_problem")},
}


def load_config(path: Path = FITTED) -> RankingConfig:
    """The config in `path`; the defaults when there is none."""
    if not path.exists():
        return RankingConfig()
    return RankingConfig.from_json(path.read_text(encoding="utf-8"))
