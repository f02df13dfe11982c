"""Fitting the ranking weights: the right passage comes first for the questions it was fitted on, even when the
passages that outrank it change from one round of fitting to the next."""

from __future__ import annotations

import numpy as np

from assistant.config import FEATURES
from assistant.fit import Item, fit_weights, rank

A, B = FEATURES.index("dense"), FEATURES.index("lexical")


def _item(n: int, rivals: int = 40) -> Item:
    """A question whose gold passage matches it fairly on both features (0.6, 0.6), among passages that match it
    strongly on one feature only: `rivals` on the first (1.0, 0.0), `rivals` on the second (0.0, 1.0)."""
    x = np.zeros((1 + 2 * rivals, len(FEATURES)))
    x[0, A] = x[0, B] = 0.6
    x[1:1 + rivals, A] = 1.0
    x[1 + rivals:, B] = 1.0
    x += np.random.default_rng(n).uniform(0, 0.01, x.shape)  # no ties
    return Item(f"q{n}", f"guide{n % 4}", "in", x, (0,), np.ones(len(x), bool), None, 0.5)  # type: ignore[arg-type]


def test_the_gold_passage_wins_against_every_rival_the_rounds_brought_up() -> None:
    # Starting from the first feature alone, the first round's rivals are the first kind; weights fitted against
    # them alone favour the second feature, whose passages then outrank the gold one. The fit must keep both.
    items = [_item(n) for n in range(12)]
    start = np.zeros(len(FEATURES))
    start[A] = 1.0
    weights = fit_weights(items, start)
    assert all(rank(it, weights, 1) == [0] for it in items)
