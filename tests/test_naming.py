"""Which subfacet a question means, read from the report's own sentences (naming.py), and the
soft prior it gives retrieval."""

import numpy as np

import pactrag.retrieve as R
from pactrag.naming import chunk_prior, subfacet_model, subfacet_probabilities
from pactrag.retrieve import retrieve


def test_one_class_per_subfacet_of_each_report_fitted_from_its_sentences(index):
    model = subfacet_model(index)
    assert model is not None
    subfacets = sorted({(c.report_id, c.subfacet_id) for c in index.chunks if c.subfacet_id})
    assert list(model.classes) == subfacets
    outside = [n for n, c in enumerate(index.chunks) if not c.subfacet_id]
    assert outside and (model.chunk_class[outside] == -1).all()
    assert subfacet_model(index) is model  # fitted once per opened index


def test_a_subfacets_own_sentences_are_read_as_meaning_it(index):
    """Most subfacets' sentences, asked as questions, are read as meaning their own subfacet (the
    model is the report's own; no title or word list of this report is involved). A question is
    no passage, and the subfacets overlap (2.3's first sentences read as 2.2): most, not all."""
    model = subfacet_model(index)
    right = total = 0
    for sid in ("2.1", "2.2", "2.3", "2.4", "2.5"):
        texts = [
            text
            for pos, text in zip(index.sentence_chunk, index.sentence_texts, strict=True)
            if index.chunks[pos].subfacet_id == sid
        ][:12]
        for vector in index.embedder.embed_queries(texts):
            p = subfacet_probabilities(model, vector)
            assert abs(p.sum() - 1.0) < 1e-9  # one report: one softmax over its subfacets
            right += model.classes[int(np.argmax(p))][1] == sid
            total += 1
    assert right >= 0.6 * total  # 40 of 60 here; chance is 12


def test_the_prior_is_relative_to_the_even_share_and_zero_outside_subfacets(index):
    prior = chunk_prior(index, index.embedder.embed_query("Hoe kunnen dorpsbewoners samen iets opzetten?"))
    assert prior is not None and prior.shape == (len(index.chunks),)
    outside = np.array([not c.subfacet_id for c in index.chunks])
    assert (prior[outside] == 0).all()
    per_subfacet = {c.subfacet_id: prior[n] for n, c in enumerate(index.chunks) if c.subfacet_id}
    assert abs(sum(per_subfacet.values())) < 1e-9  # probabilities minus 1/K sum to zero


def test_retrieval_weighs_the_prior_but_not_for_item_requests(index, monkeypatch):
    """The prior is on (weight ``SUBFACET_PRIOR``) for a question in its own words; an item
    request ("welke …") names its kind and gets that kind's sections without it."""
    calls = []
    real = R.chunk_prior
    monkeypatch.setattr(R, "chunk_prior", lambda *a: calls.append(1) or real(*a))
    retrieve(index, "Hoe houden dorpsbewoners samen een winkeltje open?", 6)
    assert calls and R.SUBFACET_PRIOR > 0
    calls.clear()
    retrieve(index, "Welke drempels worden genoemd?", 6)
    retrieve(index, "Hoe houden dorpsbewoners samen een winkeltje open?", 6, filters=R.Filters("2.5"))
    assert not calls  # an item request, and a subfacet filter: no prior


def test_a_strong_prior_ranks_the_meant_subfacet_first(index, monkeypatch):
    question = "Wat zeggen de deelnemers over vrijwilligers in hun buurt?"
    qvec = index.embedder.embed_query(question)
    model = subfacet_model(index)
    meant = model.classes[int(np.argmax(subfacet_probabilities(model, qvec)))][1]
    monkeypatch.setattr(R, "SUBFACET_PRIOR", 50.0)
    assert retrieve(index, question, 6).hits[0].chunk.subfacet_id == meant
