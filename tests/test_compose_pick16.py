"""The sources' first section shows its best point (session 15, pick16)."""

from __future__ import annotations

import numpy as np

from pactrag import compose
from pactrag.records import Hit
from pactrag.retrieve import Retrieval


def _section(index, sid):
    return index.section_by_key[next(k for k in index.section_by_key if k[1] == sid)]


def _retrieval(index, sid):
    chunk = next(c for c in index.chunks if c.section_id == sid)
    return Retrieval((Hit(chunk, 1.0, 1),), np.zeros(3))


def test_the_first_sources_part_shows_its_best_point_beside_the_points_chosen(index, monkeypatch):
    # a part of the sources' first section that shows other points (an ask's, a theme's) gains the
    # section's best point: in multi-part answers the answering sentence (rank 0 in its section)
    # was left out while the section was cited (cold8 c8q155, cold11 c11q015)
    monkeypatch.setattr(compose, "sentence_votes", lambda index, q: {})
    section = _section(index, "2.2.3.3")
    points = compose.section_points(index, section.report_id, section.section_id)
    best = points[-1]
    shown = compose._group(index, section, points[:1])

    def score(p):
        return 0.9 if p is best else 0.5

    out = compose._first_source_best([shown], score, _retrieval(index, "2.2.3.3"), index)
    assert [p.position for p in out[0].points] == [points[0].position, best.position]  # report order
    # already shown: unchanged
    assert compose._first_source_best(out, score, _retrieval(index, "2.2.3.3"), index) == out
    # an answer that lists the section's items keeps its list (its best point by score is often
    # the line that repeats the question: "In dit subfacet bespraken de deelnemers …")
    assert compose._first_source_best([shown], score, _retrieval(index, "2.2.3.3"), index, items=True) == [
        shown
    ]


def test_a_first_source_the_answer_does_not_show_is_not_added(index, monkeypatch):
    # joining the first source as a part of its own put "Verloop van het toekomstatelier" or
    # another subfacet's barriers at the head of synthesis answers (measured, not kept)
    monkeypatch.setattr(compose, "sentence_votes", lambda index, q: {})
    other = _section(index, "2.2.3.2")
    shown = compose._group(index, other, compose.section_points(index, other.report_id, other.section_id)[:1])
    assert compose._first_source_best([shown], lambda p: 0.5, _retrieval(index, "2.2.3.3"), index) == [shown]
