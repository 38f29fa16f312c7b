"""A question for one thing stops after the points that answer it (session 15, pad16)."""

from __future__ import annotations

import numpy as np

from pactrag import compose
from pactrag import messages as M
from pactrag.retrieve import Retrieval


def _setup(index, monkeypatch):
    monkeypatch.setattr(compose, "sentence_votes", lambda index, q: {})
    section = index.section_by_key[next(k for k in index.section_by_key if k[1] == "2.2.3.3")]
    points = [p for p in compose.section_points(index, section.report_id, section.section_id) if p.block < 0]
    group = compose._group(index, section, points[:4])
    return group, points[:4], Retrieval((), np.zeros(3))


def test_a_point_far_below_the_answering_point_is_left_out(index, monkeypatch):
    # the answering point scores well above two of the section's other points: they are padding
    # around the answer (the blind reader of cold15 named padding first; held out over 15 dev sets
    # such points held a fact the answer lacked in 10 of 2050 facts); they leave the answer and the
    # section stays cited, with no closing line (the blind reader of cold16 found it empty). A point
    # close to the answering one stays.
    group, points, retrieval = _setup(index, monkeypatch)
    answering, near = points[0], points[1]

    def score(p):
        return 0.9 if p is answering else (0.86 if p is near else 0.5)

    out = compose._answer_first([group], score, retrieval, index, stop=True)
    assert [p.position for p in out[0].points] == [answering.position, near.position]
    text = compose._render(M.LEAD_DEFAULT, out, [], index).text
    assert text.splitlines()[-1].startswith("- ") and text.count("[1]") == 2  # the two points, cited
    # without the stop (a list asked, a comparison) every point stays
    whole = compose._answer_first([group], score, retrieval, index)
    assert len(whole[0].points) == 4


def test_points_that_all_still_answer_stay(index, monkeypatch):
    group, points, retrieval = _setup(index, monkeypatch)
    out = compose._answer_first([group], lambda p: 0.8, retrieval, index, stop=True)
    assert len(out[0].points) == 4


def test_the_sentence_the_answering_point_continues_stays(index, monkeypatch):
    # the sentence before the answering point in its paragraph names what is asked (``_lead_in``):
    # it stays with the answer however low it scores
    group, points, retrieval = _setup(index, monkeypatch)
    answering = next(
        p
        for p in points[1:]
        if any(q.position == p.position - 1 and q.paragraph == p.paragraph for q in points)
    )
    before = next(q for q in points if q.position == answering.position - 1)
    out = compose._answer_first(
        [group], lambda p: 0.9 if p is answering else 0.3, retrieval, index, stop=True
    )
    assert before in out[0].points and answering in out[0].points


def test_a_kept_point_keeps_the_sentence_it_reads_on_from(index, monkeypatch):
    # a point kept after the answering one keeps the point before it in its paragraph: the stop had
    # shown "Convenanten … kunnen hierbij een houvast bieden" without the "vaste werkstructuren"
    # sentence "hierbij" points to (cold16 c16q042, read blind)
    section = index.section_by_key[next(k for k in index.section_by_key if k[1] == "2.3.3.2")]
    points = list(compose.section_points(index, section.report_id, section.section_id))
    convenant = next(p for p in points if p.text.startswith("Convenanten"))
    before = next(p for p in points if p.position == convenant.position - 1)
    best = next(p for p in points if p.last_paragraph < before.paragraph and p.position < before.position - 1)
    assert before.last_paragraph == convenant.paragraph
    group = compose._group(index, section, [best, before, convenant])
    # the convenant point still answers (a small gap to the answering point), the one before it not
    monkeypatch.setattr(compose, "_still_answers", lambda gap, *rest: 1.0 if gap < 0.5 else 0.0)
    answer_score = {id(best): 1.0, id(before): 0.0, id(convenant): 0.9}
    out = compose._stop_after_answer(
        [group], best, answer_score, {id(p): 0.0 for p in (best, before, convenant)}
    )
    assert [p.position for p in out[0].points] == [best.position, before.position, convenant.position]
    # a point nothing kept reads on from is left out as before
    answer_score[id(convenant)] = 0.0
    out = compose._stop_after_answer(
        [group], best, answer_score, {id(p): 0.0 for p in (best, before, convenant)}
    )
    assert [p.position for p in out[0].points] == [best.position]
