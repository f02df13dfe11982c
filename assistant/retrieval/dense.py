"""Dense search: inner product of the normalised query vector with every passage vector (FAISS)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

FILE = "vectors.faiss"


def build_dense(vectors: np.ndarray, folder: Path) -> None:
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(folder / FILE))


class DenseIndex:
    """Exact cosine search (vectors are normalised) over all passages."""

    def __init__(self, folder: Path) -> None:
        import faiss

        self.index = faiss.read_index(str(folder / FILE))

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with every passage, in passage order."""
        n = len(self)
        sims, ids = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), n)
        out = np.full(n, -1.0, dtype=np.float32)
        out[ids[0]] = sims[0]
        return out
