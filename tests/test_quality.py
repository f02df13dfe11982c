"""The real-model quality gate: leave one guide out on the development guides, with per-guide floors, and
the shipped config is what the fitting command gives on those guides (re-running it reproduces it)."""

from __future__ import annotations

import numpy as np
import pytest

# Both tests share one build of the development index: one worker runs them (`--dist loadgroup` in `make test`),
# so two workers never build it at once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("dev-index")]


@pytest.fixture(scope="module")
def dev():  # type: ignore[no-untyped-def]
    from assistant.config import RankingConfig
    from assistant.evaluate import dev_libraries, dev_questions, dev_store
    from assistant.fit import collect
    from assistant.retrieval.retriever import Retriever

    store = dev_store(embedder="minilm")
    questions = dev_questions(store.passages)
    start = RankingConfig(model=store.manifest.model_name)
    retriever = Retriever(store, config=start)
    items = collect(retriever, [(q.id, q.guide, q.scope, q.question, tuple(q.gold)) for q in questions])
    return store, questions, start, retriever, items, dev_libraries(store, questions, retriever, items)


def test_leave_one_guide_out_holds_on_every_guide(dev) -> None:  # type: ignore[no-untyped-def]
    from assistant.evaluate import fitted_folds, rates, score

    store, questions, start, retriever, items, libraries = dev
    table = rates(score(store, questions, fitted_folds(store, questions, retriever, items, start, libraries)))
    mean = table["mean over guides"]
    # Floors a little under today's figures on the 112 development guides (the team's 22, and fifteen held-out
    # parts, written blind and folded in once read), so a change that costs ranking or answers fails. The 30 guides
    # of fresh12-16, folded in this round, are harder than the 82 before them (mean hit@1 0.65 -> 0.62 with them).
    assert len(table) - 2 >= 106  # at least 106 guides, each scored by weights fitted without it
    # (answered: abstention is fitted in libraries of 1, 3 and 10 guides too, where a question lacks more of its
    # words; among all 112 it now answers 0.90 and declines 0.70, before 0.915 and 0.66)
    assert mean["hit@1"] >= 0.60 and mean["hit@3"] >= 0.80 and mean["answered"] >= 0.87, mean
    assert mean["lead"] >= 0.45 and mean["key"] >= 0.54, mean  # the answer opens with what a colleague would say
    assert mean["declined"] >= 0.62, mean  # and declines what the guides do not cover
    # (the lowest hit@1 today: the iron nitro-reduction Jira issue, 0.31 (13 of 42), and the Slack channel export,
    # 0.34, whose thread starters report a problem without a question mark and come first for questions that
    # describe it; the lowest hit@3: the recrystallisation SOP, 0.54)
    for guide, row in table.items():
        assert row["hit@3"] >= 0.50 and row["hit@1"] >= 0.28, (guide, row)


def test_the_shipped_config_is_what_the_fit_command_gives(dev) -> None:  # type: ignore[no-untyped-def]
    from assistant.config import FEATURES, LINE_FEATURES, load_config
    from assistant.evaluate import fitted_config

    store, questions, start, retriever, items, libraries = dev
    shipped = load_config()
    again = fitted_config(store, questions, retriever, items, start, libraries)
    assert shipped.model == store.manifest.model_name
    assert np.allclose([again.weight(f) for f in FEATURES], [shipped.weight(f) for f in FEATURES], atol=2e-3)
    assert again.calibration.threshold == pytest.approx(shipped.calibration.threshold, abs=0.02)
    assert np.allclose([again.lines.get(f, 0.0) for f in LINE_FEATURES],
                       [shipped.lines.get(f, 0.0) for f in LINE_FEATURES], atol=2e-3)
