"""Choosing the section within the subfacet retrieval ranks first (within.py)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from pactrag import within
from pactrag.records import Chunk


def _chunk(n: int, section: str, subfacet: str, kind: str) -> Chunk:
    return Chunk(f"a-{n}", "t", "t", "a", "V", "", section, "t", "p", subfacet, "s", kind, 0, n, 0, 1)


CHUNKS = [
    _chunk(0, "2.2.1", "2.2", "toekomstbeeld"),
    _chunk(1, "2.2.3.2", "2.2", "start"),
    _chunk(2, "2.3.3.2", "2.3", "start"),
    _chunk(3, "2.2.3.3", "2.2", "stop"),
    _chunk(4, "inleiding", "", "intro"),
]


def _index() -> SimpleNamespace:
    return SimpleNamespace(
        chunks=CHUNKS,
        by_id={c.chunk_id: c for c in CHUNKS},
        position={c.chunk_id: i for i, c in enumerate(CHUNKS)},
    )


def test_the_kind_asked_reorders_the_top_subfacets_parts_among_their_own_places(monkeypatch):
    # the question reads as one about scaling up: the vision of the same subfacet ranked first
    monkeypatch.setattr(within, "kind_probabilities", lambda index, q: {"start": 0.8, "toekomstbeeld": 0.1})
    fused = {"a-0": 3.0, "a-2": 2.5, "a-1": 2.0, "a-3": 1.0}
    best = np.array([0.80, 0.80, 0.80, 0.79, 0.5])
    out = within.reorder(_index(), fused, best, np.zeros(4))
    assert out["a-1"] == 3.0 and out["a-0"] == 2.0  # the scaling-up part takes the first place
    assert out["a-2"] == 2.5  # another subfacet's chunk keeps its place
    assert sorted(out.values()) == sorted(fused.values())  # no new places


def test_nothing_moves_outside_a_subfacet_or_without_the_kind_model(monkeypatch):
    monkeypatch.setattr(within, "kind_probabilities", lambda index, q: {"start": 0.9})
    fused = {"a-4": 3.0, "a-0": 2.0, "a-1": 1.0}
    best = np.array([0.8, 0.8, 0.8, 0.8, 0.8])
    assert within.reorder(_index(), fused, best, np.zeros(4)) == fused
    monkeypatch.setattr(within, "kind_probabilities", lambda index, q: {})
    fused = {"a-0": 3.0, "a-1": 2.0}
    assert within.reorder(_index(), fused, best, np.zeros(4)) == fused


def test_retrieval_leaves_the_order_alone_when_the_question_names_a_kind(index, monkeypatch):
    # the rules' reading of a kind named in the question's own words outranks the kind model's
    from pactrag import retrieve as retrieve_mod

    calls: list[str] = []

    def spy(idx, fused, best, qvec):
        calls.append("x")
        return fused

    monkeypatch.setattr(retrieve_mod, "reorder_within", spy)
    retrieve_mod.retrieve(index, "Wat staat er in de weg als een dorp zijn inwoners wil laten meedenken?", 5)
    assert calls == []
    retrieve_mod.retrieve(index, "Kunnen provinciale medewerkers kleine gemeenten een paar dagen helpen?", 5)
    assert calls == ["x"]


def test_the_subfacet_meant_reorders_the_kind_asked_among_its_own_places(monkeypatch):
    # the mirror: the kind is named ("scale-up actions"), the subfacet only in other words; the
    # example subfacet model reads 2.3: its scaling-up part takes the first place
    monkeypatch.setattr(
        within, "subfacet_probabilities", lambda index, q: {("a", "2.3"): 0.8, ("a", "2.2"): 0.1}
    )
    fused = {"a-1": 3.0, "a-0": 2.5, "a-2": 2.0, "a-3": 1.0}
    best = np.array([0.8, 0.8, 0.8, 0.8, 0.5])
    out = within.reorder_subfacets(_index(), fused, best, np.zeros(4), {"start"})
    assert out["a-2"] == 3.0 and out["a-1"] == 2.0  # 2.3's Opschaling first, 2.2's takes its place
    assert out["a-0"] == 2.5 and out["a-3"] == 1.0  # other kinds keep their places
    # a first chunk of a kind the question does not name: nothing moves
    assert within.reorder_subfacets(_index(), fused, best, np.zeros(4), {"stop"}) == fused


def test_retrieval_reads_the_subfacet_only_when_a_kind_is_named_and_no_subfacet(index, monkeypatch):
    from pactrag import retrieve as retrieve_mod

    calls: list[str] = []

    def spy(idx, fused, best, qvec, kinds):
        calls.append(",".join(sorted(kinds)))
        return fused

    monkeypatch.setattr(retrieve_mod, "reorder_subfacets", spy)
    retrieve_mod.retrieve(index, "Kunnen provinciale medewerkers kleine gemeenten een paar dagen helpen?", 5)
    assert calls == []  # no kind named: within.reorder's turn
    retrieve_mod.retrieve(
        index, "Welke drempels zien de deelnemers voor de samenwerking tussen steden en dorpen?", 5
    )
    assert calls == ["stop"]
    retrieve_mod.retrieve(index, "Welke drempels zien de deelnemers bij intergemeentelijke samenwerking?", 5)
    assert calls == ["stop"]  # the subfacet is named by its title: the rules place it


def test_the_kind_named_takes_the_first_place_within_the_first_subfacet():
    # "volgens de synergiën …": a long sibling part of the same subfacet had more of the
    # question's words; the part the question names by the rules moves up among the subfacet's
    # own places, another subfacet's chunk keeps its place
    fused = {"a-1": 3.0, "a-2": 2.5, "a-0": 2.0, "a-3": 1.5}
    best = np.array([0.8, 0.8, 0.8, 0.8, 0.5])
    out = within.reorder_named(_index(), fused, best, {"stop"})
    assert out["a-3"] == 3.0 and out["a-1"] == 2.0 and out["a-0"] == 1.5
    assert out["a-2"] == 2.5
    assert sorted(out.values()) == sorted(fused.values())
    # no kind named, or a first chunk outside a subfacet: nothing moves
    assert within.reorder_named(_index(), fused, best, set()) == fused
    assert within.reorder_named(_index(), {"a-4": 3.0, "a-3": 1.0}, best, {"stop"}) == {
        "a-4": 3.0,
        "a-3": 1.0,
    }


def test_retrieval_puts_the_kind_named_first_for_a_whole_question_only(index, monkeypatch):
    from pactrag import retrieve as retrieve_mod

    calls: list[str] = []

    def spy(idx, fused, best, kinds):
        calls.append(",".join(sorted(kinds)))
        return fused

    monkeypatch.setattr(retrieve_mod, "reorder_named", spy)
    retrieve_mod.retrieve(index, "Kunnen provinciale medewerkers kleine gemeenten een paar dagen helpen?", 5)
    assert calls == []  # no kind named
    retrieve_mod.retrieve(index, "Welke drempels zien de deelnemers bij intergemeentelijke samenwerking?", 5)
    assert calls == ["stop"]
    retrieve_mod.retrieve(index, "Welke drempels zien de deelnemers?", 5, kinds=frozenset({"stop"}))
    assert calls == ["stop"]  # one ask of a several-part question: compose places it


def test_retrieval_puts_the_additions_first_when_named_by_their_name_or_as_added_to_the_vision(
    index, monkeypatch
):
    # the additions named by their name count as a named kind, and what was added to the vision
    # as the additions (intent.named_kinds, as compose reads them): "according to the additions"
    # got the subfacet's vision (cold12 c12q073), "add to the vision" the vision itself (cold8 c8c06.1)
    from pactrag import retrieve as retrieve_mod

    calls: list[str] = []

    def spy(idx, fused, best, kinds):
        calls.append(",".join(sorted(kinds)))
        return fused

    monkeypatch.setattr(retrieve_mod, "reorder_named", spy)
    retrieve_mod.retrieve(
        index, "What do civil society organisations need according to the additions on community power?", 5
    )
    retrieve_mod.retrieve(
        index, "What did participants add to the vision of strong, nearby local governments?", 5
    )
    retrieve_mod.retrieve(
        index, "Welke aanvullingen kwamen er op het toekomstbeeld over intergemeentelijke samenwerking?", 5
    )
    assert calls == ["aanvullingen"] * 3
