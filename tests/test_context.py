"""The conversation's subfacet as a soft prior for a follow-up (``retrieve`` ``context``,
``Assistant._context``): a turn that stays on the subject leans toward where the previous turn
was; a question without history, an independent turn and a turn naming its own subfacet are
ranked exactly as before."""

from __future__ import annotations

from pactrag.followup import keeps_topic
from pactrag.retrieve import Filters, context_mask, retrieve

DORPSRADEN = "Welke drempels ervaren dorpsraden bij burgerparticipatie?"


def _subfacets(index, mask):
    return {c.subfacet_id for c, on in zip(index.chunks, mask, strict=True) if on}


def test_only_a_follow_up_on_the_same_subject_keeps_the_topic():
    assert not keeps_topic("Welke acties zijn nodig?", [])
    assert keeps_topic("Welke acties zijn nodig?", [(DORPSRADEN, "…")])
    assert keeps_topic("Wat houdt dat tegen?", [(DORPSRADEN, "…")])
    # its own topic, no word pointing back: answered as asked
    assert not keeps_topic(
        "Welke rol spelen de provincies bij intergemeentelijke samenwerking?", [(DORPSRADEN, "…")]
    )
    # elliptical, but a new subject: the old one must not pull it back
    assert not keeps_topic("En bij sterke en nabije besturen?", [(DORPSRADEN, "…")])


def test_the_context_is_the_subfacet_of_the_previous_turns_best_passages(assistant, index):
    mask = assistant._context("Welke acties zijn er nodig?", [(DORPSRADEN, "…")], Filters())
    assert mask is not None
    assert _subfacets(index, mask) == {"2.5"}


def test_no_context_without_history_for_an_independent_turn_or_a_named_subfacet(assistant):
    history = [(DORPSRADEN, "…")]
    assert assistant._context("Welke acties zijn er nodig?", [], Filters()) is None
    own = "Welke rol spelen de provincies bij intergemeentelijke samenwerking?"
    assert assistant._context(own, history, Filters()) is None
    named = "Welke acties zijn er nodig rond sterke en nabije besturen?"
    assert assistant._context(named, history, Filters()) is None
    assert assistant._context("Welke acties zijn er nodig?", history, Filters(subfacet_id="2.1")) is None


def test_the_context_pulls_a_kind_question_toward_the_conversations_subfacet(index, without_examples):
    # a kind switch as the rewrite leaves it: the kind asked, a carried topic word that several
    # subfacets share; the subfacet the conversation was on decides, the kind stays (without the
    # example prior, which by itself reads "gemeenschapskracht" as 2.5 already)
    question = "Welke acties zijn er nodig? (gemeenschapskracht)"
    assert retrieve(index, question, 3).hits[0].chunk.section_id == "2.1.3.2"
    for sid in ("2.5",):
        here = context_mask(index, [c for c in index.chunks if c.subfacet_id == sid][:1])
        top = retrieve(index, question, 3, context=here).hits[0].chunk
        assert (top.subfacet_id, top.kind) == (sid, "start")


def test_without_context_retrieval_is_unchanged(index):
    question = "Welke acties zijn er nodig?"
    plain = retrieve(index, question, 7)
    none = retrieve(index, question, 7, context=None)
    assert [(h.chunk.chunk_id, h.score) for h in plain.hits] == [
        (h.chunk.chunk_id, h.score) for h in none.hits
    ]


def test_a_subfacet_filter_overrides_the_context(index):
    question = "Welke acties zijn er nodig?"
    elsewhere = context_mask(index, [c for c in index.chunks if c.subfacet_id == "2.5"][:1])
    filtered = Filters(subfacet_id="2.1")
    with_context = retrieve(index, question, 5, filtered, context=elsewhere)
    without = retrieve(index, question, 5, filtered)
    assert [h.chunk.chunk_id for h in with_context.hits] == [h.chunk.chunk_id for h in without.hits]


def test_chunks_outside_a_subfacet_give_no_context(index):
    outside = [c for c in index.chunks if not c.subfacet_id][:2]
    assert context_mask(index, outside) is None
    assert context_mask(index, []) is None


def test_the_next_turn_reuses_the_previous_turns_passages_and_gets_the_same_context(assistant):
    # the cache only saves the second retrieval: the context equals the one computed afresh
    first = assistant.ask(DORPSRADEN)
    history = [(first.standalone_question, first.answer)]
    cached = assistant._context("Welke acties zijn er nodig?", history, Filters())
    assistant._recent.clear()
    fresh = assistant._context("Welke acties zijn er nodig?", history, Filters())
    assert cached is not None and fresh is not None and (cached == fresh).all()


def test_within_the_conversations_subfacet_the_asked_kind_comes_first(index):
    # barriers asked after a turn on intergemeentelijke samenwerking: the word "knelpunten" is
    # closest to another subfacet's barriers; the conversation's own barriers come first
    question = "Welke knelpunten zijn er? (intergemeentelijke samenwerking)"
    here = context_mask(index, [c for c in index.chunks if c.subfacet_id == "2.3"][:1])
    top = retrieve(index, question, 3, context=here).hits[0].chunk
    assert (top.subfacet_id, top.kind) == ("2.3", "stop")
