"""`assistant eval`: retrieval and answer quality on the question sets in evals/, through the user's path.

Gold passages are named by guide + an anchor phrase (resolved to whichever passage contains it), so
labels survive re-chunking. Ranking metrics come from ranx; reports go to evals/reports/.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer.compose import compose
from assistant.errors import UsageError
from assistant.index.store import load_index
from assistant.models import Answer, Passage
from assistant.retrieval.abstain import CALIBRATION, WORD_WEIGHTS, Calibration, Sample, calibrate_weighted, evidence
from assistant.retrieval.retriever import Mode, Retriever
from assistant.settings import PROJECT_ROOT, Paths

QUESTIONS = PROJECT_ROOT / "evals" / "questions.jsonl"
REPORTS = PROJECT_ROOT / "evals" / "reports"
METRICS = ["hit_rate@1", "hit_rate@3", "mrr@10", "ndcg@10"]
MODES: tuple[Mode, ...] = ("lexical", "dense", "hybrid")
LABELS = {"lexical": "BM25 only", "dense": "dense only", "hybrid": "fused (hybrid)"}


@dataclass
class Question:
    id: str
    split: str
    scope: str
    question: str
    gold: list[str]
    key: list[str]


@dataclass
class Outcome:
    question: Question
    answer: Answer
    ranked: list[str]
    evidence: float
    key_found: bool = field(default=False)


def _row_model() -> type:
    """The shape of one line of a question set, checked by pydantic (a lab's own sets get clear errors)."""
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field

    class Gold(BaseModel):
        model_config = ConfigDict(extra="forbid")
        guide: str = Field(min_length=1)
        anchor: str = Field(min_length=3)

    class Row(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: str = Field(min_length=1)
        split: Literal["dev", "test"]
        scope: Literal["in", "out"]
        question: str = Field(min_length=1)
        gold: list[Gold] = []
        key: list[str] = []
        note: str = ""

    return Row


def load_questions(path: Path, passages: Sequence[Passage]) -> list[Question]:
    """Read a question set and resolve each gold anchor to exactly one passage id."""
    from pydantic import ValidationError

    if not path.exists():
        raise UsageError(f"question set not found: {path}")
    row_model = _row_model()
    out: list[Question] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = row_model.model_validate_json(line)  # type: ignore[attr-defined]
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"]) or "line"
            raise UsageError(f"{path.name}:{n}: {where}: {first['msg']}") from None
        if row.scope == "in" and not row.gold:
            raise UsageError(f"{path.name}:{n}: an in-scope question needs at least one gold passage")
        gold: list[str] = []
        for g in row.gold:
            hits = [p.id for p in passages if p.guide == g.guide and g.anchor.lower() in p.text.lower()]
            if len(hits) != 1:
                raise UsageError(f"{path.name}:{n}: anchor {g.anchor!r} matches {len(hits)} passages, not 1")
            gold.append(hits[0])
        out.append(Question(row.id, row.split, row.scope, row.question, gold, list(row.key)))
    return out


def key_in(answer: str, keys: list[str]) -> bool:
    norm = re.sub(r"\s+", " ", answer).lower()
    return any(re.sub(r"\s+", " ", k).lower() in norm for k in keys)


def run_questions(retriever: Retriever, questions: list[Question], mode: Mode = "hybrid") -> list[Outcome]:
    """Answer every question exactly as `ask` does and keep its ranking."""
    outcomes = []
    for q in questions:
        r = retriever.search(q.question, k=10, mode=mode)
        a = compose(q.question, r)
        o = Outcome(q, a, [h.passage.id for h in r.hits], r.evidence)
        o.key_found = a.answered and key_in(a.answer, q.key)
        outcomes.append(o)
    return outcomes


def ranking_metrics(outcomes: list[Outcome], ks: range | None = None) -> dict[str, float]:
    """hit@1, hit@3, MRR@10, nDCG@10 over in-scope questions (ranx), plus hit@k for the chart."""
    from ranx import Qrels, Run, evaluate

    scoped = [o for o in outcomes if o.question.scope == "in"]
    if not scoped:
        return {}
    qrels = Qrels({o.question.id: {g: 1 for g in o.question.gold} for o in scoped})
    run = Run({o.question.id: {pid: 10.0 - i for i, pid in enumerate(o.ranked)} or {"-": 0.0} for o in scoped})
    names = METRICS + [f"hit_rate@{k}" for k in (ks or [])]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = evaluate(qrels, run, list(dict.fromkeys(names)))
    return {k: round(float(v), 4) for k, v in res.items()}


def answer_metrics(outcomes: list[Outcome]) -> dict[str, float]:
    ins = [o for o in outcomes if o.question.scope == "in"]
    outs = [o for o in outcomes if o.question.scope == "out"]

    def rate(xs: list[bool]) -> float:
        return round(sum(xs) / len(xs), 4) if xs else float("nan")

    return {
        "answer_key_recall": rate([o.key_found for o in ins]),
        "in_scope_answered": rate([o.answer.answered for o in ins]),
        "out_of_scope_declined": rate([not o.answer.answered for o in outs]),
        "questions": len(outcomes), "in_scope": len(ins), "out_of_scope": len(outs),
    }


def failures(outcomes: list[Outcome], passages: dict[str, Passage]) -> list[dict[str, Any]]:
    rows = []
    for o in outcomes:
        q = o.question
        if q.scope == "in":
            why = [w for w, bad in (("miss@1", not o.ranked or o.ranked[0] not in q.gold),
                                    ("declined", not o.answer.answered),
                                    ("key missing", not o.key_found)) if bad]
        else:
            why = ["answered out-of-scope"] if o.answer.answered else []
        if why:
            top = [f"{passages[p].section_path} (lines {passages[p].lines[0]}-{passages[p].lines[1]})"
                   for p in o.ranked[:3]]
            rows.append({"id": q.id, "question": q.question, "why": why, "evidence": o.evidence, "retrieved": top})
    return rows


def _table(rows: dict[str, dict[str, float]], cols: list[str]) -> str:
    head = "| | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols) + "\n"
    body = "".join(f"| {name} | " + " | ".join(f"{r.get(c, float('nan')):.3f}" for c in cols) + " |\n"
                   for name, r in rows.items())
    return head + body


def _chart(curves: dict[str, list[float]], ks: list[int], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 3.2), dpi=120)
    for name, ys in curves.items():
        ax.plot(ks, ys, marker="o", label=name)
    ax.set_xlabel("k")
    ax.set_ylabel("hit@k")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def run_eval(where: Paths, args: argparse.Namespace) -> int:
    """The `assistant eval` command."""
    store = load_index(where)
    retriever = Retriever(store)
    questions = load_questions(Path(args.questions) if args.questions else QUESTIONS, store.passages)
    by_id = {p.id: p for p in store.passages}
    if args.calibrate:
        _calibrate(Retriever(store, calibration=Calibration()), [q for q in questions if q.split == "dev"])
        retriever = Retriever(store)
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    report_dir = Path(args.report_dir) if args.report_dir else REPORTS
    report_dir.mkdir(parents=True, exist_ok=True)
    ks = list(range(1, 11))
    summary: dict[str, Any] = {}
    md = [f"# Evaluation ({store.manifest.model_name}, {store.manifest.passage_count} passages)\n"]
    for split in splits:
        qs = [q for q in questions if q.split == split]
        if not qs:
            raise UsageError(f"no questions in split {split!r}")
        modes = MODES if args.compare else ("hybrid",)
        per_mode: dict[str, dict[str, float]] = {}
        outcomes: dict[str, list[Outcome]] = {}
        for mode in modes:
            outcomes[mode] = run_questions(retriever, qs, mode)
            per_mode[LABELS[mode]] = ranking_metrics(outcomes[mode], range(1, 11)) | answer_metrics(outcomes[mode])
        main = per_mode[LABELS["hybrid"]]
        fails = failures(outcomes["hybrid"], by_id)
        summary[split] = {"metrics": per_mode, "failures": fails}
        cols = METRICS + ["answer_key_recall", "in_scope_answered", "out_of_scope_declined"]
        table = _table(per_mode, cols)
        print(f"\n{split}: {main['in_scope']} in-scope + {main['out_of_scope']} out-of-scope questions")
        print(table)
        md += [f"## {split}\n", table]
        if args.compare:
            chart = report_dir / f"hit_at_k-{split}.png"
            _chart({name: [m[f"hit_rate@{k}"] for k in ks] for name, m in per_mode.items()}, ks, chart)
            md.append(f"\n![hit@k]({chart.name})\n")
            print(f"chart: {chart}")
        print(f"failing questions ({len(fails)}):")
        md.append(f"\n### Failing questions ({len(fails)})\n")
        for f in fails:
            line = f"- {f['id']} {f['question']!r}: {', '.join(f['why'])} (evidence {f['evidence']:.3f}); " \
                   f"retrieved: {' | '.join(f['retrieved'])}"
            print(" ", line[2:])
            md.append(line)
        md.append("")
    name = f"eval-{args.split}"
    (report_dir / f"{name}.md").write_text("\n".join(md) + "\n")
    (report_dir / f"{name}.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(f"reports: {report_dir / (name + '.md')}, {report_dir / (name + '.json')}")
    return 0


def _calibrate(retriever: Retriever, dev: list[Question]) -> None:
    """Pick the abstention weight and threshold from dev evidence scores and record them with their numbers."""
    parts = {}
    for q in dev:
        r = retriever.search(q.question)
        parts[q.id] = (r.dense_top, {(rw, cw): r.query.coverage(cw, rw) for rw, cw in WORD_WEIGHTS}, r.cooccurrence)
    ins = [parts[q.id] for q in dev if q.scope == "in"]
    outs = [parts[q.id] for q in dev if q.scope == "out"]
    cal, stats = calibrate_weighted(ins, outs)
    threshold, weight = cal.threshold, cal.coverage_weight

    def quantiles(xs: list[Sample]) -> dict[str, float]:
        s = sorted(evidence(d, c[cal.rare_weight, cal.common_weight], weight, co, cal.cooccurrence_weight)
                   for d, c, co in xs)
        return {f"p{p}": round(s[min(len(s) - 1, int(p / 100 * len(s)))], 4) for p in (0, 10, 50, 90, 100)}

    record = {
        "threshold": round(threshold, 4), "coverage_weight": weight, "common_weight": cal.common_weight,
        "rare_weight": cal.rare_weight, "cooccurrence_weight": cal.cooccurrence_weight,
        "evidence": "best dense cosine + coverage_weight * share of the question's words found in the guides "
                    "(a missing everyday English word counts common_weight, a missing rare word rare_weight) "
                    "+ cooccurrence_weight * share of them found together in one of the top passages",
        "from": {"split": "dev", "in_scope": len(ins), "out_of_scope": len(outs), **stats,
                 "in_scope_evidence": quantiles(ins), "out_of_scope_evidence": quantiles(outs)},
        "model": retriever.store.manifest.model_name,
    }
    CALIBRATION.write_text(json.dumps(record, indent=2) + "\n")
    print(f"calibrated on dev: coverage weight {weight}, rare-word weight {cal.rare_weight}, "
          f"everyday-word weight {cal.common_weight}, co-occurrence weight {cal.cooccurrence_weight}, "
          f"threshold {threshold:.4f} -> {CALIBRATION}")
