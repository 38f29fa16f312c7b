"""A "welk(e)" question that asks for one thing is answered as a direct question (session 14, list15)."""

from __future__ import annotations

from pactrag.intent import asks_one

# the report's own words, lower case (``compose._report_words``): singulars the plurals are read by
WORDS = frozenset(
    {
        "drempel",
        "document",
        "stap",
        "gemeente",
        "organisatie",
        "initiatief",
        "kanaal",
        "nieuw",
        "concreet",
        "bovenlokaal",
        "rol",
        "stad",
        "figuur",
        "idee",
        "zaak",
    }
)


def test_a_singular_noun_after_welk_or_welke_asks_for_one_thing():
    assert asks_one("Welke stad wordt genoemd met een voedselhub?", WORDS)
    assert asks_one("Welk document maakt de verantwoordelijkheden duidelijk?", WORDS)
    assert asks_one("Welke rol speelt de dorpsraad?", WORDS)
    # an inflected adjective first: the noun after it is read ("bovenlokale": the report writes
    # "bovenlokaal")
    assert asks_one("Welke bovenlokale figuur kan richting geven?", WORDS)
    assert asks_one("Which town is named for its talent bank?", WORDS)


def test_a_plural_noun_asks_for_a_set_read_against_the_reports_singular():
    assert not asks_one("Welke drempels bemoeilijken de samenwerking?", WORDS)
    assert not asks_one("Welke documenten helpen daarbij?", WORDS)
    assert not asks_one("Welke stappen volgen gemeenten?", WORDS)
    assert not asks_one("Welke gemeenten verdienen extra aandacht?", WORDS)
    assert not asks_one("Welke initiatieven worden genoemd?", WORDS)
    assert not asks_one("Welke ideeën kwamen er?", WORDS)
    assert not asks_one("Welke nieuwe stappen zijn nodig?", WORDS)
    # a compound the report writes only by its last part
    assert not asks_one("Welke boerenorganisaties zaten aan tafel?", WORDS)
    assert not asks_one("Which themes connect city and countryside?", WORDS)


def test_a_cue_for_the_whole_set_asks_for_a_set_whatever_the_noun():
    assert not asks_one("Welke rol spelen ze? Noem ze allemaal.", WORDS)
    assert not asks_one("Welke drie stad-thema's komen terug?", WORDS)
    assert not asks_one("Som de rol van elke partner op.", WORDS)
    assert not asks_one("Wat zijn de drempels?", WORDS)
    # no "welk(e)": not read here (the question is no items question or asks otherwise)
    assert not asks_one("Wie is de coördinator?", WORDS)


def test_a_question_for_one_listed_item_opens_with_that_item(assistant):
    # "Welke … schepenbevoegdheid" reads as asking items (the Aanvullingen section shown in report
    # order): the proposal that answers stood below two other additions; asked for one thing, the
    # answer opens with it (``compose._answer_first``, as cold5 c5q020)
    result = assistant.ask("Welke nieuwe schepenbevoegdheid stellen de deelnemers voor?")
    first = next(line for line in result.answer.splitlines() if line.startswith("- "))
    assert "schepen van gebiedsgerichte werking" in first
