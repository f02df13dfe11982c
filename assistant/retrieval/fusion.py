"""Putting scores on one scale for a question: each ranking feature is min-max normalised over the
collection, so the fitted weights (assistant.config) combine like with like."""

from __future__ import annotations

import numpy as np


def minmax(x: np.ndarray) -> np.ndarray:
    """x scaled to 0..1 over the collection (all zeros when every value is the same)."""
    lo, hi = float(x.min()), float(x.max())
    return np.zeros_like(x) if hi - lo < 1e-9 else (x - lo) / (hi - lo)
