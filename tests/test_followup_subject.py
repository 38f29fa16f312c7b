"""Session 9: when a turn that asks a kind stays on the conversation's subject although it looks
like a question of its own (``Assistant._subject_here``, English pointers), and which of its words
name an aspect (the noun its "Welke …" asks for, "nodig", "heen")."""

from __future__ import annotations

import pytest

from pactrag.followup import (
    _effective,
    asked_kinds,
    is_followup,
    keeps_topic,
    leans_back,
    new_topic_terms,
    rewrite_followup,
    turn_kinds,
)
from pactrag.retrieve import Filters

ACTIONS = [("Welke acties stellen de deelnemers voor om burgerparticipatie in dorpen te versterken?", "…")]
ENDING = [("Why do joint projects between municipalities often end when the subsidy stops?", "…")]


@pytest.mark.parametrize(
    "question",
    ["What do they suggest to keep such initiatives going?", "How do the two relate to other policy fields?"],
)
def test_such_and_the_two_point_back_like_zulke(question):
    assert leans_back(question) and is_followup(question, ENDING[0][0])


def test_such_as_gives_examples_and_points_nowhere():
    assert not leans_back("What do participants say about programmes such as LEADER and Water+Land+Schap?")


def test_an_english_remedy_ask_with_such_is_answered_in_the_conversations_subfacet(assistant):
    answer = assistant.ask("What do they suggest to keep such initiatives going?", ENDING)
    assert answer.sources[0].chunk.section_id == "2.3.3.2"


def test_a_kind_asked_of_things_the_conversations_subfacet_tells_keeps_the_subject(assistant):
    # "gemeenten" names no subject of its own here: gemeenschapskracht tells it
    question = "Welke valkuilen zien kleine gemeenten?"
    assert not is_followup(question, ACTIONS[0][0])
    assert assistant._subject_here(question, ACTIONS, Filters())
    assert keeps_topic(question, ACTIONS, aspect_here=True)
    answer = assistant.ask(question, ACTIONS)
    assert answer.sources[0].chunk.section_id == "2.5.3.3"
    assert "burgerparticipatie" in answer.standalone_question


@pytest.mark.parametrize(
    "question",
    [
        # a thing only another subfacet tells: a subject of its own
        "Welke hindernissen ervaart het gemeentepersoneel in het contact met burgers?",
        # a turn that says it is new
        "Andere vraag: welke valkuilen zien kleine gemeenten?",
        # no kind asked: a question about one thing
        "Wat doen kleine gemeenten met burgerparticipatie?",
    ],
)
def test_a_turn_with_a_subject_of_its_own_stands_alone(assistant, question):
    assert not assistant._subject_here(question, ACTIONS, Filters())


def test_the_noun_a_kind_question_asks_for_is_no_aspect():
    history = [("Wie moet het silodenken tussen diensten doorbreken?", "…")]
    assert (
        new_topic_terms("Welke randvoorwaarden over beleidsdomeinen heen zijn er dan nodig?", history) == []
    )
    # what follows the noun still narrows it, and a turn asking no kind keeps its noun
    assert new_topic_terms("Welke problemen met subsidies?", history) == ["subsidie"]
    assert new_topic_terms("Welke provincies deden mee?", history) == ["provincie"]


def test_a_links_question_naming_its_items_in_other_words_is_answered_from_the_links(assistant):
    history = [("Waarom vinden kleine gemeenten intergemeentelijke projecten moeilijk?", "…")]
    answer = assistant.ask("Welke randvoorwaarden over domeinen heen zijn dan nodig?", history)
    assert answer.sources[0].chunk.section_id == "2.3.3.4"


def test_with_no_kind_in_effect_a_remedy_for_the_subject_asks_the_actions(assistant):
    # the turn before asked about one thing (no kind); "daarvoor" points at the subject, and the
    # remedy is the subfacet's Opschaling
    history = [("Hoe kijken de deelnemers naar de afstand tussen burgers en hun gemeentebestuur?", "…")]
    answer = assistant.ask("Welke oplossingen zien ze daarvoor?", history)
    assert answer.sources[0].chunk.kind == "start"


def test_a_remedy_for_a_thing_pointed_at_is_told_beside_it():
    # "dat probleem" names one thing the answer before told (a quotation): no Opschaling asked
    assert _effective("Hoe wil men dat probleem aanpakken?", {"start"}, set()) == set()
    assert _effective("Wat zijn daarvoor concrete oplossingen?", {"start"}, set()) == {"start"}


def test_the_kinds_own_verb_split_asks_for_the_additions():
    assert asked_kinds("Wat vulden de deelnemers aan over de rol van de provincies?") == {"aanvullingen"}


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        # taking part is no remedy: "mee te doen" is not "te doen"
        ("Wat houdt jongeren nog tegen om mee te doen?", {"stop"}),
        ("Wat valt eraan te doen?", {"start"}),
        # "tegenwerken" split as "houdt … tegen"
        ("Wat werkt daarbij tegen?", {"stop"}),
        # tackling already done today: the practices; with a modal it asks a remedy
        ("Welke besturen pakken dat vandaag al slim aan?", {"continue"}),
        ("Zijn er dorpen die dit al anders aanpakken?", {"continue"}),
        ("Hoe kan een gemeente dat nu al aanpakken?", {"start"}),
    ],
)
def test_kinds_read_from_verbs_with_their_particles_and_tense(question, kinds):
    assert turn_kinds(question) == kinds


def test_existential_items_and_qualifiers_are_no_aspect():
    history = [("Wat zegt het verslag over silo's binnen de Vlaamse overheid?", "…")]
    assert new_topic_terms("Zijn er gemeenten die het al anders aanpakken?", history) == []
    assert new_topic_terms("Welk obstakel moet zo iemand vooral wegnemen?", history) == []


def test_the_carried_subject_holds_no_prepositions_or_light_verbs():
    # what "Ik las je vraag als: …" shows: the subject's words, not "krijgt" or "tussen"
    history = [("Welke rol krijgt de dorpsraad als brug tussen burgers en beleid?", "…")]
    assert (
        rewrite_followup("Wat houdt dat tegen?", history)
        == "Wat houdt dat tegen? (rol dorpsraad brug burgers beleid)"
    )
