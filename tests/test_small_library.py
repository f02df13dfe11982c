"""Abstention in a lab's small folder: a guide alone, or with two others, with the real model.

A folder of one to three guides lacks more of a question's words than the hundred development guides do, so
abstention is fitted in libraries of 1, 3 and 10 guides as well (fit.Library, abstain.library_size). These
guides and questions (evals/fresh19: PowerPoint, Excel and RTF, written blind by helpers) were not used to fit it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.evaluate import load_questions
from assistant.index.build import build_index
from assistant.index.store import load_index
from assistant.session import Session
from assistant.settings import Paths

pytestmark = pytest.mark.slow

PART = Path(__file__).resolve().parent.parent / "evals" / "fresh19"
# Floors a little under today's figures (three guides together: answered 0.87, declined 0.94; before abstention was
# fitted in small libraries: 0.74 and 0.94)
ANSWERED, DECLINED = 0.80, 0.80


def _rates(folder: Path, guides: list[Path]) -> tuple[float, float]:
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    for g in guides:
        shutil.copy(g, corpus / g.name)
    paths = Paths(corpus, folder / "index")
    build_index(paths, embedder="minilm")
    passages = load_index(paths).passages
    session = Session(paths)
    answered, declined = [], []
    for g in guides:
        for q in load_questions(PART / f"{g.stem}.jsonl", passages, guide=g.stem, strict=False):
            a = session.ask(q.question)
            (answered if q.scope == "in" else declined).append(a.answered == (q.scope == "in"))
    return sum(answered) / len(answered), sum(declined) / len(declined)


def test_a_guide_alone_answers_what_it_covers_and_declines_what_it_does_not(tmp_path: Path) -> None:
    rates = [_rates(tmp_path / g.stem, [g]) for g in sorted((PART / "guides").iterdir())]
    answered = sum(a for a, _ in rates) / len(rates)
    declined = sum(d for _, d in rates) / len(rates)
    assert answered >= ANSWERED and declined >= DECLINED, rates


def test_three_guides_together_answer_what_they_cover(tmp_path: Path) -> None:
    answered, declined = _rates(tmp_path, sorted((PART / "guides").iterdir()))
    assert answered >= ANSWERED and declined >= DECLINED, (answered, declined)
