"""End to end with the real bundled model: index with sentence-transformers, answer with the NumPy encoder."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.cli import ask_main
from assistant.index.encoders import SentenceTransformerEncoder
from assistant.index.minilm import MiniLM
from assistant.settings import Paths

pytestmark = pytest.mark.slow


class _Lazy:
    """(ours, tokenizers') built on first use, so collecting the tests loads nothing."""

    def __getitem__(self, i: int):  # type: ignore[no-untyped-def]
        if not hasattr(self, "pair"):
            self.pair = (MiniLM().tokenizer, _reference_tokenizer())
        return self.pair[i]


MiniLM_TOKENIZER = _Lazy()


def varied_strings() -> list[str]:
    base = [
        "why is my RCM sluggish", "how much catalyst loading for Grubbs II", "HATU or COMU?",
        "homopiperazine over-alkylation with STAB", "grubs catalyst dead", "", "   ", "?!", "0.001-0.01 M",
        "NaBH(OAc)3, 0.5 eq.", "Ünïcödé ça va — 化学反応 ✓ 🧪", "ÅÄÖ åäö ß ﬁ ligature", "\t tabs \n newlines ",
        "a " * 400, "diazepane " * 300, "Grubbs 2nd Gen. | 1-5 mol% | DCM, Toluene",
    ]
    words = ("catalyst dilution amine lactam ring metathesis yield solvent base temperature polymer impurity "
             "reductive amination aldehyde Boc Cbz toluene DCM HATU EDC").split()
    rng = np.random.default_rng(7)
    gen = [" ".join(rng.choice(words, size=int(rng.integers(1, 40)))) for _ in range(220)]
    return base + gen


def test_numpy_encoder_matches_sentence_transformers() -> None:
    texts = varied_strings()
    ref = SentenceTransformerEncoder().encode(texts)
    encoder = MiniLM()
    mine = encoder.encode(texts)  # batched: the stacked query/key/value path
    cos = (ref * mine).sum(1)
    assert len(texts) >= 200 and cos.min() >= 0.9999, (cos.min(), texts[int(cos.argmin())])
    one_by_one = np.stack([encoder.encode([t])[0] for t in texts[:40]])  # single questions: separate products
    cos1 = (ref[:40] * one_by_one).sum(1)
    assert cos1.min() >= 0.9999, (cos1.min(), texts[int(cos1.argmin())])
    print(f"min cosine {cos.min():.6f} over {len(texts)} strings")


def _reference_tokenizer():  # type: ignore[no-untyped-def]
    from tokenizers import BertWordPieceTokenizer

    from assistant.index.minilm import MAX_TOKENS, model_dir

    ref = BertWordPieceTokenizer(str(model_dir() / "vocab.txt"), lowercase=True, strip_accents=None,
                                 clean_text=True, handle_chinese_chars=True)
    ref.enable_truncation(MAX_TOKENS)
    return ref


def test_plain_python_wordpiece_gives_the_ids_of_tokenizers() -> None:
    ref, mine = _reference_tokenizer(), MiniLM().tokenizer
    guide = (Path(__file__).parent.parent / "corpus").glob("*.txt")
    texts = varied_strings() + [line for f in guide for line in f.read_text(encoding="utf-8").splitlines()]
    for t in texts:
        assert mine.encode(t) == ref.encode(t).ids, t


# Text a chemist writes: any character that was already assigned in Unicode 3.2 (Latin, Greek, Cyrillic,
# Hebrew, Arabic, punctuation, super/subscripts, arrows, maths, degree signs, CJK), plus emoji. Not all
# of today's Unicode: Python 3.11's tables and the Rust crate's are of different Unicode versions, so a
# character assigned since (U+07FD, U+08CA, Tangut) is a mark or letter to one and unassigned to the other.
_CHARS = st.one_of(
    st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)).filter(
        lambda c: unicodedata.ucd_3_2_0.category(c) != "Cn"),
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1F5FF, exclude_categories=("Cn",)),
)


@settings(max_examples=3000, deadline=None)
@given(st.text(_CHARS, max_size=80))
def test_wordpiece_matches_tokenizers_on_any_text(text: str) -> None:
    assert MiniLM_TOKENIZER[0].encode(text) == MiniLM_TOKENIZER[1].encode(text).ids


def test_real_answer_to_the_quickstart_question(real_paths: Paths, use_paths, capsys) -> None:  # type: ignore[no-untyped-def]
    use_paths(real_paths)
    assert ask_main(["--json", "why is my RCM sluggish"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["answered"] and "[1]" in obj["answer"]
    assert "Ring-Closing Metathesis" in obj["citations"][0]["section"] or "RCM" in obj["citations"][0]["text"]


def test_real_answer_path_imports_only_what_it_uses(real_paths: Paths) -> None:
    """No torch, tokenizers, FAISS or pydantic; no OpenSSL hashing, zipfile or TOML parser when the index is fresh."""
    import os
    import subprocess
    import sys

    modules = ("torch", "tokenizers", "faiss", "pydantic", "sentence_transformers", "scipy", "_hashlib", "zipfile",
               "tomllib")
    code = ("import sys; from assistant.cli import ask_main\nask_main(['why is my RCM sluggish'])\n"
            f"print(sorted(m for m in {modules!r} if m in sys.modules))")
    env = {**os.environ, "ASSISTANT_CORPUS": str(real_paths.corpus), "ASSISTANT_INDEX": str(real_paths.index_root)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "[1]" in out.stdout and out.stdout.strip().splitlines()[-1] == "[]"
