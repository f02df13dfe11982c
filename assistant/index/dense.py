"""Dense search: cosine of the normalised query vector with every passage and with every passage unit.

The index is built as a FAISS flat inner-product index (`vectors.faiss`, for tools and larger
collections). The query path reads the same vectors from `.npy` files, memory-mapped: for an exact
flat index the search is one matrix-vector product, and importing FAISS would cost more than it does
(tests/test_index.py checks both give the same scores).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

FAISS_FILE = "vectors.faiss"
VECTORS, UNITS, OWNERS = "vectors.npy", "unit_vectors.npy", "unit_owner.npy"


def build_dense(vectors: np.ndarray, unit_vectors: np.ndarray, unit_owner: list[int], folder: Path) -> None:
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    faiss.write_index(index, str(folder / FAISS_FILE))
    np.save(folder / VECTORS, vectors)
    np.save(folder / UNITS, np.ascontiguousarray(unit_vectors, dtype=np.float32))
    np.save(folder / OWNERS, np.asarray(unit_owner, dtype=np.int32))


class DenseIndex:
    """Exact cosine search over all passages and their units (sentences, steps, rows)."""

    def __init__(self, folder: Path) -> None:
        self.vectors = np.load(folder / VECTORS, mmap_mode="r")
        self.units = np.load(folder / UNITS, mmap_mode="r")
        self.owner = np.load(folder / OWNERS, mmap_mode="r")

    @property
    def dimension(self) -> int:
        return int(self.vectors.shape[1])

    def __len__(self) -> int:
        return int(self.vectors.shape[0])

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with every passage, in passage order."""
        return np.asarray(self.vectors @ query.astype(np.float32), dtype=np.float32)

    def unit_sims(self, query: np.ndarray) -> np.ndarray:
        """Cosine of the query with every unit, in index order (units of a passage are contiguous)."""
        return np.asarray(self.units @ query.astype(np.float32), dtype=np.float32)

    def scores_many(self, queries: np.ndarray) -> np.ndarray:
        """Cosines of several queries at once: (passages, queries)."""
        return np.asarray(self.vectors @ queries.astype(np.float32).T, dtype=np.float32)

    def unit_sims_many(self, queries: np.ndarray) -> np.ndarray:
        """Unit cosines of several queries at once: (units, queries)."""
        return np.asarray(self.units @ queries.astype(np.float32).T, dtype=np.float32)

    def best_unit(self, passage_scores: np.ndarray, sims: np.ndarray) -> np.ndarray:
        """For every passage, the cosine of its best-matching unit (its own score if it has none)."""
        best = passage_scores.copy()
        if len(sims):
            has = np.zeros(len(best), dtype=bool)
            has[self.owner] = True
            best[has] = -1.0
            np.maximum.at(best, self.owner, sims)
        return best

    def sims_of(self, passage: int, sims: np.ndarray) -> tuple[float, ...]:
        """The unit cosines of one passage, in unit order."""
        return tuple(round(float(x), 4) for x in sims[self.owner == passage])
