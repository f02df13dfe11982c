"""`assistant index`: corpus -> passages -> vectors (MiniLM in NumPy, on every core) + BM25, written atomically.

Incremental: every embedded text (a passage with its section context, or one of its units) is keyed by
its digest, and vectors whose text is unchanged are copied from the live index instead of re-embedded,
so only guides that were added or edited cost model time. BM25 is rebuilt whole: it takes milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assistant.config import CONFIG_FILE, load_config
from assistant.corpus import analyzer
from assistant.corpus.loader import Guide, Problem, document_of, load_corpus, passages_of
from assistant.corpus.units import units
from assistant.errors import AssistantError, CorpusError
from assistant.index import store
from assistant.index.ann import choose
from assistant.index.encoders import MINILM, MODEL_NAMES, Encoder, build_encoder, model_fingerprint, model_stat
from assistant.index.store import parser_fingerprint
from assistant.models import GuideRecord, Manifest, Passage, SkippedGuide
from assistant.settings import Paths

if TYPE_CHECKING:
    import numpy as np

EMBED_BATCH = 256  # texts per encoder call: a progress step, shared out over the cores


class Reporter(Protocol):
    """Where a build reports progress (the CLI draws a rich progress bar; tests pass nothing)."""

    def stage(self, name: str, total: int) -> None: ...

    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass(frozen=True)
class BuildReport:
    """What one `assistant index` run did, for its one-line summary."""

    manifest: Manifest
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0

    def readings(self) -> list[str]:
        """A line for each guide read in this run: its format, the passage kinds found, what was dropped;
        and a warning for a guide that came out as prose only (its structure was not recognised)."""
        out: list[str] = []
        fresh = set(self.added) | set(self.changed)
        for g in self.manifest.guides:
            if g.path not in fresh:
                continue
            kinds = ", ".join(f"{n} {k}" for k, n in sorted(g.kinds.items(), key=lambda kn: -kn[1]))
            dropped = f"; dropped {', '.join(g.dropped)}" if g.dropped else ""
            out.append(f"read {g.path} ({g.format}): {kinds}{dropped}")
            if set(g.kinds) == {"prose"}:
                out.append(f"warning: {g.path} came out as prose only: no headings, lists, tables or labelled "
                           "problems were recognised, so answers from it will be coarse")
        return out

    def summary(self) -> str:
        m = self.manifest
        parts = [f"{n} {what}" for n, what in ((len(self.added), "added"), (len(self.changed), "changed"),
                                               (len(self.unchanged), "unchanged"), (len(self.removed), "removed"),
                                               (len(self.skipped), "skipped")) if n]
        return (f"indexed {m.passage_count} passages from {len(m.guides)} guide(s) ({', '.join(parts)}); "
                f"embedded {self.embedded} texts, reused {self.reused}, in {self.seconds:.1f} s")


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
            texts.append(f"{' > '.join(p.section[-2:])}: {u.said}")
            owner.append(i)
    return texts, owner


def lexical_units(passages: list[Passage]) -> tuple[list[list[str]], list[int]]:
    """The BM25 terms of each unit (sentence, step, table row) of a searchable passage, and its owner."""
    terms: list[list[str]] = []
    owner: list[int] = []
    for i, p in enumerate(passages):
        if p.kind == "reference":
            continue
        for u in units(p):
            terms.append(analyzer.lexical_terms(u.said) or [""])
            owner.append(i)
    return terms, owner


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def build_index(paths: Paths, embedder: str | None = None, reporter: Reporter | None = None,
                vectors: str | None = None, seed: Path | None = None) -> BuildReport:
    """Parse every guide, embed what changed, index the passages, and swap the new index into place.

    `vectors`: the backend that stores and searches the vectors (index.ann); by default chosen by size.
    `seed`: another live index folder whose vectors and parsed guides may be reused too (a library of some
    of its guides, built without embedding anything again)."""
    with store.build_lock(paths.index_root):
        return _build(paths, embedder or embedder_name(), reporter or _Silent(), vectors, seed)


def _build(paths: Paths, name: str, reporter: Reporter, backend: str | None = None,
           seed: Path | None = None) -> BuildReport:
    import numpy as np

    t0 = time.perf_counter()
    guides, problems = load_corpus(paths.corpus)
    old_manifest, cache = _previous(paths.index, name)
    reusable = _reusable_passages(paths.index, old_manifest)
    if seed is not None:
        seed_manifest, seed_cache = _previous(seed, name)
        cache = {**seed_cache, **cache}
        reusable = {**_reusable_passages(seed, seed_manifest), **reusable}
    reporter.stage("reading guides", len(guides))
    per_guide: list[tuple[Guide, list[Passage]]] = []
    records: list[GuideRecord] = []
    for g in guides:
        reporter.advance()
        if (old := reusable.get((g.path.name, g.sha256))) is not None:
            ps, dropped = old
        else:
            try:
                doc = document_of(g)
                ps, dropped = passages_of(g, doc), tuple(dict.fromkeys(doc.dropped))
            except CorpusError as e:
                problems.append(Problem(g.path, str(e).split(": ", 1)[-1], g.sha256))
                continue
        if ps:
            per_guide.append((g, ps))
            records.append(_record(g, ps, dropped))
        else:
            problems.append(Problem(g.path, "no passages found (no text under any heading)", g.sha256))
    if not per_guide:
        raise CorpusError(f"no readable guides in {paths.corpus}" + _why(problems))
    passages = [p for _, ps in per_guide for p in ps]
    texts = [p.context_text() for p in passages]
    unit_texts, unit_owner = unit_index(passages)

    wanted = [digest(t) for t in texts + unit_texts]
    # Each distinct text once, shortest first: a batch of similar lengths pads little (digest: a stable order).
    todo = sorted({k: t for k, t in zip(wanted, texts + unit_texts, strict=True) if k not in cache}.items(),
                  key=lambda kt: (len(kt[1]), kt[0]))
    encoder: Encoder | None = None
    embedded = len(todo)
    reporter.stage(f"embedding with {MODEL_NAMES[name]}", len(todo))
    for start in range(0, len(todo), EMBED_BATCH):
        encoder = encoder or build_encoder(name)
        batch = todo[start : start + EMBED_BATCH]
        for (key, _), vec in zip(batch, encoder.encode([t for _, t in batch]), strict=True):
            cache[key] = vec
        reporter.advance(len(batch))
    del todo
    dim = _dimension(cache, name)
    matrix = np.stack([cache[k] for k in wanted]) if wanted else np.zeros((0, dim), dtype=np.float32)
    vectors, unit_vectors = matrix[: len(texts)], matrix[len(texts) :].reshape(-1, dim)
    del cache  # the matrix has every vector now: do not hold them twice while the indexes are built
    backend = backend or choose(len(matrix))

    def fill(folder: Path) -> Manifest:
        from assistant.corpus.abbreviations import defined_abbreviations
        from assistant.corpus.vocabulary import LAB_FILE, save_cache
        from assistant.index.dense import build_dense
        from assistant.index.lexical import build_lexical

        store.write_passages(passages, folder)
        (folder / store.KEYS).write_text(json.dumps(wanted))
        build_dense(vectors, unit_vectors, unit_owner, folder, backend)
        (folder / store.LEXICAL).mkdir()
        surface = [w for p, t in zip(passages, texts, strict=True) if p.kind != "reference"
                   for w in analyzer.lexical_words(t)]
        build_lexical([analyzer.lexical_terms(t) or [""] for t in texts], surface, folder / store.LEXICAL,
                      *lexical_units(passages))
        save_cache(folder, lab=paths.corpus / LAB_FILE, defined=defined_abbreviations(p.text for p in passages))
        (folder / CONFIG_FILE).write_text(load_config().to_json(), encoding="utf-8")  # with the model it is for
        return Manifest(
            format_version=store.FORMAT_VERSION,
            model_name=MODEL_NAMES[name],
            model_sha256=model_fingerprint(name),
            dimension=dim,
            passage_count=len(passages),
            guides=tuple(records),
            built_at=datetime.now(UTC).isoformat(timespec="seconds"),
            embedder=name,
            corpus=str(paths.corpus.resolve()),
            skipped=tuple(_skipped(p) for p in problems),
            parser=parser_fingerprint(),
            model_stat=model_stat(name),
            vectors=backend,
        )

    manifest = store.write_atomically(paths.index_root, fill)
    before = {g.path: g.sha256 for g in old_manifest.guides} if old_manifest else {}
    now = {g.path: g.sha256 for g in manifest.guides}
    return BuildReport(
        manifest,
        added=sorted(now.keys() - before.keys()),
        changed=sorted(n for n in now.keys() & before.keys() if now[n] != before[n]),
        unchanged=sorted(n for n in now.keys() & before.keys() if now[n] == before[n]),
        removed=sorted(before.keys() - now.keys()),
        skipped=problems,
        embedded=embedded,
        reused=len(set(wanted)) - embedded,
        seconds=time.perf_counter() - t0,
    )


def _previous(folder: Path, name: str) -> tuple[Manifest | None, dict[str, np.ndarray]]:
    """A live index's manifest and its vectors by text digest, if it was built with the same model."""
    from assistant.index.dense import stored_vectors

    try:
        manifest = store.read_manifest(folder)
    except AssistantError:
        return None, {}
    same = (manifest.format_version == store.FORMAT_VERSION and manifest.embedder == name
            and manifest.model_sha256 == model_fingerprint(name))
    if not same:
        return manifest, {}
    try:
        keys = json.loads((folder / store.KEYS).read_text())
        matrix = stored_vectors(folder, manifest.vectors)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: FAISS could not read its file
        return manifest, {}  # damaged: embed everything again
    if len(keys) != len(matrix) or matrix.shape[1] != manifest.dimension:
        return manifest, {}
    return manifest, dict(zip(keys, matrix, strict=True))


def _reusable_passages(
    folder: Path, manifest: Manifest | None,
) -> dict[tuple[str, str], tuple[list[Passage], tuple[str, ...]]]:
    """Passages of a live index by (file name, content hash), when it was parsed by the same code,
    with what its reader dropped."""
    if manifest is None or manifest.parser != parser_fingerprint():
        return {}
    try:
        table = store.PassageTable(folder)
        by_guide: dict[str, list[Passage]] = {}
        for i in range(len(table)):
            p = table[i]
            by_guide.setdefault(p.guide, []).append(p)
    except (OSError, ValueError, AssistantError):
        return {}
    return {(g.path, g.sha256): (by_guide[g.guide], g.dropped) for g in manifest.guides
            if len(by_guide.get(g.guide, ())) == g.passages}


def _dimension(cache: dict[str, np.ndarray], name: str) -> int:
    for vec in cache.values():
        return int(vec.shape[0])
    return int(build_encoder(name).encode(["x"]).shape[1])


def _record(g: Guide, passages: list[Passage], dropped: tuple[str, ...]) -> GuideRecord:
    kinds: dict[str, int] = {}
    for p in passages:
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    return GuideRecord(guide=g.id, path=g.path.name, sha256=g.sha256, passages=len(passages),
                       size=g.size, mtime_ns=g.mtime_ns, format=passages[0].format, kinds=kinds, dropped=dropped)


def _skipped(p: Problem) -> SkippedGuide:
    try:
        st = p.path.stat()
        size, mtime = st.st_size, st.st_mtime_ns
    except OSError:
        size, mtime = -1, -1
    return SkippedGuide(path=p.path.name, sha256=p.sha256, reason=p.reason, size=size, mtime_ns=mtime)


def _why(problems: list[Problem]) -> str:
    return "" if not problems else f" ({problems[0].path.name}: {problems[0].reason})"
