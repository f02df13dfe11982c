"""Nearest-neighbour backends behind one small interface (add, search, save, load, count, as txtai's ANN).

- `exact`: the vectors as one memory-mapped `.npy` matrix; a search is one matrix-vector product. Best
  for a lab's collection: it reads every vector per question, which costs less than importing FAISS
  until the vectors run to hundreds of megabytes.
- `faiss`: a FAISS inverted-file index (IVF, flat codes, inner product). The inverted lists are
  memory-mapped: a question reads the lists of its `nprobe` nearest centroids, a few percent of the
  vectors, so a cold `ask` stays fast at ten thousand guides. FAISS is imported only here, and only
  when an index was built with this backend.

`choose()` picks the backend by collection size (`EXACT_UP_TO`); the build records it in the manifest.
The vectors are stored once, by whichever backend holds them. Another engine (a Qdrant or OpenSearch
collection, say) is one more class with these methods: README, "Past one machine".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import numpy as np

EXACT, FAISS = "exact", "faiss"
BACKENDS = (EXACT, FAISS)
# Vectors (passages and units together) up to which the exact product is used. Measured on 2 cores
# (benchmarks/scale.md): 119,000 vectors (1,000 guides) take ~15 ms exact; 1.2 million (10,000 guides)
# ~300 ms and their 1.8 GB in the page cache, where the IVF search takes ~25 ms plus ~60 ms to import FAISS.
EXACT_UP_TO = 400_000
NPROBE_SHARE = 0.05  # share of the inverted lists a search probes: recall@10 >= 0.99 (benchmarks/ann_recall.md)
MIN_PROBE = 16  # and at least this many: a small collection's search probes all its lists
TRAIN_PER_LIST = 64  # training vectors per inverted list: enough for k-means, and a bounded build time


class ANN(Protocol):
    """A vector index over normalised float32 rows, searched by inner product (cosine)."""

    def add(self, vectors: np.ndarray) -> None: ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]: ...

    def save(self, path: Path) -> None: ...

    def count(self) -> int: ...

    def rows(self, ids: np.ndarray) -> np.ndarray: ...

    @property
    def dimension(self) -> int: ...


def choose(vectors: int) -> str:
    """The backend for a collection of this many vectors (passages and units)."""
    return EXACT if vectors <= EXACT_UP_TO else FAISS


def file_name(backend: str, name: str) -> str:
    """Where a backend keeps the vectors called `name` ("vectors", "unit_vectors") in an index folder."""
    return f"{name}.npy" if backend == EXACT else f"{name}.ivf"


def create(backend: str, dimension: int) -> ANN:
    """An empty index of a backend."""
    if backend == EXACT:
        return ExactIndex(np.zeros((0, dimension), dtype=np.float32))
    if backend == FAISS:
        return FaissIndex.empty(dimension)
    raise ValueError(f"unknown vector backend {backend!r} (choose {' or '.join(BACKENDS)})")


def load(backend: str, path: Path) -> ANN:
    """Open a saved index (memory-mapped: a question reads only what it touches)."""
    if backend == EXACT:
        return ExactIndex(np.load(path, mmap_mode="r"))
    if backend == FAISS:
        return FaissIndex.load(path)
    raise ValueError(f"unknown vector backend {backend!r}")


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores, best first."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    idx = np.argpartition(-scores, k - 1)[:k]
    return idx[np.argsort(-scores[idx], kind="stable")]


class ExactIndex:
    """Every vector in one matrix: exact scores for all rows from one matrix product."""

    def __init__(self, matrix: np.ndarray) -> None:
        self.matrix = matrix

    def add(self, vectors: np.ndarray) -> None:
        self.matrix = np.concatenate([self.matrix, np.asarray(vectors, dtype=np.float32)])

    def all_scores(self, queries: np.ndarray) -> np.ndarray:
        """Inner products of every row with every query: (rows, queries)."""
        return np.asarray(self.matrix @ queries.astype(np.float32).T, dtype=np.float32)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The k best rows of each query and their scores: (queries, k) each."""
        scores = self.all_scores(queries).T
        ids = np.stack([top_k(s, k) for s in scores]) if len(scores) else np.zeros((0, 0), dtype=np.int64)
        return np.take_along_axis(scores, ids, axis=1), ids

    def save(self, path: Path) -> None:
        np.save(path, np.ascontiguousarray(self.matrix, dtype=np.float32))

    def count(self) -> int:
        return int(self.matrix.shape[0])

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of some rows."""
        return np.asarray(self.matrix[np.asarray(ids, dtype=np.int64)], dtype=np.float32)

    @property
    def dimension(self) -> int:
        return int(self.matrix.shape[1])


class FaissIndex:
    """A FAISS IVF-flat index (inner product), its inverted lists memory-mapped when loaded."""

    def __init__(self, index: Any) -> None:
        self.index = index  # a faiss.IndexIVFFlat, or the vectors waiting to train one

    @classmethod
    def empty(cls, dimension: int) -> FaissIndex:
        return cls(_Pending(dimension))

    @classmethod
    def load(cls, path: Path) -> FaissIndex:
        import faiss
        from threadpoolctl import threadpool_limits

        # FAISS brings a second OpenBLAS (on OpenMP): with both pools on the same cores, NumPy's encoding
        # of the question took 1 s instead of 30 ms (measured). One question needs no BLAS threads.
        threadpool_limits(limits=1, user_api="blas")
        index: Any = faiss.read_index(str(path), faiss.IO_FLAG_MMAP)  # the inverted lists stay on disk
        if hasattr(index, "nprobe"):
            index.nprobe = nprobe(index.nlist)
        return cls(index)

    def add(self, vectors: np.ndarray) -> None:
        """Keep the vectors; the index is trained on them and filled when saved (k-means needs them all)."""
        if not isinstance(self.index, _Pending):
            raise ValueError("a loaded FAISS index is read-only")
        self.index.parts.append(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The (approximately) k best rows of each query and their scores; missing places have id -1."""
        index = self._built()
        scores, ids = index.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        return scores, ids

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._built(), str(path))

    def count(self) -> int:
        if isinstance(self.index, _Pending):
            return sum(len(p) for p in self.index.parts)
        return int(self.index.ntotal)

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of some rows (through the index's direct map)."""
        index = self._built()
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return np.zeros((0, self.dimension), dtype=np.float32)
        if len(ids) == self.count() and (ids == np.arange(len(ids))).all():
            return np.asarray(index.reconstruct_n(0, len(ids)), dtype=np.float32)
        return np.asarray(index.reconstruct_batch(ids), dtype=np.float32)

    @property
    def dimension(self) -> int:
        if isinstance(self.index, _Pending):
            return self.index.dimension
        return int(self.index.d)

    def _built(self) -> Any:
        if isinstance(self.index, _Pending):
            self.index = self.index.train()
        return self.index


class _Pending:
    """Vectors added to a FAISS index not trained yet."""

    def __init__(self, dimension: int) -> None:
        self.dimension = dimension
        self.parts: list[np.ndarray] = []

    def train(self) -> Any:
        import faiss

        vectors = np.concatenate(self.parts) if self.parts else np.zeros((0, self.dimension), dtype=np.float32)
        if not len(vectors):  # nothing to train on (a collection without units): an empty flat index
            return faiss.IndexFlatIP(self.dimension)
        lists = max(1, min(len(vectors) // 39, int(4 * np.sqrt(max(len(vectors), 1)))))
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(self.dimension), self.dimension, lists,
                                   faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)  # a seeded sample: the same collection gives the same index
        n = min(len(vectors), TRAIN_PER_LIST * lists)
        index.train(vectors[np.sort(rng.choice(len(vectors), n, replace=False))] if n < len(vectors) else vectors)
        index.add(vectors)
        index.make_direct_map()  # rows(): a stored vector by its id
        index.nprobe = nprobe(lists)
        return index


def nprobe(lists: int) -> int:
    """How many inverted lists a search probes."""
    return max(1, min(lists, max(MIN_PROBE, int(np.ceil(NPROBE_SHARE * lists)))))
