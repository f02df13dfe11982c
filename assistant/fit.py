"""Fitting the ranking weights and the abstention calibration on many guides, and measuring them honestly:
leave one guide out (fit on every other guide, score the one left out, for each guide in turn).

Ranking is a pairwise logistic model (scikit-learn, at fit time only): for each question, the features
of a gold passage minus those of a competing passage that outranked or nearly outranked it, so the
weights learn what puts the right passage first. Every guide counts the same, whatever its number of
questions. Abstention is a logistic model too (abstain.fit_calibration), fitted on the evidence features
each training question has under the ranking just fitted, asked in libraries of several sizes (Library).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from assistant.answer.lead import Candidate, holds, labelled
from assistant.config import FEATURES, LINE_FEATURES, Calibration, RankingConfig
from assistant.retrieval import abstain
from assistant.retrieval.retriever import Query, Retriever

CANDIDATES = 30  # competing passages per question: the best-scoring ones under each round's weights
ROUNDS = 6  # rounds of fitting at most (the development guides settle in three or four)
REGULARISATION = 1.0  # scikit-learn's C: smaller keeps the weights nearer zero
BASE = ("dense", "dense_unit", "lexical", "lexical_unit")  # the fitted weights are scaled so these sum to 1


@dataclass(frozen=True)
class Item:
    """One question as the fitter sees it."""

    id: str
    guide: str  # the guide the question was written for (its fold)
    scope: str  # in | out
    features: np.ndarray  # (passages, features) in config.FEATURES order, negation included
    gold: tuple[int, ...]  # passage indices
    allowed: np.ndarray  # passages the question may be answered from (references only for literature)
    query: Query  # the question as the retriever understood it
    dense_top: float  # its best cosine


def collect(retriever: Retriever, questions: Sequence[tuple[str, str, str, str, tuple[str, ...]]]) -> list[Item]:
    """Features, gold passages and evidence parts of each (id, guide, scope, question, gold ids)."""
    index = {p.id: i for i, p in enumerate(retriever.passages)}
    texts = [q[3] for q in questions]
    analysed = [retriever.analyse(t) for t in texts]
    vecs = retriever.encoder.encode([a.dense_text for a in analysed])
    dense = retriever.store.dense.scores_many(vecs)
    units = retriever.store.dense.unit_sims_many(vecs)
    out: list[Item] = []
    for j, ((qid, guide, scope, text, gold), q) in enumerate(zip(questions, analysed, strict=True)):
        feats = retriever.features(q, dense[:, j], units[:, j])
        allowed = retriever._searchable if q.intent != "reference" else ~retriever._searchable
        r = retriever.search(text, analysed=q, sims=(dense[:, j], units[:, j]))
        retriever.rescore(q, feats, allowed, every=True)  # fills in the candidates' features
        matrix = np.stack([feats[f] for f in FEATURES], axis=1)
        out.append(Item(qid, guide, scope, matrix, tuple(index[g] for g in gold if g in index), allowed, q,
                        r.dense_top))
    return out


def rank(item: Item, weights: np.ndarray, k: int = 10) -> list[int]:
    """The passages a question would cite first under `weights`, best first."""
    score = np.where(item.allowed, item.features @ weights, -np.inf)
    order = np.argsort(-score, kind="stable")[:k]
    return [int(i) for i in order if np.isfinite(score[i])]


def fit_weights(items: Sequence[Item], start: np.ndarray, c: float = REGULARISATION) -> np.ndarray:
    """Pairwise logistic regression over the in-scope questions: gold minus competitor features. The competitors
    of a question are the passages that outranked or nearly outranked its gold one under the starting weights or
    under any round's weights since: each round refits against all of them, so weights that beat one round's
    rivals do not bring back an earlier round's (the fit would swing between the two). It stops when a round
    brings up no new competitor (the weights would not change), after at most ROUNDS rounds."""
    per_guide: dict[str, int] = {}
    for it in items:
        if it.scope == "in" and it.gold:
            per_guide[it.guide] = per_guide.get(it.guide, 0) + 1
    trained = [it for it in items if it.scope == "in" and it.gold]
    pools: list[set[int]] = [set() for _ in trained]
    weights = start
    for _ in range(ROUNDS):
        grew = False
        for it, pool in zip(trained, pools, strict=True):
            new = {i for i in rank(it, weights, CANDIDATES) if i not in it.gold} - pool
            grew |= bool(new)
            pool |= new
        if not grew:
            break
        weights = _pairwise(trained, pools, per_guide, c)
    return weights


def _pairwise(items: Sequence[Item], pools: Sequence[set[int]], per_guide: dict[str, int], c: float) -> np.ndarray:
    """The weights under which each question's gold passages beat its competitors (`pools`); every guide weighs
    the same, whatever its number of questions."""
    from sklearn.linear_model import LogisticRegression

    rows: list[np.ndarray] = []
    shares: list[np.ndarray] = []
    for it, pool in zip(items, pools, strict=True):
        if not pool:
            continue
        gold, rivals = it.features[list(it.gold)], it.features[sorted(pool)]
        diff = (gold[:, None, :] - rivals[None, :, :]).reshape(-1, it.features.shape[1])
        rows.append(diff)
        shares.append(np.full(len(diff), 1.0 / (per_guide[it.guide] * len(diff))))
    x, w = np.concatenate(rows), np.concatenate(shares)
    model = LogisticRegression(fit_intercept=False, C=c, max_iter=5000)
    # The data weigh as many questions as there are (not 1 in all, which would let the regulariser swamp them).
    w = w * sum(per_guide.values()) / w.sum()
    model.fit(np.concatenate([x, -x]), np.r_[np.ones(len(x)), np.zeros(len(x))], sample_weight=np.r_[w, w])
    coef = model.coef_[0]
    base = sum(coef[FEATURES.index(f)] for f in BASE)
    return coef / base if base > 0 else coef


def evidence_parts(retriever: Retriever, item: Item, weights: np.ndarray,
                   seen: dict[tuple[str, tuple[int, ...]], dict[str, float]] | None = None) -> dict[str, float]:
    """A question's abstention features with the best passages `weights` would give it. `seen`: the parts
    already worked out in this library, by question and best passages (the folds of leave one guide out
    mostly give a question the same three)."""
    order = rank(item, weights, 3)
    score = item.features @ weights
    gap = float(score[order[0]] - score[order[1]]) if len(order) > 1 else 0.0
    if seen is None:
        return retriever.evidence_parts(item.query, order, item.dense_top, gap)
    key = (item.id, tuple(order))
    if (parts := seen.get(key)) is None:
        parts = seen[key] = retriever.evidence_parts(item.query, order, item.dense_top, gap)
    return {**parts, "gap": gap}


@dataclass(frozen=True)
class Library:
    """An index of some development guides, or of all of them, with their questions as the fitter sees them
    there. A question's evidence depends on the library it is asked in: a folder of three guides lacks more
    of its words than a hundred guides do, so abstention is fitted on libraries of several sizes."""

    retriever: Retriever
    items: Sequence[Item]
    size: int = 0  # the number of guides it was made of (the report's row; 0: not said)
    seen: dict[tuple[str, tuple[int, ...]], dict[str, float]] = field(default_factory=dict, compare=False)

    def without(self, guide: str) -> Library:
        return Library(self.retriever, [it for it in self.items if it.guide != guide], self.size, self.seen)

    def parts(self, item: Item, weights: np.ndarray) -> dict[str, float]:
        return evidence_parts(self.retriever, item, weights, self.seen)


def fit_calibration(libraries: Sequence[Library], weights: np.ndarray) -> tuple[Calibration, dict[str, float]]:
    """Abstention fitted on every question of every library (each library size weighs as its questions do)."""
    parts = [(it, lib.parts(it, weights)) for lib in libraries for it in lib.items]
    return abstain.fit_calibration([p for it, p in parts if it.scope == "in"],
                                   [p for it, p in parts if it.scope == "out"])


def fit(retriever: Retriever, items: Sequence[Item], start: RankingConfig,
        libraries: Sequence[Library] = ()) -> RankingConfig:
    """Weights fitted on `items` (in the whole development library), then the calibration on the questions
    of `libraries` (by default the whole library alone)."""
    w = fit_weights(items, vector(start))
    cal, _ = fit_calibration(libraries or [Library(retriever, items)], w)
    return replace(start, weights={f: round(float(x), 4) for f, x in zip(FEATURES, w, strict=True)},
                   calibration=cal)


def vector(config: RankingConfig) -> np.ndarray:
    return np.asarray([config.weight(f) for f in FEATURES])


def leave_one_guide_out(retriever: Retriever, items: Sequence[Item], start: RankingConfig,
                        libraries: Sequence[Library] = ()) -> dict[str, RankingConfig]:
    """For each guide, the config fitted on every other guide's questions."""
    guides = sorted({it.guide for it in items})
    return {g: fit(retriever, [it for it in items if it.guide != g], start, [lib.without(g) for lib in libraries])
            for g in guides}


def abstention_by_library(libraries: Sequence[Library], folds: dict[str, RankingConfig],
                          ) -> dict[int, dict[str, float]]:
    """Leave one guide out, by the size of the library a question is asked in (Library.size): the mean over
    guides of the in-scope questions answered and the out-of-scope ones declined."""
    weights = {g: vector(c) for g, c in folds.items()}
    outcomes: dict[int, dict[str, dict[str, list[bool]]]] = {}
    for lib in libraries:
        for it in lib.items:
            if (config := folds.get(it.guide)) is None:
                continue
            cal = config.calibration
            yes = abstain.evidence(lib.parts(it, weights[it.guide]), cal) >= cal.threshold
            column = "answered" if it.scope == "in" else "declined"
            by = outcomes.setdefault(lib.size, {"answered": {}, "declined": {}})[column]
            by.setdefault(it.guide, []).append(yes if it.scope == "in" else not yes)
    return {size: {c: round(float(np.mean([np.mean(v) for v in by.values()])), 4) if by else float("nan")
                   for c, by in cols.items()} for size, cols in sorted(outcomes.items())}


@dataclass(frozen=True)
class LeadExample:
    """One question's candidate first lines (answer.lead) and which of them hold the fact it must open with."""

    guide: str
    features: np.ndarray  # (candidates, LINE_FEATURES)
    good: np.ndarray  # bool per candidate


def lead_example(guide: str, candidates: Sequence[Candidate], lead: str) -> LeadExample | None:
    """The example of a question whose answer should open with `lead` (its first 40 characters, case- and
    space-blind, as the eval checks it); None when no candidate or every candidate holds it."""
    if not lead.strip() or not candidates:
        return None
    good = np.asarray([holds(labelled(c.line, False).text, lead) for c in candidates])
    if good.all() or not good.any():
        return None
    return LeadExample(guide, np.asarray([c.vector() for c in candidates]), good)


def fit_lines(examples: Sequence[LeadExample], c: float = REGULARISATION) -> dict[str, float]:
    """Weights of the lead model: pairwise logistic regression, a line holding the lead fact against each
    line that does not, every question weighing the same within its guide and every guide the same."""
    from sklearn.linear_model import LogisticRegression

    per_guide: dict[str, int] = {}
    for ex in examples:
        per_guide[ex.guide] = per_guide.get(ex.guide, 0) + 1
    rows: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for ex in examples:
        good, bad = ex.features[ex.good], ex.features[~ex.good]
        diff = (good[:, None, :] - bad[None, :, :]).reshape(-1, ex.features.shape[1])
        rows.append(diff)
        weights.append(np.full(len(diff), 1.0 / (per_guide[ex.guide] * len(diff))))
    if not rows:
        return {}
    x, w = np.concatenate(rows), np.concatenate(weights)
    w = w * sum(per_guide.values()) / w.sum()
    model = LogisticRegression(fit_intercept=False, C=c, max_iter=5000)
    model.fit(np.concatenate([x, -x]), np.r_[np.ones(len(x)), np.zeros(len(x))], sample_weight=np.r_[w, w])
    return {f: round(float(v), 4) for f, v in zip(LINE_FEATURES, model.coef_[0], strict=True)}
