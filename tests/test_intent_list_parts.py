"""List questions that name a template part, a kind or the whole set in other words (issue 9.1)."""

import pytest

from pactrag.intent import analyse


@pytest.mark.parametrize(
    "question",
    [
        "Welke vier punten voegden de deelnemers toe aan het toekomstbeeld over samenwerking tussen gemeenten?",
        "Welke boodschappen brachten de deelnemers aan bij het toekomstbeeld over de streek?",
        "What did participants add to the vision for councils working together?",
    ],
)
def test_what_was_added_to_the_vision_asks_the_additions_not_the_vision(question):
    kinds = analyse(question, {}).kinds
    assert "aanvullingen" in kinds
    assert "toekomstbeeld" not in kinds


@pytest.mark.parametrize(
    "question",
    [
        # the vision itself, with the participants in it
        "Hoe moet het gemeentebestuur er volgens de deelnemers in 2050 uitzien?",
        # the vision set beside what was added to it asks both
        "Compare the future vision for the urban-rural subfacet with what the participants added to it.",
    ],
)
def test_the_vision_asked_for_itself_stays_the_vision(question):
    assert "toekomstbeeld" in analyse(question, {}).kinds


def test_the_whole_series_asked_by_its_size_is_a_list_request():
    question = "Geef de volledige reeks obstakels die de tafel zag voor coalities tussen steden en dorpen."
    assert analyse(question, {}).wants_items


def test_start_actions_in_one_word_ask_for_the_start_part():
    assert "start" in analyse("Welke startacties noemt het verslag voor de streek?", {}).kinds


def test_what_held_something_back_asks_for_the_barriers():
    assert "stop" in analyse("Wat hield het werken per streek volgens de tafel allemaal tegen?", {}).kinds


def test_a_closing_request_for_the_whole_list_is_no_ask_of_its_own():
    # "… Geef de hele lijst." made a second part that drew a section on the word "hele" (list6 l6q05)
    intent = analyse(
        "Wat hield het werken per streek volgens de tafel allemaal tegen? Geef de hele lijst.", {}
    )
    assert intent.parts == ()
    assert intent.asks == ()


def test_som_op_around_its_object_is_a_list_request():
    question = "Som de voorgestelde oplossingen op die uit het gesprek over stad en platteland kwamen."
    assert analyse(question, {}).wants_items


@pytest.mark.parametrize(
    "question",
    [
        "Op welke beleidsdomeinen kunnen stad en platteland elkaar versterken? Noem alle domeinen.",
        "Wat maakt het moeilijk om steden en dorpen te laten samenwerken? Som alle knelpunten op.",
        "Welke rol geven de deelnemers aan de provincies? Geef alles wat het verslag daarover zegt.",
        "Which obstacles did the table on villages list? Name every obstacle.",
    ],
)
def test_a_closing_request_naming_its_items_restates_the_question(question):
    # the request's own noun ("domeinen", "knelpunten") or pronoun ("daarover") made a second ask,
    # answered on its own words (session 8, own set listsyn8)
    intent = analyse(question, {})
    assert intent.parts == ()
    assert intent.asks == ()
    assert intent.wants_items


def test_a_closing_request_for_something_more_stays_an_ask():
    intent = analyse("Welke drempels zien de deelnemers? Geef ook de oplossingen.", {})
    assert len(intent.asks) == 2


def test_the_kind_named_in_a_closing_request_is_asked():
    assert (
        "stop"
        in analyse("Wat maakt samenwerken tussen gemeenten moeilijk? Som alle knelpunten op.", {}).kinds
    )


@pytest.mark.parametrize(
    "question",
    [
        "Schaalvergroting tegenover nabijheid: welke spanning zien de deelnemers?",
        "Projectsubsidies versus vaste middelen: hoe komt die spanning terug over de subfacetten heen?",
    ],
)
def test_a_pair_in_a_heading_is_the_subject_of_the_ask_after_it(question):
    # cut into X and Y each half was answered on its own and the first reported missing
    # (session 7 review, cold6 c6q099)
    intent = analyse(question, {})
    assert intent.parts == ()
    assert intent.compare  # the pair is still set side by side


def test_a_pair_asked_as_such_is_still_cut():
    assert len(analyse("Hoe staat het toekomstbeeld tegenover wat er vandaag misloopt?", {}).parts) == 2


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("Geef de volledige reeks voorstellen om stad en platteland te verbinden.", True),
        ("Welke praktijken worden allemaal vermeld? Noem ze allemaal.", True),
        ("Which links did the table describe? Give all of them.", True),
        ("Wat zegt het verslag allemaal over kinderen en jongeren?", False),
        ("Welke rol krijgen de provincies? Geef alles wat het verslag daarover zegt.", False),
        ("Welke drempels zien de deelnemers?", False),
        # the words bear on something else than the items asked (v2q071, v1 q026, cold6 c6q061)
        ("Welke spanning noemen de deelnemers een uitdaging in elke interbestuurlijke samenwerking?", False),
        ("Willen alle landbouwers bezoekers ontvangen op hun boerderij?", False),
        ("Which rural lab should be extended to all of Flanders?", False),
    ],
)
def test_a_request_for_every_item_of_a_set(question, whole):
    from pactrag.intent import asks_whole_set

    assert asks_whole_set(question) is whole


def test_a_how_question_with_allemaal_asks_a_way_not_a_set():
    from pactrag.intent import asks_whole_set

    assert not asks_whole_set("Hoe kunnen dorpelingen ontdekken wat hun buren allemaal kunnen?")


def test_a_heading_without_a_pair_word_keeps_its_pair():
    # "zowel … als …" before the colon names the two places the ask compares (cold5 c5q098)
    question = "LEADER duikt zowel in het toekomstbeeld als bij de drempels op: hoe verschilt de toon?"
    assert len(analyse(question, {}).parts) == 2
