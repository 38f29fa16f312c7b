"""What keeps a warm answer fast without changing it: the embedded store's dense search in
memory, and the memoised text analysis (benchmarks/bench_ask.py, benchmarks/profile_ask.py)."""

from __future__ import annotations

import numpy as np
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
