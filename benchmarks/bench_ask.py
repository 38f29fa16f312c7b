"""Answer latency: warm p50/p95 of ask() over the eval questions, and cold start of `pactrag ask`.

    .venv/bin/python benchmarks/bench_ask.py [--n 60] [--cold 5]

Uses the index in PACTRAG_INDEX_DIR (default index/); build it first with `pactrag ingest`.

What is measured: the wall time of ask() is what a user waits for. Since session 11 the question
is read on a pool thread while the asking thread embeds it (``beside.py``), so the CPU time of
all threads is more than the wait; the row "CPU on the critical path" takes out the CPU of the
work that ran beside the embedding (at most the embedding's own). On a shared machine wall time mostly measures the others' load: compare the CPU rows, and
wall time only between runs interleaved in the same minutes.
"""

from __future__ import annotations

# pactrag before numpy, as the CLI and app.py import it: its OMP_NUM_THREADS=1 must be set before
# numpy loads OpenBLAS. Imported after numpy, OpenBLAS ran two threads here whose spinning the
# process CPU time counted (p50 ~63 instead of ~45 ms per answer, busy machine, session 10).
import pactrag  # noqa: F401

# isort: split
import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
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
    ap.add_argument(
        "--questions",
        type=Path,
        default=ROOT / "evals" / "v1" / "questions.jsonl",
        help="JSON lines with a 'question' each (default: evals/v1; benchmarks/latency10.jsonl: "
        "16 questions of every length and kind written for session 10)",
    )
    ap.add_argument(
        "--no-compile",
        action="store_true",
        help="cold runs without byte-compiling src/pactrag first (an editable checkout under "
        "PYTHONDONTWRITEBYTECODE compiles every module in every process: ~0.3 s)",
    )
    args = ap.parse_args()
    questions = [
        json.loads(line)["question"]
        for line in args.questions.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][: args.n]
    assistant = Assistant(Settings.from_env(), use_llm=False)
    embedding = _count_embedding(assistant.index.embedder)
    beside = _count_beside()
    if not args.lazy:
        assistant.warm()  # what the app builds in the background when it opens an index
    assistant.ask("opwarmen")  # first query loads the model pages
    totals, waits, cpu, embed_cpu, critical, calls = [], [], [], [], [], Counter()
    for q in questions:
        embedding.update(cpu=0.0, calls=0)
        beside.update(cpu=0.0)
        t, c = time.perf_counter(), time.process_time()
        try:
            result = assistant.ask(q)
        except QuestionError:
            continue
        totals.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        embed_cpu.append(embedding["cpu"] * 1000)
        critical.append(cpu[-1] - min(beside["cpu"] * 1000, embed_cpu[-1]))
        calls[int(embedding["calls"])] += 1
        waits.append(result.timings_ms["embed"])
    if not args.no_compile:  # as an installed package has it (pip compiles a wheel's modules)
        compileall.compile_dir(ROOT / "src" / "pactrag", quiet=1)
    cold, cold_cpu = [], []
    exe = Path(sys.executable).parent / "pactrag"
    for _ in range(args.cold):  # --cold 0: warm figures only
        t, before = time.perf_counter(), _children_cpu()
        subprocess.run(
            [str(exe), "ask", "Wat is Broodje Burger?"],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env=os.environ.copy(),
        )
        cold.append(time.perf_counter() - t)
        cold_cpu.append(_children_cpu() - before)
    rest = [a - b for a, b in zip(cpu, embed_cpu, strict=True)]
    print(
        "wall: what a user waits for (the question is read on a pool thread beside its embedding); "
        "CPU: all threads, and on the critical path without the work that ran beside the embedding"
    )
    print("| measure | p50 | p95 | n |\n|---|---|---|---|")
    print(
        f"| warm ask(), extractive, wall (what a user waits) | {percentile(totals, 50):.1f} ms | {percentile(totals, 95):.1f} ms | {len(totals)} |"
    )
    # CPU time of the process (every thread: a helper thread that spins counts), of the query
    # embedding (the asking thread's time inside the embedder) and on the critical path (all
    # threads minus the work beside the embedding, at most the embedding's): on a shared machine
    # the wall time mostly measures the others' load
    for label, values in (
        ("CPU time, all threads", cpu),
        ("CPU on the critical path", critical),
        ("CPU, query embedding", embed_cpu),
        ("CPU, all but the embedding", rest),
    ):
        print(
            f"| warm ask(), {label} | {percentile(values, 50):.1f} ms | {percentile(values, 95):.1f} ms | {len(values)} |"
        )
    print(
        f"| warm ask(), wall, query embedding | {percentile(waits, 50):.1f} ms | {percentile(waits, 95):.1f} ms | {len(waits)} |"
    )
    print(f"| embedding calls per question | {dict(sorted(calls.items()))} | | {len(cpu)} |")
    if cold:
        print(
            f"| cold `pactrag ask` (new process) | {statistics.median(cold):.2f} s | {max(cold):.2f} s (max) | {len(cold)} |"
        )
        print(
            f"| cold `pactrag ask`, CPU time | {statistics.median(cold_cpu):.2f} s | {max(cold_cpu):.2f} s (max) | {len(cold)} |"
        )
    return 0


def _count_embedding(embedder) -> dict[str, float]:
    """Wrap the embedder's query calls: the thread CPU time they take and how often they run."""
    seen = {"cpu": 0.0, "calls": 0}
    for name in ("embed_query", "embed_queries"):
        call = getattr(embedder, name, None)
        if call is None:
            continue

        def counted(texts, _call=call):
            c = time.thread_time()
            try:
                return _call(texts)
            finally:
                seen["cpu"] += time.thread_time() - c
                seen["calls"] += 1

        setattr(embedder, name, counted)
    return seen


def _count_beside() -> dict[str, float]:
    """The CPU time of the work run on the pool beside the query embedding (``beside.beside``)."""
    from pactrag import answer, retrieve

    seen = {"cpu": 0.0}

    def timed(work):
        def run(*args):
            c = time.thread_time()
            try:
                return work(*args)
            finally:
                seen["cpu"] += time.thread_time() - c

        return run

    for module in (answer, retrieve):
        start = getattr(module, "beside", None)
        if start is not None:  # (the code before session 11 reads the question after embedding it)
            module.beside = lambda work, *args, _start=start: _start(timed(work), *args)
    return seen


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main())
