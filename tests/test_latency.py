"""What keeps a warm answer fast without changing it: the embedded store's dense search in
memory, and the memoised text analysis (benchmarks/bench_ask.py, benchmarks/profile_ask.py)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import TITLES

from pactrag.intent import asks, split_parts
from pactrag.lexical import tokenize

WHERES = [
    None,
    {"kind": "stop"},
    {"kind": "appendix"},
    {"$and": [{"subfacet_id": "2.3"}, {"kind": "start"}]},
    {"kind": "geen-soort"},
]


def _chroma(index, vector, n, where):
    """The store's own answer for this generation, as ``Index.dense`` read it before."""
    found = index.vectors.query(vector, n + 16, where)
    return [(cid.partition("/")[2], sim) for cid, sim in found][:n]


def test_embedded_dense_search_in_memory_ranks_as_chroma_does(index):
    questions = [
        "Welke drempels zijn er voor intergemeentelijke samenwerking?",
        "Wie namen deel aan het toekomstatelier?",
        "How do villages and cities work together?",
    ]
    for question in questions:
        vector = index.embedder.embed_query(question)
        for where in WHERES:
            for n in (30, 3):
                mine, theirs = index.dense(vector, n, where), _chroma(index, vector, n, where)
                assert [cid for cid, _ in mine] == [cid for cid, _ in theirs], (question, where, n)
                assert np.allclose([s for _, s in mine], [s for _, s in theirs], atol=1e-5)


def test_a_where_the_memory_cannot_read_goes_to_chroma(index, monkeypatch):
    asked = []
    query = index.vectors.query
    monkeypatch.setattr(index.vectors, "query", lambda *a: asked.append(a) or query(*a))
    vector = index.embedder.embed_query("Welke drempels zijn er?")
    index.dense(vector, 5, {"kind": "stop"})
    assert not asked  # an equality filter is read in memory
    found = index.dense(vector, 5, {"kind": {"$in": ["stop", "start"]}})
    assert asked and found and {index.by_id[c].kind for c, _ in found} <= {"stop", "start"}


def test_tokenize_gives_a_fresh_list_each_time():
    first = tokenize("Welke drempels zien de gemeenten?")
    first.append("bijgevoegd")
    assert "bijgevoegd" not in tokenize("Welke drempels zien de gemeenten?")


def test_a_one_ask_question_has_no_parts_and_a_two_ask_question_keeps_them():
    assert split_parts("Welke drempels zien de gemeenten?", TITLES) == ()
    assert asks("Welke drempels zien de gemeenten?", TITLES) == ((), "")
    two = "Welke drempels zien de gemeenten, en wat moet er worden opgeschaald?"
    assert len(split_parts(two, TITLES)) == 2 and split_parts(two, TITLES) == split_parts(two, TITLES)
    assert len(asks(two, TITLES)[0]) == 2


def test_warm_builds_the_per_index_structures_first_and_changes_no_answer(built_settings):
    from pactrag.answer import Assistant
    from pactrag.index import Index

    questions = [
        "Waar en wanneer vond het toekomstatelier plaats?",  # names: the corpus mentions
        "Welke drempels zien de deelnemers bij intergemeentelijke samenwerking?",
        "Wat vindt u van fusies van gemeenten?",
    ]
    lazy = Assistant(built_settings, index=Index(built_settings), use_llm=False)
    warmed = Assistant(built_settings, index=Index(built_settings), use_llm=False)
    warmed.warm()
    memo = warmed.index.__dict__["_compose_memo"]
    assert all(("points", s.report_id, s.section_id) in memo for s in warmed.index.sections)
    for question in questions:
        assert warmed.ask(question).answer == lazy.ask(question).answer
    lazy.index.close()
    warmed.index.close()


# questions of every shape the overlapped path meets: one ask, several asks (more embeddings),
# English, a name, an item request, a refusal, an opinion, and a follow-up with its history
OVERLAP_QUESTIONS = [
    ("Welke drempels zien de deelnemers bij intergemeentelijke samenwerking?", ()),
    ("Wat zijn de goede praktijken en wat houdt de opschaling tegen in subfacet 2.5?", ()),
    ("How do villages and cities work together?", ()),
    ("Waar en wanneer vond het toekomstatelier plaats?", ()),
    ("Noem de synergiën van de regionale aanpak.", ()),
    ("Wat kost een treinticket naar Brussel?", ()),
    ("Wat vindt u van fusies van gemeenten?", ()),
    (
        "En wat houdt dat tegen?",
        (("Welke goede praktijken zijn er rond gemeenschapskracht?", "Dorpsraden en vrijwilligers."),),
    ),
]


def test_the_embedding_beside_the_reading_gives_the_sequential_answer(built_settings, index):
    from pactrag.answer import Assistant

    overlapped = Assistant(built_settings, index=index, use_llm=False)
    sequential = Assistant(built_settings, index=index, use_llm=False, read_ahead=False)
    assert overlapped.read_ahead and not sequential.read_ahead
    for question, history in OVERLAP_QUESTIONS:
        mine, theirs = overlapped.ask(question, history), sequential.ask(question, history)
        assert mine.answer == theirs.answer, question
        assert (mine.abstained, mine.abstain_reason) == (theirs.abstained, theirs.abstain_reason)
        assert [(h.chunk.chunk_id, h.score) for h in mine.sources] == [
            (h.chunk.chunk_id, h.score) for h in theirs.sources
        ]
        assert mine.citations == theirs.citations
        assert mine.standalone_question == theirs.standalone_question


def test_retrieval_reads_beside_its_embedding_and_ranks_as_with_the_vector_given(index):
    from pactrag.retrieve import read_question, retrieve

    question = "Welke acties zijn nodig om kleine gemeenten te versterken?"
    vector = index.embedder.embed_query(question)
    alone = retrieve(index, question)  # reads the question on the pool while it embeds it
    given = retrieve(index, question, query_vector=vector, reading=read_question(index, question))
    assert np.array_equal(alone.query_vector, vector)
    assert [(h.chunk.chunk_id, h.score) for h in alone.hits] == [
        (h.chunk.chunk_id, h.score) for h in given.hits
    ]
    # a reading of another question is not used
    other = retrieve(index, question, query_vector=vector, reading=read_question(index, "Wie was er?"))
    assert [h.chunk.chunk_id for h in other.hits] == [h.chunk.chunk_id for h in given.hits]


def test_an_embedder_failure_beside_the_reading_still_gives_its_message(
    built_settings, index, monkeypatch, capsys
):
    from pactrag import cli
    from pactrag.answer import Assistant
    from pactrag.errors import EmbedderUnavailableError

    message = "De embeddingserver antwoordt niet (http://127.0.0.1:9/v1: ConnectError). Controleer …"

    def down(text):
        raise EmbedderUnavailableError(message)

    works = index.embedder.embed_query
    for read_ahead in (True, False):
        assistant = Assistant(built_settings, index=index, use_llm=False, read_ahead=read_ahead)
        monkeypatch.setattr(index.embedder, "embed_query", down)
        with pytest.raises(EmbedderUnavailableError) as failed:
            assistant.ask("Welke drempels zijn er?")
        assert str(failed.value) == message
        monkeypatch.setattr(index.embedder, "embed_query", works)
        assert not assistant.ask("Welke drempels zijn er?").abstained  # the pool keeps working

    # the CLI prints it as every library error: "pactrag: <message>", exit code 1
    monkeypatch.setattr(index.embedder, "embed_query", down)
    monkeypatch.setattr(
        cli, "_assistant", lambda args, settings: Assistant(built_settings, index=index, use_llm=False)
    )
    assert cli.main(["ask", "Welke drempels zijn er?"]) == 1
    assert capsys.readouterr().err.strip() == f"pactrag: {message}"
