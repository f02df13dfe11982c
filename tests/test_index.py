"""The index folder: manifest, atomic replacement, and refusal of stale, missing or half-built indexes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import IndexMismatchError, IndexMissingError
from assistant.index import store
from assistant.index.build import build_index
from assistant.index.lexical import LexicalIndex
from assistant.settings import Paths


def test_manifest_records_model_guides_and_count(hashing_paths: Paths) -> None:
    m = store.read_manifest(hashing_paths.index)
    assert m.format_version == store.FORMAT_VERSION
    assert m.model_name == "hashing-256"
    assert m.passage_count == 54
    (g,) = m.guides
    assert g.guide == "troubleshooting-1-4-diazepane-ring-formation"
    assert len(g.sha256) == 64 and g.passages == 54
    loaded = store.load_index(hashing_paths)
    assert len(loaded.passages) == 54


def test_index_folder_layout(hashing_paths: Paths) -> None:
    names = {p.name for p in hashing_paths.index.iterdir()}
    assert {"manifest.json", "passages.jsonl", "vectors.npy", "unit_vectors.npy", "lexical"} <= names
    assert not names & {"vectors.faiss", "vectors.ivf"}  # the vectors are stored once, by their backend
    assert hashing_paths.index.is_symlink()


def test_failed_build_leaves_the_old_index_in_place(fresh_paths: Paths) -> None:
    before = store.read_manifest(fresh_paths.index)

    def boom(folder):  # type: ignore[no-untyped-def]
        (folder / "passages.jsonl").write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.write_atomically(fresh_paths.index_root, boom)
    assert store.read_manifest(fresh_paths.index) == before
    assert len(store.load_index(fresh_paths).passages) == 54
    assert [p.name for p in fresh_paths.index_root.glob("build-*")] == [fresh_paths.index.resolve().name]


def test_rebuild_replaces_and_cleans_up(fresh_paths: Paths) -> None:
    old = fresh_paths.index.resolve()
    build_index(fresh_paths, embedder="hashing")
    assert fresh_paths.index.resolve() != old and not old.exists()


def test_missing_index_says_how_to_build(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = Paths(tmp_path, tmp_path / "nothing")
    with pytest.raises(IndexMissingError, match="assistant index"):
        store.load_index(p)


def test_half_built_index_is_refused(fresh_paths: Paths) -> None:
    (fresh_paths.index / "manifest.json").unlink()
    with pytest.raises(IndexMismatchError, match="incomplete"):
        store.load_index(fresh_paths)


def test_stale_index_is_refused_when_a_guide_changes(fresh_paths: Paths) -> None:
    (fresh_paths.corpus / "new-guide.md").write_text("# New guide\n\n## Section\n\nSome text.\n")
    with pytest.raises(IndexMismatchError, match="stale.*new-guide"):
        store.load_index(fresh_paths)


def test_format_mismatch_is_refused(fresh_paths: Paths) -> None:
    f = fresh_paths.index / "manifest.json"
    data = json.loads(f.read_text())
    data["format_version"] = 999
    f.write_text(json.dumps(data))
    with pytest.raises(IndexMismatchError, match="format 999"):
        store.load_index(fresh_paths)


def test_an_index_built_by_other_reader_code_is_refused(fresh_paths: Paths) -> None:
    f = fresh_paths.index / "manifest.json"
    data = json.loads(f.read_text())
    data["parser"] = "an older chunker"
    f.write_text(json.dumps(data))
    with pytest.raises(IndexMismatchError, match="another version of the guide readers"):
        store.load_index(fresh_paths)


def test_query_time_bm25_matches_bm25s(hashing_paths: Paths) -> None:
    import bm25s

    folder = hashing_paths.index / "lexical"
    ref = bm25s.BM25.load(str(folder))
    mine = LexicalIndex(folder)
    for query in (["grubb", "catalyst"], ["dilut", "high", "concentr"], ["aldehyd"], ["nonexistentword"]):
        known = [t for t in query if t in mine]
        expected = ref.get_scores(known) if known else np.zeros(mine.num_docs)
        np.testing.assert_allclose(mine.scores({t: 1.0 for t in query}), expected, rtol=1e-5)


def test_second_guide_is_indexed_too(fresh_paths: Paths) -> None:
    (fresh_paths.corpus / "suzuki.md").write_text(
        "# Suzuki Coupling Guide\n\n## Low conversion\n\nSymptom: boronic acid remains.\n\n"
        "- Cause: protodeboronation of the boronic acid.\n- Solution: use a milder base such as K3PO4.\n"
    )
    m = build_index(fresh_paths, embedder="hashing").manifest
    assert [g.guide for g in m.guides] == ["suzuki", "troubleshooting-1-4-diazepane-ring-formation"]
    kinds = [p.kind for p in store.load_index(fresh_paths).passages if p.guide == "suzuki"]
    assert kinds == ["symptom", "cause", "solution"]


def test_query_time_dense_matches_a_plain_product(hashing_paths: Paths) -> None:
    from assistant.index.dense import DenseIndex
    from assistant.index.encoders import HashingEncoder

    mine = DenseIndex(hashing_paths.index)
    q = HashingEncoder().encode(["grubbs catalyst loading"])
    expected = np.load(hashing_paths.index / "vectors.npy") @ q[0]
    np.testing.assert_allclose(mine.scores(q[0]), expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("damage", ["truncate-passages", "drop-vectors", "garble-vocab"])
def test_damaged_index_is_refused_with_one_clear_error(fresh_paths: Paths, damage: str) -> None:
    folder = fresh_paths.index
    if damage == "truncate-passages":
        (folder / "passages.jsonl").write_text('{"id": "x", "guide": ')
    elif damage == "drop-vectors":
        (folder / "vectors.npy").unlink()
    else:
        (folder / "lexical" / "vocab.index.json").write_text("not json")
    with pytest.raises(IndexMismatchError, match="damaged|inconsistent"):
        store.load_index(fresh_paths)


def test_unit_bm25_scores_each_step_and_sentence_like_bm25s(hashing_paths: Paths) -> None:
    import bm25s

    mine = LexicalIndex(hashing_paths.index / "lexical")
    ref = bm25s.BM25.load(str(hashing_paths.index / "lexical" / "units"))
    query = ["syring", "pump", "hour"]
    np.testing.assert_allclose(mine.units.scores({t: 1.0 for t in query}), ref.get_scores(query), rtol=1e-5)
    best = mine.best_unit({t: 1.0 for t in query})
    assert best.shape == (mine.num_docs,)
    loaded = store.load_index(hashing_paths)
    top = loaded.passages[int(np.argmax(best))]
    assert top.kind == "protocol" and "syringe pump" in top.text and "4-12 hours" in top.text


def test_unit_bm25_that_does_not_match_its_passages_is_refused(fresh_paths: Paths) -> None:
    owner = fresh_paths.index / "lexical" / "units" / "owner.npy"
    np.save(owner, np.load(owner)[:-1])
    with pytest.raises(IndexMismatchError, match="damaged|inconsistent"):
        store.load_index(fresh_paths)


# Vector backends (index.ann): exact for a lab's collection, FAISS for a very large one.


def small_collection(tmp_path: Path, guides: int = 4) -> Paths:
    """The real guide and `guides - 1` variants of it (other titles and reagents), indexed with hashing."""
    from tests.conftest import make_corpus

    corpus = make_corpus(tmp_path)
    (seed,) = corpus.glob("*.txt")
    text = seed.read_text(encoding="utf-8")
    swaps = [("HATU", "COMU"), ("Grubbs", "Hoveyda"), ("DCM", "toluene"), ("DIPEA", "NMM"), ("DMF", "NMP")]
    for i in range(1, guides):
        a, b = swaps[i % len(swaps)]
        (corpus / f"lab-{i}.txt").write_text(f"Lab {i} " + text.replace(a, b), encoding="utf-8")
    return Paths(corpus, tmp_path / "index")


@pytest.mark.parametrize("backend", ["exact", "faiss"])
def test_ann_backends_add_search_save_load_count(tmp_path: Path, backend: str) -> None:
    from assistant.index import ann

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((300, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = ann.create(backend, 16)
    index.add(vectors[:200])
    index.add(vectors[200:])
    assert index.count() == 300
    index.save(tmp_path / ann.file_name(backend, "v"))
    loaded = ann.load(backend, tmp_path / ann.file_name(backend, "v"))
    assert loaded.count() == 300 and loaded.dimension == 16
    queries = vectors[:5] + 0.1 * rng.standard_normal((5, 16)).astype(np.float32)
    scores, ids = loaded.search(queries, 10)
    exact = vectors @ queries.T
    recall = np.mean([len(set(ids[j]) & set(np.argsort(-exact[:, j])[:10])) / 10 for j in range(5)])
    assert recall >= 0.9  # FAISS: approximate, but a few lists of 300 vectors are mostly all probed
    assert ids[0, 0] == 0 and scores[0, 0] == pytest.approx(float(exact[0, 0]), abs=1e-5)
    np.testing.assert_allclose(loaded.rows(np.array([7, 250])), vectors[[7, 250]], atol=1e-6)


def test_exact_and_faiss_backends_give_the_same_top_hits(tmp_path: Path) -> None:
    from assistant.retrieval.retriever import Retriever

    exact = small_collection(tmp_path / "exact")
    build_index(exact, embedder="hashing")
    approx = Paths(exact.corpus, tmp_path / "faiss")
    build_index(approx, embedder="hashing", vectors="faiss")
    stores = [store.load_index(p) for p in (exact, approx)]
    assert [s.manifest.vectors for s in stores] == ["exact", "faiss"]
    assert (approx.index / "vectors.ivf").exists() and not (approx.index / "vectors.npy").exists()
    r_exact, r_faiss = (Retriever(s) for s in stores)
    for question in ("why is my RCM sluggish", "G2 features", "how much HATU", "which catalyst for a hindered olefin"):
        a, b = r_exact.search(question), r_faiss.search(question)
        assert [h.passage.id for h in a.hits] == [h.passage.id for h in b.hits], question
        assert a.answered == b.answered


def test_the_backend_is_chosen_by_size_and_recorded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from assistant.index import ann

    p = small_collection(tmp_path, guides=2)
    assert build_index(p, embedder="hashing").manifest.vectors == "exact"
    monkeypatch.setattr(ann, "EXACT_UP_TO", 100)  # 2 guides: 108 passages and their units
    assert build_index(p, embedder="hashing").manifest.vectors == "faiss"
    assert store.read_manifest(p.index).vectors == "faiss" and len(store.load_index(p).passages) == 108


def test_a_manifest_that_names_another_backend_is_refused_in_one_line(fresh_paths: Paths) -> None:
    f = fresh_paths.index / "manifest.json"
    data = json.loads(f.read_text())
    data["vectors"] = "faiss"  # the folder holds .npy vectors
    f.write_text(json.dumps(data))
    with pytest.raises(IndexMismatchError, match="faiss index, but vectors.ivf is missing") as e:
        store.load_index(fresh_paths)
    assert "\n" not in str(e.value) and "assistant index" in str(e.value)
    data["vectors"] = "hnsw-on-the-moon"
    f.write_text(json.dumps(data))
    with pytest.raises(IndexMismatchError, match="unknown backend 'hnsw-on-the-moon'"):
        store.load_index(fresh_paths)


def test_a_question_parses_only_the_passages_it_shows(tmp_path: Path) -> None:
    """Row topics, kinds and amounts come from the catalog: naming a row does not read every passage."""
    from assistant.retrieval.retriever import Retriever

    p = small_collection(tmp_path, guides=5)
    build_index(p, embedder="hashing")
    loaded = store.load_index(p)
    r = Retriever(loaded)
    for question in ("G2 features", "temp range for metathesis", "how much catalyst loading for Grubbs II"):
        result = r.search(question)
        assert result.hits
    assert isinstance(loaded.passages, store.PassageTable)
    assert len(loaded.passages._cache) <= 3 * 15 < len(loaded.passages) // 5  # hits and entries, of 270


def test_the_development_index_is_waited_for_while_another_evaluation_builds_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two evaluations at once (two test workers, or `assistant eval` beside `make test`): the second waits
    for the first's build and reuses it instead of failing with "another `assistant index` is building"."""
    from assistant import evaluate
    from assistant.errors import IndexBusyError

    calls: list[str] = []

    def busy_once(where, embedder=None):  # type: ignore[no-untyped-def]
        calls.append("build")
        if len(calls) == 1:
            raise IndexBusyError("another `assistant index` is building")

    monkeypatch.setattr("assistant.index.build.build_index", busy_once)
    monkeypatch.setattr(evaluate, "load_index", lambda where: "the built index")
    monkeypatch.setattr(evaluate.time, "sleep", lambda s: calls.append("wait"))
    assert evaluate.dev_store() == "the built index"
    assert calls == ["build", "wait", "build"]
