"""When to decline: a small logistic model over evidence features of a question and its best passages.

The features (`EVIDENCE_FEATURES`) say whether the guides speak to the question: the best dense cosine;
the share of the question's words the guides contain (a missing rare word counting more than a missing
everyday one); the share of its words found together in one of the top passages, plainly and weighted by
how rare each word is in the guides; and how rare the rarest question word is that none of the top
passages has (an out-of-scope question is often made of guide words around one key concept the guides
lack: "what yield should I expect for the RCM"); and by how much the best passage outscores the second
(ten folds of guides on the development set: declined 0.614 -> 0.632, answered 0.917 -> 0.919). The weights,
bias and threshold are fitted across guides (fit.fit_calibration) and live in the one ranking config
(assistant.config).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from assistant.config import Calibration

CORRECTION_PENALTY = 0.5
RARE_WEIGHT, COMMON_WEIGHT = 2.0, 0.25  # how much a missing rare / everyday word counts against coverage
EVIDENCE_FEATURES = ("dense_top", "coverage", "together", "idf_together", "missing_idf", "missing_named",
                     "missing_plain", "gap", "library")


def library_size(guides: int) -> float:
    """How many guides the index holds, on a log scale (0.15 for one guide, 0.52 for ten, 1 for a hundred).

    A small library lacks more of a question's words than a large one, whatever the question: the
    `coverage` and `missing_*` features of an in-scope question are lower in a folder of three guides than
    among a hundred. With this feature the calibration, fitted on libraries of 1, 3 and 10 development
    guides and on all of them (fit.fit_calibration), sets its bar for the library's size."""
    return math.log1p(guides) / math.log(101)


def evidence(parts: Mapping[str, float], cal: Calibration) -> float:
    """One number for 'do the guides speak to this question' (a logit: the question is answered when it
    reaches `cal.threshold`)."""
    return cal.bias + sum(w * parts.get(f, 0.0) for f, w in cal.weights.items())


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


# The calibration objective is a weighted accuracy with each question counted by a logistic of its distance
# to the threshold (scale SOFTNESS), not a step: a threshold in a wide gap between the two groups beats
# one squeezed next to a single question, which on ~100 dev questions would be fitted to that question.
SOFTNESS = 0.05
LOGIT_SOFTNESS = 0.25  # the same on the logit scale of the fitted model
# A refused in-scope question costs a chemist more than an answered out-of-scope one, which still shows its
# citations and unmatched words: each in-scope question counts twice (the targets allow 3% refusals of
# in-scope questions and 10% answers to out-of-scope ones). On dev, with the co-occurrence weight: 1.0 ->
# answered 0.980, declined 0.966; 2.0 -> 0.993, 0.932 (the calibration before it: 0.993, 0.898).
IN_SCOPE_COST = 2.0

def fit_calibration(in_scope: Sequence[Mapping[str, float]], out_of_scope: Sequence[Mapping[str, float]],
                    ) -> tuple[Calibration, dict[str, float]]:
    """Weights and bias of a logistic model separating in-scope from out-of-scope questions (scikit-learn,
    at fit time; an in-scope question counts IN_SCOPE_COST times), then the threshold on its scores."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.asarray([[p[f] for f in EVIDENCE_FEATURES] for p in [*in_scope, *out_of_scope]])
    y = np.r_[np.ones(len(in_scope)), np.zeros(len(out_of_scope))]
    w = np.r_[np.full(len(in_scope), IN_SCOPE_COST), np.ones(len(out_of_scope))]
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y, sample_weight=w)
    cal = Calibration(weights={f: round(float(c), 4) for f, c in zip(EVIDENCE_FEATURES, model.coef_[0], strict=True)},
                      bias=round(float(model.intercept_[0]), 4))
    t, stats = calibrate([evidence(p, cal) for p in in_scope], [evidence(p, cal) for p in out_of_scope],
                         LOGIT_SOFTNESS)
    return Calibration(weights=cal.weights, bias=cal.bias, threshold=round(t, 4)), stats


def calibrate(in_scope: list[float], out_of_scope: list[float], softness: float = SOFTNESS,
              ) -> tuple[float, dict[str, float]]:
    """The threshold that maximises the soft weighted accuracy (IN_SCOPE_COST) on labelled evidence scores
    (on a 0.005 grid; among equally good thresholds the lowest, since a refusal costs a chemist more)."""
    import numpy as np

    scores = in_scope + out_of_scope
    lo, hi = min(scores, default=0.0), max(scores, default=1.0)
    grid = lo + 0.005 * np.arange(int((hi - lo) / 0.005) + 2)
    ins, outs = np.asarray(in_scope, dtype=float), np.asarray(out_of_scope, dtype=float)

    def soft_share(x: np.ndarray) -> np.ndarray:  # (thresholds, questions) -> mean per threshold
        return (1 / (1 + np.exp(-np.clip(x / softness, -60, 60)))).mean(axis=1) if x.shape[1] else np.zeros(len(x))

    soft = (IN_SCOPE_COST * soft_share(ins[None, :] - grid[:, None])
            + soft_share(grid[:, None] - outs[None, :])) / (IN_SCOPE_COST + 1)
    best = int(np.flatnonzero(soft > soft.max() - 1e-12)[0])
    t = float(grid[best])
    tpr = sum(s >= t for s in in_scope) / max(len(in_scope), 1)
    tnr = sum(s < t for s in out_of_scope) / max(len(out_of_scope), 1)
    return t, {"balanced_accuracy": round((tpr + tnr) / 2, 4), "soft_objective": round(float(soft[best]), 4)}


