"""Direct questions whose fact sat beside the points shown (session 10): a count asked is answered
by the sentence that gives the number, a question about the workshop itself by its method, and
the sentence that continues a labelled item across a line-end break brings its label."""

from __future__ import annotations

import numpy as np

from pactrag import compose
from pactrag.compose import _labelled_body, _states_count, section_points
from pactrag.intent import analyse
from pactrag.retrieve import subfacet_titles

REPORT = "toekomstatelier-5"


def test_a_count_is_a_number_the_question_does_not_hold_not_a_year_date_or_list_number():
    assert _states_count("Het toekomstatelier werd opgedeeld in 3 stappen:", "In hoeveel delen?")
    assert _states_count("… opgebouwd rond vijf kernfacetten:", "Uit hoeveel onderdelen?")
    assert _states_count("In dit toekomstatelier waren er 54 deelnemers.", "Hoeveel mensen?")
    assert not _states_count("een schitterend platteland in 2050", "Hoeveel … in 2050?")
    assert not _states_count("Op maandag 16 juni vond in de Pastorij …", "Hoeveel?")
    assert not _states_count("1. Aanvulling van het toekomstbeeld", "Hoeveel?")
    assert not _states_count("Verdieping (zie 2.4.3.2)", "Hoeveel?")
    assert not _states_count("Na drie jaar", "Na drie jaar of na hoeveel?")  # the question's own


def test_a_count_asked_is_answered_by_the_sentence_that_gives_the_number(assistant):
    # "fasen" is no word of §1, whose "opgedeeld in 3 stappen" ranked below the introduction's
    # other numbers (cold5 c5q160)
    answer = assistant.ask("In hoeveel fasen was de dag in Olen opgedeeld?")
    assert "3 stappen" in answer.answer


def test_a_count_asked_with_kind_words_is_no_whole_section(index, assistant):
    # "het inspirerende beeld" reads as good practices and vision: two whole sections, no count
    question = "Uit hoeveel kernonderdelen bestaat het inspirerende beeld van het platteland in 2050?"
    intent = analyse(question, subfacet_titles(index), index.idf)
    assert compose.asks_count(question, intent)
    answer = assistant.ask(question)
    assert "vijf kernfacetten" in answer.answer
    assert "Verbindende thema’s als basis voor samenwerking" not in answer.answer


def test_a_list_asked_with_hoeveel_and_welke_keeps_its_items(index):
    question = "Hoeveel en welke drempels noemden ze bij sterke en nabije besturen?"
    intent = analyse(question, subfacet_titles(index), index.idf)
    assert intent.wants_items and not compose.asks_count(question, intent)


def test_a_question_about_the_workshop_across_its_tables_is_answered_by_its_method(assistant):
    # "aan de verschillende gesprekstafels" read as a theme across the subfacets (cold8 c8q003)
    answer = assistant.ask("Wat diende als leidraad voor de gesprekken aan de verschillende gesprekstafels?")
    assert "Inspirerende praktijken uit het veld vormden een leidraad" in answer.answer
    assert [c.section_id for c in answer.citations] == ["1"]


def test_a_theme_across_the_subfacets_stays_one(assistant):
    answer = assistant.ask("Welke rol speelt vertrouwen in de verschillende subfacetten?")
    assert len({c.section_id for c in answer.citations}) > 1


def test_a_sentence_running_on_from_a_labelled_item_brings_the_label(index):
    points = section_points(index, REPORT, "2.4.3.3")
    label = next(p for p in points if p.text.startswith("Een te enge focus op doelgerichte besteding"))
    euro = next(p for p in points if p.text.startswith("Elke euro moet expliciet"))
    assert euro.position == label.position + 1 and euro.paragraph > label.paragraph
    assert _labelled_body(label, euro)
    # … but not a plain sentence before it: "De focus op afvinkbare resultaten …" after a quote
    focus = next(p for p in points if p.text.startswith("De focus op afvinkbare resultaten"))
    assert not _labelled_body(points[focus.position - 1], focus)


def test_the_label_of_the_best_point_joins_the_answer(assistant):
    answer = assistant.ask(
        "Wat loopt er mis als elke uitgegeven euro aan één afzonderlijk doel gekoppeld moet worden?"
    )
    assert "administratieve last" in answer.answer


def test_a_direct_answer_opens_with_the_section_and_point_that_answer(assistant):
    # a kind named that is not its subfacet's first in report order: the barriers' sentence that
    # answers comes first, not behind the Opschaling section the kind reading added (session 12)
    result = assistant.ask(
        "Wat kan er volgens de drempels stad-platteland gebeuren met een goedkeuring door de gemeente?"
    )
    first = next(line for line in result.answer.splitlines() if line.startswith("- "))
    assert "tegengehouden" in first
    # a lead naming the kinds names them in the order shown: the barriers first, then the actions
    lead = result.answer.splitlines()[0]
    assert "drempels" in lead
    assert "op te schalen" not in lead or lead.index("drempels") < lead.index("op te schalen")


def test_a_moved_point_keeps_the_list_head_it_is_an_item_of():
    from pactrag.compose import Point, _lead_run

    def point(position: int, text: str, block: int = -1) -> Point:
        return Point(text, (text,), position, np.zeros((0, 0)), block=block)

    head, one, two, other = point(0, "Uitdagingen:"), point(1, "a", 0), point(2, "b", 0), point(3, "c")
    assert _lead_run(two, [head, one, two, other]) == [head, one, two]
    loose, back = point(0, "Er is een kloof."), point(1, "Dit vraagt aandacht.")
    assert _lead_run(back, [loose, back]) == [loose, back]


def test_a_question_naming_a_practice_by_its_heading_line_opens_with_its_lines(index, assistant):
    from pactrag.compose import Group, Point, _named_first

    def point(position: int, *sentences: str) -> Point:
        return Point(" ".join(sentences), sentences, position, np.zeros((0, 0)))

    platform = point(
        0, "• Programma’s Open Ruimte Platform", "• Het samenbrengen van verschillende stakeholders"
    )
    deals = point(1, "Regiodeals", "• Instrument in Nederland", "• Een contract tussen overheden en partners")
    calendar = point(2, "Landbouwkalender in de Westhoek", "• Gemeentes, OCMW’s, mutualiteiten, CAW")
    section = index.sections[0]
    groups = [Group(section, index.chunks[0], (platform, deals, calendar))]
    idf = {"regiodeal": 5.0, "landbouwkalender": 5.0, "westhoek": 5.0, "partij": 1.0}
    # the practice the question names by its heading leads; the others keep their order
    shown = _named_first(groups, "Tussen welke partijen wordt een Regiodeal afgesloten?", idf)
    assert shown[0].points == (deals, platform, calendar)
    assert _named_first(groups, "In welke streek loopt de Landbouwkalender?", idf)[0].points[0] is calendar
    # a question naming none of them changes nothing, nor one naming a label the template repeats
    assert _named_first(groups, "Welke partijen werken samen?", idf) == groups
    template = frozenset({"Regiodeals"})
    assert _named_first(groups, "Hoe werkt een Regiodeal?", idf, template) == groups
    # the point moves once, with its items ("Kernpunten van de discussie:" stood twice)
    label = Point("Kernpunten:", ("Kernpunten:",), 0, np.zeros((0, 0)), block=0)
    item = Point("• Een punt", ("• Een punt",), 1, np.zeros((0, 0)), block=0)
    other = point(2, "Een zin die iets anders zegt.")
    listed = [Group(section, index.chunks[0], (other, label, item))]
    assert _named_first(listed, "Wat zijn de kernpunten?", {"kernpunt": 3.0})[0].points == (
        label,
        item,
        other,
    )
    # through the product: a list shown whole opens with the practice asked about
    answer = assistant.ask(
        "Op welke schaal leggen partners in een Regiodeal hun doelen en geldafspraken vast?"
    )
    first = next(line for line in answer.answer.splitlines() if line.startswith("- "))
    assert "Regiodeals" in first
