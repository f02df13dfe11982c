"""Scale: build an index over a synthetic corpus of many guides, and time `ask` against it.

    .venv/bin/python benchmarks/scale.py [--guides 1000] [--runs 7] [--embedder minilm|hashing] [--keep DIR]

The guides are generated from the real guide's structure (its headings, FAQ, symptom/cause/solution
sections, protocols, tables and references) with varied text: ring systems, reagents, catalysts,
solvents and numbers are swapped per guide, and sentences within a paragraph are shuffled, so every
guide is distinct and has to be embedded. Reports: build time, index size on disk, an incremental
rebuild after one guide changes, and cold `ask` medians (min/max, peak RSS) against the large index
and against the one-guide index in the same run. Results: benchmarks/scale.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ask_latency import run  # the same timing (wall, peak RSS of the child) as the latency benchmark

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SEED = ROOT / "corpus" / "troubleshooting-1-4-diazepane-ring-formation.txt"
QUESTIONS = ["why is my RCM sluggish", "how much HATU for the macrolactamization", "oligomers during cyclization",
             "what temperature for the metathesis"]

SWAPS = {
    "1,4-Diazepane": ["1,4-Oxazepane", "Azepane", "1,5-Diazocane", "Piperazine", "1,4-Thiazepane", "Morpholine",
                      "Homopiperidine", "1,3-Diazepane", "Benzazepine", "Azocane"],
    "HATU": ["COMU", "PyBOP", "T3P", "HBTU", "DEPBT", "TBTU", "BOP", "DMTMM"],
    "Grubbs": ["Hoveyda", "Schrock", "Zhan", "Umicore", "Stewart-Grubbs", "Nitro-Grubbs"],
    "DCM": ["DCE", "chloroform", "toluene", "PhCF3", "2-MeTHF", "CPME"],
    "DMF": ["NMP", "DMAc", "DMSO", "acetonitrile", "sulfolane"],
    "DIPEA": ["NMM", "collidine", "triethylamine", "DBU", "2,6-lutidine"],
    "sodium triacetoxyborohydride": ["sodium cyanoborohydride", "picoline borane", "NaBH4 with AcOH",
                                     "2-methylpyridine borane", "silane with TFA"],
    "LC-MS": ["UPLC", "HPLC", "GC-MS", "crude NMR", "TLC"],
}


# Common words, each replaced per occurrence by a random alternative, so sentences differ across guides.
WORDING = {
    "reaction": ["reaction", "transformation", "process", "step"], "low": ["low", "poor", "reduced", "modest"],
    "formation": ["formation", "build-up", "appearance", "generation"], "ensure": ["ensure", "make sure", "check"],
    "consider": ["consider", "try", "evaluate", "test"], "high": ["high", "elevated", "increased", "large"],
    "catalyst": ["catalyst", "precatalyst", "metal complex"], "product": ["product", "target", "desired ring"],
    "solvent": ["solvent", "medium", "reaction solvent"], "yield": ["yield", "conversion", "isolated yield"],
    "often": ["often", "frequently", "commonly", "sometimes"], "use": ["use", "employ", "apply", "switch to"],
}


def make_guide(text: str, i: int, rng: random.Random) -> str:
    """One synthetic guide: the seed's layout, with its chemistry and numbers varied."""
    for word, options in SWAPS.items():
        pick = options[(i + rng.randrange(len(options))) % len(options)]
        text = re.sub(re.escape(word), pick, text, flags=re.IGNORECASE)
    text = re.sub(r"\b(\d+(?:\.\d+)?)\b", lambda m: _vary(m.group(1), rng), text)
    pattern = re.compile(r"\b(" + "|".join(WORDING) + r")\b")
    text = pattern.sub(lambda m: rng.choice(WORDING[m.group(1)]), text)
    out = []
    for line in text.split("\n"):
        sentences = re.split(r"(?<=[.!?]) (?=[A-Z])", line)
        if len(sentences) > 2 and "\t" not in line:
            head, rest = sentences[0], sentences[1:]
            rng.shuffle(rest)
            line = " ".join([head, *rest])
        out.append(line)
    first = next(k for k, line in enumerate(out) if line.strip())  # the title line: make every guide's distinct
    out[first] = f"Lab {i:04d} {out[first]}"
    return "\n".join(out)


def _vary(number: str, rng: random.Random) -> str:
    if "." in number or len(number) > 3:
        return number
    return str(max(1, round(int(number) * rng.choice([0.5, 0.8, 1, 1.2, 1.5, 2]))))


def du(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(args: argparse.Namespace, big: Path, small: Path, envs: dict[str, dict[str, str]]) -> dict[str, object]:
    """Generate the corpus, build both indexes, then re-index after one guide changes."""
    rng = random.Random(1234)
    seed = SEED.read_text(encoding="utf-8")
    for folder in (big / "corpus", small / "corpus"):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, small / "corpus")
    shutil.copy(SEED, big / "corpus")
    for i in range(1, args.guides):
        (big / "corpus" / f"lab-guide-{i:04d}.txt").write_text(make_guide(seed, i, rng), encoding="utf-8")
    build_s, build_rss = run([str(BIN / "assistant"), "index"], env=envs["big"])
    run([str(BIN / "assistant"), "index"], env=envs["small"])
    manifest = json.loads((big / "index" / "current" / "manifest.json").read_text())
    size_mb = du(big / "index" / "current") / 1e6
    edited = big / "corpus" / "lab-guide-0001.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNote: an added line.\n", encoding="utf-8")
    incr_s, _ = run([str(BIN / "assistant"), "index"], env=envs["big"])

    return {"guides": len(manifest["guides"]), "passages": manifest["passage_count"], "embedder": args.embedder,
            "build_s": round(build_s, 1), "build_peak_rss_mb": round(build_rss, 1), "index_mb": round(size_mb, 1),
            "rebuild_one_guide_changed_s": round(incr_s, 2)}


def dense_ms(big: Path) -> float:
    """Median time of the flat (exact) dense search over every passage and unit vector of the big index."""
    import numpy as np

    from assistant.index.dense import DenseIndex

    dense = DenseIndex(big / "index" / "current")
    q = np.random.default_rng(0).standard_normal(dense.dimension).astype(np.float32)
    times = []
    for _ in range(21):
        t0 = time.perf_counter()
        p = dense.scores(q)
        dense.best_unit(p, dense.unit_sims(q))
        times.append(time.perf_counter() - t0)
    return round(1000 * statistics.median(times), 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--guides", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--embedder", default="minilm", choices=["minilm", "hashing"])
    ap.add_argument("--keep", metavar="DIR", help="build here and keep it (default: a temporary folder)")
    ap.add_argument("--ask-only", action="store_true",
                    help="with --keep: re-time `ask` against the kept indexes; keep the build figures of scale.json")
    args = ap.parse_args()
    if args.ask_only and not args.keep:
        ap.error("--ask-only needs --keep DIR")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="scale-"))
    big, small = work / "big", work / "small"
    env = dict(os.environ, HF_HUB_OFFLINE="1", ASSISTANT_EMBEDDER=args.embedder)
    envs = {name: dict(env, ASSISTANT_CORPUS=str(w / "corpus"), ASSISTANT_INDEX=str(w / "index"))
            for name, w in (("big", big), ("small", small))}
    if args.ask_only:
        table = json.loads((ROOT / "benchmarks" / "scale.json").read_text())
    else:
        table = build(args, big, small, envs)
    results: dict[str, list[tuple[float, float]]] = {}
    for q in QUESTIONS:  # warm the page cache once
        run([str(BIN / "ask"), q], env=envs["big"])
        run([str(BIN / "ask"), q], env=envs["small"])
    for _ in range(args.runs):
        for name in ("big", "small"):
            for q in QUESTIONS[:1]:
                results.setdefault(name, []).append(run([str(BIN / "ask"), q], env=envs[name]))
    batch = "\n".join(QUESTIONS * 25) + "\n"
    for _ in range(max(3, args.runs // 2)):
        results.setdefault("big-batch", []).append(run([str(BIN / "ask"), "--json", "-"], batch, envs["big"]))

    def stats(rs: list[tuple[float, float]]) -> dict[str, float]:
        walls = [w for w, _ in rs]
        return {"median_s": round(statistics.median(walls), 3), "min_s": round(min(walls), 3),
                "max_s": round(max(walls), 3), "peak_rss_mb": round(max(m for _, m in rs), 1)}

    table.update({"ask_big": stats(results["big"]), "ask_one_guide": stats(results["small"]),
                  "ask_big_100_questions": stats(results["big-batch"]), "dense_search_ms": dense_ms(big)})
    cmd = f".venv/bin/python benchmarks/scale.py --guides {args.guides} --runs {args.runs} --embedder {args.embedder}"
    if args.ask_only:
        cmd += f" --keep {args.keep} --ask-only"
    lines = [
        f"`{cmd}`", "",
        f"{table['guides']} guides, {table['passages']} passages, embedder {args.embedder}, {os.cpu_count()} cores", "",
        "| measure | value |", "|---|---|",
        f"| full build | {table['build_s']} s (peak RSS {table['build_peak_rss_mb']:.0f} MB) |",
        f"| index size on disk | {table['index_mb']} MB |",
        f"| rebuild after one guide changed | {table['rebuild_one_guide_changed_s']} s |",
        f"| exact dense search (all passages and units, warm, in process) | {table['dense_search_ms']} ms |",
    ]
    for key, label in (("ask_big", f"cold `ask`, {table['guides']} guides"), ("ask_one_guide", "cold `ask`, 1 guide"),
                       ("ask_big_100_questions", f"`ask --json -` 100 questions, {table['guides']} guides")):
        s = table[key]
        assert isinstance(s, dict)
        lines.append(f"| {label} | median {s['median_s']:.3f} s (min {s['min_s']:.3f}, max {s['max_s']:.3f}), "
                     f"peak RSS {s['peak_rss_mb']:.0f} MB |")
    text = "\n".join(lines)
    print(text)
    (ROOT / "benchmarks" / "scale.json").write_text(json.dumps(table, indent=2) + "\n")
    (ROOT / "benchmarks" / "scale.md").write_text(text + "\n")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
