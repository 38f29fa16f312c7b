"""A list stays a list (session 15, shape16): an announcing sentence and the items of its list shown
are one point, the items nested under it in the report's order, never glued into its line; a labelled
item stays whole with its explanation; the points chosen are the same."""

from __future__ import annotations

from pactrag import compose
from pactrag.compose import section_points
from pactrag.evals.metrics import fact_first

REPORT = "toekomstatelier-5"


def _lines(points):
    return compose._nested_lines(points, 1)


def test_the_announcing_sentence_is_split_from_its_first_item_and_the_items_nest_under_it(index):
    points = section_points(index, REPORT, "2.1.3.4")
    head = next(p for p in points if p.text.startswith("Algemeen kan gesteld worden"))
    items = [p for p in points if p.list_head == head.position]
    lines = _lines([head, *items])
    assert lines[0].startswith("- Algemeen kan gesteld worden") and lines[0].endswith("volgende vlakken: [1]")
    assert "Integraal systeemdenken" not in lines[0]
    assert [line.split(":")[0] for line in lines[1:]] == [
        "  - Integraal systeemdenken",
        "  - Efficiënt gebruik van middelen",
        "  - Meer draagvlak en win-win",
        "  - Ruimte voor maatwerk",
    ]


def test_items_nest_in_report_order_where_the_first_of_them_stands(index):
    points = section_points(index, REPORT, "2.1.3.4")
    head = next(p for p in points if p.text.startswith("Algemeen kan gesteld worden"))
    last = max((p for p in points if p.list_head == head.position), key=lambda p: p.position)
    other = points[0]  # "Voedsel, water en natuur: …", a labelled item of its own
    lines = _lines([last, other, head])  # the answering item first, as ``_lead_run`` may put it
    assert lines[0].startswith("- Algemeen kan gesteld worden")
    assert lines[1].startswith("  - Integraal systeemdenken")  # the head's own first item
    assert lines[2].startswith("  - Ruimte voor maatwerk")
    assert lines[3].startswith("- Voedsel, water en natuur: Thema’s als voedselproductie")  # whole


def test_a_bullets_second_paragraph_continues_its_item_and_keeps_the_list_open(index):
    # the parser starts a paragraph at a line end: "Gemeenten worden aangemoedigd …" continues the
    # participatieladder item, and the four building blocks after it are still items of the list
    points = section_points(index, REPORT, "2.5.3.2")
    head = next(p for p in points if p.text.startswith("De samenwerking omvat:"))
    members = [p for p in points if p.list_head == head.position]
    assert sum(not p.continues for p in members) == 5  # with the head's own first item: six blocks
    assert any(p.continues and p.text.startswith("Gemeenten worden aangemoedigd") for p in members)
    assert not any(p.text.startswith("Er wordt gepleit") for p in members)  # prose after the list
    lines = _lines([head, *members])
    assert len(lines) == 7
    assert "Werken met de participatieladder" in lines[2] and "Gemeenten worden aangemoedigd" in lines[2]
    assert lines[-1].startswith("  - Subsidiariteit:")
    # presentation only: the composer's blocks are as before
    assert all(p.block == -1 for p in members if p.text.startswith("Subsidiariteit"))


def test_a_label_with_prose_is_one_labelled_item_not_split(index):
    points = section_points(index, REPORT, "2.1.3.1")
    label = next(p for p in points if p.text.startswith("Gebiedsgerichte kennis en data:"))
    assert compose._split_head(label) is None
    assert _lines([label]) == [f"- {label.text} [1]"]


def test_a_numbered_list_nests_its_steps(index):
    points = section_points(index, REPORT, "1")
    lines = _lines(points)
    assert lines[0] == "- Het toekomstatelier werd opgedeeld in 3 stappen: [1]"
    assert [line[:6] for line in lines[1:4]] == ["  - 1.", "  - 2.", "  - 3."]


def test_fact_first_reads_the_first_point_with_its_nested_items():
    text = "Lead:\n\n- De samenwerking omvat: [1]\n  - Subsidiariteit: beslissingen … [1]\n- Iets anders [1]"
    assert fact_first(text, [["Subsidiariteit"]])
    assert not fact_first(text, [["Iets anders"]])


def test_the_answering_points_paragraph_follows_it_then_the_rest_in_report_order(index):
    points = section_points(index, REPORT, "2.2.3.3")
    shown = [points[0], points[8], points[9], points[10], points[12]]
    group = compose._group(index, index.section_by_key[(REPORT, "2.2.3.3")], shown)
    led = compose._led_by([group], 0, points[10])[0].points  # "Grotere structuren …" answers
    assert [p.position for p in led] == [10, 8, 9, 0, 12]  # "Verder heerst er spanning …" right after it


def test_an_answering_continuation_that_leads_alone_keeps_the_first_line(index):
    points = section_points(index, REPORT, "2.5.3.2")
    head = next(p for p in points if p.text.startswith("De samenwerking omvat:"))
    answering = next(p for p in points if p.text.startswith("Generatiewissel"))
    members = [p for p in points if p.list_head == head.position and p is not answering]
    lines = _lines([answering, head, *members])
    assert lines[0].startswith("- Generatiewissel binnen het vrijwilligerswerk")
    assert lines[1].startswith("- De samenwerking omvat:")
    assert sum("Generatiewissel" in line for line in lines) == 1


def test_a_sentence_after_the_list_stands_on_its_own_line_not_as_an_item(index):
    # the Inleiding's five facets and the sentence that names them, one point of pieces: the
    # sentence after the last bullet is no sixth facet
    points = section_points(index, REPORT, "inleiding")
    facets = next(p for p in points if p.text.startswith("Het traject naar een Plattelandspact"))
    lines = compose._point_lines(facets, 1)
    assert sum(line.startswith("  - ") for line in lines) == 5
    assert lines[-1].startswith("- Voor elk van deze facetten")
    assert compose._after_list(facets, facets.pieces[1:]) == 1
