"""A question that asks two things is split into its asks (intent.split_parts)."""

import pytest
from conftest import TITLES

from pactrag.intent import analyse, asks, bare_ask, split_parts, subject_texts


@pytest.mark.parametrize(
    "question,kinds",
    [
        ("Wat loopt goed bij de dorpsraden, en wat houdt ze tegen?", [{"continue"}, {"stop"}]),
        ("Zet de drempels bij het vrijwilligerswerk naast wat men wil opschalen.", [{"stop"}, {"start"}]),
        (
            "Welke problemen met subsidies zijn er, en welke alternatieven stelt men voor?",
            [{"stop"}, {"start"}],
        ),
        ("Waar wil men naartoe met de dorpsraden en wat staat dat in de weg?", [{"toekomstbeeld"}, {"stop"}]),
    ],
)
def test_two_clauses_with_a_kind_each_are_two_asks(question, kinds):
    assert [set(p.kinds) for p in split_parts(question, TITLES)] == kinds


def test_actors_asked_alike_are_two_asks_with_their_own_terms():
    parts = split_parts(
        "Welke rol zien de deelnemers voor de provincies, en welke voor de gemeenten?", TITLES
    )
    assert [p.text for p in parts] == [
        "Welke rol zien de deelnemers voor de provincies",
        "welke voor de gemeenten?",
    ]
    assert "provincie" in parts[0].terms and not parts[0].kinds


@pytest.mark.parametrize(
    "question",
    [
        "Vergelijk wat er over de regiodeals gezegd wordt met wat er over de talentenbank gezegd wordt.",
        "Hoe zien de deelnemers de rol van de provincies tegenover die van de intercommunales?",
        "Wat is het verschil tussen de aanvullingen bij sterke en nabije besturen en die bij de gebiedsgerichte aanpak?",
        "Zowel de goede praktijken als de synergiën van gemeenschapskracht: wat zeggen ze?",
    ],
)
def test_paired_constructions_are_two_asks(question):
    assert len(split_parts(question, TITLES)) == 2


def test_a_subfacet_title_with_en_is_one_name_not_two_asks():
    parts = split_parts(
        "Wat is het verschil tussen de aanvullingen bij sterke en nabije besturen en die bij de gebiedsgerichte aanpak?",
        TITLES,
    )
    assert parts[0].text.endswith("sterke en nabije besturen")


@pytest.mark.parametrize(
    "question",
    [
        "Waar wordt de groene stroom opgewekt en wie verbruikt hem vooral?",  # two facts about one thing
        "Hoe komt het subsidiariteitsprincipe terug in de verschillende subfacetten?",
        "Hoe kan de gebiedsgerichte aanpak opgeschaald worden? Geef alle punten.",  # the frame re-asked
        "Dorpen vergrijzen snel. Welke drempels staan vrijwilligerswerk in de weg?",  # context + one ask
    ],
)
def test_one_ask_is_not_split(question):
    assert split_parts(question, TITLES) == ()


def test_a_theme_in_everyday_words_is_a_theme_across_the_report():
    intent = analyse("Waar komt de dorpsraad terug in het verslag?", TITLES)
    assert intent.compare and "komt" not in intent.topic and "terug" not in intent.topic
    assert analyse("In welke subfacetten komt het capaciteitstekort ter sprake?", TITLES).compare


def test_criticism_is_the_stop_kind():
    assert "stop" in analyse("Welke kritiek op de financiering keert terug?", TITLES).kinds


@pytest.mark.parametrize(
    "question",
    [
        "Welke succesfactoren noemt de tafel over dorpen, en waar wringt het schoentje?",
        "Hoe staat het toekomstbeeld tegenover wat er vandaag misloopt?",
    ],
)
def test_barriers_in_everyday_idiom_are_the_stop_kind(question):
    assert "stop" in {k for p in split_parts(question, TITLES) for k in p.kinds}


def test_an_elliptic_second_ask_is_its_own_part():
    parts = split_parts(
        "Wat zegt het verslag over de rol van vrijwilligers en over die van de politici?", TITLES
    )
    assert len(parts) == 2 and "politici" in parts[1].text


def test_a_repeated_preposition_coordinates_two_subjects_but_not_two_subfacets():
    parts = split_parts("Wat is de rol van de provincies en van de gemeenten?", TITLES)
    assert [p.text for p in parts] == ["Wat is de rol van de provincies", "van de gemeenten?"]
    # each side names a subfacet: a theme in two subfacets, answered per subfacet
    assert (
        split_parts(
            "Hoe kijken de tafels over sterke besturen en over gemeenschapskracht naar fusies?", TITLES
        )
        == ()
    )


def test_vision_beside_practice():
    parts = split_parts("Hoe verhoudt de visie op gemeenschapskracht zich tot de praktijk?", TITLES)
    assert [set(p.kinds) for p in parts] == [{"toekomstbeeld"}, {"continue", "stop"}]


def test_a_statement_that_names_a_part_of_the_template_is_an_ask():
    """A statement is context ("De wegen zijn slecht."), unless it names a part of the template:
    the vision stated before a question about today's practice is one side of the answer."""
    parts = split_parts(
        "Het toekomstbeeld voor 2050 spreekt over sterke dorpen. Welke goede praktijken bestaan er nu al?",
        TITLES,
    )
    assert [set(p.kinds) for p in parts] == [{"toekomstbeeld"}, {"continue"}]
    assert split_parts("De wegen zijn slecht onderhouden. Welke drempels zijn er?", TITLES) == ()


def test_asks_are_the_clauses_whatever_they_ask_for():
    # two asks with different question words and no kind the narrow patterns know: each is
    # retrieved on its own for a synthesis answer (intent.asks), though they make no parts
    found, context = asks(
        "Welke samenwerkingen worden als geslaagd vermeld, en wat is er nodig om over "
        "beleidsdomeinen heen samen te werken?",
        TITLES,
    )
    assert len(found) == 2 and found[1].startswith("wat is er nodig") and context == ""


def test_a_statement_and_a_followups_topic_are_context_not_asks():
    found, context = asks(
        "Ik werk rond vervoer. Waar komt mobiliteit aan bod, en wat wordt er telkens over gezegd?", TITLES
    )
    assert found == ("Waar komt mobiliteit aan bod", "wat wordt er telkens over gezegd?")
    assert context == "Ik werk rond vervoer."
    found, context = asks("Welke rol speelt de dorpsraad daarin? (gemeenschapskracht Drempels)", TITLES)
    assert found == () and context == ""


def test_a_followups_carried_topic_is_no_part_of_its_own():
    # "Over concreet:" stood above one part and the carried topic made the other (session 10 review)
    assert (
        split_parts("Geef eens een concreet voorbeeld. (samenwerking stad platteland Opschaling)", TITLES)
        == ()
    )
    two = split_parts("Wat werkt al goed en wat loopt vast? (dorpsraden)", TITLES)
    assert [p.text for p in two] == ["Wat werkt al goed", "wat loopt vast?"]


@pytest.mark.parametrize(
    "question",
    [
        "Ik zit in een dorpsraad, hoe kunnen wij beter samenwerken met de gemeente?",
        "For the area-based and regional approach, how do the proposed actions answer the barriers?",
    ],
)
def test_a_statement_before_the_first_ask_in_the_same_sentence_is_its_context(question):
    # the statement asks nothing: answered as a part of its own, it drew a theme on its words
    assert asks(question, TITLES) == ((), "")


def test_an_ask_after_a_colon_and_a_piece_naming_a_kind_stay_asks():
    found, _ = asks(
        "Als ik een regionale coalitie wil opzetten: waar botsen zulke werkingen op, en wat raden ze aan?",
        TITLES,
    )
    assert len(found) == 2
    found, _ = asks("Goede praktijken rond dorpsraden, en welke drempels?", TITLES)
    assert len(found) == 2


def test_an_ask_that_only_repeats_the_frame_is_no_ask():
    assert asks("Hoe kan de gebiedsgerichte aanpak opgeschaald worden? Geef alle punten.", TITLES) == ((), "")


def test_two_alternatives_after_a_repeated_preposition_are_two_asks():
    parts = split_parts("Ligt het probleem vooral bij de provincies of ook bij de gemeenten?", TITLES)
    assert [p.text for p in parts] == ["Ligt het probleem vooral bij de provincies", "bij de gemeenten?"]


def test_the_conversation_tables_are_the_subfacets_a_theme_runs_across():
    assert analyse("Hoe kijken de verschillende tafels naar de wildgroei aan regio's?", TITLES).compare


def test_a_statement_of_the_vision_in_the_reports_own_words_is_an_ask():
    found, _ = asks("Tegen 2050 zijn besturen wendbaar. Wat gebeurt er vandaag al?", TITLES)
    assert found == ("Tegen 2050 zijn besturen wendbaar.", "Wat gebeurt er vandaag al?")


def test_an_ask_of_frame_words_and_a_kind_is_an_ask():
    # "wat moet worden opgeschaald?" has no word beside the frame and its kind: it still asks the
    # Start of the subject before it (it was dropped, so that side was answered by luck)
    found, _ = asks("Wat werkt goed bij de dorpsraden, en wat moet worden opgeschaald?", TITLES)
    assert found == ("Wat werkt goed bij de dorpsraden", "wat moet worden opgeschaald?")


@pytest.mark.parametrize(
    "question,texts",
    [
        (
            "What is the vision for the village councils and which actions are proposed?",
            ["What is the vision for the village councils", "which actions are proposed?"],
        ),
        (
            "What works well for volunteers, and what holds it back?",
            ["What works well for volunteers", "what holds it back?"],
        ),
    ],
)
def test_english_clauses_are_asks_and_parts(question, texts):
    assert list(asks(question, TITLES)[0]) == texts
    assert [p.text for p in split_parts(question, TITLES)] == texts


def test_english_question_words_alone_are_no_ask():
    assert asks("Where and when did the fifth workshop take place?", TITLES) == ((), "")


@pytest.mark.parametrize(
    "ask,bare",
    [
        ("waar loopt het vast?", True),
        ("wat moet worden opgeschaald?", True),
        ("and what holds it back?", True),
        ("which actions are proposed?", True),
        ("wat moeten de lokale besturen zelf doen?", False),  # a wide cue match spans a subject
        ("Wat moet Vlaanderen doen", False),  # a name inside a cue phrase
        ("welke rol voor de gemeenten?", False),
    ],
)
def test_an_ask_with_no_subject_beside_its_kind_is_bare(ask, bare):
    assert bare_ask(ask) is bare


def test_a_bare_ask_is_a_part_of_its_broad_kind_without_terms():
    # "waar loopt het vast?": the narrow patterns miss the kind, and "loopt"/"vast" are no theme
    parts = split_parts("Wat werkt goed bij de dorpsraden, en waar loopt het vast?", TITLES)
    assert parts[1].kinds == {"stop"} and parts[1].terms == ()


def test_a_kind_cue_with_an_english_function_word_in_it_still_leaves_a_bare_ask():
    # "in" is an English function word too: "in de plaats komen" must go as one cue phrase
    assert bare_ask("wat moet er in de plaats komen?")


def test_an_ask_of_frame_words_and_a_broad_kind_is_an_ask():
    # "wat moet er stoppen" names the Stop only in the broad word families (followup.KIND_CUES)
    found, _ = asks("Wat moet er stoppen en wat moet er in de plaats komen bij de dorpsraden?", TITLES)
    assert found == ("Wat moet er stoppen", "wat moet er in de plaats komen bij de dorpsraden?")


@pytest.mark.parametrize(
    "question,kinds",
    [
        # what already works, said without "goed"; the template's own "start" and "stop"
        ("Wat werkt nu al bij de dorpsraden, en wat loopt er mis?", [{"continue"}, {"stop"}]),
        ("Noem voor de gebiedsgerichte aanpak wat moet starten en wat moet stoppen.", [{"start"}, {"stop"}]),
    ],
)
def test_what_already_works_and_what_must_start_are_kinds(question, kinds):
    assert [set(p.kinds) for p in split_parts(question, TITLES)] == kinds


@pytest.mark.parametrize(
    "question",
    [
        "Welke kritiek op de planlast keert terug over de tafels heen?",
        "Wat zegt het verslag over vrijwilligers in de verschillende delen?",
        "Welke zorgen over fusies komen over de gesprekstafels heen naar voren?",
    ],
)
def test_a_theme_across_the_tables_or_parts_said_otherwise_is_a_comparison(question):
    assert analyse(question, TITLES).compare


@pytest.mark.parametrize(
    "question",
    [
        "Compare the vision on local government with the barriers participants name.",
        "How does the 2050 picture of local government compare to what participants see today?",
    ],
)
def test_an_english_comparison_is_two_asks(question):
    parts = split_parts(question, TITLES)
    assert len(parts) == 2 and len(asks(question, TITLES)[0]) == 2
    assert "toekomstbeeld" in parts[0].kinds  # "the 2050 picture", "the vision"


def test_where_a_theme_is_discussed_is_a_theme_across():
    assert analyse("Waar komt de landbouw aan bod in het verslag?", TITLES).compare
    assert not analyse("Wat is de rol van de landbouw?", TITLES).compare


def test_the_words_that_name_a_kind_are_no_subject_of_the_ask():
    parts = split_parts("Wat werkt nu al bij de dorpsraden, en wat loopt er mis?", TITLES)
    assert parts[0].terms == ("dorpsraad",)


def test_the_reports_parts_named_like_its_tables_are_frame_words():
    intent = analyse(
        "Wat zeggen de deelnemers over vrijwilligers in de verschillende delen van het verslag?", TITLES
    )
    assert "deel" not in intent.topic and intent.compare


def test_the_object_named_once_at_the_end_is_shared_by_an_ask_without_one():
    from pactrag.intent import shared_tail, takes_tail

    texts, _ = asks("Welke kansen en welke gevaren ziet men bij regiovorming?", TITLES)
    assert shared_tail(texts) == "bij regiovorming" and takes_tail(texts[0])
    # an ask with an object of its own keeps it; a last ask without one shares nothing
    assert not takes_tail("Welke kansen zien de burgemeesters voor hun dorpen")
    assert (
        shared_tail(asks("Welke drempels zijn er, en welke alternatieven stelt men voor?", TITLES)[0]) == ""
    )


def test_a_counted_plural_asks_for_items_and_the_asked_noun_is_read():
    from pactrag.intent import asked_terms

    assert analyse("Wat waren de drie stappen van het atelier?", TITLES).wants_items
    assert not analyse("Wat gebeurt er na drie jaar met het project?", TITLES).wants_items
    assert asked_terms("Welke vijf kernfacetten heeft het toekomstbeeld?") == {"kernfacet"}
    assert asked_terms("Op welke vlakken versterkt samenwerking?") == {"vlak", "versterk"}
    assert not asked_terms("Hoe werkt een dorpsraad?")


def test_a_list_asked_in_the_past_tense_is_a_list():
    assert analyse("Wat waren de aandachtspunten aan de tafel?", TITLES).wants_items
    assert analyse("What were the main points of the discussion?", TITLES).wants_items


def test_who_took_part_is_read_from_a_body_and_a_verb_of_being_there():
    from pactrag.intent import intent_kinds

    assert "appendix" in intent_kinds("Welke gemeenten waren aanwezig op het atelier?")
    assert "appendix" in intent_kinds("Which councils sent someone to the workshop?")
    assert "appendix" not in intent_kinds("Welke gemeenten werken samen rond water?")


def test_naast_alone_means_besides_and_sets_nothing_side_by_side():
    # "nieuwe structuren naast de intercommunales" asks about those structures, not a comparison
    assert not analyse(
        "Wat zeggen de deelnemers over nieuwe structuren naast de intercommunales?", TITLES
    ).compare
    assert not analyse("Wie helpt er naast de provincies nog kleine gemeenten?", TITLES).compare
    assert analyse("Zet de drempels bij gemeenschapskracht naast de voorgestelde acties.", TITLES).compare
    assert analyse("Leg de visie naast wat de deelnemers vandaag zien.", TITLES).compare


@pytest.mark.parametrize(
    "question",
    [
        "Hoe komt het thema wonen terug in de gesprekken over de dorpen en over de regio?",
        "Op welke plaatsen spreekt het verslag over de landbouw?",
    ],
)
def test_a_theme_that_returns_or_is_asked_by_its_places_is_a_theme_across(question):
    assert analyse(question, TITLES).compare


def test_a_connecting_theme_is_no_question_about_the_reports_status():
    # "verbindend" holds "bindend": the status section led a theme answer on water
    assert "status" not in analyse("Welke rol speelt mobiliteit als verbindend thema?", TITLES).kinds
    assert "status" in analyse("Is dit verslag bindend?", TITLES).kinds


def test_solutions_set_against_barriers_are_the_kind_not_the_topic():
    intent = analyse(
        "Tegenover de drempels voor vrijwilligers: welke oplossingen stellen de deelnemers voor?", TITLES
    )
    assert {"start", "stop"} <= intent.kinds
    assert not any(t.startswith("oplos") or t == "stel" for t in intent.topic)
    assert intent.topic == ("vrijwil",)


@pytest.mark.parametrize(
    "question",
    ["Where does identity come back in the report?", "In which subfacets do volunteers come back?"],
)
def test_an_english_theme_that_comes_back_is_a_theme_across(question):
    assert analyse(question, TITLES).compare


def test_the_conversations_and_per_are_frame_words_of_a_theme_question():
    intent = analyse("Hoe komt vertrouwen terug in de gesprekken per tafel?", TITLES)
    assert intent.topic == ("vertrouw",)
    # "aan bod" says where a theme is told: "bod" as its rarest word chose the one section saying it
    assert analyse("Hoe komen de vrijwilligers aan bod in de gesprekken?", TITLES).topic == ("vrijwil",)


def test_the_subject_texts_of_a_question_leave_its_kind_asks_out():
    texts = subject_texts(
        "For cooperation between a city and its hinterland: what already works, and where are the pitfalls?"
    )
    assert "For cooperation between a city and its hinterland" in texts
    assert not any(t.strip().lower().startswith("what already works") for t in texts)
    assert subject_texts("Wat werkt al en wat houdt tegen?") == []  # kind words only: nothing to read


def test_a_one_clause_question_is_no_subject_text_of_its_own():
    # the whole question's vector is read already; its one piece (the question without its
    # question mark) would cost a second embedding for the same reading
    question = "Welke vijf kernfacetten heeft het toekomstbeeld voor het platteland in 2050?"
    assert all(t.split() != question.rstrip("?").split() for t in subject_texts(question))
