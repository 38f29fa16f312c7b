"""Composition as a memo reads it (session 11): a "Dit NOUN" opening shown with the sentence it
names, and a section of labelled blocks listed one line per block."""

from __future__ import annotations

from pactrag import compose
from pactrag.compose import section_points

REPORT = "toekomstatelier-5"


def _points(answer):
    return [line[2:] for line in answer.answer.splitlines() if line.startswith("- ")]


# -- a reference names a sentence further up its block ----------------------------------------


def test_a_determiner_noun_opening_finds_the_sentence_naming_its_noun_within_the_block():
    block = [
        "Een ander terugkerend probleem is het gebrek aan structurele opvolging van projecten.",
        "Zodra een subsidieperiode eindigt, verdwijnt vaak ook de projectwerking.",
        "Daarenboven leggen subsidiekaders te veel nadruk op resultaatgerichte indicatoren.",
    ]
    sentence = "Dit probleem wordt versterkt door de politieke wisselvalligheid."
    assert compose._antecedent(sentence, block) == block[0]


def test_a_pronoun_or_a_noun_the_sentence_before_names_keeps_the_sentence_before():
    block = ["Er is een opvallende overlap tussen thema's en programma's."]
    assert compose._antecedent("Deze overlappingen bieden kansen.", block) == ""  # right before
    assert compose._antecedent("Dit vraagt om een cultuuromslag.", ["Een probleem is er."]) == ""  # a verb
    assert compose._antecedent("Deze spanning is structureel.", block) == ""  # named nowhere


def test_the_report_shows_dit_probleem_with_the_problem_it_names_not_with_the_sentence_before(index):
    points = section_points(index, REPORT, "2.3.3.3")
    point = next(p for p in points if "Dit probleem wordt versterkt" in p.text)
    assert point.text.startswith("Een ander terugkerend probleem is het gebrek aan structurele opvolging")
    assert "Daarenboven" not in point.text
    assert point.antecedent.startswith("Een ander terugkerend probleem")
    # … and the antecedent does not reach across a label: "Deze beslissing" stays with the sentence before
    practices = section_points(index, REPORT, "2.1.3.1")
    assert not any(p.antecedent for p in practices)


def test_a_shown_antecedent_is_quoted_verbatim(assistant):
    answer = assistant.ask("Waardoor wordt het gebrek aan opvolging van projecten nog verergerd?")
    quotes = [q for c in answer.citations for q in c.quotes]
    if any("Dit probleem wordt versterkt" in p for p in _points(answer)):
        assert any(q.startswith("Een ander terugkerend probleem") for q in quotes)


# -- a section of labelled blocks lists its blocks ---------------------------------------------


def test_a_list_of_labelled_blocks_shows_one_line_per_block_and_keeps_a_list_after_them(index):
    barriers = section_points(index, REPORT, "2.3.3.3")
    items = compose._as_items(barriers, lambda p: False)
    assert len(items) < len(barriers)
    assert all(compose._labelled_head(p) for p in items)
    synergies = section_points(index, REPORT, "2.1.3.4")
    listed = compose._as_items(synergies, lambda p: False)
    assert any(p.text.startswith("Ruimte voor maatwerk:") for p in listed)  # a bullet of the list after


def test_a_section_of_plain_paragraphs_is_listed_whole(index):
    practices = section_points(index, REPORT, "2.2.3.1")
    assert compose._as_items(practices, lambda p: False) == practices


def test_a_block_paragraph_on_the_questions_topic_stays(index):
    barriers = section_points(index, REPORT, "2.3.3.3")
    items = compose._as_items(barriers, lambda p: "Projectopvolging" in p.text)
    assert any(p.text.startswith("Projectopvolging is dan vaak afhankelijk") for p in items)
