"""How a follow-up is read (session 8): pointers after a relative "waar"+preposition, asides and
returns in other words, the head noun that asks a kind, infinitives and category words that are
no aspect, the additions to a vision, a remedy after an answer of barriers, and the subfacet a
question naming a title word is placed in (``followup``, ``Assistant``)."""

from __future__ import annotations

import pytest

from pactrag.followup import (
    _NEW_QUESTION,
    _RETURNS,
    head_kinds,
    is_followup,
    keeps_topic,
    new_topic_terms,
    points_at,
    switched_kinds,
    turn_kinds,
)
from pactrag.retrieve import Filters

FINANCING = "Hoe willen de deelnemers de financiering van stads- en plattelandsbeleid hervormen?"


def test_a_demonstrative_after_a_relative_waar_preposition_points_back():
    question = "Wat loopt er nu fout met de manier waarop dat geld verdeeld wordt?"
    assert is_followup(question, FINANCING)
    assert keeps_topic(question, [(FINANCING, "…")])


def test_a_flemish_conjunction_dat_after_waarop_is_no_pointer():
    # "waarop dat men …": a pronoun follows, the "dat" is a conjunction
    question = "Wat vinden de deelnemers van de manier waarop dat men in Nederland regiodeals sluit?"
    assert not points_at(question)
    assert points_at("Wat loopt er fout met de manier waarop dat geld verdeeld wordt?")


@pytest.mark.parametrize(
    "question",
    ["Tussendoor: wat bedoelen de deelnemers met een verwelkomende overheid?"],
)
def test_tussendoor_opens_an_aside(question):
    assert _NEW_QUESTION.search(question)


def test_nog_eens_over_goes_back():
    assert _RETURNS.search("Nog eens over dat leren van elkaar: hoe zit dat bij sterke en nabije besturen?")


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Welke problemen moeten nog opgelost worden om zulke initiatieven te laten slagen?", {"stop"}),
        ("Welke goede voorbeelden worden daartegenover gezet?", {"continue"}),
        ("Over welke troeven moeten ze volgens die tekst beschikken?", set()),
        ("Hoe kan men dat verhelpen?", set()),
    ],
)
def test_the_head_noun_names_the_kind_a_question_opens_by_asking(question, kinds):
    assert head_kinds(question) == kinds


def test_an_infinitive_after_te_is_no_aspect():
    history = [("Welke goede praktijken rond gemeenschapskracht noemt het verslag?", "…")]
    assert new_topic_terms("Welke obstakels zijn er om dat te laten slagen?", history) == []


def test_a_word_every_subfacet_uses_after_zulke_names_the_subject_not_an_aspect():
    history = [("Welke goede praktijken rond gemeenschapskracht?", "Deze initiatieven tonen …")]
    question = "Welke problemen moeten opgelost worden voor zulke initiatieven?"
    assert new_topic_terms(question, history) == ["initiatief"]  # told before: narrows
    assert new_topic_terms(question, history, everywhere={"initiatief"}) == []


def test_further_and_besides_are_no_aspect():
    history = [("Welke rol zien de deelnemers voor de provincies?", "…")]
    assert new_topic_terms("Wat wordt er verder nog aan toegevoegd?", history) == []


@pytest.mark.parametrize(
    ("question", "before", "kinds"),
    [
        ("Wat wordt er verder nog aan dat toekomstbeeld toegevoegd?", set(), {"aanvullingen"}),
        ("En wat ontbrak er volgens de deelnemers nog aan dat beeld?", {"start"}, {"aanvullingen"}),
        ("What did the participants add to that picture?", set(), {"aanvullingen"}),
        # a yes/no question is one ask: the vision is what was added to (session 14)
        ("Werd dat ook genoemd toen ze het toekomstbeeld aanvulden?", set(), {"aanvullingen"}),
    ],
)
def test_what_was_added_to_or_missing_from_the_vision_asks_the_additions(question, before, kinds):
    assert turn_kinds(question, before) == kinds


def test_how_to_strengthen_in_english_asks_for_actions():
    assert turn_kinds("And how do participants want to strengthen that cooperation in practice?") == {"start"}


def test_a_remedy_after_an_answer_of_barriers_is_the_subfacets_actions(assistant):
    history = [
        (
            "Waarom werken Vlaamse administraties te weinig samen volgens de tafel over intergemeentelijke samenwerking?",
            "…",
        )
    ]
    question = "Welke oplossingen zien ze om die schotten te doorbreken?"
    # since session 9 the remedy is kept as asked (it points at no barrier named before); one
    # that names the barrier it remedies is read from the answer shown
    assert switched_kinds(question, history) == ("start",)
    named = "Welke oplossingen zien ze om die obstakels weg te nemen?"
    assert assistant._remedy_for_shown(named, history, Filters()) == ("start",)
    answer = assistant.ask(question, history)
    assert answer.sources[0].chunk.section_id == "2.3.3.2"


def test_a_remedy_after_a_practice_stays_beside_the_thing_told(assistant):
    # v1 c12: "Hoe wil men dat probleem aanpakken?" after a quotation in the practices
    history = [("Wat zei de deelnemer in het citaat over de supermarkt?", "…")]
    assert assistant._remedy_for_shown("Hoe wil men dat probleem aanpakken?", history, Filters()) == ()


def test_a_title_word_and_a_likely_model_place_the_question_in_that_subfacet(assistant):
    history = [("Welke voorbeelden van gebiedsgerichte samenwerking lopen al goed?", "…")]
    assert assistant._where(history, Filters())[1] == "2.4"
