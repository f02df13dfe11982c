"""Grid over fusion settings on the dev split only (prints hit@1, hit@3, MRR@10 per setting).

    .venv/bin/python evals/tune.py
"""

from __future__ import annotations

import itertools

from assistant.evaluate import QUESTIONS, load_questions
from assistant.index.store import load_index
from assistant.retrieval import retriever as R
from assistant.settings import paths


def main() -> None:
    store = load_index(paths())
    ret = R.Retriever(store)
    dev = [q for q in load_questions(QUESTIONS, store.passages) if q.split == "dev" and q.scope == "in"]
    rows = []
    settings = [("rrf", 0.0)] + [("convex", a) for a in (0.2, 0.3, 0.4, 0.5, 0.6)]
    for (fusion, alpha), bonus, unit in itertools.product(settings, (0.0, 0.1, 0.2, 0.3), (0.0, 0.25, 0.5, 0.75)):
        R.FUSION, R.ALPHA, R.KIND_BONUS, R.UNIT_WEIGHT = fusion, alpha, bonus, unit
        h1 = h3 = mrr = 0.0
        for q in dev:
            ids = [h.passage.id for h in ret.search(q.question).hits]
            ranks = [i for i, pid in enumerate(ids) if pid in q.gold]
            r = ranks[0] if ranks else 99
            h1 += r < 1
            h3 += r < 3
            mrr += 1 / (r + 1) if r < 10 else 0
        n = len(dev)
        rows.append((h1 / n, mrr / n, h3 / n, fusion, alpha, bonus, unit))
    best_rrf = max(r for r in rows if r[3] == "rrf")
    for row in sorted(rows, reverse=True)[:12] + [best_rrf]:
        print("hit@1 {:.3f}  mrr {:.3f}  hit@3 {:.3f}  {} alpha={:.1f} bonus={:.2f} unit={:.2f}".format(*row))


if __name__ == "__main__":
    main()
