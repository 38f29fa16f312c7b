"""Lists asked whole and themes set in two places (session 8): the composition's reading."""


def _sections(result):
    return {c.section_id for c in result.citations}


def _lines(result):
    return [line for line in result.answer.splitlines() if line.startswith("- ")]


def test_a_request_for_every_item_gets_the_best_section_whole(assistant):
    # "voorstellen" is no kind the rules read: the answer comes from the best passages, and the
    # best section showed 3 of its 5 actions (cold8 c8q080)
    result = assistant.ask(
        "Geef de volledige reeks voorstellen om het samenspel tussen stedelijke en landelijke gebieden groter te maken."
    )
    assert "2.1.3.2" in _sections(result)
    for item in (
        "plattelandslabo",
        "Dialoog en zichtbaarheid",
        "territoriale ontwikkeling",
        "structurele (en flexibele)",
    ):
        assert item in result.answer


def test_everything_said_about_a_topic_is_not_a_whole_section(assistant):
    # a topic lives in a few points of several sections: a whole section buried them (v2q187)
    result = assistant.ask("Wat zegt het verslag allemaal over kinderen en jongeren?")
    assert len(_lines(result)) < 15


def test_a_kind_asked_in_a_subfacet_named_by_its_title_is_what_is_asked(assistant):
    # its barriers ranked first and answered an Opschaling question (cold8 c8q082)
    result = assistant.ask(
        "Welke sporen om interbestuurlijke samenwerking op te schalen worden allemaal genoemd?"
    )
    assert "2.3.3.2" in _sections(result)


def test_a_theme_in_two_places_one_named_in_everyday_words(assistant):
    # "bij samenwerking tussen besturen" is 2.3 in everyday words; it was answered in 2.4, the
    # place the other half named by its title (cold7 c7q103)
    result = assistant.ask(
        "Welke rol speelt vertrouwen, zowel bij samenwerking tussen besturen als bij de gebiedsgerichte aanpak?"
    )
    cited = _sections(result)
    assert "2.3.3.3" in cited and cited & {"2.4.3.2", "2.4.3.3"}


def test_an_inline_label_keeps_the_sentences_that_explain_its_item(index):
    # "Energie en klimaat: … . Samenwerking tussen stad en platteland maakt …" made two points:
    # a list of 2.1.3.4's domains had 14 lines for 10 items (session 7 review)
    from pactrag.compose import section_points

    report = index.reports[0].report_id
    points = [p.text for p in section_points(index, report, "2.1.3.4")]
    energy = next(p for p in points if p.startswith("Energie en klimaat:"))
    assert "gezamenlijke klimaatadaptatie" in energy
    assert not any(p.startswith("Samenwerking tussen stad en platteland maakt") for p in points)


def test_a_theme_in_two_places_named_by_title_words_is_found_in_each(assistant):
    # the places' own words drew each place's vision and additions, and the stad-platteland part
    # was reported missing although its section was shown (cold8 c8q102)
    result = assistant.ask(
        "Hoe komt vervoer voor plattelandsbewoners aan bod, zowel bij stad-platteland als bij de nabije besturen?"
    )
    cited = _sections(result)
    assert "2.1.3.4" in cited and cited & {"2.2.3.1", "2.2.3.4"}
    assert "zegt het verslag hier niets" not in result.answer


def test_an_ask_no_passage_takes_up_is_quoted_not_declared_absent_from_the_report(assistant):
    # the ask's words are missing from the sections, which does not prove the report silent:
    # "Over vakbonden zegt het verslag hier niets." read as a claim about the report, and asks cut
    # at a verb gave "Over wekt …" (session 8); the line quotes the ask as the question put it
    result = assistant.ask("Welke rol krijgen de provincies en welke rol krijgen de vakbonden?")
    assert "Bij je vraag ‘welke rol krijgen de vakbonden?’ vond ik geen passage" in result.answer
    assert "zegt het verslag hier niets" not in result.answer


def test_a_kind_the_subfacet_lacks_is_said_missing_by_the_template():
    from pactrag.compose import _missing_line
    from pactrag.intent import Part

    line = _missing_line(Part("welke drempels zijn er?", frozenset({"stop"}), ("drempels",)), ["stop"])
    assert line == "Over drempels zegt het verslag hier niets."
