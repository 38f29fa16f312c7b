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
