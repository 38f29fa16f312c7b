"""A refusal says what the report does hold about the thing asked (session 14, notfound15)."""

from pactrag import messages as M
from pactrag.about import MAX_MENTIONS, _masked, _written, about, named_things, reads_thing
from pactrag.evals.metrics import GoldItem, hygiene, norm
from pactrag.present import render_answer
from pactrag.refusal import wording

BUDGET = "Wat kost het lidmaatschap van het netwerk Broodje Burger voor een gemeente?"


def _lead(thing: str) -> str:
    return M.ABOUT_LEAD.format(thing=f"‘{thing}’").removesuffix(":")


def test_a_refused_value_of_a_named_thing_shows_what_the_report_says_of_it(assistant, index):
    result = assistant.ask(BUDGET)
    assert result.abstained and result.abstain_reason == "no-money"  # the decision does not move
    assert result.answer.startswith(wording(assistant.index).nothing + "\n\n" + _lead("Broodje Burger"))
    assert "27 lokale besturen" in result.answer
    assert result.citations and "[1]" in result.answer
    for c in result.citations:  # verbatim, in the section it names
        section = index.section_by_key[(c.report_id, c.section_id)]
        assert all(norm(q) in norm(section.text) for q in c.quotes)


def test_the_part_names_its_section_and_the_suggestions_do_not_repeat_it(assistant):
    result = assistant.ask(BUDGET)
    assert "(§2.2.3.2):" in result.answer.split("\n\n")[1]  # one section: the lead places it
    suggestions = result.answer.partition(M.ABSTAIN_SUGGESTIONS)[2]
    assert "§2.2.3.2 " not in suggestions


def test_a_thing_the_report_never_names_gets_no_part(assistant):
    result = assistant.ask("Wat kost het lidmaatschap van de wielerclub De Ketting in Tienen?")
    assert result.abstained and M.ABOUT_LEAD.split("{")[0] not in result.answer
    assert not result.citations


def test_only_refusals_of_a_missing_value_read_a_thing():
    assert reads_thing("no-money") and reads_thing("no-doer") and reads_thing("passing-name:Limburg")
    for reason in ("unrelated", "language", "opinion", "filter", "unknown-name:Tienen", "other-report:x"):
        assert not reads_thing(reason)
    assert about("Wie won de Ronde van Vlaanderen?", "unrelated", index=None) is None  # type: ignore[arg-type]


def test_the_value_asked_is_not_the_thing(index):
    assert "telefoonnummer" not in _masked("Wat is het telefoonnummer van de dorpsconsulent?")
    names = [t.name for t in named_things("Hoeveel budget krijgt het plattelandslabo?", index)]
    assert names == ["plattelandslabo"]


def test_a_name_with_particles_is_one_name(index):
    # "Ronde van Vlaanderen" is not Vlaanderen; "in" places a thing, so both are read
    assert named_things("Wie won de Ronde van Vlaanderen?", index) == []
    names = [t.name for t in named_things("Wie financiert het Samenproject in Neteland?", index)]
    assert names == ["Samenproject", "Neteland"]


def test_a_word_the_whole_report_uses_is_no_thing(index):
    things = named_things("Hoeveel kost de begeleiding van de gemeenten?", index)
    assert all(1 <= len(t.where) <= MAX_MENTIONS for t in things)
    assert "gemeenten" not in [t.name for t in things]


def test_a_noun_is_written_inflected_not_as_a_compound_head():
    assert _written("kinderdorpsraad", "Ook kinderen worden via kinderdorpsraden betrokken.")
    assert not _written("weekend", "enkele dagen per week")
    assert not _written("weer", "botst op weerstand")
    assert not _written("waard", "waardoor vragen beter worden opgevolgd")


def test_the_part_is_clean_and_shown_with_its_sources(assistant):
    result = assistant.ask(BUDGET)
    item = GoldItem(id="t", question=BUDGET, gold_sections=(), facts=(), tags=("refuse",))
    assert not any(hygiene(item, result).values())
    shown = render_answer(result, 1)
    assert "pactrag-sources" in shown and "pactrag-cite" in shown


def test_a_passing_name_refusal_shows_that_name_or_nothing(index):
    # the refusal says "Het verslag noemt ‘X’ alleen terloops.": its part is of X, not of
    # another of the question's words; a name in the list of participants only has none
    q = "Hoeveel leden telt de Vereniging van Vlaamse Steden en Gemeenten?"
    assert named_things(q, index, "passing-name:Vereniging van Vlaamse Steden en Gemeenten") == []
    names = [
        t.name for t in named_things("Hoe pakt men het aan in Morkhoven?", index, "passing-name:Morkhoven")
    ]
    assert names == ["Morkhoven"]


def test_a_capital_that_only_opens_a_sentence_is_no_mention_of_a_word_name(index):
    # "Gemeenten moeten tegelijk …" does not name "Gemeenten"; "Arktos richt zich …" names Arktos
    assert [t.name for t in named_things("Wat kost Arktos?", index)] == ["Arktos"]
    things = named_things("Wat vindt het Agentschap Bestuur ervan?", index)
    sentences = index.sentence_texts
    assert all(not sentences[i].startswith("Bestuur") for t in things for i in t.where)


def test_every_sentence_shown_names_the_thing_the_lead_names(assistant):
    result = assistant.ask("Op welke website vind ik meer uitleg over de Klimaatmakers in Olen?")
    part = result.answer.split("\n\n" + M.ABSTAIN_SUGGESTIONS)[0]
    assert _lead("Klimaatmakers") in part
    points = [line for line in part.splitlines() if line.startswith("- ")]
    assert points and all("Klimaatmakers" in line for line in points)


def test_an_asked_clause_keeps_the_thing_it_frames(index):
    # the date asked spans "Wanneer werd … opgestart": the thing inside it is still read
    assert "Broodje Burger" in _masked("Wanneer werd het netwerk Broodje Burger in de Kempen opgericht?")
    assert "telefoonnummer" not in _masked("Wat is het telefoonnummer van de dorpsconsulent?")


def test_a_name_joined_by_en_is_one_name(index):
    # "Vereniging van Vlaamse Steden en Gemeenten" is not "Gemeenten" (the appendix names it only)
    assert named_things("Is de Vereniging van Vlaamse Steden en Gemeenten voor of tegen fusies?", index) == []


def test_a_qualified_common_noun_shows_only_sentences_carrying_its_qualifier(assistant, index):
    # cold15 c15q127: "een hogere instantie" is no "instantie voor territoriale ontwikkeling"
    result = assistant.ask("Hoe heet de Franse instantie voor territoriale ontwikkeling?")
    assert result.abstained and M.ABOUT_LEAD.split("{")[0] not in result.answer
    # the report's own qualifier ("voor het platteland … vervoerregio’s") keeps the part
    things = named_things("Wat is het budget van de vervoerregio's voor het platteland?", index)
    assert [t.name for t in things] == ["vervoerregio"]


def test_a_verb_form_is_no_mention_of_the_noun():
    # cold15 c15q134: "communicatie verloopt moeizaam" says nothing of "het verloop"
    assert not _written("verloop", "communicatie verloopt moeizaam")
    assert _written("verloop", "Het verloop van de dag")


def test_a_qualifier_is_carried_by_its_compound_head_written_on_its_own(assistant):
    # cold10 c10q116: the report writes "schepen van gebiedsgerichte werking" for "gebiedswerking"
    q = "Steunt de Vereniging van Vlaamse Steden en Gemeenten het idee van een aparte schepen voor gebiedswerking?"
    result = assistant.ask(q)
    assert result.abstained and "gebiedsgerichte werking" in result.answer


def test_a_place_adjective_is_carried_by_the_place_name(index):
    # cold13 c13q134: "het Voerense landschapspark" is the "landschapspark in Voeren" the report names
    things = named_things("Hoe groot is het Voerense landschapspark precies?", index)
    assert [t.name for t in things] == ["landschapspark"]
