"""Shared fixtures: a corpus copy, an index built with the deterministic hashing encoder, and one real one."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest

from assistant.index.build import build_index
from assistant.settings import Paths

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "corpus" / "troubleshooting-1-4-diazepane-ring-formation.txt"

os.environ["HF_HUB_OFFLINE"] = "1"


LAB_VOCABULARY = GUIDE.parent / "vocabulary.toml"  # the lab's own vocabulary, beside its guide


def make_corpus(folder: Path) -> Path:
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(GUIDE, corpus / GUIDE.name)
    shutil.copy(LAB_VOCABULARY, corpus / LAB_VOCABULARY.name)
    return corpus


def indexed_copy(base: Path, embedder: str) -> Paths:
    """A copy of the corpus in `base` with an index built by `embedder`."""
    p = Paths(make_corpus(base), base / "index")
    build_index(p, embedder=embedder)
    return p


@pytest.fixture(scope="session")
def hashing_paths(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A read-only index of the real guide built with the fake (hashing) encoder."""
    return indexed_copy(tmp_path_factory.mktemp("hashing"), "hashing")


@pytest.fixture()
def fresh_paths(tmp_path: Path) -> Paths:
    """A writable corpus and index root for tests that change them."""
    return indexed_copy(tmp_path, "hashing")


@pytest.fixture()
def use_paths(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Point the CLI at a given corpus and index via the environment."""

    def apply(p: Paths) -> Paths:
        monkeypatch.setenv("ASSISTANT_CORPUS", str(p.corpus))
        monkeypatch.setenv("ASSISTANT_INDEX", str(p.index_root))
        return p

    return apply


@pytest.fixture(scope="session")
def real_paths(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """An index built with the real bundled model (sentence-transformers), shared by the slow tests."""
    return indexed_copy(tmp_path_factory.mktemp("real"), "minilm")


@pytest.fixture()
def indexed(hashing_paths: Paths, use_paths) -> Paths:  # type: ignore[no-untyped-def]
    """The CLI pointed at the shared hashing index."""
    return use_paths(hashing_paths)  # type: ignore[no-any-return]


def run_ask(capsys, argv: list[str], stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """`ask` through its entry point: exit code (a usage error's SystemExit included), stdout, stderr."""
    from assistant.cli import ask_main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = ask_main(argv)
    except SystemExit as e:
        code = int(e.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err
