"""Dense search: cosine of the normalised query vector with every passage and with every passage unit.

The vectors are held by one of the `ann` backends, recorded in the manifest. With `exact` (every
collection a lab is likely to have) the cosines are exact for every passage and unit: one
memory-mapped matrix product each. With `faiss` (very large collections) the `CANDIDATES` best
passages and units come from the approximate index with their exact cosines; every other one gets
the lowest cosine of the collection (found by searching for the opposite of the query), which the
ranker's min-max scaling maps to 0, as it maps a passage that is far from the question.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index import ann

VECTORS, UNITS, OWNERS = "vectors", "unit_vectors", "unit_owner.npy"
CANDIDATES = 2000  # passages (and units) a FAISS search returns with exact cosines


def build_dense(vectors: np.ndarray, unit_vectors: np.ndarray, unit_owner: list[int], folder: Path,
                backend: str = ann.EXACT) -> None:
    """Store the passage and unit vectors with a backend, and the passage of each unit."""
    for name, matrix in ((VECTORS, vectors), (UNITS, unit_vectors)):
        index = ann.create(backend, matrix.shape[1])
        index.add(np.ascontiguousarray(matrix, dtype=np.float32))
        index.save(folder / ann.file_name(backend, name))
    np.save(folder / OWNERS, np.asarray(unit_owner, dtype=np.int32))


def stored_vectors(folder: Path, backend: str) -> np.ndarray:
    """Every stored vector, passages then units (a rebuild reuses those whose text is unchanged)."""
    parts = [ann.load(backend, folder / ann.file_name(backend, name)) for name in (VECTORS, UNITS)]
    return np.concatenate([p.rows(np.arange(p.count())) for p in parts])


class DenseIndex:
    """Cosine search over all passages and their units (sentences, steps, rows)."""

    def __init__(self, folder: Path, backend: str = ann.EXACT) -> None:
        self.backend = backend
        self.passages = ann.load(backend, folder / ann.file_name(backend, VECTORS))
        self.units = ann.load(backend, folder / ann.file_name(backend, UNITS))
        self.owner = np.load(folder / OWNERS, mmap_mode="r")

    @property
    def dimension(self) -> int:
        return self.passages.dimension

    def __len__(self) -> int:
        return self.passages.count()

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with every passage, in passage order."""
        return self.scores_many(query[None])[:, 0]

    def unit_sims(self, query: np.ndarray) -> np.ndarray:
        """Cosine of the query with every unit, in index order (units of a passage are contiguous)."""
        return self.unit_sims_many(query[None])[:, 0]

    def scores_many(self, queries: np.ndarray) -> np.ndarray:
        """Cosines of several queries at once: (passages, queries)."""
        return _cosines(self.passages, queries)

    def unit_sims_many(self, queries: np.ndarray) -> np.ndarray:
        """Unit cosines of several queries at once: (units, queries)."""
        return _cosines(self.units, queries)

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
        """The unit cosines of one passage, in unit order (its units are contiguous: no scan of all units)."""
        a, b = np.searchsorted(self.owner, [passage, passage + 1])
        return tuple(round(float(x), 4) for x in sims[a:b])


def _cosines(index: ann.ANN, queries: np.ndarray) -> np.ndarray:
    """Every row's cosine with each query, (rows, queries): exact, or the ANN's candidates over a floor."""
    queries = np.asarray(queries, dtype=np.float32)
    if isinstance(index, ann.ExactIndex):
        return index.all_scores(queries)
    out = np.empty((index.count(), len(queries)), dtype=np.float32)
    if not len(out):
        return out
    scores, ids = index.search(np.concatenate([queries, -queries]), min(CANDIDATES, index.count()))
    for j in range(len(queries)):
        far = -scores[len(queries) + j, 0] if ids[len(queries) + j, 0] >= 0 else -1.0
        out[:, j] = far  # the lowest cosine of the collection, for every row the search did not return
        found = ids[j] >= 0
        out[ids[j][found], j] = scores[j][found]
    return out
