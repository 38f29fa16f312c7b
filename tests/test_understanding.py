"""Understanding the question: best-sentence retrieval, abstention signals and answer types,
follow-ups, and filtered searches that find nothing."""

import numpy as np
import pytest

from pactrag import messages as M
from pactrag.abstain import (
    MODEL,
    Lexicon,
    Signals,
    asked_types,
    filter_misses,
    judge,
    other_report,
    unknown_names,
)
from pactrag.followup import is_followup, rewrite_followup
from pactrag.records import Report
from pactrag.refusal import wording
from pactrag.retrieve import Filters, best_sentence_scores, retrieve

REPORT = Report("t5", "Verslag toekomstatelier 5: Besturen en burgers samen aan zet", number=5, theme="Besturen en burgers samen aan zet")  # fmt: skip


# -- retrieval ------------------------------------------------------------------------------


def test_best_sentence_scores_are_the_closest_sentence_per_chunk(index):
    qvec = index.embedder.embed_query("taxicheques voor mensen zonder vervoer")
    best = best_sentence_scores(index, qvec)
    for pos in (0, len(index.chunks) // 2, len(index.chunks) - 1):
        sentences = index.sentences(index.chunks[pos].chunk_id)
        expected = max(float(np.dot(v, qvec)) for _, v in sentences) if sentences else -1.0
        assert best[pos] == pytest.approx(expected, abs=1e-5)
    mask = index.column("kind") == "stop"
    assert (best_sentence_scores(index, qvec, mask)[~mask] == -1.0).all()


def test_the_sentence_ranking_takes_part_in_the_fusion(index):
    question = "How do villages keep their residents involved?"
    with_sentences = retrieve(index, question, 6, sentence_weight=1.0)
    without = retrieve(index, question, 6, sentence_weight=0.0)
    assert [h.score for h in with_sentences.hits] != [h.score for h in without.hits]
    # without a filter there is nothing to compare the filter with
    assert with_sentences.unfiltered_best == -1.0


def test_bm25_counts_by_the_share_of_the_question_the_index_knows(index, without_examples):
    """Scores are fused, not ranks: an English question shares only the odd word with the Dutch
    index, so its BM25 ranking (a weak match on one shared word) barely moves the vector order
    (the three base scores alone: the example prior would be in "BM25 alone" too)."""
    from pactrag.lexical import tokenize

    question = "How can a mobile service point reach elderly people in villages?"
    known = [t for t in tokenize(question) if t in index.vocabulary]
    assert 0 < len(known) < len(tokenize(question)) / 2  # a word shared by chance ("mobil")

    def top(**weights):
        return retrieve(index, question, 3, **weights).hits[0].chunk.section_id

    bm25_alone = top(dense_weight=0.0, sentence_weight=0.0)
    assert top() == top(bm25_weight=0.0) != bm25_alone


def test_a_named_kind_and_subfacet_put_their_section_first(index):
    """The Stop kind ("drempels") and subfacet 2.4 ("gebiedsgerichte … aanpak") named: the kind and
    subfacet bonuses put 2.4.3.3 first, above passages that merely share words."""
    hits = retrieve(index, "Noem de drempels voor een gebiedsgerichte aanpak.", 6).hits
    assert (hits[0].chunk.subfacet_id, hits[0].chunk.kind) == ("2.4", "stop")
    hits = retrieve(index, "Welke voorbeelden die goed werken zijn er bij de gebiedsgerichte aanpak?", 6).hits
    assert (hits[0].chunk.subfacet_id, hits[0].chunk.kind) == ("2.4", "continue")


def test_a_subfacet_is_named_against_its_own_reports_titles():
    """Each atelier has its own subfacets under the same numbers: "mobiliteit" names 2.3 of the
    report whose 2.3 is about mobility, not 2.3 of the other report."""
    from types import SimpleNamespace

    from pactrag.records import Section
    from pactrag.retrieve import named_subfacet_mask

    def sub(report, sid, title):
        return Section(report, sid, title, 2, "2", "subfacet", sid, title, "")

    chunks = [("r4", "2.3"), ("r4", "2.4"), ("r5", "2.3"), ("r5", "2.4")]
    columns = {
        "report_id": np.array([r for r, _ in chunks]),
        "subfacet_id": np.array([s for _, s in chunks]),
    }
    index = SimpleNamespace(
        sections=[
            sub("r4", "2.3", "Mobiliteit en bereikbaarheid"),
            sub("r4", "2.4", "Wonen in de kern"),
            sub("r5", "2.3", "Intergemeentelijke samenwerking"),
            sub("r5", "2.4", "Gebiedsgerichte aanpak"),
        ],
        idf={},
        column=columns.__getitem__,
    )
    mask = named_subfacet_mask(index, "Wat werd er gezegd over mobiliteit en bereikbaarheid?")
    assert mask is not None and mask.tolist() == [True, False, False, False]
    assert named_subfacet_mask(index, "Wat zeggen ze over het weer?") is None
    # a number names that subfacet in every report
    assert named_subfacet_mask(index, "Wat staat er in 2.4?").tolist() == [False, True, False, True]


def test_a_filter_keeps_every_hit_inside_it(index):
    hits = retrieve(index, "Hoe betrek je jongeren?", 6, Filters(kind="start")).hits
    assert hits and all(h.chunk.kind == "start" for h in hits)
    hits = retrieve(index, "Hoe betrek je jongeren?", 6, Filters(subfacet_id="2.5")).hits
    assert hits and all(h.chunk.subfacet_id == "2.5" for h in hits)


# -- abstention -----------------------------------------------------------------------------


def test_lexicon_knows_inflected_and_compound_forms():
    lex = Lexicon({"kemp", "dorpsrad", "led", "burger", "budget"})
    assert lex.knows("kempens")  # "Kempense": the adjective of a place the report names
    assert lex.knows("dorpsradled")  # a compound of two known terms
    assert lex.knows("burgerbudget")
    assert not lex.knows("tonger") and not lex.knows("frankrijk")


def test_an_inflected_place_name_is_not_an_unknown_name():
    assert unknown_names("Wat gebeurt er in de Kempense dorpen?", {"kemp", "dorp"}) == []
    assert unknown_names("Wat gebeurt er in Tongeren?", {"kemp", "dorp"}) == ["Tongeren"]


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Hoeveel geld krijgt elke dorpsraad?", ["money"]),
        ("Hoeveel gemeenten deden mee?", ["number"]),
        ("Hoe heet de dorpsconsulent?", ["name"]),
        ("Welk decreet regelt de dorpsraden?", ["law"]),
        ("Wat is het e-mailadres van de talentenbank?", ["contact"]),
        ("Wat is het standpunt van de VVSG over fusies?", ["position"]),
        ("Sinds welk jaar bestaat de talentenbank?", ["date"]),
        ("Hoe laat je burgers meedenken?", []),  # "how do you let", not a clock time
        ("Moet de wetgeving rond samenwerking veranderen?", []),  # about laws, not asking for one
    ],
)
def test_asked_information_types(question, kinds):
    assert asked_types(question) == kinds


def test_a_question_about_another_workshop_is_named():
    assert other_report("Hoeveel deelnemers had het derde toekomstatelier?", [REPORT])
    assert other_report("Wat besloot het toekomstatelier over de open ruimte?", [REPORT])
    assert not other_report("Waar vond het vijfde toekomstatelier plaats?", [REPORT])
    assert not other_report("Wat zei het toekomstatelier over besturen en burgers?", [REPORT])
    # "het atelier over X" may ask what this workshop said about X
    assert not other_report("Wat zei het atelier over dorpsraden?", [REPORT])


def test_judge_refuses_when_the_evidence_lacks_the_asked_type():
    strong = Signals(similarity=0.9, known=1.0, coverage=1.0, agreement=1.0)
    evidence = ["De dorpsraad in Leest organiseert een jaarlijks buurtfeest."]
    assert judge("Wat doet de dorpsraad in Leest?", strong, evidence, {"dorpsrad", "leest"}, 0.78).answerable
    refused = judge(
        "Welk decreet regelt de dorpsraad in Leest?", strong, evidence, {"dorpsrad", "leest"}, 0.78
    )
    assert not refused.answerable and refused.reason == "no-law"


def test_the_model_orders_evidence_by_strength():
    weak = Signals(similarity=0.78, known=0.2, coverage=0.2, agreement=0.0)
    strong = Signals(similarity=0.90, known=1.0, coverage=0.8, agreement=1.0)
    assert MODEL.probability(weak) < MODEL.threshold <= MODEL.probability(strong)


def test_refusal_of_in_domain_question_asking_for_a_name(assistant):
    result = assistant.ask("Hoe heet de voorzitter van de dorpsraad in Leest?")
    assert result.abstained and result.answer.startswith(wording(assistant.index).nothing)
    # the closest sections that speak of the dorpsraad are offered (``refusal.pointed``)
    assert M.ABSTAIN_SUGGESTIONS in result.answer


# -- follow-ups -----------------------------------------------------------------------------

FIRST = "Welke goede praktijken zijn er rond intergemeentelijke samenwerking?"


def test_an_independent_question_mid_conversation_is_asked_as_is():
    question = "Wat houdt de deelname van jongeren aan het beleid tegen?"
    assert not is_followup(question, FIRST)
    assert rewrite_followup(question, [(FIRST, "…")]) == question


def test_a_kind_switch_keeps_the_topic_and_drops_the_old_kind():
    standalone = rewrite_followup("En wat houdt dat tegen?", [(FIRST, "…")])
    assert "intergemeentelijke samenwerking" in standalone
    assert "praktijk" not in standalone.lower()


def test_a_follow_up_without_a_kind_keeps_the_previous_kind():
    standalone = rewrite_followup("En bij de provincies?", [(FIRST, "…")])
    assert "samenwerking" in standalone and "Goede praktijken" in standalone


def test_a_pronoun_resolves_to_the_previous_topic():
    standalone = rewrite_followup(
        "Wie ondersteunt hun werking?", [("Wat doet de talentenbank in Aarschot?", "…")]
    )
    assert "talentenbank" in standalone and "Aarschot" in standalone


def test_a_remedy_question_switches_to_start(assistant):
    first = assistant.ask("Welke drempels ervaren kleine gemeenten bij intergemeentelijke samenwerking?")
    second = assistant.ask("Hoe kunnen we dat verhelpen?", [(first.standalone_question, first.answer)])
    assert second.standalone_question != second.question
    assert second.sources[0].chunk.kind == "start"


# -- filters --------------------------------------------------------------------------------


def test_a_filter_that_misses_the_topic_says_so_and_names_it(assistant):
    result = assistant.ask(
        "Hoe helpen gemeenten mensen zonder auto?", filters=Filters(subfacet_id="2.4", kind="continue")
    )
    assert result.abstained and result.abstain_reason == "filter"
    assert result.answer.startswith(M.ABSTAIN_FILTERED.split("(")[0])
    assert "2.4" in result.answer and "Goede praktijken" in result.answer
    assert M.ABSTAIN_FILTERED_SUGGESTIONS in result.answer


def test_a_filter_that_covers_the_topic_answers(assistant):
    result = assistant.ask(
        "Hoe helpen gemeenten mensen zonder auto?", filters=Filters(subfacet_id="2.2", kind="continue")
    )
    assert not result.abstained and result.citations


def test_filter_margin():
    assert filter_misses(0.80, 0.90) and not filter_misses(0.88, 0.90)


def test_the_fitted_abstention_model_applies_only_to_its_own_embedder():
    from pactrag.abstain import MODEL, Signals, judge

    weak = Signals(*([0.0] * len(MODEL.weights)))
    words = {"broodj", "burger", "brood"}
    assert judge("Wat is Broodje Burger?", weak, [], words, -1.0).reason == "unsupported"
    other = judge("Wat is Broodje Burger?", weak, [], words, -1.0, embedder="hash-256")
    assert other.answerable  # another embedder's similarities are not on the model's scale
