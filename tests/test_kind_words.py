"""The template kinds a question names, read for retrieval as compose reads them
(intent.named_kinds, session 12)."""

from __future__ import annotations

from pactrag.intent import named_kinds


def test_named_kinds_read_the_additions_as_compose_does():
    assert named_kinds("According to the additions on community power, what is needed?") == {"aanvullingen"}
    assert named_kinds("What did participants add to the vision of strong local government?") == {
        "aanvullingen"
    }
    assert named_kinds("Welke aanvullingen kwamen er op het toekomstbeeld over samenwerking?") == {
        "aanvullingen"
    }
    # set side by side, both are asked
    assert named_kinds("Compare the vision with the additions") == {"toekomstbeeld", "aanvullingen"}
    assert named_kinds("What is the vision for the region?") == {"toekomstbeeld"}
    # the vision's everyday names are not read here: a question naming it asks as often what it lacks
    assert named_kinds("Wat ontbreekt er volgens de deelnemers in het toekomstbeeld?") == frozenset()
    assert named_kinds("Wat houdt gemeenten tegen?") == {"stop"}
    assert named_kinds("Wanneer vond het atelier plaats?") == frozenset()
