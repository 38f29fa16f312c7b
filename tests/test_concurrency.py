"""Many answers at once in one process: 50 parallel answer() calls, parallel streams, and
questions answered while an ingest swaps the index underneath. Every answer must equal
the one the same question gets alone."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import REPORT_TXT, make_settings
from loopback import shared_chroma_url

from pactrag.answer import Assistant, answer
from pactrag.index import Index, ingest
from pactrag.retrieve import Filters

CASES = [
    ("Welke drempels ervaren kleine gemeenten bij intergemeentelijke samenwerking?", Filters()),
    ("Wat is een regiodeal?", Filters()),
    ("Welke goede praktijken rond burgerparticipatie werden genoemd?", Filters(kind="continue")),
    ("Welke acties zijn nodig om op te schalen?", Filters(subfacet_id="2.5")),
    ("Welke organisaties namen deel aan het toekomstatelier?", Filters()),
    ("What hurdles do small municipalities face?", Filters()),
    ("Hoe help je mensen zonder auto?", Filters()),
    ("Welke synergiën met andere beleidsdomeinen zijn er?", Filters(subfacet_id="2.2")),
    ("Hoeveel kost een ticket voor de Champions League-finale?", Filters()),
    ("Wat is de kernboodschap van het toekomstbeeld rond gemeenschapskracht?", Filters()),
]


def comparable(result) -> dict:
    data = result.to_json()
    data.pop("timings_ms")
    return data


@pytest.fixture(scope="module", params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def store_settings(request, tmp_path_factory, built_settings):
    if request.param == "embedded":
        return built_settings
    settings = make_settings(tmp_path_factory.mktemp("conc-server"), chroma_url=shared_chroma_url())
    ingest(settings)
    return settings


@pytest.fixture(scope="module")
def references(store_settings):
    alone = Assistant(store_settings, use_llm=False)
    return [comparable(alone.ask(q, filters=f)) for q, f in CASES]


def test_fifty_parallel_answer_calls(store_settings, references):
    assert not store_settings.llm_configured  # answer() runs extractively here
    start = threading.Barrier(50)

    def one(i: int) -> dict:
        question, filters = CASES[i % len(CASES)]
        start.wait(timeout=60)
        return comparable(answer(question, settings=store_settings, filters=filters))

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, range(50)))
    for i, result in enumerate(results):
        assert result == references[i % len(CASES)], CASES[i % len(CASES)][0]
    assert sum(1 for r in references if r["abstained"]) == 1  # the Champions League question
    assert all(r["citations"] for r in references if not r["abstained"])


def test_parallel_streams_do_not_mix(store_settings, references):
    assistant = Assistant(store_settings, use_llm=False)
    start = threading.Barrier(20)

    def one(i: int) -> tuple[str, dict]:
        question, filters = CASES[i % len(CASES)]
        start.wait(timeout=60)
        deltas, final = [], None
        for event in assistant.stream(question, filters=filters):
            if event.kind == "delta":
                deltas.append(event.text)
            elif event.kind == "answer":
                final = event.answer
        return "".join(deltas), comparable(final)

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(one, range(20)))
    for i, (streamed, final) in enumerate(results):
        assert final == references[i % len(CASES)]
        assert streamed.strip() == final["answer"].strip()  # this stream's own text, nobody else's


def test_answers_stay_correct_while_an_ingest_swaps_the_index(tmp_path):
    settings = make_settings(tmp_path)
    ingest(settings)
    assistant = Assistant(settings, use_llm=False)
    expected = [comparable(assistant.ask(q, filters=f)) for q, f in CASES[:4]]
    stop = threading.Event()
    errors: list[BaseException] = []
    counts = [0]

    def keep_asking(offset: int) -> None:
        i = offset
        while not stop.is_set():
            question, filters = CASES[i % 4]
            try:
                if comparable(assistant.ask(question, filters=filters)) != expected[i % 4]:
                    errors.append(AssertionError(f"answer changed: {question}"))
            except BaseException as exc:  # noqa: BLE001 - any failure counts
                errors.append(exc)
            counts[0] += 1
            i += 1

    threads = [threading.Thread(target=keep_asking, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    try:
        report = settings.corpus_dir / REPORT_TXT.name
        report.chmod(0o644)
        original = report.read_text(encoding="utf-8")
        for n in range(2):  # two new generations while the old one keeps answering
            report.write_text(
                original.replace(
                    "Dit document heeft geen formele status.",
                    f"Dit document heeft geen formele status (versie {n}).",
                ),
                encoding="utf-8",
            )
            summary = ingest(settings)
            assert summary.changed and summary.new <= 1  # the one changed chunk (unless cached)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=120)
    assert not errors, errors[:3]
    assert counts[0] >= 8
    assert not assistant.index.is_current()
    fresh = Index(settings)
    assert any("(versie 1)" in c.text for c in fresh.chunks)
