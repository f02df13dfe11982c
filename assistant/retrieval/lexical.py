"""BM25 over the passages. Built with bm25s at index time; at query time its saved score matrix is
memory-mapped and summed here with NumPy (bm25s's own algorithm, without importing scipy or numba)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.retrieval import analyzer

FILES = ("data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy")


def build_lexical(doc_terms: list[list[str]], surface: list[str], folder: Path) -> None:
    """Index pre-analysed documents with bm25s; save them with the surface words of the searchable
    (non-reference) passages, used for spelling repair and to tell which question words the guides know."""
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(doc_terms, show_progress=False)
    retriever.save(str(folder), show_progress=False)
    (folder / "surface.json").write_text(json.dumps(sorted(set(surface))))


class LexicalIndex:
    """Read-only BM25 scores for a bag of weighted query terms."""

    def __init__(self, folder: Path) -> None:
        self.vocab: dict[str, int] = json.loads((folder / "vocab.index.json").read_text())
        params = json.loads((folder / "params.index.json").read_text())
        self.num_docs: int = params["num_docs"]
        self.data, self.indices, self.indptr = (np.load(folder / f, mmap_mode="r") for f in FILES)
        self.surface: list[str] = json.loads((folder / "surface.json").read_text())
        self.known_words = frozenset(self.surface)
        self.known_stems = frozenset(analyzer.stem(self.surface))

    def __contains__(self, term: str) -> bool:
        return term in self.vocab and term != ""

    def scores(self, weighted: dict[str, float]) -> np.ndarray:
        """BM25 score of every document; each known term counts once, times its weight."""
        out = np.zeros(self.num_docs, dtype=np.float32)
        for term, weight in weighted.items():
            tid = self.vocab.get(term)
            if tid is None or term == "":
                continue
            a, b = int(self.indptr[tid]), int(self.indptr[tid + 1])
            np.add.at(out, self.indices[a:b], self.data[a:b] * np.float32(weight))
        return out
