"""End to end with the real bundled model: index with sentence-transformers, answer with the NumPy encoder."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.cli import ask_main
from assistant.index.encoders import SentenceTransformerEncoder
from assistant.index.minilm import MiniLM
from assistant.settings import Paths

pytestmark = pytest.mark.slow


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


def test_real_answer_to_the_quickstart_question(real_paths: Paths, use_paths, capsys) -> None:  # type: ignore[no-untyped-def]
    use_paths(real_paths)
    assert ask_main(["--json", "why is my RCM sluggish"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["answered"] and "[1]" in obj["answer"]
    assert "Ring-Closing Metathesis" in obj["citations"][0]["section"] or "RCM" in obj["citations"][0]["text"]
