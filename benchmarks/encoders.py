"""Index-time encoders on the development corpus: texts per second, and cosine to sentence-transformers.

    .venv/bin/python benchmarks/encoders.py [--rounds 2] [--onnx MODEL.onnx [--onnx-int8 MODEL.onnx]]

Every distinct text `assistant index` embeds for the development guides (corpus/ and the gallery:
passages with their section context, and their units) is embedded by sentence-transformers (the
reference), by the NumPy MiniLM in one thread, and by the build's encoder (the NumPy MiniLM on every
core, `index/parallel.py`), each given the texts shortest first as the build does, in alternating
rounds. Reports texts per second (median) and the lowest cosine of any text to the reference.
`--onnx`: also ONNX Runtime (not a dependency: install onnxruntime beside, and export the model with
torch.onnx.export, which needs the onnx package; README, "At scale", says how it was measured).
Results: benchmarks/encoders.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BATCH = 256  # texts per call, as the build (EMBED_BATCH)


def dev_texts() -> list[str]:
    from assistant.corpus.loader import document_of, load_corpus, passages_of
    from assistant.evaluate import DEV_FOLDERS
    from assistant.index.build import unit_index

    passages = []
    for folder in DEV_FOLDERS:
        guides, _ = load_corpus(folder)
        passages += [p for g in guides for p in passages_of(g, document_of(g))]
    units, _ = unit_index(passages)
    return sorted(set([p.context_text() for p in passages] + units), key=lambda t: (len(t), t))


def timed(encode, texts: list[str]) -> tuple[float, np.ndarray]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = np.concatenate([encode(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)])
    return time.perf_counter() - t0, out


def onnx_encoder(path: str, model):  # type: ignore[no-untyped-def]
    """An ONNX Runtime session over the same WordPiece ids and length groups as the NumPy encoder."""
    import onnxruntime as ort

    from assistant.index.minilm import batches

    options = ort.SessionOptions()
    options.intra_op_num_threads = os.cpu_count() or 1
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])

    def encode(texts: list[str]) -> np.ndarray:
        encs = [model.tokenizer.encode(t) for t in texts]
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for group in batches(encs):
            longest = max(len(encs[i]) for i in group)
            ids = np.zeros((len(group), longest), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, i in enumerate(group):
                ids[row, : len(encs[i])], mask[row, : len(encs[i])] = encs[i], 1
            out[group] = session.run(None, {"ids": ids, "mask": mask})[0]
        return out

    return encode


def main() -> None:
    from threadpoolctl import threadpool_limits

    from assistant.index.encoders import SentenceTransformerEncoder
    from assistant.index.minilm import MiniLM
    from assistant.index.parallel import ParallelMiniLM

    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--onnx", metavar="FILE", help="an ONNX export (ids, mask -> normalised vectors)")
    ap.add_argument("--onnx-int8", metavar="FILE", help="the same, dynamically quantised to int8")
    args = ap.parse_args()
    texts = dev_texts()
    reference = SentenceTransformerEncoder()
    numpy_one = MiniLM()
    parallel = ParallelMiniLM()

    def one_thread(batch: list[str]) -> np.ndarray:
        with threadpool_limits(limits=1, user_api="blas"):
            return numpy_one.encode(batch)

    cases = {"sentence-transformers (torch, 2 threads)": reference.encode,
             "NumPy MiniLM, BLAS on every core, one call per batch (as at query time)": numpy_one.encode,
             "NumPy MiniLM, 1 thread": one_thread,
             f"NumPy MiniLM, {parallel.workers} worker threads (the build's encoder)": parallel.encode}
    for label, path in (("ONNX Runtime fp32, 2 threads", args.onnx), ("ONNX Runtime int8, 2 threads", args.onnx_int8)):
        if path:
            cases[label] = onnx_encoder(path, numpy_one)
    seconds: dict[str, list[float]] = {k: [] for k in cases}
    vectors: dict[str, np.ndarray] = {}
    for _ in range(args.rounds):
        for name, encode in cases.items():
            s, vectors[name] = timed(encode, texts)
            seconds[name].append(s)
    ref = vectors[next(iter(cases))]
    table = {}
    lines = [f"`.venv/bin/python benchmarks/encoders.py --rounds {args.rounds}`", "",
             f"{len(texts)} distinct texts of the development guides, {os.cpu_count()} cores, median of "
             f"{args.rounds} alternating rounds", "",
             "| encoder | texts/s | lowest cosine to sentence-transformers |", "|---|---|---|"]
    for name in cases:
        rate = len(texts) / statistics.median(seconds[name])
        low = float((vectors[name] * ref).sum(1).min())
        table[name] = {"texts_per_s": round(rate, 1), "min_cosine": round(low, 6)}
        lines.append(f"| {name} | {rate:.1f} | {low:.6f} |")
    text = "\n".join(lines)
    print(text)
    (ROOT / "benchmarks" / "encoders.json").write_text(json.dumps({"texts": len(texts), "results": table}, indent=2)
                                                      + "\n")
    (ROOT / "benchmarks" / "encoders.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
