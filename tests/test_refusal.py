"""A refusal's wording fits the corpus, and it points only to sections about the question (refuse16)."""

from types import SimpleNamespace

from pactrag import messages as M
from pactrag.records import Report
from pactrag.refusal import pointed, topic_terms, wording

ONE = Report(
    "toekomstatelier-5", "Verslag toekomstatelier 5", number=5, theme="Besturen en burgers samen aan zet"
)


def _corpus(*reports: Report) -> SimpleNamespace:
    return SimpleNamespace(reports=list(reports))


def test_a_corpus_of_one_report_is_called_that_report():
    words = wording(_corpus(ONE))
    assert (
        words.nothing
        == "Daar vind ik niets over in het verslag van toekomstatelier 5 (‘Besturen en burgers samen aan zet’)."
    )
    assert (
        "verslagen"
        not in words.nothing + words.unrelated + words.ask_in_dutch + words.opinion + words.injection
    )


def test_a_report_without_number_or_theme_is_named_by_its_title():
    words = wording(_corpus(Report("x", "Verslag van de dorpenavond")))
    assert words.nothing == "Daar vind ik niets over in het verslag ‘Verslag van de dorpenavond’."


def test_a_corpus_of_several_reports_says_de_verslagen():
    other = Report("toekomstatelier-4", "Verslag toekomstatelier 4", number=4, theme="Economie")
    words = wording(_corpus(ONE, other))
    assert words.nothing == M.NOTHING_IN.format(corpus="de verslagen")
    assert words.unrelated.endswith(M.ABSTAIN_UNRELATED_SEVERAL) and words.ask_in_dutch.endswith(
        M.ASK_IN_DUTCH_SEVERAL
    )


def test_the_wording_is_read_again_when_the_reports_change():
    corpus = _corpus(ONE)
    assert "het verslag" in wording(corpus).nothing
    corpus.reports.append(
        Report("toekomstatelier-4", "Verslag toekomstatelier 4", number=4, theme="Economie")
    )
    assert "de verslagen" in wording(corpus).nothing


def test_topic_terms_are_names_and_nouns_not_the_noun_asked_for():
    assert "kring" in topic_terms("Hoeveel leden telt de Groene Kring?")
    assert not topic_terms("Hoeveel leden telt de Groene Kring?") & {"led", "leden"}
    # a noun in -e read as an adjective by the determiner pattern is still the thing
    assert "taxicheque" in topic_terms("Hoeveel kost een taxicheque voor de gebruiker?")


def test_a_refusal_points_only_to_sections_that_hold_the_question_topic(index):
    every = {(c.report_id, c.section_id) for c in index.chunks}
    # the workshop's duration: the sections that speak of the toekomstatelier itself
    assert ("toekomstatelier-5", "1") in pointed("Hoe lang duurde het toekomstatelier?", index, every)
    # satisfaction with a "workshop": the report holds no such word; nothing rather than §2.5.2
    assert pointed("Hoe tevreden waren de deelnemers over de workshop?", index, every) == frozenset()
    # a word the whole report uses ("deelnemers", "Vlaanderen") points nowhere
    assert pointed("Hoeveel deelnemers kwamen er uit Vlaanderen?", index, every) == frozenset()
    # the taxicheque: the sections naming taxicheques, an inflection the stemmer keeps apart
    taxi = pointed("Hoeveel kost een taxicheque voor de gebruiker?", index, every)
    assert {s for _, s in taxi} == {"2.2.3.1", "2.2.3.4"}


def test_the_rarest_topic_term_is_read_among_the_closest_sections(index):
    # "de moderatoren" is the rarest (the status note only), but no closest section holds it: the
    # atelier's (the introduction) is pointed, not every section naming Olen
    question = "Wie waren de moderatoren van het atelier in Olen?"
    closest = [("toekomstatelier-5", s) for s in ("inleiding", "2.5.3.1", "bijlage")]
    assert pointed(question, index, closest) == {("toekomstatelier-5", "inleiding")}
    assert pointed(question, index, [("toekomstatelier-5", "2.5.3.1")]) == {("toekomstatelier-5", "2.5.3.1")}
    assert pointed(question, index, []) == frozenset()


def test_unrelated_pointers_are_left_out_of_the_refusal(assistant):
    result = assistant.ask("Hoe tevreden waren de deelnemers over de workshop?")
    assert result.abstained and M.ABSTAIN_SUGGESTIONS not in result.answer
    result = assistant.ask("Hoe lang duurde het toekomstatelier?")
    assert result.abstained and "- §1 Verloop van het toekomstatelier" in result.answer


def test_alleen_terloops_is_said_only_beside_the_passage(assistant):
    text = assistant._abstain_text([], False, "passing-name:Mollenkoeij", "Wie richtte Mollenkoeij op?", None)
    assert "terloops" not in text and text.startswith(wording(assistant.index).nothing)


def test_a_topic_without_an_article_is_read_from_the_question_s_other_words(index):
    # "dorpsraden" after no determiner is no topic term; no name or noun of the question is one the
    # report holds within the share, so its other words are read in the retrieval's order: the
    # dorpsraad sections among the closest are pointed to, not the unrelated one before them
    closest = [("toekomstatelier-5", s) for s in ("2.1.3.3", "2.5.3.3", "2.5.3.2")]
    got = pointed("Zijn dorpsraden overal verplicht?", index, closest)
    assert {s for _, s in got} == {"2.5.3.3", "2.5.3.2"}
    # a thing the question names that the report holds elsewhere, or never: none, as before
    assert pointed("Wie zit de VVSG momenteel voor?", index, closest) == frozenset()
    assert pointed("Hoeveel kinderopvangplaatsen ontbreken er in de dorpen?", index, closest) == frozenset()
