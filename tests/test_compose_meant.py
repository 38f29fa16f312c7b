"""compose.meant_subfacet: a synthesis question naming its subfacet in other words."""

from types import SimpleNamespace

import numpy as np
import pytest

from pactrag import compose
from pactrag.intent import analyse

TITLES = {
    "2.1": "Bouwen aan een gemeenschappelijke toekomst stad-platteland",
    "2.2": "Sterke en nabije besturen",
    "2.5": "Gemeenschapskracht als hefboom",
}


def _meant(question: str, probabilities: dict, monkeypatch) -> str:
    monkeypatch.setattr(compose, "subfacet_probabilities", lambda index, vector: probabilities)
    monkeypatch.setattr(compose, "embed_queries", lambda embedder, texts: np.zeros((len(texts), 3)))
    retrieval = SimpleNamespace(
        hits=(SimpleNamespace(chunk=SimpleNamespace(report_id="a", subfacet_id="2.2")),),
        scored_first=None,
        query_vector=np.zeros(3),
    )
    return compose.meant_subfacet(
        question, analyse(question, TITLES), retrieval, SimpleNamespace(embedder=None)
    )


SURE = {("a", "2.2"): 0.73, ("a", "2.5"): 0.26, ("a", "2.1"): 0.01}


def test_kinds_asked_for_a_subfacet_in_other_words_go_to_the_subfacet_the_examples_give(monkeypatch):
    question = "Wat zit er vandaag in de weg, en wat willen ze opstarten, om gemeenten dichter bij de burger te brengen?"
    assert _meant(question, SURE, monkeypatch) == "2.2"


def test_an_unsure_model_leaves_the_question_as_it_was(monkeypatch):
    question = "Wat werkt al en wat houdt tegen bij besturen dicht bij de burger?"
    unsure = {("a", "2.2"): 0.55, ("a", "2.5"): 0.44, ("a", "2.1"): 0.01}
    assert _meant(question, unsure, monkeypatch) == ""


@pytest.mark.parametrize(
    "question",
    [
        # a theme across subfacets keeps all of them
        "Welke drempels en welke acties rond subsidies komen terug over de subfacetten heen?",
        # one kind asked once: often a topic across the report, answered from several subfacets
        "Welke problemen met subsidies worden genoemd?",
        # a subfacet named by its title words needs no model
        "Wat werkt al en wat houdt tegen bij sterke en nabije besturen?",
    ],
)
def test_themes_single_kind_lists_and_named_subfacets_are_left_alone(question, monkeypatch):
    assert _meant(question, SURE, monkeypatch) == ""


def _meant_with_top(question: str, probabilities: dict, top_subfacet: str, monkeypatch) -> str:
    monkeypatch.setattr(compose, "subfacet_probabilities", lambda index, vector: probabilities)
    # the subject read alone (a second reading of lists) reads as the whole here
    monkeypatch.setattr(compose, "embed_queries", lambda embedder, texts: np.zeros((len(texts), 3)))
    top = SimpleNamespace(report_id="a", subfacet_id=top_subfacet)
    retrieval = SimpleNamespace(
        hits=(SimpleNamespace(chunk=top),), query_vector=np.zeros(3), scored_first=None
    )
    return compose.meant_subfacet(
        question, analyse(question, TITLES), retrieval, SimpleNamespace(embedder=None)
    )


PEAKED = {("a", "2.2"): 0.97, ("a", "2.5"): 0.02, ("a", "2.1"): 0.01}
LIST_OF_ONE_KIND = "Welke drempels houden besturen dicht bij de burger tegen? Som ze allemaal op."


def test_a_list_of_one_kind_goes_to_the_subfacet_the_model_and_the_best_passage_agree_on(monkeypatch):
    assert _meant_with_top(LIST_OF_ONE_KIND, PEAKED, "2.2", monkeypatch) == "2.2"


def test_a_list_of_one_kind_stays_across_the_report_when_the_best_passage_lies_elsewhere(monkeypatch):
    # a topic list across the report (v1 q185): the model is sure, retrieval's best is elsewhere
    assert _meant_with_top(LIST_OF_ONE_KIND, PEAKED, "2.5", monkeypatch) == ""


def test_a_list_of_one_kind_stays_across_the_report_when_the_model_is_not_peaked(monkeypatch):
    assert _meant_with_top(LIST_OF_ONE_KIND, SURE, "2.2", monkeypatch) == ""


def test_the_meant_subfacet_outweighs_a_best_passage_of_another_kind_in_it():
    # the subfacet's vision ranks first for a list of its barriers (c5q080): the barriers answer
    intent = analyse(LIST_OF_ONE_KIND, TITLES)
    vision = SimpleNamespace(
        hits=(SimpleNamespace(chunk=SimpleNamespace(kind="toekomstbeeld", subfacet_id="2.2")),),
        scored_first=None,
    )
    assert compose._kind_outranked(intent, ("stop",), vision)
    assert not compose._kind_outranked(intent, ("stop",), vision, meant="2.2")
    assert compose._kind_outranked(intent, ("stop",), vision, meant="2.5")


# -- the subject read alone, when the whole question leaves the model unsure ---------------------

UNSURE = {("a", "2.1"): 0.45, ("a", "2.2"): 0.35, ("a", "2.5"): 0.20}
SUBJECT_SURE = {("a", "2.1"): 0.74, ("a", "2.2"): 0.16, ("a", "2.5"): 0.10}
SUBJECT_UNSURE = {("a", "2.1"): 0.60, ("a", "2.2"): 0.30, ("a", "2.5"): 0.10}


def _meant_by_subject(question: str, subject: dict, monkeypatch, top_subfacet: str = "2.2") -> str:
    """The whole question's vector (zeros) reads UNSURE; a text naming "ommeland" reads ``subject``;
    retrieval's best passage lies in ``top_subfacet``."""
    monkeypatch.setattr(
        compose,
        "embed_queries",
        lambda embedder, texts: np.array([[1.0 if "ommeland" in t else 0.0, 0.0, 0.0] for t in texts]),
    )
    monkeypatch.setattr(
        compose, "subfacet_probabilities", lambda index, vector: subject if vector[0] else UNSURE
    )
    retrieval = SimpleNamespace(
        hits=(SimpleNamespace(chunk=SimpleNamespace(report_id="a", subfacet_id=top_subfacet)),),
        scored_first=None,
        query_vector=np.zeros(3),
    )
    return compose.meant_subfacet(
        question, analyse(question, TITLES), retrieval, SimpleNamespace(embedder=None)
    )


def test_a_synthesis_question_the_whole_leaves_unsure_is_read_by_its_subject_alone(monkeypatch):
    # the kind words pull the whole question's vector; its subject alone names the subfacet
    question = "Voor de samenwerking tussen de stad en haar ommeland: wat werkt al en wat houdt het tegen?"
    assert _meant_by_subject(question, SUBJECT_SURE, monkeypatch) == "2.1"


def test_an_unsure_subject_reading_leaves_the_question_as_it_was(monkeypatch):
    question = "Voor de samenwerking tussen de stad en haar ommeland: wat werkt al en wat houdt het tegen?"
    assert _meant_by_subject(question, SUBJECT_UNSURE, monkeypatch) == ""


SUBJECT_PEAKED = {("a", "2.1"): 0.95, ("a", "2.2"): 0.03, ("a", "2.5"): 0.02}
ONE_KIND = "Welke drempels zijn er voor de samenwerking tussen de stad en haar ommeland?"


def test_one_kind_asked_once_is_not_narrowed_by_a_subject_reading_short_of_peaked(monkeypatch):
    # a single-kind question is often a topic across the report: a merely sure reading of a piece
    # of it does not narrow it, even where the best passage lies
    assert _meant_by_subject(ONE_KIND, SUBJECT_SURE, monkeypatch, top_subfacet="2.1") == ""


def test_a_list_of_one_kind_goes_to_the_subfacet_its_subject_and_the_best_passage_agree_on(monkeypatch):
    # the kind words pull the whole question's vector; its subject alone is peaked on the subfacet
    # of retrieval's best passage: two readings agree (l6q02, c6q086)
    assert _meant_by_subject(ONE_KIND, SUBJECT_PEAKED, monkeypatch, top_subfacet="2.1") == "2.1"
    # … and not when the best passage lies elsewhere (a topic across the report, v1 q185)
    assert _meant_by_subject(ONE_KIND, SUBJECT_PEAKED, monkeypatch, top_subfacet="2.2") == ""


def test_a_list_asked_of_one_table_goes_to_the_subfacet_a_reading_gives(monkeypatch):
    # each subfacet was discussed at one table: a sure reading names it wherever the best passage
    # lies (c6q080: "de volledige reeks obstakels die de tafel zag", best passage in 2.5)
    question = "Geef de volledige reeks obstakels die de tafel zag voor de stad en haar ommeland."
    assert _meant_by_subject(question, SUBJECT_SURE, monkeypatch, top_subfacet="2.5") == "2.1"
    assert _meant_by_subject(question, SUBJECT_UNSURE, monkeypatch, top_subfacet="2.5") == "2.1"
    # the tables in the plural are no one table; an unsure reading names none
    plural = "Geef de volledige reeks obstakels die de tafels zagen voor de stad en haar ommeland."
    assert _meant_by_subject(plural, SUBJECT_SURE, monkeypatch, top_subfacet="2.5") == ""
    unsure = {("a", "2.1"): 0.5, ("a", "2.2"): 0.3, ("a", "2.5"): 0.2}
    assert _meant_by_subject(question, unsure, monkeypatch, top_subfacet="2.5") == ""


def test_the_vision_ranking_first_does_not_outrank_the_additions_to_it():
    question = (
        "Welke punten voegden de deelnemers toe aan het toekomstbeeld over besturen dicht bij de burger?"
    )
    intent = analyse(question, TITLES)
    vision = SimpleNamespace(
        hits=(SimpleNamespace(chunk=SimpleNamespace(kind="toekomstbeeld", subfacet_id="2.2")),),
        scored_first=None,
    )
    assert not compose._kind_outranked(intent, intent.item_kinds, vision)


# -- the asks of a question the model reads as one subfacet look within it ------------------------


def _ask(ranked):
    return compose._Ask("welke stappen stellen ze voor?", "", frozenset(), None, tuple(ranked))


def test_an_ask_of_a_question_about_one_subfacet_ranks_only_that_subfacets_sections():
    sections = {("a", s): SimpleNamespace(subfacet_id=s[:3]) for s in ("2.2.3.2", "2.5.3.2", "2.5.3.3")}
    index = SimpleNamespace(section_by_key=sections)
    ask = _ask([(("a", "2.2.3.2"), 3.0), (("a", "2.5.3.2"), 2.5), (("a", "2.5.3.3"), 1.0)])
    within = compose._within(ask, "2.5", index)
    assert [k for k, _ in within.ranked] == [("a", "2.5.3.2"), ("a", "2.5.3.3")]
    # an ask that ranks nothing of that subfacet keeps its own ranking
    assert compose._within(ask, "2.1", index).ranked == ask.ranked


def test_an_ask_the_model_reads_as_another_subfacet_keeps_its_own_ranking(monkeypatch):
    # "… met die uit de Westhoek": an ask with a subject of its own, set beside the first
    sections = {("a", s): SimpleNamespace(subfacet_id=s[:3]) for s in ("2.2.3.1", "2.4.3.1")}
    index = SimpleNamespace(section_by_key=sections)
    ask = compose._Ask(
        "met die uit de Westhoek?",
        "",
        frozenset(),
        SimpleNamespace(query_vector=np.zeros(3)),
        ((("a", "2.2.3.1"), 3.0), (("a", "2.4.3.1"), 2.0)),
    )
    monkeypatch.setattr(
        compose, "subfacet_probabilities", lambda index, vector: {("a", "2.2"): 0.7, ("a", "2.4"): 0.3}
    )
    assert compose._within(ask, "2.4", index).ranked == ask.ranked
    assert [k for k, _ in compose._within(ask, "2.2", index).ranked] == [("a", "2.2.3.1")]


def test_the_additions_ranking_first_outrank_the_vision_even_in_the_meant_subfacet():
    # "Welke bedenkingen hadden de deelnemers bij de toekomstvisie …?": the vision is named, what
    # was said about it ranks first; the model's subfacet agreeing does not bring back the vision
    question = (
        "Welke bedenkingen hadden de deelnemers bij de toekomstvisie over steden en dorpen? Noem ze allemaal."
    )
    intent = analyse(question, TITLES)
    additions = SimpleNamespace(
        hits=(SimpleNamespace(chunk=SimpleNamespace(kind="aanvullingen", subfacet_id="2.1")),),
        scored_first=None,
    )
    assert compose._kind_outranked(intent, ("toekomstbeeld",), additions, meant="2.1")


def test_the_agreement_of_a_list_reads_the_passage_the_words_matched_not_the_models_choice(monkeypatch):
    # retrieval put the model's subfacet first (within.reorder_subfacets) for a topic asked across
    # the report; what the question's words matched best lay elsewhere: no agreement, no narrowing
    # (v1 q185 "Welke problemen met subsidies en projectfinanciering worden genoemd?")
    monkeypatch.setattr(compose, "subfacet_probabilities", lambda index, vector: SUBJECT_PEAKED)
    monkeypatch.setattr(compose, "embed_queries", lambda embedder, texts: np.zeros((len(texts), 3)))
    retrieval = SimpleNamespace(
        hits=(SimpleNamespace(chunk=SimpleNamespace(report_id="a", subfacet_id="2.1")),),
        query_vector=np.zeros(3),
        scored_first=SimpleNamespace(report_id="a", subfacet_id="2.2"),
    )
    meant = compose.meant_subfacet(
        ONE_KIND, analyse(ONE_KIND, TITLES), retrieval, SimpleNamespace(embedder=None)
    )
    assert meant == ""
    retrieval.scored_first = None  # the words and the model agree on 2.1
    assert (
        compose.meant_subfacet(ONE_KIND, analyse(ONE_KIND, TITLES), retrieval, SimpleNamespace(embedder=None))
        == "2.1"
    )
