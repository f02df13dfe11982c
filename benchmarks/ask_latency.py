"""Latency and peak memory of `ask`, measured against the naive script in the same run.

    .venv/bin/python benchmarks/ask_latency.py [--runs 7]

Each round runs, one after another: cold `ask "why is my RCM sluggish"`, the naive
sentence-transformers + FAISS script, `ask --json -` over 100 questions, and `ask --help`.
Rounds alternate so machine noise falls on all of them alike. Wall time per process and its peak
RSS (from wait4's rusage) are reported as median, min and max. Results: benchmarks/results.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
QUESTION = "why is my RCM sluggish"


def questions(n: int = 100) -> str:
    rows = [json.loads(x)["question"] for x in (ROOT / "evals" / "questions.jsonl").read_text().splitlines() if x]
    return "\n".join((rows * (n // len(rows) + 1))[:n]) + "\n"


def run(cmd: list[str], stdin: str | None = None, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    env = env or dict(os.environ, HF_HUB_OFFLINE="1")
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert p.stdin is not None
    if stdin is not None:
        p.stdin.write(stdin.encode())
    p.stdin.close()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"{cmd} failed: {p.stderr.read().decode() if p.stderr else ''}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    batch = questions()
    cases = {
        "ask (cold, one question)": ([str(BIN / "ask"), QUESTION], None),
        "naive script": ([sys.executable, str(ROOT / "benchmarks" / "naive.py"), QUESTION], None),
        "ask --json - (100 questions)": ([str(BIN / "ask"), "--json", "-"], batch),
        "ask --help": ([str(BIN / "ask"), "--help"], None),
    }
    # Byte-compile the package as `make setup` does: with PYTHONDONTWRITEBYTECODE set (as on this machine),
    # an edited module's stale .pyc would otherwise be recompiled from source in every run (~45 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "assistant")], check=True)
    for cmd, stdin in cases.values():  # warm the page cache once; every measured run is a fresh process
        run(cmd, stdin)
    results: dict[str, list[tuple[float, float]]] = {k: [] for k in cases}
    for _ in range(args.runs):
        for name, (cmd, stdin) in cases.items():
            results[name].append(run(cmd, stdin))
    naive = statistics.median(w for w, _ in results["naive script"])
    table = {}
    lines = ["| command | median s | min s | max s | peak RSS MB | vs naive |", "|---|---|---|---|---|---|"]
    for name, rs in results.items():
        walls = [w for w, _ in rs]
        med = statistics.median(walls)
        table[name] = {"median_s": round(med, 3), "min_s": round(min(walls), 3), "max_s": round(max(walls), 3),
                       "peak_rss_mb": round(max(m for _, m in rs), 1), "ratio_to_naive": round(med / naive, 3)}
        t = table[name]
        lines.append(f"| {name} | {t['median_s']:.3f} | {t['min_s']:.3f} | {t['max_s']:.3f} | "
                     f"{t['peak_rss_mb']:.0f} | {t['ratio_to_naive']:.3f}x |")
    text = "\n".join(lines)
    print(f"{args.runs} alternating runs each, python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    print(text)
    out = ROOT / "benchmarks"
    (out / "results.json").write_text(json.dumps({"runs": args.runs, "results": table}, indent=2) + "\n")
    command = f".venv/bin/python benchmarks/ask_latency.py --runs {args.runs}"
    (out / "results.md").write_text(f"`{command}`\n\n{text}\n")


if __name__ == "__main__":
    main()
