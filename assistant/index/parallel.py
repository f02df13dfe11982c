"""The index-time MiniLM encoder: the NumPy forward pass of `minilm.py` on every core, without torch.

Each worker thread embeds whole groups of similar-length texts with a single-threaded BLAS: NumPy
releases the GIL in its matrix products and element-wise passes, so the two halves of the forward
pass that are not matrix products (GELU, layer norm, softmax) run on every core too, and a core
that another program takes slows one worker instead of stalling a multi-threaded BLAS (measured on
this 2-core machine with one core busy: 5 texts/s with OpenBLAS's 2 threads against 30 with 1).
The vectors are those of `MiniLM.encode` (tests/test_real_model.py: cosine >= 0.9999 to
sentence-transformers). README, "Scale", has the measured texts per second of each option.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from assistant.index.encoders import MINILM
from assistant.index.minilm import BATCH, MiniLM

if TYPE_CHECKING:
    import numpy as np


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class ParallelMiniLM:
    """MiniLM vectors for many texts at once, one worker thread per core."""

    name = MINILM

    def __init__(self, workers: int | None = None) -> None:
        self.model = MiniLM()
        self.workers = workers or cores()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised float32 embeddings, one row per text (pass texts of similar length together)."""
        import numpy as np
        from threadpoolctl import threadpool_limits

        out = np.zeros((len(texts), self.model.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        groups = [order[start : start + BATCH] for start in range(0, len(order), BATCH)]

        def embed(group: list[int]) -> None:
            encs = [self.model.tokenizer.encode(texts[i]) for i in group]
            out[group] = self.model.embed(encs)

        with threadpool_limits(limits=1, user_api="blas"), ThreadPoolExecutor(self.workers) as pool:
            for done in pool.map(embed, groups):  # re-raises a worker's error here
                del done
        return out
