"""Kind switches in a conversation (session 4): the kind a follow-up asks in everyday words, and
its answer taken from the subfacet the conversation is on, one part per asked kind
(``followup.switched_kinds``, ``Assistant._switch``/``_where``, ``compose.compose_kinds``)."""

from __future__ import annotations

import pytest

from pactrag.compose import compose_kinds
from pactrag.followup import asked_kinds, is_followup, kinds_in_order, new_topic_terms, switched_kinds
from pactrag.lexical import tokenize
from pactrag.retrieve import Filters, retrieve

GEBIED_BARRIERS = "Welke drempels ervaren gebiedsgerichte werkingen?"
CITY_BARRIERS = "Wat zijn de drempels voor samenwerking tussen stad en platteland?"


# -- the kind, in words the earlier families missed ----------------------------------------------


@pytest.mark.parametrize("question", ["Wat werkt er niet goed?", "Wat loopt er niet vlot?"])
def test_a_negated_works_well_asks_for_barriers(question):
    assert asked_kinds(question) == {"stop"}


@pytest.mark.parametrize(
    "question",
    [
        "Wat loopt er nog verkeerd?",
        "Waar lopen ze tegenaan?",
        "What gets in their way?",
        "Waarom stranden zulke samenwerkingen soms?",
    ],
)
def test_what_goes_wrong_without_a_barrier_noun_asks_for_barriers(question):
    assert "stop" in asked_kinds(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wat moet er anders?",
        "Wat valt eraan te doen?",
        "Wat helpt daartegen?",
        "Hoe voorkom je dat?",
        "Hoe verander je dat?",
        "What do they propose?",
    ],
)
def test_a_remedy_asked_as_what_to_do_or_change_asks_for_actions(question):
    assert "start" in asked_kinds(question)


@pytest.mark.parametrize(
    "question",
    ["Wie doet het al goed?", "Welke organisaties doen dat vandaag al?", "Who already does this well?"],
)
def test_who_already_does_it_asks_for_good_practices(question):
    assert "continue" in asked_kinds(question)


def test_in_practice_asks_for_good_practices_only_when_no_other_kind_is_asked():
    assert asked_kinds("En in de praktijk?") == {"continue"}
    assert asked_kinds("Wat loopt er in de praktijk mis?") == {"stop"}


def test_pitfalls_to_avoid_ask_for_the_pitfalls_not_for_remedies():
    assert asked_kinds("Welke valkuilen moeten gemeenten vermijden?") == {"stop"}


@pytest.mark.parametrize(
    "question",
    ["Welke stappen kunnen we zetten?", "Who is already doing well?", "Any link with other policy fields?"],
)
def test_pronouns_and_english_function_words_are_no_topic_of_their_own(question):
    assert is_followup(question, "Hoe kunnen kleine gemeenten hun bestuurskracht versterken?")


def test_several_kinds_are_answered_in_the_order_asked():
    question = "Wat zijn daar de oplossingen en de goede voorbeelden van?"
    assert kinds_in_order(question, asked_kinds(question)) == ("start", "continue")


def test_only_a_follow_up_on_the_subject_switches_kind():
    history = [(GEBIED_BARRIERS, "…")]
    assert switched_kinds("En wat houdt dat tegen?", history) == ("stop",)
    assert switched_kinds("Wie heeft hem opgericht?", history) == ()  # no kind asked
    assert switched_kinds("Welke drempels ervaren dorpsraden bij burgerparticipatie?", history) == ()
    assert switched_kinds("Wat moet er anders?", []) == ()


# -- the answer: that kind's section in the conversation's subfacet ------------------------------


def _cited(answer):
    return [c.section_id for c in answer.citations]


def test_a_kind_switch_is_answered_from_the_conversations_subfacet(assistant):
    answer = assistant.ask("Wat moet er anders?", [(GEBIED_BARRIERS, "…")])
    assert answer.sources[0].chunk.section_id == "2.4.3.2"
    assert _cited(answer) == ["2.4.3.2"]


def test_a_follow_up_asking_two_kinds_gets_one_part_per_kind(assistant):
    answer = assistant.ask(
        "Wat zijn daar de oplossingen en de goede voorbeelden van?", [(CITY_BARRIERS, "…")]
    )
    assert _cited(answer) == ["2.1.3.2", "2.1.3.1"]
    assert [h.chunk.section_id for h in answer.sources[:2]] == ["2.1.3.2", "2.1.3.1"]


def test_the_subfacet_a_turn_names_is_where_the_conversation_is(assistant):
    # its best passage may lie elsewhere; its answer showed the subfacet it names
    history = [("Welke acties worden voorgesteld voor intergemeentelijke samenwerking?", "…")]
    assert assistant._where(history, Filters())[1] == "2.3"


def test_a_turn_that_kept_the_subject_stays_where_the_turn_before_it_was(assistant):
    history = [(GEBIED_BARRIERS, "…"), ("Wat moet er anders? (gebiedsgerichte werkingen Opschaling)", "…")]
    assert assistant._where(history, Filters())[1] == "2.4"


def test_a_follow_up_after_an_independent_turn_leans_on_that_turn(assistant):
    history = [(CITY_BARRIERS, "…"), ("Wat is de Dorpencoördinator?", "…")]
    assert assistant._where(history, Filters())[1] == "2.3"


def test_an_independent_turn_and_a_filtered_turn_are_not_switched(assistant):
    history = [(GEBIED_BARRIERS, "…")]
    assert (
        assistant._switch("Wat is de Vereniging van Vlaamse Polders en Wateringen?", history, Filters())
        is None
    )
    assert assistant._switch("Wat moet er anders?", history, Filters(kind="stop")) is None


def test_a_topic_none_of_the_sections_mention_leaves_the_answer_to_retrieval(index):
    question = "Welke voorbeelden van windturbines zijn er?"
    retrieval = retrieve(index, question, 5)
    report = index.reports[0].report_id
    assert compose_kinds(question, ("continue",), (report, "2.3"), retrieval, index, ["windturbin"]) is None
    assert compose_kinds(question, ("continue",), (report, "2.3"), retrieval, index) is not None


def test_the_turns_own_aspect_leads_its_section(index):
    question = "Welke problemen met subsidies zijn er?"
    retrieval = retrieve(index, question, 5)
    report = index.reports[0].report_id
    composed = compose_kinds(question, ("stop",), (report, "2.4"), retrieval, index, tokenize("subsidies"))
    assert composed is not None
    first_point = composed.text.split("\n")[2]
    assert "subsidie" in first_point.lower()


def test_a_verb_of_position_is_no_topic_of_its_own():
    # "staan … in de weg" asks for barriers; "staan" carried as topic made the turn stand alone
    assert is_followup("Welke zaken staan een vlotte samenwerking in de weg?", CITY_BARRIERS)


@pytest.mark.parametrize(
    "question",
    [
        "Wat is het toekomstbeeld daarover?",
        "And how can they be solved?",
        "En wat gaat er fout, en wie doet het al goed?",
    ],
)
def test_pointers_and_kind_words_name_no_new_aspect(question):
    # a new aspect would have to be mentioned by the section, else the answer is left to retrieval
    assert new_topic_terms(question, [(CITY_BARRIERS, "…")]) == []


@pytest.mark.parametrize(
    "turns",
    [
        [CITY_BARRIERS, "En welke problemen met de taal?"],
        [
            "Hoe willen de deelnemers de financiering van stads- en plattelandsbeleid hervormen?",
            "Wat loopt er nu fout met de manier waarop dat geld verdeeld wordt?",
        ],
    ],
)
def test_a_turn_about_an_aspect_its_subfacet_never_mentions_goes_where_its_answer_led(assistant, turns):
    # it was answered from its own best passages (compose_kinds declined), retrieved with the
    # conversation's place as context: the next turn leans on where that answer led (session 8:
    # the best passage found without the context could lie in a subfacet the answer never showed)
    history: list[tuple[str, str]] = []
    for question in turns:
        answer = assistant.ask(question, tuple(history))
        history.append((answer.standalone_question, answer.answer))
    assert assistant._where(history, Filters())[1] == answer.sources[0].chunk.subfacet_id


def test_a_split_offer_verb_asks_for_remedies():
    assert "start" in asked_kinds("Welke oplossingen reiken de deelnemers aan?")
    assert asked_kinds("Hoe zit het met de link naar andere beleidsdomeinen?") == {"synergie"}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Kan je enkele mooie initiatieven noemen?", "continue"),
        ("Any ideas to address that?", "start"),
        ("Wat zou de overheid moeten ondernemen?", "start"),
    ],
)
def test_initiatives_called_good_and_ideas_or_undertakings_name_their_kind(question, kind):
    assert kind in asked_kinds(question)


def test_what_must_stop_asks_for_barriers_and_what_replaces_it_for_actions():
    # "wat moet er stoppen?" asks what must end (Stop), not what must be done
    assert asked_kinds("Wat moet er stoppen bij de dorpsraden?") == {"stop"}
    assert asked_kinds("Wat moet er in de plaats komen?") == {"start"}
    assert asked_kinds("What should be scaled up?") == {"start"}
