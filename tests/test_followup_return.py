"""Follow-ups (session 5): asides and going back to the subject before them, pronouns that stand
for what was said before, and new aspects that keep the subject but not a kind that never mentions
them (``followup.leaning_history``, ``Assistant._where``/``_keeps_kind``/``_aspect``)."""

from __future__ import annotations

import pytest

from pactrag.followup import (
    asked_kinds,
    is_followup,
    leaning_history,
    link_partner,
    new_topic_terms,
    rewrite_followup,
)
from pactrag.retrieve import Filters

CITY_BARRIERS = "Wat zijn de drempels voor samenwerking tussen stad en platteland?"
ASIDE = "Andere vraag: hoe zag de werkwijze van het atelier eruit?"


# -- asides ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Los van dat onderwerp: wie organiseerde het atelier?",
        "Even iets helemaal anders: wat is een regiodeal?",
        "Een losse vraag: hoeveel deelnemers waren er?",
        "On another note, who took part in the workshop?",
    ],
)
def test_a_turn_saying_it_is_an_aside_stands_alone(question):
    assert not is_followup(question, CITY_BARRIERS)


def test_los_van_inside_a_question_is_part_of_what_it_asks():
    # only an opening "Los van dat …" says the turn is new
    assert is_followup("Welke initiatieven ontstaan daar los van de gemeente?", CITY_BARRIERS)


def test_the_words_announcing_an_aside_are_never_carried():
    history = [("Even iets helemaal anders: wat houdt een regiodeal in?", "…")]
    rewritten = rewrite_followup("Wie doet dat al?", history)
    assert "regiodeal" in rewritten
    assert not any(w in rewritten.lower() for w in ("even", "helemaal", "anders"))


def test_a_turn_that_goes_back_leans_on_the_turns_before_the_aside():
    history = [(CITY_BARRIERS, "…"), (ASIDE, "…")]
    assert leaning_history("Terug naar de steden: wie doet het daar al goed?", history) == history[:1]
    # naming the earlier subject (a compound of it: "plattelandsgemeenten") and nothing of the aside
    assert leaning_history("En hoe helpen we die plattelandsgemeenten verder?", history) == history[:1]


def test_a_turn_continuing_the_aside_leans_on_the_aside():
    history = [(CITY_BARRIERS, "…"), (ASIDE, "…")]
    assert leaning_history("Wie leidde die gesprekken?", history) == history
    assert leaning_history("Wat moet er anders?", [(CITY_BARRIERS, "…")]) == [(CITY_BARRIERS, "…")]


def test_a_turn_going_back_is_answered_where_the_conversation_was_before_the_aside(assistant):
    history = [(CITY_BARRIERS, "…"), (ASIDE, "…")]
    answer = assistant.ask("Terug naar die samenwerking: wie doet het al goed?", history)
    assert answer.sources[0].chunk.section_id == "2.1.3.1"
    assert "werkwijze" not in answer.standalone_question
    later = [*history, (answer.standalone_question, answer.answer)]
    assert assistant._where(later, Filters())[1] == "2.1"


# -- pronouns --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Waar moet die zich vooral mee bezighouden in kleine dorpen?",  # "die" as the subject
        "And what holds back this kind of cooperation between towns?",  # "this kind of"
        "Hoe pakken gemeenten dit soort samenwerkingsverbanden beter aan?",
    ],
)
def test_a_demonstrative_standing_for_what_was_said_points_back_in_a_long_question(question):
    assert is_followup(question, "Hoe wordt de dorpsraad beschreven?")


# -- new aspects -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Wat zijn de belangrijkste drempels?",
        "What are the main obstacles?",
        "Zijn er bestaande voorbeelden?",
        "And what holds back this kind of cooperation between towns?",
        "Geef eens een concreet voorbeeld.",
        "Which specific obstacles?",
    ],
)
def test_qualifiers_and_the_words_naming_a_sort_are_no_new_aspect(question):
    assert new_topic_terms(question, [(CITY_BARRIERS, "…")]) == []


def test_the_subject_restated_in_another_form_is_no_new_aspect():
    history = [("Waarom verloopt het contact tussen dorpsbewoners en het gemeentebestuur moeizaam?", "…")]
    assert new_topic_terms("En hoe kunnen gemeenten het contact met de dorpen verbeteren?", history) == []


def test_words_the_reports_never_use_are_no_aspect(assistant):
    history = [("Welke drempels ervaren gebiedsgerichte werkingen?", "…")]
    assert assistant._aspect("Any regional work examples?", history) == []


def test_how_better_asks_for_remedies_in_english_too():
    assert "start" in asked_kinds("How can municipalities support them better?")


def test_a_new_aspect_the_kinds_section_never_mentions_keeps_the_subject_not_the_kind(assistant):
    history = [("Wat is het toekomstbeeld voor gemeenschapskracht als hefboom?", "…")]
    answer = assistant.ask("En voor jongeren?", history)
    assert "Toekomstbeeld" not in answer.standalone_question
    assert answer.sources[0].chunk.section_id.startswith("2.5.3")
    # a subfacet named instead keeps the kind: the same question about another subfacet
    synergies = [("Welke synergiën zijn er bij intergemeentelijke samenwerking?", "…")]
    assert "Synergiën" in assistant.ask("En bij gemeenschapskracht?", synergies).standalone_question


# -- a link to a named subfacet ----------------------------------------------------------------


def test_what_it_has_to_do_with_asks_for_the_links():
    assert "synergie" in asked_kinds("What does that have to do with housing?")
    # Dutch "met X te maken" is a link only when X names another subfacet (Assistant._links_only)
    assert link_partner("Wat heeft dat met gemeenschapskracht te maken?").strip() == "gemeenschapskracht"


def test_a_subfacet_named_as_what_the_subject_links_to_is_not_where_the_conversation_goes(assistant):
    history = [("Welke drempels ervaren gebiedsgerichte werkingen?", "…")]
    answer = assistant.ask("Wat heeft dat met interbestuurlijke samenwerking te maken?", history)
    assert answer.sources[0].chunk.section_id == "2.4.3.4"
    # named as a place ("En bij …?") it still moves the conversation there
    assert assistant._where([*history, ("En bij gemeenschapskracht?", "…")], Filters())[1] == "2.5"


def test_has_to_do_with_an_aspect_is_that_aspect_of_what_was_told(assistant):
    # "met taal te maken" names no other subfacet: an aspect of the barriers just told
    history = [("Welke drempels zien de deelnemers bij gebiedsgerichte werking?", "…")]
    answer = assistant.ask("Wat heeft dat met taal te maken?", history)
    assert answer.sources[0].chunk.section_id == "2.4.3.3"


def test_a_turn_naming_another_subfacet_to_go_to_leaves_the_old_subject_behind(assistant):
    history = [("Welke synergiën zijn er tussen stad en platteland?", "…")]
    answer = assistant.ask("En bij gemeenschapskracht?", history)
    assert "platteland" not in answer.standalone_question
    assert "Synergiën" in answer.standalone_question
    assert answer.sources[0].chunk.section_id == "2.5.3.4"


def test_what_could_help_asks_for_remedies_in_english():
    assert "start" in asked_kinds("How could coordinators help with that?")


def test_a_turn_pointing_back_keeps_its_subject_in_the_subfacet_it_names(assistant):
    answer = assistant.ask("Wat werd daarover gezegd bij subfacet 2.4?", [("Wat zijn Regiodeals?", "…")])
    assert "Regiodeals" in answer.standalone_question


def test_an_elliptical_turn_naming_an_aspect_told_here_keeps_the_subject(assistant):
    # two words of its own made it a new subject; the subfacet tells them ("kostenverdeling")
    history = [("Welke drempels zijn er voor intergemeentelijke samenwerking?", "…")]
    answer = assistant.ask("En de verdeling van de kosten?", history)
    assert "intergemeentelijke" in answer.standalone_question
    assert answer.sources[0].chunk.section_id == "2.3.3.3"
    # a subfacet named that way is a new subject: only the kind travels
    moved = assistant.ask("En bij sterke en nabije besturen?", history)
    assert "intergemeentelijke" not in moved.standalone_question


def test_a_word_the_reports_use_only_inside_a_compound_is_an_aspect(assistant):
    history = [("Welke drempels zijn er voor intergemeentelijke samenwerking?", "…")]
    assert "verdeel" in assistant._aspect("En de verdeling van de kosten?", history)


def test_a_question_word_a_fitting_verb_and_broader_name_no_aspect():
    history = [(CITY_BARRIERS, "…")]
    assert new_topic_terms("In welk breder mobiliteitsverband passen ze?", history) == ["mobiliteitsverband"]
