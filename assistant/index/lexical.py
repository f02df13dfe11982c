"""BM25 over the passages, and over their units (sentences, steps, table rows). Built with bm25s at index
time; at query time its saved score matrix is memory-mapped and summed here with NumPy (bm25s's own
algorithm, without importing scipy or numba)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.corpus import analyzer

FILES = ("data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy")
UNITS = "units"  # a sub-folder: BM25 over units, and owner.npy (the passage each unit belongs to)
OWNER = "owner.npy"


def build_lexical(doc_terms: list[list[str]], surface: list[str], folder: Path,
                  unit_terms: list[list[str]], unit_owner: list[int]) -> None:
    """Index pre-analysed passages and their units with bm25s; save them with the surface words of the
    searchable (non-reference) passages, used for spelling repair and to tell which question words the
    guides know."""
    _save_bm25(doc_terms, folder)
    (folder / "surface.json").write_text(json.dumps(sorted(set(surface))))
    (folder / UNITS).mkdir()
    _save_bm25(unit_terms or [[""]], folder / UNITS)
    np.save(folder / UNITS / OWNER, np.asarray(unit_owner or [0], dtype=np.int64))


def _save_bm25(doc_terms: list[list[str]], folder: Path) -> None:
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(doc_terms, show_progress=False)
    retriever.save(str(folder), show_progress=False)


class Bm25Matrix:
    """A saved bm25s index, read-only: the score of every document for a bag of weighted terms."""

    def __init__(self, folder: Path) -> None:
        self.vocab: dict[str, int] = json.loads((folder / "vocab.index.json").read_text())
        params = json.loads((folder / "params.index.json").read_text())
        self.num_docs: int = params["num_docs"]
        self.data, self.indices, self.indptr = (np.load(folder / f, mmap_mode="r") for f in FILES)

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


class LexicalIndex(Bm25Matrix):
    """BM25 over passages, the surface words of the guides, and BM25 over each passage's units."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.surface: list[str] = json.loads((folder / "surface.json").read_text())
        self.known_words = frozenset(self.surface)
        self.known_stems = frozenset(analyzer.stem(self.surface))
        self.units = Bm25Matrix(folder / UNITS)
        self.owner: np.ndarray = np.load(folder / UNITS / OWNER)
        if len(self.owner) != self.units.num_docs or (len(self.owner) and int(self.owner.max()) >= self.num_docs):
            raise ValueError("unit BM25 does not match its passages")

    def best_unit(self, weighted: dict[str, float]) -> np.ndarray:
        """For every passage, the BM25 score of its best-matching unit (0 for a passage without units).

        A question about one protocol step matches that step as well as a short passage that mentions the
        same words, where BM25 over whole passages favours the short one (length normalisation).
        """
        best = np.zeros(self.num_docs, dtype=np.float32)
        np.maximum.at(best, self.owner, self.units.scores(weighted))
        return best
