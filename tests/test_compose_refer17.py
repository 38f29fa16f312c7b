"""A point keeps what it refers to, further back than the sentence before it (session 16, refer17)."""

from __future__ import annotations

import numpy as np
import pytest

from pactrag import compose


def _section(index, section_id):
    section = index.section_by_key[next(k for k in index.section_by_key if k[1] == section_id)]
    return section, compose.section_points(index, section.report_id, section.section_id)


def _point(text: str, position: int, paragraph: int) -> compose.Point:
    return compose.Point(
        text, (text,), position, np.zeros((0, 1), np.float32), paragraph=paragraph, last_paragraph=paragraph
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Convenanten of lange termijn akkoorden kunnen hierbij een houvast bieden, over bestuursperioden heen.",
        "Juist daar wordt het fundament gelegd voor vertrouwen, verbinding en gedragen beleid.",
        "De potentie om projecten te zien als leertrajecten wordt zo nauwelijks benut.",
        "Samenwerkingen ontstaan dus best rond gedeelde belangen.",
        "Voedselhubs worden genoemd als een voorbeeld van een dergelijke samenwerking.",
        "Door thema-overschrijdende projecten ondersteunen zij een inclusieve aanpak.",
    ],
)
def test_a_reference_inside_the_sentence_is_read(sentence):
    assert compose._points_back(_point(sentence, 1, 0))


@pytest.mark.parametrize(
    "sentence",
    [
        "Subsidiariteit: beslissingen moeten zo dicht mogelijk bij de burger genomen worden.",
        "Het gaat om interbestuurlijke samenwerking, dus zowel horizontaal als verticaal.",
        "Partners zijn pas bereid middelen te investeren als ze erop kunnen rekenen.",
        "Kleine gemeenten hebben vaak onvoldoende middelen en personeel.",
    ],
)
def test_a_sentence_whose_words_point_inside_it_stands_alone(sentence):
    # "zo … mogelijk", ", dus" (that is), a pronoun whose noun the sentence names itself
    assert not compose._points_back(_point(sentence, 1, 0))


def test_a_reference_reads_on_across_a_paragraph_break(index):
    # "Generatiewissel … zijn daarbij belangrijk." stands as a paragraph of its own after "Het
    # versterken van verenigingen en netwerken is cruciaal …": "daarbij" names that one
    _, points = _section(index, "2.5.3.2")
    point = next(p for p in points if p.text.startswith("Generatiewissel"))
    chain = compose._reads_on_from(point, dict(enumerate(points)))
    assert chain and chain[0][1] and "verenigingen en netwerken" in chain[0][0].text
    assert chain[0][0].last_paragraph != point.paragraph


def test_a_sentence_that_only_follows_across_a_paragraph_break_reads_on_from_nothing(index):
    # no reference, no list, no label: a new paragraph stands on its own (session 8: such lead-ins
    # changed 101 answers without one fact more)
    _, points = _section(index, "2.5.3.2")
    point = next(p for p in points if p.text.startswith("Een talentenbank kan inwoners"))
    assert compose._reads_on_from(point, dict(enumerate(points))) == []


def test_a_reference_chain_is_followed_while_each_point_refers_back():
    # "Dit …" after "Daarbij …" after the claim: the claim is what both rest on
    claim = _point("Gemeenten werken samen over hun grenzen heen.", 0, 0)
    middle = _point("Men kan daarbij kosten delen.", 1, 1)
    last = _point("Dit vraagt om duidelijke afspraken.", 2, 2)
    unrelated = _point("Kleine gemeenten hebben weinig personeel.", 3, 3)
    points = {p.position: p for p in (claim, middle, last, unrelated)}
    assert [(p.position, r) for p, r in compose._reads_on_from(last, points)] == [(1, True), (0, True)]
    assert compose._reads_on_from(unrelated, points) == []
    # a gap in the points shown ends the chain: only what is shown can be kept
    assert compose._reads_on_from(last, {2: last, 0: claim}) == []


def test_the_stop_keeps_what_a_kept_point_refers_to_across_a_paragraph_break(index, monkeypatch):
    section, points = _section(index, "2.5.3.2")
    point = next(p for p in points if p.text.startswith("Generatiewissel"))
    before = points[point.position - 1]
    best = points[0]
    group = compose._group(index, section, [best, before, point])
    monkeypatch.setattr(compose, "_still_answers", lambda gap, *rest: 1.0 if gap < 0.5 else 0.0)
    answer_score = {id(best): 1.0, id(before): 0.0, id(point): 0.9}
    out = compose._stop_after_answer([group], best, answer_score, {id(p): 0.0 for p in (best, before, point)})
    assert [p.position for p in out[0].points] == [best.position, before.position, point.position]


def test_the_answering_point_still_leads_what_it_refers_to_follows(index):
    # the answering point first (session 14): "Convenanten … hierbij …" leads, the sentence it
    # names stays in the answer after it (measured: leading with it lowered fact_first on v1 and
    # cold4-7 without a fact more)
    _, points = _section(index, "2.3.3.2")
    point = next(p for p in points if p.text.startswith("Convenanten"))
    before = points[point.position - 1]
    assert compose._lead_run(point, [points[0], before, point]) == [point]


def test_a_quote_s_own_reference_words_point_inside_the_speech():
    quote = '"Een welzijnsplan, allemaal apart, nooit lijnen daardoor. Wanneer gaat dat stoppen?"'
    assert not compose._points_back(_point(quote, 1, 0))
