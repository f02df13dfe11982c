"""Text encoders, named so a manifest can say which one built an index and the query side can match it.

- `minilm`: all-MiniLM-L6-v2, run by the NumPy forward pass in `minilm.py`, which gives the vectors of
  sentence-transformers (the reference) without importing torch: on every core at index time
  (`parallel.py`), one question at a time at query time.
- `hashing`: a deterministic bag-of-words hashing encoder, so most tests never load a model.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

MINILM = "minilm"
HASHING = "hashing"
MODEL_NAMES = {MINILM: "sentence-transformers/all-MiniLM-L6-v2", HASHING: "hashing-256"}


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


class HashingEncoder:
    """Deterministic stand-in for a model: each word hashed into one of 256 signed buckets."""

    name = HASHING
    dimension = 256

    def encode(self, texts: list[str]) -> np.ndarray:
        import hashlib

        import numpy as np

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, t in enumerate(texts):
            for word in re.findall(r"\w+", t.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                out[i, h % self.dimension] += 1.0 if h & 1 << 31 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


class SentenceTransformerEncoder:
    """The reference encoder (imports torch): what the NumPy encoder is checked against."""

    name = MINILM

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        from assistant.index.minilm import model_dir

        self.model = SentenceTransformer(str(model_dir()), device="cpu")

    def encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        vecs = self.model.encode(texts, normalize_embeddings=True, batch_size=32, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)


def build_encoder(name: str) -> Encoder:
    """The index-time encoder for a name (ASSISTANT_EMBEDDER chooses; minilm by default): torch-free.

    ASSISTANT_BUILD_ENCODER=reference builds with sentence-transformers instead, to check that the fast
    encoder changes no result.
    """
    if name == HASHING:
        return HashingEncoder()
    if name == MINILM:
        if os.environ.get("ASSISTANT_BUILD_ENCODER") == "reference":
            return SentenceTransformerEncoder()
        from assistant.index.parallel import ParallelMiniLM

        return ParallelMiniLM()
    raise ValueError(f"unknown embedder {name!r} (choose {MINILM} or {HASHING})")


def query_encoder(name: str) -> Encoder:
    """The query-time encoder for an index built with `name`: torch-free.

    ASSISTANT_QUERY_ENCODER=reference uses sentence-transformers instead, to check that the fast
    encoder changes no result (`ASSISTANT_QUERY_ENCODER=reference assistant eval`).
    """
    if name == HASHING:
        return HashingEncoder()
    if os.environ.get("ASSISTANT_QUERY_ENCODER") == "reference":
        return SentenceTransformerEncoder()
    from assistant.index.minilm import MiniLM

    return MiniLM()


def model_fingerprint(name: str) -> str:
    """A hash identifying the weights, so an index built with other weights is refused."""
    if name == HASHING:
        return "hashing-v1"
    import hashlib

    f = _weights()
    st = f.stat()
    with f.open("rb") as fh:  # the header and first tensors: enough to tell weights apart
        head = fh.read(65536)
    return hashlib.sha256(f"{f.name}:{st.st_size}".encode() + head).hexdigest()


def model_stat(name: str) -> str:
    """The weights file's size and modification time: if they match the manifest's, the fingerprint is
    taken as matching without hashing (as guide files are checked), which keeps hashlib off every ask."""
    if name == HASHING:
        return ""  # no file: the fingerprint itself is the (free) check
    from assistant.corpus.files import stat_key

    return stat_key(_weights())


def _weights() -> Path:
    from assistant.index.minilm import model_dir

    return model_dir() / "model.safetensors"
