"""When to decline: the evidence score of a question against a threshold calibrated on the dev split.

The evidence is the best dense cosine plus a weighted share of the question's content words that the
guides contain (after spelling repair and the vocabulary). `assistant eval --calibrate` picks the
threshold from the dev score distributions and writes it, with the numbers it came from, beside this file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

CALIBRATION = Path(__file__).with_name("calibration.json")
COVERAGE_WEIGHT = 0.5
DEFAULT_THRESHOLD = 0.45


@dataclass(frozen=True)
class Calibration:
    threshold: float = DEFAULT_THRESHOLD
    coverage_weight: float = COVERAGE_WEIGHT


def evidence(dense_top: float, coverage: float, weight: float = COVERAGE_WEIGHT) -> float:
    """One number for 'do the guides speak to this question'."""
    return dense_top + weight * coverage


def load_calibration(path: Path = CALIBRATION) -> Calibration:
    if not path.exists():
        return Calibration()
    data = json.loads(path.read_text())
    return Calibration(float(data["threshold"]), float(data.get("coverage_weight", COVERAGE_WEIGHT)))


WEIGHTS = (0.25, 0.5, 0.75, 1.0)


def calibrate_weighted(
    in_scope: list[tuple[float, float]], out_of_scope: list[tuple[float, float]]
) -> tuple[float, float, dict[str, float]]:
    """Coverage weight and threshold that best separate (dense_top, coverage) pairs; ties go to the lower weight."""
    best: tuple[float, float, float, dict[str, float]] | None = None
    for w in WEIGHTS:
        t, stats = calibrate([evidence(d, c, w) for d, c in in_scope], [evidence(d, c, w) for d, c in out_of_scope])
        if best is None or stats["balanced_accuracy"] > best[0]:
            best = (stats["balanced_accuracy"], w, t, stats)
    assert best is not None
    return best[1], best[2], best[3]


def calibrate(in_scope: list[float], out_of_scope: list[float]) -> tuple[float, dict[str, float]]:
    """The threshold that maximises balanced accuracy on labelled evidence scores (midpoint between the
    two nearest scores; among equally good thresholds the lowest, since a refusal costs a chemist more)."""
    cands = sorted(set(in_scope) | set(out_of_scope))
    best: tuple[float, float] = (-1.0, DEFAULT_THRESHOLD)
    for lo, hi in zip(cands, cands[1:], strict=False):
        t = (lo + hi) / 2
        tpr = sum(s >= t for s in in_scope) / max(len(in_scope), 1)
        tnr = sum(s < t for s in out_of_scope) / max(len(out_of_scope), 1)
        if (tpr + tnr) / 2 > best[0]:
            best = ((tpr + tnr) / 2, t)
    return best[1], {"balanced_accuracy": round(best[0], 4)}
