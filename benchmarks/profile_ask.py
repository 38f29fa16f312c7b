"""Where a warm extractive answer spends its time: per stage, over the bench_ask questions.

    .venv/bin/python benchmarks/profile_ask.py [--n 60] [--runs 3]

Wraps the stage functions that ``answer.Assistant.stream`` and ``retrieve.retrieve`` call and
prints, per stage, the p50/p95 per question (ms) and its share of the total. Stages can nest
(``compose`` contains the compose-time retrievals of a several-part question), so the shares do
not add up to 100 %. The machine is shared: compare runs made in the same minute.
"""

from __future__ import annotations

import pactrag  # noqa: F401  (before numpy: one OpenBLAS thread, as the CLI and the app run; see bench_ask.py)

# isort: split
import argparse
import json
import sys
import time
from collections import defaultdict
from functools import wraps
from pathlib import Path

import numpy as np

from pactrag import answer as A
from pactrag import index as I
from pactrag import retrieve as R
from pactrag.config import Settings
from pactrag.errors import QuestionError

ROOT = Path(__file__).resolve().parents[1]

# (module, attribute, stage): the functions timed
STAGES = [
    (A, "leaning_history", "rewrite"),
    (A, "best_sentences", "sentence sims (answer)"),
    (A, "signals", "abstain: signals"),
    (A, "judge", "abstain: judge"),
    (A, "listed_sentences", "abstain: listed"),
    (A, "extractive_answer", "compose (extractive_answer)"),
    (A, "compose_kinds", "compose (kind switch)"),
    (R, "tokenize", "retrieve: tokenize"),
    (R, "best_sentence_scores", "retrieve: sentence sims"),
    (R, "named_subfacet_mask", "retrieve: named subfacet"),
    (R, "intent_kinds", "retrieve: intent kinds"),
    (R, "chunk_prior", "retrieve: subfacet prior"),
    (R, "_fuse", "retrieve: fuse"),
]

spent: dict[str, float] = defaultdict(float)


def timed(fn, stage):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] += (time.perf_counter() - t) * 1000

    return wrapper


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument(
        "--runs", type=int, default=1, help="passes over the questions (later passes hit the memo caches)"
    )
    ap.add_argument("--lazy", action="store_true", help="no Assistant.warm() first (see bench_ask.py)")
    args = ap.parse_args()
    for module, name, stage in STAGES:
        setattr(module, name, timed(getattr(module, name), stage))
    I.Index.dense = timed(I.Index.dense, "dense (Chroma)")
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "evals" / "v1" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    ][: args.n]
    assistant = A.Assistant(Settings.from_env(), use_llm=False)
    embedder = assistant.index.embedder
    embedder.embed_query = timed(embedder.embed_query, "embed (query)")
    embedder_batch = getattr(embedder, "embed_queries", None)
    if embedder_batch is not None:
        embedder.embed_queries = timed(embedder_batch, "embed (asks)")
    if not args.lazy:
        assistant.warm()
    assistant.ask("opwarmen")
    per_stage: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.runs):
        for q in questions:
            spent.clear()
            t = time.perf_counter()
            try:
                result = assistant.ask(q)
            except QuestionError:
                continue
            total = (time.perf_counter() - t) * 1000
            per_stage["TOTAL"].append(total)
            per_stage["retrieve (its own timer)"].append(result.timings_ms["retrieve"])
            for _m, _n, stage in STAGES:
                per_stage[stage].append(spent.get(stage, 0.0))
            for stage in ("dense (Chroma)", "embed (query)", "embed (asks)"):
                per_stage[stage].append(spent.get(stage, 0.0))
    totals = np.array(per_stage["TOTAL"])
    print(f"| stage | p50 ms | p95 ms | mean ms | share of mean total |  ({len(totals)} asks)")
    print("|---|---|---|---|---|")
    for stage, values in sorted(per_stage.items(), key=lambda kv: -float(np.mean(kv[1]))):
        v = np.array(values)
        print(
            f"| {stage} | {np.percentile(v, 50):.1f} | {np.percentile(v, 95):.1f} | {v.mean():.1f} "
            f"| {100 * v.mean() / totals.mean():.0f} % |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
