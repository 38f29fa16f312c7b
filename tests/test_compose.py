"""Template-aware composition: the unit of an answer is what a section says."""

import re

import pytest
from conftest import TITLES

from pactrag import messages as M
from pactrag.compose import FACT_LIMIT, SAME_EXTRA, section_points, short_label
from pactrag.evals.metrics import GoldItem, hygiene
from pactrag.intent import analyse
from pactrag.retrieve import Filters

REPORT = "toekomstatelier-5"


def _points(answer):
    # a nested item (an item of the list its announcing sentence opens) is a point too
    return [line.lstrip()[2:] for line in answer.answer.splitlines() if line.lstrip().startswith("- ")]


# -- what a question asks for -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question,kinds,subfacets,items",
    [
        ("Welke goede praktijken zijn er rond dorpsraden?", {"continue"}, (), True),
        ("Wat houdt intergemeentelijke samenwerking tegen?", {"stop"}, ("2.3",), True),
        ("Welke synergiën noemde subfacet 2.4?", {"synergie"}, ("2.4",), True),
        ("Wat is Broodje Burger?", set(), (), False),
        ("Hoe kan de gebiedsgerichte en regionale aanpak opgeschaald worden?", {"start"}, ("2.4",), True),
    ],
)
def test_intent_names_kind_subfacet_and_item_request(question, kinds, subfacets, items):
    intent = analyse(question, TITLES)
    assert set(intent.kinds) == kinds and intent.subfacets == subfacets and intent.wants_items == items


def test_intent_sees_comparisons():
    assert analyse("Wat houdt burgerparticipatie tegen en hoe kan die opgeschaald worden?", TITLES).compare
    assert analyse("Hoe komt subsidiariteit terug in de verschillende subfacetten?", TITLES).compare
    assert not analyse("Wat doet de talentenbank in Aarschot?", TITLES).compare


# -- a section as points ------------------------------------------------------------------------


def test_a_sentence_that_refers_back_travels_with_its_antecedent(index):
    points = [p.text for p in section_points(index, REPORT, "2.5.3.1")]
    aarschot = next(p for p in points if "Aarschot" in p)
    assert "Dit initiatief wordt ondersteund door Saamo" in aarschot
    assert not any(p.startswith(("Dit ", "Deze ", "Daarbij ")) for p in points)
    leest = next(p for p in points if "dorpsconsulent een gelijkaardige rol" in p)
    assert "straatambassadeur" in leest  # "een gelijkaardige rol" needs the role it compares with


def test_the_participants_list_is_one_point_per_line(index):
    points = [p.text for p in section_points(index, REPORT, "bijlage")]
    assert len(points) >= 15 and not any(":" in p for p in points)
    assert "Agentschap Binnenlands Bestuur Algemeen Boerensyndicaat" in points


def test_an_adding_connective_travels_with_the_sentence_it_adds_to(index):
    # "Daarenboven" ("moreover") adds to the sentence before it, as "Bovendien" does: alone, the
    # point read as the start of the paragraph after it ("Dit probleem …"; session 10 review)
    points = [p.text for p in section_points(index, REPORT, "2.3.3.3")]
    assert not any(p.startswith("Daarenboven") for p in points)
    added = next(p for p in points if "Daarenboven leggen subsidiekaders" in p)
    assert added.startswith("Projecten worden zelden geëvalueerd")


def test_a_section_opening_with_a_reference_word_shows_its_heading_as_the_antecedent(index):
    # "Dit document heeft geen formele status." has nothing before it in its section but its
    # heading; pasted into a memo, "Dit document" would be the memo (session 8, cold9 hygiene)
    first = section_points(index, REPORT, "status-van-dit-document")[0]
    assert first.text.startswith("Status van dit document: Dit document heeft geen formele status.")
    assert first.sentences[0].startswith("Dit document")  # the quote stays the report's sentence
    later = section_points(index, REPORT, "2.5.3.1")
    assert not any(p.text.startswith("Goede praktijken") for p in later)  # its first point stands alone


def test_an_object_pronoun_after_a_preposition_travels_with_whom_it_names(index):
    points = [p.text for p in section_points(index, REPORT, "2.2.3.2")]
    assert not any(p.startswith("Door hen") for p in points)
    hen = next(p for p in points if "Door hen gericht op te leiden" in p)
    assert "Medewerkers met veel burgercontact" in hen  # "hen" are these employees


def test_a_possessive_after_an_opening_word_and_preposition_travels_with_whom_it_names(index):
    points = [p.text for p in section_points(index, REPORT, "2.5.3.4")]
    assert not any(p.startswith("Aansluiten bij hun leefwereld") for p in points)
    hun = next(p for p in points if "Aansluiten bij hun leefwereld" in p)
    assert "Ook jongeren verdienen" in hun  # "hun" are the young people
    vision = [p.text for p in section_points(index, REPORT, "2.3.1")]
    assert any(p.startswith("Gemeentebesturen combineren hun autonomie") for p in vision)  # owns "hun"


def test_a_connective_that_answers_the_sentence_before_travels_with_it(index):
    points = [p.text for p in section_points(index, REPORT, "2.2.3.3")]
    assert not any(p.startswith(("Maar ", "Er zijn echter")) for p in points)
    maar = next(p for p in points if "Maar waar kleine gemeenten dicht bij de burger staan" in p)
    assert maar.index("Maar waar") > 0  # after the sentence it contrasts with
    gebeurt = next(
        p for p in [q.text for q in section_points(index, REPORT, "2.2.3.2")] if "gebeurt dit vaak" in p
    )
    assert "participatie zelf moet structureel worden verankerd" in gebeurt  # what "dit" is


def test_a_label_comes_with_what_it_announces(index):
    points = [p.text for p in section_points(index, REPORT, "2.4.3.3")]
    top_down = next(p for p in points if p.startswith("Top-down beleid werkt tegen:"))
    assert "weerstand" in top_down  # the paragraph the label announces, not just its first sentence


def test_a_quotation_is_never_cut_and_loses_its_export_marker(index):
    points = [p.text for p in section_points(index, REPORT, "2.3.3.3")]
    quote = next(p for p in points if "sectoraal, sectoraal" in p)
    assert "Wanneer gaat dat stoppen?" in quote
    assert not any("Quote:" in p for p in points)


def test_points_are_verbatim_sentences_of_their_section(index):
    section = index.section_by_key[(REPORT, "2.3.3.3")]
    flat = re.sub(r"\s+", " ", section.text)
    for point in section_points(index, REPORT, "2.3.3.3"):
        for sentence in point.sentences:
            assert re.sub(r"\s+", " ", sentence) in flat


# -- item requests ------------------------------------------------------------------------------


def test_an_item_request_in_a_named_subfacet_returns_the_whole_section(assistant, index):
    result = assistant.ask("Welke goede praktijken werden genoemd bij gemeenschapskracht als hefboom?")
    assert result.answer.startswith(
        M.LEAD_ITEMS_ONE.format(kinds="goede praktijken", subfacet="Gemeenschapskracht als hefboom")
    )
    assert [c.section_id for c in result.citations] == ["2.5.3.1"]
    assert len(_points(result)) == len(section_points(index, REPORT, "2.5.3.1"))
    for name in ("Arktos", "Klimaatmakers", "talentenbank", "kinderdorpsraden", "Burgerbudgetten"):
        assert name in result.answer


def test_an_item_request_without_subfacet_is_grouped_per_subfacet(assistant):
    result = assistant.ask("Welke drempels werden er genoemd?")
    sections = [c.section_id for c in result.citations]
    assert sections == ["2.1.3.3", "2.2.3.3", "2.3.3.3", "2.4.3.3", "2.5.3.3"]
    headings = [line for line in result.answer.splitlines() if line.startswith("Drempels — ")]
    assert len(headings) == 5 and all(h.endswith("]:") for h in headings)  # plain text, no markup
    assert "*" not in result.answer


def test_a_comparison_of_two_kinds_answers_both_sides(assistant):
    result = assistant.ask(
        "Welke drempels en welke acties om op te schalen zijn er bij sterke en nabije besturen?"
    )
    assert {c.section_id for c in result.citations} == {"2.2.3.2", "2.2.3.3"}


def test_a_theme_across_subfacets_draws_on_several_subfacets(assistant):
    result = assistant.ask("Hoe komt kennisdeling tussen besturen terug in de verschillende subfacetten?")
    assert len({c.subfacet_id for c in result.citations}) >= 2


# -- citations and hygiene ----------------------------------------------------------------------


def test_one_number_per_section_with_all_its_quotes(assistant):
    result = assistant.ask("Welke drempels ervaren kleine gemeenten?")
    keys = [(c.report_id, c.section_id) for c in result.citations]
    assert len(keys) == len(set(keys)) and [c.n for c in result.citations] == list(range(1, len(keys) + 1))
    for c in result.citations:
        assert c.quote == c.quotes[0] and len(c.quotes) >= 1
        assert c.label == short_label(
            next(s for s in assistant.index.sections if s.section_id == c.section_id)
        )
        assert c.breadcrumb.startswith("Verslag toekomstatelier 5")


@pytest.mark.parametrize(
    "question",
    [
        "Welke goede praktijken zijn er rond dorpsraden?",
        "Wat houdt intergemeentelijke samenwerking tegen?",
        "Welke organisaties werken samen rond plattelandsontwikkeling?",
        "Wat doet de Vlaamse Landmaatschappij?",
    ],
)
def test_the_appendix_stays_out_of_answers_not_about_participants(assistant, question):
    result = assistant.ask(question)
    assert "bijlage" not in {c.section_id for c in result.citations}


def test_who_took_part_gets_the_appendix_but_how_many_gets_the_number(assistant):
    assert (
        assistant.ask("Welke organisaties namen deel aan het atelier?").citations[0].section_id == "bijlage"
    )
    assert "54" in assistant.ask("Hoeveel deelnemers namen deel aan het atelier?").answer


def test_a_participant_named_gets_its_appendix_lines_not_the_whole_list(assistant):
    # "Was X vertegenwoordigd?" showed all 18 merged lines; the line that answers now stands alone,
    # and a kind of participant ("provincies") gets its lines; an unnamed question the whole list
    from pactrag import messages as M

    named = assistant.ask("Was Saamo vertegenwoordigd op het atelier?").answer
    assert named.startswith(M.FRAMING_APPENDIX_MATCH) and "Saamo" in named
    assert "Provincie Limburg" not in named
    kinds = assistant.ask("Welke provincies namen deel aan het atelier?").answer
    assert kinds.count("- Provincie ") == 4 and "Gemeente Mol" not in kinds
    everyone = assistant.ask("Welke organisaties namen deel aan het atelier?").answer
    assert everyone.startswith(M.FRAMING_APPENDIX) and "Gemeente Mol" in everyone and "Saamo" in everyone


def test_hygiene_metric_sees_each_flaw():
    from pactrag.records import Answer, Citation

    def cite(n, section):
        return Citation(n, REPORT, "", section, "", "", "", "", None, "", "x", "")

    item = GoldItem("t", "?", ("2.2.3.1",), (), ("fact",))
    flawed = Answer(
        "?",
        "Lead:\n\n- Dit vraagt om een cultuuromslag. [1]\n- Op volgende vlakken: [1]\n- Quote: “x” [2]",
        (cite(1, "2.2.3.1"), cite(2, "2.2.3.1"), cite(3, "bijlage")),
        (),
        False,
        "extractive",
    )
    assert hygiene(item, flawed) == dict.fromkeys(
        ("dangling_reference", "orphan_announcement", "appendix_leak", "markup_leak", "duplicate_section"),
        True,
    )


def test_filters_still_shape_the_composed_answer(assistant):
    result = assistant.ask("Welke goede praktijken zijn er?", filters=Filters(subfacet_id="2.4"))
    assert {c.section_id for c in result.citations} == {"2.4.3.1"}


def test_solutions_beside_barriers_are_the_start_kind_but_alone_a_topic():
    assert {"stop", "start"} <= analyse("Zet de knelpunten naast de voorgestelde oplossingen.", TITLES).kinds
    assert "start" not in analyse("Welke oplossingen voor mobiliteit worden genoemd?", TITLES).kinds


def test_a_subject_with_two_sides_is_not_a_comparison():
    assert not analyse("Is het verschil tussen stad en platteland echt zo groot?", TITLES).compare
    assert analyse("Vergelijk de rol van de provincie met die van de gemeente.", TITLES).compare


def test_a_theme_answer_with_one_part_gets_the_plain_lead(assistant):
    result = assistant.ask("Vergelijk wat de deelnemers over taxicheques zeggen.")
    if len(result.citations) == 1:
        assert result.answer.startswith(M.LEAD_DEFAULT.removesuffix(":"))
    else:  # (session 9) a comparison in so many words leads with a cited line per part
        assert result.answer.startswith((M.LEAD_COMPARE, M.LEAD_COMPARE_PARTS))


# Everyday questions, several of which no section answers clearly. Which of them is a close call
# moves with the labelled questions (the one question this test asked flipped when cold12 joined
# the examples), so the test asks several and checks every close call among them.
EVERYDAY_QUESTIONS = (
    "Hoe krijg je mensen die nooit naar inspraakavonden komen toch aan het woord?",
    "Hoe hou je ouderen zonder internet betrokken bij de gemeente?",
    "Wat helpt om jongeren te laten meepraten in het dorp?",
    "Hoe kan de provincie gemeenten helpen samenwerken?",
    "Hoe zorg je dat buren elkaar meer helpen?",
    "Waarom haken vrijwilligers af?",
)


def test_a_close_call_says_so_and_names_the_next_sections(assistant):
    # everyday words: no section leads the others clearly (compose.CLOSE_MARGIN); a close call the
    # calibrated confidence doubts says so in the hedged lead (hedge16) and still names the next ones
    unsure = [
        a
        for a in map(assistant.ask, EVERYDAY_QUESTIONS)
        if a.answer.startswith(M.LEAD_UNSURE.removesuffix(":"))
        or (a.answer.startswith(M.HEDGE_LEAD) and M.SEE_ALSO.split("{")[0] in a.answer)
    ]
    assert unsure, "none of the everyday questions was a close call"
    for answer in unsure:
        see_also = answer.answer.split("\n")[-1]
        # the next two sections among the sources; fewer when the sources hold fewer (the subfacet
        # prior can fill them with one subfacet's chunks)
        assert see_also.startswith(M.SEE_ALSO.split("{")[0]) and 1 <= see_also.count("§") <= 2
        cited = {c.section_id for c in answer.citations}
        assert not any(f"§{s} " in see_also for s in cited)  # only sections the answer does not cite


def test_a_clear_best_section_gets_the_plain_lead(assistant):
    answer = assistant.ask("Hoeveel deelnemers waren er op dit toekomstatelier?")
    assert (
        answer.answer.startswith(M.LEAD_DEFAULT.removesuffix(":"))
        and M.SEE_ALSO.split("{")[0] not in answer.answer
    )


def test_a_one_section_answer_names_its_section_in_the_lead(assistant):
    # no heading is shown above the points of a one-section answer, so "Dit zegt het verslag
    # hierover:" said nothing of where they stand (answers14: 22 of 40 answers read had such a lead)
    answer = assistant.ask("Wat is Broodje Burger?")
    lead = answer.answer.split("\n")[0]
    assert len({c.section_id for c in answer.citations}) == 1
    section = answer.citations[0].section_id
    assert lead.startswith(M.LEAD_DEFAULT.removesuffix(":") + ", in ‘") and lead.endswith(f"(§{section}):")
    assert "Sterke en nabije besturen" in lead


def test_the_lead_of_an_answer_in_parts_stays_generic():
    from pactrag.compose import placed_lead

    assert placed_lead(M.LEAD_SEVERAL, None) == M.LEAD_SEVERAL  # type: ignore[arg-type]


def test_the_citation_quotes_the_point_that_answers_best_not_the_sections_first_sentence(assistant):
    answer = assistant.ask("Hoeveel deelnemers waren er op dit toekomstatelier?")
    assert "54 deelnemers" in answer.citations[0].quote
    assert len(answer.citations[0].quotes) >= 2  # every quoted sentence stays for highlighting


def test_a_direct_question_naming_a_subfacet_is_answered_from_it(assistant):
    answer = assistant.ask(
        "Wat is de kernboodschap van het toekomstbeeld over gemeenschapskracht als hefboom?"
    )
    assert {c.section_id[:3] for c in answer.citations} == {"2.5"}


def test_a_direct_answer_leaves_out_sections_retrieval_ranks_far_below_the_best(assistant):
    answer = assistant.ask("Welke status heeft dit verslag?")
    assert [c.section_id for c in answer.citations] == ["status-van-dit-document"]


def test_a_line_ending_in_its_own_semicolon_gets_no_second_one(index):
    points = [p.text for p in section_points(index, REPORT, "1")]
    assert not any(";;" in p or "; ;" in p for p in points)
    assert any("(continue); Welke nieuwe acties" in p for p in points)


def test_a_bullet_too_short_to_be_a_point_joins_the_one_before(index):
    # "Doorbreken van verkokering." (three words) was dropped, so no point of §2.4.2 held the theme
    from pactrag.compose import section_points

    rid = index.sections[0].report_id
    texts = [p.text for p in section_points(index, rid, "2.4.2")]
    assert any("geïntegreerde benadering" in t and "Doorbreken van verkokering" in t for t in texts)


def test_a_why_question_also_gets_the_sentence_that_gives_the_reason(assistant):
    # the sentence sharing the question's words only states what is asked about; the reason follows
    answer = assistant.ask("Waarom zou men de bestaande regiostructuren stroomlijnen?")
    points = _points(answer)
    assert any("regiostructuren essentieel" in p for p in points)
    assert any("schaalvoordelen benutten" in p for p in points)


def test_a_direct_question_also_gets_the_next_sentence_of_the_best_points_paragraph(assistant):
    # not only why/how: the sentence naming what is asked about is followed by what it leads to
    points = _points(assistant.ask("Wat zegt het verslag over verkiezingen en coalitiewissels?"))
    assert any("coalitiewissels" in p for p in points)
    assert any(p.startswith("Projectopvolging is dan vaak afhankelijk van goodwill") for p in points)


def test_the_next_sentence_crosses_a_line_break_that_cut_a_one_sentence_paragraph(assistant):
    # the parser starts a paragraph at every line that ends a sentence: "Kleine gemeenten hebben …"
    # and "Extra (financiële) ondersteuning …" became two paragraphs of one sentence each
    points = _points(assistant.ask("Wat ontbreekt kleine gemeenten om hun bestuurskracht te garanderen?"))
    assert any(p.startswith("Kleine gemeenten hebben vaak onvoldoende middelen") for p in points)
    assert any("provincies en intercommunales een rol kunnen spelen" in p for p in points)


def test_the_continuation_crosses_a_line_break_after_a_longer_point(assistant):
    # "Top-down beleid werkt tegen: …" is a labelled point of two sentences; the parser cut its
    # paragraph where a line ended a sentence, and the reason ("te theoretisch …") came after it
    points = _points(assistant.ask("Wat maakt top-down beleid zo moeilijk bij gebiedsgerichte werkingen?"))
    assert points[0].startswith("Top-down beleid werkt tegen:")
    assert any("te theoretisch opgevat" in p for p in points)


def test_the_continuation_takes_a_second_short_sentence(assistant):
    # "Vooral mensen in armoede …" names the gap; how it is closed is the sentence after it (since
    # session 9 one point with it: "… om deze kloof te verkleinen" points back to the gap)
    points = _points(assistant.ask("Hoe verkleinen gemeenten de afstand tot mensen in armoede?"))
    assert any("Persoonlijk contact en informele benaderingen" in p for p in points)


def test_the_continuation_follows_the_list_the_best_point_opens(assistant):
    # the label "Kernpunten van de discussie:" and its first bullet answer best; the next bullet is
    # the fact asked
    points = _points(
        assistant.ask(
            "Welke thema's verbinden stad en platteland volgens de kernpunten van de gesprekstafel?"
        )
    )
    assert any(p.startswith("Thema's als voedsel, water") for p in points)


def test_the_continuation_takes_the_bullet_after_a_label_without_a_colon(assistant):
    # "Samenwerken loont maar de capaciteitsproblemen zijn fundamenteel" heads its bullets without
    # a colon: the second bullet says which problem is fundamental
    points = _points(
        assistant.ask("Wat blijft een fundamenteel probleem ook al loont samenwerken tussen gemeenten?")
    )
    assert any(p.startswith("Tegelijkertijd kampen alle plattelandsgemeenten") for p in points)


def test_a_direct_answer_shows_the_sentence_its_best_point_continues(assistant):
    # the best point ("Medewerkers met veel burgercontact …") continues the paragraph's opening
    # sentence, which names what is asked ("ambassadeurs")
    points = _points(
        assistant.ask(
            "Hoe worden loketmedewerkers en mensen van de groendienst een vast aanspreekpunt voor inwoners?"
        )
    )
    assert any(
        p.startswith("Daarnaast is het belangrijk om in te zetten op gemeentemedewerkers") for p in points
    )


def test_no_lead_in_before_a_point_that_opens_a_labelled_paragraph(assistant):
    # "Investeer in een structuur … tussen stad en platteland: een entiteit …" has a long label of
    # its own; "Dialoog en zichtbaarheid vergroten …: …" before it is a sibling, not its context
    answer = assistant.ask("Welk land dient als voorbeeld voor een entiteit voor territoriale ontwikkeling?")
    assert "Frankrijk" in answer.answer
    assert "Dialoog en zichtbaarheid vergroten" not in answer.answer


def test_a_lead_in_that_itself_refers_back_is_not_shown(index):
    from pactrag.compose import _REFERS_BACK

    first = section_points(index, REPORT, "status-van-dit-document")[0]
    assert _REFERS_BACK.search(first.sentences[0])  # "Dit document heeft geen formele status."


def test_the_continuation_stops_at_a_sentence_that_opens_the_next_topic(index):
    from pactrag.compose import _NEXT_TOPIC

    points = section_points(index, REPORT, "2.2.3.3")
    openers = [p.text for p in points if _NEXT_TOPIC.match(p.text)]
    assert any(t.startswith("Tot slot is er sprake van een beperkte participatiecultuur") for t in openers)
    assert any(t.startswith("Daarnaast vraagt de kloof") for t in openers)
    assert not any(t.startswith("Kleine gemeenten hebben") for t in openers)


def test_a_continuation_never_crosses_into_a_bullet_or_a_labelled_paragraph(index):
    from pactrag.compose import _runs_on

    points = section_points(index, REPORT, "2.4.2")  # one-sentence bullets, one after the other
    assert not any(_runs_on(a.last_paragraph, b) for a, b in zip(points, points[1:], strict=False))
    points = section_points(index, REPORT, "2.4.3.3")  # labelled paragraphs ("Top-down beleid …:")
    labelled = [b for a, b in zip(points, points[1:], strict=False) if _runs_on(a.last_paragraph, b)]
    assert not any(b.text.startswith(("Top-down", "De rol van taal", "Een te enge")) for b in labelled)


def test_a_numbered_item_keeps_its_number_and_the_list_its_items(index):
    points = section_points(index, REPORT, "1")
    assert any(p.text.startswith("2. Verdieping van de subfacetten") for p in points)
    assert any(p.text.startswith("3. Aanvulling op verdieping") for p in points)
    assert {p.block for p in points} == {0}  # "… in 3 stappen:" announces all three
    assert any("(stop); Waar er kansen" in p.text for p in points)  # a ";"-list ends in its "." item


def test_a_labelled_block_of_bullets_is_one_list_and_a_plain_sentence_closes_it(index):
    points = section_points(index, REPORT, "2.1.3")
    label = next(p for p in points if p.text.startswith("Uitdagingen:"))
    items = [p.text for p in points if p.block == label.position]
    assert len(items) == 3 and items[-1].startswith("Capaciteitsverschillen")
    assert points[-1].block == -1  # "De discussie eindigt …" belongs to no list


def test_a_list_question_gets_the_whole_list_its_label_names(assistant):
    points = _points(assistant.ask("Welke uitdagingen kwamen aan de gesprekstafel stad-platteland op tafel?"))
    for item in ("Complexiteit van de materie", "sectoraal zijn ingericht", "Capaciteitsverschillen"):
        assert any(item in p for p in points)
    assert not any("gemeenschappelijke taal" in p for p in points)  # the next list is another one
    assert not any(p.startswith("De discussie eindigt") for p in points)  # the list alone


def test_a_list_named_by_the_question_is_no_close_call(assistant):
    answer = assistant.ask("Welke kernpunten kwamen uit de discussie over stad en platteland?")
    assert not answer.answer.startswith(M.LEAD_UNSURE[:30])
    # "Kernpunten van de discussie:" with its four items nested under it (session 15, shape16)
    assert len(_points(answer)) == 5
    assert sum(line.startswith("  - ") for line in answer.answer.splitlines()) == 4


def test_a_labelled_paragraph_is_not_a_list(index):
    from pactrag.compose import named_list

    # "Gericht inzetten van middelen en regiodeals:" heads one item, not a list of regiodeals
    section, items = named_list("Wat zijn de regiodeals?", (REPORT, "2.3.3.2"), index)
    assert section is None and items == []


def test_a_counted_list_is_read_as_a_list_and_found_outside_the_kind_it_names(assistant):
    # "toekomstbeeld" names a kind, but the five facets are the introduction's list
    answer = assistant.ask("Wat zijn de vijf kernfacetten van het toekomstbeeld?")
    assert [c.section_id for c in answer.citations] == ["inleiding"]
    steps = _points(assistant.ask("Wat waren de drie stappen van het atelier?"))
    assert any(p.startswith("3. Aanvulling") for p in steps)


def test_a_label_lower_in_the_ranking_does_not_replace_the_answer(assistant):
    # "Kennisdeling en lerende netwerken:" (2.4.3.2) shares a word but names no "figuur"
    answer = assistant.ask("Welke bovenlokale figuur kan volgens het verslag kennisdeling bevorderen?")
    assert any("Bouwmeester" in p for p in _points(answer))


def test_a_subfacet_named_only_by_topic_words_does_not_shut_out_the_best_passage(assistant):
    # "interbestuurlijke samenwerking" is words of subfacet 2.3's title, but the answer is in 2.4
    # ("Interbestuurlijke samenwerking Zuid-West-Vlaanderen: Hier heerst een traditie van
    # samenwerking"). Several phrasings: whether retrieval puts 2.4.3.1 or 2.3.1 first moves with the
    # labelled data (one flipped when cold14 joined); every one it puts outside 2.3 must lead the answer.
    questions = (
        "Welke regio kent een traditie van interbestuurlijke samenwerking?",
        "In welke regio heerst een traditie van interbestuurlijke samenwerking?",
        "Waar heerst er al een traditie van interbestuurlijke samenwerking?",
        "Welke streek heeft een traditie van interbestuurlijke samenwerking?",
    )
    outside = 0
    for question in questions:
        answer = assistant.ask(question)
        best = answer.sources[0].chunk
        if best.subfacet_id != "2.3":
            outside += 1
            assert answer.citations[0].section_id == best.section_id, question
            assert any("Zuid-West-Vlaanderen" in p for p in _points(answer)), question
    assert outside >= 2  # the rule is exercised, not skipped


def test_a_question_pointing_at_a_subfacet_is_answered_from_it(assistant):
    answer = assistant.ask(
        "Geef een voorbeeld van een drempel uit het subfacet over de gebiedsgerichte aanpak."
    )
    assert {c.section_id[:3] for c in answer.citations} == {"2.4"}


def test_a_kind_word_that_names_the_subject_does_not_override_the_best_passage(assistant):
    # "synergie" is named, but the overlap is a barrier (2.4.3.3), not one of the synergy sections
    answer = assistant.ask("Tussen welke programma's bestaat overlap zonder dat de synergie benut wordt?")
    assert [c.section_id for c in answer.citations] == ["2.4.3.3"]
    assert any("LEADER" in p for p in _points(answer))


def test_a_labelled_paragraph_is_answered_whole_not_by_its_first_sentence(assistant):
    answer = assistant.ask("Wat is de kernboodschap van het toekomstbeeld voor de gebiedsgerichte aanpak?")
    points = _points(answer)
    assert points[0].startswith("Kernboodschap toekomstbeeld: Actuele opgaven")
    assert any("regionale aanpak op maat" in p for p in points)


def test_a_near_best_point_of_the_best_section_may_pass_the_limit(assistant):
    # four sibling sentences of 2.1.2 score a hair above the one that answers; it joins as a fifth
    answer = assistant.ask(
        "Wat ontbreekt er volgens de deelnemers nog aan het toekomstbeeld stad-platteland?"
    )
    points = _points(answer)
    assert any("financiële waardering" in p for p in points)
    assert len(points) <= FACT_LIMIT + SAME_EXTRA


@pytest.mark.parametrize(
    "section,sentence,before",
    [
        ("2.1.3.3", "Beter zou zijn om dit in één overkoepelende", "schuilt het risico"),
        ("2.2.3.3", "Lokale loketwerking en eerstelijnscontacten blijven daarom", "vergroot dit de afstand"),
        ("2.3.3.2", "De Nederlandse Regiodeals zijn een voorbeeld van zo’n", "Gerichte subsidies zijn nodig"),
        ("2.3.3.2", "Zulke financiële stimulansen", "Gerichte subsidies zijn nodig"),
        ("2.3.3.3", "Er is dan ook nood aan een eenvoudig", "ongelijk speelveld"),
        ("2.5.3.4", "Het is dan ook cruciaal hun inzet te erkennen", "Vrijwilligers spelen hierin"),
        ("2.4.3.3", "Vertrouwen en betrokkenheid van lokale actoren ontstaan immers", "botst op weerstand"),
    ],
)
def test_a_reference_inside_a_sentence_carries_the_sentence_it_refers_to(index, section, sentence, before):
    # "daarom"/"dan ook" mid-sentence, "zo'n", "Zulke", "om dit": the point is shown with its antecedent
    point = next(p for p in section_points(index, REPORT, section) if sentence in p.text)
    assert before in point.text and point.text.index(before) < point.text.index(sentence)
