"""The refusal decision on the clean set (session 16, refuse17): what a typed check reads as asked,
and when a name the report mentions once is more than a passing mention."""

from pactrag.abstain import asked_types, passing_name, typed_gap

# the report's status note and a role named once, in miniature
SENTENCES = [
    "Het is een werkdocument, opgesteld op basis van de input van deelnemers, verwerkt met behulp van AI "
    "en nagelezen door de moderatoren.",
    "Burgers aan zet bevordert een zorgzame samenleving waarin iedereen telt.",
    "In Eeklo en het Meetjesland fungeert de straatambassadeur als schakel tussen burgers en het bestuur.",
    "In Leest (Mechelen) neemt de dorpsconsulent een gelijkaardige rol op.",
]
IDF = {
    "werkdocument": 4.0, "opgesteld": 3.0, "input": 3.0, "deelnemer": 1.0, "verwerkt": 3.0, "nagelezen": 4.0,
    "moderator": 4.0, "burger": 1.0, "eeklo": 4.0, "meetjesland": 4.0, "fungeert": 3.0,
    "straatambassadeur": 4.0, "schakel": 3.0, "bestuur": 1.5, "functie": 3.0, "verbindt": 3.5,
    "inwoner": 2.3, "leest": 4.0, "mechelen": 4.0, "dorpsconsulent": 4.0, "rol": 2.0,
}  # fmt: skip


def test_a_lead_in_before_a_colon_is_no_topic_of_the_ask():
    # "iets anders" announces the question; the status note answers who read the report
    assert typed_gap("Iets anders: wie heeft dit verslag nagelezen?", SENTENCES, IDF, 0.5) == ""
    assert typed_gap("Wie heeft dit verslag nagelezen?", SENTENCES, IDF, 0.5) == ""


def test_a_topic_before_a_colon_does_not_loosen_the_ask_after_it():
    assert typed_gap("Olen: wie is de burgemeester?", SENTENCES, IDF, 0.5) == "name"


def test_a_quantity_inside_what_was_said_about_is_no_value_asked():
    said = "Wat zeiden de deelnemers over het aantal mensen dat lokale besturen ter beschikking hebben?"
    assert asked_types(said) == []
    # asked outright, it is a count
    assert asked_types("Hoeveel mensen hebben lokale besturen ter beschikking?") == ["number"]
    # the frame asks about a topic; a count asked before it stays asked
    assert "number" in asked_types("Hoeveel mensen waren er, en wat zeiden de deelnemers over het aantal?")


def test_the_holder_of_a_post_is_a_name_with_or_without_its_article():
    assert asked_types("Wie is vandaag burgemeester van Olen?") == ["name"]
    assert asked_types("Is er een naam bekend van de vaste contactpersoon in Mollenkoeij?") == ["name"]
    # a predicate, not a post: "verantwoordelijk" asks who is responsible in the report's terms
    assert "name" not in asked_types("Wie is verantwoordelijk voor de opvolging van projecten?")


def test_which_one_got_the_most_is_a_ranking():
    assert asked_types("Welk voorstel kreeg de meeste stemmen?") == ["ranking"]
    assert "ranking" not in asked_types("Welke voorstellen kregen steun van de deelnemers?")


def test_a_compound_of_the_question_is_said_by_its_head_around_a_mention():
    # "stadsbestuur" is in no sentence, but the passage around Eeklo's mention speaks of "het bestuur"
    asked = "Welke functie verbindt in Eeklo de inwoners met het stadsbestuur?"
    assert passing_name(asked, SENTENCES, IDF, 0.5) == ""
    # a noun whose head the passage lacks stays a detail the mention does not give
    assert passing_name("Wat is de hoofdstad van Eeklo?", SENTENCES, IDF, 0.5) == "Eeklo"


def test_an_english_name_translates_the_inner_word_of_a_dutch_one():
    from pactrag.abstain import translated_names

    corpus = ["Het Open Ruimte Platform biedt een kader via programmawerking."]
    assert translated_names("How does the Open Space Platform work?", corpus) == {"Space"}
    # another last word: another name, not this one translated
    assert translated_names("What does the Open Space Agency do?", corpus) == frozenset()


def test_a_list_opened_by_a_colon_answers_how_many_of_what_it_lists():
    from pactrag.abstain import enumerates, on_topic_support

    lead = "Via de methodiek Continue – Start – Stop – Synergie brachten deelnemers in kaart: • Welke knelpunten …"
    idf = {"methodiek": 4.0, "continue": 4.0, "start": 3.0, "stop": 3.0, "synergie": 3.0, "soort": 3.0}
    assert enumerates(lead)
    asked = "Uit hoeveel soorten vragen bestond de methodiek Continue – Start – Stop – Synergie?"
    assert on_topic_support(asked, "number", [lead], idf) >= 0.5
    # a sentence of prose without a numeral gives no count
    assert not enumerates("De methodiek Continue – Start – Stop – Synergie werd gebruikt.")


def test_a_count_of_questions_or_days_measures_no_age():
    from pactrag.abstain import _MEASURED

    assert not _MEASURED.search("Uit hoeveel soorten vragen bestond de methodiek?")
    assert _MEASURED.search("Wat is de gemiddelde leeftijd van de deelnemers?")
    assert _MEASURED.search("What is the average age of the participants?")


def test_a_lead_in_before_a_colon_gets_no_missing_part_line():
    from pactrag.abstain import missing_part

    shown = SENTENCES[:1]  # "… nagelezen door de moderatoren."
    assert missing_part("Iets anders: wie heeft dit verslag nagelezen?", shown, IDF, SENTENCES) == ""
