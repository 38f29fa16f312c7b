"""The good-practices table, extracted from the real report (no index needed)."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from pactrag.corpus import load_corpus
from pactrag.practices import (
    Lexicon,
    extract_practices,
    factor_coverage,
    filter_practices,
    named_places,
    place_coverage,
    practice_records,
    success_factors,
)
from pactrag.records import Section


@pytest.fixture(scope="module")
def sections() -> list[Section]:
    corpus = load_corpus([CORPUS], CORPUS)
    return [s for lr in corpus.reports for s in lr.sections]


@pytest.fixture(scope="module")
def practices(sections):
    return extract_practices(sections)


def one(practices, needle: str):
    found = [p for p in practices if needle in p.quote]
    assert len(found) == 1, f"{needle!r}: {len(found)} rows"
    return found[0]


def test_every_row_links_to_its_verbatim_source(sections, practices):
    by_key = {(s.report_id, s.section_id): s for s in sections}
    assert len(practices) >= 35
    for p in practices:
        section = by_key[(p.report_id, p.section_id)]
        assert section.text[p.start : p.end] == p.quote
        assert p.quote.strip() == p.quote and p.quote
        assert p.subfacet_id == section.subfacet_id and p.subfacet_id.startswith("2.")
    assert len({p.key for p in practices}) == len(practices)


def test_every_continue_section_contributes(sections, practices):
    continue_ids = {s.section_id for s in sections if s.kind == "continue"}
    assert continue_ids == {"2.1.3.1", "2.2.3.1", "2.3.3.1", "2.4.3.1", "2.5.3.1"}
    counts = {sid: sum(p.section_id == sid for p in practices) for sid in continue_ids}
    assert counts["2.1.3.1"] == 4  # four labelled practices
    assert counts["2.3.3.1"] == 8  # the enumeration of initiatives
    assert counts["2.4.3.1"] == 4  # Open Ruimte Platform, Regiodeals, Zuid-West-Vlaanderen, Landbouwkalender
    assert counts["2.2.3.1"] >= 8 and counts["2.5.3.1"] >= 12


def test_talentenbank_row_names_aarschot_and_its_supporter(practices):
    row = one(practices, "digitale talentenbank")
    assert row.section_id == "2.5.3.1" and row.section_kind == "continue"
    assert row.places[:2] == ("Aarschot", "Saamo")
    # the continuation sentence stays with the practice it continues
    assert row.quote.endswith("Dit initiatief wordt ondersteund door Saamo en het lokaal bestuur.")


def test_prose_practices_with_places(practices):
    assert one(practices, "schakelfiguur").places == ("Mollenkoeij",)
    assert one(practices, "schakelfiguur").section_id == "2.2.3.1"
    assert one(practices, "Arktos richt zich").places == ("Arktos",)
    assert one(practices, "straatambassadeur als schakel").places == ("Eeklo", "Meetjesland")
    assert one(practices, "dorpsconsulent een gelijkaardige").places == ("Leest", "Mechelen")
    assert one(practices, "Bond Beter Leefmilieu").places == ("Bond Beter Leefmilieu", "Groene Kring")
    kempen = one(practices, "eerstelijnsmedewerkers")
    assert kempen.title == "Lokaal Bestuur" and kempen.places == ("Kempen",)


def test_labelled_practices_keep_their_description(practices):
    row = one(practices, "Verbindende thema’s als basis voor samenwerking:")
    assert row.title == "Verbindende thema’s als basis voor samenwerking"
    assert "Voedselhubs zoals in Antwerpen" in row.quote and row.places == ("Antwerpen",)
    assert "Gelijkwaardig partnerschap" not in row.quote  # the next label starts a new row


def test_enumerated_initiatives_become_rows(practices):
    rows = [p for p in practices if p.section_id == "2.3.3.1"]
    titles = [p.title for p in rows]
    assert titles[0] == "Dorpencoördinator" and rows[0].places == ()
    assert "Neteland “Samenproject”" in titles
    assert "Morkhoven: (aanpak van vereenzaming)" in titles
    assert next(p for p in rows if "VLM" in p.title).places == ("VLM", "Limburg")
    assert next(p for p in rows if "Dessel" in p.title).places == ("Dessel", "Retie")
    assert rows[-1].places == ("departement Omgeving",)


def test_headed_bullet_groups(practices):
    rows = {p.title: p for p in practices if p.section_id == "2.4.3.1"}
    assert set(rows) == {
        "Programma’s Open Ruimte Platform",
        "Regiodeals",
        "Interbestuurlijke samenwerking Zuid-West-Vlaanderen",
        "Landbouwkalender in de Westhoek",
    }
    assert rows["Regiodeals"].places == ("Nederland",)
    assert "Westhoek" in rows["Landbouwkalender in de Westhoek"].places
    assert "Kalender" not in rows["Landbouwkalender in de Westhoek"].places


def test_intro_and_commentary_are_not_practices(practices):
    quotes = " ".join(p.quote for p in practices)
    assert "De deelnemers haalden tijdens het gesprek" not in quotes
    assert "Verschillende initiatieven tonen hoe" not in quotes
    assert "relatief groot aantal succesvolle beleidsinitiatieven" not in quotes


def test_good_examples_elsewhere_are_included_with_their_section(practices):
    broodje = one(practices, "Broodje Burger")
    assert broodje.title == "Broodje Burger" and broodje.places == ("Kempen",)
    assert broodje.section_id == "2.2.3.2" and broodje.section_kind == "start"
    assert broodje.section_label == "§2.2.3.2 Opschaling"
    # a plural 'goede praktijken' in a general statement is not itself an example
    assert not [p for p in practices if p.quote.startswith("Netwerken en kennisdeling")]


def test_sentence_start_names_need_evidence():
    lexicon = Lexicon.of(["de middelen van de gemeente en het bestuur", "zoals Arktos en Saamo"])
    assert named_places("Middelen bundelen helpt.", lexicon) == ()
    assert named_places("Arktos richt zich op jongeren.", lexicon) == ("Arktos",)
    assert named_places("In Aarschot werkt de VLM samen met Saamo.", lexicon) == ("Aarschot", "VLM", "Saamo")
    assert named_places("De krant ‘Iedereen Leest’ in Leest.", lexicon, skip=("Iedereen Leest",)) == (
        "Leest",
    )


def test_filter_is_case_and_accent_insensitive(practices):
    assert [p.section_id for p in filter_practices(practices, "TALENTENBANK")] == ["2.5.3.1"]
    assert filter_practices(practices, "geintegreerde") == filter_practices(practices, "geïntegreerde")
    kempen = filter_practices(practices, "kempen")
    assert {p.section_id for p in kempen} == {"2.2.3.1", "2.2.3.2"}
    only_25 = filter_practices(practices, "", "2.5")
    assert only_25 and all(p.subfacet_id == "2.5" for p in only_25)
    assert filter_practices(practices, "", "alle") == practices
    assert filter_practices(practices, "jongeren arktos") == [one(practices, "Arktos richt zich")]
    assert filter_practices(practices, "bestaat-niet-xyz") == []


def test_summary_does_not_repeat_the_title(practices):
    platform = next(p for p in practices if p.title == "Programma’s Open Ruimte Platform")
    assert platform.summary.startswith(
        "Programma’s Open Ruimte Platform — Het samenbrengen van verschillende"
    )
    label = one(practices, "Gebiedsgerichte kennis en data:")
    assert label.summary.startswith("Gebiedsgerichte kennis en data — Het werken op basis van kennis")
    assert one(practices, "Morkhoven").summary == "Morkhoven: (aanpak van vereenzaming)"
    broodje = one(practices, "Broodje Burger")
    assert broodje.summary.startswith(
        "Broodje Burger — Een inspirerend voorbeeld hiervan is ‘Broodje Burger’"
    )


def test_an_initiative_named_by_a_plural_opening_is_an_organisation(practices):
    # "Burgers aan zet bevordert …": plural noun, singular verb -> the phrase is a name
    assert one(practices, "Burgers aan zet").places == ("Burgers aan zet",)
    lexicon = Lexicon.of(["de burger en de gemeente", "zij bevorderen en vormen", "gemeenten"])
    assert named_places("Burgers aan zet bevordert een zorgzame samenleving.", lexicon) == (
        "Burgers aan zet",
    )
    # agreement in the plural is an ordinary sentence, and 'In' is no plural of 'i'
    assert named_places("Burgers vormen een krachtig instrument.", lexicon) == ()
    assert named_places("In de gemeente bevordert men dat.", lexicon) == ()


def test_place_coverage_and_rows_still_without_a_place(practices):
    named, total = place_coverage(practices)
    assert (named, total) == (25, 45)  # was 24: "Burgers aan zet"
    # rows where the report names no place or organisation (read in the text)
    assert one(practices, "De dorpsraad fungeert").places == ()
    assert one(practices, "taxicheques").places == ()
    assert one(practices, "in alle provincies").places == ()


def test_success_factors_are_the_reports_own_words(sections, practices):
    by_key = {(s.report_id, s.section_id): s for s in sections}
    for p in practices:
        for factor in p.factors:
            assert factor in p.quote  # verbatim, from the practice's own passage
            assert factor != p.title
        assert by_key[(p.report_id, p.section_id)].text[p.start : p.end] == p.quote
    # a label's description: the sentences that say what makes it work
    themes = one(practices, "Verbindende thema’s als basis voor samenwerking:")
    assert (
        themes.factors[0]
        == "Het kiezen van thema’s die zowel stad als platteland raken, zorgt voor gedeeld belang."
    )
    data = one(practices, "Gebiedsgerichte kennis en data:")
    assert len(data.factors) == 3 and data.factors[2].startswith("Vertrekken van objectieve")
    # the participant's quote under a label is an illustration, not a factor
    assert not [f for f in one(practices, "Burgers betrekken en draagvlak").factors if "winkel" in f]
    # in the sentence that presents the practice: the clause of effect, not the name
    assert one(practices, "In Mollenkoeij").factors == (
        "waardoor vragen beter worden opgevolgd en teruggekoppeld.",
    )
    assert (
        one(practices, "Iedereen Leest")
        .factors[0]
        .startswith("zorgt niet alleen voor inclusieve communicatie")
    )
    # under a heading: list items naming a way of working, or giving a reason
    platform = next(p for p in practices if p.title == "Programma’s Open Ruimte Platform")
    assert platform.factors == (
        "Het samenbrengen van verschillende stakeholders",
        "Bottom-up werking",
        "Organisaties, want je hebt de capaciteit van een organisatie nodig om een dergelijk project op gang te trekken",
        "Geïntegreerde werking",
    )
    assert next(p for p in practices if p.title.startswith("Interbestuurlijke")).factors == (
        "Hier heerst een traditie van samenwerking",
    )
    regiodeals = next(p for p in practices if p.title == "Regiodeals")
    assert "Instrument in Nederland" not in regiodeals.factors
    # names in an enumeration carry no reason: empty, not invented
    assert all(not p.factors for p in practices if p.section_id == "2.3.3.1")
    assert one(practices, "digitale talentenbank").factors == ()
    assert factor_coverage(practices) == (16, 45)


def test_success_factor_rules():
    # a connective in the presenting sentence: from the connective on
    assert success_factors("In Dorp is een loket geopend, zodat vragen sneller beantwoord worden.") == (
        "zodat vragen sneller beantwoord worden.",
    )
    # a sentence-initial 'Want' justifies the previous sentence: not a factor
    assert success_factors("Een markt in het dorp. Want dit ligt niet iedereen.") == ()
    # a verb of effect counts in a later sentence, not in the presenting one
    assert success_factors("De raad bevordert de samenhang.") == ()
    assert success_factors("Een raad in het dorp. Ze versterkt de samenhang.") == (
        "Ze versterkt de samenhang.",
    )
    # list items under a heading: a way of working yes, a mere description no
    bullets = "Dorpsloket\n\n• Instrument in de regio\n\n• Regionale aanpak"
    assert success_factors(bullets, "Dorpsloket") == ("Regionale aanpak",)


def test_records_carry_the_factors(practices):
    rows = practice_records(practices, {})
    mollen = next(r for r, p in zip(rows, practices, strict=True) if "Mollenkoeij" in p.quote)
    assert mollen["succesfactoren"] == "waardoor vragen beter worden opgevolgd en teruggekoppeld."
    platform = next(r for r in rows if r["praktijk"] == "Programma’s Open Ruimte Platform")
    assert platform["succesfactoren"].startswith(
        "Het samenbrengen van verschillende stakeholders • Bottom-up werking"
    )
