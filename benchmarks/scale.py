"""Scale: build indexes over synthetic corpora of many guides, and time `ask` per kind of question.

    .venv/bin/python benchmarks/scale.py [--guides 1000 10000] [--runs 5] [--keep DIR [--ask-only]]
                                         [--real-up-to 1000] [--embedder minilm|hashing]

The guides are generated from the real guide's structure (its headings, FAQ, symptom/cause/solution
sections, protocols, tables and references) with varied text: ring systems, reagents, catalysts,
solvents and numbers are swapped per guide, and sentences within a paragraph are shuffled, so every
guide is distinct and has to be embedded. Each size is built with `assistant index` (wall time and
peak RSS of the process), then rebuilt after one guide changes. A collection larger than
`--real-up-to` guides starts from the largest real one (its guides are the same: the generator is
seeded) and embeds the texts of the further guides with stand-in vectors (see `standin_build`),
because the real model needs hours for them on 2 cores; its query path is the product's own.
Cold `ask` is then timed per kind of question against every size and the one-guide index, in
alternating rounds (median, min/max, peak RSS). Results: benchmarks/scale.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ask_latency import run  # the same timing (wall, peak RSS of the child) as the latency benchmark

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SEED = ROOT / "corpus" / "troubleshooting-1-4-diazepane-ring-formation.txt"
QUESTIONS = {  # one of each kind of question, answered from the seed guide's text
    "cause": "why is my RCM sluggish",
    "value": "how much catalyst loading for Grubbs II",
    "named row": "G2 features",
    "comparison": "Grubbs II vs Hoveyda-Grubbs II",
    "choice": "which catalyst for a hindered olefin",
    "decline": "how do I grow crystals for X-ray diffraction",
}

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


def generate(corpus: Path, guides: int) -> None:
    """The seed guide and guides - 1 generated from it (the same guides for the same count: seeded)."""
    rng = random.Random(1234)
    seed = SEED.read_text(encoding="utf-8")
    corpus.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, corpus)
    for i in range(1, guides):
        (corpus / f"lab-guide-{i:04d}.txt").write_text(make_guide(seed, i, rng), encoding="utf-8")


def build(folder: Path, guides: int, env: dict[str, str], real: Path | None) -> dict[str, object]:
    """Generate a corpus and build its index (with stand-in vectors past the real ones, if `real` is
    given); then re-index after one guide changes."""
    generate(folder / "corpus", guides)
    if real is None:
        cmd = [str(BIN / "assistant"), "index"]
    else:  # the real collection's index as the live one: its guides' vectors are reused, as in any rebuild
        shutil.copytree((real / "index" / "current").resolve(), folder / "index" / "seeded")
        (folder / "index" / "current").symlink_to("seeded")
        cmd = [sys.executable, __file__, "--standin-build", str(folder)]
    build_s, build_rss = run_logged(cmd, env, folder / "build.log")
    manifest = json.loads((folder / "index" / "current" / "manifest.json").read_text())
    size_mb = du((folder / "index" / "current").resolve()) / 1e6
    edited = folder / "corpus" / "lab-guide-0001.txt"
    incr_s: float | None = None
    if real is None:  # (a stand-in build's rebuild would time the stand-in encoder and FAISS training, not a user's)
        if edited.exists():
            edited.write_text(edited.read_text(encoding="utf-8") + "\nNote: an added line.\n", encoding="utf-8")
        incr_s, _ = run_logged(cmd, env, folder / "rebuild.log")
    return {"guides": len(manifest["guides"]), "passages": manifest["passage_count"], "vectors": manifest["vectors"],
            "standin_vectors": real is not None, "command": " ".join(Path(c).name if c == cmd[0] else c for c in cmd),
            "build_s": round(build_s, 1), "build_peak_rss_mb": round(build_rss, 1), "index_mb": round(size_mb, 1),
            "rebuild_one_guide_changed_s": None if incr_s is None else round(incr_s, 2)}


def run_logged(cmd: list[str], env: dict[str, str], log: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a build, its output in a log (a pipe would fill with a line per guide)."""
    t0 = time.perf_counter()
    with log.open("wb") as out:
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        raise SystemExit(f"{cmd} failed: see {log}")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


class StandIn:
    """Stand-in vectors for the texts the real collection does not have: each text's hashing vector
    (a bag of its words) projected to 384 dimensions by a fixed random matrix and normalised. Texts that
    share words get near vectors, as real ones do, so the FAISS index has the clustered shape of real data;
    a question's real MiniLM vector is close to none of them, so these guides act as unrelated guides."""

    name = "minilm"

    def __init__(self) -> None:
        import numpy as np

        from assistant.index.encoders import HashingEncoder

        self.hashing = HashingEncoder()
        self.projection = np.random.default_rng(0).standard_normal((HashingEncoder.dimension, 384)).astype("float32")

    def encode(self, texts: list[str]):  # type: ignore[no-untyped-def]
        import numpy as np

        v = self.hashing.encode(texts) @ self.projection
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def standin_build(folder: Path) -> None:
    """`assistant index` of a folder's corpus, with stand-in vectors for every text not in its live index."""
    import assistant.index.build as build_module
    from assistant.settings import Paths

    build_module.build_encoder = lambda name: StandIn()  # type: ignore[assignment,return-value]
    print(build_module.build_index(Paths(folder / "corpus", folder / "index")).summary())


def dense_ms(folder: Path, backend: str) -> float:
    """Median time, warm and in process, of the dense search over every passage and unit vector."""
    import numpy as np

    from assistant.index.dense import DenseIndex

    dense = DenseIndex(folder / "index" / "current", backend)
    q = np.random.default_rng(0).standard_normal(dense.dimension).astype(np.float32)
    q /= np.linalg.norm(q)
    times = []
    for _ in range(11):
        t0 = time.perf_counter()
        p = dense.scores(q)
        dense.best_unit(p, dense.unit_sims(q))
        times.append(time.perf_counter() - t0)
    return round(1000 * statistics.median(times), 1)


def stats(rs: list[tuple[float, float]]) -> dict[str, float]:
    walls = [w for w, _ in rs]
    return {"median_s": round(statistics.median(walls), 3), "min_s": round(min(walls), 3),
            "max_s": round(max(walls), 3), "peak_rss_mb": round(max(m for _, m in rs), 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--guides", type=int, nargs="+", default=[1000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--embedder", default="minilm", choices=["minilm", "hashing"])
    ap.add_argument("--real-up-to", type=int, default=1000,
                    help="larger collections get stand-in vectors for the guides past this many")
    ap.add_argument("--keep", metavar="DIR", help="build here and keep it (default: a temporary folder)")
    ap.add_argument("--ask-only", action="store_true",
                    help="with --keep: re-time `ask` against the kept indexes; keep the build figures of scale.json")
    ap.add_argument("--build-only", action="store_true", help="build (and record) the indexes; time no `ask`")
    ap.add_argument("--standin-build", metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.standin_build:
        return standin_build(Path(args.standin_build))
    if args.ask_only and not args.keep:
        ap.error("--ask-only needs --keep DIR")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="scale-"))
    sizes = sorted(set([1, *args.guides]))
    env = dict(os.environ, HF_HUB_OFFLINE="1", ASSISTANT_EMBEDDER=args.embedder)
    envs = {n: dict(env, ASSISTANT_CORPUS=str(work / f"g{n}" / "corpus"), ASSISTANT_INDEX=str(work / f"g{n}" / "index"))
            for n in sizes}
    saved = ROOT / "benchmarks" / "scale.json"
    table: dict[str, dict[str, object]] = json.loads(saved.read_text()).get("builds", {}) if saved.exists() else {}
    if not args.ask_only:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "assistant")], check=True)
        for n in sizes:
            if (work / f"g{n}" / "index" / "current").exists():
                continue  # built earlier into this --keep folder; its figures are in scale.json
            real = max((m for m in sizes if m <= args.real_up_to), default=1)
            seeded = work / f"g{real}" if n > args.real_up_to and args.embedder == "minilm" else None
            table[str(n)] = build(work / f"g{n}", n, envs[n], seeded)
            saved.write_text(json.dumps({"builds": table}, indent=2) + "\n")
            print(f"built {n} guides: {table[str(n)]}", flush=True)
    if args.build_only:
        return None
    results: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for q in QUESTIONS.values():  # warm the page cache once
        for n in sizes:
            run([str(BIN / "ask"), q], env=envs[n])
    for _ in range(args.runs):  # alternating: machine noise falls on every size alike
        for kind, q in QUESTIONS.items():
            for n in sizes:
                results.setdefault((kind, n), []).append(run([str(BIN / "ask"), q], env=envs[n]))
    asks = {kind: {str(n): stats(results[kind, n]) for n in sizes} for kind in QUESTIONS}
    for n in sizes:  # after the `ask` runs: a child forked from a parent holding an index starts with its RSS
        table[str(n)]["dense_search_ms"] = dense_ms(work / f"g{n}", str(table[str(n)]["vectors"]))
    cmd = f".venv/bin/python benchmarks/scale.py --guides {' '.join(map(str, args.guides))} --runs {args.runs}"
    cmd += f" --embedder {args.embedder}" + (f" --keep {args.keep} --ask-only" if args.ask_only else "")
    lines = [f"`{cmd}`", "", f"embedder {args.embedder}, {os.cpu_count()} cores; builds with the command shown, "
             "each timed as one process (wall, peak RSS)", "",
             "| guides | passages | vectors | build | on disk | rebuild, one guide changed | dense search, warm |",
             "|---|---|---|---|---|---|---|"]
    for n in sizes:
        b = table[str(n)]
        stand = " (stand-in vectors past the real ones)" if b.get("standin_vectors") else ""
        lines.append(f"| {b['guides']} | {b['passages']} | {b['vectors']} | {b['build_s']} s, peak RSS "
                     f"{b['build_peak_rss_mb']:.0f} MB{stand} | {b['index_mb']} MB | "
                     f"{b['rebuild_one_guide_changed_s'] or '-'} s | {b['dense_search_ms']} ms |")
    lines += ["", "Build commands: " + "; ".join(f"{n}: `{table[str(n)]['command']}`" for n in sizes)]
    lines += ["", f"Cold `ask`, median of {args.runs} alternating runs (min-max), peak RSS; x: the one-guide time", "",
              "| question | " + " | ".join(f"{n} guide{'s' * (n > 1)}" for n in sizes) + " |",
              "|---|" + "---|" * len(sizes)]
    for kind, q in QUESTIONS.items():
        one = asks[kind]["1"]["median_s"]
        cells = []
        for n in sizes:
            s = asks[kind][str(n)]
            ratio = "" if n == 1 else f", {s['median_s'] / one:.2f}x"
            cells.append(f"{s['median_s']:.3f} s ({s['min_s']:.3f}-{s['max_s']:.3f}){ratio}, {s['peak_rss_mb']:.0f} MB")
        lines.append(f"| {kind}: \"{q}\" | " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    print(text)
    saved.write_text(json.dumps({"builds": table, "ask": asks}, indent=2) + "\n")
    (ROOT / "benchmarks" / "scale.md").write_text(text + "\n")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return None


if __name__ == "__main__":
    main()
