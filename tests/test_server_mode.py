"""Chroma server mode (PACTRAG_CHROMA_URL): the same ingest and answers as the embedded store.

In CI, scripts/test.sh starts `chroma run` and exports PACTRAG_TEST_CHROMA_URL; without it
(and without CI=true) the tests start their own server on a free loopback port. The
down/restart test always starts its own server, since it stops it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import make_settings
from loopback import ChromaServer, free_port, shared_chroma_url

from pactrag import messages as M
from pactrag.answer import Assistant
from pactrag.doctor import check_index, healthy
from pactrag.errors import IndexMismatchError, StoreUnavailableError
from pactrag.index import Index, current_generation, ingest, read_manifest
from pactrag.retrieve import Filters, retrieve, source_list
from pactrag.store import COLLECTION_PREFIX, VectorStore, drop_collection, has_collection, list_collections

pytestmark = pytest.mark.server
QUESTIONS = [
    ("Welke drempels ervaren kleine gemeenten bij intergemeentelijke samenwerking?", Filters()),
    ("Wat is een regiodeal?", Filters()),
    ("Welke goede praktijken rond burgerparticipatie werden genoemd?", Filters(kind="continue")),
    ("Welke acties zijn nodig om op te schalen?", Filters(subfacet_id="2.5")),
    ("What hurdles do small municipalities face?", Filters()),
    ("Hoeveel kost een ticket voor de Champions League-finale?", Filters()),
]


@pytest.fixture(scope="session")
def chroma_url() -> str:
    return shared_chroma_url()


@pytest.fixture(scope="module")
def server_settings(tmp_path_factory, chroma_url):
    """The real corpus ingested into the Chroma server (embeddings from the shared cache)."""
    settings = make_settings(tmp_path_factory.mktemp("server"), chroma_url=chroma_url)
    ingest(settings)
    return settings


def _comparable(answer) -> dict:
    data = answer.to_json()
    data.pop("timings_ms")
    # fused scores carry Chroma's distances, whose last float32 bits differ between a server and
    # the embedded store (0.201002 vs 0.201003): equal within 1e-4, everything else exactly
    data["scores"] = _Close(source.pop("score") for source in data["sources"])
    # the answer's confidence is read from those scores (``hedge.features``), rounded to 3 and 4
    # places: a last-bit difference can move the last place (-0.3957 vs -0.3956)
    signals = data.pop("confidence_signals")
    data["confidence_signals"] = (tuple(signals), _Close(signals.values(), tolerance=2e-4))
    if data["confidence"] is not None:
        data["confidence"] = _Close([data["confidence"]], tolerance=2e-3)
    return data


class _Close(list):
    """A list of scores equal to another when every pair is within ``tolerance`` (1e-4)."""

    def __init__(self, values=(), tolerance: float = 1e-4) -> None:
        super().__init__(values)
        self.tolerance = tolerance

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, list)
            and len(self) == len(other)
            and all(abs(a - b) <= self.tolerance for a, b in zip(self, other, strict=True))
        )

    __hash__ = None  # type: ignore[assignment]


# ---------------------------------------------------------------------------------------


def test_ci_without_a_server_url_fails_instead_of_skipping(monkeypatch):
    monkeypatch.delenv("PACTRAG_TEST_CHROMA_URL", raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="PACTRAG_TEST_CHROMA_URL ontbreekt"):
        shared_chroma_url()
    monkeypatch.setenv("PACTRAG_TEST_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(pytest.fail.Exception, match="antwoordt niet"):
        shared_chroma_url()


def test_ingest_puts_the_vectors_on_the_server(server_settings, chroma_url):
    manifest = read_manifest(server_settings.index_dir)
    gen = current_generation(server_settings.index_dir)
    assert manifest["settings"]["store"] == "server" and manifest["settings"]["chroma_url"] == chroma_url
    assert manifest["collection"] == COLLECTION_PREFIX + gen.name
    assert manifest["collection"] in list_collections(chroma_url, None)
    assert not (gen / "chroma").exists()  # nothing embedded on disk
    store = VectorStore(chroma_url, None, manifest["collection"])
    assert store.count() == manifest["counts"]["chunks"] == 84


def test_server_answers_equal_the_embedded_answers(server_settings, built_settings):
    on_server = Assistant(server_settings, use_llm=False)
    embedded = Assistant(built_settings, use_llm=False)
    for question, filters in QUESTIONS:
        a, b = on_server.ask(question, filters=filters), embedded.ask(question, filters=filters)
        assert _comparable(a) == _comparable(b), question
    answered = [on_server.ask(q, filters=f) for q, f in QUESTIONS[:5]]
    assert all(not a.abstained and a.citations for a in answered)
    assert on_server.ask(QUESTIONS[5][0]).abstained


def test_cli_ask_and_ingest_in_server_mode(server_settings, chroma_url, monkeypatch, capsys):
    from pactrag import cli

    for key, value in {
        "PACTRAG_INDEX_DIR": server_settings.index_dir,
        "PACTRAG_CORPUS_DIR": server_settings.corpus_dir,
        "PACTRAG_CACHE_DIR": server_settings.embedding_cache_dir,
        "PACTRAG_CHROMA_URL": chroma_url,
    }.items():
        monkeypatch.setenv(key, str(value))
    for key in ("PACTRAG_LLM_MODEL", "PACTRAG_LLM_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    assert cli.main(["ingest", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["changed"] is False and summary["chunks"] == 84
    assert cli.main(["ask", "Welke drempels zijn er voor burgerparticipatie?", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert not result["abstained"] and result["citations"]
    assert all(c["report_id"] == "toekomstatelier-5" for c in result["citations"])


def test_a_changed_report_is_replaced_within_the_serving_collection(settings_factory, chroma_url, tmp_path):
    settings = settings_factory(embedder="hash-256", chroma_url=chroma_url, cache_dir=tmp_path / "cache")
    first = ingest(settings)
    first_manifest = read_manifest(settings.index_dir)
    assert ingest(settings).changed is False
    assert read_manifest(settings.index_dir)["collection"] == first_manifest["collection"]

    report = settings.corpus_dir / "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt"
    report.chmod(0o644)
    report.write_text(
        report.read_text(encoding="utf-8").replace(
            "Dit document heeft geen formele status.", "Dit document heeft nog steeds geen formele status."
        ),
        encoding="utf-8",
    )
    second = ingest(settings)
    assert second.changed and second.new == 1 and second.removed == 1
    manifest = read_manifest(settings.index_dir)
    # the same collection; the report's old segment and its vectors are gone, the new ones serve
    assert manifest["collection"] == first_manifest["collection"]
    (old,), (new,) = first_manifest["segments"], manifest["segments"]
    assert old["segment"] != new["segment"]
    store = VectorStore(chroma_url, None, manifest["collection"])
    assert store.count() == first.chunks == len(store.ids({"segment": new["segment"]}))
    assert [p.name for p in settings.index_dir.glob("gen-*")] == [second.generation]
    assert [p.name for p in (settings.index_dir / "segments").iterdir()] == [new["segment"]]
    assert healthy(check_index(settings))
    store.delete({"segment": new["segment"]})  # the server lost the report's vectors: doctor says so
    failed = [c for c in check_index(settings) if not c.ok]
    assert [c.name for c in failed] == [M.DOCTOR_STORE] and "0 vectoren" in failed[0].detail


def test_server_index_refuses_other_store_settings(server_settings):
    with pytest.raises(IndexMismatchError, match="PACTRAG_CHROMA_URL.*pactrag ingest --rebuild"):
        Index(server_settings.with_(chroma_url=""))
    with pytest.raises(IndexMismatchError, match="pactrag ingest --rebuild"):
        Index(server_settings.with_(chroma_url="http://127.0.0.1:1"))


def test_collection_lost_on_the_server_is_named_and_repaired_by_ingest(settings_factory, chroma_url):
    settings = settings_factory(chroma_url=chroma_url)
    ingest(settings)
    collection = read_manifest(settings.index_dir)["collection"]
    assert drop_collection(chroma_url, None, collection)  # e.g. the server restarted on empty data
    with pytest.raises(StoreUnavailableError, match="pactrag ingest"):
        Index(settings)
    repaired = ingest(settings)  # a plain ingest notices the missing collection and rebuilds
    assert repaired.changed and repaired.new == 0  # every vector came from the cache
    assert has_collection(chroma_url, read_manifest(settings.index_dir)["collection"])
    assert not Assistant(settings, use_llm=False).ask(QUESTIONS[0][0]).abstained


def _cli_env(settings, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTRAG_", "OPENAI_"))}
    env.update(
        PACTRAG_INDEX_DIR=str(settings.index_dir),
        PACTRAG_CORPUS_DIR=str(settings.corpus_dir),
        PACTRAG_CACHE_DIR=str(settings.embedding_cache_dir),
        PACTRAG_CHROMA_URL=settings.chroma_url,
        **extra,
    )
    return env


def _bm25_only_sources(settings, question: str) -> list[str]:
    index = Index(settings)
    try:
        found = retrieve(index, question, dense_weight=0.0)  # the sources an answer lists from it
        return [h.chunk.chunk_id for h in source_list(list(found.hits), found.further)]
    finally:
        index.close()


def test_server_down_and_restarted_mid_session(tmp_path):
    """A stopped server: answers carry on from BM25 alone with a Dutch notice (library and CLI),
    ingest refuses with a message that says what to do, and after a restart the same assistant
    and a new one answer from both retrievers again."""
    server = ChromaServer(tmp_path / "chroma").start()
    try:
        settings = make_settings(tmp_path, chroma_url=server.url, chroma_retry_s=0.5)
        ingest(settings)
        assistant = Assistant(settings, use_llm=False)
        question = QUESTIONS[0][0]
        before = _comparable(assistant.ask(question))
        bm25_sources = _bm25_only_sources(settings, question)
        generation = current_generation(settings.index_dir)

        server.stop()
        degraded = assistant.ask(question)
        assert degraded.notice == M.VECTOR_STORE_DOWN and not degraded.abstained and degraded.citations
        assert [h.chunk.chunk_id for h in degraded.sources] == bm25_sources
        fresh = Assistant(settings, use_llm=False)  # opening the index does not need the server
        assert fresh.ask(question).notice == M.VECTOR_STORE_DOWN
        with pytest.raises(StoreUnavailableError, match="antwoordt niet") as down:
            ingest(settings)
        message = str(down.value)
        assert server.url in message and "chroma run" in message and f"--port {server.port}" in message
        assert current_generation(settings.index_dir) == generation  # nothing swapped, nothing lost
        cli = subprocess.run(
            [sys.executable, "-m", "pactrag.cli", "ask", "--json", question],
            env=_cli_env(settings),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert cli.returncode == 0 and "Traceback" not in cli.stderr, cli.stderr
        assert json.loads(cli.stdout)["notice"] == M.VECTOR_STORE_DOWN

        server.start()  # same port, same data
        time.sleep(0.6)  # past chroma_retry_s: the store reconnects by itself
        assert _comparable(assistant.ask(question)) == before
        assert _comparable(Assistant(settings, use_llm=False).ask(question)) == before
        assert ingest(settings).changed is False
    finally:
        server.stop()


def test_stalled_server_answers_from_bm25_within_the_timeout_and_recovers(tmp_path):
    """`kill -STOP` on the Chroma server: the TCP port still accepts, nothing answers. Each ask
    returns within chroma_timeout_s + 2 s with a BM25-only answer and a Dutch notice, in the
    library and in a fresh CLI process; once the server runs again answers are whole again."""
    timeout = 2.0
    server = ChromaServer(tmp_path / "chroma").start()
    try:
        settings = make_settings(
            tmp_path, chroma_url=server.url, chroma_timeout_s=timeout, chroma_retry_s=1.0
        )
        ingest(settings)
        assistant = Assistant(settings, use_llm=False)
        question = QUESTIONS[0][0]
        before = _comparable(assistant.ask(question))
        bm25_sources = _bm25_only_sources(settings, question)

        os.kill(server.proc.pid, signal.SIGSTOP)
        for _ in range(2):  # the first pays the timeout, the second finds the store marked down
            t0 = time.monotonic()
            stalled = assistant.ask(question)
            assert time.monotonic() - t0 < timeout + 2
            assert stalled.notice == M.VECTOR_STORE_DOWN and not stalled.abstained and stalled.citations
            assert [h.chunk.chunk_id for h in stalled.sources] == bm25_sources
        time.sleep(1.1)  # past the retry pause: the next ask tries the server again, and gives up in time
        t0 = time.monotonic()
        assert assistant.ask(question).notice == M.VECTOR_STORE_DOWN
        assert time.monotonic() - t0 < timeout + 2

        t0 = time.monotonic()
        cli = subprocess.run(
            [sys.executable, "-m", "pactrag.cli", "ask", "--json", question],
            env=_cli_env(settings, PACTRAG_CHROMA_TIMEOUT_S=str(timeout)),
            capture_output=True,
            text=True,
            timeout=120,
        )
        wall = time.monotonic() - t0
        assert cli.returncode == 0 and "Traceback" not in cli.stderr, cli.stderr
        row = json.loads(cli.stdout)
        assert row["notice"] == M.VECTOR_STORE_DOWN and row["citations"]
        assert row["timings_ms"]["total"] < (timeout + 2) * 1000
        assert wall < 60, wall  # cold start + one timeout (opening the index); never the 420 s hang

        t0 = time.monotonic()
        with pytest.raises(StoreUnavailableError, match="antwoordt niet"):
            ingest(settings)  # refused in a few timeouts, the index in service untouched
        assert time.monotonic() - t0 < 4 * timeout + 10

        os.kill(server.proc.pid, signal.SIGCONT)
        time.sleep(1.1)
        assert _comparable(assistant.ask(question)) == before
    finally:
        if server.proc is not None:
            os.kill(server.proc.pid, signal.SIGCONT)
        server.stop()
