"""Session 10: value-type checks read less literally (cold10's false refusals): how often asked
and said in words, "when" inside a sentence, a place's adjective of origin, a count of the list of
participants."""

from pactrag.abstain import asked_types, counts_listed, on_topic_support, typed_gap, unknown_names
from pactrag.lexical import tokenize

_HELPERS = "Een goed voorbeeld is de inzet van provinciale medewerkers die enkele dagen per week hun expertise ter beschikking stellen aan kleinere gemeenten."
# the report's idf of the question's terms (the stemmer reads "komen" as the rare "koom")
_IDF = {
    **{t: 2.0 for t in tokenize(_HELPERS + " kalender westhoek partners samen")},
    "koom": 2.74, "kennis": 1.77, "deel": 1.29, "kleine": 2.43, "meen": 1.09,
}  # fmt: skip


def test_how_often_asks_a_frequency_that_words_give():
    question = "Hoe vaak komen provinciemedewerkers hun kennis delen met kleine gemeenten?"
    assert asked_types(question) == ["frequency"]  # no count: "enkele dagen per week" holds no number
    assert on_topic_support(question, "frequency", [_HELPERS], _IDF) >= 0.3
    assert typed_gap(question, [_HELPERS], _IDF, 0.5) == ""
    assert asked_types("Hoeveel keer per jaar komt de raad samen?") == ["frequency"]


def test_how_often_still_needs_a_frequency_on_its_topic():
    question = "Hoe vaak komen de partners van de kalender in de Westhoek samen?"
    calendar = "De kalender in de Westhoek brengt partners samen rond landbouwers."
    assert typed_gap(question, [calendar, _HELPERS], _IDF, 0.5) == "frequency"


def test_when_inside_a_sentence_is_a_conjunction_not_a_date_asked():
    # cold10 c10q063 was refused as asking a date
    assert "date" not in asked_types(
        "Whose experiences come first when a municipality starts a process to involve its residents?"
    )
    assert "date" not in asked_types("Wat gebeurt er wanneer een project start zonder middelen?")
    assert "date" in asked_types("Waar en wanneer vond het toekomstatelier plaats?")
    assert "date" in asked_types("Wanneer werd de talentenbank opgericht?")
    assert "date" in asked_types("Sinds wanneer bestaat de vereniging?")


def test_a_place_adjective_of_origin_is_known_when_the_place_is():
    vocabulary = set(tokenize("Olen Antwerpen klimaatmakers voedselhubs"))
    assert unknown_names("Wat doen de Olense Klimaatmakers?", vocabulary) == []
    assert unknown_names("Hoe werken de Antwerpse voedselhubs?", vocabulary) == []
    assert unknown_names("Wat doet de Brusselse rand?", vocabulary) == ["Brusselse"]


_LISTED = frozenset(
    {"Agentschap Binnenlands Bestuur Algemeen Boerensyndicaat", "Provincie Limburg Saamo", "Gemeente Mol"}
)
_SENTENCES = [
    "In bijlage is een overzicht van de verschillende organisaties die deelgenomen hebben te vinden.",
    "Het agentschap ondersteunt lokale besturen.",
    *_LISTED,
]


def test_a_count_of_the_participants_list_is_answered_by_the_list():
    # cold10 c10q169: refused as a name mentioned only in passing, and the list holds no number
    assert counts_listed(
        "Hoeveel organisaties met 'Agentschap' in hun naam staan er in de deelnemerslijst?",
        _SENTENCES,
        _LISTED,
    )
    assert counts_listed("Hoeveel gemeenten namen deel aan het atelier?", _SENTENCES, _LISTED)
    # the people a listed body sent: the list does not give them
    assert not counts_listed("Hoeveel mensen van de provincie Limburg namen deel?", _SENTENCES, _LISTED)
    # no taking part asked: a count of the world
    assert not counts_listed("Hoeveel gemeenten telt Limburg?", _SENTENCES, _LISTED)


def test_how_often_beside_a_money_word_asks_no_amount():
    assert asked_types("Hoe vaak worden subsidieprojecten achteraf geëvalueerd?") == ["frequency"]
    assert "money" in asked_types("Hoeveel subsidie krijgt een project?")


def test_a_next_event_asked_in_english_needs_a_sentence_that_looks_ahead():
    question = "When will the next workshop take place?"
    held = "Op maandag 16 juni vond in de Pastorij in Olen het vijfde toekomstatelier plaats."
    assert on_topic_support(question, "date", [held], {}) < 0
    assert on_topic_support(question, "date", ["Een volgend atelier is gepland op 3 oktober."], {}) > 0


def test_a_sentence_pointing_back_is_read_with_the_one_before():
    from pactrag.abstain import with_leads

    sentences = [
        "Ook participatie zelf moet structureel worden verankerd in de werking van lokale besturen.",
        "Momenteel gebeurt dit vaak projectmatig en beperkt.",
        "Er is nood aan een cultuurverandering.",
    ]
    assert with_leads([sentences[1], sentences[2]], sentences) == [
        f"{sentences[0]} {sentences[1]}",
        sentences[2],
    ]


def test_a_year_known_otherwise_is_no_unknown_name():
    # the report's own date stands on its title page, which no section holds: its year is known
    # (session 10, cold11 c11q158 was refused as "unknown-name:2025")
    vocabulary = set(tokenize("Op maandag 16 juni vond in Olen het vijfde toekomstatelier plaats"))
    question = "Welke dag en maand van 2025 staan bovenaan dit verslag?"
    assert unknown_names(question, vocabulary) == ["2025"]
    assert unknown_names(question, vocabulary, known=frozenset({"2025"})) == []


def test_contact_details_asked_as_such_are_a_contact_asked():
    # "de contactgegevens" asks a phone number or an address as much as "het telefoonnummer" does
    # (cold11 c11q118 was answered with the sentence naming the role)
    assert "contact" in asked_types("Geef de naam en de contactgegevens van de straatambassadeur uit Eeklo.")
    assert "contact" in asked_types("What are the contact details of Saamo?")
    assert "contact" not in asked_types("Hoe leggen gemeentemedewerkers contact met burgers?")
