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

    .venv/bin/python benchmarks/load_app.py --upload FILE        # a PDF/DOCX/TXT/MD report
    .venv/bin/python benchmarks/load_app.py --upload synthetic   # a new report made from the bundled one

--upload adds a report through the app while the conversations run, as a civil servant in
the Verslagen tab would: the file goes to Gradio's upload route, then the tab's own upload
event (parse and review) and "Toevoegen" event (ingest) run in one browser session over
Gradio's queue protocol. The app then runs on a scratch copy of the corpus and the index
(with PACTRAG_ALLOW_UPLOAD=1), so the repository's own are never changed, and every
conversation keeps asking (its script again from the top) until the ingest has finished.
A failed or refused upload counts as an error. Latencies are also given for the requests
that overlapped the ingest. "synthetic" writes one report with `bench_scale.make_corpus`
(the real report's sections recombined under a new title): its sentences are in the
embedding cache, its chunks are new and embedded for real, as a new report's would be.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(values, p))  # linear interpolation


def conversations() -> list[list[str]]:
    path = ROOT / "evals" / "v1" / "conversations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [[turn["question"] for turn in row["turns"]] for row in rows]


def start_app(uploads: bool = False) -> tuple[subprocess.Popen, str, Path]:
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
    if uploads:  # the upload lands in copies: the repository's corpus and index stay as they are
        from pactrag.config import Settings

        settings = Settings.from_env()
        corpus, index = (ROOT / settings.corpus_dir), (ROOT / settings.index_dir)
        shutil.copytree(corpus, scratch / "corpus")
        shutil.copytree(index, scratch / "index", ignore=shutil.ignore_patterns("*.lock"))
        env.update(
            PACTRAG_CORPUS_DIR=str(scratch / "corpus"),
            PACTRAG_INDEX_DIR=str(scratch / "index"),
            PACTRAG_ALLOW_UPLOAD="1",
        )
        if str(settings.cache_dir) not in ("", "."):  # a cache of its own: copied too, so that
            shutil.copytree(ROOT / settings.cache_dir, scratch / "cache")  # a rerun embeds again
            env["PACTRAG_CACHE_DIR"] = str(scratch / "cache")
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


def synthetic_report(folder: Path) -> Path:
    """One new report made from the bundled one (``bench_scale.make_corpus``)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scale import make_corpus

    entry = make_corpus(folder, 1, seed=12)[0]
    path = folder / entry["file"]
    named = folder / "verslag-toekomstatelier-synthetisch.txt"  # the app derives the id from the name
    path.rename(named)
    return named


class AppUpload:
    """One report added through the Verslagen tab over Gradio's HTTP queue protocol, as the
    browser does it: upload route, the tab's upload event, then its "Toevoegen" event, all in
    one session (the staged upload lives in that session's server-side state)."""

    def __init__(self, url: str, path: Path) -> None:
        self.url, self.path = url, path
        self.session = f"load-upload-{os.getpid()}"
        self.http = httpx.Client(timeout=httpx.Timeout(30, read=1800))
        config = self.http.get(url + "config").json()
        self.ids = {c.get("props", {}).get("elem_id"): c["id"] for c in config["components"]}
        if "verslag-upload" not in self.ids:
            raise SystemExit("de app laat geen uploads toe (PACTRAG_ALLOW_UPLOAD=1 of PACTRAG_AUTH)")
        self.deps = config["dependencies"]

    def _dependency(self, elem_id: str, event: str) -> dict:
        target = [self.ids[elem_id], event]
        return next(d for d in self.deps if target in [list(t) for t in d["targets"]])

    def _run(self, elem_id: str, event: str, data: list) -> list:
        dep = self._dependency(elem_id, event)
        body = {
            "data": data,
            "event_data": None,
            "fn_index": dep["id"],
            "trigger_id": self.ids[elem_id],
            "session_hash": self.session,
        }
        self.http.post(self.url + "gradio_api/queue/join", json=body).raise_for_status()
        with self.http.stream(
            "GET", self.url + "gradio_api/queue/data", params={"session_hash": self.session}
        ) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    if not message.get("success"):
                        raise RuntimeError(f"{elem_id}: {message.get('output')}")
                    outputs = message["output"]["data"]
                    return [outputs[i] for i, _ in enumerate(dep["outputs"])]
        raise RuntimeError(f"{elem_id}: de stroom stopte zonder resultaat")

    def status_of(self, elem_id: str, event: str, outputs: list) -> str:
        dep = self._dependency(elem_id, event)
        value = outputs[dep["outputs"].index(self.ids["verslag-melding"])]
        return str(value.get("value", "") if isinstance(value, dict) else value or "")

    def run(self) -> dict:
        """Returns the timings and the tab's messages; raises on a failed or refused add."""
        t0 = time.perf_counter()
        files = [("files", (self.path.name, self.path.read_bytes()))]
        uploaded = self.http.post(self.url + "gradio_api/upload", files=files)
        uploaded.raise_for_status()
        server_path = uploaded.json()[0]
        file_data = {"path": server_path, "orig_name": self.path.name, "meta": {"_type": "gradio.FileData"}}
        staged = self._run("verslag-upload", "upload", [file_data])
        problem = self.status_of("verslag-upload", "upload", staged)
        if problem:
            raise RuntimeError(f"upload geweigerd: {problem}")
        t1 = time.perf_counter()
        added = self._run("verslag-toevoegen", "click", [None])
        t2 = time.perf_counter()
        message = self.status_of("verslag-toevoegen", "click", added)
        if "toegevoegd" not in message:
            raise RuntimeError(f"toevoegen mislukt: {message}")
        return {
            "stage_s": round(t1 - t0, 2),
            "ingest_s": round(t2 - t1, 2),
            "message": message,
            "t": (t1, t2),
        }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conversations", type=int, default=20)
    ap.add_argument("--url", default="", help="a running app; default: start app.py on a free port")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    ap.add_argument(
        "--upload",
        default="",
        metavar="FILE",
        help="add this report through the app while the conversations run ('synthetic': make one)",
    )
    args = ap.parse_args()
    if args.upload and args.url:
        ap.error("--upload starts its own app on a copy of corpus and index; leave out --url")

    from gradio_client import Client

    proc = None
    url = args.url
    scratch = None
    if not url:
        proc, url, scratch = start_app(uploads=bool(args.upload))
    upload_file = None
    if args.upload:
        assert scratch is not None
        upload_file = (
            synthetic_report(scratch / "upload")
            if args.upload == "synthetic"
            else Path(args.upload).resolve()
        )
    scripts = conversations()
    latencies: list[float] = []
    spans: list[tuple[float, float]] = []  # (start, end) of every answered request
    conversation_s: list[float] = []
    errors: list[str] = []
    upload: dict = {}
    lock = threading.Lock()
    done = threading.Event()  # the upload has finished (or there is none)
    if upload_file is None:
        done.set()
    barrier = threading.Barrier(args.conversations + (1 if upload_file else 0))

    def add_report() -> None:
        assert upload_file is not None
        try:
            runner = AppUpload(url, upload_file)
            barrier.wait()
            upload.update(runner.run())
        except Exception as exc:  # noqa: BLE001 - counted, reported
            with lock:
                errors.append(f"upload {upload_file.name}: {exc}")
        finally:
            done.set()

    def converse(i: int) -> None:
        script = scripts[i % len(scripts)]
        try:
            client = Client(url, verbose=False)
        except Exception as exc:  # noqa: BLE001 - counted, reported
            with lock:
                errors.append(f"gesprek {i}: verbinden: {exc}")
            barrier.abort()
            return
        barrier.wait()
        start = time.perf_counter()
        first = True
        while first or not done.is_set():  # with --upload: keep asking until the ingest is over
            first = False
            history: list[list[str]] = []
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
                t_end = time.perf_counter()
                with lock:
                    latencies.append((t_end - t) * 1000)
                    spans.append((t, t_end))
                history.append([question, result["answer"]])
        with lock:
            conversation_s.append(time.perf_counter() - start)
        client.close()

    threads = [threading.Thread(target=converse, args=(i,)) for i in range(args.conversations)]
    if upload_file is not None:
        threads.append(threading.Thread(target=add_report))
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    if proc is not None:
        proc.terminate()
        proc.wait(timeout=15)
        if upload_file is not None and scratch is not None and not errors:
            shutil.rmtree(scratch, ignore_errors=True)  # the copies of corpus and index

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
    during: list[float] = []
    if upload.get("t"):
        a, b = upload["t"]
        during = [ms for ms, (s, e) in zip(latencies, spans, strict=True) if s < b and e > a]
        figures["upload"] = {k: v for k, v in upload.items() if k != "t"}
        figures["upload"]["file"] = upload_file.name if upload_file else ""
        figures["during_ingest"] = {
            "requests": len(during),
            "p50_ms": round(percentile(during, 50), 1) if during else None,
            "p95_ms": round(percentile(during, 95), 1) if during else None,
            "max_ms": round(max(during), 1) if during else None,
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
    if "upload" in figures:
        d = figures["during_ingest"]
        print(f"| upload + review (parse) | {upload['stage_s']} s |")
        print(f"| ingest of the upload ('Toevoegen') | {upload['ingest_s']} s |")
        print(f"| requests during the ingest | {d['requests']} |")
        print(
            f"| latency during the ingest p50 / p95 / max | {d['p50_ms']} / {d['p95_ms']} / {d['max_ms']} ms |"
        )
        print(f"app: {upload['message']}")
    for error in errors[:10]:
        print("fout:", error, file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 1 if errors or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
