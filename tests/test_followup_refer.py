"""Follow-ups (session 5, round 2): how a turn refers back. Going back after a question of its
own that never said it was one; a demonstrative as the subject after a finite verb; a kind word
asking about the answer just shown; words that name no subject (modals, "tekst", "aanwezigen");
kinds asked with everyday verbs ("goed draait", "brachten … in")."""

from __future__ import annotations

import pytest

from pactrag.followup import asked_kinds, is_followup, leaning_history, new_topic_terms, points_at
from pactrag.retrieve import Filters

VILLAGE_COUNCIL = "Welke rol speelt de dorpsraad in een dorp?"
OWN_QUESTION = "Welke voorbeelden van programmawerking noemt het verslag bij intergemeentelijke samenwerking?"


def test_going_back_after_a_question_of_its_own_leans_on_the_turns_before_it():
    history = [(VILLAGE_COUNCIL, "…"), (OWN_QUESTION, "…")]
    assert leaning_history("Terug naar de dorpsraad: waar loopt die op vast?", history) == history[:1]
    # without going back, the turn leans on the whole conversation
    assert leaning_history("Waar loopt die op vast?", history) == history


def test_going_back_is_answered_where_the_conversation_was_before_the_question_of_its_own(assistant):
    history = [(VILLAGE_COUNCIL, "…"), (OWN_QUESTION, "…")]
    answer = assistant.ask("Terug naar de dorpsraad: wat zit die in de weg?", history)
    assert answer.sources[0].chunk.section_id == "2.5.3.3"


@pytest.mark.parametrize(
    "question",
    [
        "Met welke partner wordt die vaak samen vermeld in het verslag?",
        "In welke provincie is dat initiatief volgens het verslag opgestart?",
    ],
)
def test_a_demonstrative_after_a_finite_verb_points_back(question):
    assert is_followup(question, "Wat doet Saamo volgens het verslag?")


def test_a_relative_die_after_a_noun_does_not_point_back():
    assert not points_at("Welke organisaties die jongeren begeleiden worden in het verslag genoemd?")
    assert not points_at("Zijn er initiatieven die al goed lopen?")
    assert points_at("Welke sterktes moeten ze volgens die tekst hebben?")


def test_modal_verbs_and_the_text_name_no_aspect():
    history = [("Hoe ziet het toekomstbeeld voor lokale besturen eruit?", "…")]
    assert new_topic_terms("Wat moeten ze volgens die tekst kunnen?", history) == []


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Waar draait zoiets nu al goed?", "continue"),
        ("Wat brachten de deelnemers zelf nog in?", "aanvullingen"),
    ],
)
def test_everyday_verbs_ask_for_kinds(question, kind):
    assert kind in asked_kinds(question)


def test_the_people_present_are_no_subject_of_a_turn():
    assert is_followup("En wat brachten de aanwezigen zelf nog in?", "Wat is het toekomstbeeld voor regio's?")


def test_a_kind_word_asking_about_the_answer_shown_keeps_the_kind(assistant):
    vision = "Hoe ziet het toekomstbeeld van sterke lokale besturen in 2050 eruit?"
    first = assistant.ask(vision)
    assert first.sources[0].chunk.section_id == "2.2.1"
    history = [(first.standalone_question, first.answer)]
    # "troeven" cues good practices, but what they should have ("beschikken") is told in the vision
    answer = assistant.ask("Over welke troeven moeten ze volgens die tekst beschikken?", history)
    assert answer.sources[0].chunk.section_id == "2.2.1"
    later = [*history, (answer.standalone_question, answer.answer)]
    assert assistant._where(later, Filters())[1] == "2.2"
    # a kind asked without pointing at what was shown is still a switch
    barriers = assistant.ask("Wat loopt er vandaag nog stroef tussen stad en platteland?")
    switched = assistant.ask(
        "Zijn er initiatieven die al goed lopen?", [(barriers.standalone_question, barriers.answer)]
    )
    assert switched.sources[0].chunk.section_id == "2.1.3.1"


def test_an_aspect_told_in_one_section_of_the_subfacet_is_answered_from_it(assistant):
    vision = "Wat zegt het toekomstbeeld over nieuwe vormen van democratie?"
    first = assistant.ask(vision)
    assert first.sources[0].chunk.subfacet_id == "2.5"
    history = [(first.standalone_question, first.answer)]
    # children are told only among the practices of 2.5, not in the vision the turn before showed
    answer = assistant.ask("En de kinderen, worden die ook betrokken?", history)
    assert answer.sources[0].chunk.section_id == "2.5.3.1"
    assert "kinderdorpsraden" in answer.answer.split("\n- ")[1]
