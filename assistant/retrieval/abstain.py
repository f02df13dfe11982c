"""When to decline: the evidence score of a question against a threshold calibrated on the dev split.

The evidence is the best dense cosine, plus a weighted share of the question's content words that the
guides contain (after spelling repair and the vocabulary; a missing rare word may count more than a
missing everyday one), plus a weighted share of them found together in one of the top passages (an
out-of-scope question is often made of guide words that no passage has together: "remove DMF after a
reaction"). `assistant eval --calibrate` picks the weights and the threshold from the dev score
distributions; the values live in the one ranking config (retrieval.config).
"""

from __future__ import annotations

from assistant.config import Calibration

COVERAGE_WEIGHT = 0.5
CORRECTION_PENALTY = 0.5


def evidence(dense_top: float, coverage: float, weight: float = COVERAGE_WEIGHT, cooccurrence: float = 0.0,
             cooccurrence_weight: float = 0.0) -> float:
    """One number for 'do the guides speak to this question'."""
    return dense_top + weight * coverage + cooccurrence_weight * cooccurrence


def coverage(words: int, rare: int, common: int, corrections: int, common_weight: float = 1.0,
             rare_weight: float = 1.0) -> float:
    """Share of a question's `words` the guides contain (below 0 when rare words weigh more than 1).

    A word they lack counts `rare_weight` if it is rare (not one token of the embedding model's 30k-word
    vocabulary: Mitsunobu, Fmoc, piperidine, most likely the name of something the guides don't cover),
    and `common_weight` if it is everyday English ("goes", "kill", "matter": how a question is put, not
    what it is about). A repaired misspelling counts half: it may be a word the guides lack.
    """
    if words == 0:
        return 0.0
    return 1 - (rare_weight * rare + common_weight * common + CORRECTION_PENALTY * corrections) / words


WEIGHTS = (0.25, 0.5, 0.75, 1.0)
COMMON_WEIGHTS = (1.0, 0.75, 0.5, 0.25, 0.0)
RARE_WEIGHTS = (1.0, 1.5, 2.0, 3.0)
COOCCURRENCE_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)
WORD_WEIGHTS = tuple((r, c) for r in RARE_WEIGHTS for c in COMMON_WEIGHTS)
# The calibration objective is a weighted accuracy with each question counted by a logistic of its distance
# to the threshold (scale SOFTNESS), not a step: a threshold in a wide gap between the two groups beats
# one squeezed next to a single question, which on ~100 dev questions would be fitted to that question.
SOFTNESS = 0.05
# A refused in-scope question costs a chemist more than an answered out-of-scope one, which still shows its
# citations and unmatched words: each in-scope question counts twice (the targets allow 3% refusals of
# in-scope questions and 10% answers to out-of-scope ones). On dev, with the co-occurrence weight: 1.0 ->
# answered 0.980, declined 0.966; 2.0 -> 0.993, 0.932 (the calibration before it: 0.993, 0.898).
IN_SCOPE_COST = 2.0

# best cosine; coverage at each (rare, common) weight; share of the words found together in one top passage
Sample = tuple[float, dict[tuple[float, float], float], float]


def calibrate_weighted(in_scope: list[Sample], out_of_scope: list[Sample]) -> tuple[Calibration, dict[str, float]]:
    """The coverage, word and co-occurrence weights and the threshold that best separate dev questions; ties
    go to the earlier setting in the grids (every missing word counted alike, lower weights)."""
    best: tuple[float, Calibration, dict[str, float]] | None = None
    for r, c in WORD_WEIGHTS:
        for w in WEIGHTS:
            for o in COOCCURRENCE_WEIGHTS:
                t, stats = calibrate([evidence(d, cov[r, c], w, co, o) for d, cov, co in in_scope],
                                     [evidence(d, cov[r, c], w, co, o) for d, cov, co in out_of_scope])
                if best is None or stats["soft_objective"] > best[0]:
                    cal = Calibration(threshold=t, coverage_weight=w, common_weight=c, rare_weight=r,
                                      cooccurrence_weight=o)
                    best = (stats["soft_objective"], cal, stats)
    assert best is not None
    return best[1], best[2]


def calibrate(in_scope: list[float], out_of_scope: list[float]) -> tuple[float, dict[str, float]]:
    """The threshold that maximises the soft weighted accuracy (IN_SCOPE_COST) on labelled evidence scores
    (on a 0.005 grid; among equally good thresholds the lowest, since a refusal costs a chemist more)."""
    import numpy as np

    scores = in_scope + out_of_scope
    lo, hi = min(scores, default=0.0), max(scores, default=1.0)
    grid = lo + 0.005 * np.arange(int((hi - lo) / 0.005) + 2)
    ins, outs = np.asarray(in_scope, dtype=float), np.asarray(out_of_scope, dtype=float)

    def soft_share(x: np.ndarray) -> np.ndarray:  # (thresholds, questions) -> mean per threshold
        return (1 / (1 + np.exp(-np.clip(x / SOFTNESS, -60, 60)))).mean(axis=1) if x.shape[1] else np.zeros(len(x))

    soft = (IN_SCOPE_COST * soft_share(ins[None, :] - grid[:, None])
            + soft_share(grid[:, None] - outs[None, :])) / (IN_SCOPE_COST + 1)
    best = int(np.flatnonzero(soft > soft.max() - 1e-12)[0])
    t = float(grid[best])
    tpr = sum(s >= t for s in in_scope) / max(len(in_scope), 1)
    tnr = sum(s < t for s in out_of_scope) / max(len(out_of_scope), 1)
    return t, {"balanced_accuracy": round((tpr + tnr) / 2, 4), "soft_objective": round(float(soft[best]), 4)}


