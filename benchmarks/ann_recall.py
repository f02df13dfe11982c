"""Recall of the FAISS backend against the exact one, on a real index (MiniLM vectors), and what it changes.

    .venv/bin/python benchmarks/ann_recall.py --keep DIR/g1000 [--questions 200]

DIR/g1000 is a collection kept by `benchmarks/scale.py --keep DIR`. Its passage and unit vectors are put in
FAISS IVF indexes with the product's own code (index.ann), and the eval questions, encoded as `ask` encodes
them, are searched in both: recall@10 per share of inverted lists probed, and the search time. Then the
whole ranking runs on an index whose vectors are in FAISS (at the shipped NPROBE_SHARE) and on the exact
one: how often the ten hits and the best hit are the same. Results: benchmarks/ann_recall.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARES = (0.01, 0.02, 0.05, 0.1)


def questions(n: int) -> list[str]:
    rows = [json.loads(x)["question"] for x in (ROOT / "evals" / "questions.jsonl").read_text().splitlines() if x]
    return rows[:n]


def recall_at_10(exact: np.ndarray, found: np.ndarray) -> float:
    """Mean share of each query's exact top 10 that the approximate search found. Generated guides repeat
    sentences, so many vectors tie: a returned row counts if its exact cosine reaches the 10th best."""
    tenth = -np.sort(-exact, axis=0)[9]
    hits = [(exact[f[:10][f[:10] >= 0], j] >= tenth[j] - 1e-6).sum() / 10 for j, f in enumerate(found)]
    return float(np.mean(hits))


def main() -> None:
    from assistant.index import ann
    from assistant.index.dense import UNITS, VECTORS, build_dense
    from assistant.index.minilm import MiniLM
    from assistant.index.store import MANIFEST, load_index
    from assistant.retrieval.retriever import Retriever
    from assistant.settings import Paths

    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", required=True, metavar="DIR", help="a collection kept by benchmarks/scale.py")
    ap.add_argument("--questions", type=int, default=200)
    args = ap.parse_args()
    collection = Path(args.keep)
    folder = (collection / "index" / "current").resolve()
    qs = questions(args.questions)
    queries = MiniLM().encode(qs)
    table: dict[str, object] = {"collection": str(collection), "questions": len(qs)}
    for name in (VECTORS, UNITS):
        matrix = np.load(folder / f"{name}.npy")
        exact = matrix @ queries.T
        t0 = time.perf_counter()
        index = ann.create(ann.FAISS, matrix.shape[1])
        index.add(matrix)
        built = index._built()  # type: ignore[attr-defined]
        rows: dict[str, object] = {"vectors": len(matrix), "lists": built.nlist,
                                   "train_and_add_s": round(time.perf_counter() - t0, 1)}
        for share in SHARES:
            built.nprobe = max(1, int(np.ceil(share * built.nlist)))
            t0 = time.perf_counter()
            _, ids = index.search(queries, 10)
            ms = 1000 * (time.perf_counter() - t0) / len(qs)
            rows[f"share {share}"] = {"nprobe": built.nprobe, "recall@10": round(recall_at_10(exact, ids), 4),
                                      "ms_per_query": round(ms, 2)}
        table[name] = rows
    with tempfile.TemporaryDirectory() as tmp:  # the same index with its vectors in FAISS
        root = Path(tmp)
        copy = root / "current"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*vectors.npy"))
        build_dense(np.load(folder / "vectors.npy"), np.load(folder / "unit_vectors.npy"),
                    np.load(folder / "unit_owner.npy").tolist(), copy, ann.FAISS)
        manifest = json.loads((copy / MANIFEST).read_text())
        (copy / MANIFEST).write_text(json.dumps({**manifest, "vectors": ann.FAISS}))
        corpus = collection / "corpus"
        exact_r = Retriever(load_index(Paths(corpus, collection / "index")))
        faiss_r = Retriever(load_index(Paths(corpus, root)))
        same10, same1, alike1, times = 0, 0, 0, []
        for q in qs:
            a = exact_r.search(q)
            t0 = time.perf_counter()
            b = faiss_r.search(q)
            times.append(time.perf_counter() - t0)
            same10 += [h.passage.id for h in a.hits] == [h.passage.id for h in b.hits]
            same1 += bool(a.hits and b.hits and a.hits[0].passage.id == b.hits[0].passage.id)
            # the same passage of another generated guide (same section and kind): an equivalent answer
            alike1 += bool(a.hits and b.hits and (a.hits[0].passage.section, a.hits[0].passage.kind)
                           == (b.hits[0].passage.section, b.hits[0].passage.kind))
        table["ranking"] = {"nprobe_share": ann.NPROBE_SHARE, "same_ten_hits": round(same10 / len(qs), 4),
                            "same_best_hit": round(same1 / len(qs), 4),
                            "same_section_and_kind_best_hit": round(alike1 / len(qs), 4),
                            "search_ms_median": round(1000 * statistics.median(times), 1)}
    lines = [f"`.venv/bin/python benchmarks/ann_recall.py --keep {args.keep} --questions {args.questions}`", "",
             f"{len(qs)} eval questions (MiniLM vectors) against {collection.name}", "",
             "| vectors | lists | probed | recall@10 | ms per query |", "|---|---|---|---|---|"]
    for name in (VECTORS, UNITS):
        rows = table[name]
        assert isinstance(rows, dict)
        for share in SHARES:
            r = rows[f"share {share}"]
            lines.append(f"| {name} ({rows['vectors']}) | {rows['lists']} | {share:.0%} ({r['nprobe']}) | "
                         f"{r['recall@10']:.4f} | {r['ms_per_query']} |")
    rk = table["ranking"]
    assert isinstance(rk, dict)
    lines += ["", f"Whole ranking with the vectors in FAISS (probing {rk['nprobe_share']:.0%}) against exact: the same "
              f"ten hits in order for {rk['same_ten_hits']:.1%} of the questions, the same best hit for "
              f"{rk['same_best_hit']:.1%}, a best hit of the same section and kind (in any guide) for "
              f"{rk['same_section_and_kind_best_hit']:.1%}."]
    text = "\n".join(lines)
    print(text)
    (ROOT / "benchmarks" / "ann_recall.json").write_text(json.dumps(table, indent=2) + "\n")
    (ROOT / "benchmarks" / "ann_recall.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
