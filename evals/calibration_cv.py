"""How well does the abstention calibration generalise? Repeated 5-fold cross-validation on the dev split only.

Each fold calibrates on four fifths of dev and counts, on the fifth it never saw, the in-scope questions
answered and the out-of-scope ones declined. It compares the full grid (`assistant eval --calibrate`: the
word, coverage and co-occurrence weights and the threshold) with fixed weights where only the threshold
is fitted, so a grid that merely fits dev shows up as a lower held-out rate.

    .venv/bin/python evals/calibration_cv.py
"""

from __future__ import annotations

import random
from collections.abc import Callable

from assistant.evaluate import QUESTIONS, load_questions
from assistant.index.store import load_index
from assistant.retrieval.abstain import WORD_WEIGHTS, Sample, calibrate, calibrate_weighted, evidence
from assistant.retrieval.retriever import Retriever
from assistant.settings import paths

Weights = tuple[float, float, float, float]  # coverage, common word, rare word, co-occurrence
Procedure = Callable[[list[Sample], list[Sample]], tuple[Weights, float]]
FOLDS, REPEATS = 5, 4


def score(s: Sample, w: Weights) -> float:
    dense, cov, together = s
    return evidence(dense, cov[w[2], w[1]], w[0], together, w[3])


def fixed(w: Weights) -> Procedure:
    def fit(ins: list[Sample], outs: list[Sample]) -> tuple[Weights, float]:
        return w, calibrate([score(s, w) for s in ins], [score(s, w) for s in outs])[0]
    return fit


def grid(ins: list[Sample], outs: list[Sample]) -> tuple[Weights, float]:
    c, _ = calibrate_weighted(ins, outs)
    return (c.coverage_weight, c.common_weight, c.rare_weight, c.cooccurrence_weight), c.threshold


def main() -> None:
    store = load_index(paths())
    retriever = Retriever(store)
    dev = [q for q in load_questions(QUESTIONS, store.passages) if q.split == "dev"]
    samples: dict[str, Sample] = {}
    for q in dev:
        r = retriever.search(q.question)
        samples[q.id] = (r.dense_top, {(rw, cw): r.query.coverage(cw, rw) for rw, cw in WORD_WEIGHTS}, r.cooccurrence)
    cal = retriever.calibration
    procedures: dict[str, Procedure] = {
        "full grid": grid,
        "shipped weights, threshold only": fixed((cal.coverage_weight, cal.common_weight, cal.rare_weight,
                                                  cal.cooccurrence_weight)),
        "all words alike (1, 1, 1, 1)": fixed((1.0, 1.0, 1.0, 1.0)),
        "no co-occurrence (1, 1, 3, 0)": fixed((1.0, 1.0, 3.0, 0.0)),
    }
    held: dict[str, tuple[list[bool], list[bool]]] = {k: ([], []) for k in procedures}
    rng = random.Random(0)
    ins = [q.id for q in dev if q.scope == "in"]
    outs = [q.id for q in dev if q.scope == "out"]
    for _ in range(REPEATS):
        rng.shuffle(ins)
        rng.shuffle(outs)
        for f in range(FOLDS):
            test_in, test_out = set(ins[f::FOLDS]), set(outs[f::FOLDS])
            train_in = [samples[i] for i in ins if i not in test_in]
            train_out = [samples[i] for i in outs if i not in test_out]
            for name, fit in procedures.items():
                w, t = fit(train_in, train_out)
                held[name][0].extend(score(samples[i], w) >= t for i in test_in)
                held[name][1].extend(score(samples[i], w) < t for i in test_out)
    print(f"dev: {len(ins)} in scope, {len(outs)} out of scope; {REPEATS} x {FOLDS}-fold, held-out rates")
    print("| procedure | in-scope answered | out-of-scope declined |\n|---|---|---|")
    for name, (a, d) in held.items():
        print(f"| {name} | {sum(a) / len(a):.3f} | {sum(d) / len(d):.3f} |")


if __name__ == "__main__":
    main()
