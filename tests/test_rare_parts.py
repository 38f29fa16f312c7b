"""A part named by a word (the document's status, the participants' list, the method) is put
first in retrieval unless the example kind model rules it out (retrieve.RARE_KIND_FLOOR)."""

from __future__ import annotations


def test_a_rare_part_read_from_a_word_the_kind_model_rules_out_is_not_put_first(index, monkeypatch):
    # "formele vorm" is no question about the document's status
    from pactrag import retrieve as retrieve_mod

    question = "Moet een samenwerking altijd een vaste, formele vorm krijgen?"
    shares = {"status": 1e-6, "start": 0.6, "continue": 0.4}
    monkeypatch.setattr(retrieve_mod, "kind_probabilities", lambda idx, q: shares)
    hits = retrieve_mod.retrieve(index, question, 5).hits
    assert hits[0].chunk.kind != "status"
    shares["status"] = 0.5  # the model allows it: the part named is put first, as before
    assert retrieve_mod.retrieve(index, question, 5).hits[0].chunk.kind == "status"
