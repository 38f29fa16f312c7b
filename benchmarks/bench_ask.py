"""Answer latency: warm p50/p95 of ask() over the eval questions, and cold start of `pactrag ask`.

    .venv/bin/python benchmarks/bench_ask.py [--n 60] [--cold 5]

Uses the index in PACTRAG_INDEX_DIR (default index/); build it first with `pactrag ingest`.
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

import numpy as np

from pactrag.answer import Assistant
from pactrag.config import Settings
from pactrag.errors import QuestionError

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(values, p))  # linear interpolation


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60, help="number of questions (≥ 40)")
    ap.add_argument("--cold", type=int, default=5, help="cold-start runs of the CLI")
    ap.add_argument(
        "--lazy",
        action="store_true",
        help="no Assistant.warm(): the per-index structures are built by the first question that "
        "needs them, inside its time (the measure before session 6)",
    )
    args = ap.parse_args()
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "evals" / "v1" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    ][: args.n]
    assistant = Assistant(Settings.from_env(), use_llm=False)
    if not args.lazy:
        assistant.warm()  # what the app builds in the background when it opens an index
    assistant.ask("opwarmen")  # first query loads the model pages
    totals, retrieves, cpu = [], [], []
    for q in questions:
        t, c = time.perf_counter(), time.process_time()
        try:
            result = assistant.ask(q)
        except QuestionError:
            continue
        totals.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        retrieves.append(result.timings_ms["retrieve"])
    cold = []
    exe = Path(sys.executable).parent / "pactrag"
    for _ in range(args.cold):  # --cold 0: warm figures only
        t = time.perf_counter()
        subprocess.run(
            [str(exe), "ask", "Wat is Broodje Burger?"],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env=os.environ.copy(),
        )
        cold.append(time.perf_counter() - t)
    print("| measure | p50 | p95 | n |\n|---|---|---|---|")
    print(
        f"| warm ask(), extractive, total | {percentile(totals, 50):.1f} ms | {percentile(totals, 95):.1f} ms | {len(totals)} |"
    )
    # CPU time of this process: on a shared machine the wall time mostly measures the others' load
    print(
        f"| warm ask(), CPU time of the process | {percentile(cpu, 50):.1f} ms | {percentile(cpu, 95):.1f} ms | {len(cpu)} |"
    )
    print(
        f"| warm retrieval only | {percentile(retrieves, 50):.1f} ms | {percentile(retrieves, 95):.1f} ms | {len(retrieves)} |"
    )
    if cold:
        print(
            f"| cold `pactrag ask` (new process) | {statistics.median(cold):.2f} s | {max(cold):.2f} s (max) | {len(cold)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
