"""A later turn not read as a follow-up on the subject is still in the conversation: the subfacet
the turn before led with is a soft prior in its retrieval, per chunk the turn kind model's
probability of the chunk's kind (``Assistant._place``, session 14)."""

from __future__ import annotations

import numpy as np
import pytest

from pactrag import answer as answer_module
from pactrag.answer import Assistant, _Shown
from pactrag.retrieve import Filters

FIRST = "Waarom lopen samenwerkingen tussen gemeenten vast op de verdeling van de kosten?"
LATER = "Welke gemeenten of organisaties krijgen zo'n gezamenlijke werking toch goed van de grond?"


@pytest.fixture
def weighted(monkeypatch):
    monkeypatch.setattr(answer_module, "PLACE_WEIGHT", 1.0)


def _history(assistant: Assistant) -> list[tuple[str, str]]:
    """One turn on intermunicipal cooperation's barriers (2.3.3.3), its plain retrieval set by
    hand so the test holds whatever the embedder ranks."""
    chunk = next(c for c in assistant.index.chunks if c.section_id == "2.3.3.3")
    assistant._remember(FIRST, Filters(), _Shown((chunk,), None))
    return [(FIRST, "Samenwerking stuit vaak op problemen rond kostenverdeling. [1]")]


def _vector(assistant: Assistant, question: str) -> np.ndarray:
    return assistant.index.embedder.embed_query(question)


def test_the_prior_lies_on_the_conversations_subfacet_only(assistant, weighted):
    history = _history(assistant)
    place = assistant._place(LATER, history, Filters(), _vector(assistant, LATER))
    assert place is not None and place.max() > 0
    subfacets = assistant.index.column("subfacet_id")
    assert set(subfacets[place > 0]) == {"2.3"}


def test_within_the_subfacet_it_follows_the_turn_kind_model(assistant, weighted):
    history = _history(assistant)
    place = assistant._place(LATER, history, Filters(), _vector(assistant, LATER))
    assert place is not None
    kinds = assistant.index.column("kind")
    here = assistant.index.column("subfacet_id") == "2.3"
    by_kind = {k: float(place[here & (kinds == k)].max()) for k in set(kinds[here])}
    assert len(set(round(v, 6) for v in by_kind.values())) > 1  # not one flat bonus


def test_no_prior_for_a_first_turn_a_turn_marked_new_or_under_a_filter(assistant, weighted):
    history = _history(assistant)
    vector = _vector(assistant, LATER)
    assert assistant._place(LATER, [], Filters(), vector) is None
    assert assistant._place(f"Iets anders: {LATER}", history, Filters(), vector) is None
    assert assistant._place(LATER, history, Filters(subfacet_id="2.3"), vector) is None


def test_at_weight_zero_there_is_no_prior(assistant, monkeypatch):
    monkeypatch.setattr(answer_module, "PLACE_WEIGHT", 0.0)
    history = _history(assistant)
    assert assistant._place(LATER, history, Filters(), _vector(assistant, LATER)) is None


def test_a_turn_whose_first_passage_the_prior_leaves_is_answered_as_alone(assistant, weighted):
    # an unmarked question of its own about a named thing told elsewhere (the Dutch regional
    # deals, 2.3.3.2 and 2.4.3.1): the prior on the barriers' subfacet does not move its first
    # passage, so nothing of its answer may change
    history = _history(assistant)
    question = "Wat is een regiodeal volgens het verslag?"
    alone = assistant.ask(question)
    later = assistant.ask(question, tuple(history))
    assert later.sources[0].chunk.section_id == alone.sources[0].chunk.section_id
    assert later.answer == alone.answer
