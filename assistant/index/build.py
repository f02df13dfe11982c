"""`assistant index`: corpus -> passages -> vectors (sentence-transformers) + BM25, written atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from assistant.answer.units import units
from assistant.corpus.loader import load_corpus, passages_of
from assistant.index import store
from assistant.index.encoders import MINILM, MODEL_NAMES, build_encoder, model_fingerprint
from assistant.models import GuideRecord, Manifest, Passage
from assistant.retrieval import analyzer
from assistant.settings import Paths

Progress = Callable[[str], None]


def embedder_name() -> str:
    return os.environ.get("ASSISTANT_EMBEDDER", MINILM)


def unit_index(passages: list[Passage]) -> tuple[list[str], list[int]]:
    """Each quotable unit (sentence, step, row) of a searchable passage, with its nearest section context."""
    texts: list[str] = []
    owner: list[int] = []
    for i, p in enumerate(passages):
        if p.kind in ("reference", "table-row"):
            continue
        for u in units(p):
            texts.append(f"{' > '.join(p.section[-2:])}: {u.text}")
            owner.append(i)
    return texts, owner


def build_index(paths: Paths, embedder: str | None = None, progress: Progress = lambda _: None) -> Manifest:
    """Parse every guide, embed and index its passages, and swap the new index into place."""
    name = embedder or embedder_name()
    guides = load_corpus(paths.corpus)
    per_guide = [(g, passages_of(g)) for g in guides]
    passages: list[Passage] = [p for _, ps in per_guide for p in ps]
    progress(f"parsed {len(guides)} guide(s) into {len(passages)} passages")
    encoder = build_encoder(name)
    progress(f"embedding with {MODEL_NAMES[name]}")
    vectors = encoder.encode([p.context_text() for p in passages])
    unit_texts, unit_owner = unit_index(passages)
    unit_vectors = encoder.encode(unit_texts)

    def fill(folder: Path) -> Manifest:
        from assistant.retrieval.dense import build_dense
        from assistant.retrieval.lexical import build_lexical

        with (folder / store.PASSAGES).open("w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        build_dense(vectors, unit_vectors, unit_owner, folder)
        (folder / store.LEXICAL).mkdir()
        texts = [p.context_text() for p in passages]
        surface = [w for p, t in zip(passages, texts, strict=True) if p.kind != "reference" for w in analyzer.words(t)]
        build_lexical([analyzer.terms(t) or [""] for t in texts], surface, folder / store.LEXICAL)
        return Manifest(
            format_version=store.FORMAT_VERSION,
            model_name=MODEL_NAMES[name],
            model_sha256=model_fingerprint(name),
            dimension=int(vectors.shape[1]),
            passage_count=len(passages),
            guides=tuple(
                GuideRecord(guide=g.id, path=g.path.name, sha256=g.sha256, passages=len(ps)) for g, ps in per_guide
            ),
            built_at=datetime.now(UTC).isoformat(timespec="seconds"),
            embedder=name,
        )

    manifest = store.write_atomically(paths.index_root, fill)
    progress(f"index written to {paths.index}")
    return manifest
