"""The index folder on disk: its layout, the atomic write, and a load that refuses stale or half-built ones."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.corpus.loader import guide_files, load_guide
from assistant.errors import IndexMismatchError, IndexMissingError
from assistant.models import Manifest, Passage
from assistant.settings import INDEX_NAME, Paths

if TYPE_CHECKING:
    from assistant.retrieval.dense import DenseIndex
    from assistant.retrieval.lexical import LexicalIndex

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
LEXICAL = "lexical"
REBUILD = "run `assistant index` to rebuild it"


def write_atomically(index_root: Path, fill: Callable[[Path], Manifest]) -> Manifest:
    """Build into a fresh folder, write the manifest last, then swap the `current` link in one rename."""
    index_root.mkdir(parents=True, exist_ok=True)
    build = index_root / f"build-{uuid.uuid4().hex[:12]}"
    build.mkdir()
    try:
        manifest = fill(build)
        tmp = build / (MANIFEST + ".tmp")
        tmp.write_text(manifest.to_json())
        os.replace(tmp, build / MANIFEST)
        link = index_root / f".{INDEX_NAME}-{uuid.uuid4().hex[:8]}"
        os.symlink(build.name, link)
        os.replace(link, index_root / INDEX_NAME)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    for old in index_root.glob("build-*"):
        if old != build:
            shutil.rmtree(old, ignore_errors=True)
    return manifest


def read_manifest(folder: Path) -> Manifest:
    f = folder / MANIFEST
    if not folder.exists():
        raise IndexMissingError(f"no index at {folder}; {REBUILD}")
    if not f.exists():
        raise IndexMismatchError(f"the index at {folder} is incomplete (no manifest); {REBUILD}")
    try:
        return Manifest.from_json(f.read_text())
    except ValueError:
        raise IndexMismatchError(f"the index manifest at {f} is unreadable; {REBUILD}") from None


def check_fresh(manifest: Manifest, corpus: Path) -> None:
    """Refuse an index whose guides differ from the corpus on disk (added, removed or edited)."""
    built = {g.guide: g.sha256 for g in manifest.guides}
    now = {p.stem: load_guide(p).sha256 for p in guide_files(corpus)}
    if built != now:
        changed = sorted(set(built) ^ set(now) | {g for g in built.keys() & now.keys() if built[g] != now[g]})
        raise IndexMismatchError(f"the index is stale (guides changed: {', '.join(changed)}); {REBUILD}")


@dataclass
class IndexStore:
    """A loaded, checked index: passages plus the dense and lexical search structures."""

    folder: Path
    manifest: Manifest
    passages: list[Passage]
    dense: DenseIndex
    lexical: LexicalIndex


def load_index(paths: Paths) -> IndexStore:
    """Open the live index, checking format, completeness and freshness against the corpus."""
    from assistant.retrieval.dense import DenseIndex
    from assistant.retrieval.lexical import LexicalIndex

    folder = paths.index
    manifest = read_manifest(folder)
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index has format {manifest.format_version}, this program reads {FORMAT_VERSION}; {REBUILD}"
        )
    check_fresh(manifest, paths.corpus)
    try:
        with (folder / PASSAGES).open(encoding="utf-8") as f:
            passages = [Passage.from_dict(json.loads(line)) for line in f if line.strip()]
        dense = DenseIndex(folder)
        lexical = LexicalIndex(folder / LEXICAL)
    except (OSError, ValueError, KeyError, TypeError) as e:  # a damaged file
        raise IndexMismatchError(f"the index at {folder} is damaged ({type(e).__name__}); {REBUILD}") from None
    if not len(passages) == manifest.passage_count == len(dense) == lexical.num_docs:
        raise IndexMismatchError(f"the index at {folder} has inconsistent parts; {REBUILD}")
    return IndexStore(folder, manifest, passages, dense, lexical)
