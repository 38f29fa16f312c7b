"""Where a conversation is after a turn that does not follow on (``Assistant._where``,
``Assistant._placed``): the subfacet of its best passage, unless the turn asks a template kind and
the example model is peaked on another subfacet that one of its best passages lies in (session 7)."""

from __future__ import annotations

import pytest

from pactrag.answer import Assistant, _Shown
from pactrag.retrieve import Filters

REPORT = "toekomstatelier-5"


def _chunk(assistant: Assistant, section_id: str):
    return next(c for c in assistant.index.chunks if c.section_id == section_id)


def _place(assistant: Assistant, question: str, sections: tuple[str, str], peaked: str | None):
    """``_where`` after ``question`` alone, with what its plain retrieval found set by hand (so the
    test holds whatever the embedder ranks)."""
    chunks = tuple(_chunk(assistant, s) for s in sections)
    assistant._remember(question, Filters(), _Shown(chunks, (REPORT, peaked) if peaked else None))
    return assistant._where([(question, "…")], Filters())


def test_a_kind_question_goes_to_the_peaked_subfacet_among_its_best_passages(assistant):
    # barriers of city-countryside cooperation, whose best passage is another subfacet's barriers
    question = "Welke drempels remmen de samenwerking tussen steden en landelijke gemeenten af?"
    assert _place(assistant, question, ("2.2.3.3", "2.1.3.3"), "2.1") == (REPORT, "2.1")


def test_a_kind_question_keeps_its_best_passage_when_the_model_is_not_peaked(assistant):
    question = "Welke drempels remmen de samenwerking tussen steden en dorpen af?"
    assert _place(assistant, question, ("2.2.3.3", "2.1.3.3"), None) == (REPORT, "2.2")


def test_the_peaked_subfacet_must_be_among_the_best_passages(assistant):
    # the model alone overruling retrieval lost more than it won
    question = "Welke voorbeelden van samenwerking per streek lopen goed?"
    assert _place(assistant, question, ("2.1.3.1", "2.1.3.2"), "2.4") == (REPORT, "2.1")


@pytest.mark.parametrize(
    "question",
    [
        "Waar heerst er een traditie van samenwerking tussen besturen?",
        "Wat is het Samenproject van Neteland?",
    ],
)
def test_a_question_about_a_detail_stays_where_its_best_passage_is(assistant, question):
    # no kind asked: the detail is where the passage is, whatever theme the model reads
    assert _place(assistant, question, ("2.4.3.1", "2.3.3.2"), "2.3") == (REPORT, "2.4")


def test_the_cache_keeps_what_a_turn_found_without_embedding_it_again(assistant):
    question = "Welke goede praktijken rond dorpsraden worden genoemd?"
    assistant.ask(question)
    shown = assistant._shown(question, Filters())
    assert shown.chunks and all(c.subfacet_id == "2.5" for c in shown.chunks)
    assert shown.peaked in (None, (REPORT, "2.5"))


# -- kinds read when the cue words disagree or seem to point at the answer shown ----------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the head noun is what is asked; the remedy verb after it says what is to happen to it
        ("Welke knelpunten moeten nog weggewerkt worden voor zulke coalities?", "stop"),
        ("Welke problemen moeten er eerst opgelost worden?", "stop"),
        # a remedy as the head noun asks for remedies, as before
        ("Welke oplossingen zijn er voor die knelpunten?", "start"),
        ("Hoe lossen we die problemen op?", "start"),
        # two asks: the remedy stays (as before)
        ("Welke drempels zijn er, en welke acties helpen ze wegwerken?", "start"),
    ],
)
def test_a_question_cueing_barriers_and_remedies_asks_its_head_noun(question, kind):
    from pactrag.followup import turn_kinds

    assert turn_kinds(question) == {kind}


def test_an_ask_cut_out_of_a_several_part_question_keeps_the_remedy():
    # compose and intent read asks with asked_kinds: single questions answer as before
    from pactrag.followup import asked_kinds

    assert asked_kinds("welke knelpunten moeten die acties oplossen?") == {"start"}


def test_a_kind_switch_the_model_agrees_with_is_no_question_about_the_answer_shown(assistant, monkeypatch):
    # the turn's aspect word is in the answer before, but cue and kind model both read links
    question = "Welke verbanden leggen ze daarbij met andere beleidsdomeinen?"
    monkeypatch.setattr(
        "pactrag.answer.kind_probabilities", lambda index, vector: {"synergie": 0.7, "start": 0.3}
    )
    assert assistant._meant_kind(question, ("synergie",))
    monkeypatch.setattr(
        "pactrag.answer.kind_probabilities", lambda index, vector: {"synergie": 0.4, "start": 0.6}
    )
    assert not assistant._meant_kind(question, ("synergie",))


def test_an_aspect_of_the_kind_in_effect_is_answered_from_that_kinds_section_here(assistant):
    # no kind asked, the kind in effect kept: the section of that kind where the conversation is
    history = [("Welke goede praktijken rond gemeenschapskracht noemt het verslag?", "…")]
    question = "En wat met jongeren?"
    assert assistant._narrowing_kind(question, history, Filters()) == ("continue",)
    # (a kind the kind model reads in the turn, ``_read_kind``, still goes first)
    assert assistant._switch(question, history, Filters()) == (("continue",), (REPORT, "2.5"))


def test_an_aspect_the_kinds_section_never_mentions_is_no_narrowing(assistant):
    history = [("Welke goede praktijken rond gemeenschapskracht noemt het verslag?", "…")]
    assert assistant._narrowing_kind("En wat met de vzw-wetgeving?", history, Filters()) == ()


@pytest.mark.parametrize(
    ("question", "aspect"),
    [
        # the finite verb before a pronoun subject says how it is asked, not which aspect
        ("Welke verbanden leggen ze daarbij met het jeugdwerk?", ["jeugdwerk"]),
        ("En hoe krijgen ze de vrijwilligers daarin mee?", ["vrijwil"]),
        ("Betrekken ze daar ook kinderen bij?", ["kinder"]),
        # a verb with a noun subject stays (no pronoun tells it apart from a noun)
        ("Hoe betrekken gemeenten daar kinderen bij?", ["betrek", "meen", "kinder"]),
    ],
)
def test_the_verb_before_a_pronoun_subject_is_no_aspect(question, aspect):
    from pactrag.followup import new_topic_terms

    assert (
        new_topic_terms(question, [("Welke goede praktijken rond dorpsraden worden genoemd?", "…")]) == aspect
    )
