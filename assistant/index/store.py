"""The index folder on disk: its layout, the atomic write, and a load that refuses stale or half-built ones."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.corpus.loader import file_digest, guide_files
from assistant.errors import IndexBusyError, IndexMismatchError, IndexMissingError
from assistant.models import GuideRecord, Manifest, Passage, SkippedGuide
from assistant.settings import INDEX_NAME, Paths

if TYPE_CHECKING:
    from assistant.retrieval.dense import DenseIndex
    from assistant.retrieval.lexical import LexicalIndex

FORMAT_VERSION = 3
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
KEYS = "keys.json"  # a digest of every embedded text, so a rebuild re-embeds only what changed
LEXICAL = "lexical"
LOCK = ".lock"
REBUILD = "run `assistant index` to rebuild it (or pass --reindex)"


@contextmanager
def build_lock(index_root: Path) -> Iterator[None]:
    """Hold the index folder's build lock; a second `assistant index` is told, not queued or corrupted.

    flock is released by the kernel when the holder dies, so a killed build never leaves it stuck.
    """
    import fcntl

    index_root.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise IndexBusyError(f"another `assistant index` is building in {index_root}; wait for it to finish") from None
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


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
    for old in index_root.glob("build-*"):  # earlier builds, and any a killed build left half-written
        if old != build:
            shutil.rmtree(old, ignore_errors=True)
    for stray in index_root.glob(f".{INDEX_NAME}-*"):
        stray.unlink(missing_ok=True)
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
    """Refuse an index whose guides differ from the corpus on disk (added, removed or edited).

    A file whose size and modification time match the manifest is taken as unchanged; any other is hashed.
    """
    recorded: dict[str, GuideRecord | SkippedGuide] = {g.path: g for g in manifest.guides}
    recorded.update({s.path: s for s in manifest.skipped})
    files = {p.name: p for p in guide_files(corpus)}
    changes = [f"{n} added" for n in sorted(files.keys() - recorded.keys())]
    changes += [f"{n} removed" for n in sorted(recorded.keys() - files.keys())]
    for name in sorted(files.keys() & recorded.keys()):
        rec, st = recorded[name], files[name].stat()
        if (st.st_size, st.st_mtime_ns) != (rec.size, rec.mtime_ns) and file_digest(files[name]) != rec.sha256:
            changes.append(f"{name} changed")
    if changes:
        shown = ", ".join(changes[:3]) + (f" and {len(changes) - 3} more" if len(changes) > 3 else "")
        raise IndexMismatchError(f"the index is stale ({shown}); {REBUILD}")


def check_model(manifest: Manifest) -> None:
    """Refuse an index built with another embedding model or other weights than the ones installed."""
    from assistant.index.encoders import MODEL_NAMES, model_fingerprint

    if manifest.embedder not in MODEL_NAMES:
        raise IndexMismatchError(f"the index was built with an unknown embedder {manifest.embedder!r}; {REBUILD}")
    if manifest.model_sha256 != model_fingerprint(manifest.embedder):
        raise IndexMismatchError(f"the index was built with other model weights than installed; {REBUILD}")


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
    check_model(manifest)
    check_fresh(manifest, paths.corpus)
    try:
        with (folder / PASSAGES).open(encoding="utf-8") as f:
            passages = [Passage.from_dict(json.loads(line)) for line in f if line.strip()]
        dense = DenseIndex(folder)
        lexical = LexicalIndex(folder / LEXICAL)
    except (OSError, ValueError, KeyError, TypeError) as e:  # a damaged file
        raise IndexMismatchError(f"the index at {folder} is damaged ({type(e).__name__}); {REBUILD}") from None
    if not len(passages) == manifest.passage_count == len(dense) == lexical.num_docs or (
        len(dense) and dense.dimension != manifest.dimension
    ):
        raise IndexMismatchError(f"the index at {folder} has inconsistent parts; {REBUILD}")
    return IndexStore(folder, manifest, passages, dense, lexical)
