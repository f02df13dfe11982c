"""`assistant eval`: retrieval and answer quality, per guide, through the user's path.

Without `--questions` it measures the product on the development corpus (the first guide, the
gallery of guides in other layouts and the held-out parts folded in once read, `DEV_FOLDERS`) with
every question set of `DEV_QUESTIONS` and `FOLDED`, leaving one guide out: the ranking weights and
abstention are fitted on every other guide and the guide left out is scored with them. `--fit` then
fits them on every guide and writes the shipped config
(retrieval/fitted.json) with the data and command it came from. With `--questions FILE` it measures a
lab's own index on the lab's own questions; `--calibrate` then fits abstention on them and stores it in
that index, never in the package. Gold passages are named by guide + an anchor phrase, so labels
survive re-chunking. Reports go to the user's data folder unless `--report-dir` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.answer.compose import compose, opening_candidates
from assistant.answer.lead import holds
from assistant.config import CONFIG_FILE, FEATURES, FITTED, RankingConfig, load_config
from assistant.errors import IndexBusyError, UsageError
from assistant.index.store import IndexStore, load_index
from assistant.models import Answer, Passage
from assistant.retrieval.retriever import Retriever
from assistant.settings import PROJECT_ROOT, Paths

if TYPE_CHECKING:
    from assistant.fit import Item, LeadExample, Library

QUESTIONS = PROJECT_ROOT / "evals" / "questions.jsonl"  # the first guide's questions
DEV_QUESTIONS = PROJECT_ROOT / "evals" / "dev"  # one file per gallery guide, named after it
LAY_QUESTIONS = PROJECT_ROOT / "evals" / "lay"  # questions in bench slang, one file per development guide
# Held-out parts, each written blind by someone who never ran the assistant, read once for its first-reading
# figures and then folded into the development set (guides in `<part>/guides`, one question file per guide):
# more guides, layouts and question writers for the fit than the team's own gallery.
FOLDED = tuple(PROJECT_ROOT / "evals" / f"fresh{n}" for n in range(2, 17))
# Out-of-scope questions that a guide folded in later answers (evals/rescoped.md): each is asked in the fold of
# the guide that answers it, in scope, and its out-of-scope row in the set it came from is no longer asked.
RESCOPED = PROJECT_ROOT / "evals" / "rescoped"
DEV_FOLDERS = (PROJECT_ROOT / "corpus", PROJECT_ROOT / "tests" / "fixtures" / "gallery",
               *(part / "guides" for part in FOLDED))
DEV_INDEX = PROJECT_ROOT / "index" / "eval-dev"  # built from DEV_FOLDERS on first use, then updated
COLUMNS = ("hit@1", "hit@3", "key", "lead", "answered", "declined")
# Abstention is fitted, and measured, in libraries of these many development guides besides all of them: a
# lab's folder may hold one guide or a hundred (fit.Library).
LIBRARY_SIZES = (1, 3, 10)
FIT_COMMAND = "assistant eval --fit"
MODES = ("hybrid", "lexical", "dense")
LABELS = {"hybrid": "fused (hybrid)", "lexical": "BM25 only", "dense": "dense only"}


@dataclass
class Question:
    id: str
    split: str
    scope: str
    question: str
    gold: list[str]
    key: list[str]
    lead: str = ""
    guide: str = ""  # the guide it was written for: its fold in leave-one-guide-out


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
        split: str = Field(min_length=1)  # dev, test, or the held-out part it came from
        scope: Literal["in", "out"]
        question: str = Field(min_length=1)
        gold: list[Gold] = []
        key: list[str] = []
        lead: str = ""
        ask: str = ""
        note: str = ""

    return Row


def _norm(s: str) -> str:
    """Case- and space-blind; a TeX source's "--" is the en dash its passages print."""
    return re.sub(r"\s+", " ", s.replace("--", "\u2013")).strip().lower()


def load_questions(path: Path, passages: Sequence[Passage], guide: str = "", strict: bool = True,
                   ) -> list[Question]:
    """Read a question set and resolve each gold anchor to exactly one passage id of its guide.

    Not `strict` (a held-out part folded in, its anchors written against the guide's text, not our passages):
    an anchor in several passages makes them all gold (a heading's, or a sentence a reader repeats), and a
    question whose anchor no passage holds (a reader that hyphenates or splits it) is left out."""
    from pydantic import ValidationError

    if not path.exists():
        raise UsageError(f"question set not found: {path}")
    row_model = _row_model()
    texts: dict[str, list[tuple[str, str]]] = {}
    heads: dict[str, list[tuple[str, str]]] = {}
    runs: dict[str, list[tuple[str, str]]] = {}
    for p in passages:
        texts.setdefault(p.guide, []).append((p.id, _norm(p.text)))
        # its heading, and the entry's name above a role's heading ("Boc lost on the cartridge" > "Cause")
        named = p.section[-2:] if len(p.section) > 1 and p.kind in ("cause", "solution", "symptom") else p.section[-1:]
        heads.setdefault(p.guide, []).append((p.id, " \n ".join(_norm(h) for h in named)))
        if p.section:  # an anchor that runs from a run-in heading into its text ("Oil instead of a solid. Low-")
            runs.setdefault(p.guide, []).append((p.id, _norm(f"{p.section[-1]} {p.text}")))
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
            hits = [pid for pid, text in texts.get(g.guide, []) if _norm(g.anchor) in text]
            if not hits:  # a heading names the passage under it
                hits = [pid for pid, head in heads.get(g.guide, []) if _norm(g.anchor).rstrip(":.") in head]
            if not hits:
                hits = [pid for pid, run in runs.get(g.guide, [])
                        if _norm(g.anchor) in run or _norm(g.anchor).replace(": ", " ", 1) in run]
            if not strict:
                gold += hits
                continue
            if len(hits) != 1:
                raise UsageError(f"{path.name}:{n}: anchor {g.anchor!r} matches {len(hits)} passages, not 1")
            gold.append(hits[0])
        if row.scope == "in" and not gold:
            continue
        home = row.gold[0].guide if row.gold else guide
        out.append(Question(row.id, row.split, row.scope, row.question, gold, list(row.key), row.lead, home))
    return out


def dev_questions(passages: Sequence[Passage]) -> list[Question]:
    """Every development question: the first guide's set, one set per gallery guide, the questions put in
    bench slang ("the frit is bunged up") for every development guide, the folded-in parts' sets, and the
    out-of-scope questions a later guide answers, in that guide's fold (RESCOPED) instead of out of scope."""
    first = sorted(f.stem for f in DEV_FOLDERS[0].glob("*.txt"))
    out = load_questions(QUESTIONS, passages, guide=first[0] if first else "")
    for f in [*sorted(DEV_QUESTIONS.glob("*.jsonl")), *sorted(LAY_QUESTIONS.glob("*.jsonl"))]:
        out += load_questions(f, passages, guide=f.stem)
    for part in FOLDED:
        for f in sorted(part.glob("*.jsonl")):
            out += load_questions(f, passages, guide=f.stem, strict=False)
    moved = [q for f in sorted(RESCOPED.glob("*.jsonl")) for q in load_questions(f, passages, guide=f.stem)]
    was = {(q.id, q.question) for q in moved}
    return [q for q in out if q.scope != "out" or (q.id, q.question) not in was] + moved


def key_in(answer: str, keys: list[str]) -> bool:
    norm = _norm(answer)
    return any(_norm(k) in norm for k in keys)


def lead_first(answer: Answer, lead: str) -> bool:
    """Whether the answer's first line holds the lead fact (its first 40 characters, case- and space-blind)."""
    first = answer.answer.split("\n", 1)[0] if answer.answered else ""
    return bool(first) and holds(first, lead)


def score(store: IndexStore, questions: Sequence[Question], configs: dict[str, RankingConfig],
          mode: str = "hybrid", details: list[dict[str, object]] | None = None) -> dict[str, dict[str, list[bool]]]:
    """Each question asked through the user's path with the config of its fold; outcomes per guide, and
    (when `details` is given) one record per question: what was asked, what came first, what it got right."""
    retrievers: dict[int, Retriever] = {}
    out: dict[str, dict[str, list[bool]]] = {}
    for q in questions:
        config = configs.get(q.guide) or configs[""]
        r = retrievers.setdefault(id(config), Retriever(store, config=config))
        res = r.search(q.question, mode="hybrid" if mode == "hybrid" else mode)  # type: ignore[arg-type]
        a = compose(q.question, res, lead_weights=config.lines)
        s = out.setdefault(q.guide, {c: [] for c in COLUMNS})
        got: dict[str, bool] = {}
        if q.scope == "out":
            got["declined"] = not a.answered
        else:
            cited = [h.passage.id for h in res.hits]
            got["hit@1"] = bool(cited) and cited[0] in q.gold
            got["hit@3"] = bool(set(cited[:3]) & set(q.gold))
            got["answered"] = a.answered
            got["key"] = a.answered and key_in(a.answer, q.key)
            if q.lead:
                got["lead"] = lead_first(a, q.lead)
        for column, ok in got.items():
            s[column].append(ok)
        if details is not None:
            details.append({"id": q.id, "guide": q.guide, "scope": q.scope, "question": q.question,
                            "lead_fact": q.lead, "first": a.answer.split("\n", 1)[0] if a.answered else "",
                            "answer": a.answer if a.answered else "", "top": [h.passage.id for h in res.hits[:3]],
                            "gold": list(q.gold), **got})
    return out


def fitted_folds(store: IndexStore, questions: Sequence[Question], retriever: Retriever, items: Sequence[Item],
                 start: RankingConfig, libraries: Sequence[Library] = ()) -> dict[str, RankingConfig]:
    """For each guide, the config fitted on every other guide: ranking, abstention (on the questions of
    `libraries`, dev_libraries; by default the whole development library alone), then the lead model on the
    answers each training question gets under the ranking of its own fold."""
    from assistant.fit import fit_lines, leave_one_guide_out

    folds = leave_one_guide_out(retriever, items, start, libraries)
    examples = lead_examples(store, questions, folds)
    return {g: replace(c, lines=fit_lines([e for e in examples if e.guide != g])) for g, c in folds.items()}


def fitted_config(store: IndexStore, questions: Sequence[Question], retriever: Retriever, items: Sequence[Item],
                  start: RankingConfig, libraries: Sequence[Library] = ()) -> RankingConfig:
    """The config fitted on every guide (what `assistant eval --fit` ships)."""
    from assistant.fit import fit, fit_lines

    config = fit(retriever, items, start, libraries)
    return replace(config, lines=fit_lines(lead_examples(store, questions, {"": config})))


def lead_examples(store: IndexStore, questions: Sequence[Question], configs: dict[str, RankingConfig],
                  ) -> list[LeadExample]:
    """For each in-scope question with a lead fact, its answer's candidate first lines and which hold it,
    under the ranking config of its fold (configs by guide, or "" for all)."""
    from assistant.fit import lead_example

    retrievers: dict[int, Retriever] = {}
    out: list[LeadExample] = []
    for q in questions:
        if q.scope != "in" or not q.lead:
            continue
        config = configs.get(q.guide) or configs[""]
        r = retrievers.setdefault(id(config), Retriever(store, config=config))
        if (ex := lead_example(q.guide, opening_candidates(r.search(q.question)), q.lead)) is not None:
            out.append(ex)
    return out


def rates(outcomes: dict[str, dict[str, list[bool]]]) -> dict[str, dict[str, float]]:
    """Per guide, then overall (every question counted once), then the mean over guides."""
    table: dict[str, dict[str, float]] = {}
    pooled: dict[str, list[bool]] = {c: [] for c in COLUMNS}
    for guide in sorted(outcomes):
        table[guide] = {c: _rate(outcomes[guide][c]) for c in COLUMNS}
        for c in COLUMNS:
            pooled[c] += outcomes[guide][c]
    table["all questions"] = {c: _rate(pooled[c]) for c in COLUMNS}
    table["mean over guides"] = {c: _mean([table[g][c] for g in outcomes]) for c in COLUMNS}
    return table


def _rate(xs: list[bool]) -> float:
    return round(sum(xs) / len(xs), 4) if xs else float("nan")


def _mean(xs: list[float]) -> float:
    ok = [x for x in xs if x == x]
    return round(sum(ok) / len(ok), 4) if ok else float("nan")


def markdown_table(table: dict[str, dict[str, float]]) -> str:
    head = "| guide | " + " | ".join(COLUMNS) + " |\n|---|" + "---|" * len(COLUMNS) + "\n"
    return head + "".join(f"| {name} | " + " | ".join("–" if v != v else f"{v:.2f}" for v in row.values()) + " |\n"
                          for name, row in table.items())


def dev_store(embedder: str | None = None) -> IndexStore:
    """The development corpus's index (DEV_FOLDERS), built or brought up to date."""
    import shutil

    from assistant.index.build import build_index

    corpus = DEV_INDEX / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    wanted = {f.name: f for folder in DEV_FOLDERS for f in folder.iterdir() if f.is_file()
              and not f.name.startswith(".") and f.suffix.lower() not in (".py", ".json", ".jsonl")}
    for f in corpus.iterdir():
        if f.name not in wanted:
            f.unlink()
    for name, f in wanted.items():
        dest = corpus / name
        if not dest.exists() or dest.read_bytes() != f.read_bytes():
            shutil.copyfile(f, dest)
    where = Paths(corpus, DEV_INDEX / "index")
    for _ in range(900):  # another evaluation is building it: wait (up to 30 min), then reuse what it built
        try:
            build_index(where, embedder=embedder)
            break
        except IndexBusyError:
            time.sleep(2)
    else:
        raise IndexBusyError(f"the development index in {where.index_root} stayed busy for 30 minutes")
    return load_index(where)


def dev_libraries(store: IndexStore, questions: Sequence[Question], retriever: Retriever, items: Sequence[Item],
                  sizes: Sequence[int] = LIBRARY_SIZES) -> list[Library]:
    """The whole development library (`store`, its `retriever` and `items`), then its guides in libraries of each
    of `sizes` guides (every guide in one library of each size, by name in turn: guide k of N in library
    k mod ceil(N / size)), each indexed with the development index's vectors (nothing is embedded again), with
    its guides' questions."""
    import math
    import shutil

    from assistant.fit import Library, collect
    from assistant.index.build import build_index

    records = sorted(store.manifest.guides, key=lambda r: r.guide)
    source = Path(store.manifest.corpus)
    out = [Library(retriever, items, len(records))]
    for size in sizes:
        count = math.ceil(len(records) / size)
        for k in range(count):
            members = records[k::count]
            folder = DEV_INDEX / "libraries" / f"{size}-{k}"
            corpus = folder / "corpus"
            if corpus.exists():
                shutil.rmtree(corpus)
            corpus.mkdir(parents=True)
            for r in members:
                shutil.copyfile(source / r.path, corpus / r.path)
            where = Paths(corpus, folder / "index")
            build_index(where, embedder=store.manifest.embedder, seed=store.folder)
            library = load_index(where)
            small = Retriever(library, config=retriever.config)
            ids = {p.id for p in library.passages}
            names = {r.guide for r in members}
            mine = [(q.id, q.guide, q.scope, q.question, tuple(g for g in q.gold if g in ids))
                    for q in questions if q.guide in names]
            out.append(Library(small, collect(small, mine), size))
    return out


def run_eval(where: Paths, args: argparse.Namespace) -> int:
    """The `assistant eval` command."""
    report_dir = Path(args.report_dir) if args.report_dir else reports_folder()
    report_dir.mkdir(parents=True, exist_ok=True)
    if args.questions:
        return _lab_eval(where, args, report_dir)
    if args.calibrate:
        raise UsageError("--calibrate fits abstention on your own questions: give them with --questions FILE")
    from assistant.fit import collect

    store = dev_store()
    questions = dev_questions(store.passages)
    start = RankingConfig(model=store.manifest.model_name)
    retriever = Retriever(store, config=start)
    items = collect(retriever, [(q.id, q.guide, q.scope, q.question, tuple(q.gold)) for q in questions])
    libraries = dev_libraries(store, questions, retriever, items)
    folds = fitted_folds(store, questions, retriever, items, start, libraries)
    modes = MODES if args.compare else MODES[:1]
    details: list[dict[str, object]] = []
    tables = {m: rates(score(store, questions, folds, m, details if m == "hybrid" else None)) for m in modes}
    from assistant.fit import abstention_by_library

    by_size = abstention_by_library(libraries, folds)
    md = [f"# Evaluation: leave one guide out ({store.manifest.model_name}, {len(folds)} guides, "
          f"{len(questions)} questions)\n"]
    for mode, table in tables.items():
        md += [f"## {LABELS[mode]}\n", markdown_table(table)]
    md += ["## abstention in smaller libraries (each guide among this many development guides)\n",
           "| guides | answered | declined |\n|---|---|---|\n" + "".join(
               f"| {size} | {row['answered']:.2f} | {row['declined']:.2f} |\n" for size, row in by_size.items())]
    text = "\n".join(md)
    print(text)
    if args.fit:
        config = fitted_config(store, questions, retriever, items, start, libraries)
        record = {"command": FIT_COMMAND, "fitted_at": datetime.now(UTC).isoformat(timespec="seconds"),
                  "guides": sorted(folds), "questions": len(questions),
                  "in_scope": sum(q.scope == "in" for q in questions),
                  "leave_one_guide_out": tables["hybrid"]["mean over guides"]}
        config = replace(config, record=record)
        FITTED.write_text(config.to_json(), encoding="utf-8")
        print(f"fitted on {len(folds)} guides -> {FITTED}")
        print("weights: " + ", ".join(f"{f} {config.weight(f):+.3f}" for f in FEATURES))
    path = report_dir / "eval-leave-one-guide-out.md"
    path.write_text(text + "\n", encoding="utf-8")
    (report_dir / "eval-leave-one-guide-out.json").write_text(
        json.dumps({**{LABELS[m]: t for m, t in tables.items()}, "libraries": by_size}, indent=2) + "\n")
    _write_details(report_dir / "eval-leave-one-guide-out-questions.jsonl", details)
    print(f"reports: {path}")
    return 0


def _lab_eval(where: Paths, args: argparse.Namespace, report_dir: Path) -> int:
    """A lab's own questions on its own index; `--calibrate` fits abstention on them, stored in that index."""
    store = load_index(where)
    questions = load_questions(Path(args.questions), store.passages)
    config = load_config(store.folder / CONFIG_FILE)
    if args.calibrate:
        from assistant.fit import Library, collect, fit_calibration, vector

        retriever = Retriever(store, config=config)
        items = collect(retriever, [(q.id, q.guide, q.scope, q.question, tuple(q.gold)) for q in questions])
        cal, stats = fit_calibration([Library(retriever, items)], vector(config))
        config = config.with_calibration(cal)
        (store.folder / CONFIG_FILE).write_text(config.to_json(), encoding="utf-8")
        print(f"calibrated on {len(items)} questions (balanced accuracy {stats['balanced_accuracy']:.3f}): "
              f"threshold {cal.threshold:.3f} -> {store.folder / CONFIG_FILE}")
    md = [f"# Evaluation of {args.questions} ({store.manifest.passage_count} passages)\n"]
    modes = MODES if args.compare else MODES[:1]
    details: list[dict[str, object]] = []
    tables = {LABELS[m]: rates(score(store, questions, {"": config}, m, details if m == "hybrid" else None))
              for m in modes}
    for label, table in tables.items():
        md += [f"## {label}\n", markdown_table(table)]
    text = "\n".join(md)
    print(text)
    (report_dir / "eval-questions.md").write_text(text + "\n", encoding="utf-8")
    (report_dir / "eval-questions.json").write_text(json.dumps(tables, indent=2) + "\n")
    _write_details(report_dir / "eval-questions-questions.jsonl", details)
    print(f"reports: {report_dir / 'eval-questions.md'}")
    return 0


def _write_details(path: Path, details: list[dict[str, object]]) -> None:
    """One line per question: what it was, what the answer opened with, and which checks it passed."""
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in details), encoding="utf-8")


def reports_folder() -> Path:
    """Outside the tracked tree: $XDG_DATA_HOME/bench-assistant/reports (or ~/.local/share/...)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bench-assistant" / "reports"
