"""A follow-up that keeps the subject and names another subfacet is answered in that subfacet
(``Assistant._named_place``, session 13): the subject carried, the place named."""

from __future__ import annotations

from pactrag.answer import Assistant, _Shown
from pactrag.retrieve import Filters

REPORT = "toekomstatelier-5"
FIRST = "Welk leidend principe willen de deelnemers bij intergemeentelijke samenwerking hanteren?"


def _history(assistant: Assistant) -> list[tuple[str, str]]:
    """One turn on intermunicipal cooperation (2.3), its plain retrieval set by hand so the test
    holds whatever the embedder ranks."""
    chunk = next(c for c in assistant.index.chunks if c.section_id == "2.3.2")
    assistant._remember(FIRST, Filters(), _Shown((chunk,), None))
    return [(FIRST, "Het subsidiariteitsbeginsel als leidend principe hanteren. [1]")]


def test_a_pointing_turn_naming_another_subfacet_is_placed_there(assistant):
    history = _history(assistant)
    question = "Komt dat principe ook terug in wat men bij gemeenschapskracht wil opstarten?"
    assert assistant._named_place(question, history, Filters()) == (REPORT, "2.5")


def test_its_kind_is_answered_from_the_named_subfacet(assistant):
    history = _history(assistant)
    question = "Komt dat principe ook terug in wat men bij gemeenschapskracht wil opstarten?"
    switch = assistant._switch(question, history, Filters())
    assert switch is not None and switch[1] == (REPORT, "2.5")
    answer = assistant.ask(question, tuple(history))
    assert answer.sources[0].chunk.subfacet_id == "2.5"


def test_a_turn_naming_the_subfacet_it_is_on_or_none_has_no_named_place(assistant):
    history = _history(assistant)
    assert assistant._named_place("Hoe wil men dat opstarten?", history, Filters()) is None
    question = "Komt dat principe ook terug bij intergemeentelijke samenwerking?"
    assert assistant._named_place(question, history, Filters()) is None


def test_a_subfacet_named_as_what_the_subject_links_to_is_no_place(assistant):
    # "Wat heeft dat met gemeenschapskracht te maken?" asks the synergies of where it is
    history = _history(assistant)
    question = "Wat heeft dat met gemeenschapskracht te maken?"
    assert assistant._named_place(question, history, Filters()) is None


def test_with_no_kind_asked_the_carried_subject_is_looked_up_in_the_named_subfacet(assistant):
    # over the whole report the carried words led back to intermunicipal cooperation's additions
    history = _history(assistant)
    answer = assistant.ask("Wat zeggen ze daarover bij gemeenschapskracht?", tuple(history))
    assert answer.sources[0].chunk.subfacet_id == "2.5"


def test_the_carried_words_naming_the_subfacet_left_are_dropped_the_subject_stays(assistant):
    history = _history(assistant)
    question = "Wat zeggen ze daarover bij gemeenschapskracht?"
    carried = f"{question} (subsidiariteit intergemeentelijke samenwerking)"
    assert (
        assistant._without_place_left(carried, question, history, Filters()) == f"{question} (subsidiariteit)"
    )
    # a follow-up staying where it is keeps all it carried
    stays = "Hoe wil men dat opstarten? (subsidiariteit intergemeentelijke samenwerking)"
    assert assistant._without_place_left(stays, "Hoe wil men dat opstarten?", history, Filters()) == stays
