"""A part after the first leaves the answer when it adds nothing asked (session 16, pad17)."""

from __future__ import annotations

import numpy as np

from pactrag import compose
from pactrag.intent import Intent
from pactrag.retrieve import Retrieval


def _groups(index, monkeypatch):
    monkeypatch.setattr(compose, "sentence_votes", lambda index, q: {})
    out = []
    for sid in ("2.2.3.3", "2.1.3.4"):
        section = index.section_by_key[next(k for k in index.section_by_key if k[1] == sid)]
        points = list(compose.section_points(index, section.report_id, section.section_id))[:2]
        out.append(compose._group(index, section, points))
    return out, Retrieval((), np.zeros(3))


def test_a_part_far_below_the_answer_leaves(index, monkeypatch):
    # the second part's best point stands far below the first part's and the question names
    # neither its kind nor its subfacet: padding (the blind reader of cold17 named second and third
    # sections of other subfacets after the answer; held out over 17 dev sets such parts held a
    # needed fact, item or side in 6 of 904); the first part always stays
    groups, retrieval = _groups(index, monkeypatch)
    first = {id(p) for p in groups[0].points}
    intent = Intent(kinds=frozenset(), subfacets=(), wants_items=False, compare=False, topic=())
    out = compose._drop_asides(groups, intent, lambda p: 0.9 if id(p) in first else 0.4, retrieval, index)
    assert out == groups[:1]


def test_a_part_close_to_the_answer_or_of_the_kind_asked_stays(index, monkeypatch):
    groups, retrieval = _groups(index, monkeypatch)
    intent = Intent(kinds=frozenset(), subfacets=(), wants_items=False, compare=False, topic=())
    # as good as the first part: it may hold what the first lacks
    assert compose._drop_asides(groups, intent, lambda p: 0.8, retrieval, index) == groups
    # the question names its kind (synergies) and it is not far below: it stays
    first = {id(p) for p in groups[0].points}
    kind = groups[1].section.kind
    named = Intent(kinds=frozenset({kind}), subfacets=(), wants_items=False, compare=False, topic=())
    score = lambda p: 0.9 if id(p) in first else 0.82  # noqa: E731
    assert compose._drop_asides(groups, named, score, retrieval, index) == groups
    assert compose._drop_asides(groups, intent, score, retrieval, index) == groups[:1]


def test_a_part_that_opens_an_ask_stays(index, monkeypatch):
    # a part that opens the answer to one of the question's asks ("Bij je vraag …") stays however
    # far below the first part's best point it scores: it opens that ask's answer (cold4 c4q096
    # lost the parts under "Bij je vraag ‘wat blijft de taak van de lokale besturen?’")
    from dataclasses import replace

    groups, retrieval = _groups(index, monkeypatch)
    groups[1] = replace(groups[1], intro="Bij je vraag ‘wat blijft de taak van de lokale besturen’:")
    first = {id(p) for p in groups[0].points}
    intent = Intent(kinds=frozenset(), subfacets=(), wants_items=False, compare=False, topic=())
    out = compose._drop_asides(groups, intent, lambda p: 0.9 if id(p) in first else 0.4, retrieval, index)
    assert out == groups
