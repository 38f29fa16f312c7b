"""Synthesis questions, session 9: themes across subfacets read by their meaning, the vision set
against today's practice, comparisons with a cited lead line per part."""

from pactrag.intent import across_frame_removed, analyse, asks_across, split_parts

TITLES = {
    "2.1": "Bouwen aan een gemeenschappelijke toekomst stad-platteland",
    "2.2": "Sterke en nabije besturen",
    "2.3": "Intergemeentelijke en interbestuurlijke samenwerking",
    "2.4": "Gebiedsgerichte en regionale aanpak",
    "2.5": "Gemeenschapskracht als hefboom",
}


def _sections(result):
    return {c.section_id for c in result.citations}


# -- a theme across subfacets: its frame words are no theme ---------------------------------------


def test_the_across_cue_and_the_verb_after_an_opening_question_word_are_no_theme_words():
    assert "plaats" not in analyse("Op welke plaatsen vraagt men een andere werkcultuur?", TITLES).topic
    topic = analyse("Hoe pleiten de tafels over de subfacetten heen voor kennisdeling?", TITLES).topic
    assert "pleit" not in topic and "heen" not in topic and "kennisdel" in topic
    assert (
        "belangrijk"
        not in analyse("Hoe belangrijk is vertrouwen in de verschillende subfacetten?", TITLES).topic
    )


def test_a_long_across_match_keeps_the_theme_it_spans():
    text = across_frame_removed(
        "Hoe komt het capaciteitsprobleem van kleine gemeenten terug in de subfacetten?"
    )
    assert "capaciteitsprobleem" in text


def test_english_and_dutch_across_cues_for_subfacets_places_and_more_than_one_table():
    assert asks_across("What part do volunteers play in the different subfacets?")
    assert asks_across("Which worries come back at more than one table?")
    assert asks_across("Komt dat bij meer dan één tafel terug?")
    assert not asks_across("Ik heb meer dan een vraag over vrijwilligers.")


# -- the vision set against today's practice ------------------------------------------------------


def _kinds(question):
    return [sorted(p.kinds) for p in split_parts(question, TITLES)]


def test_the_distance_between_today_and_the_vision_is_cut_into_the_practice_and_the_vision():
    assert _kinds("How far is today's practice of working together from the vision for it?") == [
        ["continue", "stop"],
        ["toekomstbeeld"],
    ]
    assert _kinds("How close are today's village initiatives to the 2050 picture of community strength?") == [
        ["continue", "stop"],
        ["toekomstbeeld"],
    ]
    assert _kinds("Hoe ver staan de dorpen vandaag af van het toekomstbeeld voor gemeenschapskracht?") == [
        ["continue", "stop"],
        ["toekomstbeeld"],
    ]
    assert _kinds("Strookt het beeld van sterke besturen met de knelpunten die men nu ervaart?") == [
        ["toekomstbeeld"],
        ["stop"],
    ]


def test_a_heading_set_before_how_far_the_practice_stands_from_it_is_the_vision():
    parts = split_parts(
        "Het streven naar een genetwerkt bestuursmodel: hoe ver staat de praktijk daar nog van af?", TITLES
    )
    assert [sorted(p.kinds) for p in parts] == [["continue", "stop"], ["toekomstbeeld"]]


def test_the_present_is_the_practice_only_beside_the_vision():
    # "what should replace the current way of working?" asks remedies, not what works and what not
    parts = split_parts(
        "What holds back cooperation between councils, and what should replace the current way?"
    )
    assert all(p.kinds != {"continue", "stop"} for p in parts)


def test_the_vision_and_todays_practice_get_their_sections(assistant):
    result = assistant.ask("How far are the villages today from the 2050 picture of community strength?")
    cited = _sections(result)
    assert "2.5.1" in cited and cited & {"2.5.3.1", "2.5.3.3"}


# -- a theme read by retrieval where its words miss ----------------------------------------------


def test_an_english_theme_in_words_the_report_lacks_is_answered_where_its_best_passages_are(assistant):
    # "merging municipalities" is "gemeentefusies" in the report; the nearest points' shared word
    # was an echo of other subfacets
    result = assistant.ask("Where do the participants talk about merging municipalities, table by table?")
    assert "2.2.3.3" in _sections(result) and len(result.citations) <= 3


def test_a_theme_answer_holds_retrievals_best_section(assistant):
    # the theme's words ("kennis", "delen") weigh other sections of stad-platteland higher than its
    # "Begeleiding en kennisdeling op maat" (the stemmer splits "kennisdeling" from "kennis"), which
    # retrieval ranks first; it joins in place of the weakest section at the limit
    result = assistant.ask(
        "Hoe pleiten de deelnemers over de tafels heen voor het delen van kennis tussen gemeenten?"
    )
    assert {"2.1.3.2", "2.2.3.2"} <= _sections(result)
    assert len(result.citations) <= 8
