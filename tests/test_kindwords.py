"""The kind an ask asks for, read from its words and its vector (session 16, sides17)."""

import numpy as np

from pactrag.compose import read_ask_kinds
from pactrag.intent import analyse
from pactrag.kindwords import features, word_kind_model
from pactrag.retrieve import subfacet_titles


def test_features_are_folded_words_and_pairs():
    assert features("Wat moet érbij?") == ["wat", "moet", "erbij", "wat_moet", "moet_erbij"]


def test_the_word_model_reads_an_everyday_clause_by_the_labelled_questions(index):
    # "wat moet erbij komen" names no kind to the rules; the labelled questions that ask for the
    # Opschaling say it in these words
    model = word_kind_model(index)
    assert model is not None
    odds = model.log_odds("wat moet erbij komen")
    assert model.kinds[int(np.argmax(odds))] == "start"


def test_a_second_ask_beside_a_named_kind_is_read_as_another_kind(index):
    # "tegenover zetten" read Opschaling at 0.40 by the vector alone, under the share, and left
    # both asks unread (cold16 c16q088): the words and the vector together read it
    question = (
        "Welke drempels zien de deelnemers bij samenwerking tussen stad en platteland, en wat willen ze "
        "daar tegenover zetten?"
    )
    read = read_ask_kinds(question, analyse(question, subfacet_titles(index), index.idf), index)
    assert frozenset().union(*read.values()) == {"stop", "start"}


def test_an_unsure_ask_stays_unread_and_the_others_keep_their_reading(index):
    # the third piece asks for nothing ("Zet het op een rij …"): it used to leave every ask unread
    question = (
        "Wat loopt goed bij de dorpsraden, wat moet erbij komen en wat houdt tegen? Zet het op een rij."
    )
    read = read_ask_kinds(question, analyse(question, subfacet_titles(index), index.idf), index)
    assert {"continue", "start", "stop"} <= frozenset().union(*read.values())


def test_an_actors_ask_beside_a_kind_stays_unread(index):
    # the joint reading of words and vector alone read "wat brengt de provincie daarin mee?" as a
    # kind (cold8 c8q037's form lost its facts); the two readings do not agree on it
    question = "Welke knelpunten zien gemeenten bij samenwerking, en wat brengt de provincie daarin mee?"
    assert read_ask_kinds(question, analyse(question, subfacet_titles(index), index.idf), index) == {}
