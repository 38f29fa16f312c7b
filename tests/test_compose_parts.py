"""Synthesis answers: one cited part per ask, per actor, per place a theme recurs."""

from pactrag.evals.metrics import GoldItem, hygiene


def _sections(result):
    return {c.section_id for c in result.citations}


def test_each_ask_of_a_kind_gets_its_section_in_the_subfacet_asked_about(assistant):
    result = assistant.ask(
        "Wat loopt goed bij gemeenschapskracht als hefboom en wat staat het nog in de weg?"
    )
    assert {"2.5.3.1", "2.5.3.3"} <= _sections(result)


def test_an_ask_without_a_kind_beside_one_with_a_kind(assistant):
    # "hoe worden jongeren betrokken" names no kind: the sections that carry jongeren; "wat houdt dat
    # tegen" is the barriers of the same subfacet
    result = assistant.ask(
        "Hoe worden jongeren betrokken volgens de tafel over gemeenschapskracht, en wat houdt dat tegen?"
    )
    cited = _sections(result)
    assert "2.5.3.3" in cited and cited & {"2.5.3.1", "2.5.3.2", "2.5.3.4"}


def test_the_vision_in_everyday_words_beside_the_barriers(assistant):
    result = assistant.ask(
        "Waar wil men naartoe met intergemeentelijke samenwerking en wat houdt dat vandaag tegen?"
    )
    assert {"2.3.1", "2.3.3.3"} <= _sections(result)


def test_each_actor_gets_the_points_where_it_is_named(assistant):
    result = assistant.ask("Welke rol krijgen de burgers en welke rol het middenveld?")
    lines = [line for line in result.answer.splitlines() if line.startswith("- ")]
    assert any("burger" in line.lower() for line in lines)
    assert any("middenveld" in line.lower() for line in lines)
    assert "2.5.1" in _sections(result) or "2.5.3.4" in _sections(result)  # where the middenveld acts


def test_an_actor_as_subject_weighs_more_than_one_named_in_passing(assistant):
    result = assistant.ask("Welke rol zien de deelnemers voor de provincies, en welke voor de gemeenten?")
    assert "Provincies worden gezien als het reeds bestaande ideale tussenniveau." in result.answer


def test_one_sentence_that_answers_both_asks_is_a_direct_answer(assistant):
    result = assistant.ask("Wat is het verschil tussen een buurtgerichte en een gemeenschapsgerichte aanpak?")
    assert len(result.citations) == 1 and "sociale relaties" in result.answer


def test_a_theme_recurs_in_every_section_that_carries_it(assistant):
    result = assistant.ask("Hoe komt het subsidiariteitsprincipe terug in de verschillende subfacetten?")
    # the compound's long parts count ("Subsidiariteit: …", "subsidiariteitsbeginsel"), its tail does not
    assert {"2.2.2", "2.3.2", "2.5.3.2"} <= _sections(result)
    assert not any(line.startswith("- Kennisdeling") for line in result.answer.splitlines())


def test_a_theme_of_one_kind_across_subfacets_takes_that_kind_in_the_form_the_report_uses(assistant):
    # "subsidiëren" is spelled "subsidies" in the report; criticism is the barriers
    result = assistant.ask(
        "Welke kritiek op de manier van subsidiëren en financieren keert terug in de verschillende subfacetten?"
    )
    cited = _sections(result)
    assert {"2.1.3.3", "2.3.3.3", "2.4.3.3"} <= cited and all(s.endswith(".3") for s in cited)


def test_part_answers_stay_clean(assistant):
    for question in (
        "Wat wordt er van de lokale besturen verwacht, en wat van de Vlaamse overheid?",
        "Zet de drempels bij de gebiedsgerichte aanpak naast wat men wil opschalen.",
        "Waar komt verkokering terug in de verschillende subfacetten?",
    ):
        result = assistant.ask(question)
        item = GoldItem("x", question, (), (), ("synthesis",))
        assert not any(hygiene(item, result).values()), question


def test_a_compound_holds_a_term_only_beside_a_word_of_its_own():
    from pactrag.compose import _holds

    assert _holds(frozenset({"kinderdorpsraad"}), "dorpsraad")
    assert not _holds(frozenset({"besteed"}), "steed")  # "besteding" is not about "steden"
    assert _holds(frozenset({"provincial"}), "provincie")  # one stem the stemmer left apart


def test_each_actor_part_is_named_by_the_ask_it_answers(assistant):
    from pactrag import messages as M

    result = assistant.ask("Wat wordt er van de lokale besturen verwacht, en wat van de Vlaamse overheid?")
    lines = result.answer.splitlines()
    first = M.ASK_INTRO.format(ask="Wat wordt er van de lokale besturen verwacht")
    second = M.ASK_INTRO.format(ask="wat van de Vlaamse overheid?")
    assert first in lines and second in lines
    assert lines.index(first) < lines.index(second)  # the parts in the order of the asks


def test_no_ask_names_when_each_heading_names_its_asks_kind(assistant):
    # "Drempels — …" under "welke drempels …" says it already: no "Bij je vraag" lines
    result = assistant.ask(
        "Welke drempels zijn er voor sterke en nabije besturen, en welke acties moeten ze helpen wegwerken?"
    )
    assert not any(line.startswith("Bij ") for line in result.answer.splitlines())


def test_an_ask_answered_by_a_section_of_its_kind_adds_no_near_misses(assistant):
    # each ask names a kind and a rule chose that kind's section in the subfacet asked about: the
    # asks' own rankings add nothing (they used to add another subfacet's barriers)
    result = assistant.ask(
        "Zet de knelpunten bij intergemeentelijke samenwerking naast de voorgestelde oplossingen."
    )
    assert _sections(result) == {"2.3.3.3", "2.3.3.2"}


def test_an_elliptic_ask_that_names_its_own_subfacet_is_retrieved_alone(assistant):
    # "… en die over de gebiedsgerichte aanpak?" carrying the text before it ranked the other
    # subfacet (stad-platteland) first; its own words name §2.4
    result = assistant.ask(
        "Hoe verschillen de opvattingen over regionale samenwerking tussen de tafel over stad-platteland "
        "en die over de gebiedsgerichte aanpak?"
    )
    cited = _sections(result)
    assert any(s.startswith("2.4") for s in cited) and any(s.startswith("2.1") for s in cited)


def test_a_chosen_section_that_no_ask_ranks_is_left_out(assistant):
    from pactrag.compose import _cover_asks, _group, section_points
    from pactrag.intent import analyse
    from pactrag.retrieve import Filters, retrieve, subfacet_titles

    index = assistant.index
    question = "Welke drempels zijn er bij de gebiedsgerichte aanpak, en wat raden de deelnemers aan?"
    intent = analyse(question, subfacet_titles(index), index.idf)
    retrieval = retrieve(index, question)
    report = index.sections[0].report_id
    far = index.section_by_key[(report, "2.1.1")]  # another subfacet's vision: no ask ranks it
    near = index.section_by_key[(report, "2.4.3.3")]
    groups = [_group(index, x, section_points(index, report, x.section_id)[:1]) for x in (far, near)]
    out = {g.section.section_id for g in _cover_asks(intent, retrieval, index, Filters(), groups)}
    assert "2.1.1" not in out and "2.4.3.3" in out


def test_each_ask_is_retrieved_on_its_own_words(assistant):
    # "geslaagd" and "over beleidsdomeinen heen" are no words of the narrow kind patterns; the
    # second ask's own retrieval (its kinds from the broad word families) finds the synergies
    result = assistant.ask(
        "Welke samenwerkingen tussen stad en platteland worden als geslaagd vermeld, en wat is er "
        "volgens de deelnemers nodig om ook over beleidsdomeinen heen samen te werken?"
    )
    cited = _sections(result)
    assert "2.1.3.4" in cited and cited & {"2.1.3.1", "2.3.3.1"}


def test_an_ask_that_leans_back_carries_the_text_before_it(assistant):
    # "wat raden de deelnemers aan om ze te laten groeien?" alone ranks §2.5.2 (community groups)
    # first; with the ask before it, it is the actions for regional coalities
    result = assistant.ask(
        "Welke problemen ervaren regionale coalities, en wat raden de deelnemers aan om ze te laten groeien?"
    )
    cited = _sections(result)
    assert {"2.4.3.2", "2.4.3.3"} <= cited and "2.5.2" not in cited


def test_asks_with_different_question_words_that_one_sentence_answers_stay_direct(assistant):
    # "waar … en wie …" makes no parts (the asks are unlike), yet they are asks: when one point
    # holds both asks' words, the answer is that point, not a section per ask
    result = assistant.ask("Waar ligt de energieopwekking en wie zijn de grote afnemers?")
    assert len(result.citations) == 1 and "grote afnemers" in result.answer


def test_the_vision_stated_before_a_question_about_today_and_the_kind_that_ask_names(assistant):
    # "Tegen 2050 …" states the vision (the report's own phrasing); "wat gebeurt er vandaag al" is
    # what already works: its best good-practice section is cited even where the leaning ask,
    # carrying the vision's words, ranks the vision far above it
    result = assistant.ask(
        "Tegen 2050 zijn lokale besturen krachtig en wendbaar. Wat gebeurt er vandaag al in gemeenten "
        "dat in die richting gaat?"
    )
    assert {"2.2.1", "2.2.3.1"} <= _sections(result)


def test_a_kind_said_in_everyday_words_is_named_by_its_heading_not_by_an_intro(assistant):
    """ "wat werkt wel" asks for what works: its part is named by the section heading ("Goede
    praktijken — …"), never by an intro made of the kind's own words ("Over werkt wel:")."""
    result = assistant.ask("Wat werkt wel bij de dorpsraden en wat loopt mis?")
    intros = [line for line in result.answer.splitlines() if line.startswith("Over ")]
    assert not any("werkt" in line for line in intros), intros
    assert {"2.5.3.1", "2.5.3.3"} <= _sections(result)


def test_an_ask_about_the_answer_itself_names_no_part(assistant):
    # "waar komen die opmerkingen overeen?" has no kind and no word the report uses: it asks about
    # the answer, so no part is put under it; with one ask left, the answer has no ask names
    result = assistant.ask(
        "Wat voegden de deelnemers toe aan het vertrekbeeld bij intergemeentelijke samenwerking en bij "
        "de regionale aanpak, en waar komen die opmerkingen overeen?"
    )
    assert not any(line.startswith("Bij ") for line in result.answer.splitlines())


def test_no_ask_names_when_a_name_would_contradict_a_heading(assistant):
    # "Drempels — Gemeenschapskracht …" ranks closest under "wat loopt goed …" (it names the same
    # subfacet), while "wat staat het nog in de weg?" names the barriers: the headings alone
    result = assistant.ask(
        "Wat loopt goed bij gemeenschapskracht als hefboom en wat staat het nog in de weg?"
    )
    assert not any(line.startswith("Bij ") for line in result.answer.splitlines())
    assert {"2.5.3.1", "2.5.3.3"} <= _sections(result)


def test_a_bare_ask_is_answered_in_the_subfacet_of_the_ask_before_it(assistant):
    # "waar loopt het vast?" leans on "het": alone (as a theme of "loopt"/"vast") it cited the
    # barriers of §2.3 and §2.2 beside the dorpsraden's practices
    result = assistant.ask("Wat werkt goed bij de dorpsraden, en waar loopt het vast?")
    assert _sections(result) == {"2.5.3.1", "2.5.3.3"}


def test_a_bare_ask_first_carries_the_rest_of_the_question(assistant):
    # "Zowel de goede praktijken als …": the first ask names only a kind
    result = assistant.ask("Zowel de goede praktijken als de drempels bij gemeenschapskracht: wat zeggen ze?")
    assert _sections(result) == {"2.5.3.1", "2.5.3.3"}


def test_an_ask_naming_two_kinds_gets_a_section_of_each(assistant):
    # "welke knelpunten moeten die oplossen?" asks the barriers the actions answer: before, the ask
    # took one section (the actions, already there) and the barriers were missing
    result = assistant.ask(
        "Welke acties stellen de deelnemers voor rond gemeenschapskracht, en welke knelpunten moeten die oplossen?"
    )
    assert {"2.5.3.2", "2.5.3.3"} <= _sections(result)


def test_a_theme_across_the_tables_in_words_the_report_lacks_still_answers(assistant):
    # no section carries "red tape": the theme finds nothing, the best passages answer
    result = assistant.ask("Which obstacles recur across the tables regarding red tape?")
    assert result.citations


def test_a_theme_in_one_named_subfacet_draws_on_each_of_its_sections_that_carry_it(assistant):
    # not two sections at most (the cap for a theme across subfacets): the subfacet's practice,
    # actions (its "jongerenparticipatie", a compound the stemmer mangles), barriers and links
    result = assistant.ask("Waar komen jongeren aan bod bij gemeenschapskracht als hefboom?")
    assert {"2.5.3.1", "2.5.3.2", "2.5.3.3"} <= _sections(result)


def test_a_compound_that_opens_with_the_theme_holds_it():
    from pactrag.compose import _opens_compound

    assert _opens_compound("bijvoorbeeld voor jongerenparticipatie.", "jonger")
    assert not _opens_compound("de jongeren zelf", "jonger")  # an inflection: the stems hold it
    assert not _opens_compound("de besteding", "steden")  # not inside a word


def test_a_bare_ask_is_answered_by_its_kind_in_the_subfacet_the_other_asks_settled_on(index):
    # "wat staat dat in de weg?" after an ask answered in 2.2: the barriers of 2.2 answer it, even
    # when carrying the words before it ranked another subfacet's barriers first
    from pactrag.compose import _answered_by, _Ask

    rid = index.sections[0].report_id
    ask = _Ask("wat staat dat in de weg?", "", frozenset({"stop"}), None, (((rid, "2.4.3.3"), 1.0),), True)
    assert not _answered_by(ask, (rid, "2.2.3.3"), index)
    assert _answered_by(ask, (rid, "2.2.3.3"), index, frozenset({"2.2"}))


def test_an_ask_without_an_object_is_retrieved_with_the_one_at_the_end(index):
    from pactrag.compose import _rank_asks
    from pactrag.intent import analyse
    from pactrag.retrieve import Filters, subfacet_titles

    intent = analyse(
        "Welke kansen en welke gevaren ziet men bij regiovorming?", subfacet_titles(index), index.idf
    )
    first = _rank_asks(intent, index, Filters())[0]
    assert first.text == "Welke kansen" and first.query.endswith("bij regiovorming")


def test_a_region_named_with_hyphens_does_not_stand_for_the_flemish_government(assistant):
    # "Zuid-West-Vlaanderen" holds "Vlaanderen" as a compound would; "wat moet Vlaanderen doen?"
    # asks about the government, not about that region's good practice
    result = assistant.ask("Wat moet Vlaanderen doen en wat blijft de taak van de lokale besturen?")
    assert "Zuid-West-Vlaanderen" not in result.answer and "kaderstellende overheid" in result.answer


def test_an_ask_of_a_kind_without_a_subfacet_chooses_among_the_questions_own_passages(assistant):
    # "dorpen en steden dichter bij elkaar" names stad-platteland in everyday words; the Opschaling
    # chosen by the ask's words alone was intergemeentelijke samenwerking's
    result = assistant.ask(
        "Wat moet er gebeuren om steden en het platteland nader tot elkaar te brengen, en wat belemmert dat?"
    )
    assert {"2.1.3.2", "2.1.3.3"} <= _sections(result) and "2.3.3.2" not in _sections(result)


def test_a_theme_in_english_is_read_through_the_word_its_nearest_points_share(assistant):
    # "identity" is no word of the report; the points nearest the question share "identiteit", so
    # the sections holding it answer (before: the few English words the report holds, "the")
    cited = _sections(assistant.ask("Where does identity come back in the report?"))
    assert {"2.1.1", "2.2.3.3", "2.5.3.2"} <= cited
    assert not cited & {"2.3.3.2", "2.4.3.1"}


def test_an_english_theme_whose_word_the_report_holds_keeps_that_word(assistant):
    # "water" is a word of the report: the nearest points' shared word does not replace it
    cited = _sections(assistant.ask("Where does water come back in the report?"))
    assert "2.1.3.4" in cited and cited & {"2.4.1", "2.4.3.1", "2.4.3.2"}


def test_two_stems_of_one_length_that_differ_in_their_last_letter_are_two_words():
    from pactrag.compose import _same_stem

    assert not _same_stem("streek", "streef")  # region, strive
    assert _same_stem("subsidie", "subsidier")  # one word the stemmer left apart


def test_a_theme_answer_leaves_out_sections_that_hold_only_its_everyday_words(assistant):
    # "vertrouwen" is told in several subfacets: sections that only say "samenwerking" or
    # "burgers" (the everyday words around it) do not join
    result = assistant.ask(
        "Hoe komt vertrouwen tussen gemeenten en burgers terug in de verschillende subfacetten?"
    )
    parts = result.answer.split("\n\n")[1:]
    assert parts and all("ertrouw" in part for part in parts)


def test_a_part_asking_a_kind_in_everyday_words_is_not_missing_when_that_kind_is_shown():
    from types import SimpleNamespace

    from pactrag.compose import _still_missing

    shown = [SimpleNamespace(section=SimpleNamespace(kind=k)) for k in ("stop", "start")]
    kinds = {"stappen doorbreken": frozenset({"start"}), "subsidies": frozenset()}
    # the Opschaling part answers "welke stappen … om dat te doorbreken?"; a theme found nowhere stays
    assert _still_missing(["stappen doorbreken", "subsidies"], kinds, shown) == ["subsidies"]
    assert _still_missing(["stappen doorbreken"], kinds, shown[:1]) == ["stappen doorbreken"]


def test_asks_of_different_things_that_one_section_answers_are_one_question(assistant):
    # the introduction gives the 54 participants and the place in two sentences; cut in two, each
    # ask was retrieved by its few words alone ("vond plaats" found "In plaats van synergie")
    result = assistant.ask("Hoeveel deelnemers waren er en waar vond het atelier plaats?")
    assert "54 deelnemers" in result.answer and "Pastorij" in result.answer
    assert _sections(result) == {"inleiding"}


def test_asks_alike_keep_their_parts_even_when_one_section_holds_both(assistant):
    # "wat moet Vlaanderen doen en wat moeten de lokale besturen doen": two actors side by side
    result = assistant.ask(
        "Wat moet Vlaanderen doen en wat moeten de lokale besturen zelf doen? Vergelijk wat de tafels zeggen."
    )
    assert len(_sections(result)) >= 2


def test_a_not_found_line_goes_when_the_asks_own_best_passage_is_shown(assistant):
    # "Bij je vraag ‘…’ vond ik geen passage die daar apart op ingaat." under an answer that shows the
    # best passage the ask's own retrieval finds is a false statement in a memo (session 12: 17 dev
    # lines, all false); it stays when the ask's own ranking found a better passage than any shown
    from pactrag import messages as M
    from pactrag.compose import _group, _rank_asks, _unsupported, section_points
    from pactrag.intent import Part, analyse
    from pactrag.lexical import tokenize
    from pactrag.retrieve import Filters, subfacet_titles

    index = assistant.index
    question = "Wat loopt er mis bij dorpsraden, en hoe pakken andere gemeenten hun kostenverdeling aan?"
    intent = analyse(question, subfacet_titles(index), index.idf)
    asks = _rank_asks(intent, index, Filters())
    ask = asks[-1]
    part = Part(ask.text, frozenset(), tuple(tokenize("kostenverdeling")))
    line = M.ASK_NOT_FOUND.format(ask=ask.text)
    own = index.section_by_key[ask.ranked[0][0]]
    far = index.section_by_key[(own.report_id, "2.1.1")]  # a vision no ask is about
    shown = [_group(index, own, section_points(index, own.report_id, own.section_id))]
    elsewhere = [_group(index, far, section_points(index, far.report_id, far.section_id)[:1])]
    assert _unsupported([line], {line: part}, asks, shown, index) == []
    assert _unsupported([line], {line: part}, asks, elsewhere, index) == [line]


def test_a_not_found_line_stays_when_the_ask_names_what_the_report_never_mentions(assistant):
    # "vakbonden" is no word of the report, nor a compound of two of its words: the line is true
    result = assistant.ask("Welke rol krijgen de gemeenten, en welke de vakbonden?")
    assert "‘welke de vakbonden?’ vond ik geen passage" in result.answer
