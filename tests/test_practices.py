"""The good-practices table, extracted from the real report (no index needed)."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from pactrag.corpus import load_corpus
from pactrag.practices import Lexicon, extract_practices, filter_practices, named_places
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
