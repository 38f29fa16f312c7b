"""Load check of the Gradio app: N concurrent conversations through gradio_client.

    .venv/bin/python benchmarks/load_app.py [--conversations 20] [--url http://127.0.0.1:7860/]

Without --url it starts `python app.py` itself on a free loopback port (settings from the
PACTRAG_* environment, index in PACTRAG_INDEX_DIR, default index/; build it first with
`pactrag ingest`) and stops it afterwards. Each conversation is its own gradio_client
session that plays one multi-turn conversation of evals/v1/conversations.jsonl through the
/ask endpoint, passing the earlier turns as history, so every request goes through the
app's queue and its concurrency limit (PACTRAG_CONCURRENCY). All conversations start at
the same moment. Prints request latency p50/p95/max and the error count; exits 1 on any
error.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(values, p))  # linear interpolation


def conversations() -> list[list[str]]:
    path = ROOT / "evals" / "v1" / "conversations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [[turn["question"] for turn in row["turns"]] for row in rows]


def start_app() -> tuple[subprocess.Popen, str, Path]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    scratch = Path(tempfile.mkdtemp(prefix="pactrag-load-"))
    env = dict(
        os.environ,
        PACTRAG_HOST="127.0.0.1",
        PACTRAG_PORT=str(port),
        PACTRAG_AUTH="",
        PACTRAG_DATA_DIR=str(scratch / "data"),
        GRADIO_TEMP_DIR=str(scratch / "gradio"),
    )
    log = open(scratch / "app.log", "w")  # noqa: SIM115 -- the child process writes it for its whole life
    proc = subprocess.Popen(
        [sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"app stopped: {(scratch / 'app.log').read_text()}")
        try:
            urllib.request.urlopen(url + "config", timeout=2)
            return proc, url, scratch
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("app did not start within 120 s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conversations", type=int, default=20)
    ap.add_argument("--url", default="", help="a running app; default: start app.py on a free port")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()

    from gradio_client import Client

    proc = None
    url = args.url
    if not url:
        proc, url, _ = start_app()
    scripts = conversations()
    latencies: list[float] = []
    conversation_s: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(args.conversations)

    def converse(i: int) -> None:
        script = scripts[i % len(scripts)]
        try:
            client = Client(url, verbose=False)
        except Exception as exc:  # noqa: BLE001 - counted, reported
            with lock:
                errors.append(f"gesprek {i}: verbinden: {exc}")
            barrier.abort()
            return
        history: list[list[str]] = []
        barrier.wait()
        start = time.perf_counter()
        for question in script:
            t = time.perf_counter()
            try:
                result = client.predict(question, history, api_name="/ask")
                if not isinstance(result, dict) or "answer" not in result or "citations" not in result:
                    raise ValueError(f"onverwacht antwoord: {str(result)[:200]}")
            except Exception as exc:  # noqa: BLE001 - counted, reported
                with lock:
                    errors.append(f"gesprek {i}: {question!r}: {exc}")
                continue
            with lock:
                latencies.append((time.perf_counter() - t) * 1000)
            history.append([question, result["answer"]])
        with lock:
            conversation_s.append(time.perf_counter() - start)
        client.close()

    threads = [threading.Thread(target=converse, args=(i,)) for i in range(args.conversations)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=15)

    requests = len(latencies) + len(errors)
    figures = {
        "conversations": args.conversations,
        "requests": requests,
        "errors": len(errors),
        "p50_ms": round(percentile(latencies, 50), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else None,
        "conversation_p50_s": round(percentile(conversation_s, 50), 2) if conversation_s else None,
        "wall_s": round(wall, 2),
        "requests_per_s": round(requests / wall, 2) if wall else None,
        "concurrency_limit": os.environ.get("PACTRAG_CONCURRENCY", "4 (default)"),
    }
    print(
        f"{args.conversations} gelijktijdige gesprekken, {requests} vragen via gradio_client /ask "
        f"(wachtrij-limiet {figures['concurrency_limit']}):"
    )
    print("| measure | value |\n|---|---|")
    print(f"| errors | {len(errors)} |")
    print(f"| request latency p50 | {figures['p50_ms']} ms |")
    print(f"| request latency p95 | {figures['p95_ms']} ms |")
    print(f"| request latency max | {figures['max_ms']} ms |")
    print(f"| conversation duration p50 | {figures['conversation_p50_s']} s |")
    print(f"| wall time / throughput | {figures['wall_s']} s / {figures['requests_per_s']} vragen/s |")
    for error in errors[:10]:
        print("fout:", error, file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 1 if errors or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
