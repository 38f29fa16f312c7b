"""Session 11: the learned scope check yields to evidence that names the place or body asked, and
to an English question whose value a close sentence holds on its topic (read by cognates)."""

from pactrag.abstain import english_holds_asked, names_entity, vouches
from pactrag.lexical import tokenize

_LIST = (
    "De deelnemers vermelden een relatief groot aantal succesvolle beleidsinitiatieven: Dorpencoördinator, "
    "Neteland “Samenproject”, een landinrichtingsproject van de VLM in Limburg, landschapspark in Voeren, "
    "Morkhoven: (aanpak van vereenzaming)."
)
_SAAMO = "Dit initiatief wordt ondersteund door Saamo en het lokaal bestuur."
_PARTICIPANTS = "LEADER-gebied Hageland Vlaamse Vereniging Dorpsbelangen"
_IDF = {t: 2.0 for t in tokenize(_LIST + " " + _SAAMO + " ligt genoemd")}


def test_which_municipality_a_close_sentence_names_on_the_topic_is_vouched_for():
    # v1 q173 and its Dutch twin: refused by the learned check once cold11 joined the examples
    assert names_entity("Welke gemeente wordt genoemd voor haar landschapspark?", [_LIST], _IDF, 0.5)
    assert names_entity("Which municipality is mentioned for its landscape park?", [_LIST], _IDF, 0.5)
    assert vouches(
        "Which municipality is mentioned for its landscape park?", [_PARTICIPANTS, _LIST], _IDF, 0.5
    )


def test_a_name_off_the_topic_or_the_questions_own_vouches_for_nothing():
    # a world fact about a place the report names: its sentence names other places, not the topic
    assert not names_entity("In welke provincie ligt Voeren?", [_LIST], _IDF, 0.5)
    # a list of participants is full of names, none on the topic asked
    assert not names_entity("Which organisation runs the landscape park?", [_PARTICIPANTS], _IDF, 0.5)
    # the question's own name is no answer; a sentence's first word and an adjective are no names
    assert not names_entity(
        "Welke organisatie steunt Saamo?", ["Saamo steunt het lokaal bestuur."], _IDF, 0.5
    )
    assert not names_entity(
        "Welke organisatie steunt de talentenbank?",
        ["• Vlaamse besturen steunen de talentenbank."],
        _IDF,
        0.5,
    )
    # no place or body asked: the reading says nothing
    assert not names_entity("Wat zegt het verslag over het landschapspark?", [_LIST], _IDF, 0.5)


def test_an_english_value_question_is_read_by_its_cognates():
    broodje = "Een inspirerend voorbeeld is ‘Broodje Burger’, een netwerk in de Kempen waarin 27 lokale besturen kennis delen."
    assert english_holds_asked(
        "How many local administrations share knowledge in Broodje Burger?", [broodje], 0.5
    )
    # the number is there, the topic is not
    assert not english_holds_asked("How many volunteers work for the village newspaper?", [broodje], 0.5)
    # what a number measures must be the sentence's
    assert not english_holds_asked("What is the population of the Kempen?", [broodje], 0.5)
    # a Dutch question is read by its stems (``evidence_holds_asked``)
    assert not english_holds_asked("Hoeveel lokale besturen delen kennis in Broodje Burger?", [broodje], 0.5)
