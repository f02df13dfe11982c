"""Faults through the real entry points: a build killed at any moment, two builds at once, stale, foreign
and corrupt indexes. Nothing is lost, and every refusal is one line that says what to run."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import IndexMismatchError
from assistant.index import store
from assistant.settings import Paths

from .conftest import GUIDE
from .conftest import run_ask as ask_entry

BIN = Path(sys.executable).parent


def env_for(p: Paths) -> dict[str, str]:
    return {**os.environ, "ASSISTANT_CORPUS": str(p.corpus), "ASSISTANT_INDEX": str(p.index_root),
            "ASSISTANT_EMBEDDER": "hashing", "HF_HUB_OFFLINE": "1"}


def big_corpus(p: Paths, copies: int) -> None:
    """Enough distinct guides that a build takes a while (each copy's text differs, so each is embedded)."""
    text = GUIDE.read_text(encoding="utf-8")
    for i in range(copies):
        (p.corpus / f"lab-copy-{i:03d}.txt").write_text(text.replace("RCM", f"RCM{i}"), encoding="utf-8")


def answers(p: Paths) -> str:
    out = subprocess.run([str(BIN / "ask"), "--json", "why is my RCM sluggish"], capture_output=True, text=True,
                         env=env_for(p), timeout=120)
    assert out.returncode == 0, out.stderr
    return str(json.loads(out.stdout)["answer"])


def test_build_killed_at_any_moment_leaves_the_previous_index_usable(fresh_paths: Paths) -> None:
    big_corpus(fresh_paths, 40)
    t0 = time.perf_counter()
    subprocess.run([str(BIN / "assistant"), "index"], env=env_for(fresh_paths), check=True, capture_output=True)
    full = time.perf_counter() - t0
    shutil.rmtree(fresh_paths.index_root)  # start again from the one-guide index, then grow it under fire
    for f in fresh_paths.corpus.glob("lab-copy-*"):
        f.unlink()
    subprocess.run([str(BIN / "assistant"), "index"], env=env_for(fresh_paths), check=True, capture_output=True)
    before = store.read_manifest(fresh_paths.index)
    big_corpus(fresh_paths, 40)
    outcomes = []
    for fraction in (0.15, 0.35, 0.55, 0.75, 0.9):
        proc = subprocess.Popen([str(BIN / "assistant"), "index"], env=env_for(fresh_paths),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(full * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = store.read_manifest(fresh_paths.index)
        outcomes.append(now == before)
        # Either the old index (killed before the swap) or the complete new one: never a mixture.
        assert now == before or now.passage_count == 54 * 41, fraction
        if now == before:
            with pytest.raises(Exception, match="stale"):  # the corpus grew: refused, not half-read
                store.load_index(fresh_paths)
        else:
            assert len(store.load_index(fresh_paths).passages) == 54 * 41
    assert any(outcomes), "no kill landed before the swap: the test did not test anything"
    (fresh_paths.corpus / "lab-copy-000.txt").unlink()  # a killed build left no lock and no debris behind
    subprocess.run([str(BIN / "assistant"), "index"], env=env_for(fresh_paths), check=True, capture_output=True)
    assert len(list(fresh_paths.index_root.glob("build-*"))) == 1
    assert "[1]" in answers(fresh_paths)


def test_second_concurrent_build_is_told_to_wait(fresh_paths: Paths) -> None:
    with store.build_lock(fresh_paths.index_root):
        out = subprocess.run([str(BIN / "assistant"), "index"], env=env_for(fresh_paths), capture_output=True,
                             text=True, timeout=120)
    assert out.returncode == 75
    assert out.stderr.strip() == (f"assistant: error: another `assistant index` is building in "
                                  f"{fresh_paths.index_root}; wait for it to finish")
    assert "[1]" in answers(fresh_paths)


def test_two_builds_racing_never_corrupt_the_index(fresh_paths: Paths) -> None:
    big_corpus(fresh_paths, 10)
    procs = [subprocess.Popen([str(BIN / "assistant"), "index"], env=env_for(fresh_paths), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    codes = sorted(p.wait(timeout=300) for p in procs)
    assert codes in ([0, 0], [0, 75])
    assert len(store.load_index(fresh_paths).passages) == 54 * 11


def run_ask(capsys, p: Paths, monkeypatch, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """`ask` in-process, pointed at `p` through the same environment the subprocess tests use."""
    for k, v in env_for(p).items():
        if k.startswith("ASSISTANT_"):
            monkeypatch.setenv(k, v)
    return ask_entry(capsys, list(argv))


def test_stale_index_names_the_change_and_the_fix(fresh_paths: Paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(GUIDE, fresh_paths.corpus / "our-notes.txt")
    code, out, err = run_ask(capsys, fresh_paths, monkeypatch, "why is my RCM sluggish")
    assert (code, out) == (1, "")
    assert err == ("ask: error: the index is stale (our-notes.txt added); "
                   "run `assistant index` to rebuild it (or pass --reindex)\n")


def test_edited_guide_is_stale_even_with_the_same_size(fresh_paths: Paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    guide = fresh_paths.corpus / GUIDE.name
    data = guide.read_bytes()
    guide.write_bytes(data.replace(b"sluggish", b"Sluggish", 1) if b"sluggish" in data else data[:-1] + b"X")
    code, _, err = run_ask(capsys, fresh_paths, monkeypatch, "why is my RCM sluggish")
    assert code == 1 and f"{GUIDE.name} changed" in err


def test_reindex_flag_rebuilds_then_answers(fresh_paths: Paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(Path(__file__).parent / "fixtures" / "guides" / "rcm-lab-notes.md", fresh_paths.corpus)
    code, out, err = run_ask(capsys, fresh_paths, monkeypatch, "--reindex", "why does my RCM stop at half conversion")
    assert code == 0, err
    assert "reindexing: the index is stale (rcm-lab-notes.md added)" in err
    assert "RCM Lab Notes" in out and "[1]" in out


def test_foreign_model_index_is_refused(fresh_paths: Paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    m = fresh_paths.index / store.MANIFEST
    m.write_text(m.read_text().replace('"model_sha256": "hashing-v1"', '"model_sha256": "0123abcd"'))
    code, _, err = run_ask(capsys, fresh_paths, monkeypatch, "why is my RCM sluggish")
    assert code == 1 and "other model weights" in err and "assistant index" in err


def test_weights_file_untouched_since_the_build_is_not_hashed_again(fresh_paths: Paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.index import encoders

    manifest = dataclasses.replace(store.read_manifest(fresh_paths.index), embedder="minilm", model_sha256="abc",
                                   model_stat="90868376:1700000000")

    def must_not_hash(name: str) -> str:
        raise AssertionError("hashed the weights although their size and mtime match the manifest")

    monkeypatch.setattr(encoders, "model_stat", lambda name: "90868376:1700000000")
    monkeypatch.setattr(encoders, "model_fingerprint", must_not_hash)
    store.check_model(manifest)  # accepted without hashing
    monkeypatch.setattr(encoders, "model_stat", lambda name: "90868376:1800000000")  # reinstalled or replaced
    monkeypatch.setattr(encoders, "model_fingerprint", lambda name: "def")
    with pytest.raises(IndexMismatchError, match="other model weights"):
        store.check_model(manifest)
    monkeypatch.setattr(encoders, "model_fingerprint", lambda name: "abc")  # touched, but the same weights
    store.check_model(manifest)


@pytest.mark.parametrize("damage", ["truncate-vectors", "truncate-units", "empty-manifest", "garbage-manifest"])
def test_corrupt_index_file_gives_one_clear_line(fresh_paths: Paths, capsys, monkeypatch, damage: str) -> None:  # type: ignore[no-untyped-def]
    folder = fresh_paths.index
    if damage.startswith("truncate"):
        f = folder / ("vectors.npy" if damage == "truncate-vectors" else "unit_vectors.npy")
        f.write_bytes(f.read_bytes()[:200])
    else:
        (folder / store.MANIFEST).write_text("" if damage == "empty-manifest" else "\x00\x01{[")
    code, out, err = run_ask(capsys, fresh_paths, monkeypatch, "why is my RCM sluggish")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "assistant index" in err
