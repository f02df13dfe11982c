"""Rank fusion of dense and lexical scores: short pure functions, as txtai keeps them."""

from __future__ import annotations

import numpy as np

RRF_K = 60


def ranks(scores: np.ndarray) -> np.ndarray:
    """0-based rank of each document under `scores` (best = 0)."""
    order = np.argsort(-scores, kind="stable")
    r = np.empty_like(order)
    r[order] = np.arange(len(order))
    return r


def rrf(dense: np.ndarray, lexical: np.ndarray, k: int = RRF_K) -> np.ndarray:
    """Reciprocal-rank fusion; documents with no lexical match get no lexical share."""
    lex = np.where(lexical > 0, 1.0 / (k + 1 + ranks(lexical)), 0.0)
    return 1.0 / (k + 1 + ranks(dense)) + lex


def minmax(x: np.ndarray) -> np.ndarray:
    lo, hi = float(x.min()), float(x.max())
    return np.zeros_like(x) if hi - lo < 1e-9 else (x - lo) / (hi - lo)


def convex(dense: np.ndarray, lexical: np.ndarray, alpha: float) -> np.ndarray:
    """alpha * dense + (1 - alpha) * lexical, each min-max normalised over the collection."""
    return alpha * minmax(dense) + (1 - alpha) * minmax(lexical)
